"""A level reached, then steps that deduct for each step *above* it (达标得满分;每高于达标线1%扣1分 / 差错率达到目标值
得满分,每超过目标值1%扣2分): the steps count off the target from above, so the target is a ceiling the measure
must not pass (议价额率, 客诉率, 差错率), and reaching it is staying at or under it. Read as the band ≥目标值 with the
steps beside it, every value scored in full (the band covered all that the steps deducted from: a 2.5% 客诉率
against a 1% line scored 20, not 0).

Only the target (目标值, 达标) is read so, and only for a measure not known to be better the more of it (a 完成率 or
满意度 that reaches its target and loses for passing it says nothing of falling short). A number reached
(差错率5%以上得满分,每超过1%扣2分 / 达到5%得满分) is refused: what passing it scores, full or less, is not said."""

from __future__ import annotations

from decimal import Decimal

from .errors import Unplaced
from .piecewise import TARGET, Award, Interval
from ..text.lazy_regex import lazy_compile
from .better_higher import RATES_BETTER_HIGHER

# measures better the more of them (a 完成率 reaching its target is its floor, never a ceiling); the unnamed measure
# is read as 完成率 too
_MORE_IS_BETTER = lazy_compile(rf"(?:{RATES_BETTER_HIGHER}|增长|增幅|增速|提高|提升|增加)")


def reached_as_ceiling(intervals: list, label: str, unit: str) -> list:
    """The bands, a target reached read as not passed (the steps deduct above it); refused for a number reached, a
    level said as 不低于/≥/以上 (more than reaching), or a band beside it under the target (which the ceiling covers)."""
    result = []
    for interval, outcome, clause in intervals:
        reached = isinstance(outcome, Award) and outcome.points != Decimal(0) and interval.low is not None \
            and interval.high is None and not interval.magnitude
        if not reached:
            result.append((interval, outcome, clause))
            continue
        said = [t for t in clause.tokens if t.kind in ("CMP", "SUF")]
        below = [c for i, o, c in intervals if c is not clause and (i.low is None or i.high == TARGET)]
        if interval.low != TARGET or unit != "%" or _MORE_IS_BETTER.search(label) \
                or [t.text for t in said] not in (["达到"], ["达"]) or below:
            raise Unplaced(clause, "得分的一档是达到（不低于）某一水平，扣分却按超过的部分扣：超过该水平时得满分还是扣分，"
                                   "低于该水平时得几分，都没有写明（如“不超过5%得满分，每超过1个百分点扣2分”）", certain=True)
        result.append((Interval(high=TARGET, high_inclusive=True), outcome, clause))
    return result
