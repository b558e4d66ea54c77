"""A deduction written without its 扣 among deductions: ``市文明办督查组巡查发现问题每宗0.3分,未及时整改的扣1分``. What
each one is (问题, 违规, 隐患…) is a fault, and the sentences beside it deduct, so 每宗0.3分 is 每宗扣0.3分 — never
points earned per problem found. Without a fault word before 每, or without another 扣 in the text, the points
stay as written (每完成一宗0.3分 earns them)."""

from __future__ import annotations

from .lazy_regex import lazy_compile

_BARE = lazy_compile(
    r"(?<=问题|违规|违纪|隐患|错误|差错|投诉|失误|缺陷)(每(?:宗|处|个|次|起|件|例|项|条))(\d+(?:\.\d+)?分)(?=$|[,;。\n])")
_DEDUCTS = lazy_compile(r"扣\d|扣分|扣除|扣减")


def bare_deductions(text: str) -> str:
    """每宗0.3分 after a fault, in a text that deducts elsewhere, written 每宗扣0.3分."""
    if not _BARE.search(text) or not _DEDUCTS.search(_BARE.sub("", text)):
        return text
    return _BARE.sub(r"\1扣\2", text)
