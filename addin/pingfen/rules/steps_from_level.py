"""Full points reached at one level while the steps below are counted from another, printed higher: ``年度指标值≥120公里。
完成100公里及以上得5分，每少2公里扣0.5分`` — read, 110公里 scored 5 (≥100) and 98公里 scored 0 (22 short of 120: 11 steps),
a drop of 5 points across 2公里. Are the steps counted from 100 (the level the full points are reached at) or from 120
(the target printed)? The text says both; refused naming the level, never read as either."""

from __future__ import annotations

import re
from decimal import Decimal

from ..text.numbers import general_text
from .errors import Unplaced
from .piecewise import Deduction, Piecewise


def refuse_steps_from_another_level(scorer: Piecewise, text: str) -> None:
    """A Piecewise scorer whose full-points band starts below the level its steps are counted down from."""
    otherwise = scorer.otherwise
    if not isinstance(otherwise, Deduction) or otherwise.direction != "below" or not isinstance(otherwise.reference, Decimal):
        return
    awarded = [getattr(outcome, "points", None) for _, outcome in scorer.cases]
    for interval, outcome in scorer.cases:
        points = getattr(outcome, "points", None)
        # (the steps' base the full points, 满分, when the band's points are the highest awarded)
        full = points == otherwise.base or otherwise.base is None and points is not None \
            and all(other is not None and other <= points for other in awarded)
        if isinstance(interval.low, Decimal) and interval.high is None and not interval.magnitude \
                and full and interval.low < otherwise.reference:
            level, reference = (_shown(value, scorer.unit) for value in (interval.low, otherwise.reference))
            fragment = next((part for part in re.split(r"[,;。，；]", text) if part and level in part), level)
            raise Unplaced(fragment, f"{level}即得满分，扣分却从{reference}起算，两者不一致：低于{level}时从哪里扣起没有写明",
                           certain=True)


def _shown(value: Decimal, unit: str) -> str:
    """100公里 / 95% (a rate held as 0.95)."""
    return f"{general_text(value * (100 if unit == '%' else 1))}{unit}"
