"""A line between two anchors that both score: ``相符率100%得4分，98%得2分，98%-100%之间按插值法计分，低于98%不得分``.

线性内插 between a band of nothing and a band of points is interpolation.py's. Here the low end scores too (98%得2分 /
达到60%得1分), so the line runs from those points to the top's: 2+(相符率-98%)/(100%-98%)×(4-2) — 99% gives 3. The
anchors are read off the clauses at the span's two ends (a point, 98%得2分; or a band opening there, 达到60%得1分 /
达到100%得3分), or off the brackets after the method (按插值法计分(80%得1分,100%得3分)). The low anchor's own clause
is the line's start, so it is dropped; a band of nothing below it that also takes in its end (60%以下不得分 beside
达到60%得1分) yields that one value to the anchor written for it.

Only a span closed at both ends, in the bands' unit, with exactly one anchor of points at each end, the low one
scoring something (an anchor of nothing is interpolation.py's line) and more points at the top. The brackets may start
from nothing (达标率在70%至95%之间按线性插值计分(70%得0分,95%得4分)): they say both ends of this line themselves.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from .clauses import Clause

# 按插值法计分(80%得1分,100%得3分): the two anchors said in brackets after the method
# (按线性插值计分(70%得0分,95%得4分), 得0分 normalised to 不得分: the line from nothing at its low end)
_BRACKETED = lazy_compile(r"\((-?\d+(?:\.\d+)?)(%?)[^\d()]{0,6}?(?:(?:得|对应)(\d+(?:\.\d+)?)分|不得分)[,;]"
                        r"(-?\d+(?:\.\d+)?)(%?)[^\d()]{0,6}?(?:得|对应)(\d+(?:\.\d+)?)分\)$")


def anchors_as_line(scoring: list[Clause]) -> list[Clause]:
    """The clauses, a span 按插值法计分 between two scoring anchors read as the formula of its line."""
    spans = [c for c in scoring if c.outcome == ("interp", None) and _closed(c)]
    if len(spans) != 1:
        return scoring
    span = spans[0]
    low, high = span.condition.interval.low, span.condition.interval.high  # type: ignore[union-attr]
    unit = span.condition.unit  # type: ignore[union-attr]
    bracketed = _bracketed(span, low, high, unit) if span.unread else None
    if span.unread and bracketed is None:
        return scoring
    if bracketed is not None:
        start, end = bracketed
        dropped: list[Clause] = []
    else:
        at_low = [c for c in scoring if c is not span and _anchor(c, low, unit)]
        at_high = [c for c in scoring if c is not span and _anchor(c, high, unit)]
        if len(at_low) != 1 or len(at_high) != 1 or at_low[0] is at_high[0]:
            return scoring
        start, end = at_low[0].outcome[1], at_high[0].outcome[1]  # type: ignore[index]
        dropped = at_low
    if start is None or (start == 0 and bracketed is None) or end is None or end <= start:
        # (from nothing, read off the bands: interpolation.py's line — but the brackets' 70%得0分 is this line's own
        # start; the same points at both ends: no line; more points at the low end:
        # a falling line, whose values below the low anchor the anchors leave unsaid — 10天得5分 says nothing of 8天)
        return scoring
    line = replace(span, outcome=("interp", (start, end)), unread=[])  # (the line itself: measure_curve.line_between_points)
    return [line if clause is span else _short_of(clause, low, unit) if dropped else clause
            for clause in scoring if clause not in dropped]


def _closed(clause: Clause) -> bool:
    condition = clause.condition
    return condition is not None and not condition.interval.magnitude and isinstance(condition.interval.low, Decimal) \
        and isinstance(condition.interval.high, Decimal) and condition.interval.low < condition.interval.high \
        and clause.step is None and clause.per is None


def _anchor(clause: Clause, at: Decimal, unit: str) -> bool:
    """98%得2分 (the point) or 达到60%得1分 (a band opening there) at the span's end: points at that value."""
    condition = clause.condition
    if condition is None or condition.unit != unit or condition.interval.magnitude or clause.unread or clause.step is not None \
            or clause.outcome is None or clause.outcome[0] != "points" or (clause.outcome[1] == 0):
        return False
    interval = condition.interval
    if interval.low == at and interval.high == at and interval.low_inclusive and interval.high_inclusive:
        return True
    return interval.low == at and interval.low_inclusive and interval.high is None


def _bracketed(span: Clause, low: Decimal, high: Decimal, unit: str) -> tuple[Decimal, Decimal] | None:
    """(80%得1分,100%得3分): the points at the span's ends, said in the order of the span."""
    said = _BRACKETED.search(span.text)
    if said is None:
        return None
    first, first_pct, first_points, second, second_pct, second_points = said.groups()
    if (first_pct == "%") != (unit == "%") or (second_pct == "%") != (unit == "%"):
        return None
    scale = Decimal("0.01") if unit == "%" else Decimal(1)
    if Decimal(first) * scale != low or Decimal(second) * scale != high:
        return None
    return Decimal(first_points or 0), Decimal(second_points)


def _short_of(clause: Clause, low: Decimal, unit: str) -> Clause:
    """60%以下不得分 beside 达到60%得1分: the band of nothing below the anchor, without the anchor's own value."""
    condition = clause.condition
    if condition is None or condition.unit != unit or condition.interval.high != low or condition.interval.low is not None \
            or not condition.interval.high_inclusive or clause.outcome != ("points", Decimal(0)):
        return clause
    return replace(clause, condition=replace(condition, interval=replace(condition.interval, high_inclusive=False)))
