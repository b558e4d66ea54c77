"""达到目标值的95%以上得5分，85%以上得3分 / 参训率达到计划的95%以上得5分，85%以上得3分: a rung written as a share of the
target beside a bare percentage that no rung names as a share. The bare one may carry the 目标值的 on (85% of the
target) or be the rate itself (85%); against a target of 80% the two are 68% and 85%, and read as the rate a 70%
scored 0 instead of 3 (the 85% rung stricter than the 95% one, yet worth less). Refused naming the bare rung: which
one is meant is not written. A bare rung at a percentage named as a share (80%以下不得分 beside 完成目标值80%以上)
was made a share before (named_share), and 达到目标值得5分，达到80%得3分 (the target itself, no share) is left as it is."""

from __future__ import annotations

from decimal import Decimal

from .errors import Unplaced
from .piecewise import FromTarget


def _written_share(bound: object) -> bool:
    return isinstance(bound, FromTarget) and not bound.shift and bound.factor != 1


def refuse_bare_beside_share(result: list) -> None:
    """(interval, outcome, clause) rungs: refuse a bare percentage's rung beside a share of the target."""
    rungs = [(interval, clause) for interval, _, clause in result if not interval.magnitude]
    if not any(_written_share(interval.low) or _written_share(interval.high) for interval, _ in rungs):
        return
    for interval, clause in rungs:
        bare = [bound for bound in (interval.low, interval.high) if isinstance(bound, Decimal) and bound > 0]
        if bare and clause.condition is not None and clause.condition.unit == "%" \
                and not any(token.kind == "REF" for token in clause.tokens):
            raise Unplaced(clause, f"“{clause.text}”是完成值本身的百分比还是目标值的百分比没有写明（其他档写的是目标值的百分比）；"
                                   "请写明，如“达到目标值的85%以上得3分”", certain=True)
