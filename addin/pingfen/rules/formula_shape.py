"""The shape of a written formula (得分=实际值/目标值×分值 …): which measure it divides, whether it is a share of the
full points, linear or affine in the measure; a formula that is none of these is refused (BareFormula).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..text.lexicon import BASE_REFS
from .clauses import Clause
from .formula import TARGET_NAMES, FBin, FGroup, FName, FNode, FNum
from .piecewise import ONE, TARGET, Affine, Scaled, Share
from .clause_words import is_rate_label
from .lazy_composers import Deferred

# Helpers that only some texts reach, imported on their first call (rules/lazy_composers.py).
names_own_target = Deferred("named_ratio", "names_own_target")
names_actual_and_plan = Deferred("named_ratio", "names_actual_and_plan")

MEASURE_NAMES = ("实际完成值", "实际完成率", "实际值", "完成值", "实际数", "实际占比", "占比", "完成率", "实际率", "实际完成数", "完成数",
                 "实际完成量", "完成量")


class BareFormula(Exception):
    """A formula that is not a scaled measure: read as a whole-rule formula (DOMAIN kind 9)."""

    def __init__(self, clause: Clause, source: str, tree: FNode) -> None:
        self.clause, self.source, self.tree = clause, source, tree
        super().__init__(source)


def _divides_by_zero(node: FNode) -> bool:
    node = _strip(node)
    if isinstance(node, FBin):
        if node.op in ("/", "÷") and isinstance(_strip(node.right), FNum) and _strip(node.right).value == 0:  # type: ignore[union-attr]
            return True
        return _divides_by_zero(node.left) or _divides_by_zero(node.right)
    return False


def _is_measure(node: FNode, label: str) -> bool:
    """The measure the rule names (支出进度 where the levels say 进度: its fuller name, ending in the label's words)."""
    return isinstance(node, FName) and (node.name == label or node.name in MEASURE_NAMES or is_rate_label(node.name)
                                        or (len(label) >= 2 and node.name.endswith(label) and not _actual_of(node)))


def _actual_of(node: FNode) -> bool:
    """实际人均成本 / 实际支出: the actual value of the one thing measured, named (no target, plan or budget)."""
    return isinstance(node, FName) and node.name.startswith("实际") and not re.search(r"目标|计划|预算|标准|上年|平均|应", node.name)


def _points(node: FNode) -> Decimal | None | bool:
    """分值 → None; a number → that number; anything else → False."""
    if isinstance(node, FName) and node.name in ("分值", "满分", "该指标分值", "指标分值", "权重", "该项分值", "满分值"):
        return None
    if isinstance(node, FNum) and not node.shown.endswith("%"):
        return node.value
    return False


def _strip(node: FNode) -> FNode:
    while isinstance(node, FGroup):
        node = node.inner
    return node


def _rate(node: FNode) -> Decimal | None:
    node = _strip(node)
    if isinstance(node, FNum):
        return node.value
    if isinstance(node, FBin) and node.op == "-":
        left, right = _rate(node.left), _rate(node.right)
        if left is not None and right is not None:
            return left - right
    return None


def _share(tree: FNode) -> Share | None:
    """分值×80%: a fixed share of the 分值, at most all of it."""
    node = _strip(tree)
    if not isinstance(node, FBin) or node.op not in ("×", "*"):
        return None
    for share_node, points_node in ((node.left, node.right), (node.right, node.left)):
        fraction = _rate(_strip(share_node))
        if _points(_strip(points_node)) is None and fraction is not None and 0 <= fraction <= 1:
            return Share(fraction)
    return None


# the entered target itself (计划数 may be another quantity's plan), and what a counted or summed quantity is named by at its end
_TARGET_ITSELF = ("目标值", "指标值", "年度指标值", "年度目标值")
_COUNTED = ("人次", "人数", "次数", "户数", "个数", "件数", "数量", "金额", "面积", "里程")


def _target_named(name: str, beside_level: bool) -> bool:
    """目标值 / 计划数, or beside the level compared with it a reference the target is entered for (不超过批复标准得满分；
    超过的，按批复标准/实际单方投资×分值: the approved standard is the target, as in the level)."""
    return name in TARGET_NAMES or (beside_level and (name in BASE_REFS or name.removesuffix("数") in BASE_REFS))  # (年初预算数)


def _points_first(node: FNode) -> FNode:
    """分值×预算数/实际支出数 is read (分值×预算数)/实际支出数; the same number as 分值×(预算数/实际支出数), the shape
    the ratio is recognised in (only the points are moved out: a product of two quantities over a third stays)."""
    if isinstance(node, FBin) and node.op in ("/", "÷"):
        product = _strip(node.left)
        if isinstance(product, FBin) and product.op in ("×", "*"):
            for points_node, quantity in ((product.left, product.right), (product.right, product.left)):
                if _points(_strip(points_node)) is not False and _points(_strip(quantity)) is False:
                    return FBin("×", points_node, FBin(node.op, quantity, node.right))
    return node


def _multiple_off_whole(node: FNode, label: str) -> Decimal | None:
    """分值×(1-偏差率×10): the whole less a multiple of the measure, which is the falling line (1/10 − 偏差率)/(1/10) —
    full marks at 0, nothing from 1/10 on. Returns that 1/10 (only the whole, 1 or 100%, less a positive multiple)."""
    if not isinstance(node, FBin) or node.op != "-" or not isinstance(_strip(node.left), FNum) or _strip(node.left).value != 1:  # type: ignore[union-attr]
        return None
    product = _strip(node.right)
    if not isinstance(product, FBin) or product.op not in ("×", "*"):
        return None
    for measure, multiple in ((product.left, product.right), (product.right, product.left)):
        multiple = _strip(multiple)
        if _is_measure(_strip(measure), label) and isinstance(multiple, FNum) and not multiple.shown.endswith("%") \
                and multiple.value > 0 and (1 / multiple.value).quantize(Decimal("0.0001")) == 1 / multiple.value:
            return 1 / multiple.value  # (×3 or ×90: a level of 33.33…% is never written back exactly — left as before)
    return None


def _linear(tree: FNode, label: str, beside_level: bool = False, plan_named: bool = False) -> Scaled | None:
    """``plan_named``: the band opens at a share of the plan, so a ratio of the actual amount to its plan, both named
    (实际里程/计划里程), is the completion that share is of — and nothing else ``beside_level`` lets in."""
    node = _points_first(_strip(tree))
    if not isinstance(node, FBin) or node.op not in ("×", "*"):
        return None
    for factor, points_node in ((node.left, node.right), (node.right, node.left)):
        points = _points(_strip(points_node))
        if points is False:
            continue
        factor = _strip(factor)
        if _is_measure(factor, label):
            return Scaled(Decimal(0), ONE, points)  # type: ignore[arg-type]
        off_whole = _multiple_off_whole(factor, label)
        if off_whole is not None:
            return Scaled(Decimal(0), off_whole, points, falling=True)  # type: ignore[arg-type]
        if isinstance(factor, FBin) and factor.op in ("/", "÷"):
            top, bottom = _strip(factor.left), _strip(factor.right)
            if isinstance(top, FName) and isinstance(bottom, FName) and (names_own_target(top.name, bottom.name) or (
                    (beside_level or plan_named) and names_actual_and_plan(top.name, bottom.name))):
                return Scaled(Decimal(0), TARGET, points)  # type: ignore[arg-type]  # 投资额/投资额目标任务×50
            if isinstance(top, FName) and isinstance(bottom, FName) and bottom.name in _TARGET_ITSELF \
                    and top.name.endswith(_COUNTED) and top.name not in TARGET_NAMES:
                return Scaled(Decimal(0), TARGET, points)  # type: ignore[arg-type]  # 培训人次/目标值×4分: a count named, over its target
            if _is_measure(top, label) or (beside_level and _actual_of(top)):  # 实际户均增收/1500×分值: the actual, named, over its level
                if isinstance(bottom, FName) and _target_named(bottom.name, beside_level):
                    return Scaled(Decimal(0), TARGET, points)  # type: ignore[arg-type]  # 完成率/目标值×5分
                level = _rate(bottom)
                if level is not None and level > 0:
                    return Scaled(Decimal(0), level, points)  # type: ignore[arg-type]
            if _is_measure(bottom, label) or _actual_of(bottom):
                # 500/实际人均成本×分值 / 目标值/实际值×分值: a cost or a time over its limit, the limit over the actual
                if isinstance(top, FName) and _target_named(top.name, beside_level):
                    return Scaled(Decimal(0), TARGET, points, inverse=True)  # type: ignore[arg-type]
                level = _rate(top)
                if level is not None and level > 0:
                    return Scaled(Decimal(0), level, points, inverse=True)  # type: ignore[arg-type]
            if isinstance(top, FBin) and top.op == "-" and _is_measure(_strip(top.left), label):
                low = _rate(top.right)
                span = _rate(bottom)
                if low is not None and span is not None and span > 0:
                    return Scaled(low, low + span, points)  # type: ignore[arg-type]
            if isinstance(top, FBin) and top.op == "-" and _is_measure(_strip(top.right), label):
                high, span = _rate(top.left), _rate(bottom)  # (50-实际值)/(50-25)×6分: the line falling (falling_line.py)
                if high is not None and span is not None and 0 < span <= high:
                    return Scaled(high - span, high, points, falling=True)  # type: ignore[arg-type]
    return None


def _affine(tree: FNode, label: str) -> Affine | None:
    """70×实际达标率-63 / 实际达标率×70-63: a number of points per unit of the measure, less (or plus) a number."""
    node = _strip(tree)
    if not isinstance(node, FBin) or node.op not in ("-", "+"):
        return None
    product, constant = _strip(node.left), _strip(node.right)
    if not isinstance(constant, FNum) or constant.shown.endswith("%") or not isinstance(product, FBin) or product.op not in ("×", "*"):
        return None
    for factor, measure in ((product.left, product.right), (product.right, product.left)):
        factor, measure = _strip(factor), _strip(measure)
        if isinstance(factor, FNum) and not factor.shown.endswith("%") and factor.value > 0 and _is_measure(measure, label):
            return Affine(factor.value, constant.value if node.op == "+" else -constant.value)
    return None
