"""80%-85%或93%-98%得3分 / 低于80%或高于98%得1分: one score for two ranges of the same measure, either side of the range
scored best (病床使用率在85%-93%之间为合理区间，得5分). Either range scores the points, so the band is the two bands
written apart (80%-85%得3分;93%-98%得3分), as the ladder reads any band.

Only two ranges written as numbers alone, both in % (or both in one unit of time or count: 3个月(含)-6个月或9-12个月(含)
得2分), joined by 或 and followed straight by the points (得N分 / 不得分): 一级或二级得3分 (grades), 80%或以上 (one bound),
完成80%或验收合格得3分 (two measures), 3-6个月或9-12人 (two units) are none of this.
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_PERCENT = r"\d+(?:\.\d+)?%(?:\(含\))?"
# a range of %: 80%-85% / 80%(含)-85% / 低于80% / 高于98% / 80%以下 / 98%以上 (以内 and 之间 said after it too)
_RANGE = (rf"(?:(?:{_PERCENT}|0)[-~至]{_PERCENT}(?:之间)?|(?:低于|高于|小于|大于|超过|不足|不到){_PERCENT}|"
          rf"{_PERCENT}(?:以下|以上|以内))")
# the two ranges at the start of a clause, and the points straight after them
# (结余率在0-5%或15%-20%的得2分: 在 before the first range; 80%～90%: the range written with ～, 0 with no %)
_EITHER = lazy_compile(rf"(?<![\d.%])(?:(?<=在)|(?<![\u4e00-\u9fff]))({_RANGE})或({_RANGE})(的?[,]?(?:得|计|记|给)?(?:\d+(?:\.\d+)?分|满分)|的?[,]?不得分)"
                       r"(?=[;,。]|$)")


# the same two ranges in a unit of time or of a count: 3个月(含)-6个月 / 9-12个月(含) (the lower end's unit may go unsaid)
_UNIT = r"(?:个月|个工作日|工作日|天|日|周|年|小时|人次|人|个|件|次|项|家|户|所|场|篇)"
_COUNTED = rf"\d+(?:\.\d+)?{_UNIT}(?:\(含\))?"
_COUNTED_RANGE = rf"(?:\d+(?:\.\d+)?{_UNIT}?(?:\(含\))?[-~至]{_COUNTED}(?:之间)?|(?:低于|高于|小于|大于|超过|不足|不到){_COUNTED}|{_COUNTED}(?:以下|以上|以内))"
_EITHER_COUNTED = lazy_compile(rf"(?<![\d.%])(?:(?<=在)|(?<![\u4e00-\u9fff]))({_COUNTED_RANGE})或({_COUNTED_RANGE})"
                               r"(的?[,]?(?:得|计|记|给)?(?:\d+(?:\.\d+)?分|满分)|的?[,]?不得分)(?=[;,。]|$)")
_UNIT_FOUND = lazy_compile(rf"\d{_UNIT}")


def _same_unit(found: re.Match[str]) -> str:
    units = {unit.group()[1:] for side in (found.group(1), found.group(2)) for unit in _UNIT_FOUND.finditer(side)}
    return f"{found.group(1)}{found.group(3)};{found.group(2)}{found.group(3)}" if len(units) == 1 else found.group()


def either_band(text: str) -> str:
    return _EITHER_COUNTED.sub(_same_unit, _EITHER.sub(r"\1\3;\2\3", text))
