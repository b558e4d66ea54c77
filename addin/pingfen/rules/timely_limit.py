"""``病害应在发现后48小时内修复，修复及时率100%得3分，每低5个百分点扣1分``: the time limit said first is what 及时 means
for each case, and the 及时率 scored next is the share of cases within it. The limit is no second requirement beside the
rate (the refusal of two levels in other units, parser._other_requirement_before): it is counted in the rate already.

Only a limit in time (N小时内, N个工作日内, 不超过N天) directly before a rate named 及时率 (or 按时率, 准时率)."""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile
from .clauses import Clause
from .piecewise import LATENESS_UNITS

_TIME_UNITS = LATENESS_UNITS + ("小时", "个小时", "分钟", "个工作日", "工作日")
_TIMELY_RATE = lazy_compile(r"(?:及时|按时|准时|按期)率$")


def defines_timeliness(clause: Clause, after: Clause) -> bool:
    """Whether ``clause`` only states the time limit the 及时率 scored in ``after`` counts cases within."""
    condition = clause.condition
    if condition is None or condition.unit not in _TIME_UNITS or clause.has_outcome or clause.step is not None \
            or clause.unread or condition.interval.low is not None or condition.interval.high is None:
        return False
    return after.condition is not None and after.condition.unit == "%" and bool(_TIMELY_RATE.search(after.label))
