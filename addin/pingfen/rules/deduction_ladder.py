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


def _exactly(clause: Clause, count: Decimal, unit: str) -> bool:
    interval = clause.condition.interval if clause.condition is not None else None
    return interval is not None and clause.condition.unit == unit and interval.low == interval.high == count \
        and interval.low_inclusive and interval.high_inclusive  # type: ignore[union-attr]


def _occurrences_as_levels(scoring: list[Clause]) -> list[Clause]:
    """无故缺席1次扣3分，2次扣5分，3次(含)以上不得分: an occurrence (1次, deducted) then the same count written as levels
    (2次 exactly, then 3次 and more, deducting or zeroing) — the first rung is the level of one, not a deduction per
    occurrence (2 absences cost 5, not 2×3 and 5)."""
    for start, first in enumerate(scoring):
        occurrence = first.occurrence
        if occurrence is None or occurrence[0] != 1 or first.per is None or first.outcome is not None \
                or first.condition is not None or first.step is not None or first.cap is not None or first.unread:
            continue
        unit, count, at = occurrence[1], Decimal(2), start + 1
        while at < len(scoring) and _exactly(scoring[at], count, unit) and scoring[at].outcome is not None \
                and scoring[at].outcome[0] == "minus" and scoring[at].step is None and not scoring[at].unread:
            count, at = count + 1, at + 1
        top = scoring[at] if at < len(scoring) and count > 2 else None
        interval = top.condition.interval if top is not None and top.condition is not None else None
        if interval is None or top.condition.unit != unit or interval.low != count or not interval.low_inclusive \
                or interval.high is not None or top.step is not None or top.unread or top.outcome is None \
                or not (top.outcome[0] == "minus" or top.outcome == ("points", Decimal(0))):  # type: ignore[union-attr]
            continue
        level = replace(first, occurrence=None, per=None, outcome=("minus", first.per),
                        condition=Condition(Interval(low=Decimal(1), high=Decimal(1), high_inclusive=True), unit))
        return scoring[:start] + [level] + scoring[start + 1:]
    return scoring


def rungs_as_levels(scoring: list[Clause]) -> list[Clause]:
    """``scoring`` with each stepped rung of such a ladder read as its level (exactly that count, costing its points)."""
    scoring = _occurrences_as_levels(scoring)
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
