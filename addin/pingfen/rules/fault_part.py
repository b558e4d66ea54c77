"""Faults worth points of their own, when the heading's points say so: ``服务质量（5分）：服务对象满意度≥90%得3分，
80%（含）-90%得2分，低于80%不得分；被投诉经核实的，每起扣1分，最多扣2分``. The measured rule scores 3 at most and the
heading prints 5: the only points left are the 2 the faults may take, so the faults are a part of their own worth
their caps (2 less 1 per complaint), added to the measure's 3 — not taken off the measure's score (which could never
reach the heading's 5). Only an exact sum settles it: every fault capped, the measure's maximum and the caps making up
the heading's points; anything else stays refused naming the heading (with_faults.py reads faults taken off the score
where the heading is the measure's own maximum).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from .fault_kinds import Fault, FaultKinds
from .parts import Parts, inputs_of


def faults_worth_their_caps(inner: Any, faults: list[tuple[Fault, Decimal | None]], item_points: Decimal,
                            label: str = "") -> Parts | None:
    """The measure and its capped faults as two parts adding up to ``item_points``, or None when the sum is not exact
    (or a fault may be the measure's own shortfall said again: 每有1个项目未完成 beside 完成率)."""
    from .with_faults import _name_the_measure  # (with_faults imports the parser's helpers lazily: no cycle at import)

    most = inner.implied_max()
    caps = [cap for _, cap in faults]
    if most is None or not most or any(cap is None or cap <= 0 for cap in caps):
        return None
    worth = sum(caps, Decimal(0))  # type: ignore[arg-type]
    if most + worth != item_points or _name_the_measure([fault for fault, _ in faults], label):
        return None
    if any(fault.once or fault.zeroes or fault.points is not None for fault, _ in faults):
        return None  # (存在…的扣2分: once, whatever its cap; an item's own points: a list of items, not faults)
    if "failures" in inputs_of(inner.default_shape(label)):
        return None  # (the measure counts faults of its own: two parts would read the same counts)
    # each fault within its own cap; a single fault's cap is the part's points, its floor (满分为2分；…；扣完为止)
    capped = tuple(fault if len(faults) == 1 else replace(fault, cap=cap) for fault, cap in faults)
    return Parts((inner, FaultKinds(capped, award=("", worth))))
