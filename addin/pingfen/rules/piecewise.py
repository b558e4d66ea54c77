"""The piecewise rule: one measured value, intervals of it, and what each interval scores.

Most 评分标准 are this one shape: band lists (满意度≥90%得5分；80%-90%计4分；低于80%不得分),
thresholds with a remainder (达到95%得满分，低于95%按实际值/95%×分值计分), steps from a reference
(达到100%得5分，每少10%扣1分，最多扣5分，不足50%不得分), ± tolerance bands of a deviation, the
101号 pass mark ((完成率-60%)/(1-60%)×分值) and plain rate × 分值. The reader composes them from
clauses; this module compiles them to the ``Expr`` the two interpreters read and writes them back in
the wording the reader reads (规范写法).

Cases are tried in the order written: the first interval that holds decides, so a bound shared by
two bands (80%以下 after 80%-90%) belongs to the band written first, as the explanation then says.
"""

from __future__ import annotations

from dataclasses import field, replace
from decimal import Decimal

from ..lazy_dataclass import dataclass
from .elements import ElementValue
from .evaluate import general_text
from .definitions import achieved_over_target
from .expr import (
    Call, Cmp, IsBlank, Not, add, Expr, Fmt, If, Text, Var, all_of, any_of, ceil, concat, div, floor, maximum, minimum, mul,
    num, sub,
)
from .inputs import YES, InputError, Shape
from .model import (FULL, SCORE, ZERO, Context, worked_to_score, change_of, scale_to_unit, count_measure, actual_in_unit,
                    points_text, rate_measure, show)
from ..quantities import as_excel_date
from ..text.lazy_regex import lazy_compile
from ..text.lexicon import MONEY_SCALE, SCORE_UNIT
from ..text.measure_sides import WHICH_WAY_UNSAID

TARGET = "target"  # a bound or reference that is the indicator's entered target (指标值)
DAY_UNITS = ("天", "日")
MONTH_UNITS = ("个月",)
WEEK_UNITS = ("周", "个星期")
LATENESS_UNITS = DAY_UNITS + MONTH_UNITS + WEEK_UNITS
ONE = Decimal(1)
# a share done of an amount entered as the target (完成数/计划数): stepped from its 100%, in points or not
_SHARES_DONE = ("完成率", "执行率", "到位率", "支出率", "支付率", "拨付率", "兑现率", "达成率", "实现率", "控制率", "完成比例", "完成进度")
_TIME_TAKEN = lazy_compile(r"用时|周期|工期|耗时|历时|时长")


@dataclass(frozen=True)
class FromTarget:
    """超过年度计划目标10%以下 / 达到目标值的90% / 低于目标值35天: a bound set off from the entered target, by a
    share of it (``factor``) or by an amount in the rule's unit (``shift``)."""

    factor: Decimal = ONE
    shift: Decimal = Decimal(0)

    def shown(self, unit: str) -> str:
        if self.shift:
            return f"目标值{'加' if self.shift > 0 else '减'}{self.distance(unit)}"
        return f"目标值的{general_text(self.factor * 100)}%"

    def distance(self, unit: str) -> str:
        """How far from the target: 35天, 5个百分点 (a rate's shift: never 5%, which reads as a share of the target)."""
        if not self.shift:
            return show(abs(self.factor - ONE), "%")
        if unit == "%":
            return f"{general_text(abs(self.shift) * 100)}个百分点"
        return show(abs(self.shift), unit)


Bound = Decimal | str | FromTarget


def target_shift(bound: object) -> Decimal | None:
    """低于目标值5个百分点 / 超过目标值35天: the distance a bound is set off the target by, in the target's own unit;
    None for a share of the target (目标值的95%) or any other bound."""
    return bound.shift if isinstance(bound, FromTarget) and bound.factor == ONE and bound.shift else None


def show_bound(bound: Bound, unit: str) -> str:
    if isinstance(bound, FromTarget):
        return bound.shown(unit)
    return "目标值" if bound == TARGET else show(bound, unit)  # type: ignore[arg-type]


def from_target(bound: Bound | None) -> bool:
    """The bound is the entered target, or set off from it."""
    return bound == TARGET or isinstance(bound, FromTarget)


def holds(interval: "Interval", value: Decimal) -> bool:
    """Whether a band of plain bounds holds ``value`` (never one set off from the target, nor a ± band)."""
    if interval.magnitude or not all(b is None or isinstance(b, Decimal) for b in (interval.low, interval.high)):
        return False
    return (interval.low is None or value > interval.low or (value == interval.low and interval.low_inclusive)) and \
        (interval.high is None or value < interval.high or (value == interval.high and interval.high_inclusive))


def _open_where_held(earlier: list["Interval"], interval: "Interval") -> "Interval":
    """A band's closed end that a band before it already holds (and scores: the first holding band wins), written open,
    so that the 规范写法 never writes one number into two bands (≥1人…；0.5人≤…≤1人, refused when read back)."""
    if type(interval.high) is Decimal and interval.high_inclusive and any(holds(e, interval.high) for e in earlier):
        interval = replace(interval, high_inclusive=False)
    if type(interval.low) is Decimal and interval.low_inclusive and any(holds(e, interval.low) for e in earlier):
        interval = replace(interval, low_inclusive=False)
    return interval


@dataclass(frozen=True)
class Interval:
    low: Bound | None = None
    low_inclusive: bool = True
    high: Bound | None = None
    high_inclusive: bool = False
    magnitude: bool = False  # ±5%以内: the interval holds the deviation's absolute value
    # 80-89%得4分 beside 90-100%: the whole number written, the band reaching up to the next one (90%)
    written_high: Decimal | None = field(default=None, compare=False)
    written_low: Decimal | None = field(default=None, compare=False)  # 延迟1-5天 after 按时: from above 0, written 1
    # 80%-90% / 90-100人: a range whose upper end is left to the convention (not marked, not written with <)
    conventional_high: bool = field(default=False, compare=False)

    def written(self, unit: str) -> str:
        """The band as the text wrote it (80%-89%), which reads back as this band."""
        low = self.low if self.written_low is None else self.written_low
        if low is None:  # 2项及以下 before 3项以上: below 3, as written
            return f"{show(self.written_high, unit)}及以下"  # type: ignore[arg-type]
        if low == self.written_high:  # 2次扣5分 before 3次以上: one count, as written (never 2次-2次)
            return show_bound(low, unit)
        if unit == SCORE_UNIT and isinstance(low, Decimal):  # 90-94分: 90分-94分 would read 90分 as points
            return f"{show(low)}-{show(self.written_high, unit)}"  # type: ignore[arg-type]
        return f"{show_bound(low, unit)}-{show(self.written_high, unit)}"  # type: ignore[arg-type]

    def describe(self, label: str, unit: str, named: bool = True) -> str:
        if self.magnitude:
            return self._describe_tolerance(label if named else "", unit)
        subject = label
        shown = subject if named else ""
        off = self._describe_off_target(shown, unit)
        if off is not None:
            return off
        low, high = self.low, self.high
        if low is not None and high is not None:
            if low == high and self.low_inclusive and self.high_inclusive:
                return f"{shown}={show_bound(low, unit)}"
            return (
                f"{show_bound(low, unit)}{'≤' if self.low_inclusive else '<'}{subject}"
                f"{'≤' if self.high_inclusive else '<'}{show_bound(high, unit)}"
            )
        if low is not None:
            return f"{shown}{'≥' if self.low_inclusive else '>'}{show_bound(low, unit)}"
        if high is not None:
            return f"{shown}{'≤' if self.high_inclusive else '<'}{show_bound(high, unit)}"
        return "其他情形"

    def _describe_off_target(self, label: str, unit: str) -> str | None:
        """超过目标值10%(含)以下 / 超过目标值20% / 低于目标值35天: a band set off from the target, in the words
        the reader reads back."""
        def distance(bound: FromTarget, inclusive: bool) -> str:
            return bound.distance(unit) + ("" if inclusive else "(不含)")

        low, high = self.low, self.high
        if isinstance(low, FromTarget) and high is None and (low.factor > ONE or low.shift > 0):
            return f"{label}超过目标值{distance(low, self.low_inclusive)}"
        if isinstance(high, FromTarget) and low is None and (high.factor < ONE or high.shift < 0):
            # (低于目标值20%以上: marked as a distance — unmarked, a share of the target reads alike, and is refused)
            marked = "以上" if self.high_inclusive and not high.shift else ""
            return f"{label}低于目标值{distance(high, self.high_inclusive)}{marked}"
        if low == TARGET and not self.low_inclusive and isinstance(high, FromTarget) and (high.factor > ONE or high.shift > 0):
            return f"{label}超过目标值{distance(high, True)}{'(含)' if self.high_inclusive else ''}以下".replace("(含)(含)", "(含)")
        if high == TARGET and not self.high_inclusive and isinstance(low, FromTarget) and (low.factor < ONE or low.shift < 0):
            return f"{label}低于目标值{distance(low, True)}{'(含)' if self.low_inclusive else '(不含)'}以内"
        if isinstance(low, FromTarget) and isinstance(high, FromTarget) and (low.factor < ONE or low.shift < 0) \
                and (high.factor < ONE or high.shift < 0) and bool(low.shift) == bool(high.shift):
            # 比目标值低5%(不含)-10%(含): between two distances below the target
            near, far = distance(high, True), distance(low, True)
            return f"{label}比目标值低{near}{'(含)' if self.high_inclusive else '(不含)'}-{far}{'(含)' if self.low_inclusive else '(不含)'}"
        if isinstance(low, FromTarget) and isinstance(high, FromTarget) and low.shift > 0 and high.shift > 0:
            # 高于目标值5个百分点(不含)至10个百分点(含): between two distances above the target
            near, far = distance(low, True), distance(high, True)
            return f"{label}高于目标值{near}{'(含)' if self.low_inclusive else '(不含)'}至{far}{'(含)' if self.high_inclusive else '(不含)'}"
        return None

    def _describe_tolerance(self, label: str, unit: str) -> str:
        """偏差率在±5%(含)以内 / 在±5%至±10%(含) / 在±10%以外, as the reports write them."""
        def mark(inclusive: bool) -> str:
            return "(含)" if inclusive else "(不含)"

        low = None if self.low is None else f"±{show_bound(self.low, unit)}"
        high = None if self.high is None else f"±{show_bound(self.high, unit)}"
        if low and high:
            return f"{label}在{low}{'(含)' if self.low_inclusive else ''}至{high}{mark(self.high_inclusive)}"
        if high:
            return f"{label}在{high}{mark(self.high_inclusive)}以内"
        if low:
            return f"{label}在{low}{'(含)' if self.low_inclusive else ''}以外"
        return "其他情形"

    def test(self, value: Expr, bound: "BoundWriter") -> Expr:
        subject = Call("ABS", (value,)) if self.magnitude else value
        tests: list[Expr] = []
        if self.low is not None:
            tests.append(Cmp(">=" if self.low_inclusive else ">", subject, bound(self.low)))
        if self.high is not None:
            tests.append(Cmp("<=" if self.high_inclusive else "<", subject, bound(self.high)))
        return all_of(*tests) if tests else Cmp("=", num(1), num(1))

    def bounds(self) -> tuple[Bound | None, Bound | None]:
        return self.low, self.high


