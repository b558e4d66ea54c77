"""没有新增1处违法占地的，记满分；每发现1处扣1.5分: “not one” said with the count of the deduction that follows.

没有(新增|发生|出现|发现)1处… says none at all — what 没有新增违法占地的 says — when the text goes on to deduct
per one of the same unit (每发现1处扣1.5分): the 1 is that unit counted, not a level of some measure. Written
without the 1 (没有新增违法占地的，记满分), the reader takes the full mark for none found and the deductions per
one found. Only a clause of full or stated marks (记满分/得满分/得6分) is rewritten, and only when a 每…1<unit> deduction in the same
unit follows; anything else keeps its number and is read (or refused) as written.

授权5件及以上得6分，3-4件得4分，1-2件得2分，无授权不得分: after bands of a count whose lowest opens at 1 of its unit, the
closing 无/没有/未 X (X a word the bands or the heading said before, 授权) is the count none, 0件 — the band below the
lowest. Only when no number of that unit below 1 is written and the closing clause scores nothing (不得分/得0分); 无活动方案
不得分 after 开展活动1-2次 (a word never said before) stays as written, for the reader to refuse. The word may be said
before in two pieces (未组织演练 after 全年组织综合应急演练≥4次: the verb and the thing done).
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_UNITS = "处|起|例|件|宗|个|次|人"
_NONE_OF_ONE = lazy_compile(
    rf"(没有|未|无)(新增|发生|出现|发现|有)?1({_UNITS})(?=[^,;。，；\d]{{1,30}}?[,，]?(?:记|得|计|给)(?:满分|\d+(?:\.\d+)?分))")


def none_counted(text: str) -> str:
    """Every 没有…1<unit>…满分 whose unit a later 每…1<unit>…扣 deduction counts, written without the 1; and a closing
    无…不得分 after bands of a count opening at 1, written as the count 0."""
    def rewrite(match: re.Match) -> str:
        unit = match.group(3)
        deducted = re.search(rf"每(?:新增|发生|出现|发现|有|查出)?1{unit}[^,;。，；\d]{{0,20}}?扣\d", text[match.end():])
        return match.group(1) + (match.group(2) or "") if deducted else match.group()
    return _NONE_AT_ALL.sub(_counted_none, _NONE_OF_ONE.sub(rewrite, text))


_COUNT_UNITS = "件|个|项|次|篇|家|处|起|例|宗|场|人|名|部|本|所|座|条"
# ,无授权不得分 / ;没有授权的,得0分 — closing the text
_NONE_AT_ALL = lazy_compile(r"(?<=[,;，；])(?P<none>无|没有|未)(?P<what>[\u4e00-\u9fff]{1,8}?)(?P<rest>的?[,，]?(?:不得分|不计分|(?:得|计|记)0分)[。]?$)")
# 1-2件得2分 / 1件得1分 / 1件及以上: the lowest band, opening at 1 of its unit
_ONE_OPENING = lazy_compile(rf"(?<![\d.])1(?:-\d+)?(?P<unit>{_COUNT_UNITS})(?:及以上|以上)?的?[,，]?(?:得|计|记|给)\d")


def _said_before(what: str, before: str) -> bool:
    """授权 said in the bands before; or 组织演练 as its two words were (全年组织综合应急演练: the verb and the thing done,
    each of two characters at least, with words between them)."""
    return what in before or any(what[:cut] in before and what[cut:] in before for cut in range(2, len(what) - 1))


def _counted_none(match: re.Match) -> str:
    before = match.string[:match.start()]
    lowest = _ONE_OPENING.search(before)
    if lowest is None or not _said_before(match.group("what"), before):
        return match.group()
    unit = lowest.group("unit")
    counts = [float(found) for found in re.findall(rf"(?<![\d.])(\d+(?:\.\d+)?)(?=(?:-\d+)?{unit})", before)]
    if not counts or min(counts) != 1 or len(re.findall(rf"\d{unit}", before)) < 2:
        return match.group()  # (0件 said already, or a single 1件: no bands of a count for the none to close)
    return f"0{unit}" + match.group("rest")
