"""A share scored over a band that starts at 0: ``较上年增长10%及以上得4分；增长率为0及负增长的不得分；增长0-10%之间的按比例
计分``. Between 0 and the top band's level the score is the share of that level reached, 增长率/10%×4 (6% gives 2.4), and
that is the line from nothing at 0 to the points at 10% — the one reading both 按比例 and a line give, because the band
starts where the share is 0. So the band's 按比例 is read as that line (interpolation.py), which draws it and checks it.

Only the three clauses — the band from 0 to a level, the points from that level up, and nothing at and below 0 — and a
band that starts at 0 exactly: ``6000-8000人之间按比例计分`` beside ``≤6000人不得分`` leaves it unsaid whether the share
is of 8000 (5800 scoring 3.6) or of the distance from 6000 (a line), and stays refused.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from .clauses import Clause


def share_from_zero_as_line(scoring: list[Clause]) -> list[Clause]:
    """The clauses, a 0-to-level band's 按比例 read as the line from 0 to the level's points."""
    shares = [c for c in scoring if c.outcome == ("prop", None) and _from_zero(c)]
    if len(shares) != 1 or len(scoring) != 3:
        return scoring
    share = shares[0]
    high = share.condition.interval.high  # type: ignore[union-attr]
    units = {share.condition.unit, ""}  # type: ignore[union-attr]
    top = [c for c in scoring if c is not share and _one_sided(c, units) and c.condition.interval.low == high  # type: ignore[union-attr]
           and c.condition.interval.low_inclusive and c.outcome[0] == "points" and c.outcome[1] not in (None, 0)]  # type: ignore[index,union-attr]
    nothing = [c for c in scoring if c is not share and _one_sided(c, units) and c.condition.interval.high == 0  # type: ignore[union-attr]
               and c.outcome == ("points", Decimal(0))]
    if len(top) != 1 or len(nothing) != 1:
        return scoring
    return [replace(c, outcome=("interp", None)) if c is share else c for c in scoring]


def _from_zero(clause: Clause) -> bool:
    condition = clause.condition
    return condition is not None and not condition.interval.magnitude and condition.interval.low == 0 \
        and isinstance(condition.interval.high, Decimal) and condition.interval.high > 0 \
        and clause.step is None and clause.per is None and not clause.unread and not clause.otherwise


def _one_sided(clause: Clause, units: set[str]) -> bool:
    condition = clause.condition
    return condition is not None and condition.unit in units and not condition.interval.magnitude and clause.outcome is not None \
        and not clause.unread and clause.step is None and (condition.interval.low is None) != (condition.interval.high is None)
