"""A band scored by a formula of the measure itself: 调整率≤10%得2分；调整率>10%的，得分=2×(1-(调整率-10%)/10%).

Where the bands' formula is no straight line the reader knows by its shape (实际值/95%×分值, the 101号 pass mark,
70×达标率-63), but names nothing but the measure the bands compare and the points, it is still one number of the
measure: 调整率 15% gives 2×(1-(15%-10%)/10%) = 1. The formula is kept as written and worked with the measure's
value; the rule holds the result between 0 and the 分值 as for every band.

Only the measure: a formula naming another quantity (超支率 beside bands of 节约率, 决算金额, 预算数) is not this
reading's — which value it takes is not the bands' to say. And only the measure's own scale: beside a rate, a number
added to or taken from it, or dividing it, must be written as a percentage (调整率-10%, 节约率÷5%), or be the whole
(1-偏差率): 调整率-10 would be ten whole rates.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ..lazy_dataclass import dataclass
from .errors import Unplaced
from .expr import Call, Expr, Fmt, concat
from .formula import (FULL_NAMES, FAbs, FBin, FGroup, FName, FNeg, FNode, FNum, compile_formula, formula_names,
                      parse_formula, points_multiplied, render_formula, worked_out)
from .model import FULL, Context, show, worked_to_score
from .evaluate import general_text
from ..text.lazy_regex import lazy_compile


@dataclass(frozen=True)
class Curve:
    """得分=<formula of the measure>: ``tree`` names the measure as ``name`` (and the points, 分值, by their names)."""

    tree: FNode
    name: str
    # 偏差率≤5%得2分(±5%以内)；偏差率>5%的，得分=2×(1-偏差率): beside bands of the deviation's size, the formula's
    # deviation is its size too (an underspend of 10% gives 1.8, never 2×(1+10%))
    size: bool = False
    highest: Decimal | None = None  # (在1分至3分之间: the points the line runs up to, said)

    def canonical(self, label: str, unit: str) -> str:
        return "得分=" + render_formula(_renamed(self.tree, self.name, label))

    def implied_max(self) -> Decimal | None:
        # 2×(1-(调整率-10%)/10%): the points it multiplies, what it gives with the part whole (as a lone formula's,
        # formula.points_multiplied); ×分值 or no product, the 分值 holds it
        return self.highest if self.highest is not None else points_multiplied(self.tree)

    def highest_between(self, gaps: list[tuple[Decimal | None, Decimal | None]]) -> Decimal | None:
        """The highest score over the measure's values in ``gaps`` (None: unbounded, or not known): 截至12月31日，支出
        进度达到100%的得4分；未达到的，得分=4-(1-支出进度)×10 is at most 4 below 100% (once no highest, the heading's 4
        refused). Only a curve naming the measure once, outside a divisor and bars, which is monotone on each gap: its
        highest is at an end, and an open end is probed one unit further."""
        if self.size or self.highest is not None or not _monotone(self.tree, self.name):
            return None
        def at(value: Decimal) -> Decimal | None:
            return worked_out(self.tree, lambda name: value if name == self.name else None)

        highest: Decimal | None = None
        for low, high in gaps:
            if low is None and high is None:
                return None
            for end in (low, high):
                value = at(end) if end is not None else None
                if end is not None and value is None:
                    return None
                if value is not None:
                    highest = value if highest is None else max(highest, value)
            # an open end (the values below the lowest band, above the highest): the curve must fall towards it
            closed, further = (high, high - 1) if low is None else (low, low + 1) if high is None else (None, None)
            if closed is not None:
                near, far = at(closed), at(further)  # type: ignore[arg-type]
                if near is None or far is None or far > near:
                    return None
        return highest

    def build(self, ctx: Context, value: Expr, unit: str, bound) -> tuple[Expr, Expr]:  # bound: piecewise.BoundWriter
        if self.size:
            value = Call("ABS", (value,))
        measured = Fmt(value, "pct") if unit == "%" else concat(Fmt(value), unit)

        def names(name: str) -> tuple[Expr, Expr]:
            return (FULL, Fmt(FULL)) if name in FULL_NAMES else (value, measured)

        raw, shown = compile_formula(self.tree, ctx, names)
        return raw, concat("得分=", shown, worked_to_score(raw))


def measure_curve(tree: FNode, label: str) -> Curve | None:
    """The formula as a curve of the measure ``label`` the bands compare, or None when it names anything else or mixes
    the rate's scale with bare numbers."""
    names = formula_names(tree) - set(FULL_NAMES)
    if len(names) != 1:
        return None
    name = next(iter(names))
    if not _names_measure(name, label):
        return None
    return Curve(tree, name)