def _months_between(planned: Expr, actual: Expr) -> Expr:
    """Months from ``planned`` to ``actual`` (0 when early): the calendar months between them and the days beyond (or
    short of) the planned day as 31sts — whole months exact (6月15日 to 8月15日 is 2), 6月15日 to 8月20日 2.16, a day on
    never less than a day before; a plan at a month's end steps by month ends (6月30日 to 8月31日 is 2, to 9月15日 2.48,
    to 10月1日 3.03). A formula short enough to stand in each band's test (the exact fraction of each month, through
    the dates a whole month on, ran past Excel's 8,192 characters)."""
    month_end = Cmp("=", Call("DAY", (add(planned, num(1)),)), num(1))

    def day(date: Expr) -> Expr:  # a month's last day counts as 31 after a plan at a month's end
        return If(all_of(month_end, Cmp("=", Call("DAY", (add(date, num(1)),)), num(1))), num(31), Call("DAY", (date,)))

    return maximum(num(0), add(calendar_months_apart(planned, actual), div(sub(day(actual), day(planned)), num(31))))


def calendar_months_apart(planned: Expr, actual: Expr) -> Expr:
    """The months from ``planned``'s month to ``actual``'s (6月30日 to 9月15日: 3), the days left out."""
    return sub(add(mul(Call("YEAR", (actual,)), num(12)), Call("MONTH", (actual,))),
               add(mul(Call("YEAR", (planned,)), num(12)), Call("MONTH", (planned,))))


class BoundWriter:
    """Turns a bound into an expression: a number, or the target input (which the program then needs)."""

    def __init__(self, ctx: Context, relative: bool = False, unit: str = "") -> None:
        self.ctx = ctx
        self.relative = relative  # the measure is actual/target: the target itself is 100% of it
        self.unit = unit  # the rule's unit: a target entered in 万元 against steps in 元 is taken in 元

    def __call__(self, bound: Bound) -> Expr:
        if isinstance(bound, FromTarget):
            target = self(TARGET)
            if bound.shift and self.relative:
                raise InputError(f"“{self.ctx.label}”的评分标准以目标值加减一个数量为界，需要录入实际值与目标值（actual/target）")
            scaled = target if bound.factor == ONE else mul(target, num(bound.factor))
            return add(scaled, num(bound.shift)) if bound.shift else scaled
        if bound == TARGET:
            if self.relative and self.ctx.shape.measure == "ratio" and change_of(self.ctx.label):
                # 销售收入增长率高于上年: the amounts entered make the rate of change, and the target is its base — a
                # level of 100% would be compared with a rise of 8%
                raise InputError(f"“{self.ctx.label}”是变动率，录入的实际值与目标值已用于计算它，不能再作为比较的水平："
                                 f"请以百分比录入{self.ctx.label}本身（实际值，如8%）与作比较的{self.ctx.label}（目标值，如5%）")
            if self.relative:
                return num(ONE)  # 完成值达到指标值 with 52 against 50: 104% against 100%, not against 50
            if not self.ctx.shape.has_target:
                raise InputError(f"“{self.ctx.label}”的评分标准以指标值为界，需要目标值（target）")
            self.ctx.need("target")
            scale = scale_to_unit(self.ctx.shape.units[1] or self.ctx.bare_unit(self.unit), self.unit) if self.unit else Decimal(1)
            if scale != 1:  # 100万元 entered against 每少1000元扣0.1分: the target in the rule's unit
                return self.ctx.define("target_in_unit", mul(Var("target"), num(scale)))
            return Var("target")
        return num(bound)  # type: ignore[arg-type]

    def text(self, bound: Bound, unit: str) -> Expr:
        if isinstance(bound, FromTarget):
            return concat(Text(bound.shown(unit)), "（", Fmt(self(bound), "pct") if unit == "%" else concat(Fmt(self(bound)), unit), "）")
        if bound == TARGET and self.relative:
            return Text("目标值（100%）")
        if bound == TARGET:
            return Fmt(self(bound), "pct") if unit == "%" else concat(Fmt(self(bound)), unit)
        return Text(show(bound, unit))  # type: ignore[arg-type]


# ---------------------------------------------------------------- outcomes


def stepped(gap: Expr, step: Decimal, per: Decimal | Expr, policy: str, cap: Decimal | None) -> Expr:
    """The points a gap is worth at ``per`` points a ``step``: a started step whole (ceil), only whole steps
    (floor) or in proportion (exact), at most ``cap`` — for deductions and added points alike."""
    units = div(gap, num(step))
    per = num(per) if isinstance(per, Decimal) else per
    points: Expr = mul({"ceil": ceil(units), "floor": floor(units), "exact": units}[policy], per)
    return points if cap is None else minimum(num(cap), points)


@dataclass(frozen=True)
class Award:
    """A fixed number of points; None is the indicator's 分值 (满分)."""

    points: Decimal | None

    def canonical(self, label: str, unit: str) -> str:
        return "不得分" if self.points == 0 else f"得{points_text(self.points)}"

    def implied_max(self) -> Decimal | None:
        return self.points

    def build(self, ctx: Context, value: Expr, unit: str, bound: BoundWriter) -> tuple[Expr, Expr]:
        if self.points == 0:
            return ZERO, Text("不得分")
        return (FULL if self.points is None else num(self.points)), concat("得", Fmt(SCORE), "分")


def _faces_limit(cases: tuple[tuple[Interval, Outcome], ...]) -> bool:
    """Whether the best-scoring piece is at or under the target (在目标值以内得满分 / 不超过目标值得5分): a text written
    for a limit, which a target entered as ≤ must not turn round again."""
    awards = [(interval, outcome) for interval, outcome in cases if isinstance(outcome, Award)]
    if not awards:
        return False
    best = max(awards, key=lambda item: (item[1].points is None, item[1].points or 0))[0]
    return best.low is None and best.high == TARGET


