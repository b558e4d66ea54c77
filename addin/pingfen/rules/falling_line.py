"""A span between two anchors scored 按比例减分: ``≤25个工作日得满分6分,>50个工作日为0分,25-50个工作日按比例减分``.

The points stand at the low end (≤25), nothing at the high end (>50); between them the text deducts 按比例, which
is the straight line from the one to the other (at 35 days 6×(50−35)/(50−25) = 3.6): the deduction in proportion to
the days past 25 over the 25 days the span has. The clause is read as the line (``interpolation.py``) only when the
span is exactly the gap between a band of points at its low end and a band of nothing at its high end. Rising the
other way (≥100%得满分，<60%不得分，60%-100%按比例扣分) the share could as well be the rate itself (rate × 分值), so
that reading is left refused.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from .clauses import Clause

_DEDUCTED = ("减分", "扣分", "扣减", "递减")


def span_as_line(scoring: list[Clause]) -> list[Clause]:
    """The clauses, the span's own read as the line between the two anchors when they frame it."""
    spans = [c for c in scoring if _proportional_span(c)]
    if len(spans) != 1:
        return scoring
    span = spans[0].condition.interval  # type: ignore[union-attr]
    top = [c for c in scoring if c.condition is not None and c.condition.interval.low is None
           and c.condition.interval.high == span.low and c.outcome is not None and c.outcome[0] == "points"
           and c.outcome[1] != 0 and c.condition.unit in ("", spans[0].condition.unit)]  # type: ignore[union-attr]
    bottom = [c for c in scoring if c.condition is not None and c.condition.interval.high is None
              and c.condition.interval.low == span.high and c.outcome == ("points", Decimal(0))
              and c.condition.unit in ("", spans[0].condition.unit)]  # type: ignore[union-attr]
    if len(top) != 1 or len(bottom) != 1 or len(scoring) != 3:
        return scoring
    return [replace(c, outcome=("interp", None), unread=[]) if c is spans[0] else c for c in scoring]


def _proportional_span(clause: Clause) -> bool:
    """25-50个工作日按比例减分: a closed range, then 按比例 and a deduction with no amount."""
    condition = clause.condition
    if condition is None or condition.interval.magnitude or not isinstance(condition.interval.low, Decimal) \
            or not isinstance(condition.interval.high, Decimal) or clause.step is not None or clause.per is not None:
        return False
    kinds = [t.kind for t in clause.tokens]
    if clause.outcome == ("prop", None):
        return kinds[-2:] == ["PROP", "DEDUCT"] and clause.tokens[-1].text in _DEDUCTED and clause.unread == [clause.tokens[-1]]
    return clause.outcome == ("shortfall", None) and kinds[-1] == "POLICY" and clause.tokens[-1].text == "按比例扣分" \
        and not clause.unread
