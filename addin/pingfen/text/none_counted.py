"""没有新增1处违法占地的，记满分；每发现1处扣1.5分: “not one” said with the count of the deduction that follows.

没有(新增|发生|出现|发现)1处… says none at all — what 没有新增违法占地的 says — when the text goes on to deduct
per one of the same unit (每发现1处扣1.5分): the 1 is that unit counted, not a level of some measure. Written
without the 1 (没有新增违法占地的，记满分), the reader takes the full mark for none found and the deductions per
one found. Only a clause of full or stated marks (记满分/得满分/得6分) is rewritten, and only when a 每…1<unit> deduction in the same
unit follows; anything else keeps its number and is read (or refused) as written.
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_UNITS = "处|起|例|件|宗|个|次|人"
_NONE_OF_ONE = lazy_compile(
    rf"(没有|未|无)(新增|发生|出现|发现|有)?1({_UNITS})(?=[^,;。，；\d]{{1,30}}?[,，]?(?:记|得|计|给)(?:满分|\d+(?:\.\d+)?分))")


def none_counted(text: str) -> str:
    """Every 没有…1<unit>…满分 whose unit a later 每…1<unit>…扣 deduction counts, written without the 1."""
    def rewrite(match: re.Match) -> str:
        unit = match.group(3)
        deducted = re.search(rf"每(?:新增|发生|出现|发现|有|查出)?1{unit}[^,;。，；\d]{{0,20}}?扣\d", text[match.end():])
        return match.group(1) + (match.group(2) or "") if deducted else match.group()
    return _NONE_OF_ONE.sub(rewrite, text)