@dataclass(frozen=True)
class Scaled:
    """(measure − low)/(high − low) × points: rate × 分值 (0, 100%), 实际值/95% × 分值 (0, 95%), the 101号
    pass mark (60%, 100%). ``inverse`` is high/measure × points (a cost or time indicator over its limit)."""

    low: Decimal = Decimal(0)
    high: Bound = ONE
    points: Decimal | None = None
    inverse: bool = False
    capped: bool = False  # (超过100%以100%计算): the measure counts at most up to ``high``
    # ≤25个工作日得满分6分，>50个工作日为0分，25-50个工作日按比例减分: the line falls, (high − measure)/(high − low)
    falling: bool = False

    def canonical(self, label: str, unit: str) -> str:
        points = "分值" if self.points is None else f"{general_text(self.points)}分"
        high = show_bound(self.high, unit)
        if self.falling:  # (50-实际值)/(50-25): a formula's numbers bare, as 实际值/10×15分 writes them
            high, low = (high, show(self.low, unit)) if unit == "%" else (general_text(self.high), general_text(self.low))
            return f"得分=({high}-{label})/({high}-{low})×{points}"
        if self.capped and self.high == TARGET and self.points is not None and not self.low and not self.inverse:
            return f"得分={label}/{high}×{points}，最高得{points}"  # 投资额/目标任务金额×50，最高得50分 (named_ratio.py)
        if self.capped and unit not in ("%", "") and isinstance(self.high, Decimal) and not self.low and not self.inverse:
            # 目标值为50处，得分=实际值/50×5分，超额完成不加分: a count's formula over its printed target (the number bare)
            return f"得分={label}/{general_text(self.high)}×{points}，超额完成不加分"
        if self.capped:
            label = f"{label}（超过{high}按{high}计）"
        if self.inverse:
            if isinstance(self.high, Decimal) and unit not in ("%", ""):
                high = general_text(self.high)  # 500/实际值: a formula's number bare
            return f"得分={high}/{label}×{points}"
        if self.low:
            low = show(self.low, unit)
            if isinstance(self.high, Decimal) and unit not in ("%", ""):
                low, high = general_text(self.low), general_text(self.high)  # (新增就业人数-300)/(500-300): bare, as formulas read
            return f"得分=({label}-{low})/({high}-{low})×{points}"
        if self.high == ONE and unit == "%":
            return f"得分={label}×{points}"
        if isinstance(self.high, Decimal) and unit not in ("%", ""):
            high = general_text(self.high)  # 实际值/10×15分: a formula's number bare (10例 is no formula's term)
        return f"得分={label}/{high}×{points}"

    def implied_max(self) -> Decimal | None:
        return self.points

    def build(self, ctx: Context, value: Expr, unit: str, bound: BoundWriter) -> tuple[Expr, Expr]:
        points = FULL if self.points is None else num(self.points)
        high, high_text = bound(self.high), bound.text(self.high, unit)
        if self.capped:
            value = ctx.define("counted", minimum(value, high))
        style = "pct" if unit == "%" else "num"
        measured = Fmt(value, style) if unit == "%" else concat(Fmt(value), unit)
        if self.inverse:
            raw = mul(div(high, value), points)
            return raw, concat("得分=", high_text, "/", measured, "×", Fmt(points), worked_to_score(raw))
        if self.falling:
            low_text = show(self.low, unit)
            raw = mul(div(sub(high, value), sub(high, num(self.low))), points)
            return raw, concat("得分=(", high_text, "-", measured, ")/(", high_text, "-", low_text, ")×", Fmt(points),
                               worked_to_score(raw))
        if self.low:
            low = num(self.low)
            raw = mul(div(sub(value, low), sub(high, low)), points)
            low_text = show(self.low, unit)
            return raw, concat(
                "得分=(", measured, "-", low_text, ")/(", high_text, "-", low_text, ")×", Fmt(points), worked_to_score(raw),
            )
        if self.high == ONE and unit == "%":
            raw = mul(value, points)
            return raw, concat("得分=", measured, "×", Fmt(points), worked_to_score(raw))
        raw = mul(div(value, high), points)
        return raw, concat("得分=", measured, "/", high_text, "×", Fmt(points), worked_to_score(raw))


@dataclass(frozen=True)
class Proportional:
    """完成目标值得10分，未完成或超额完成的按比例扣分或加分，总分最高不超过15分: the points follow completion
    both ways, 10 × 实际值/目标值, passing them up to ``cap`` (None: no limit written)."""

    points: Decimal
    cap: Decimal | None = None

    def canonical(self, label: str, unit: str) -> str:
        capped = "" if self.cap is None else f"，总分最高不超过{general_text(self.cap)}分"
        return f"完成目标值得{general_text(self.points)}分，未完成或超额完成的按比例扣分或加分{capped}"

    def implied_max(self) -> Decimal | None:
        return self.cap

    def ceiling(self) -> Expr | None:
        return None if self.cap is None else num(self.cap)

    def build(self, ctx: Context, value: Expr, unit: str, bound: BoundWriter) -> tuple[Expr, Expr]:
        high, high_text = bound(TARGET), bound.text(TARGET, unit)
        line = ctx.define("proportional", mul(div(value, high), num(self.points)))
        measured = Fmt(value, "pct") if unit == "%" else concat(Fmt(value), unit)
        worked = concat("按完成比例计分：得分=", measured, "/", high_text, "×", general_text(self.points), "=", Fmt(line), "分")
        if self.cap is None:
            return line, worked
        return line, If(Cmp(">", line, num(self.cap)),
                        concat(worked, f"，总分最高不超过{general_text(self.cap)}分，得", Fmt(SCORE), "分"), worked)


@dataclass(frozen=True)
class Deduction:
    """每少10%扣1分 from a reference: ``step`` units of the measure cost ``per`` points, from ``base``
    (None: 分值). ``reference`` None is the target input, or 100% for a rate without one. ``policy``:
    ceil (a started step is a whole step, the reports' reading), exact (按比例) or floor (不足一档不扣)."""

    step: Decimal
    per: Decimal
    direction: str = "below"  # below: shortfalls cost points; above: excess does (每超过1%)
    reference: Bound | None = None
    base: Decimal | None = None
    cap: Decimal | None = None
    policy: str = "ceil"
    magnitude: bool = False  # 偏差每增加1个百分点: the deviation's absolute value moves away
    of_full: bool = False  # 每降低1%扣分值的1%: ``per`` is a share of the 分值, not points
    # 低于90%的部分，每降低1个百分点扣0.5分 after 低于96%的每降低1个百分点扣0.25分: the points the tiers before
    # this one deduct in full (96%→90%: 1.5), which this tier's own steps add to (rules/graduated.py)
    before: Decimal = Decimal(0)
    tier: int = 0  # which tier of graduated steps (0: the rule's own): names its intermediates apart
    # 每少完成目标值10%扣1分 in a rule measured in 公顷 (每增加1公顷加2分): the step is a share of the target, the gap
    # the shortfall over the target (2.4 of 3公顷: 20%)
    of_reference: bool = False
    # 在90%-110%之间得满分，每偏离1%扣0.5分: the band's upper end (``reference`` its lower), the distance either way
    # measured from the nearer end (85%: 5% off; once 15%, from 100%)
    upper: Bound | None = None
    # 参保率不低于上年得满分，比上年每下降1个百分点: the target is last year's value (上年) or the like, never 100%
    compared_with: str = ""
    # 每超过30分钟 beside 不超过2小时: the step as written, in its own unit (``step`` is 0.5 in the measure's 小时)
    written_step: str = field(default="", compare=False)
    # 每低1个百分点: the step is in points of a measure that is itself a rate (rate_points.py)
    in_points: bool = False

    def _name(self, name: str) -> str:
        return f"{name}_tier{self.tier}" if self.tier else name

    def verb(self, unit: str = "") -> str:
        if unit in LATENESS_UNITS and self.direction == "above":
            return "逾期"
        return {"below": "少", "above": "超过", "both": "相差"}[self.direction]

    def _step_text(self, unit: str) -> str:
        if self.in_points and unit == "%" and not self.of_reference:
            return f"{general_text(self.step * 100)}个百分点"  # (read back as points, never as a share of the target)
        return f"目标值{show(self.step, '%')}" if self.of_reference else self.written_step or show(self.step, unit)

    def rates_compared(self, label: str) -> bool:
        """每低1个百分点 from a target entered for a rate: last year's (参保率不低于上年), or a named rate's level
        (合格率达到目标值): both are rates, their difference the gap — never the ratio of the two (2.5% of 2.8% is
        10.71% short, once 0.3 points). A completion (完成率, 执行率 …) is the ratio of amounts, its 100% the level."""
        if not self.in_points or self.reference is not None or self.magnitude or self.of_reference:
            return False
        return bool(self.compared_with) or not label.endswith(_SHARES_DONE)

    def canonical(self, label: str, unit: str) -> str:
        text = f"每{self.verb(unit)}{self._step_text(unit)}扣{self._per_text()}"
        if self.before:
            text = "的部分，" + text  # a tier of graduated steps: only the part beyond its own bound
        if self.policy == "exact":
            text += "（按比例扣分）"
        elif self.policy == "floor":
            text += "（不足一档不扣分）"
        return text + (f"，最多扣{general_text(self.cap)}分" if self.cap is not None else "，扣完为止")

    def _per_text(self) -> str:
        return f"分值的{general_text(self.per * 100)}%" if self.of_full else f"{general_text(self.per)}分"

    def implied_max(self) -> Decimal | None:
        return self.base

    def reference_expr(self, ctx: Context, unit: str, bound: BoundWriter) -> tuple[Expr, Expr]:
        if self.reference is not None:
            return bound(self.reference), bound.text(self.reference, unit)
        if self.magnitude:
            return num(0), Text("0")
        if ctx.shape.has_target and (unit != "%" or ctx.shape.measure in ("rate", "survey", "dates")):
            return bound(TARGET), bound.text(TARGET, unit)
        if unit != "%":
            raise InputError(f"“{ctx.label}”需要目标值（target），或在评分标准中写明基准（如“达到2910人”）")
        if change_of(ctx.label) is not None:
            # 人均服务成本不高于上年的得满分，比上年每增加5%扣1分: a change from last year steps away from none (once
            # from 100%: a 10% rise kept full marks)
            return num(0), Text("0%")
        if self.rates_compared(ctx.label) and ctx.shape.measure == "ratio":
            # 2.5 and 2.8 entered without %: whether they are rates (points apart) or amounts is not known
            raise InputError(f"“{ctx.label}”按百分点计算差距：请以比率录入{ctx.label}与{self.compared_with or '目标值'}"
                             "（如实际值2.5%、目标值2.8%），不按两者之比计算")
        if self.compared_with and not ctx.shape.has_target:  # (本年 against 上年 entered: their ratio, against 100%)
            raise InputError(f"“{ctx.label}”以{self.compared_with}为基准，需要{self.compared_with}的值（目标值，target）")
        if not self.hundred_stands_in(ctx.label):
            raise InputError(f"“{ctx.label}”按超过目标值的部分扣分，需要目标值（target）")
        return num(1), Text("100%")

    def hundred_stands_in(self, label: str) -> bool:
        """100% stands in for a target not entered: a share done passing all of it (执行率每超过1个百分点), never a
        measure whose less is better (投诉率、差错率达到目标值得满分，每超过1个百分点扣2分: 3% would pass 100%)."""
        return self.direction != "above" or not WHICH_WAY_UNSAID.search(label)

    def build(self, ctx: Context, value: Expr, unit: str, bound: BoundWriter) -> tuple[Expr, Expr]:
        reference, reference_text = self.reference_expr(ctx, unit, bound)
        if self.magnitude:
            value = Call("ABS", (value,))
            reference_text = concat("±", reference_text)
        if self.direction == "below":
            moved = maximum(ZERO, sub(reference, value))
        elif self.direction == "above":
            moved = maximum(ZERO, sub(value, reference))
        elif self.upper is not None:  # 在90%-110%之间得满分，每偏离1%: either way out of the band
            moved = maximum(ZERO, sub(reference, value), sub(value, bound(self.upper)))
            reference_text = concat(reference_text, "-", bound.text(self.upper, unit))
        else:  # 每相差3%: the distance either way
            moved = Call("ABS", (sub(value, reference),))
        gap = ctx.define(self._name("gap"), div(moved, reference) if self.of_reference else moved)
        return self._from_gap(ctx, gap, unit, reference_text)

    def build_shortfall(self, ctx: Context, unit: str) -> tuple[Expr, Expr]:
        """每少一项完成任务扣0.5分 with the unfinished items counted (failures) rather than the finished
        ones against the target: the shortfall is entered as it is."""
        ctx.need("failures")
        gap = ctx.define("gap", maximum(ZERO, Var("failures")))
        return self._from_gap(ctx, gap, unit, Text("目标值"))

    def _from_gap(self, ctx: Context, gap: Var, unit: str, reference_text: Expr) -> tuple[Expr, Expr]:
        per = mul(FULL, num(self.per)) if self.of_full else num(self.per)
        if self.before:
            points = add(num(self.before), stepped(gap, self.step, per, self.policy, None))
            deduction = ctx.define(self._name("deduction"), points if self.cap is None else minimum(num(self.cap), points))
        else:
            # (its own name: the two sides of a band each step in a deduction of their own — rules/two_sided_steps)
            deduction = ctx.define(self._name("deduction"), stepped(gap, self.step, per, self.policy, self.cap))
        base = FULL if self.base is None else num(self.base)
        raw = maximum(ZERO, sub(base, deduction))
        within = {"below": concat("达到", reference_text), "above": concat("未超过", reference_text)}.get(
            self.direction, concat("与", reference_text, "一致")
        )
        gap_text = Fmt(gap, "pct") if unit == "%" or self.of_reference else concat(Fmt(gap), unit)
        if self.in_points and unit == "%" and not self.of_reference:  # 2.5% against 2.8%: 0.3个百分点, not 0.3%
            gap_text = concat(Fmt(mul(gap, num(100))), "个百分点")
        late = unit in LATENESS_UNITS and self.direction == "above" and self.reference == 0
        if late:
            within = Text("按期完成")
        earlier = (f"此前各档共扣{general_text(self.before)}分，",) if self.before else ()  # nothing said before the first tier
        partial = self._partial_step_note(gap, unit)
        text = If(
            Cmp("=", deduction, ZERO),
            concat(within, "，不扣分，得", Fmt(SCORE), "分"),
            concat(
                *earlier,
                Text("") if late else concat("较", reference_text, self.verb(unit), gap_text, "，"),
                "每", self.verb(unit), self._step_text(unit), "扣", self._per_text(),
                *(("（", Fmt(per), "分）") if self.of_full else ()), *partial,
                "，共扣" if self.before else "，扣", Fmt(deduction), "分，得",
                Fmt(SCORE), "分",
            ),
        )
        return raw, text

    def _partial_step_note(self, gap: Var, unit: str) -> tuple[Expr, ...]:
        """少1.5个百分点, 每少1个百分点扣1分 deducts 2 by the reports' reading (seed 004: 少4.66%, 每少3% → 扣2分):
        the working says so where a step was only started, for a reader who would take 1.5 steps."""
        if self.policy != "ceil" or self.before:
            return ()
        steps = div(gap, num(self.step))
        step_text = self._step_text(unit)
        return (If(Cmp(">", ceil(steps), floor(steps)), Text(f"，不足{step_text}按{step_text}计"), Text("")),)


