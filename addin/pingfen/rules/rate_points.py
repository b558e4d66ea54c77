"""Steps in percentage points (每低1个百分点扣1分): the measure is itself a rate, and its shortfall is counted in points.

Normalisation writes 个百分点 as % (the clause grammar reads one step), so the steps of 研发投入强度不低于上年水平的
得5分，每低1个百分点扣1分 were read as a share of last year's value: 2.5% against 2.8% is 89.29% of it, 10.71% short —
0 points — where the text means 0.3 points short (one started step: 4). A step said in points marks the rule's
deductions; against a target entered for a rate (last year's, or the level of a named rate such as 合格率), the rate
and the target are entered as rates and the gap is their difference. A completion (完成率, 执行率 …) against an
amount entered as the target stays the amounts' ratio, whose 100% is the level the points are counted from.
"""

from __future__ import annotations

from dataclasses import replace

from ..text.lazy_regex import lazy_compile
from .piecewise import Deduction, Piecewise

# 每低1个百分点 / 每降低一个百分点 / 每超过0.5个百分点 / 低于目标值2个百分点扣1分: a step said in points (the sentence
# holds the step's 每 or its deduction)
_STEP_IN_POINTS = lazy_compile(r"每[^,，;；。：:]{0,16}?百分点|百分点[^,，;；。：:]{0,3}扣")
# 研发投入强度较上年每下降1个百分点扣1分: the steps are counted from last year's rate (the step's own sentence says so)
_FROM_LAST_YEAR = lazy_compile(r"(?:较|比|与)(上年度|上年同期|上一年度|上年|去年)(?:相比)?[^,，;；。：:]{0,8}?每[^,，;；。：:]{0,12}?百分点")


def steps_in_points(scorer: object, raw: str) -> object:
    """The rule with its deductions in percentage points, when its text steps in 百分点."""
    if not isinstance(scorer, Piecewise) or scorer.unit != "%" or "百分点" not in raw or not _STEP_IN_POINTS.search(raw):
        return scorer
    otherwise = scorer.otherwise
    cases = tuple((interval, replace(outcome, in_points=True) if isinstance(outcome, Deduction) else outcome)
                  for interval, outcome in scorer.cases)
    if isinstance(otherwise, Deduction):
        last_year = _FROM_LAST_YEAR.search(raw)
        compared = otherwise.compared_with or (last_year.group(1) if last_year and otherwise.reference is None else "")
        otherwise = replace(otherwise, in_points=True, compared_with=compared)
    return replace(scorer, cases=cases, otherwise=otherwise)
