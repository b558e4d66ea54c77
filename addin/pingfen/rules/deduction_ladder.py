"""A ladder of deductions on a count: ``无故迟报1天扣3分，迟报2天扣10分，迟报3天及以上扣20分``. Each rung names how
many (1天, 2天) and what that many costs in all; the last rung is open (3天及以上). Read alone, 迟报1天扣3分 is a
step (each day 3); but a next rung that costs more than its share of steps (2天扣10分, not 6) and the open rung
after them say these are levels of the count: 1 day costs 3, 2 days 10, 3 or more 20, none nothing.

Only this shape is read: two or more rungs written as steps of the same verb and unit, counting 1, 2, 3 … in turn
with no gap, their points not proportional to their counts (else steps and levels agree and nothing is to decide),
then the open rung right above the last. With one stepped rung (迟报1天扣3分，迟报3天及以上扣20分: 2 days 3 or 6?)
the text stays the steps' (refused: two steps)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from .clauses import Clause, Condition
from .piecewise import Interval


def _verb(clause: Clause) -> str | None:
    return next((token.text for token in clause.tokens if token.kind == "STEPV"), None)


def _stepped_rung(clause: Clause) -> bool:
    return clause.step is not None and clause.per is not None and clause.outcome is None and clause.condition is None \
        and clause.cap is None and not clause.unread and not clause.otherwise and "每" not in clause.text \
        and clause.step[1] == clause.step[1].to_integral_value() and _verb(clause) is not None


def rungs_as_levels(scoring: list[Clause]) -> list[Clause]:
    """``scoring`` with each stepped rung of such a ladder read as its level (exactly that count, costing its points)."""
    for start in range(len(scoring)):
        run = []
        for clause in scoring[start:]:
            if not _stepped_rung(clause):
                break
            run.append(clause)
        if len(run) < 2 or start + len(run) >= len(scoring):
            continue
        top = scoring[start + len(run)]
        unit, verb = run[0].step[2], _verb(run[0])  # type: ignore[index]
        counts = [clause.step[1] for clause in run]  # type: ignore[index]
        if any(clause.step[0] != run[0].step[0] or clause.step[2] != unit or _verb(clause) != verb for clause in run) \
                or counts != [counts[0] + i for i in range(len(counts))] or counts[0] != 1:  # type: ignore[index]
            continue
        if len({clause.per / clause.step[1] for clause in run}) == 1:  # type: ignore[index,operator]
            continue  # (迟报1天扣3分，迟报2天扣6分: steps and levels agree; the steps' reading stands)
        interval = top.condition.interval if top.condition is not None else None
        if interval is None or top.outcome is None or top.outcome[0] != "minus" or top.condition.unit != unit \
                or interval.low != counts[-1] + 1 or not interval.low_inclusive or interval.high is not None \
                or _verb(top) != verb or top.step is not None or top.per is not None or top.unread:  # type: ignore[union-attr]
            continue
        levels = [replace(clause, step=None, per=None, outcome=("minus", clause.per),
                          condition=Condition(Interval(low=count, high=count, high_inclusive=True), unit))
                  for clause, count in zip(run, counts)]
        return scoring[:start] + levels + scoring[start + len(run):]
    return scoring
