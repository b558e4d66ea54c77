"""Deductions that apply only when a requirement is missed: ``III类及以上水质比例达到年度任务书要求的，得40分；III类及以上
水质比例未达到年度任务书要求的，每1个国控断面未达到III类及以上水质扣5分``. The requirement met earns the points
whatever the count; missed, the points are deducted per occurrence counted (扣完为止). Two inputs: whether the
requirement is met (met_1, answered as a situation that waives the deductions) and the occurrences (failures).

Only this shape is read: the award (the requirement in words, its points), then the requirement's negation in
words (未/没有/不 with the award's words), then one deduction per occurrence; nothing else scores.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..lazy_dataclass import dataclass
from ..text.numbers import general_text
from .clauses import Clause
from .expr import Expr, minimum, num
from .model import Context, Scorer
from .waiver import Waived


@dataclass(frozen=True)
class Gated(Waived):
    """The deductions (``inner``, counted per occurrence from the award's points) and the requirement that, when met,
    waives them (``situation``), written back as the criterion states them."""

    missed: str = ""  # III类及以上水质比例未达到年度任务书要求: the requirement's negation, as written

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        raw, text = super().build(ctx)  # met: the 分值; the award's own points when they are fewer
        return minimum(num(self.inner.base), raw), text  # type: ignore[attr-defined]

    def canonical(self, label: str) -> str:
        inner = self.inner
        per, unit, what, cap = inner.per, inner.what, inner.situation, inner.cap  # type: ignore[attr-defined]
        tail = "扣完为止" if cap is None else f"最多扣{general_text(cap)}分"
        return (f"{self.situation}的，得{general_text(inner.base)}分；{self.missed}的，"  # type: ignore[attr-defined]
                f"每1{unit}{what}扣{general_text(per)}分，{tail}")


def gated_requirement(awarded: Clause, gate: Clause, occurrence: Clause, scoring: list[Clause],
                      context: list[Clause]) -> Scorer | None:
    """The gated reading, or None when the text says more than the award, the gate and the deduction."""
    from .clause_words import _option_label
    from .model import ItemFailures

    floor = scoring[2:]  # 扣完为止 / 最多扣6分: the deductions' floor of 0, or their own cap
    caps = [c.cap for c in [occurrence, *floor] if c.cap is not None]
    if len(floor) > 1 or any(c.outcome is not None or c.per is not None or c.condition is not None or c.unread
                             or c.step is not None or c.cap is None for c in floor) \
            or len(caps) > 1 or any(cap[0] not in ("all", "points") for cap in caps):
        return None
    cap = caps[0][1] if caps and caps[0][0] == "points" else None
    if len(scoring) - len(floor) != 2 or scoring[0] is not awarded or scoring[1] is not occurrence \
            or occurrence.outcome is not None or occurrence.condition is not None or occurrence.per is None \
            or awarded.condition is not None or awarded.unread or occurrence.unread or awarded.outcome is None \
            or not awarded.outcome[1] or any(c is not gate and c.start > awarded.start for c in context):
        return None
    count, unit, what = occurrence.occurrence  # type: ignore[misc]
    if count != Decimal(1) or not what or re.search(r"\d", what):
        return None
    situation = _option_label(awarded)
    missed = re.sub(r"的$", "", gate.text)
    if not situation or not missed or re.search(r"\d", situation + missed):
        return None
    inner = ItemFailures(per=occurrence.per, cap=cap, limit="lower", what=unit or "项", base=awarded.outcome[1], situation=what)
    return Gated(inner, situation, missed=missed)
