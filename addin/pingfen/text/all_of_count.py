"""全年4次均按时的得2分，每有1次不按时扣0.5分 / 4个季度均完成核查的得2分，每缺一个季度扣0.5分: the number of the
units that are all met, then a deduction for each one of them not — the count is every unit there is (each quarter,
each payment), never a level to reach: the points are for all of them met, each one missed a step off (as 各季度均完成
核查的得2分，每缺1个季度扣0.5分 reads).

Only where the points are for the count, two or more, all met (N次均…的得P分), one deduction counts the same unit (每有1次 / 每缺1个
季度 after 4次 / 4个季度) and the count is said once; anything else keeps its number (a count the reader refuses).
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_UNITS = r"个季度|季度|个月|次|批次|批|期|个半年度|半年度"
# 4次均按时的得2分 / 4个季度均完成核查的得2分: the count, all met, and its points in the same clause
# (3次检查均合格的: what each one is may be named between)
_ALL_OF = lazy_compile(rf"(?P<count>\d+)(?P<unit>{_UNITS})(?=[\u4e00-\u9fff]{{0,4}}?均[^,;。:]{{1,16}}?的?(?:得|计|记)"
                       r"(?:\d+(?:\.\d+)?分|满分))")
_EACH_MISSED = r"每(?:有|缺|少|差|缺少)1{unit}(?:[^,;。\d]{{0,12}}?)(?:扣|减)"


def all_of_count(text: str) -> str:
    """``全年4次均按时的得2分，每有1次不按时扣0.5分`` → ``全年各次均按时的得2分，每有1次不按时扣0.5分``."""
    found = _ALL_OF.findall(text)
    if len(found) != 1 or int(found[0][0]) < 2:  # (1个季度均: no count of several, a typo or a level — left as written)
        return text
    unit = found[0][1]
    if len(re.findall(_EACH_MISSED.format(unit=re.escape(unit)), text)) != 1:
        return text
    return _ALL_OF.sub(lambda match: "各" + match.group("unit").removeprefix("个"), text)
