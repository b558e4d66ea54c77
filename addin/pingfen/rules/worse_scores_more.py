"""Bands of one measure whose points dip in the middle: ``≥93%得5分，90%～93%得3分，90%以下得4分`` / ``得分=治理率×5，
治理率低于40%的得满分``. Whichever way the measure is better, one side scores more for a worse value (88% gets 4, 91% gets
3; 30% gets 5, 80% gets 4) — a slip of the writer's (0分? 不得分?) the text cannot settle, so the band that rises again
is refused, naming it.

A peak is no such slip: 执行率在90%-100%得满分，超过100%的扣分 scores the middle best, as a range to land in does. Only
the bands the text states are weighed (a gap the reader fills with 0 is not the writer's dip), and only bands of plain
numbers (never set off from the target, nor a ± tolerance): the measure's scores are sampled at each bound and between.
"""

from __future__ import annotations

from decimal import Decimal
import re

from .errors import Unplaced
from .piecewise import Award, Interval, Piecewise, Scaled, holds
from ..text.lazy_regex import lazy_compile

_CLAUSES = lazy_compile(r"[,;。\n]")
_NEAR = Decimal("0.000001")  # just inside a band's open end: a value the bound itself leaves to the next band


def _plain(interval: Interval) -> bool:
    return not interval.magnitude and all(b is None or type(b) is Decimal for b in (interval.low, interval.high))


def _points(outcome: object, value: Decimal, full: Decimal) -> Decimal | None:
    """The points an outcome gives at ``value`` (``full`` standing for 满分), or None when they are not a fixed line."""
    if isinstance(outcome, Award):
        return full if outcome.points is None else outcome.points
    if isinstance(outcome, Scaled) and not outcome.inverse and not outcome.capped and type(outcome.high) is Decimal \
            and outcome.high != outcome.low:
        points = full if outcome.points is None else outcome.points
        ratio = (outcome.high - value) / (outcome.high - outcome.low) if outcome.falling \
            else (value - outcome.low) / (outcome.high - outcome.low)
        return min(full, max(Decimal(0), ratio * points))
    return None


def _full(scorer: Piecewise) -> Decimal | None:
    """满分 as the bands' own numbers bound it: the most any band writes (None where 满分 is beside a formula's own
    points — the formula's line would be weighed against a guess)."""
    outcomes = [outcome for _, outcome in scorer.cases] + [scorer.otherwise]
    written = [o.points for o in outcomes if isinstance(o, (Award, Scaled)) and o.points is not None]
    if not written:
        return Decimal(1)
    if any(isinstance(o, Scaled) and o.points is None for o in outcomes):
        return None
    return max(written)


def refuse_worse_scoring_more(scorer: object, text: str) -> None:
    if not isinstance(scorer, Piecewise) or scorer.gate is not None or scorer.required is not None or scorer.level is not None \
            or scorer.elements is not None or scorer.capped or not scorer.cases:
        return
    intervals = [interval for interval, _ in scorer.cases]
    if not all(_plain(interval) for interval in intervals):
        return
    full = _full(scorer)
    if full is None:
        return
    bounds = sorted({b for interval in intervals for b in (interval.low, interval.high) if b is not None})
    if not bounds:
        return
    span = max(bounds[-1] - bounds[0], Decimal(1) if scorer.unit != "%" else Decimal("0.1"))
    # (below the lowest bound: never under 0 where every bound is a count or share, which cannot be)
    below = bounds[0] - span if bounds[0] - span >= 0 or bounds[0] < 0 else bounds[0] / 2
    samples = [below, *(v for b in bounds for v in (b - _NEAR, b, b + _NEAR) if v >= 0 or bounds[0] < 0), bounds[-1] + span]
    line: list[tuple[Decimal, Decimal, Interval | None]] = []  # (value, points, the band that gave them)
    for value in samples:
        band = next((interval for interval in intervals if holds(interval, value)), None)
        if band is None and not scorer.stated_otherwise:
            continue  # (a value no band states: the reader's 0, not the writer's)
        outcome = scorer.otherwise if band is None else dict(scorer.cases)[band]
        points = _points(outcome, value, full)
        if points is None:
            return  # (steps, bonuses: their own readers weigh them)
        line.append((value, points, band))
    best_before = Decimal(-1)
    for index, (_, points, _) in enumerate(line):
        if points < best_before and any(later > points for _, later, _ in line[index + 1:]):
            higher = next(band for _, before, band in line[:index] if before > points)  # (the worse value scoring more)
            outcome = scorer.otherwise if higher is None else dict(scorer.cases)[higher]
            raise Unplaced(_written(higher, outcome, scorer.unit, text),
                           "分档的得分先降后升：较差一侧的数值得分反而高于中间一档，不知是否笔误；请核对各档得分（如“90%以下不得分”）",
                           certain=True)
        best_before = max(best_before, points)


def _written(band: Interval | None, outcome: object, unit: str, text: str) -> str:
    """The clause of the band that scores more, as the text wrote it: the sentence holding its bound and its points."""
    bound = None if band is None else band.high if band.low is None else band.low
    if bound is None:
        return text
    number = format((bound * 100 if unit == "%" else bound).normalize(), "f")
    points = outcome.points if isinstance(outcome, (Award, Scaled)) else None
    said = ("满分",) if points is None else ("不得分", "0分") if points == 0 else (f"{format(points.normalize(), 'f')}分", "满分")
    for clause in _CLAUSES.split(text):
        if re.search(rf"(?<![\d.]){re.escape(number)}(?![\d.])", clause) and any(word in clause for word in said):
            return clause
    return text
