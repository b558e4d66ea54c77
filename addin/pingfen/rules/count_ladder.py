"""A ladder of counts whose first rung names the thing without a number: ``有体育消费数字平台，1分；有2个，1.5分；超过2个，
2分``. The next rung (有2个) counts the same thing, so having it at all (有…) is having one: the first rung reads as
exactly 1 in the ladder's unit. Nothing (0) is below every rung and scores 0, as in any ladder of bands.

Only this shape is read: the first clause is 有 + words + its points (no number, no comparison, no step), and the
second is 有 + exactly 2 in a unit that counts, with its points; the rest are the ladder's own bands.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ..text.lexicon import COUNT_UNITS
from .clauses import Clause, Condition
from .piecewise import Interval


def first_rung_counted(scoring: list[Clause]) -> list[Clause]:
    """``scoring`` with an unnumbered first rung (有体育消费数字平台，1分) read as exactly one, when the second rung is
    exactly two of something counted (有2个，1.5分); otherwise ``scoring`` as it is."""
    if len(scoring) < 2:
        return scoring
    first, second = scoring[0], scoring[1]
    if not _unnumbered_award(first) or not second.text.startswith("有") or second.condition is None:
        return scoring
    interval, unit = second.condition.interval, second.condition.unit
    if unit not in COUNT_UNITS or interval.low != Decimal(2) or interval.high != Decimal(2) or second.step is not None \
            or second.per is not None or second.unread or not second.outcome or second.outcome[0] != "points":
        return scoring
    one = Condition(Interval(low=Decimal(1), low_inclusive=True, high=Decimal(1), high_inclusive=True), unit)
    return [replace(first, condition=one)] + scoring[1:]


def _unnumbered_award(clause: Clause) -> bool:
    """有体育消费数字平台，1分 / 有创业孵化基地的，得1分: 有 + words, then the points, and nothing else."""
    kinds = [t.kind for t in clause.tokens]
    return clause.text.startswith("有") and clause.condition is None and clause.step is None and clause.per is None \
        and clause.occurrence is None and not clause.unread and not clause.otherwise and clause.cap is None \
        and clause.outcome is not None and clause.outcome[0] == "points" and bool(clause.outcome[1]) \
        and kinds in (["WORD", "PTS"], ["WORD", "VERB", "PTS"], ["WORD", "DE", "PTS"], ["WORD", "DE", "VERB", "PTS"])