@dataclass(frozen=True)
class Bonus:
    """达到进度目标得40分，每超过10个百分点加1分，最多加2分 / 达到标准6分，每降低1%加2分: the band's own
    points, plus points per step beyond the band's bound (``reference``) in ``direction``. Only whole
    steps count unless the text says 按比例 (``policy``); the addition stops at ``cap``. The score may pass
    the 分值 (加分项), up to base + cap."""

    base: Decimal | None  # the band's points; None: 分值
    step: Decimal
    per: Decimal
    direction: str  # above: 每超过; below: 每降低 (a lower-is-better measure under its limit)
    reference: Bound
    cap: Decimal | None = None
    policy: str = "floor"
    cap_at_base: bool = False  # 加分至基本分值封顶: the points added stop once they equal the 基本分 (the 分值)
    total_written: bool = False  # 总分最高不超过16分: the cap written as the highest score (base + cap)
    at_most_full: bool = False  # 加分后不超过该项分值 / 加满为止: the score with its additions stops at the 分值

    def verb(self, unit: str = "") -> str:
        if unit in LATENESS_UNITS and self.direction == "below":
            return "提前"  # 每提前1天加0.1分: days ahead of the deadline, below a lateness of 0
        return "超过" if self.direction == "above" else "降低"

    def canonical(self, label: str, unit: str) -> str:
        text = f"得{points_text(self.base)}，每{self.verb(unit)}{show(self.step, unit)}加{general_text(self.per)}分"
        if self.policy == "exact":
            text += "（按比例加分）"
        elif self.policy == "ceil":
            text += "（不足一档按一档加分）"
        if self.cap_at_base:
            return text + "，加分至基本分值为止"
        if self.at_most_full:
            text += f"，最多加{general_text(self.cap)}分" if self.cap is not None else ""
            return text + "，加分后不超过分值"
        if self.total_written and self.base is not None and self.cap is not None:
            return text + f"，总分最高不超过{general_text(self.base + self.cap)}分"
        return text + (f"，最多加{general_text(self.cap)}分" if self.cap is not None else "")

    def implied_max(self) -> Decimal | None:
        if self.base is None or self.cap is None:
            return None
        return self.base + self.cap

    def _base(self) -> Expr:
        return FULL if self.base is None else num(self.base)

    def ceiling(self) -> Expr | None:
        """The highest score: base + cap, or no limit when the text sets none."""
        if self.cap_at_base:
            return add(self._base(), self._base())
        if self.at_most_full:
            return FULL
        if self.cap is None:
            return None
        return add(self._base(), num(self.cap))

    def build(self, ctx: Context, value: Expr, unit: str, bound: BoundWriter) -> tuple[Expr, Expr]:
        reference, reference_text = bound(self.reference), bound.text(self.reference, unit)
        beyond = sub(value, reference) if self.direction == "above" else sub(reference, value)
        gap = ctx.define("beyond", maximum(ZERO, beyond))
        base = self._base()
        points = stepped(gap, self.step, self.per, self.policy, self.cap)
        added = ctx.define("added", minimum(base, points) if self.cap_at_base else
                           minimum(maximum(ZERO, sub(FULL, base)), points) if self.at_most_full else points)
        gap_text = Fmt(gap, "pct") if unit == "%" else concat(Fmt(gap), unit)
        capped = "（加分至基本分值为止）" if self.cap_at_base else "" if self.cap is None else f"（最多加{general_text(self.cap)}分）"
        if self.total_written and self.base is not None and self.cap is not None:
            capped = f"（总分最高不超过{general_text(self.base + self.cap)}分）"
        if self.at_most_full:
            capped = capped + "（加分后不超过分值）"
        # (提前3天: the days ahead, already said with the dates, need no 较0天 nor saying again)
        ahead = () if self.verb(unit) == "提前" else ("较", reference_text, self.verb(unit), gap_text, "，")
        return add(base, added), If(
            Cmp("=", added, ZERO),
            concat("得", Fmt(base), "分"),
            concat(
                *ahead, "每", self.verb(unit), show(self.step, unit), "加",
                general_text(self.per), "分，加", Fmt(added), "分", capped, "，得", Fmt(SCORE), "分",
            ),
        )


@dataclass(frozen=True)
class Minus:
    """A fixed deduction from 分值 (低于80%扣2分)."""

    points: Decimal

    def canonical(self, label: str, unit: str) -> str:
        return f"扣{general_text(self.points)}分"

    def implied_max(self) -> Decimal | None:
        return None

    def build(self, ctx: Context, value: Expr, unit: str, bound: BoundWriter) -> tuple[Expr, Expr]:
        return sub(FULL, num(self.points)), concat("扣", general_text(self.points), "分，得", Fmt(SCORE), "分")


@dataclass(frozen=True)
class Entered:
    """完成10%以下(0-2): in this band the evaluator enters the score, within the range written."""

    low: Decimal
    high: Decimal

    def canonical(self, label: str, unit: str) -> str:
        return f"得{general_text(self.low)}-{general_text(self.high)}分"

    def implied_max(self) -> Decimal | None:
        return self.high

    def build(self, ctx: Context, value: Expr, unit: str, bound: BoundWriter) -> tuple[Expr, Expr]:
        ctx.need_optional("manual")
        inside = all_of(Cmp(">=", Var("manual"), num(self.low)), Cmp("<=", Var("manual"), num(self.high)))
        return Var("manual"), concat(
            "录入得分", Fmt(Var("manual")), "分",
            If(inside, Text(""), Text(f"（应在{general_text(self.low)}-{general_text(self.high)}分之间，请核对）")),
        )


