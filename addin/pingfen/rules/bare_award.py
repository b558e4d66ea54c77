"""各村秋季防疫工作经费2000元以上得分，否则不得分: ``得分`` closing a condition, with no number, awards the item's
points (满分) — the only points there are, when every other clause of the text scores nothing.

Beside another clause that awards points (≥90%得5分；80%-90%得分；低于80%不得分) a bare 得分 is more likely a number
lost by the copy than the full points, so it stays unread and the reader names it.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from .clauses import Clause

_CONDITION_KINDS = frozenset({"WORD", "DE", "CMP", "SUF", "NUM", "RANGE", "INCL", "PM", "REF", "AND"})


def _bare_award(clause: Clause) -> bool:
    kinds = [token.kind for token in clause.tokens]
    return clause.condition is not None and clause.outcome is None and not clause.unread and clause.step is None \
        and clause.per is None and clause.occurrence is None and clause.cap is None and not clause.otherwise \
        and len(kinds) >= 2 and kinds[-1] == "SCORING" and clause.tokens[-1].text == "得分" \
        and set(kinds[:-1]) <= _CONDITION_KINDS


def _scores_nothing(clause: Clause) -> bool:
    return clause.outcome == ("points", Decimal(0)) and clause.step is None and clause.per is None \
        and clause.occurrence is None and clause.added is None


def awarded_in_full(read: list[Clause]) -> list[Clause]:
    """``read`` with a bare 得分 after a condition taken as 得满分, when the rest of the text only says when the
    item scores nothing; otherwise ``read`` as it was."""
    bare = [clause for clause in read if _bare_award(clause)]
    others = [clause for clause in read if clause.scoring and clause not in bare]
    if len(bare) != 1 or not others or not all(_scores_nothing(clause) for clause in others):
        return read
    return [replace(clause, outcome=("points", None)) if clause is bare[0] else clause for clause in read]
