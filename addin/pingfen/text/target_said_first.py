"""成本指标：单户改造成本≤3.5万元。实际值不超过指标值的得满分（5分）；超出的，每超出5%扣1分: the 指标值 stated on its own
first (a cost and its ceiling), then the award for the actual value within 指标值 — which is the ceiling just stated, so
the text says 单户改造成本不超过3.5万元的得满分（5分）. The other side said again with 指标值 (高于指标值的，每高出1%扣1分)
is that side of the same ceiling (高于的), as reference_restated.py reads 低于任务的.

Only a ceiling stated alone (名称 ≤ / 不超过 a number with its unit, closing its sentence; the row's points may stand
between, 客运车辆责任事故率(3分)≤2%, as a 自评表 row is read), then at once the actual value held to 指标值 the same way
round (不超过 / 不高于, or the symbol: 实际值≤指标值), and 指标值 named nowhere else but the other side; a year alone before
it (年度指标值≤2%) is no name; a floor (年度指标值≥800人次。
实际完成值达到指标值的得满分…按实际完成值/年度指标值×6分计) is the 单位自评 readers', and any other order or a second level is
left as written, for the reader to read or refuse.
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_AT_MOST = ("≤", "不超过", "不高于", "小于等于")
_PERIODS = ("年度", "本年度", "当年", "全年", "年")
_AT_LEAST = ("≥", "不低于", "不少于", "大于等于")
# 单户改造成本≤3.5万元。实际值不超过指标值的 / 单位建设成本≤2800元/平方米。实际完成值不高于指标值的
_STATED_THEN_HELD = lazy_compile(
    r"(?P<name>[\u4e00-\u9fff]{2,24}?)(?P<points>\(\d+(?:\.\d+)?分\))?(?:指标值|目标值)?(?P<cmp>≤|≥|不超过|不高于|不低于|不少于|小于等于|大于等于)"
    r"(?P<level>\d+(?:\.\d+)?[万千亿]?[\u4e00-\u9fff%]{0,3}(?:/[\u4e00-\u9fff]{1,4})?)[。;](?:实际|实际完成|完成)值"
    r"(?P<held>不超过|不高于|≤|不低于|不少于|≥|达到)指标值的?")
# 高于指标值的，每高出1%扣1分 / 超出指标值的: the other side of the ceiling (or floor) just said
_OTHER_SIDE = lazy_compile(r"(?<!每)(高于|超过|超出|低于|少于)指标值的(?=[,，])")


def target_said_first(text: str) -> str:
    """``单户改造成本≤3.5万元。实际值不超过指标值的得满分`` → ``单户改造成本不超过3.5万元的得满分``."""
    found = _STATED_THEN_HELD.search(text)
    if found is None or len(_STATED_THEN_HELD.findall(text)) != 1:
        return text
    if found.group("name") in _PERIODS:
        return text  # (年度指标值≤2%。实际值≤指标值的…: no name before the 指标值, only the year it is of)
    ceiling = found.group("cmp") in _AT_MOST
    if ceiling != (found.group("held") in ("不超过", "不高于", "≤")):
        return text  # (≤3.5万元 then 不低于指标值: the two say opposite sides — left to the reader)
    if not ceiling:
        return text  # (年度指标值≥800人次。实际完成值达到指标值的得满分: a floor the 单位自评 readers read with its 指标值)
    said = f"{found.group('name')}{found.group('points') or ''}不超过{found.group('level')}的"
    rewritten = _OTHER_SIDE.sub(lambda other: other.group(1) + "的" if other.group(1) in ("高于", "超过", "超出") else other.group(),
                                text[:found.start()] + said + text[found.end():])
    # (…按实际值/指标值计分 after it: 指标值 named again for a formula, which needs it — left as written)
    return text if "指标值" in rewritten else rewritten
