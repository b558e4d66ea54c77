"""A level reached, then steps for each unit short of it, with no points said for reaching it:
``消费投诉按时办结率达到98%，每低于1个百分点扣0.2分，低于90%的不得分``. The steps count down from the level, so the
level is where the indicator keeps its 分值 — as ``达到98%得满分，每低于1个百分点扣0.2分`` says it at length. Read so
only when the level is a floor (达到 / ≥ / 以上: more of the measure is never worse), the steps go *below* it, and
nothing else scores at or above it; any other band beyond it is a band of its own, and left for the reader to place.
An amount planned and stated bare before the steps in its own unit (``计划建设500张，每少建10张扣0.2分`` /
``新建森林防火通道12公里，每少建1公里扣0.5分``) is such a floor too: the steps count what is short of it, so reaching it
keeps the 分值.

Without that, the reader took 达到98% as a condition for the steps and refused the text: what was not 达到98% scored
nothing it was told of — yet the steps are only about values under 98%, so no other reading is honest."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from .piecewise import Award, Interval


def level_as_full(intervals: list, level: Interval, direction: str, clause) -> list | None:
    """The bands with the level reached scoring 满分 (the steps start from it), or None when the text is not this
    shape: the steps go below a floor (low set, high open), and every other band lies under the level."""
    if _amount_planned(level, clause):
        if intervals:  # (…每少5场扣0.5分，完成120场得3分: the plan's points written apart — 满分 or 3? left to refuse)
            return None
        level = replace(level, high=None, high_inclusive=False)  # 计划建设500张，每少建10张扣0.2分: at least the plan
    if direction != "below" or not isinstance(level.low, Decimal) or level.high is not None or level.magnitude:
        return None
    for interval, _, _ in intervals:
        high = interval.high
        if not isinstance(high, Decimal) or high > level.low or interval.low is not None and not isinstance(interval.low, Decimal):
            return None
    return [*intervals, (level, Award(None), clause)]


def _amount_planned(level: Interval, clause) -> bool:
    """计划建设500张 / 新建森林防火通道12公里 before 每少建10张 / 每少建1公里: an amount (not a rate) stated as a single
    value, the steps below it in the same unit."""
    condition = clause.condition
    # (not 全年送戏下乡120场，其中村级60场，每少5场…: the part's, or the whole's? nor 控制在500张，每少建10张…: a ceiling
    # said, steps below it — which way is better is not one reading)
    return isinstance(level.low, Decimal) and level.low == level.high and level.low_inclusive and level.high_inclusive \
        and not level.magnitude and condition is not None and condition.unit not in ("", "%") \
        and clause.step is not None and clause.step[2] == condition.unit \
        and not clause.text.startswith("其中") and "控制" not in clause.text
