"""Situations each deducted once, answered met / not met: ``(2)加强组织领导(5分)。成立…工作小组,…作出部署。未成立禁烧工作
小组的,扣2分;未作出禁烧工作部署的,扣3分`` lists two requirements and deducts once for each one not met, so ``met: [true,
false]`` (the group set up, no deployment) says the same as ``failures: [0, 1]``. Only when every situation is deducted
once (never per occurrence, where met would not say how often) and one answer is given per situation."""

from __future__ import annotations

from .. import TYPE_CHECKING

from .expr import Expr, If, num
from .model import ZERO, Context, met_inputs

if TYPE_CHECKING:
    from .fault_kinds import Fault
    from .fault_ranges import RangedFault


def counts_from_met(ctx: Context, faults: tuple[Fault | RangedFault, ...]) -> list[Expr] | None:
    """0 for each requirement met, 1 for each not met; None when the data are not one met answer per situation."""
    shape = ctx.shape
    if shape.points != len(faults) or shape.failure_kinds or shape.has_failures or not all(f.once for f in faults) \
            or any(f.points is not None for f in faults):
        return None
    _, tests = met_inputs(ctx, len(faults))
    return [If(test, ZERO, num(1)) for test in tests]
