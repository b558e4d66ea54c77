"""A level reached, then steps for each unit short of it, with no points said for reaching it:
``消费投诉按时办结率达到98%，每低于1个百分点扣0.2分，低于90%的不得分``. The steps count down from the level, so the
level is where the indicator keeps its 分值 — as ``达到98%得满分，每低于1个百分点扣0.2分`` says it at length. Read so
only when the level is a floor (达到 / ≥ / 以上: more of the measure is never worse), the steps go *below* it, and
nothing else scores at or above it; any other band beyond it is a band of its own, and left for the reader to place.

Without that, the reader took 达到98% as a condition for the steps and refused the text: what was not 达到98% scored
nothing it was told of — yet the steps are only about values under 98%, so no other reading is honest."""

from __future__ import annotations

from decimal import Decimal

from .piecewise import Award, Interval


def level_as_full(intervals: list, level: Interval, direction: str, clause) -> list | None:
    """The bands with the level reached scoring 满分 (the steps start from it), or None when the text is not this
    shape: the steps go below a floor (low set, high open), and every other band lies under the level."""
    if direction != "below" or not isinstance(level.low, Decimal) or level.high is not None or level.magnitude:
        return None
    for interval, _, _ in intervals:
        high = interval.high
        if not isinstance(high, Decimal) or high > level.low or interval.low is not None and not isinstance(interval.low, Decimal):
            return None
    return [*intervals, (level, Award(None), clause)]
