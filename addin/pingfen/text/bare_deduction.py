"""A deduction written without its 扣 among deductions: ``市文明办督查组巡查发现问题每宗0.3分,未及时整改的扣1分``. What
each one is (问题, 违规, 隐患…) is a fault, and the sentences beside it deduct, so 每宗0.3分 is 每宗扣0.3分 — never
points earned per problem found. Without a fault word before 每, or without another 扣 in the text, the points
stay as written (每完成一宗0.3分 earns them)."""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_BARE = lazy_compile(
    r"(?<=问题|违规|违纪|隐患|错误|差错|投诉|失误|缺陷)(每(?:宗|处|个|次|起|件|例|项|条))(\d+(?:\.\d+)?分)(?=$|[,;。\n])")
_DEDUCTS = lazy_compile(r"扣\d|扣分|扣除|扣减")


def bare_deductions(text: str) -> str:
    """每宗0.3分 after a fault, in a text that deducts elsewhere, written 每宗扣0.3分."""
    if not _BARE.search(text) or not _DEDUCTS.search(_BARE.sub("", text)):
        return text
    return _BARE.sub(_deducted, text)


def _deducted(match: re.Match) -> str:
    clause = re.split(r"[,;。\n]", match.string[: match.start()])[-1]
    if _SOLVED.search(clause):
        return match.group()  # 解决群众反映问题每件0.5分: problems solved earn their points
    return f"{match.group(1)}扣{match.group(2)}"


# 解决/化解/整改/办结/排查…问题: the work done on the problems, which earns points
_SOLVED = lazy_compile(r"解决|化解|整改|办结|处理|排查|消除|上报|报送|完成|查处|纠正")
