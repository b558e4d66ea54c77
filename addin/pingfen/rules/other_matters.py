"""其他应张榜未张榜的事项,每发现一项扣1分 / 其他不符合规定的问题,每发现一处扣1分 / 其他材料每缺一份扣2分: 其他 opening a fault kind that names in
words the matters or problems it counts (those besides the kinds listed before it), never 否则 — which would say what
scores when none of the listed situations holds."""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile
from .clauses import Clause

_MATTERS = lazy_compile(r"(?:事项|问题|材料|资料|文件|档案|台账|记录|凭证|报表)$")  # 其他材料每缺一份: the documents besides those named


def other_matters(clause: Clause) -> bool:
    """其他 first, then only words up to 每, the words ending in 事项 or 问题 (or the documents counted: 材料, 台账 …)."""
    tokens = clause.tokens
    each = next((i for i, t in enumerate(tokens) if t.kind == "EACH"), None)
    if each is None or each < 2 or tokens[0].kind != "OTHER" or any(t.kind == "OTHER" for t in tokens[1:]):
        return False
    if not all(t.kind in ("WORD", "DE") for t in tokens[1:each]):
        return False
    return _MATTERS.search("".join(t.text for t in tokens[1:each]).strip("，,")) is not None