@dataclass(frozen=True)
class Share:
    """80%-90%（含）的得分值的80%: a fixed share of the indicator's 分值."""

    fraction: Decimal

    def canonical(self, label: str, unit: str) -> str:
        return f"得分值的{general_text(self.fraction * 100)}%"

    def implied_max(self) -> Decimal | None:
        return None

    def build(self, ctx: Context, value: Expr, unit: str, bound: BoundWriter) -> tuple[Expr, Expr]:
        return mul(FULL, num(self.fraction)), concat(f"得分值的{general_text(self.fraction * 100)}%，即", Fmt(SCORE), "分")


@dataclass(frozen=True)
class Affine:
    """得分=70×实际达标率-63，最高分为7分: a straight line of the measure, at most ``ceiling`` points (the
    rule keeps it at 0 or more)."""

    slope: Decimal
    intercept: Decimal
    ceiling: Decimal | None = None

    def _tail(self) -> str:
        return ("+" if self.intercept >= 0 else "-") + general_text(abs(self.intercept))

    def canonical(self, label: str, unit: str) -> str:
        capped = f"，最高分为{general_text(self.ceiling)}分" if self.ceiling is not None else ""
        return f"得分={general_text(self.slope)}×{label}{self._tail()}{capped}"

    def implied_max(self) -> Decimal | None:
        return self.ceiling

    def build(self, ctx: Context, value: Expr, unit: str, bound: BoundWriter) -> tuple[Expr, Expr]:
        line = ctx.define("line", add(mul(num(self.slope), value), num(self.intercept)))
        raw: Expr = line if self.ceiling is None else minimum(num(self.ceiling), line)
        measured = Fmt(value, "pct") if unit == "%" else concat(Fmt(value), unit)
        worked = concat("得分=", general_text(self.slope), "×", measured, self._tail(), "=")
        return raw, If(  # 70×80%-63 = -7: the line runs below 0, which the score does not
            Cmp("<", line, ZERO), concat(worked, Fmt(line), "分，不足0分按0分计"), concat(worked, Fmt(SCORE), "分"),
        )


Outcome = Award | Scaled | Proportional | Share | Deduction | Bonus | Minus | Entered | Affine


# ---------------------------------------------------------------- the rule


