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
before in two pieces (未组织演练 after 全年组织综合应急演练≥4次: the verb and the thing done). Bands may give their points
with no verb (4次及以上5分,3次3分,2次2分,1次1分,未组织0分).
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
    return _closed_below(_NONE_AT_ALL.sub(_counted_none, _NONE_OF_ONE.sub(rewrite, text)))


def _closed_below(text: str) -> str:
    """少于3人的得0.5分,未配备的不得分 → 1-2人的得0.5分,0人的不得分 (_below_closed says where)."""
    closing = _NONE_AT_ALL.search(text)
    if closing is None or _ONE_OPENING.search(text, 0, closing.start()) is not None:
        return text
    before = text[:closing.start()]
    if not _below_closed(closing, before):
        return text
    lowest = _BELOW_OPENING.search(before)
    unit, count = lowest.group("unit"), int(lowest.group("count"))
    band = f"1{unit}" if count == 2 else f"1-{count - 1}{unit}"
    return before[:lowest.start()] + band + before[lowest.end():] + f"0{unit}" + closing.group("rest")


_COUNT_UNITS = "件|个|项|次|篇|家|处|起|例|宗|场|人|名|部|本|所|座|条"
_WHOLE_UNITS = "件|个|项|次|篇|家|处|起|例|宗|场|人|名|部|本|所|座|条|台|辆"
# ,无授权不得分 / ;没有授权的,得0分 — closing the text
_NONE_AT_ALL = lazy_compile(r"(?<=[,;，；])(?P<none>无|没有|未)(?P<what>[\u4e00-\u9fff]{1,8}?)(?P<rest>的?[,，]?(?:不得分|不计分|(?:得|计|记)?0分)[。]?$)")
# 1-2件得2分 / 1件得1分 / 1件及以上: the lowest band, opening at 1 of its unit
# (…2次2分,1次1分,未组织0分: the points said with no verb, in a run of bands said so)
_ONE_OPENING = lazy_compile(rf"(?<![\d.每])1(?:-\d+)?(?P<unit>{_COUNT_UNITS})(?:及以上|以上)?的?[,，]?(?:(?:得|计|记|给)\d|\d+(?:\.\d+)?分)")


# 不少于3人的得1分,少于3人的得0.5分,未配备的不得分: the lowest band open below, of a count of whole things (no 人均/平均: a
# mean may be 0.5)
_BELOW_OPENING = lazy_compile(rf"(?<![\d.不])(?:少于|不足|低于|不到)(?P<count>[2-9]|[1-9]\d)(?P<unit>{_WHOLE_UNITS})(?=的?[,，]?(?:得|计|记|给)\d)")


def _counted_none(match: re.Match) -> str:
    before = match.string[:match.start()]
    lowest = _ONE_OPENING.search(before)
    if lowest is None:
        return match.group()  # (the lowest band open below: _closed_below)
    if not _said_before(match.group("what"), before):
        return match.group()
    unit = lowest.group("unit")
    counts = [float(found) for found in re.findall(rf"(?<![\d.])(\d+(?:\.\d+)?)(?=(?:-\d+)?{unit})", before)]
    if not counts or min(counts) != 1 or len(re.findall(rf"\d{unit}", before)) < 2:
        return match.group()  # (0件 said already, or a single 1件: no bands of a count for the none to close)
    return f"0{unit}" + match.group("rest")


def _said_before(what: str, before: str) -> bool:
    """无授权 after 授权5件及以上: the word said before; or its characters in order within one run of words said before
    (无专职人员 after 配备专职经办人员2名及以上: the staff named short), never across a number or a separator."""
    if what in before:
        return True
    shortened = ".*?".join(map(re.escape, what))
    return len(what) >= 3 and any(re.search(shortened, run) for run in re.findall(r"[\u4e00-\u9fff]+", before))


def _below_closed(match: re.Match, before: str) -> bool:
    """不少于3人的得1分,少于3人的得0.5分,未配备的不得分: none at all is carved out of the lowest band, open below (少于3人),
    which is then 1-2人 — whole things counted, the band the last before the closing none, no lower count said."""
    below = list(_BELOW_OPENING.finditer(before))
    what = match.group("what")
    if len(below) != 1 or not _said_before(what, before) or re.search(r"人均|平均|均值", before) \
            or re.search(rf"{re.escape(what)}[^,;。，；]*?且", before):
        return False  # (组建…扑火队伍且人数不少于30人…未组建的: a requirement of its own beside the count, failed — no count)
    lowest = below[0]
    unit, count = lowest.group("unit"), int(lowest.group("count"))
    if re.search(rf"\d+(?:\.\d+)?{unit}", before[lowest.end():]) or any(
            int(float(found)) < count for found in re.findall(rf"(?<![\d.])(\d+(?:\.\d+)?)(?={unit})", before[:lowest.start()])):
        return False  # (a band said after it, or a count below it: not the lowest band closing the text)
    return True
