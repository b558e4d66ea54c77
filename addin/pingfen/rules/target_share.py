"""Steps of a share of the target in a rule measured in units: ``完成得基本分,超额完成的,每增加1公顷加2分,加分至基本分值封顶;
未完成的,每少完成目标值10%扣1分,扣分至基本分值扣完为止``.

The additions count 公顷 above the target; the deductions count tenths of the target short of it (2.4 of 3公顷 is 20%
short: 2 steps). Both measure the same amount against the same target, so the rule stays in 公顷 and the deduction's
step is a share of the target (``Deduction.of_reference``). Only a step that names the target (每少完成目标值10%, 每少
目标值4%, or 每少完成10%: short of completing, by a share of what was to be done) is so read, and only beside steps in a unit of count: a bare 每少10% in a count rule says no base.
"""

from __future__ import annotations

from ..text.lexicon import COUNT_UNITS, MONEY_SCALE
from .clauses import Clause


def target_shares(deductions: list[Clause], other_steps: list) -> list[Clause]:
    """The deduction clauses whose % step is a share of the target, when the other steps count units."""
    if not any(step[2] in COUNT_UNITS or step[2] in MONEY_SCALE for step in other_steps):
        return []
    return [c for c in deductions if c.step is not None and c.step[2] == "%" and names_target(c)]


# 少完成 / 少完成了: the step short of completing, in a share of the work
_SHORT_OF_COMPLETION = frozenset({"少完成", "少完成了"})
_UNNAMED = frozenset({"EACH", "EXCEPT", "DE", "SEP"})  # (每 / 未完成的, before it: no measure named)


def names_target(clause: Clause) -> bool:
    """每少完成目标值10% / 每低于目标值5%: the step verb (or comparison), the target, then the share. 每少完成5% names it
    by its verb: a share short of completing is of the target."""
    kinds = [t.kind for t in clause.tokens]
    for index in range(len(kinds) - 1):
        if kinds[index] == "STEPV" and clause.tokens[index].text in _SHORT_OF_COMPLETION and kinds[index + 1] == "NUM" \
                and all(kind in _UNNAMED for kind in kinds[:index]):
            # 每少完成5% / 未完成的，每少完成5%: what was not completed, a share of what was to be completed — the target
            # (or, the same, the 完成率's points); never a count, nor a measure named before it (合格率每少完成10%: a
            # rate of something else)
            return clause.tokens[index + 1].unit == "%"
    for index in range(len(kinds) - 2):
        if kinds[index] in ("STEPV", "CMP") and kinds[index + 1:index + 3] == ["REF", "NUM"] and clause.tokens[index + 1].text in ("目标值", "目标", "指标值", "目标任务", "计划任务", "任务"):
            return clause.tokens[index + 2].unit == "%"
    return False