def amount_curve(tree: FNode, condition, subjects: tuple[str, ...]) -> Curve | None:  # condition: clauses.Condition
    """介于100万元至500万元之间的，得分=(实际金额-100)/(500-100)×4 beside 成果转化合同金额达到500万元得满分: a band of an
    amount or a count scored by a formula of the one quantity the bands name (实际金额 for …合同金额, 交易额 for 服务中心年
    交易额). The formula's numbers are bare; they are in the band's unit only when the formula is anchored at the band
    — the quantity less the band's low end (or its high end less the quantity) — and then 300万元 gives (300-100)/(500-100)
    × 4 = 2. Anything else (a formula of another quantity, or one whose numbers the band does not fix the scale of) is
    left to the formula readers."""
    interval = condition.interval
    if condition.unit in ("", "%") or interval.magnitude or not isinstance(interval.low, Decimal) \
            or not isinstance(interval.high, Decimal) or interval.high <= interval.low:
        return None
    names = formula_names(tree) - set(FULL_NAMES)
    if len(names) != 1:
        return None
    name = next(iter(names))
    if not any(_names_measure(name, subject) or _actual_named(name, subject) or _counted_in_unit(name, subject, condition.unit)
               for subject in subjects):
        return None
    if not _anchored(tree, name, interval.low, interval.high):
        return None
    ends = [worked_out(tree, lambda _: end) for end in (interval.low, interval.high)]
    if any(value is None or value < 0 for value in ends):
        return None
    return Curve(tree, name, highest=max(ends))  # type: ignore[type-var]  # (what it gives at the band's ends: its highest)


def _actual_named(name: str, subject: str) -> bool:
    """实际金额 for 成果转化合同金额: the actual value of what the subject's name ends with."""
    return name.startswith("实际") and len(name) >= 4 and subject.endswith(name[2:])


def _counted_in_unit(name: str, subject: str, unit: str) -> bool:
    """务工月数 for 年均务工时长 in 个月: the count of the band's own unit (月数 for 个月, 天数 for 天) of what the subject
    names (务工, said in both)."""
    counted = unit.removeprefix("个")
    if not 1 <= len(counted) <= 2 or not name.endswith(counted + "数"):
        return False
    named = name[: -len(counted) - 1]
    return len(named) >= 2 and named in subject


def _anchored(node: FNode, name: str, low: Decimal, high: Decimal) -> bool:
    """(实际金额-100) at a band from 100, or (500-实际金额) at a band up to 500: the quantity measured from the band's end."""
    node = _bare(node)
    if isinstance(node, (FNeg, FAbs)):
        return _anchored(node.inner, name, low, high)
    if not isinstance(node, FBin):
        return False
    if node.op == "-":
        left, right = _bare(node.left), _bare(node.right)
        if isinstance(left, FName) and left.name == name and isinstance(right, FNum) and right.value == low \
                and not right.shown.endswith("%"):
            return True
        if isinstance(right, FName) and right.name == name and isinstance(left, FNum) and left.value == high \
                and not left.shown.endswith("%"):
            return True
    return _anchored(node.left, name, low, high) or _anchored(node.right, name, low, high)


def _names_measure(name: str, label: str) -> bool:
    """调整率 for the bands' 预算调整率, 实际参保率 or 参保率 for 参保率: the measure's name, shortened or with 实际."""
    if name == label or (name.endswith("占标准的比例") and "占标准的比例".endswith(label)):
        return True  # (标准为6000人，…实际值占标准的比例: the share of the standard the bands compare)
    if len(name) >= 2 and label.endswith(name):
        return True
    return len(label) >= 2 and name.endswith(label) and name[: -len(label)] in ("实际", "")


def _rate_scaled(node: FNode, name: str) -> bool:
    """调整率 / (调整率-10%) / |偏差率|: the rate itself, or rates and numbers added, still on the rate's scale (a
    product, 偏差率×10, is a number of points or a plain number, no longer a rate)."""
    while isinstance(node, (FGroup, FNeg, FAbs)):
        node = node.inner
    if isinstance(node, FName):
        return node.name == name
    return isinstance(node, FBin) and node.op in ("+", "-") and (_rate_scaled(node.left, name) or _rate_scaled(node.right, name))


def _whole_or_percent(node: FNode) -> bool:
    while isinstance(node, FGroup):
        node = node.inner
    return isinstance(node, FNum) and (node.shown.endswith("%") or node.value in (0, 1))


