"""A cap written inside one numbered item of a deduction list: ``(1)市政消火栓未保持完好的,每发现一处扣0.2分,1分扣完为止。
(2)…老旧管网改造率≤80%的,扣1分``. Without the numbers a cap after a kind that is not the last is refused (that kind's own,
or the whole's?); with them the next item's number closes the cap inside item (1), so it is that kind's own — the other
kinds deduct without a cap of their own, and the score still stops at 0."""

from __future__ import annotations

from decimal import Decimal
from .. import TYPE_CHECKING

if TYPE_CHECKING:
    from .clauses import Clause


def caps_closed_by_items(caps: list[tuple[Clause, str | None]], clauses: list[Clause]) -> dict[str, Decimal] | None:
    """Each cap's kind and points when the list is numbered and every cap is followed at once by the next item's
    number (so none is written after the last item, where it could be the whole's); None otherwise."""
    ordered = sorted(clauses, key=lambda c: c.start)
    if not caps or not ordered or not ordered[0].marker:
        return None
    own: dict[str, Decimal] = {}
    for cap, what in caps:
        after = next((c for c in ordered if c.start > cap.start), None)
        if what is None or what in own or after is None or not after.marker:
            return None
        own[what] = cap.cap[1]  # type: ignore[index]
    return own
