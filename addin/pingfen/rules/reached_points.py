"""The points for reaching the level, stated on their own: ``该项目满分为1分,基本完成分为1分。增幅低于26%的,按目标完成比例计分``.

基本完成分为1分 names the score of the level reached (增幅 at 26% or above); the one band written below it (低于26%)
scores the share of the level reached (增幅/26% × 1). The statement is read as the band above that level, so the
text reads as 达到26%得1分，低于26%的按完成比例计分 (``piecewise_reading._completion_share``). Only beside exactly one band
below a level scored in proportion: anywhere else the statement does not say which level it belongs to.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from .clauses import Clause, Condition
from .piecewise import Interval

_REACHED = frozenset({"基本完成分", "完成分", "达标分", "基本达标分"})


def stated_reach_points(scoring: list[Clause]) -> list[Clause]:
    """The statement as the band at and above the level the proportional band stops at."""
    if len(scoring) != 2:
        return scoring
    stated, below = scoring
    kinds = [t.kind for t in stated.tokens]
    if kinds != ["WORD", "CMP", "PTS"] or stated.tokens[0].text not in _REACHED or stated.tokens[1].text != "为" \
            or stated.condition is not None or below.condition is None or below.outcome != ("prop", None):
        return scoring
    interval = below.condition.interval
    if interval.low is not None or not isinstance(interval.high, Decimal) or interval.high_inclusive or interval.magnitude:
        return scoring
    reached = Condition(Interval(low=interval.high, low_inclusive=True), below.condition.unit)
    return [replace(stated, condition=reached, label=below.label), below]
