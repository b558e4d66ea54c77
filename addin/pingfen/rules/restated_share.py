"""The proportion spelled out after it is named: ``完成时序目标任务的得满分,未完成的按比例得分。得分=(新引进项目个数/时序目标任务)×分值``.

未完成的按比例得分 scores the share of the target done (完成值/目标值 × 分值); the formula after it says the same
with the names the table uses (新引进项目个数 / 时序目标任务). It is the proportion's own definition, not a second
method, so it is set aside when it is exactly a count over a target (named as one: 目标、任务、计划) times the points
the band reached awards (分值 beside 满分, or the same number), and the text has the one proportional band to define.
"""

from __future__ import annotations

from decimal import Decimal

from .clauses import Clause
from .errors import RuleError
from .formula import FBin, FGroup, FName, FNum, parse_formula

_TARGET_WORDS = ("目标", "任务", "计划")


def restated_share(scoring: list[Clause]) -> list[Clause]:
    """The clauses without a formula that restates the one proportional band."""
    formulas = [c for c in scoring if c.outcome is not None and c.outcome[0] == "formula" and c.condition is None and not c.otherwise]
    shares = [c for c in scoring if c.outcome == ("prop", None) and c.condition is None and c.start < min((f.start for f in formulas), default=0)]
    reached = [c for c in scoring if c.condition is not None and c.outcome is not None and c.outcome[0] == "points"
               and c.condition.interval.low == "target" and c.condition.interval.high is None]
    if len(formulas) != 1 or len(shares) != 1 or len(reached) != 1 or len(scoring) != 3:
        return scoring
    points = _share_points(formulas[0].outcome[1])  # type: ignore[index]
    if points is None or points != ("full" if reached[0].outcome[1] is None else reached[0].outcome[1]):  # type: ignore[index]
        return scoring
    return [c for c in scoring if c is not formulas[0]]


def _share_points(source: str) -> Decimal | str | None:
    """(完成数/目标任务)×分值 → "full"; 完成数/目标任务×30 → 30; anything else None."""
    try:
        tree = parse_formula(source)
    except RuleError:
        return None
    if not isinstance(tree, FBin) or tree.op not in ("×", "*"):
        return None
    ratio = tree.left.inner if isinstance(tree.left, FGroup) else tree.left
    if not isinstance(ratio, FBin) or ratio.op not in ("/", "÷") or not isinstance(ratio.left, FName) \
            or not isinstance(ratio.right, FName) or not any(word in ratio.right.name for word in _TARGET_WORDS) \
            or any(word in ratio.left.name for word in _TARGET_WORDS):
        return None
    if isinstance(tree.right, FName) and tree.right.name in ("分值", "该项分值", "指标分值", "满分"):
        return "full"
    return tree.right.value if isinstance(tree.right, FNum) and not tree.right.shown.endswith("%") else None
