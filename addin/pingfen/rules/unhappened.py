"""疫苗储存运输全程冷链管理。发生…的，本指标计0分；未发生的得3分: the indicator's name in a sentence of its own, then the
veto and its other side. What 未发生 earns stands unless the situation vetoed happened (text/unhappened_award.py says
the veto as the reader finds it); the sentence before only names what is checked — no number, no outcome — so it is no
评价要点 the evaluator ticks apart (read as one, 疫苗…管理，未发生 was a point whose 否 scored 0 though nothing happened).
Only for an award said as the negation of happening (未发生 / 未出现 / 没有发生): 符合规定的得3分 after a sentence may be
a requirement of its own."""

from __future__ import annotations

from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from .clause_words import situation_award

from .. import TYPE_CHECKING

if TYPE_CHECKING:
    from .clauses import Clause

_UNHAPPENED = lazy_compile(r"(?:未|没有)(?:发生|出现)的?(?:得|计|记)")
_NAME_KINDS = frozenset({"WORD", "OPEN", "CLOSE", "SEP", "DE"})


def unhappened_after_name(read: list[Clause]) -> Decimal | None:
    """The points 未发生的 earns when the text is a name, then that award alone; otherwise None."""
    if len(read) < 2:
        return None
    award = read[-1]
    if not situation_award(award) or not _UNHAPPENED.match(award.text) or award.outcome is None:
        return None
    if any(clause.outcome is not None or clause.step or not clause.tokens
           or {token.kind for token in clause.tokens} - _NAME_KINDS for clause in read[:-1]):
        return None
    return award.outcome[1]  # type: ignore[no-any-return]


__all__ = ["unhappened_after_name"]
