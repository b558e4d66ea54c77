"""A formula on another assessment's 百分制 score: ``本指标得分=调查得分×10%（本项10分）`` / ``得分=运营维护绩效考核
分数÷100×20（本项20分）``. The score is at most 100, so the formula's highest is what 100 gives — 10, 20 — and points
said beside it (本项10分) that equal it are the item's own points restated, not a second method or a limit.
"""

from __future__ import annotations

from decimal import Decimal

from .formula import FNode, formula_names, scored_measure, worked_out

HUNDRED = Decimal(100)


def hundred_point_top(tree: FNode) -> Decimal | None:
    """What the formula gives when its one scored name (…得分, …分数) is 100, the 百分制's highest: None when the
    formula has another name, or does not rise with the score (100 giving less than 99 would)."""
    scored = scored_measure(tree, ())
    if scored is None or formula_names(tree) != {scored}:
        return None
    top = worked_out(tree, lambda name: HUNDRED)
    below = worked_out(tree, lambda name: HUNDRED - 1)
    if top is None or below is None or not top > below >= 0:
        return None
    return top.normalize() if top == top.to_integral_value() else top
