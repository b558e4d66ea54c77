"""达到目标值的95%以上得5分，85%以上得3分 / 参训率达到计划的95%以上得5分，85%以上得3分: a rung written as a share of the
target beside a bare percentage that no rung names as a share. The bare one may carry the 目标值的 on (85% of the
target) or be the rate itself (85%); against a target of 80% the two are 68% and 85%, and read as the rate a 70%
scored 0 instead of 3 (the 85% rung stricter than the 95% one, yet worth less). Refused naming the bare rung: which
one is meant is not written. A bare rung at a percentage named as a share (80%以下不得分 beside 完成目标值80%以上)
was made a share before (named_share), and 达到目标值得5分，达到80%得3分 (the target itself, no share) is left as it is."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from .errors import Unplaced
from .piecewise import TARGET, FromTarget


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


# 年接待人次 / 新增人数 / 增收户数 / 签约项目金额: a measure named by what it counts (not 率 / 度: a rate's own percentage).
# Its value is no percentage, so beside a share of the target a bare rung can only carry the share on (达到目标值90%的得3分，
# 达到80%的得2分: 80% of the target), as the blind tables mean it.
_COUNTED_NAME = lazy_compile(r"(?:人次|人数|户数|个数|数量|件数|次数|金额|面积|规模)$")
_RATE_NAME = lazy_compile(r"[率度比]")


def counted_measure(labels: list[str]) -> bool:
    """Whether the clauses' names (``labels``) name a counted measure and no rate."""
    return any(_COUNTED_NAME.search(label) for label in labels) and not any(_RATE_NAME.search(label) for label in labels)


def counted_shares(result: list, counted: bool) -> list:
    """(interval, outcome, clause) rungs: beside a share of the target, a counted measure's bare percentages as shares of
    the target too (FromTarget); unchanged otherwise."""
    if not counted or not any(_written_share(interval.low) or _written_share(interval.high) for interval, _, _ in result):
        return result
    shared = []
    for interval, outcome, clause in result:
        if not interval.magnitude and clause.condition is not None and clause.condition.unit == "%":
            # (完成目标任务90%-100%: its 100% the target itself)
            interval = replace(interval, **{side: TARGET if bound == 1 else FromTarget(factor=bound) for side, bound in
                                            (("low", interval.low), ("high", interval.high))
                                            if isinstance(bound, Decimal) and bound > 0})
        shared.append((interval, outcome, clause))
    return shared