@dataclass(frozen=True)
class Piecewise:
    """A score by bands of the measure: each interval's outcome, and what the rest scores."""

    cases: tuple[tuple[Interval, Outcome], ...]
    otherwise: Outcome = Award(Decimal(0))
    unit: str = "%"  # of the measure: % for rates, else a count unit (人, 个 …)
    stated_otherwise: bool = False  # the text says what the rest scores (否则…), or cases cover everything
    level: tuple[Decimal, str] | None = None  # 不高于120元/人次，每高于标准5%: the measure is actual/120 as a %
    gate: tuple[str, Decimal] | None = None  # 项目完成且执行数在预算之内的，得10分: a situation checked first
    required: str | None = None  # 大部分器材有使用记录，坏损率不超过30%，得1分: a situation the bands also need
    capped: bool = False  # 执行率超过100%的按100%计: the rate counts at most 100%
    elements: ElementValue | None = None  # 具备要素1得20%…业绩值为100%得满分: the measure is the elements' sum
    deadline: str | None = None  # 2024年12月31日前完成得满分，每逾期1个月扣1分: the planned date, printed

    @property
    def counts_lateness(self) -> bool:
        """按期完成得4分；逾期30天以内得2分 / 每逾期15天扣0.5分: days or months late, not a count of days (每低于
        目标值1天扣0.2分 counts the days short of the target)."""
        if self.unit not in LATENESS_UNITS:
            return False
        return not (isinstance(self.otherwise, Deduction) and self.otherwise.direction == "below")

    @property
    def kind(self) -> str:
        outcomes = [outcome for _, outcome in self.cases] + [self.otherwise]
        if any(isinstance(outcome, Deduction) for outcome in outcomes):
            return "steps"
        if not self.cases:
            return "rate"
        if len(self.cases) == 1 and self._one_sided(self.cases[0][0]):
            return "threshold"
        return "bands"

    @staticmethod
    def _one_sided(interval: Interval) -> bool:
        return (interval.low is None) != (interval.high is None) and not interval.magnitude

    def _condition(self, interval: Interval, label: str) -> str:
        if self.unit in LATENESS_UNITS and interval.low is None and interval.high == 0:
            return self._on_time()
        return interval.written(self.unit) if interval.written_high is not None else interval.describe(label, self.unit)

    def _on_time(self) -> str:
        return f"{self.deadline}前完成" if self.deadline else "按期完成"

    def canonical(self, label: str) -> str:
        if self.elements is not None:
            return f"{self.elements.canonical()}；" + replace(self, elements=None).canonical(self.elements.name)
        if self.gate is not None:
            rest = replace(self, gate=None).canonical(label)
            return f"{self.gate[0]}的，得{general_text(self.gate[1])}分；否则{rest}"
        if self.capped:
            return f"{label}超过100%的按100%计；" + replace(self, capped=False).canonical(label)
        if self.required is not None:
            awarded = [(interval, outcome) for interval, outcome in self.cases if outcome != Award(Decimal(0))]
            if len(awarded) > 1:  # …超过80%，且运行管护效果良好，得6分；…: the state said with each band (band_requirement.py)
                return "；".join(
                    f"{self._condition(interval, label)}，且{self.required}，{outcome.canonical(label, self.unit)}"
                    if (interval, outcome) in awarded else f"{self._condition(interval, label)}{outcome.canonical(label, self.unit)}"
                    for interval, outcome in self.cases) + "；否则不得分"
            rest = replace(self, required=None, stated_otherwise=False).canonical(label)
            return f"{self.required}，且{rest}；否则不得分"
        if self.level is not None:  # 不高于120元/人次: the measure is the share of that standard
            rest = replace(self, level=None).canonical(f"{label}占标准的比例")
            return f"标准为{show(*self.level)}，{rest}"
        deduction = self.otherwise if isinstance(self.otherwise, Deduction) else None
        if deduction is not None and deduction.direction in ("below", "above"):
            # 到达70%以上计30分，每低1%扣1分，每超1%加5分 / 故障率≤5%得4分，每超过1%扣1分，每降低1%加0.5分: the band
            # adding points starts where the steps the other way do, so the 规范写法 names that start once
            start = TARGET if deduction.reference is None else deduction.reference
            beyond = next((case for case in self.cases if isinstance(case[1], Bonus) and case[1].base == deduction.base
                           and (case[0].low == start and case[0].high is None if deduction.direction == "below"
                                else case[0].high == start and case[0].low is None)), None)
            if beyond is not None:
                rest = replace(self, cases=tuple(case for case in self.cases if case is not beyond)).canonical(label)
                return f"{rest}；{beyond[1].canonical(label, self.unit).split('，', 1)[1]}"
        below = self.cases[0][0] if len(self.cases) == 1 and self.cases[0][1] == Award(Decimal(0)) else None
        if below is not None and isinstance(self.otherwise, Bonus) and below.low is None and below.high is not None \
                and not below.magnitude:
            # 低于上年的不得分，达到上年的得8分，每超过1%加1分: the level reached and its bonus first (as it reads back),
            # not 完成率<目标值不得分；否则得8分，每超过1%加1分 (a bonus whose start 否则 does not name)
            reached = Interval(low=below.high, low_inclusive=not below.high_inclusive)
            return f"{self._condition(reached, label)}{self.otherwise.canonical(label, self.unit)}；否则不得分"
        shown = [_open_where_held([i for i, _ in self.cases[:at]], interval) for at, (interval, _) in enumerate(self.cases)]
        parts = [f"{self._condition(interval, label)}{outcome.canonical(label, self.unit)}"
                 for interval, (_, outcome) in zip(shown, self.cases)]
        deduction = self.otherwise if isinstance(self.otherwise, Deduction) else None
        if deduction is not None and deduction.direction == "both":
            # 每相差3%: no side reaches or exceeds; the reference, when printed, is 以…为标准
            # (a band's ends, 90%-110%: the band after it says them)
            head = "" if deduction.reference is None or deduction.upper is not None else \
                f"以{show_bound(deduction.reference, self.unit)}为标准，"
            if deduction.base is not None and deduction.reference is not None:  # 偏差率为0得5分，每相差3%扣1分
                head = f"{label}为{show_bound(deduction.reference, self.unit)}得{points_text(deduction.base)}，"
            return "；".join([head + deduction.canonical(label, self.unit)] + parts)
        if deduction is not None:
            head = ""
            if deduction.reference is not None:
                head = f"{label}达到{show_bound(deduction.reference, self.unit)}得{points_text(deduction.base)}，"
            elif self.unit in LATENESS_UNITS and deduction.direction == "above":
                head = f"{self._on_time()}得{points_text(deduction.base)}，"
            else:
                none = "0%" if change_of(label) is not None else "100%"  # (a change from last year: from none)
                note = f"（未设目标值时为{none}）" if self.unit == "%" and (
                    change_of(label) is not None or deduction.hundred_stands_in(label)) else ""
                reach = "达到" if deduction.direction == "below" else "不超过"
                head = f"{label}{reach}目标值{note}得{points_text(deduction.base)}，"
                if deduction.compared_with and change_of(label) is None:  # (a change from last year: from none)
                    reach = "不低于" if deduction.direction == "below" else "不高于"
                    head = f"{label}{reach}{deduction.compared_with}得{points_text(deduction.base)}，"
            if deduction.direction == "above" and deduction.reference is not None:
                head = f"{label}≤{show_bound(deduction.reference, self.unit)}得{points_text(deduction.base)}，"
                if self.unit in LATENESS_UNITS and deduction.reference == 0:
                    head = f"{self._on_time()}得{points_text(deduction.base)}，"
            if deduction.magnitude:  # 偏差在±3%以内（含）得满分，偏差每增加1%扣1分
                subject = "偏离度" if label == "完成率" else label
                within = "为0" if deduction.reference in (None, 0) else f"在±{show_bound(deduction.reference, self.unit)}(含)以内"
                head = f"{subject}{within}得{points_text(deduction.base)}，{subject}"
                return "；".join([head + deduction.canonical(label, self.unit).replace("每超过", "每增加")] + parts)
            floors = [self._floor(interval, outcome, label) for interval, outcome in self.cases]
            if all(floors):
                return "，".join([head + deduction.canonical(label, self.unit)] + floors)  # type: ignore[list-item]
            return "；".join([head + deduction.canonical(label, self.unit)] + parts)
        rest = self._rest(label)
        if rest is not None:  # 学员就业率<85%得0-15分 (a range after 否则 is not read: it needs its band named)
            parts.append(rest + self.otherwise.canonical(label, self.unit))
        elif self.cases and (self.stated_otherwise or self.otherwise != Award(Decimal(0))
                             # 服务人数>1人不得分；0.5人<服务人数≤1人不得分: read back, the rest of bands that only zero is 满分
                             or all(outcome == Award(Decimal(0)) for _, outcome in self.cases)):
            parts.append("否则" + self.otherwise.canonical(label, self.unit))
        elif not self.cases:
            parts.append(self.otherwise.canonical(label, self.unit))
            if isinstance(self.otherwise, Scaled) and self.unit not in ("%", "") and isinstance(self.otherwise.high, Decimal):
                # 目标值为10000人次，得分=实际值/10000×2分: the formula's number is bare, so the target printed says its unit
                # (alone, 实际值/10000 would be read as a rate over a count no unit names)
                parts.insert(0, f"目标值为{show(self.otherwise.high, self.unit)}")
        return "，".join(parts) if len(parts) == 2 and not self.cases else "；".join(parts)

    def _rest(self, label: str) -> str | None:
        """The one band the single case leaves (≥85% leaves <85%), for an entered range written as a band."""
        if not isinstance(self.otherwise, Entered) or len(self.cases) != 1:
            return None
        (interval, _), = self.cases
        if interval.magnitude or (interval.low is None) == (interval.high is None):
            return None
        rest = Interval(high=interval.low, high_inclusive=not interval.low_inclusive) if interval.high is None \
            else Interval(low=interval.high, low_inclusive=not interval.high_inclusive)
        return rest.describe(label, self.unit)

    def _floor(self, interval: Interval, outcome: Outcome, label: str) -> str | None:
        """不足50%不得分 / 不高于50%不得分: the zero floor of a step rule, in the reports' words."""
        if outcome != Award(Decimal(0)) or interval.low is not None or interval.high is None or interval.magnitude:
            return None
        if isinstance(interval.high, FromTarget):
            return f"{interval.describe(label, self.unit)}不得分"  # 低于目标值35天不得分
        return f"{label}{'不高于' if interval.high_inclusive else '不足'}{show_bound(interval.high, self.unit)}不得分"

    def _rewards_more(self) -> bool:
        """全年开展培训不少于7次，每少1次扣0.5分 / 达到7次得满分: a count of things done (the more the better), never
        the count of faults (投诉件数为0得3分，每增加1件扣1分 counts those)."""
        if isinstance(self.otherwise, Deduction) and self.otherwise.direction == "below":
            return True
        return any(interval.high is None and isinstance(interval.low, Decimal) and interval.low > 0
                   and outcome == Award(None) for interval, outcome in self.cases)

    def implied_max(self) -> Decimal | None:
        otherwise = self.otherwise.implied_max()
        if otherwise is None and hasattr(self.otherwise, "highest_between") and (gaps := self._uncovered()) is not None:
            otherwise = self.otherwise.highest_between(gaps)  # (a curve of the measure, where no band scores)
        maxima = [self._band_max(interval, outcome) for interval, outcome in self.cases] + [otherwise]
        maxima += [self.gate[1]] if self.gate else []
        if any(m is None for m in maxima):
            return None
        return max(maxima)  # type: ignore[type-var]

    @staticmethod
    def _band_max(interval: Interval, outcome: Outcome) -> Decimal | None:
        """The band's highest score: its outcome's, or for a curve of the measure with none of its own, the highest
        over the band's two ends (5%-10%之间的,得分=5-(增幅-5%)×100×0.5 is at most 5, at 5%) — only a band with both
        ends numbers (an open band's curve is left unknown)."""
        most = outcome.implied_max()
        if most is None and hasattr(outcome, "highest_between") and not interval.magnitude \
                and isinstance(interval.low, Decimal) and isinstance(interval.high, Decimal):
            return outcome.highest_between([(interval.low, interval.high)])
        return most

    def _uncovered(self) -> list[tuple[Decimal | None, Decimal | None]] | None:
        """The measure's values no band holds (ends as numbers, None where open; which ends are in is no matter to a
        highest), or None when a band's end is no number (the target)."""
        spans = []
        for interval, _ in self.cases:
            if not all(bound is None or isinstance(bound, Decimal) for bound in (interval.low, interval.high)) \
                    or interval.magnitude:
                return None
            spans.append((interval.low, interval.high))
        spans.sort(key=lambda span: (span[0] is not None, span[0] or 0))
        gaps: list[tuple[Decimal | None, Decimal | None]] = []
        reached: Decimal | None = None  # how far up the bands so far hold (None: not yet any)
        for index, (low, high) in enumerate(spans):
            if low is not None and (index == 0 or reached is not None and low > reached):
                gaps.append((reached if index else None, low))
            if high is None:
                return gaps
            reached = high if reached is None or index == 0 and low is None else max(reached, high)
        gaps.append((reached, None))
        return gaps

    def highest_printed(self) -> Decimal | None:
        """按期完成得4分；逾期15天以内扣2分: the highest points printed, where every other band is taken off the 分值 or a
        share of it (never above it) — the 分值 the bands are written for when a heading says the same (None otherwise)."""
        outcomes = [outcome for _, outcome in self.cases] + [self.otherwise]
        printed = [outcome.implied_max() for outcome in outcomes if not isinstance(outcome, (Minus, Share))]
        relative = [outcome for outcome in outcomes if isinstance(outcome, (Minus, Share))]
        if not relative or not printed or any(m is None for m in printed) or self.gate \
                or any(isinstance(outcome, Share) and outcome.fraction > 1 for outcome in relative):
            return None
        highest = max(printed)  # type: ignore[type-var]
        if any(isinstance(outcome, Minus) and outcome.points >= highest for outcome in relative):
            return None  # (…≥80%得1分;低于80%扣2分 in 2: down to 0, or 2 below it? a penalty, not a band of the 2)
        return highest

    def ceiling(self) -> Expr | None:
        """分值, or higher where a band adds points on top (加分): None when that addition has no limit."""
        raised: list[Bonus | Proportional] = [outcome for _, outcome in self.cases if isinstance(outcome, Bonus)]
        if isinstance(self.otherwise, Proportional):
            raised.append(self.otherwise)
        tops = [outcome.ceiling() for outcome in raised]
        if any(top is None for top in tops):
            return None
        return maximum(FULL, *tops) if tops else FULL  # type: ignore[arg-type]

    def without_bonus(self) -> "Piecewise":
        """The rule as it scores before any points are added: its highest score is the 分值 when the
        additions are a 加分项 above it."""
        otherwise = Award(self.otherwise.points) if isinstance(self.otherwise, Proportional) else self.otherwise
        return replace(self, otherwise=otherwise, cases=tuple(
            (interval, Award(outcome.base) if isinstance(outcome, Bonus) else outcome) for interval, outcome in self.cases
        ))

    def default_shape(self, label: str) -> Shape:
        if self.elements is not None:
            return Shape(points=len(self.elements.weights))
        if self.unit in LATENESS_UNITS and (isinstance(self.otherwise, Deduction) and self.otherwise.direction == "above"
                                            or self._early_bonus()):
            return Shape(measure="dates")
        if self.unit == "%":
            # 每低1个百分点 from last year's rate: the rate and last year's entered as rates (rate_points.py)
            measure = "rate" if isinstance(self.otherwise, Deduction) and self.otherwise.rates_compared(label) else "ratio"
            return Shape(measure=measure, has_target=True, points=1 if self.gate or self.required else 0)
        needs_target = any(
            from_target(bound) for interval, _ in self.cases for bound in interval.bounds()
        ) or (isinstance(self.otherwise, Deduction) and self.otherwise.reference is None)
        return Shape(measure="actual", has_target=needs_target)

    def printed_standard(self) -> tuple[Decimal, str] | None:
        if self.level is not None:
            return self.level
        reference = self.deduction_reference()
        return (reference, self.unit) if isinstance(reference, Decimal) else None

    def deduction_reference(self) -> Bound | None:
        return self.otherwise.reference if isinstance(self.otherwise, Deduction) else None

    @property
    def enters_scores(self) -> bool:
        """A band whose score the evaluator enters (完成10%以下(0-2))."""
        return any(isinstance(outcome, Entered) for _, outcome in self.cases) or isinstance(self.otherwise, Entered)

    @property
    def deviation(self) -> bool:
        """A signed deviation (偏差率, 变动率): ± bands, or steps on its absolute value."""
        return any(interval.magnitude for interval, _ in self.cases) or (
            isinstance(self.otherwise, Deduction) and self.otherwise.magnitude
        )

    def measure(self, ctx: Context) -> tuple[Expr, Expr]:
        if self.elements is not None:
            return self.elements.measure(ctx)
        if self.unit in DAY_UNITS and ctx.shape.measure == "dates" and self._early_bonus():
            # 按期完成得4分，每提前1天加0.1分: the days late signed, those ahead of the date below 0 (the bonus counts
            # them from 0 down, the deduction the days late from 0 up)
            planned, planned_text, since, counted = self._planned_end(ctx)
            late = ctx.define("late_days", sub(Var("actual_end"), planned))
            return late, concat(
                since, planned_text, "，实际完成日期", Fmt(Var("actual_end"), "date"), If(
                    Cmp("<", late, num(0)), concat("，提前", Fmt(sub(num(0), late)), "天"), concat(f"，{counted}", Fmt(late), "天"),
                ),
            )
        if self._early_bonus():
            # (逾期天数 entered as a count cannot say a completion ahead of time: the dates can)
            raise InputError("评分标准按提前的天数加分：请录入计划完成日期与实际完成日期（planned_end、actual_end）")
        if self.unit in DAY_UNITS and ctx.shape.measure == "dates":
            # 每逾期15天扣0.5分: days after the planned completion date
            planned, planned_text, since, counted = self._planned_end(ctx)
            late = ctx.define("late_days", maximum(num(0), sub(Var("actual_end"), planned)))
            return late, concat(
                since, planned_text, "，实际完成日期", Fmt(Var("actual_end"), "date"), f"，{counted}", Fmt(late), "天",
            )
        if self.unit in WEEK_UNITS and ctx.shape.measure == "dates":
            # 每延误1周扣1分（不足1周按1周计）: weeks after the planned date, seven days each (5 days late is 5/7 of a
            # week, which the steps' own rounding counts as one started)
            planned, planned_text, since, counted = self._planned_end(ctx)
            days = ctx.define("late_days", maximum(num(0), sub(Var("actual_end"), planned)))
            weeks = ctx.define("late_weeks", div(days, num(7)))
            return weeks, concat(
                since, planned_text, "，实际完成日期", Fmt(Var("actual_end"), "date"), f"，{counted}", Fmt(days), "天，即",
                Fmt(weeks), "周（7天为1周）",
            )
        if self.level is not None:
            level, unit = self.level
            actual = actual_in_unit(ctx, unit)  # (1.26万元 entered against 不高于1.2万元: 1.26 of the standard's 万元)
            rate = ctx.define("rate", div(actual, num(level)))
            return rate, concat(
                ctx.label, "为", Fmt(actual), unit, "，为标准", show(level, unit), "的", Fmt(rate, "pct"),
            )
        if self.unit in MONTH_UNITS and ctx.shape.measure == "dates":
            if isinstance(self.otherwise, Deduction) and self.otherwise.step % 1:
                # 每延期半个月扣0.5分: a part of a month is some number of days, which months from dates cannot say
                raise InputError("按半个月（或不足整月）计的逾期无法由日期按月数算出：请把评分标准写成按天计（如“每逾期15天扣0.5分”）")
            # 每延迟1个月: months from the planned date, a started month counting (6月1日 planned, 6月30日 done is 1个月,
            # once 0 and 按期); a plan at a month's end counts by calendar month (6月30日 to 8月31日 is 2个月)
            planned, planned_text, since, counted = self._planned_end(ctx)
            actual = Var("actual_end")

            def months_late(late: Expr, note: str) -> tuple[Expr, Expr]:
                return late, concat(
                    since, planned_text, "，实际完成日期", Fmt(actual, "date"), f"，{'延迟' if counted == '逾期' else counted}",
                    Fmt(late), f"个月（{note}）",
                )

            # 逾期1-3个月的得1分，逾期3个月以上的不得分: bands (no steps, no 滞后一个月的 of one month) hold the time late
            # itself — 2.5 months is not 3个月以上 (a started month counted whole put it there: 0 instead of 1)
            banded = not isinstance(self.otherwise, Deduction) and not any(
                interval.low is not None and interval.low == interval.high for interval, _ in self.cases)
            # 每推迟满1个月扣1分 / 每延迟1个月扣1分，不足一档不扣分: whole months only, the days beyond them (a fraction of
            # a month, ÷31) never a step — 12月31日 to 2月15日 is 1个月, once 2 (a started month counted)
            whole_steps = isinstance(self.otherwise, Deduction) and self.otherwise.policy == "floor"
            if banded or whole_steps:
                return months_late(ctx.define("late_months", _months_between(planned, actual)),
                              "整月按日历计，余下天数÷31" + ("，不足1个月不计" if whole_steps else ""))
            months = calendar_months_apart(planned, actual)
            started = If(all_of(Cmp(">", Call("DAY", (actual,)), Call("DAY", (planned,))),
                                Cmp(">", Call("DAY", (add(planned, num(1)),)), num(1))), num(1), num(0))
            return months_late(ctx.define("late_months", maximum(num(0), add(months, started))), "不足1个月按1个月计")
        if self.unit == SCORE_UNIT and ctx.shape.measure == "survey":
            # 满意度90分以上得5分 with each option's respondents entered (credits 100、80、60、0): the survey's 百分制
            # score, its weighted rate ×100 — 81% is 81分 (once refused: a count 满意度 to enter)
            rate, worked = rate_measure(ctx)
            points = ctx.define("survey_points", mul(rate, num(100)))
            return points, concat(worked, "，即", Fmt(points), "分")
        if self.unit != "%":
            from .counted_steps import refuse_counted_steps  # (here: counted steps only, not every rule's start)

            refuse_counted_steps(self, ctx)
            return count_measure(ctx, self.unit, done=self._rewards_more())
        if self.deviation and ctx.printed_base is not None and getattr(ctx.printed_base, "deviation_base", False):
            from .stated_budget import budget_deviation

            return budget_deviation(ctx)  # 预算金额240万元，…偏差在±10%以内: from the amount printed (stated_budget.py)
        if self.deviation and ctx.shape.measure == "ratio":
            # 偏差率=(实际-预算)/预算: from the amounts, not their ratio
            ctx.need("actual", "target")
            rate = ctx.define("rate", sub(div(Var("actual"), Var("target")), num(1)))
            return rate, concat(
                ctx.label, "=(", Fmt(Var("actual")), "-", Fmt(Var("target")), ")/", Fmt(Var("target")), "×100%=",
                Fmt(rate, "pct"),
            )
        if self._rate_target_completed(ctx):
            # 全部完成得满分，完成90%以上得80%分值 with 96% against ≥95%: the rate target's completion, 96/95 (once the 96%
            # itself, the target ignored: 4 for a target met); against ≤3%, 2% keeps the limit (100%), 5% is 3/5
            ctx.need("rate", "target")
            rate, target = Var("rate"), Var("target")
            if ctx.shape.target_op in ("≤", "<"):
                done = ctx.define("completion", If(Cmp("<=", rate, target), num(1), div(target, rate)))
                return done, concat(ctx.label, "：完成值", Fmt(rate, "pct"), "，指标值≤", Fmt(target, "pct"), "，",
                                    ctx.label, "=", Fmt(done, "pct"), "（指标值为上限，未超过为100%，超过按指标值/完成值计）")
            done = ctx.define("completion", div(rate, target))
            return done, concat(ctx.label, "=", Fmt(rate, "pct"), "/", Fmt(target, "pct"), "×100%=", Fmt(done, "pct"))
        if self._limit_kept(ctx):
            # 全部完成得满分，完成80%以上得3分 against ≤90万元: a limit is completed by staying under it, its
            # 完成率 the limit over the actual (101号's 反向指标; 95万元 is 94.74%, once 105.56% and full marks)
            ctx.need("actual", "target")
            rate = ctx.define("rate", div(Var("target"), Var("actual")))
            return rate, concat(ctx.label, "=", Fmt(Var("target")), "/", Fmt(Var("actual")), "×100%=", Fmt(rate, "pct"),
                                "（指标值为上限，按指标值/完成值计）")
        return rate_measure(ctx)

    def _early_bonus(self) -> bool:
        """按期完成得4分，每提前1天加0.1分: points added per day ahead of the deadline."""
        return self.unit in LATENESS_UNITS and any(
            isinstance(outcome, Bonus) and outcome.direction == "below" for _, outcome in self.cases)

    def _rate_target_completed(self, ctx: Context) -> bool:
        """A 完成率 graded in bands at 100% (全部完成得满分，完成90%以上…), no bound set off from the target, with a rate
        entered against a rate target: what is completed is the target."""
        if ctx.shape.measure != "rate" or not ctx.shape.has_target:
            return False
        if achieved_over_target(ctx.definition) and not self.deviation and self.level is None:
            # 完成率=实际完成值/指标值，完成率达到100%的得满分，每低5个百分点扣1分: the text defines the rate over the target,
            # its steps too are the completion's (97% against 95% is 102%, once 97% and a step deducted; a rate entered
            # as the rate, or as the actual value in %, against a target in % — the only target a rate is bound with)
            return True
        if ctx.shape.units[:2] != ("%", "%") or not self._completion_bands_in_numbers(ctx):
            return False
        # (bands only: 以100%为标准，每下降1%扣1分 prints the standard the rate itself is held to, whatever is entered)
        return any(ONE in interval.bounds() for interval, _ in self.cases) and not isinstance(self.otherwise, Deduction)

    def _limit_kept(self, ctx: Context) -> bool:
        """Bands of a 完成率 in numbers (no band, step or ratio set off from the target) against an entered target that
        bounds from above: the bands grade how well the limit was kept."""
        if ctx.shape.target_op not in ("≤", "<") or ctx.shape.measure != "ratio" or not self._completion_bands_in_numbers(ctx):
            return False
        return not isinstance(self.otherwise, (Deduction, Scaled))

    def _completion_bands_in_numbers(self, ctx: Context) -> bool:
        """Bands of the generic 完成率 whose bounds are all numbers (none set off from the target): what the entered
        target is completed by, rather than a level it replaces."""
        return ctx.label == "完成率" and self.unit == "%" and not self.deviation and self.level is None and bool(self.cases) \
            and all(isinstance(bound, Decimal) for interval, _ in self.cases for bound in interval.bounds() if bound is not None)

    def _planned_end(self, ctx: Context) -> tuple[Expr, Expr, str, str]:
        """The date the time is counted from, how it is written, and the words for that date and for the time counted:
        the date on time is by (printed in the rule — an entered planned_end does not replace it — or entered) and the
        time late; or, for the time taken (资金下达后2个月内兑付的得3分), the date it started and the time since."""
        if _TIME_TAKEN.search(ctx.label):  # 在3个月内完成的得满分 / 建设周期不超过12个月: the time taken, not the time late
            if ctx.shape.dates_from_start and not self.deadline:
                # (资金下达 on 2024年5月10日, paid 2024年6月30日: 1.65个月 taken)
                ctx.need("planned_start", "actual_end")
                return Var("planned_start"), Fmt(Var("planned_start"), "date"), "开始日期", "用时"
            raise InputError("该评分标准按完成用时计分：请录入完成用时（actual，如“5个月”）或开始日期与实际完成日期，"
                             "而不是计划完成日期")
        ctx.need("actual_end")
        if self.deadline:
            return num(as_excel_date(self.deadline)), Text(f"{self.deadline}（评分标准所写）"), "计划完成日期", "逾期"
        ctx.need("planned_end")
        return Var("planned_end"), Fmt(Var("planned_end"), "date"), "计划完成日期", "逾期"

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        raw, text = self._build(ctx)
        if self.gate is None and self.required is None:
            return raw, text
        situation = self.gate[0] if self.gate is not None else self.required
        if ctx.shape.points != 1:
            raise InputError(f"需要录入是否“{situation}”（met，1项）")
        ctx.need("met_1")
        met = Cmp("=", Var("met_1"), Text(YES))
        if self.gate is None:
            return If(met, raw, num(0)), If(met, concat(situation, "，", text), concat("未满足“", situation, "”，得0分"))
        return If(met, num(self.gate[1]), raw), If(
            met, concat(situation, "，得", Fmt(SCORE), "分"), concat("未满足“", situation, "”，", text)
        )

    def _build(self, ctx: Context) -> tuple[Expr, Expr]:
        if self._shortfall_entered(ctx):
            return self.otherwise.build_shortfall(ctx, self.unit)  # type: ignore[union-attr]
        value, measured = self.measure(ctx)
        if self.capped:
            over = Cmp(">", value, num(ONE))
            measured = concat(measured, If(over, Text("，超过100%按100%计"), Text("")))
            value = ctx.define("capped_rate", minimum(value, num(ONE)))
        # the target of a completion rate is its 100%: actual/target entered, or the rate stated without a target
        completion = ctx.shape.measure == "ratio" or (ctx.shape.measure == "rate" and not ctx.shape.has_target)
        bound = BoundWriter(ctx, relative=self.unit == "%" and completion and not self.deviation, unit=self.unit)
        late = isinstance(self.otherwise, Deduction) and self.otherwise.reference in (None, 0) and self.counts_lateness
        cases, otherwise = self._toward_entered_target(ctx)  # (never for lateness: its reference is written)
        if late:
            # days late count from the planned date, or from the entered deadline (33天 against ≤30天: 3 late)
            deadline = ctx.shape.has_target and ctx.shape.measure != "dates"
            otherwise = replace(otherwise, reference=TARGET if deadline else Decimal(0))
        raw, text = otherwise.build(ctx, self._deviation_size(value, otherwise, None), self.unit, bound)
        if cases and not isinstance(otherwise, Deduction):
            text = concat(self._otherwise_label(cases, bound), "，", text)
        reached: list[Expr] = []
        for interval, outcome in reversed(cases):
            if isinstance(outcome, Bonus) and outcome.reference not in (
                interval.low if outcome.direction == "above" and interval.high is None else None,
                interval.high if outcome.direction == "below" and interval.low is None else None,
            ):
                side = "达到" if outcome.direction == "above" else "不超过"
                raise InputError(f"“{ctx.label}”的加分从{show_bound(outcome.reference, self.unit)}起{outcome.verb()}计算，"
                                 f"应是“{side}{show_bound(outcome.reference, self.unit)}”一档的加分；请核对目标值的写法（如≤12%）")
            case_raw, case_text = outcome.build(ctx, self._deviation_size(value, outcome, interval), self.unit, bound)
            holds = interval.test(value, bound)
            reached.append(holds)
            if isinstance(outcome, Entered):
                ctx.blank_when(all_of(holds, IsBlank("manual")))  # the band's score awaits the evaluator
            named = self.kind == "bands"
            raw = If(holds, case_raw, raw)
            text = If(holds, concat(interval.describe(ctx.label, self.unit, named), "，", case_text), text)
        if isinstance(otherwise, Entered):  # 达不到扣分: short of every band, the evaluator's score
            ctx.blank_when(all_of(Not(any_of(*reached)), IsBlank("manual")))
        return raw, concat(measured, "，", text)

    def _deviation_size(self, value: Expr, outcome: object, interval: Interval | None) -> Expr:
        """偏差率≤3%得2分；否则得分=2×(1-偏差率×2) / ±3%以内得2分，超出的得分=…: where the bands hold the deviation
        either way (±), a formula on it scores its size, beyond the band on either side (10% under the target, −10%,
        scores 2×(1-0.1×2)=1.6, as 10% over does; once the signed −10% gave 2×(1+0.2), held at 2). Only the line
        beyond the ± band (否则, or a ± band's own line): a band written on one side (偏差率<-5%的) keeps its sign."""
        if not self.deviation or not isinstance(outcome, Scaled) or interval is not None and not interval.magnitude:
            return value
        return Call("ABS", (value,))

    def _shortfall_entered(self, ctx: Context) -> bool:
        """每少1项扣0.5分 scored from failures: the count short of the target, not a measure of its own."""
        deduction = self.otherwise
        return (
            ctx.shape.has_failures and not ctx.shape.measure and not self.cases and self.level is None
            and isinstance(deduction, Deduction) and deduction.direction == "below" and deduction.reference is None
            and self.unit not in ("%", *MONEY_SCALE, *LATENESS_UNITS)
        )

    def _toward_entered_target(self, ctx: Context) -> tuple[tuple[tuple[Interval, Outcome], ...], Outcome]:
        """达到目标值得3分 / 未达到年度目标值的，每差1微克/立方米扣0.5分 against a target entered as
        ≤70微克/立方米: a target that bounds from above (反向指标, as 财预〔2021〕101号 treats them) is reached
        by staying at or under it, so the pieces that measure from the target turn to face it."""
        if ctx.shape.target_op not in ("≤", "<") or self.level is not None or self.deviation or self.counts_lateness:
            return self.cases, self.otherwise
        if _faces_limit(self.cases):  # 在责任指标以内的得满分，突破责任指标的不得分: the text already stays under it
            return self.cases, self.otherwise
        otherwise = self.otherwise
        if isinstance(otherwise, Deduction):
            if otherwise.reference is not None or otherwise.direction != "below":
                return self.cases, self.otherwise
            otherwise = replace(otherwise, direction="above")
        elif isinstance(otherwise, Scaled) and otherwise.high in (TARGET, ONE) and not otherwise.low and not otherwise.inverse \
                and ctx.shape.measure in ("ratio", "rate"):
            # 未完成的按完成比例计分 against ≤90万元: the share of a limit kept is the limit over the actual (95万元 scores
            # 90/95 of the points; the actual over the limit, above 100%, once gave full marks)
            otherwise = replace(otherwise, inverse=True)
        cases = []
        for interval, outcome in self.cases:
            if isinstance(outcome, Deduction) or not self._one_sided(interval) or TARGET not in interval.bounds():
                return self.cases, self.otherwise
            if interval.low == TARGET:
                interval = Interval(high=TARGET, high_inclusive=interval.low_inclusive)
            else:
                interval = Interval(low=TARGET, low_inclusive=interval.high_inclusive)
            cases.append((interval, outcome))
        if not cases and otherwise == self.otherwise:
            return self.cases, self.otherwise
        return tuple(cases), otherwise

    def _otherwise_label(self, cases: tuple[tuple[Interval, Outcome], ...], bound: BoundWriter) -> Expr:
        if len(cases) == 1:
            interval = cases[0][0]
            # the rest of a one-sided band: below ≥90% is 未达到90%, below >90% is 未超过90%, above <80% is 达到80%
            if interval.low is not None and interval.high is None and not interval.magnitude:
                return concat("未达到" if interval.low_inclusive else "未超过", bound.text(interval.low, self.unit))
            if interval.high is not None and interval.low is None and not interval.magnitude:
                return concat("超过" if interval.high_inclusive else "达到", bound.text(interval.high, self.unit))
        return Text("不在评分档位内" if not self.stated_otherwise else "其他情形")
