"""A level within budget and, for its other side, a formula of the overspend (实际成本≤预算成本的得满分；超支的，得分=分值×
（1-超支金额/预算金额×5），最低为0) — or the formula as the whole rule, the level said before or after it (得分=（1－超支
金额/预算金额）×分值，未超支的得满分).

The formula is entered with its own parts (超支金额, 预算金额); with no overspend (超支金额 0) it gives the level's points,
and an overspend lowers it — so the level says nothing the formula does not, and the rule is the formula, kept within 0
and the 分值 as every formula is. Read so only when exactly one of the formula's parts names an excess (超支 / 超出 /
超过 / 超额…) and setting it to 0 gives the level's points whatever the other parts are; a level that scores anything
else (得4分 beside 分值×…, or full marks where the formula gives less) is left refused.
"""

from __future__ import annotations

from decimal import Decimal
import re

from .clauses import Clause
from .formula import FULL_NAMES, FNode, formula_names, worked_out


def full_at_no_excess(formula: Clause, tree: FNode, scoring: list[Clause]) -> Decimal | None | bool:
    """The level's points (None for 满分) when the formula is all the rule says, else False."""
    others = [c for c in scoring if c is not formula]
    levels = [c for c in others if c.condition is not None]
    if len(levels) != 1 or formula.condition is not None:
        return False
    level = levels[0]
    # 棚改项目成本控制（5分）：…: the item's title with its points, the level's own (nothing else beside them)
    # (…，最低为0分: the floor every formula has)
    if any(c is not level and not (_title(c) and c.outcome == level.outcome) and not _floor(c) for c in others):
        return False
    if level.condition is None or level.outcome is None or level.outcome[0] != "points" or level.step is not None \
            or level.per is not None or level.unread or (formula.otherwise and level.start > formula.start):
        return False
    excess = [name for name in formula_names(tree) if name.startswith("超")]
    if len(excess) != 1:
        return False
    award = level.outcome[1]
    for full, other in ((Decimal(7), Decimal(3)), (Decimal(11), Decimal(5))):  # the parts' values must not matter
        value = _value(tree, excess[0], full, other)
        if value is None or value != (full if award is None else award):
            return False
        over = _value(tree, excess[0], full, other, Decimal("0.5"))
        if over is None or over >= value:
            return False  # (an overspend must lower the score: 分值×(1+超支金额/…) says something else)
    return award


def _floor(clause: Clause) -> bool:
    return bool(clause.tokens) and all(t.kind in ("CAP_ALL", "CLAMP") for t in clause.tokens) \
        and re.fullmatch(r"最低(?:为)?0分?|扣完为止|最低不低于0分?", clause.text) is not None


def _title(clause: Clause) -> bool:
    """棚改项目成本控制(5分): words, then the points in brackets."""
    return [t.kind for t in clause.tokens][-3:] == ["OPEN", "PTS", "CLOSE"] and all(
        t.kind == "WORD" for t in clause.tokens[:-3]) and len(clause.tokens) > 3


def _value(node: FNode, excess: str, full: Decimal, other: Decimal, exceeded: Decimal = Decimal(0)) -> Decimal | None:
    """The formula's value with the excess ``exceeded`` (0), the 分值 ``full`` and every other part ``other``."""
    return worked_out(node, lambda name: exceeded if name == excess else full if name in FULL_NAMES else other)
