"""每个中心年服务人次达到3000人次的得1分，未达到的按比例得分 / 每条路段MQI≥80的得1分，MQI在70(含)-80的得0.5分，70以下
不得分: a level each unit (中心, 路段, 学校…) is scored on, one by one, the units' points added — never one value scored once
(once read as 心年服务人次≥3000人次得1分 and 完成率≥80%得1分: four centres scored at most 1 of the 4 points, in silence).

Where the units are counted and every unit's score is all or nothing, text/each_unit_award.py turns the text into the units
falling short, counted (每有1个中心…未达到…扣1分), which the reader scores from the items entered. Anything else (no count
of units, bands or a share within each unit) is refused here, naming the unit's clause.
"""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile
from .errors import Unplaced
from .model import Scorer
from .piecewise import Piecewise

# 每个中心年服务人次达到3000人次的得1分 / 每条路段MQI≥80的得1分 / 每所学校…合格率达到100%的得0.6分: a measure word (个 所 座
# 家 条 — not 每千人口 / 每万人, a per-capita measure), the unit, its measure at a level, then its points, in one clause
_EACH_UNIT_SCORED = lazy_compile(
    r"(?:^|(?<=[,;:。\n(]))每[个所座家条][\u4e00-\u9fff]{1,6}?[^,;。\n]{0,24}?(?:达到|≥|>|不低于|不少于|高于|在)\d+(?:\.\d+)?"
    r"[^,;。\n]{0,12}?(?:得|计|记)\d+(?:\.\d+)?分")


def refuse_each_unit_as_one(scorer: Scorer, text: str) -> None:
    if not isinstance(scorer, Piecewise) or not scorer.cases:
        return
    said = _EACH_UNIT_SCORED.search(text)
    if said is None:
        return
    raise Unplaced(said.group(), "“每个…得…分”是各单位分别计分、得分相加，不是一个数值计分；暂不能按各单位的档次或比例计分"
                                 "（请写明单位个数与总分，各单位达到的得分、未达到的不得分，如“每个中心年服务人次达到3000人次的"
                                 "得1分，未达到的不得分，本项共4分（4个中心）”；或按未达到的单位个数扣分）", certain=True)