def _rate_scale_kept(node: FNode, name: str) -> bool:
    """调整率-10% / 1-偏差率 / (结余率-5%)÷15%: a number added to the rate, taken from it or dividing it is in its scale
    (调整率-10 or 结余率÷15 would be ten or fifteen whole rates); 2-偏差率×10 takes points from points."""
    if isinstance(node, (FGroup, FNeg, FAbs)):
        return _rate_scale_kept(node.inner, name)
    if not isinstance(node, FBin):
        return True
    if node.op in ("+", "-"):
        for side, other in ((node.left, node.right), (node.right, node.left)):
            if _rate_scaled(side, name) and isinstance(_bare(other), FNum) and not _whole_or_percent(other):
                return False
    if node.op in ("÷", "/") and _rate_scaled(node.left, name) and isinstance(_bare(node.right), FNum) \
            and not _whole_or_percent(node.right):
        return False
    return _rate_scale_kept(node.left, name) and _rate_scale_kept(node.right, name)


def _bare(node: FNode) -> FNode:
    while isinstance(node, FGroup):
        node = node.inner
    return node


def _renamed(node: FNode, name: str, label: str) -> FNode:
    if isinstance(node, FName):
        return FName(label) if node.name == name else node
    if isinstance(node, FGroup):
        return FGroup(_renamed(node.inner, name, label))
    if isinstance(node, FNeg):
        return FNeg(_renamed(node.inner, name, label))
    if isinstance(node, FAbs):
        return FAbs(_renamed(node.inner, name, label))
    if isinstance(node, FBin):
        return FBin(node.op, _renamed(node.left, name, label), _renamed(node.right, name, label))
    return node


def placed_curves(intervals: list, otherwise: object, unit: str) -> tuple[list, object]:
    """The bands' curves checked against the rule's unit, and taking the deviation's size beside bands of its size
    (±5%以内): ``intervals`` are the (interval, outcome, clause) bands read."""
    size = any(interval.magnitude for interval, _, _ in intervals)

    def placed(outcome: object) -> object:
        if not isinstance(outcome, Curve):
            return outcome
        if unit == "%" and not _rate_scale_kept(outcome.tree, outcome.name):
            raise Unplaced(render_formula(outcome.tree), f"计分公式中与“{outcome.name}”相加减或相除的数没有写%，"
                                                         f"无法确定是百分数还是整数（如写成“{outcome.name}-10%”）")
        return replace(outcome, size=True) if size else outcome

    return [(interval, placed(outcome), clause) for interval, outcome, clause in intervals], placed(otherwise)


# 按插值法在1分至3分之间计分: the points the band's line runs between, from its low end to its high end
_POINTS_BETWEEN = lazy_compile(r"(?:按|采用)?(?:线性)?(?:插值法|内插法|插值|内插)在(\d+(?:\.\d+)?)分?(?:至|到|-|~)(\d+(?:\.\d+)?)分之间(?:计分|赋分|得分)?$")


def line_between_points(clause, label: str) -> Curve | None:
    """60%≤网办率<80%的，按插值法在1分至3分之间计分: the band's own straight line, 1 point at 60% and rising to 3 at 80%
    — 1+(网办率-60%)/(80%-60%)×(3-1), a curve of the measure. Only a band closed at both ends, in % or a count's unit."""
    anchored = clause.outcome[1] if clause.outcome is not None and isinstance(clause.outcome[1], tuple) else None
    said = _POINTS_BETWEEN.search(clause.text) if anchored is None else None  # (anchored: the points at its ends, read)
    condition = clause.condition
    if (said is None and anchored is None) or condition is None or condition.interval.magnitude:
        return None
    low, high = condition.interval.low, condition.interval.high
    if not isinstance(low, Decimal) or not isinstance(high, Decimal) or high <= low:
        return None
    unit = condition.unit
    ends = [show(low, unit) if unit == "%" else general_text(low), show(high, unit) if unit == "%" else general_text(high)]
    start, end = (said.group(1), said.group(2)) if said is not None else (general_text(anchored[0]), general_text(anchored[1]))  # type: ignore[index]
    source = f"{start}+({label}-{ends[0]})/({ends[1]}-{ends[0]})×({end}-{start})" if Decimal(start) \
        else f"({label}-{ends[0]})/({ends[1]}-{ends[0]})×{end}"  # (from nothing: (达标率-70%)/(95%-70%)×4)
    return Curve(parse_formula(source), label, highest=max(Decimal(start), Decimal(end)))


def _monotone(tree: FNode, name: str) -> bool:
    """The measure named once, never divided by nor inside bars: a straight line of it (or a constant), monotone."""
    def count(node: FNode, under: bool) -> int | None:
        if isinstance(node, FName):
            return (1 if not under else None) if node.name == name else 0
        if isinstance(node, FNum):
            return 0
        if isinstance(node, FAbs):
            return None if count(node.inner, under) else 0
        if isinstance(node, (FGroup, FNeg)):
            return count(node.inner, under)
        if isinstance(node, FBin):
            left = count(node.left, under)
            right = count(node.right, under or node.op in ("÷", "/"))
            if left is None or right is None or left and right and node.op in ("×", "*"):
                return None
            return left + right
        return None

    return count(tree, False) == 1
