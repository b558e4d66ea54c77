"""Steps of their own on each side of a band: ``床位使用率在85%-93%之间为合理区间，得满分4分；低于85%的，每低5个百分点扣1分；
高于93%的，每高2个百分点扣1分，扣完为止``. The band scores its points; below it each step down costs what its own clause
says, counted from the band's lower end, above it each step up from its upper end. A value is on one side only, so the
two never add up, and the limit written last (扣完为止 / 最多扣3分) holds on either side. The same step both ways is
偏离 (rules/piecewise_reading.py, ``upper``); two steps on one side are tiers (rules/graduated.py)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from .clauses import Clause
from .piecewise import Award, Deduction
from .piecewise_reading import _cap, _scale, _step_in_unit


def band_sides(deductions: list, intervals: list, caps: list[Clause], policy: str | None, unit: str) -> list | None:
    """The two sides as cases of their own (below first), each its interval and deduction — the band's end closed
    where 高于93% leaves 93% to it; None when the two steps are not those of one band's two sides."""
    if len(deductions) != 2 or any(condition is None for _, condition in deductions):
        return None
    sides = {}
    for clause, condition in deductions:
        direction = clause.step[0]
        interval = _scale(condition, unit)
        edge = interval.high if direction == "below" else interval.low
        open_end = interval.low is None if direction == "below" else interval.high is None
        if direction not in ("below", "above") or clause.per_of_full or not open_end or not isinstance(edge, Decimal):
            return None
        sides[direction] = (clause, interval, edge)
    if len(sides) != 2 or len(intervals) != 1:
        return None
    band = intervals[0]
    below, above = sides["below"], sides["above"]
    if not isinstance(band[1], Award) or band[1].points == 0 or band[0].low != below[2] or band[0].high != above[2]:
        return None
    if below[1].high_inclusive or above[1].low_inclusive or not band[0].low_inclusive \
            or not (band[0].high_inclusive or band[0].conventional_high):
        return None  # (低于85%(含)…: 85% on both sides)
    # 85%-93%之间 beside 高于93%的: 93% is the band's (the range's end, half-open by convention, closed by 高于)
    intervals[0] = (replace(band[0], high_inclusive=True, conventional_high=False), band[1], band[2])
    cases = []
    for tier, (clause, interval, edge) in enumerate((below, above)):
        direction, size, step_unit = clause.step
        deduction = Deduction(step=_step_in_unit(clause, size, step_unit, unit), per=clause.per, direction=direction,  # type: ignore[arg-type]
                              reference=edge, base=band[1].points, cap=_cap(caps), policy=policy or "ceil",
                              tier=tier)  # (each side's intermediates named apart)
        cases.append((interval, deduction, clause))
    return cases
