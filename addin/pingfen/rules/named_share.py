"""达到年度目标值的得5分，完成目标值90%以上的得4分，完成目标值80%以上的得3分，80%以下不得分: beside a rung at the target
itself, 目标值90% (the percentage straight after the target's name) is 90% of that target — a second rung at the
target's own value would say nothing — not a rate of 90%. Read as a rate, 86% against a target of 95% (90.5% of it)
scored 3, not 4. A bare rung at one of those percentages (80%以下不得分) continues the shares. Alone, 满意度达到目标值
90%得满分 names the target's value and is left as it is."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from .piecewise import TARGET, FromTarget


def shares_beside_target(result: list) -> list:
    """(interval, outcome, clause) rungs, their bounds named as shares of the target made FromTarget."""
    if not any(interval.low == TARGET and interval.high is None and not interval.magnitude for interval, _, _ in result):
        return result
    shares = {after.value for _, _, clause in result for before, after in zip(clause.tokens, clause.tokens[1:])
              if before.kind == "REF" and after.kind == "NUM" and after.unit == "%"
              and isinstance(after.value, Decimal) and 0 < after.value < 1}
    if not shares:
        return result
    named = []
    for interval, outcome, clause in result:
        if not interval.magnitude:
            bounds = {side: FromTarget(factor=bound) for side, bound in (("low", interval.low), ("high", interval.high))
                      if isinstance(bound, Decimal) and bound in shares}
            interval = replace(interval, **bounds)
        named.append((interval, outcome, clause))
    return named
