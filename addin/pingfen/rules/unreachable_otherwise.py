"""Bands that already cover every value, then points for the rest: ``90%以上得4分，80%以上得3分，…60%以上得1分，其他得0.5分，
60%以下不得分``. No value is left for 其他 — the writer meant some case the bands do not say (a value not measured? a
lower band?), and 55% is 0.5 or 0 as one reads it. Refused, naming the rest's points. A rest that scores 0 where the bands
cover everything (…95%以下得1分，否则不得分) only says again what no value reaches, and is read."""

from __future__ import annotations

from decimal import Decimal

from .errors import Unplaced
from .piecewise import Award, Interval, Piecewise, holds
from .worse_scores_more import _NEAR  # just inside a band's open end, as the dip check samples it
from ..text.lazy_regex import lazy_compile

_REST = lazy_compile(r"(?:其他|其它|其余|否则|以外)[^,;。]*?(?:得|计|记|给)\d+(?:\.\d+)?分")


def _covers_every_value(intervals: list[Interval]) -> bool:
    if any(interval.magnitude for interval in intervals):
        return False  # (set off from the target: its values are the evaluator's entries, not these numbers)
    bounds = sorted({b for interval in intervals for b in (interval.low, interval.high) if type(b) is Decimal})
    if not bounds:
        return False
    # (below the lowest bound too: 增长10%以上得4分，0-10%得2分，其他得1分 leaves a fall to 其他)
    samples = [bounds[0] - 1, bounds[-1] + 1, *(v for b in bounds for v in (b - _NEAR, b, b + _NEAR))]
    return all(any(holds(interval, value) for interval in intervals) for value in samples)


def refuse_unreachable_rest(scorer: object, text: str) -> None:
    if not isinstance(scorer, Piecewise) or not scorer.stated_otherwise or not scorer.cases \
            or not isinstance(scorer.otherwise, Award) or scorer.otherwise.points in (None, Decimal(0)):
        return
    if scorer.gate is not None or scorer.required is not None or scorer.elements is not None:
        return
    if not _covers_every_value([interval for interval, _ in scorer.cases]):
        return
    rest = _REST.search(text)
    raise Unplaced(rest.group() if rest else text,
                   "各档已包括所有数值，“其他”情形的得分不会用到：其他指的是哪种情形（如未测量、未报送）没有写明，请写明",
                   certain=True)


__all__ = ["refuse_unreachable_rest"]
