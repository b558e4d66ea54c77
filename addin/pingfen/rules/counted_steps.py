"""每迟报半天扣0.5分 / 每逾期15天扣1分 / 每少2平方米扣1分, scored from ``failures`` (a bare count, no unit): the count
could be the days (square metres …) or the steps of the deduction — 3 is 3 days (−3) or 3 half-days (1.5 days, −1.5).
Where a step is not one unit, the count is refused and the measure asked for with its unit (actual: 1.5天); a step of
one unit (每迟一天) makes both the same, and a count of things (每少2人) is the count itself.
"""

from __future__ import annotations

from decimal import Decimal
from .. import TYPE_CHECKING

from ..quantities import measured_unit
from .inputs import InputError

if TYPE_CHECKING:
    from typing import Any


def refuse_counted_steps(piecewise: Any, ctx: Any) -> None:
    shape = ctx.shape
    if shape.measure in ("ratio", "actual") or not shape.has_failures or not measured_unit(piecewise.unit):
        return
    outcomes = [outcome for _, outcome in piecewise.cases] + [piecewise.otherwise]
    step = next((o.step for o in outcomes if isinstance(getattr(o, "step", None), Decimal) and o.step != 1), None)
    if step is not None:
        raise InputError(
            f"评分标准每{step.normalize():f}{piecewise.unit}为一档，failures（次数）不能确定是{piecewise.unit}数还是档数："
            f"请录入实际值及单位（actual，如“1.5{piecewise.unit}”）"
        )
