"""A level printed as the standard, then a method against 标准/目标: ``合同签定率达100%、代管率达100%、兑现率达100%,
达不到标准不计分`` / ``完成率达到95%,达不到标准的每低1%扣1分``. Read as a comparison with the entered target (目标值,
100% when none is entered), the other two rates were dropped and the 95% became 100%. Refused, naming the level: the
author writes 达到95%得满分，每低1%扣1分 (or one requirement per rate). A single rate printed at 100% is the target's
own default and reads alike."""

from __future__ import annotations

from decimal import Decimal

from .clauses import clauses
from .errors import Unplaced
from .piecewise import Deduction, Piecewise, from_target


def _compared_with_target_only(scorer: object) -> bool:
    """A reading whose levels are all the entered target: bands against 目标值, or steps from it."""
    while not isinstance(scorer, Piecewise) and getattr(scorer, "scorer", None) is not None:
        scorer = scorer.scorer  # (zeroing situations, waivers)
    if not isinstance(scorer, Piecewise) or scorer.level is not None:
        return False  # (计划…25公里，完成率每降低10%扣1分: the rate is the share of the plan printed, stated_plan.py)
    bounds = [bound for interval, _ in scorer.cases for bound in (interval.low, interval.high) if bound is not None]
    steps_from_target = isinstance(scorer.otherwise, Deduction) and scorer.otherwise.reference is None
    return (bool(bounds) and all(from_target(bound) for bound in bounds)) or (not bounds and steps_from_target)


def refuse_unused_level(scorer: object, text: str) -> None:
    """Raise naming a clause that prints a level (达100%) and scores nothing, said before the comparison with 标准 or the
    steps, when the reading compares with the entered target only."""
    if not _compared_with_target_only(scorer):
        return
    for clause in clauses(text):
        if clause.step is not None or clause.per is not None or clause.occurrence is not None:
            return  # (the method: a level said after it is another matter — …缺一项扣1分。测试会计人员3, a column)
        condition = clause.condition
        if condition is None or clause.definition:
            continue
        bounds = (condition.interval.low, condition.interval.high)
        if any(from_target(bound) for bound in bounds):
            return
        levels = [bound for bound in bounds if isinstance(bound, Decimal)]
        if clause.has_outcome or not levels:
            continue
        several = sum(token.kind == "CMP" for token in clause.tokens) > 1  # 合同签定率达100%、代管率达100%…: all three
        # (应不低于100% before 达到进度目标的得40分: the default target, 100%, is the level printed — read alike)
        if several or levels != [Decimal(1)] or condition.unit != "%":
            raise Unplaced(clause, "这一水平写明了评分的标准，但计分方法与目标值比较（请写明，如“达到95%得满分，否则不得分”）")
