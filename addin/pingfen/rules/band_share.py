"""A band scored 按比例 below a band at 100%: ``完成率100%得满分；完成率≥80%的按比例得分；低于80%的不得分``. The share a
rate is in proportion to is the level the points are given at, and that level is 100% — so 按比例 is 完成率/100%×分值, the
rate times the top band's points (90% gives 7.2 of 8), the same as ``完成率≥80%的得分=完成率×8`` writes it, and it meets
the top band's points at 100%. The band is read as that formula (the bands around it read as they do beside it).

Only a band that starts at a rate between 0 and 100% and reaches up (``≥80%``, ``80%以上``, ``80%-100%``), beside one band
at 100% and up that scores points and no band between them (``90%以上得7分`` between: the share may be of the 90% band's
7): where the top band is at another level (``完成率≥95%得满分；≥80%的按比例得分``) the
share may be of 100% (85% giving 0.85×分值) or of 95% (0.89×分值), and stays refused.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ..text.numbers import general_text
from .clauses import Clause
from .piecewise import ONE


def band_share_of_full(scoring: list[Clause], label: str) -> list[Clause]:
    """The clauses, a band's 按比例 below a band at 100% read as the rate times that band's points."""
    shares = [c for c in scoring if c.outcome == ("prop", None) and _from_level(c)]
    if len(shares) != 1:
        return scoring
    share = shares[0]
    tops = [c for c in scoring if c is not share and _at_full(c)]
    if len(tops) != 1:
        return scoring
    low = share.condition.interval.low  # type: ignore[union-attr]
    if any(_between(c, low) for c in scoring if c is not share and c is not tops[0]):
        return scoring  # (100%得满分；90%以上得7分；80%以上的按比例得分: of 100%, or of the 90% band's 7?)
    named = {c.label for c in (share, tops[0]) if c.label}
    if len(named) > 1:
        return scoring  # (到位率100%得满分；执行率≥80%的按比例得分: two rates)
    points = tops[0].outcome[1]  # type: ignore[index]
    formula = f"{next(iter(named), label)}×{'分值' if points is None else general_text(points)}"
    return [replace(c, outcome=("formula", formula)) if c is share else c for c in scoring]


def _from_level(clause: Clause) -> bool:
    condition = clause.condition
    if condition is None or condition.unit != "%" or condition.interval.magnitude:
        return False
    interval = condition.interval
    return isinstance(interval.low, Decimal) and 0 < interval.low < ONE and (interval.high is None or interval.high == ONE) \
        and clause.step is None and clause.per is None and not clause.unread and not clause.otherwise


def _between(clause: Clause, low: Decimal) -> bool:
    """A band of another clause reaching above the share's lowest rate: one between it and 100%."""
    condition = clause.condition
    if condition is None:
        return False
    interval = condition.interval
    return interval.high is None or not isinstance(interval.high, Decimal) or interval.high > low


def _at_full(clause: Clause) -> bool:
    condition = clause.condition
    if condition is None or condition.unit != "%" or condition.interval.magnitude or clause.outcome is None:
        return False
    interval = condition.interval
    return interval.low == ONE and interval.low_inclusive and interval.high is None and clause.outcome[0] == "points" \
        and clause.outcome[1] != 0 and clause.step is None and not clause.unread
