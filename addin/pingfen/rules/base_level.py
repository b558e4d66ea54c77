"""A base score at one level, with additions on one side of it and deductions on the other:
``新增重复信访率12%的，得基准分8分，每下降1个百分点加1分，每上升1个百分点扣1分，扣完为止``. The level written as an
exact value (=12%) is where both step counts start; each side's steps count from it, so the band scoring the
base is the level and the side the additions go (≤12% here), which the additions then read as their start.
The level may be the entered target itself (完成值=目标值,得30分。完成值每超过目标值3%,加1分…每低于目标值3%,扣1分).
"""

from __future__ import annotations

from decimal import Decimal

from .clauses import Clause
from .piecewise import TARGET, Award, Interval


def base_level_both_ways(intervals: list, bonuses: list[Clause], deductions: list) -> list:
    """``intervals`` with the exact level scoring the base widened to the additions' side, when one addition step
    and one deduction step (without a condition of its own) count in opposite directions from it."""
    steps = [c for c in bonuses if c.added is not None and c.step is not None]
    if len(steps) != 1 or len(deductions) != 1 or deductions[0][1] is not None or deductions[0][0].step is None:
        return intervals
    added, deducted = steps[0].step[0], deductions[0][0].step[0]
    if {added, deducted} != {"above", "below"}:
        return intervals
    exact = [item for item in intervals if _exact(item[0]) and isinstance(item[1], Award) and item[1].points]
    if len(exact) != 1 or len(intervals) != 1:
        return intervals  # other bands beside the level would say what the steps do not
    interval, award, clause = exact[0]
    level: Decimal | str = interval.low
    widened = Interval(high=level, high_inclusive=True) if added == "below" else Interval(low=level, low_inclusive=True)
    return [(widened, award, clause)]


def _exact(interval: Interval) -> bool:
    return interval.low is not None and interval.low == interval.high and interval.low_inclusive \
        and interval.high_inclusive and not interval.magnitude and (isinstance(interval.low, Decimal) or interval.low == TARGET)
