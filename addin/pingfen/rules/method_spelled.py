"""A method word spelled out by its formula: ``70%-95%之间的，按插值法计分，得分=(满意度-70%)/(95%-70%)×5`` /
``0-10%之间按比例计分（增长率÷10%×6）``.

按插值法计分 / 按比例计分 names how the band scores; the formula right after it — in the same sentence, after a comma
(即得分=… / 得分=…) or in brackets — says exactly how. It is the method's own definition, not a second method, so the
band is scored by the formula (and the formula is no clause without a condition): 满意度 80% gives (80%-70%)/(95%-70%)
× 5 = 2. Whether the formula is a reading of the band at all (a line of the measure the bands compare) is left to the
band's reading of formulas, as when the formula is written in the band itself (0-10%之间得分=增长率÷10%×6).

Only a method word with nothing else in its clause to place, and a formula of the score (得分=…, never 扣分=…).
"""

from __future__ import annotations

from dataclasses import replace

from ..text.lazy_regex import lazy_compile
from .clauses import Clause

_METHODS = (("prop", None), ("interp", None))
_BETWEEN = lazy_compile(r"[,，]")  # (the formula's own sentence: only a comma between the method and it)
# 按比例计分(增长率÷10%×6): a bracket after the method, holding a formula (a name or number, an operator, …) — with
# brackets of its own too (按比例计算得分(得分=(务工月数-3)÷6×3))
_METHOD_THEN_BRACKET = lazy_compile(r"(?:计分|得分|赋分)$")
_FORMULA_SAID = lazy_compile(r"(?:即|得分=|即得分=)?([^=]*[×*÷/][^=]*)")


def spelled_methods(scoring: list[Clause], text: str) -> list[Clause]:
    """The clauses, each method word followed by its formula read as that formula under the method's condition."""
    read: list[Clause] = []
    skip: set[int] = set()
    for index, clause in enumerate(scoring):
        if id(clause) in skip:
            continue
        if clause.outcome not in _METHODS or clause.step is not None or clause.per is not None:
            read.append(clause)
            continue
        bracketed = _bracketed_formula(clause.text)
        # (按比例计分(得分=(服务天数-5)÷15×3): the bracket's own words, left unread by the clause, are the formula's)
        if bracketed is not None and all(t.start >= clause.end - len(bracketed) - 1 for t in clause.unread):
            read.append(replace(clause, outcome=("formula", bracketed), unread=[]))
            continue
        if clause.unread:
            read.append(clause)
            continue
        after = scoring[index + 1] if index + 1 < len(scoring) else None
        if after is not None and _formula_after(clause, after, text):
            read.append(replace(clause, outcome=after.outcome, text=f"{clause.text}，{after.text}", end=after.end,
                                tokens=clause.tokens + after.tokens))
            skip.add(id(after))
            continue
        read.append(clause)
    return read


def _formula_after(method: Clause, after: Clause, text: str) -> bool:
    """得分=… right after the method, a comma between them, with no condition of its own."""
    if after.outcome is None or after.outcome[0] != "formula" or after.condition is not None or after.otherwise \
            or after.unread or after.step is not None or after.cap is not None or after.clamp:
        return False
    tokens = after.tokens[1:] if after.tokens and after.tokens[0].text == "即" else after.tokens  # (即得分=…)
    if not tokens or tokens[0].kind != "SCORE_IS" or not tokens[0].text.rstrip("=").endswith("得分"):
        return False  # (扣分=(1-实际支出/预算数)×4: what is taken off, another reading)
    return _BETWEEN.fullmatch(text[method.end:after.start]) is not None


def _bracketed_formula(text: str) -> str | None:
    """The formula in the bracket closing the clause right after the method's word (…计分(…)), its own brackets kept."""
    if not text.endswith(")"):
        return None
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(text[index], 0)
        if depth == 0:
            break
    else:
        return None
    if not _METHOD_THEN_BRACKET.search(text[:index]):
        return None
    said = _FORMULA_SAID.fullmatch(text[index + 1:-1])
    return None if said is None else said.group(1)
