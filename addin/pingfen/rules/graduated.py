"""Graduated steps: 低于96%的，每降低1个百分点扣0.25分；低于90%的，每降低1个百分点扣0.5分.

Two (or more) step deductions, each written for the side beyond its own bound, are read as a graduated
scale, like a tax scale: each tier's rate applies to the points that lie in that tier only. 88% costs
6×0.25 for 96%→90% plus 2×0.5 for 90%→88% = 2.5, not 8×0.5 = 4 (which would make the score jump down at
90%, where 89.9% and 90% would differ by far more than one step). The first steps stay the rule's own
deduction (``Piecewise.otherwise``); every further tier is a case beyond its bound whose ``Deduction``
counts from that bound and carries, as ``before``, what the tiers before it deduct in full. The cases are
listed deepest first, for the first case that holds decides, and after the bands the text writes itself
(低于80%不得分 lies inside the 低于90% tier and decides there). The 规范写法 writes the later tiers as
``…<90%的部分，每少1%扣0.5分``, which reads back the same.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from .clauses import Clause
from .errors import Unplaced
from .piecewise import Deduction, Interval


def split_tiers(deductions: list, scale) -> tuple[list, list]:
    """The rule's own steps (the first written) and the tiers after it, when every later step is written
    for the side beyond a bound in the steps' own direction (低于90%的 for steps down); otherwise the
    deductions as they are (two unrelated steps stay refused)."""
    if len(deductions) < 2:
        return deductions, []
    first, rest = deductions[0], deductions[1:]
    direction = first[0].step[0]
    if direction not in ("below", "above") or any(clause.per_of_full for clause, _ in deductions):
        return deductions, []
    for clause, condition in rest:
        if clause.step[0] != direction or condition is None or _bound(scale(condition), direction) is None:
            return deductions, []
    return [first], rest


def tier_cases(deduction: Deduction, tiers: list, scale, unit: str) -> list[tuple[Interval, Deduction, Clause]]:
    """Each tier as a case beyond its bound, deepest first, with the points the tiers before it deduct."""
    reference = deduction.reference
    if not isinstance(reference, Decimal) or deduction.magnitude:
        raise Unplaced(tiers[0][0], "分段扣分需要写明第一段从哪一水平扣起（如“低于96%的，每降低1个百分点扣0.25分”）")
    below = deduction.direction == "below"
    ordered = sorted(((scale(condition), clause) for clause, condition in tiers),
                     key=lambda item: _bound(item[0], deduction.direction), reverse=below)
    cases: list[tuple[Interval, Deduction, Clause]] = []
    previous, before = deduction, Decimal(0)
    start = reference
    for tier, (interval, clause) in enumerate(ordered, start=1):
        bound = _bound(interval, deduction.direction)
        if (bound >= start) if below else (bound <= start):
            raise Unplaced(clause, "分段扣分的各段应依次更低（或更高），且都在第一段扣分的起点之外")
        before += _steps_worth(abs(start - bound), previous)
        direction, size, step_unit = clause.step
        step = size / 100 if (unit == "%" and step_unit == "") else size
        previous = replace(deduction, step=step, per=clause.per, reference=bound, before=before, tier=tier)
        cases.append((interval, previous, clause))
        start = bound
    return list(reversed(cases))


def _bound(interval: Interval, direction: str) -> Decimal | None:
    """低于90%: 90% for steps down; 超过10%: 10% for steps up — a one-sided numeric bound beyond the steps' start."""
    if interval.magnitude:
        return None
    if direction == "below" and interval.low is None and isinstance(interval.high, Decimal):
        return interval.high
    if direction == "above" and interval.high is None and isinstance(interval.low, Decimal):
        return interval.low
    return None


def _steps_worth(width: Decimal, deduction: Deduction) -> Decimal:
    """The points a whole tier's width deducts, counted as the tier counts its steps."""
    units = width / deduction.step
    counted = {"ceil": units.to_integral_value(ROUND_CEILING), "floor": units.to_integral_value(ROUND_FLOOR)}.get(
        deduction.policy, units)
    return counted * deduction.per
