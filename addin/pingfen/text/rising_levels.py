"""灯盏数占总量20%的，计1分；占40%的计3分；占60%以上的计5分: shares listed upwards, each with more points, the last
one written with 以上.

A share of a whole named as “占N%的” in such a list is the level it reaches, not that share exactly (a measured
share is almost never exactly 20%, and 25% would score nothing): the list reads 占20%以上…；占40%以上…；占60%以上…,
bands from each level up to the next. Only a list of at least two shares (占…N%), rising, with rising points, the
last one written 以上 and the others bare, in a text with no other comparison, is written so; anything else is left
as written (and the reader refuses its gaps).
"""

from __future__ import annotations

import re
from decimal import Decimal

from .lazy_regex import lazy_compile

_LEVEL = lazy_compile(r"(?<=占)([\u4e00-\u9fff]{0,8}?)(\d+(?:\.\d+)?)%(及以上|以上)?(?=的?[,，]?(?:计|得|记)(\d+(?:\.\d+)?)分)")
_OTHER_COMPARISON = lazy_compile(r"以下|低于|不足|少于|未达到|[≥≤<>]|-|~|至")


def rising_levels(text: str) -> str:
    levels = list(_LEVEL.finditer(text))
    if len(levels) < 2 or _OTHER_COMPARISON.search(text):
        return text
    shares = [Decimal(m.group(2)) for m in levels]
    points = [Decimal(re.match(r"的?[,，]?(?:计|得|记)(\d+(?:\.\d+)?)分", text[m.end():]).group(1)) for m in levels]  # type: ignore[union-attr]
    bare = [m.group(3) is None for m in levels]
    rising = all(a < b for a, b in zip(shares, shares[1:])) and all(a < b for a, b in zip(points, points[1:]))
    if not rising or bare[-1] or not all(bare[:-1]):
        return text
    for match in reversed(levels[:-1]):
        text = text[: match.end()] + "以上" + text[match.end():]
    return text
