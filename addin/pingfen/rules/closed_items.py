"""Items each closed by its own 否则: ``河道保洁达到要求的得3分,否则得0分。设施维护到位的得2分,否则不得分``. Every
award is followed by its own 否则不得分, so each is a point met or not and the points add up (3 + 2), never grades to
choose one of (once 3 or 2, at most 3 of 5)."""

from __future__ import annotations

from decimal import Decimal

from .clauses import Clause


def each_closed(scoring: list[Clause]) -> bool:
    """Whether the clauses are two or more awards, each right before its own 否则 scoring 0, and nothing else. The last
    award's 否则 may go unsaid (制定应急预案的得1分,否则不得分;开展应急演练的得2分): a grade to choose never closes its
    first option with 否则 (once read as one, 2 at most, not 3)."""
    paired = scoring if len(scoring) % 2 == 0 else scoring[:-1]
    awards = paired[0::2] + scoring[len(paired):]
    closers = paired[1::2]
    return len(scoring) >= 3 and len(closers) >= 1 and all(
        award.outcome is not None and award.outcome[0] == "points" and bool(award.outcome[1]) and not award.otherwise
        for award in awards) and all(closer.otherwise and closer.outcome == ("points", Decimal(0)) for closer in closers)
