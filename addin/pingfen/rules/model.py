"""The typed rule model: one class per kind of 评分标准 (DOMAIN.md kinds 1-12 and the 单位自评 default).

A rule compiles, against the ``Shape`` of an indicator's inputs, into a ``Program``: the score and
the 得分计算过程 as ``Expr`` trees. Both interpreters (exact Python, Excel formula) read that one
program, so they cannot drift apart. ``canonical()`` writes the rule back in the wording the parser
reads, which is what ``RULE_CHECK`` and ``pingfen rule`` show.
"""

from __future__ import annotations

from dataclasses import field, fields, is_dataclass
from functools import cached_property
from decimal import Decimal
from collections.abc import Mapping
import os

from .. import TYPE_CHECKING
from ..lazy_dataclass import dataclass
from ..text.lazy_regex import lazy_compile
from .evaluate import Evaluator, format_number, general_text
from .expr import (
    Call, Cmp, Concat, Expr, Fmt, If, IsBlank, Text, Var, all_of, any_of, clamp, concat, div, maximum, minimum, mul, num,
    renamed, round_to, sub, total,
)
from .definitions import is_standard_definition
from ..text.lazy_regex import lazy_compile
from .formula import render_formula
from .inputs import NO, YES, InputError, Shape, grade_text
from .unit_level import UnitLevel, printed_unit_level
from ..quantities import QuantityError, parse_quantity, unit_scale
from ..text.lexicon import MONEY_SCALE
from ..text.normalize import CIRCLED
from ..text.numbers import spelled_place

if TYPE_CHECKING:
    from typing import Any, Protocol
else:
    Protocol = object  # a protocol is for type checkers; at run time a plain base (see pingfen/__init__.py)

ONE = Decimal(1)
NO_METHOD = "评分标准未写明计分方法"
NUMBERS_JUDGED = "要点中的数值是要点的要求，由评价人判断是否符合"
MANUAL_KINDS = frozenset({"manual", "tiers", "met_or_manual"})
ZERO = num(0)
INCOMPLETE = "row_incomplete"  # the helper column that marks rows with an input left blank
FULL = Var("full")
SCORE = Var("score")


_PLACES_SAID = {0: "得分保留整数", 1: "得分保留一位小数"}


def worked_to_score(raw: Expr) -> Expr:
    """``=6分，高于分值，按5分计``: the arithmetic as written, then the bound the score is held to (the 分值 or 0) —
    never ``120%×5=5分``."""
    rounded = round_to(raw, 6)
    return If(Cmp(">", rounded, FULL), concat("=", Fmt(raw), "分，高于分值，按", Fmt(SCORE), "分计"),
              If(Cmp("<", rounded, ZERO), concat("=", Fmt(raw), "分，低于0分，按0分计"), concat("=", Fmt(SCORE), "分")))


def show(value: Decimal, unit: str = "") -> str:
    """A constant as the reports write it: 0.9 with unit % → "90%", 5 → "5", 2026000 元 → "202.6万元"."""
    if unit == "%":
        return general_text(value * 100) + "%"
    if unit == "元":
        return format_number(value, "yuan")
    return general_text(value) + unit


def shown(value: Expr, unit: str) -> Expr:
    """A measured value in an explanation, with its unit."""
    if unit == "元":
        return Fmt(value, "yuan")
    return concat(Fmt(value), unit)


def marker(index: int) -> str:
    """The list marker of the index-th 评价要点 (0-based): ①…⑳, then (21), (22) …"""
    return CIRCLED[index] if index < len(CIRCLED) else f"({index + 1})"


def points_text(points: Decimal | None) -> str:
    return "满分" if points is None else f"{general_text(points)}分"


@dataclass(frozen=True)
class Column:
    """A helper column beside a rule's per-row inputs (the items table of 逐项扣分): row r holds the
    intermediate ``cell(r)``, computed from that row's inputs, the same row's earlier columns and
    (for a running text) the previous row of its own column. The program reads the column as a whole
    through the range ``name`` (SUM over it) or one cell by its name, so no formula grows with the rows."""

    name: str
    title: str  # the header over the column, as the 数据 sheet shows it
    rows: int
    style: str = "number"  # number (1/0), text (one row's words) or running (a list that grows down the column)

    def cell(self, row: int) -> str:
        return f"{self.name}_{row}"


@dataclass(frozen=True)
class Program:
    """A rule compiled for one input shape: the score and explanation trees and the inputs they read."""

    score: Expr
    explanation: Expr
    defs: dict[str, Expr]
    needs: tuple[str, ...]
    columns: tuple[Column, ...] = ()
    optional: tuple[str, ...] = ()  # inputs read only in some cases (the score entered when a point is not met)
    labels: Mapping[str, str] = field(default_factory=dict)  # an input in the rule's own words (资料不齐全的次数)

    @property
    def inputs(self) -> tuple[str, ...]:
        return self.needs + tuple(name for name in self.optional if name not in self.needs)

    @cached_property
    def cells(self) -> frozenset[str]:
        """The intermediates that live in cells of their own: every helper column's cells."""
        return frozenset(column.cell(r) for column in self.columns for r in range(1, column.rows + 1))

    def reads(self, expr: Expr) -> set[str]:
        """The names ``expr`` reads from cells — inputs, helper cells and columns — looking through the
        intermediates a formula inlines."""
        cells, found, seen = self.cells, set(), set()
        pending = [expr]
        while pending:
            for name in _names(pending.pop()):
                if name in self.defs and name not in cells and name not in seen:
                    seen.add(name)
                    pending.append(self.defs[name])
                elif name not in self.defs or name in cells:
                    found.add(name)
        return found


def _names(expr: Expr) -> set[str]:
    """The variables an expression names directly."""
    found: set[str] = set()
    pending: list[object] = [expr]
    while pending:
        node = pending.pop()
        if isinstance(node, (Var, IsBlank)):
            found.add(node.name)
        elif isinstance(node, tuple):
            pending.extend(node)
        elif is_dataclass(node):
            pending.extend(getattr(node, item.name) for item in fields(node))
    return found


@dataclass
class Context:
    """What a rule's compilation collects: definitions, the inputs read, columns, labels."""

    shape: Shape
    label: str
    defs: dict[str, Expr] = field(default_factory=dict)
    needs: list[str] = field(default_factory=list)
    optional: list[str] = field(default_factory=list)
    pending: list[Expr] = field(default_factory=list)  # conditions under which the score awaits data
    definition: Any = None  # the measure's definition (definitions.py), used when its parts are entered
    columns: list[Column] = field(default_factory=list)
    row_needs: set[str] = field(default_factory=set)  # inputs whose blanks a column counts row by row
    labels: dict[str, str] = field(default_factory=dict)
    printed_units: dict[str, str] = field(default_factory=dict)  # the unit a bare entered number is in (Rule.printed_units)
    printed_credits: tuple[tuple[str, Decimal], ...] = ()  # the survey options' credits the text prints (Rule.printed_credits)
    printed_base: Any = None  # last year's amount the text prints (Rule.printed_base)
    base_used: bool = False  # the measure was worked from printed_base (stated_base.with_stated_base checks it was)

    def bare_unit(self, unit: str) -> str:
        """The unit a number entered without one is taken in, against a rule in ``unit``: the unit as the rule prints it."""
        return self.printed_units.get(unit, unit)

    def name_input(self, name: str, label: str) -> None:
        """What the evaluator enters in ``name``, in the rule's words, for the workbook's data sheet."""
        self.labels[name] = label

    def define(self, name: str, expr: Expr) -> Var:
        self.defs[name] = expr
        return Var(name)

    def need(self, *names: str) -> None:
        for name in names:
            if name not in self.needs:
                self.needs.append(name)

    def need_optional(self, *names: str) -> None:
        self.optional.extend(name for name in names if name not in self.optional)

    def blank_when(self, condition: Expr) -> None:
        self.pending.append(condition)

    def absorb(self, other: "Context", names: dict[str, str]) -> None:
        """Another rule's definitions, inputs and pending conditions, renamed by ``names`` (a part's own
        intermediates, or inputs moved along: met_1 → met_2)."""
        for name, expr in other.defs.items():
            self.defs[names.get(name, name)] = renamed(expr, names)
        self.need(*(names.get(name, name) for name in other.needs))
        self.need_optional(*(names.get(name, name) for name in other.optional))
        self.pending.extend(renamed(condition, names) for condition in other.pending)
        self.labels.update({names.get(name, name): label for name, label in other.labels.items()})

    def column(self, name: str, title: str, cells: list[Expr], style: str = "number") -> Var:
        """A helper column of ``cells`` (row 1 first); the variable returned reads it as a range."""
        column = Column(name, title, len(cells), style)
        for row, expr in enumerate(cells, start=1):
            self.defs[column.cell(row)] = expr
        self.columns.append(column)
        return Var(name)

    def need_rows(self, rows: list[list[str]]) -> None:
        """Inputs given row by row: whether each row is complete is a helper column of its own, so
        the test that every input is entered does not grow with the rows either."""
        for names in rows:
            self.need(*names)
            self.row_needs.update(names)
        incomplete = [If(any_of(*(IsBlank(name) for name in names)), num(1), ZERO) for names in rows]
        self.column(INCOMPLETE, "缺数据", incomplete)

    def blank(self) -> Expr:
        """True while an input the rule needs is not entered."""
        tests = [IsBlank(name) for name in self.needs if name not in self.row_needs]
        if any(column.name == INCOMPLETE for column in self.columns):
            tests.append(Cmp(">", Call("SUM", (Var(INCOMPLETE),)), ZERO, exact=True))
        return any_of(*tests, *self.pending)


class Scorer(Protocol):
    kind: str

    def canonical(self, label: str) -> str: ...

    def implied_max(self) -> Decimal | None: ...

    def build(self, ctx: Context) -> tuple[Expr, Expr]: ...

    def default_shape(self, label: str) -> Shape:
        """The inputs a leaf scored by this rule gets in a workbook before any data exist."""
        ...


# ---------------------------------------------------------------- the measured value


CHANGE_WORDS = ("变动", "偏差", "偏离", "增长", "增幅", "调整率", "变化率", "差异率", "误差率", "超支率", "超预算比例", "超预算率",
                "提高比例", "提高率", "提升率", "提升幅度", "提高幅度", "上升幅度", "上涨幅度", "增加幅度", "增加率", "增加比例", "超额完成率", "浮动比例", "浮动率",
                "浮动幅度", "超概算比例", "超概算率", "超支比例", "增长比例", "增量比例")
FALL_WORDS = ("降低率", "下降率", "降幅", "减少率", "节约率", "节支率", "下降幅度", "降低幅度", "压减率", "压缩率", "压减比例", "压缩比例",
              "减少比例", "降低比例", "下降比例", "节余率", "结余率", "减幅", "缩减率", "缩减比例", "缩减幅度", "减少幅度", "结余比例", "节余比例", "节约比例",
              "缩短率", "缩短比例", "缩短幅度")  # (平均办理时长缩短率: a time's cut, once its ratio to the target)


def _plain_ratio(definition: Any) -> bool:
    """调整金额/年初预算(×100%): one named amount over another, nothing subtracted."""
    from .formula import FBin, FName, FNum

    if isinstance(definition, FBin) and definition.op in ("×", "*") and isinstance(definition.right, FNum) \
            and definition.right.value == 1:
        definition = definition.left
    return isinstance(definition, FBin) and definition.op in ("÷", "/") and isinstance(definition.left, FName) \
        and isinstance(definition.right, FName)


def _size_defined(definition: Any) -> bool:
    """|实际支出-预算支出|/预算支出(×100%): a change defined by its size, the difference between bars."""
    from .formula import FAbs, FBin, FGroup, FNum

    if isinstance(definition, FBin) and definition.op in ("×", "*") and isinstance(definition.right, FNum) \
            and definition.right.value == 1:
        definition = definition.left
    while isinstance(definition, FGroup):
        definition = definition.inner
    return isinstance(definition, FBin) and definition.op in ("÷", "/") and isinstance(definition.left, FAbs)


# rates named for a change that are one year's own level: 人口自然增长率 is that year's births less deaths over the
# population (‰), given by the statistics, never this year's amount against last year's — its 责任指标 is its own level
LEVEL_RATES = ("自然增长率", "自然增长")


_LAST_YEAR_SAID = lazy_compile(r"上一?年|去年|同比")  # (a change named against last year, not any 增长率)


def growth_target_unread(ctx: Context) -> None:
    """较上年增长10%以上得5分 with 108% against 100%: the 108% may be the growth itself or this year's share of last
    year's (growth 8%) — a bare % target the rule never reads settles neither, so the two are not scored as the growth
    alone; 12% against ≥10% is a growth and its goal, and steps from the target (每低于上年增幅1个百分点) read it."""
    shape, label = ctx.shape, ctx.label
    if shape.measure == "rate" and shape.has_target and shape.target_op is None and "target" not in ctx.needs \
            and change_of(label) is not None and _LAST_YEAR_SAID.search(label):
        raise InputError(f"“{label}”：实际值与目标值都是百分数，无法确定目标值是上年的数值还是目标增幅；请只在实际值录入增长率"
                         f"（如 8%），或按本年数与上年数录入实际值与目标值（带单位，如 1080万元 与 1000万元）")


def change_of(label: str) -> str | None:
    """变动率 / 增长率 (rise: (本年−上年)/上年, signed) or 降低率 / 节约率 (fall: (上年−本年)/上年): a rate of change
    between two amounts, not their ratio."""
    if any(word in label for word in LEVEL_RATES):
        return None
    if any(word in label for word in FALL_WORDS):
        return "fall"
    if any(word in label for word in CHANGE_WORDS):
        return "rise"
    return None


def rate_measure(ctx: Context) -> tuple[Var, Expr]:
    """The rate a rule scores, and the sentence that shows how it was obtained."""
    shape, label = ctx.shape, ctx.label
    if label.endswith("点数"):  # 林草覆盖率较上年提高0.5个百分点以上: the rates' difference (points_change.py)
        from .points_change import points_change_of, points_measure

        if (points := points_change_of(label)) is not None:
            return points_measure(ctx, points)
    if label in shape.variables:  # 造林成活率达95%…: a part's rate, entered under its own name
        from .entered_rate import entered_with_percent, variable_as_rate

        ctx.need(f"v:{label}")
        rate = Var(f"v:{label}") if entered_with_percent(shape, label) else ctx.define("rate", variable_as_rate(shape, label))
        return rate, concat(label, "=", Fmt(rate, "pct"))
    if ctx.definition is not None and shape.variables:
        from .definitions import defined_measure

        value, shown = defined_measure(ctx.definition, ctx)
        rate = ctx.define("rate", value)
        return rate, concat(label, "=", shown, "=", Fmt(rate, "pct"))
    years = None
    if not shape.measure and ctx.definition is None and change_of(label) is not None:
        from .year_pair import this_and_last_year

        years = this_and_last_year(label, shape.variables)  # 本年接待人次 and 上年接待人次, entered by name
        if years is None and change_of(label) == "rise":
            from .named_pair import named_pair

            years = named_pair(label, shape.variables)  # 实际支出与预算偏差率 with 实际支出 and 预算 entered by name
    stated = ctx.printed_base is not None and shape.measure in ("ratio", "actual") and ctx.definition is None
    change = change_of(label) if shape.measure == "ratio" or years is not None or stated else None
    # 预算调整率=调整金额/年初预算 with the two amounts entered: the ratio the text defines, never the change between
    # them its name suggests (15 against 100 is 15%, once (15−100)/100 = −85%)
    defined = change is not None and ctx.definition is not None and _plain_ratio(ctx.definition)
    if change is not None and not defined:
        # 变动率 / 增长率 from this year's and last year's amounts: (本年−上年)/上年, not 本年/上年 (103 against 100 is +3%)
        names = ("actual", "target") if years is None else tuple(f"v:{name}" for name in years)
        if ctx.printed_base is not None and years is None:
            # 上年签约人数42000人: last year's amount is the text's, never an entered 目标值
            from .stated_base import base_in_unit

            ctx.need("actual")
            ctx.base_used = True
            actual, base = Var("actual"), num(base_in_unit(ctx.printed_base, shape.units[0]))
        else:
            ctx.need(*names)
            actual, base = Var(names[0]), Var(names[1])
        falling = change == "fall"
        moved_by = div(sub(base, actual) if falling else sub(actual, base), base)
        moved = ("(", Fmt(base), "-", Fmt(actual), ")") if falling else ("(", Fmt(actual), "-", Fmt(base), ")")
        if _size_defined(ctx.definition):
            # 偏差率=|实际支出-预算支出|/预算支出: the text defines the deviation's size, an underspend of 2% is 2%
            rate = ctx.define("rate", Call("ABS", (moved_by,)))
            return rate, concat(label, "=|", Fmt(actual), "-", Fmt(base), "|/", Fmt(base), "×100%=", Fmt(rate, "pct"))
        rate = ctx.define("rate", moved_by)
        return rate, concat(label, "=", *moved, "/", Fmt(base), "×100%=", Fmt(rate, "pct"))
    if shape.measure == "ratio":
        ctx.need("actual", "target")
        rate = ctx.define("rate", div(Var("actual"), Var("target")))
        definition = (render_formula(ctx.definition).replace("÷", "/"), "=") if defined else ()
        text = concat(label, "=", *definition, Fmt(Var("actual")), "/", Fmt(Var("target")), "×100%=", Fmt(rate, "pct"))
        return rate, text
    if shape.measure == "rate":
        ctx.need("rate")
        return Var("rate"), concat(label, "=", Fmt(Var("rate"), "pct"))
    if shape.measure == "actual" and shape.units[0] == "%":
        # 增长率达到10%得满分 with 完成值 14% and no 目标值: the value entered in percent is the rate itself
        ctx.need("actual")
        return Var("actual"), concat(label, "=", Fmt(Var("actual"), "pct"))
    if shape.measure == "survey":
        label = "得分率" if label == "完成率" else label  # the reports' name for a survey's rate
        counts = [f"count_{i}" for i in range(1, shape.options + 1)]
        ctx.need(*counts)
        credits = _survey_credits(ctx)
        respondents = ctx.define("respondents", total([Var(c) for c in counts]))
        weighted = total([mul(Var(c), k) for c, k in zip(counts, credits)])
        rate = ctx.define("rate", div(weighted, respondents))
        parts: list[Expr | str] = [label, "=("]
        for index, (c, k) in enumerate(zip(counts, credits)):
            parts += (["+"] if index else []) + [Fmt(Var(c)), "×", Fmt(k, "pct")]
        parts += [")/", Fmt(respondents), "×100%=", Fmt(rate, "pct")]
        return rate, concat(*parts)
    if shape.measure == "dates":
        ctx.need("planned_start", "planned_end", "actual_end")
        planned = ctx.define("planned_days", sub(Var("planned_end"), Var("planned_start")))
        used = ctx.define("actual_days", sub(Var("actual_end"), Var("planned_start")))
        overrun = maximum(ZERO, sub(used, planned))
        rate = ctx.define("rate", sub(num(1), div(overrun, planned)))
        text = concat(
            "计划用时", Fmt(planned), "天，实际用时", Fmt(used), "天，", label, "=", Fmt(rate, "pct")
        )
        return rate, text
    raise InputError(f"“{label}”需要数据：实际值与目标值（actual/target）、比率（rate）、问卷人数（counts/credits）或日期")


def _survey_credits(ctx: Context) -> list[Expr]:
    """Each option's credit: entered (credit_1…), or, with none entered, the ones the text prints, as many as the counts."""
    options = ctx.shape.options
    if not ctx.shape.credits_from_rule:
        credits = [f"credit_{i}" for i in range(1, options + 1)]
        ctx.need(*credits)
        return [Var(k) for k in credits]
    if not ctx.printed_credits:
        raise InputError("问卷选项赋分（credits）没有录入，评分标准也没有写明各选项的赋分")
    if len(ctx.printed_credits) != options:
        said = "、".join(name for name, _ in ctx.printed_credits)
        raise InputError(f"问卷选项人数（{options}项）与评分标准写明赋分的选项（{len(ctx.printed_credits)}项：{said}）个数不一致")
    return [num(credit) for _, credit in ctx.printed_credits]


def count_measure(ctx: Context, unit: str, done: bool = False) -> tuple[Var, Expr]:
    """The count measured; ``done``: a count of things done (不少于7次), which the count of faults (failures) never is."""
    if ctx.label in ctx.shape.variables:  # (2)组织专场招聘会不少于4场…: a part's count, entered under its own name
        ctx.need(f"v:{ctx.label}")
        units = ctx.shape.variable_units
        held = units[ctx.shape.variables.index(ctx.label)] if len(units) == len(ctx.shape.variables) else ""
        value: Expr = Var(f"v:{ctx.label}")
        if held and held != "%":
            value = ctx.define("count", mul(value, num(scale_to_unit(held, unit))))
        return value, concat(ctx.label, "为", shown(value, unit))
    if "actual" not in _available(ctx.shape) and ctx.definition is not None and ctx.shape.variables:
        from .definitions import defined_amount

        return defined_amount(ctx.definition, ctx, unit)  # 单位成本=改造总投资/改造管网长度, its parts entered by name
    if "actual" not in _available(ctx.shape) and ctx.shape.has_failures:
        if done:
            raise InputError(f"“{ctx.label}”需要实际完成的数（actual，如实际开展的次数）：failures 是不符合（缺少）的次数，不能当作完成数")
        ctx.need("failures")  # 投诉件数为0得3分，每增加1件扣1分: the count of failures is the measure
        return Var("failures"), concat(ctx.label, "为", shown(Var("failures"), unit))
    if "actual" not in _available(ctx.shape):
        raise InputError(f"“{ctx.label}”需要实际数（actual）")
    value = actual_in_unit(ctx, unit)
    return value, concat(ctx.label, "为" if ctx.label.endswith("值") else "实际为", shown(value, unit))


def actual_in_unit(ctx: Context, unit: str) -> Expr:
    """The entered actual in ``unit``: 85万元 entered (kept in 元) against ≤90万元 is 85 of the rule's 万元."""
    ctx.need("actual")
    value: Expr = Var("actual")
    scale = scale_to_unit(ctx.shape.units[0] or ctx.bare_unit(unit), unit)
    return ctx.define("actual_in_unit", mul(value, num(scale))) if scale != 1 else value


def _available(shape: Shape) -> set[str]:
    names = set()
    if shape.measure in ("ratio", "actual"):
        names.add("actual")
    if shape.has_target:
        names.add("target")
    return names


def compare(op: str, left: Expr, right: Expr) -> Expr:
    return Cmp({"≥": ">=", "≤": "<=", "=": "="}.get(op, op), left, right)


# ---------------------------------------------------------------- kinds


def kind_counts(ctx: Context, what: str, names: list[str], labels: list[str]) -> list[Var]:
    """failures_1…failures_n: how often each kind the rule lists occurred (kinds of fault, kinds of award),
    needed by the rule and named on the 数据 sheet as the rule words them."""
    if len(names) == 1 and ctx.shape.has_failures and not ctx.shape.failure_kinds:  # one kind: its count as a number
        ctx.need("failures")
        ctx.name_input("failures", f"{what} {labels[0]}")
        return [Var("failures")]
    if ctx.shape.failure_kinds != len(names):
        raise InputError(
            f"评分标准列了{len(names)}种{what}（{'、'.join(names)}），"
            f"数据 failures 应为{len(names)}个次数的列表，实际给了{ctx.shape.failure_kinds or '单个数值'}"
        )
    counts = [Var(f"failures_{index}") for index in range(1, len(names) + 1)]
    for index, (count, label) in enumerate(zip(counts, labels)):
        ctx.need(count.name)
        ctx.name_input(count.name, f"{what}{marker(index)} {label}")
    return counts


def met_inputs(ctx: Context, count: int) -> tuple[list[str], list[Expr]]:
    """The 评价要点 inputs met_1…met_count, needed by the rule, and the test that each is met (是)."""
    names = [f"met_{i}" for i in range(1, count + 1)]
    ctx.need(*names)
    return names, [Cmp("=", Var(name), Text(YES)) for name in names]


POINTS_COUNTED = ("项", "个", "条")  # what a 评价要点 is counted in (每有1项不符合): points that can be ticked one by one


def _held_to(row: int, column: int, level: UnitLevel | None) -> Expr:
    """What the row's value is compared with: its entered target, or the level the requirement prints (in the scale
    the target is entered in)."""
    target = Var(f"item_{row}_target_{column}")
    return target if level is None else level.in_scale_of(target)


def _failing_row(row: int, columns: int, limit: str, level: UnitLevel | None = None) -> Expr:
    tests = [
        compare("<" if limit == "lower" else ">", Var(f"item_{row}_actual_{c}"), _held_to(row, c, level))
        for c in range(1, columns + 1)
    ]
    return any_of(*tests)


@dataclass(frozen=True)
class ItemFailures:
    """每出现1个社区未完成指标量的扣0.5分，扣完为止 (kind 5). ``per`` None: any failure zeroes the
    indicator (存在…没有覆盖的，不得分). ``limit`` lower: actual must reach its target; upper: must not
    exceed it (超过50万元)."""

    per: Decimal | None
    cap: Decimal | None = None
    limit: str = "lower"
    what: str = "项"
    base: Decimal | None = None  # 符合规定得N分 before the deductions; None means 分值
    printed: str = ""  # the limit as the criterion prints it (超过50万元); the items table holds each target
    situation: str = ""  # what each occurrence is, in the criterion's words (未建立 / 发现问题), when no limit is printed
    zero_at: Decimal | None = None  # 有五处及以上错误，不得分: that many occurrences zero the score
    requirement: str = ""  # 在15个工作日内通知各村 (得2分): what earns ``base``, described with its own numbers
    kind: str = "items"

    def canonical(self, label: str) -> str:
        failing = "未达到目标值" if self.limit == "lower" else "超过目标值（限额或计划日期）"
        if self.printed or self.situation:
            failing = self.printed or self.situation
        if self.per is None:
            return f"存在1{self.what}{failing}的，不得分"
        tail = f"最多扣{general_text(self.cap)}分" if self.cap is not None else "扣完为止"
        head = "" if self.base is None else f"{self.requirement}的，得{general_text(self.base)}分，" if self.requirement \
            else f"全部符合得{general_text(self.base)}分，"
        zero = "" if self.zero_at is None else f"；有{general_text(self.zero_at)}{self.what}及以上的，不得分"
        return f"{head}每有1{self.what}{failing}的，扣{general_text(self.per)}分，{tail}{zero}"

    def implied_max(self) -> Decimal | None:
        return self.base

    def default_shape(self, label: str) -> Shape:
        return Shape(has_failures=True)

    @property
    def unit_level(self) -> UnitLevel | None:
        """The one level the requirement each unit is held to prints (未达到“…均应达到75%”), which the units' values are
        compared with instead of the targets entered (unit_level.py)."""
        level = printed_unit_level(self.situation)
        return level if level is not None and level.upper == (self.limit == "upper") else None

    def _table(self, ctx: Context, failing: str) -> tuple[Expr, Expr]:
        """The items table, row by row in helper columns: whether the row fails (1/0), what fails in
        it, and the list of failing rows so far; the count of failing rows is SUM over the first."""
        shape = ctx.shape
        rows, columns = len(shape.item_rows), len(shape.item_columns)
        level = self.unit_level if columns == 1 else None  # (several columns, one level printed: whose it is unsaid)
        sign = "<" if self.limit == "lower" else ">"
        ctx.need_rows([
            [f"item_{r}_actual_{c}" for c in range(1, columns + 1)] + [f"item_{r}_target_{c}" for c in range(1, columns + 1)]
            for r in range(1, rows + 1)
        ])
        fails = ctx.column(
            "item_fails", failing, [If(_failing_row(r, columns, self.limit, level), num(1), ZERO) for r in range(1, rows + 1)]
        )
        texts: list[Expr] = []
        for r in range(1, rows + 1):
            details: list[Expr] = []
            for c in range(1, columns + 1):
                actual, target = Var(f"item_{r}_actual_{c}"), _held_to(r, c, level)
                label = shape.item_columns[c - 1] if columns > 1 else ""
                style = "date" if c in shape.item_dates else "num"
                details.append(If(compare(sign, actual, target), concat("、", label, Fmt(actual, style), sign, Fmt(target, style)), Text("")))
            texts.append(If(
                Cmp("=", Var(f"{fails.name}_{r}"), num(1)),
                concat("、", Var(f"item_{r}_name"), "（", after_first(Concat(tuple(details))), "）"),
                Text(""),
            ))
        text = ctx.column("item_failing", f"{failing}情况", texts, "text")
        # The list so far is tested before it is joined: an error in it is the result as it is, for of
        # two errors joined by "&" Excel shows the left one and LibreOffice the right one.
        listed = "item_listed"
        running = [Var(f"{text.name}_1")] + [
            If(Cmp("=", Var(f"{listed}_{r - 1}"), Text("")), Var(f"{text.name}_{r}"), concat(Var(f"{listed}_{r - 1}"), Var(f"{text.name}_{r}")))
            for r in range(2, rows + 1)
        ]
        ctx.column(listed, f"{failing}情况（累计）", running, "running")
        failures = ctx.define("failures", Call("SUM", (fails,)))
        return failures, Var(f"{listed}_{rows}")

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        shape = ctx.shape
        if shape.item_rows:
            failing = "未达标" if self.limit == "lower" else "超限"
            failures, listed = self._table(ctx, failing)
            found = concat(failing, "：", after_first(listed), "，共", Fmt(failures), self.what)
            none_text = Text("各项均达标" if self.limit == "lower" else "均未超限")
            level = self.unit_level if len(shape.item_columns) == 1 else None
            if level is not None:  # (an entered target other than the level printed: said, the printed one used)
                differs = any_of(*(Cmp("<>", Var(f"item_{r}_target_1"), _held_to(r, 1, level))
                                   for r in range(1, len(shape.item_rows) + 1)))
                note = If(differs, Text(f"（数据中的目标值与评分标准写明的{level.shown}不同，已按{level.shown}比较）"), Text(""))
                found, none_text = concat(found, note), concat(none_text, note)
        elif shape.has_failures:
            ctx.need("failures")
            failures = Var("failures")
            if self.situation and self.per is None:  # 发生安全责任事故的，不得分 → 无“发生安全责任事故”情形
                found = concat("“", self.situation, "”", Fmt(failures), self.what)
                none_text = Text(f"无“{self.situation}”情形")
            else:
                found = concat("不符合", Fmt(failures), self.what)
                none_text = Text("无不符合情形")
        elif shape.points and self.what in POINTS_COUNTED:
            # 资产保存完整、使用合规、配置合理…，每有一项不符合扣0.5分: the points named, each ticked met or not; the
            # failures are the points not met
            _, tests = met_inputs(ctx, shape.points)
            failures = ctx.define("failures", total([If(test, ZERO, num(1)) for test in tests]))
            found = concat("评价要点", Concat(tuple(If(test, Text(""), Text(marker(i))) for i, test in enumerate(tests))),
                           "不符合，共", Fmt(failures), self.what)
            none_text = Text("评价要点均符合")
        elif shape.measure == "ratio":
            # 应覆盖6个、实际覆盖6个: the shortfall is the number of failing items
            ctx.need("actual", "target")
            gap = sub(Var("target"), Var("actual")) if self.limit == "lower" else sub(Var("actual"), Var("target"))
            failures = ctx.define("failures", maximum(ZERO, gap))
            found = concat("应为", Fmt(Var("target")), "，实际为", Fmt(Var("actual")), "，不符合", Fmt(failures), self.what)
            none_text = concat("应为", Fmt(Var("target")), "，实际为", Fmt(Var("actual")), "，全部符合")
        else:
            raise InputError(f"“{ctx.label}”需要逐项数据（items）、不符合项数（failures）或应有数与实际数（target/actual）")
        if self.per is None:
            raw: Expr = If(Cmp(">", failures, ZERO), ZERO, FULL)
            tail: Expr = concat("，不得分")
        else:
            deduction: Expr = mul(failures, num(self.per))
            if self.cap is not None:
                deduction = minimum(num(self.cap), deduction)
            deduction = ctx.define("deduction", deduction)
            raw = maximum(ZERO, sub(FULL if self.base is None else num(self.base), deduction))
            tail = concat("，每", self.what, "扣", general_text(self.per), "分，扣", Fmt(deduction), "分，得", Fmt(SCORE), "分")
        text = If(Cmp(">", failures, ZERO), concat(found, tail), concat(none_text, "，得", Fmt(SCORE), "分"))
        if self.zero_at is not None:
            zeroed = Cmp(">=", failures, num(self.zero_at))
            raw = If(zeroed, ZERO, raw)
            text = If(zeroed, concat(found, "，达到", general_text(self.zero_at), self.what, "，不得分"), text)
        return raw, text


def after_first(text: Expr) -> Expr:
    """Drops the leading "、" of a joined list (MID works alike in every engine; TEXTJOIN does not),
    keeping up to the 32,767 characters a cell holds."""
    return Call("MID", (text, num(2), num(32767)))


@dataclass(frozen=True)
class Checklist:
    """评价要点 (kind 6). Either each point carries its own points (①…（1分）；②…（0.5分）) and the score
    is the sum over the points met, or ``per_fail`` is deducted per point not met from ``base``."""

    points: tuple[Decimal, ...] = ()
    per_fail: Decimal | None = None
    cap: Decimal | None = None
    base: Decimal | None = None
    count: int | None = None
    equal: bool = False  # no points given: each 评价要点 carries 分值/要点数
    # 每发生1起节能违法案件扣1分，扣完为止 after the points: (what, unit, points per occurrence), counted in failures
    penalty: tuple[str, str, Decimal] | None = None
    each: Decimal | None = None  # 每项措施各1.5分: as many points as there are, each worth this much
    none_met_said: bool = False  # (3)上述两项均不符合…0分: the text says again that none met scores 0
    # 镇区主街道实行14小时以上保洁: each point's requirement as written, when numbers in it are requirements judged
    requirements: tuple[str, ...] = ()
    limit: Decimal | None = None  # (有方案0.5分,有总结0.5分,工作开展效果好3分,总分3分): the points met, at most this
    kind: str = "checklist"

    def canonical(self, label: str) -> str:
        if self.each is not None:
            counted = f"共{self.count}项，" if self.count else ""
            return f"评价要点{counted}每项{general_text(self.each)}分，符合的得{general_text(self.each)}分，不符合的不得分"
        if self.equal:
            named = self.requirements or ("",) * (self.count or 0)  # (未确定…的不得分: the one point, named as met)
            listed = "；".join(marker(i) + named[i] for i in range(self.count or 0))
            return f"评价要点：{listed}（各要点平均分配分值，符合的要点得相应分值）"
        if self.points:
            said = self.requirements or ("",) * len(self.points)
            listed = "；".join(f"{marker(i)}{r}（{general_text(p)}分）" for i, (r, p) in enumerate(zip(said, self.points)))
            if self.penalty is not None:
                what, unit, per = self.penalty
                listed += f"（符合的要点得相应分值）；每发生1{unit}{what}扣{general_text(per)}分，扣完为止"
                return f"评价要点：{listed}"
            none_met = f"，{len(self.points)}项均不符合的不得分" if self.none_met_said else ""
            judged = f"，{NUMBERS_JUDGED}" if any(c.isdigit() for r in self.requirements for c in r) else ""
            limit = "" if self.limit is None else f"；总分{general_text(self.limit)}分"
            return f"评价要点：{listed}（符合的要点得相应分值{none_met}{judged}）{limit}"
        count = f"{self.count}个" if self.count else ""
        tail = f"，最多扣{general_text(self.cap)}分" if self.cap is not None else "，扣完为止"
        return f"{count}评价要点都符合得{points_text(self.base)}，1个不符合扣{general_text(self.per_fail or Decimal(0))}分{tail}"

    def implied_max(self) -> Decimal | None:
        if self.points:
            return min(sum(self.points, Decimal(0)), self.limit if self.limit is not None else sum(self.points, Decimal(0)))
        if self.each is not None and self.count:
            return self.each * self.count  # 共25项，每项2分: 50, what 校验 compares with the 分值
        return self.base

    def default_shape(self, label: str) -> Shape:
        count = len(self.points) or self.count
        return Shape(points=count) if count else Shape(has_failures=True)

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        shape = ctx.shape
        expected = len(self.points) or self.count
        if shape.points:
            if expected and shape.points != expected:
                raise InputError(f"评分标准有{expected}个评价要点，数据 met 给了{shape.points}个")
            names = [f"met_{i}" for i in range(1, shape.points + 1)]
            ctx.need(*names)
            named = len(self.requirements) == len(names) == len(self.points)
            if named:  # the data sheet names each as the text does
                for index, (name, requirement, points) in enumerate(zip(names, self.requirements, self.points)):
                    ctx.name_input(name, f"评价要点{marker(index)}（{general_text(points)}分） {requirement}")
            # 评价要点②（有工作总结）不符合: the point missed, as the report names it (an Excel text is at most 255 characters)
            said = [f"{marker(i)}（{_shortened(self.requirements[i])}）" if named else marker(i) for i in range(len(names))]
            unmet = Concat(tuple(If(Cmp("=", Var(n), Text(NO)), Text(said[i]), Text("")) for i, n in enumerate(names)))
            failures: Expr = ctx.define(  # the penalty's own count is the failures input
                "unmet" if self.penalty else "failures", total([If(Cmp("=", Var(n), Text(NO)), num(1), ZERO) for n in names])
            )
        elif shape.has_failures and not self.points and (self.count or not self.equal):
            ctx.need("failures")
            failures = Var("failures")
            unmet = concat(Fmt(failures), "个")
        else:
            raise InputError("评价要点需要逐项是否符合（met）" + ("" if self.points else "或不符合个数（failures）"))
        if self.each is not None:
            met = sub(num(shape.points or self.count), failures) if shape.points or self.count else None
            raw: Expr = minimum(FULL, mul(met, num(self.each))) if met is not None else \
                maximum(ZERO, sub(FULL, mul(failures, num(self.each))))
            lost = ""
        elif self.points:
            raw = total(
                [If(Cmp("=", Var(f"met_{i}"), Text(YES)), num(p), ZERO) for i, p in enumerate(self.points, start=1)]
            )
            if self.limit is not None:
                raw = minimum(num(self.limit), raw)
            lost = ""
            if self.penalty is not None:
                return self._penalized(ctx, raw, unmet, failures)
        elif self.equal:
            count = num(shape.points or self.count or 1)
            raw = mul(FULL, div(sub(count, failures), count))
            lost = ""
        else:
            deduction: Expr = mul(failures, num(self.per_fail or 0))
            if self.cap is not None:
                deduction = minimum(num(self.cap), deduction)
            deduction = ctx.define("deduction", deduction)
            base = FULL if self.base is None else num(self.base)
            raw = maximum(ZERO, sub(base, deduction))
            lost = "扣"
        text = If(
            Cmp("=", failures, ZERO),
            concat("评价要点均符合，得", Fmt(SCORE), "分"),
            concat("评价要点", unmet, "不符合，", (concat(lost, Fmt(Var("deduction")), "分，") if lost else Text("")), "得", Fmt(SCORE), "分"),
        )
        return raw, text


    def _penalized(self, ctx: Context, met: Expr, unmet: Expr, unmet_count: Expr) -> tuple[Expr, Expr]:
        """The points met, less the penalty per occurrence entered in failures, never below 0."""
        what, unit, per = self.penalty  # type: ignore[misc]
        if not ctx.shape.has_failures:
            raise InputError(f"需要录入发生{what}的{unit}数（failures）")
        ctx.need("failures")
        ctx.name_input("failures", f"{what}（每{unit}扣{general_text(per)}分）的{unit}数")
        earned = ctx.define("earned", met)
        deduction = ctx.define("deduction", mul(Var("failures"), num(per)))
        points = If(Cmp("=", unmet_count, ZERO), Text("评价要点均符合"), concat("评价要点", unmet, "不符合"))
        return maximum(ZERO, sub(earned, deduction)), concat(
            points, "，得", Fmt(earned), "分", If(
                Cmp(">", deduction, ZERO), concat("；", what, Fmt(Var("failures")), unit, "，扣", Fmt(deduction), "分"), Text(""),
            ), "，得", Fmt(SCORE), "分",
        )


def _shortened(requirement: str, most: int = 30) -> str:
    return requirement if len(requirement) <= most else requirement[: most - 1] + "…"


@dataclass(frozen=True)
class AnyOf:
    """有年度实施计划或上级批复文件的计2分，没有的不得分: any one of the alternatives earns the points."""

    points: Decimal
    alternatives: tuple[str, ...]  # 有年度实施计划 / 上级批复文件
    kind: str = "any_of"

    def canonical(self, label: str) -> str:
        return f"{'或'.join(self.alternatives)}的计{general_text(self.points)}分，没有的不得分"

    def implied_max(self) -> Decimal | None:
        return self.points

    def default_shape(self, label: str) -> Shape:
        return Shape(points=len(self.alternatives))

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        count = len(self.alternatives)
        if ctx.shape.points not in (1, count):  # one answer for all, or one per alternative
            raise InputError(f"评分标准有{count}种可选情形，数据 met 应给1个或{count}个，实际给了{ctx.shape.points}个")
        _, tests = met_inputs(ctx, ctx.shape.points)
        met = any_of(*tests)
        which: Expr = concat(*(If(test, Text(marker(i)), Text("")) for i, test in enumerate(tests)))
        if len(tests) == 1:  # one answer for all the alternatives: which one held is not known
            which = Text(f"“{'或'.join(self.alternatives)}”")
        return If(met, num(self.points), ZERO), If(
            met, concat("具备", which, "，得", Fmt(SCORE), "分"), Text("所列情形均不具备，得0分")
        )


@dataclass(frozen=True)
class ByCount:
    """两项均符合计2分；满足一项计1分；均不满足不得分: the points follow how many of the points are met."""

    points: tuple[tuple[int, Decimal | None], ...]  # (count met, points), highest count first; None: 满分
    count: int
    kind: str = "by_count"

    def canonical(self, label: str) -> str:
        listed = "；".join(f"符合{n}项得{'满分' if p is None else general_text(p) + '分'}" for n, p in self.points)
        return f"{self.count}个评价要点，{listed}；其余不得分"

    def implied_max(self) -> Decimal | None:
        if any(points is None for _, points in self.points):
            return None
        return max(points for _, points in self.points)  # type: ignore[type-var]

    def default_shape(self, label: str) -> Shape:
        return Shape(points=self.count)

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        if not ctx.shape.points and ctx.shape.measure == "actual" and not ctx.shape.has_target:
            return self._by_entered_count(ctx)
        if ctx.shape.points != self.count:
            raise InputError(f"评分标准有{self.count}个评价要点，数据 met 给了{ctx.shape.points}个")
        _, tests = met_inputs(ctx, self.count)
        met = ctx.define("met_count", total([If(test, num(1), ZERO) for test in tests]))
        raw: Expr = ZERO
        for count, points in reversed(self.points):
            raw = If(Cmp("=", met, num(count)), FULL if points is None else num(points), raw)
        return raw, concat("符合", Fmt(met), "项，得", Fmt(SCORE), "分")

    def _by_entered_count(self, ctx: Context) -> tuple[Expr, Expr]:
        """1个,1分;2个,1.5分;3个,2分 with the count entered (actual: 2个): the points of that count; more than the most
        listed is not priced (an error, never 0 nor the top points)."""
        ctx.need("actual")
        count = Var("actual")
        raw: Expr = ZERO
        for listed, points in reversed(self.points):
            raw = If(Cmp("=", count, num(listed)), FULL if points is None else num(points), raw)
        raw = If(Cmp(">", count, num(self.count)), Call("NA", ()), raw)
        text = If(Cmp(">", count, num(self.count)),
                  concat("实际数", Fmt(count), "多于评分标准所列最多的", general_text(Decimal(self.count)), "项，得分没有写明，请录入得分"),
                  concat("实际数", Fmt(count), "，得", Fmt(SCORE), "分"))
        return raw, text


@dataclass(frozen=True)
class ByUnmetCount:
    """全部达标得5分，1项不达标得3分，2项及以上不达标不得分: the points follow how many points are not met — 0, 1, …,
    and the last band from its count up. The count of points need not be known (the evaluator enters how many are
    not met, ``failures``); when it is (①…②…③… listed, 3项全部满足), each point may be ticked (``met``)."""

    points: tuple[Decimal, ...]  # points[i] for i points not met; the last from len(points) - 1 not met up
    count: int | None = None  # how many 评价要点 there are, when the text lists or counts them
    kind: str = "by_unmet"

    def canonical(self, label: str) -> str:
        def scored(points: Decimal) -> str:
            return "不得分" if points == 0 else f"得{general_text(points)}分"

        most = len(self.points) - 1
        counted = f"{self.count}项" if self.count else ""
        rungs = [f"{n}项{'及以上' if n == most else ''}不符合{scored(p)}" for n, p in enumerate(self.points) if n]
        return "；".join([f"{counted}全部符合{scored(self.points[0])}", *rungs])

    def implied_max(self) -> Decimal | None:
        return self.points[0]

    def default_shape(self, label: str) -> Shape:
        return Shape(points=self.count) if self.count else Shape(has_failures=True)

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        shape = ctx.shape
        if shape.points:
            if self.count and shape.points != self.count:
                raise InputError(f"评分标准有{self.count}个评价要点，数据 met 给了{shape.points}个")
            names, tests = met_inputs(ctx, shape.points)
            unmet = ctx.define("failures", total([If(test, ZERO, num(1)) for test in tests]))
            which: Expr = concat("评价要点", Concat(tuple(If(test, Text(""), Text(marker(i))) for i, test in enumerate(tests))),
                                 "不符合，共", Fmt(unmet), "项")
        elif shape.has_failures:
            ctx.need("failures")
            ctx.name_input("failures", "不符合的评价要点个数")
            unmet = Var("failures")
            which = concat("不符合的评价要点", Fmt(unmet), "项")
        else:
            raise InputError("按不符合项数计分需要逐项是否符合（met）或不符合项数（failures）")
        most = len(self.points) - 1
        raw: Expr = num(self.points[most])
        for count in range(most - 1, -1, -1):  # 0 not met first: each band is the count itself, the last from it up
            raw = If(Cmp("<=", unmet, num(count)), num(self.points[count]), raw)
        return raw, If(Cmp("=", unmet, ZERO), concat("评价要点均符合，得", Fmt(SCORE), "分"),
                       concat(which, "，得", Fmt(SCORE), "分"))


@dataclass(frozen=True)
class Manual:
    """酌情扣分 (kind 10): the evaluator enters a score within [0, 分值] and a reason."""

    hint: str = ""
    most: Decimal | None = None  # 视情况扣分，最多扣2分: the evaluator's score is at least 分值 − 2
    kind: str = "manual"

    def canonical(self, label: str) -> str:
        if self.hint == NO_METHOD:
            return f"{NO_METHOD}：由评价人员在分值范围内录入得分，并写明理由"
        if self.most is not None:
            return f"酌情扣分，最多扣{general_text(self.most)}分：由评价人员录入得分，并写明理由"
        if self.hint.endswith("为准"):  # 按班级文化建设观摩评分为准: the score another assessment gave
            return f"{self.hint}：由评价人员在分值范围内录入得分，并写明理由"
        return "酌情评分：由评价人员在分值范围内录入得分，并写明理由"

    def implied_max(self) -> Decimal | None:
        return None

    def default_shape(self, label: str) -> Shape:
        return Shape()

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        ctx.need("manual")
        if self.most is None:
            return Var("manual"), concat("酌情评分，得", Fmt(SCORE), "分", reason_note())
        low = maximum(num(0), sub(FULL, num(self.most)))
        inside = all_of(Cmp(">=", Var("manual"), low), Cmp("<=", Var("manual"), FULL))
        text = concat(
            "酌情扣分（最多扣", general_text(self.most), "分），得", Fmt(SCORE), "分",
            range_note(inside, low, FULL),
            reason_note(),
        )
        return Var("manual"), text


def reason_note() -> Expr:
    """。理由：… after an entered score, or （未填写理由） when the evaluator gave none."""
    return If(IsBlank("reason"), Text("（未填写理由）"), concat("。理由：", Var("reason")))


def range_note(inside: Expr, low: Expr, high: Expr) -> Expr:
    """（应在5-9分之间，请核对） after an entered score outside the range the criterion allows."""
    return If(inside, Text(""), concat("（应在", Fmt(low), "-", Fmt(high), "分之间，请核对）"))


@dataclass(frozen=True)
class Unconditional:
    """资金使用符合规定得4分；如存在截留、挤占…此项不得分: the points stand unless the rule's zeroing
    condition holds (which the rule applies on top); ``points`` None is 分值, when the text only says
    when the indicator scores nothing (发现虚列支出的，本指标得0分)."""

    points: Decimal | None = None
    kind: str = "unconditional"

    def canonical(self, label: str) -> str:
        return f"符合规定的，得{points_text(self.points)}"

    def implied_max(self) -> Decimal | None:
        return self.points

    def default_shape(self, label: str) -> Shape:
        return Shape(has_zeroed=True)

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        assumed = "（评分标准只写明不得分的情形）" if self.points is None else ""
        return (FULL if self.points is None else num(self.points)), concat(f"未出现否决情形{assumed}，得", Fmt(SCORE), "分")


_NEGATIONS = ("不", "未", "无", "没")
# 达到 typed is not the 基本达到 of an option (nor 好 the 较好): a lesser degree holds the word, as 不合格 holds 合格
_LESSER = ("基本", "部分", "较")
_NEGATIONS_AFTER = ("不", "未")  # 建立不完善 / 开展未到位: the word typed, then undone
_ABSENCE_WORDS = ("无", "没有", "未", "否", "不", "没")


_REST_WORDS = ("其他", "其它", "否则", "其他情况")


def _otherwise_typed(names: list[str]) -> Expr:
    """A grade typed as the rest a rule's 否则 scores: 其他/否则, or a negation (无、没有兼职人员、未配备) unless a listed
    grade is itself said in the negative (无结余3分: 无 typed may mean it)."""
    rest = [Cmp("=", Var("grade"), Text(word)) for word in _REST_WORDS]
    if any(name.startswith(_NEGATIONS) for name in names):
        return any_of(*rest)
    first = Call("LEFT", (Var("grade"), num(1)))
    return any_of(*(Cmp("=", first, Text(word)) for word in _NEGATIONS + ("否",)), *rest)


def _own_words(names: list[str]) -> list[str]:
    """Each option without the words every option opens with (分类垃圾的收运…情况符合要求 / …情况不符合要求 → 符合要求 /
    不符合要求), or the names as they are where they share none (or one would be left empty)."""
    shared = len(os.path.commonprefix(names)) if len(names) > 1 else 0
    if shared < 2 or any(len(name) == shared for name in names):
        return names
    return [name[shared:] for name in names]


# 专家评审结论为“通过 / 评估结果为优秀: the first option opens with what is graded, the rest name the grade alone
_LEAD_IN = lazy_compile(r"^[\u4e00-\u9fff]{0,12}?(?:结论|结果|等级|等次|级别|意见)(?:为|是)“?")


def _lead_in_dropped(names: list[str]) -> list[str]:
    """Each option without the opening that says what is graded (…结论为“), where what is left names no other option."""
    bare = [_LEAD_IN.sub("", name).strip("“”") for name in names]
    return [name if not left or any(left == other for other in names) or left == name else left
            for name, left in zip(names, bare)]


class LessFull(Decimal):
    """A grade's points said as a deduction from 满分 (制度不健全扣1分 beside 制度健全得满分): the 分值 less this much."""

    __slots__ = ()


@dataclass(frozen=True)
class GradeMap:
    """第三方评估等级良好得14分 (kind 12)."""

    # None: 满分 (考核项目全面得满分，仅有理论考试得2分); LessFull: the 分值 less that much (制度健全得满分，制度不健全扣1分);
    # below 0: the option's own negative score (其他(-1分))
    grades: tuple[tuple[str, Decimal | None], ...]
    discretion: str = ""  # 存在支出不符合…的，酌情扣分: the evaluator may enter a lower score
    of_full: bool = False  # 明显改善的得满分，有所改善的得50%分值: each grade a share of the 分值
    otherwise_zero: bool = False  # …，否则得0分: a grade said in the negative (无、没有专职人员) or 其他 scores 0
    kind: str = "grade"

    def _shown(self, points: Decimal | None) -> str:
        if points is None:
            return "满分"
        if isinstance(points, LessFull):
            return f"扣{general_text(points)}分"
        if not self.of_full:
            return f"{general_text(points)}分"
        return "得满分" if points == 1 else "不得分" if points == 0 else f"得分值的{general_text(points * 100)}%"

    def canonical(self, label: str) -> str:
        # 环境容量指标EC 100分: a name ending in Latin letters would swallow the points' digits (PM10 is a name)
        text = "等级得分：" + "，".join(
            f"{name}{' ' if name[-1:].isascii() and name[-1:].isalpha() else ''}{self._shown(points)}" for name, points in self.grades)
        return text + ("，否则不得分" if self.otherwise_zero else "") + (f"；{self.discretion}" if self.discretion else "")

    def implied_max(self) -> Decimal | None:
        if self.of_full or any(points is None for _, points in self.grades):
            return None
        if len(self.grades) == 1 and not self.otherwise_zero:
            return None  # 等级得分：良好14分 — only the grade that occurred is printed, not what the best would earn
        return max(points for _, points in self.grades)  # type: ignore[type-var]

    def _points(self, points: Decimal | None) -> Expr:
        if points is None:
            return FULL
        if isinstance(points, LessFull):
            return maximum(ZERO, sub(FULL, num(points)))
        return mul(FULL, num(points)) if self.of_full else num(points)

    def default_shape(self, label: str) -> Shape:
        return Shape(has_grade=True)

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        if not ctx.shape.has_grade and ctx.shape.variables:
            by_amounts = self._by_amounts(ctx)
            if by_amounts is not None:
                return by_amounts
        from .met_option import answered_by_met, met_or_failed  # (here: a grade map's programs only, not every rule's start)

        if answered_by_met(self, ctx.shape):  # 按规定征收的计5分；擅自…的计0分 answered met / not met (met_option.py)
            return met_or_failed(self, ctx, self._points(self.grades[0][1]))
        if not ctx.shape.has_grade:
            raise InputError("等级得分需要等级（grade），如“良好”")
        ctx.need("grade")
        # the grade as written (良好), else the one option whose wording holds what was typed (没有取得无公害认证)
        # a grade typed with or without its punctuation (rubric data drop it: 私人、其他账户 → 私人其他账户)
        forms = [dict.fromkeys((name, grade_text(name), spelled_place(name))) for name, _ in self.grades]  # 第2名 typed 第二名
        for written, own in zip(forms, _own_words([name for name, _ in self.grades])):
            written.setdefault(own)  # …情况不符合要求 typed 不符合要求: what sets the option apart, not the 明显不符合要求 holding it
        for written, bare in zip(forms, _lead_in_dropped([name for name, _ in self.grades])):
            written.setdefault(bare)  # 专家评审结论为“通过 typed 通过: the grade itself, not the 修改后通过 that holds it
        exact = [any_of(*(Cmp("=", Var("grade"), Text(form)) for form in written)) for written in forms]
        # (never inside a longer run of its own first letter: AA级 typed is not the AAA级 of 创建成功AAA级及以上 — once the
        # first option holding it, 3 points for a 2A area)
        run = concat(Call("LEFT", (Var("grade"), num(1))), Var("grade"))
        within = [any_of(*(all_of(Call("ISNUMBER", (Call("FIND", (Var("grade"), Text(form))),)),
                                  Call("ISERROR", (Call("FIND", (run, Text(form))),))) for form in written)) for written in forms]
        # typed words an option holds as they are, not negated (合格 is not 检查不合格's), and never an absence word
        # alone (无 is in 有评价记录无方案 and 有方案无记录, and means neither)
        # (only an option with 不 can hold 不合格); nor negated after it (建立 typed is not the 建立不完善 of an option)
        within = [all_of(held, *(Call("ISERROR", (Call("FIND", (concat(negation, Var("grade")), Text(name))),))
                                 for negation in _NEGATIONS + _LESSER if negation in name),
                         *(Call("ISERROR", (Call("FIND", (concat(Var("grade"), negation), Text(name))),))
                           for negation in _NEGATIONS_AFTER if negation in name))
                  for held, (name, _) in zip(within, self.grades)]
        words_typed = Call("NOT", (any_of(*(Cmp("=", Var("grade"), Text(word)) for word in _ABSENCE_WORDS)),))
        unlisted: Expr = Call("NA", ())  # a grade the rule does not list is a typing error, not the lowest grade
        rest_typed = _otherwise_typed([name for name, _ in self.grades]) if self.otherwise_zero else None
        if rest_typed is not None:  # …否则得0分: 无 / 没有专职人员 / 其他 is the rest; any other unlisted word stays a typing error
            unlisted = If(rest_typed, ZERO, unlisted)
        raw: Expr = unlisted
        for (_, points), held in reversed(list(zip(self.grades, within))):
            raw = If(held, self._points(points), raw)
        # typed words two options hold (通过 in 一次性通过 and 修改后通过) name neither: never the first of them
        shared = Cmp(">", total([If(held, num(1), num(0)) for held in within]), num(1)) if len(within) > 1 else None
        raw = If(words_typed, raw if shared is None else If(shared, Call("NA", ()), raw), unlisted)
        for (_, points), same in reversed(list(zip(self.grades, exact))):
            raw = If(same, self._points(points), raw)
        listed = "、".join(name for name, _ in self.grades)
        note = f"（另：{self.discretion}，可在录入得分中扣减）" if self.discretion else ""
        not_listed = concat("评价等级“", Var("grade"), "”不是评分标准所列等级（", listed, "）之一，请录入其中之一")
        if rest_typed is not None:
            rest = concat("评价等级“", Var("grade"), "”不属所列等级（", listed, "），按“否则不得分”得0分")
            not_listed = If(rest_typed, rest, not_listed)
        text: Expr = not_listed
        for (name, _), held in reversed(list(zip(self.grades, within))):
            text = If(held, concat("评价等级“", Var("grade"), "”按“", name, "”计，得", Fmt(SCORE), "分", note), text)
        if shared is not None:
            text = If(shared, concat("评价等级“", Var("grade"), "”同属所列等级（", listed, "）中的两项以上，请录入完整的等级"), text)
        text = If(words_typed, text, not_listed)
        for same in reversed(exact):
            text = If(same, concat("评价等级为", Var("grade"), "，得", Fmt(SCORE), "分", note), text)
        return raw, text

    def _by_amounts(self, ctx: Context) -> tuple[Expr, Expr] | None:
        """无结余3分；有结余但未超过上年结转2分；否则不得分 — from the amounts entered by name."""
        from .situations import situations

        variables = ctx.shape.variables
        conditions = situations([name for name, _ in self.grades], variables)
        if any(condition is None for condition in conditions):
            return None
        ctx.need(*(f"v:{name}" for name in variables))
        amounts = concat(*(part for i, name in enumerate(variables) for part in (("，" if i else ""), name, Fmt(Var(f"v:{name}")))))
        raw: Expr = ZERO
        text: Expr = concat(amounts, "，不属于所列情形，得0分")
        if not self.otherwise_zero:  # (高于上年的得3分，低于上年的不得分: level with last year is in no option — never 0)
            raw, text = Call("NA", ()), concat(amounts, "，不属于所列情形（评分标准未写明其得分），请核对后录入得分")
        for (name, points), condition in reversed(list(zip(self.grades, conditions))):
            raw = If(condition, self._points(points), raw)  # type: ignore[arg-type]
            text = If(condition, concat(amounts, "，属“", name, "”，得", Fmt(SCORE), "分"), text)  # type: ignore[arg-type]
        return raw, text


@dataclass(frozen=True)
class TargetDefault:
    """单位自评 default (财预〔2020〕10号): 完成值达到指标值记满分；未达到的，正向指标按完成值/指标值、反向
    指标按指标值/完成值乘以分值. ``level`` None takes the target input; ``op`` "" means the text gives no
    operator (年度指标值“15万元”): the entered target's operator decides, else ≥. Amounts stay in the unit
    written (90 万元), and a bare actual is taken in that unit."""

    op: str = "≥"
    level: Decimal | None = None
    unit: str = ""
    kind: str = "target"
    magnitude: bool = False  # 偏差率控制在±5%以内, 误差≤±5%: a tolerance on the absolute value
    # 得分=实际完成值/指标值×10 / 优抚对象覆盖人数(10分):…: the points the ratio multiplies, printed in it or in the
    # heading over it (None: ×分值, or no formula) — the 分值 the default scores in full, which 校验 compares with the
    # indicator's (a heading's points must be the ratio's: rules/heading_points.py); the 规范写法 says ×分值 either way
    printed_points: Decimal | None = field(default=None, compare=False, repr=False)
    # the rule says the default's method (完成值/指标值×分值, 按完成比例计分), not a bare target alone (满意度不低于95%,
    # which under a heading's points may as well be a level short of its award): only then is a heading's points its 分值
    method_said: bool = field(default=False, compare=False, repr=False)

    @property
    def _none_allowed(self) -> bool:
        """安全事故0起, =0起: none is the most allowed (an upper limit), so one incident misses it."""
        return self.level == 0 and self.op in ("", "=")

    def canonical(self, label: str) -> str:
        ratio = "指标值/完成值" if self.op in ("≤", "<") or self._none_allowed else "完成值/指标值"
        if not self.op and self.level is None:
            ratio = "完成值/指标值或指标值/完成值（反向指标）"
        rule = f"完成值达到指标值记满分，未达到按{ratio}×分值记分"
        if self.level is None:
            return rule
        level = f"{general_text(self.level)}{self.unit}" if self.unit in MONEY_SCALE else show(self.level, self.unit)
        return f"指标值{self.op}{'±' if self.magnitude else ''}{level}：{rule}"  # amounts in the unit written: a bare actual is read in it

    def default_shape(self, label: str) -> Shape:
        return Shape(measure="rate" if self.unit == "%" else "actual", has_target=self.level is None)

    def printed_standard(self) -> tuple[Decimal, str] | None:
        return None if self.level is None else (self.level, self.unit)

    def implied_max(self) -> Decimal | None:
        return self.printed_points  # (the 分值 it scores in full, printed as ×10 or in its heading: 校验 compares it)

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        shape = ctx.shape
        if shape.points == 1 and shape.measure == "":
            # 完成值 written as 完成/未完成 (是/否): met earns 分值, as a qualitative target would
            ctx.need("met_1")
            met_1 = Cmp("=", Var("met_1"), Text(YES))
            return If(met_1, FULL, ZERO), If(
                met_1, concat("完成值：达到指标值，得满分", Fmt(SCORE), "分"), Text("完成值：未达到指标值，得0分")
            )
        unit = self.unit or (shape.units[1] if self.level is None else "") or shape.units[0]
        percent = unit == "%"
        # Without an operator in the rule, the target as entered (≤202.6万元) says which way it bounds.
        entered = {">": "≥", "<": "≤"}.get(shape.target_op or "", shape.target_op or "")
        op = self.op if self.op and (self.level is not None or not entered) else (entered or "≥")
        if self._none_allowed:
            op = "≤"
        if percent:
            value, measured = rate_measure(ctx)  # actual/target, a stated rate or a survey
        else:
            value, measured = count_measure(ctx, unit)  # 1,000,000元 against ≤90万元: in the rule's unit
        if self.magnitude:  # −7% lies outside ±5%: its absolute value is what the tolerance bounds
            value = ctx.define("magnitude", Call("ABS", (value,)))
            measured = concat(measured, "，取绝对值", Fmt(value, "pct") if percent else shown(value, unit))
        if self.level is not None:
            level: Expr = num(self.level)
            level_text: Expr = Text(f"{op}{'±' if self.magnitude else ''}{show(self.level, self.unit)}")
            if not self.op:
                level_text = concat(level_text, "（未写比较符号，按", "上限" if op in ("≤", "<") else "下限", "理解）")
        elif shape.has_target and shape.measure in ("ratio", "actual", "rate"):
            ctx.need("target")
            level = Var("target")
            level_text = concat(op, Fmt(level, "pct") if percent else shown(level, unit))
        else:
            raise InputError("需要指标值：在评分标准中写明（如“≥21933人”）或录入目标值（target）")
        met = compare("≥" if op == "=" else op, value, level)  # =100%: reaching it is meeting it (98% of =95% too)
        upper = op in ("≤", "<")
        ratio = div(level, value) if upper else div(value, level)
        style = "pct" if percent else ("yuan" if unit == "元" else "num")
        left, right = (level, value) if upper else (value, level)
        raw = If(met, FULL, mul(ratio, FULL))
        missed = concat("，得分=", Fmt(left, style), "/", Fmt(right, style), "×", Fmt(FULL), worked_to_score(raw))
        if self.level is not None and self.level < 0:
            # ≥-5% missed by -8%: -8%/-5% = 160% would be full marks — a ratio of two negatives means nothing
            raw = If(met, FULL, Call("NA", ()))
            missed = Text("；指标值为负数，不能按完成值与指标值之比计分：请录入得分并写明理由")
        text = concat(
            measured if percent else concat("完成值", shown(value, unit)),
            If(
                met,
                concat("，达到指标值", level_text, "，得满分", Fmt(SCORE), "分"),
                concat("，超过指标值" if upper else "，未达到指标值", level_text, missed),
            ),
        )
        return raw, text


def scale_to_unit(written: str, wanted: str) -> Decimal:
    """The entered amount's unit in the rule's (元 in 万元, 公斤 in 吨, 分钟 in 小时); 1 where they do not convert."""
    try:
        scale = unit_scale(written, wanted)
    except QuantityError as error:
        raise InputError(str(error)) from None
    return Decimal(1) if scale is None else scale


def _rates_entered_apart(tree: object, ctx: Context) -> None:
    """实际下降率/目标下降率×6 with one rate entered: each rate is a value of its own, entered by its name (vars) — never
    both the one rate entered (once 2.5%÷2.5%×6 = 6 for 2.5% against 3%)."""
    from .formula import ACTUAL_NAMES, FULL_NAMES, TARGET_NAMES, measured_rates

    known = set(FULL_NAMES + ACTUAL_NAMES + TARGET_NAMES) | set(ctx.shape.variables)
    rates = sorted(measured_rates(tree, ctx.label, known))  # type: ignore[arg-type]
    if len(rates) > 1:
        raise InputError(f"公式中的{'、'.join(f'“{name}”' for name in rates)}是不同的比率，请分别录入（vars），"
                         "不能都取同一个录入的比率")


@dataclass(frozen=True)
class Formula:
    """Bespoke arithmetic written in the rubric (kind 9), parsed — never eval'd — into an ``Expr``.
    ``build_expr`` maps the names it uses (分值, the measure, rubric variables) to inputs."""

    source: str
    tree: "FormulaNode"
    kind: str = "formula"
    # 其中:若调剂金额/年初预算数>0.1，此项得0分: (its wording, its arithmetic, comparison, bound)
    zero_when: tuple[str, "FormulaNode", str, Decimal] | None = None
    cap: Decimal | None = None  # 得分=实际完成投资/计划投资×5，最高5分: the highest score the text allows
    # 得分=(宫颈癌筛查完成率×50%+乳腺癌筛查完成率×50%)×6分，完成率超过100%的按100%计: the rates named so (by the end
    # their names share) each count at most 100% in the formula (rules/rates_held.py)
    held_rates: str | None = field(default=None, repr=False)

    def canonical(self, label: str) -> str:
        text = f"得分={self.source}" + ("" if self.cap is None else f"，最高{general_text(self.cap)}分")
        if self.held_rates is not None:
            text += f"，{self.held_rates}超过100%的按100%计"
        if self.zero_when is not None:
            shown, _, symbol, bound = self.zero_when
            return f"{text}；若{shown}{symbol}{general_text(bound)}，得0分"
        return text

    def implied_max(self) -> Decimal | None:
        return self.cap

    def default_shape(self, label: str) -> Shape:
        from .formula import ACTUAL_NAMES, FULL_NAMES, TARGET_NAMES, entered_measure, formula_names, measured_rates

        if entered_measure(self.tree, ()) is not None:
            return Shape(measure="actual")
        names = formula_names(self.tree)
        known = set(FULL_NAMES + ACTUAL_NAMES + TARGET_NAMES)
        rates = measured_rates(self.tree, label)
        if len(rates) > 1:
            # 实际下降率/目标下降率×6: two rates, each entered by its name — never both the one rate entered (once 2.5%÷2.5%×6)
            rates = set()
        variables = tuple(sorted(names - known - rates))
        measured = bool(rates or names & set(ACTUAL_NAMES + TARGET_NAMES))
        return Shape(measure="ratio" if measured else "", has_target=measured, variables=variables)

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        from .formula import FName, compile_formula, entered_measure

        scored = entered_measure(self.tree, ctx.shape.variables)
        names = None
        if scored is not None:
            def names(name: str) -> tuple[Expr, Expr]:
                if name != scored:
                    return compile_formula(FName(name), ctx)
                ctx.need("actual")
                return Var("actual"), Fmt(Var("actual"))
        if self.held_rates is not None:
            from .rates_held import held_at_whole

            names = held_at_whole(self.held_rates, ctx, names)
        elif names is None:
            _rates_entered_apart(self.tree, ctx)

        value, shown = compile_formula(self.tree, ctx, names)
        text = concat("得分=", shown, worked_to_score(value))
        if self.cap is not None:  # =6分，高于最高的5分，按5分计
            text = If(Cmp(">", round_to(value, 6), num(self.cap)), concat(
                "得分=", shown, "=", Fmt(value), f"分，高于最高的{general_text(self.cap)}分，按", Fmt(SCORE), "分计"), text)
            value = minimum(value, num(self.cap))
        if self.zero_when is None:
            return value, text
        wording, tree, symbol, bound = self.zero_when
        subject, subject_shown = compile_formula(tree, ctx, names)
        zeroed = compare(symbol, subject, num(bound))
        return If(zeroed, ZERO, value), If(
            zeroed, concat(wording, "=", subject_shown, symbol, general_text(bound), "，得0分"), text
        )


class FormulaNode(Protocol):  # defined in formula.py
    ...


# ---------------------------------------------------------------- the rule


@dataclass(frozen=True)
class Rule:
    """A 评分标准 as read: its scorer, the measure's label, a zeroing condition and the text."""

    scorer: Scorer
    label: str = "完成率"
    zeroing: str | None = None  # the zeroing condition (如存在截留、挤占、挪用…此项不得分)
    text: str = ""  # the 评分标准 as written
    definition: Any = None  # how the measure is computed from named parts (definitions.py)
    # (unit, unit as printed): 50万平方米 read in 平方米, and a bare number entered taken in 万平方米 (lexicon.printed_multipliers)
    printed_units: tuple[tuple[str, str], ...] = ()
    # (option, credit): 满意、基本满意、不满意分别按100%、60%、0 — what counts entered without credits are weighed by
    # (text/survey_credits.printed_credits; left out of the repr, which every rule without them would otherwise change)
    printed_credits: tuple[tuple[str, Decimal], ...] = field(default=(), repr=False)
    # last year's amount a change over last year is worked from, as the text prints it (stated_base.py; out of the repr
    # like printed_credits)
    printed_base: Any = field(default=None, repr=False)
    # 计算结果保留一位小数 / 保留整数: the decimals the text rounds its score to, fewer than the table's (precision_note.py)
    places: int | None = field(default=None, repr=False)

    @property
    def kind(self) -> str:
        return self.scorer.kind

    def printed_standard(self) -> tuple[Decimal, str] | None:
        """The level the 评分标准 itself prints (≥21933人, 以100%为标准): it wins over an entered target,
        which 校验 then reports (TARGET_CONFLICT)."""
        standard = getattr(self.scorer, "printed_standard", None)
        return standard() if standard else None

    def target_conflict(self, entered: object) -> tuple[str, str] | None:
        """(printed, entered) as shown, where an entered target differs from the standard the 评分标准 prints (which
        the rule scores against), else None."""
        standard = self.printed_standard()
        if standard is None or entered is None:
            return None
        from .definitions import achieved_over_target

        if achieved_over_target(self.definition):
            return None  # (完成率=实际完成值/指标值，达到100%: the 100% is the completion's, the entered target divides)
        level, unit = standard
        try:
            printed = parse_quantity(f"{general_text(level * 100)}%" if unit == "%" else f"{general_text(level)}{unit}")
            given = parse_quantity(entered)
        except QuantityError:
            return None
        if unit == "%" and not given.is_percent:
            return None  # (以100%为标准 with 6 entered against 12: the count the rate is taken of, no second standard)
        if given.value != printed.value and (given.unit == printed.unit or not given.unit):
            return printed.shown, given.shown
        return None

    def printed_deadline(self) -> str | None:
        """The planned date the 评分标准 prints (2024年12月31日前完成): it wins over an entered planned_end, which 校验
        then reports (DEADLINE_CONFLICT)."""
        return getattr(self.scorer, "deadline", None)

    @property
    def signed_measure(self) -> bool:
        """The measure may be negative (偏差率 -15%, 变动率 -3%): a deviation, not a count or a share."""
        return bool(getattr(self.scorer, "deviation", False)) or change_of(self.label) is not None

    @property
    def reads_manual(self) -> bool:
        """The evaluator's own score is part of the rule (酌情评分, 分档评分, 不符合的酌情扣分)."""
        return self.scorer.kind in MANUAL_KINDS or bool(getattr(self.scorer, "enters_scores", False))

    @property
    def no_method(self) -> bool:
        """The text states no way to score (a definition, evidence to collect): the entered score stands."""
        return isinstance(self.scorer, Manual) and self.scorer.hint == NO_METHOD

    def canonical(self) -> str:
        text = self.scorer.canonical(self.label)
        if self.definition is not None and not is_standard_definition(self.label, self.definition):
            # 覆盖比例=已覆盖村数/行政村总数: the parts the evaluator enters, written as the text defines them
            text = f"{self.label}={render_formula(self.definition).replace('÷', '/')}；{text}"
        if self.printed_credits:
            from ..text.survey_credits import credits_said, printed_credits

            if printed_credits(text) != self.printed_credits:  # (满意度=(满意人数×100%+…)/…: the definition says them)
                text = f"{credits_said(self.printed_credits)}；{text}"
        if self.zeroing:
            text += f"；如{self.zeroing}，此项不得分"
        if self.printed_base is not None:
            from .stated_base import base_note

            note = getattr(self.printed_base, "note", None)  # (a budget's own note: stated_budget.StatedBudget)
            text += f"；{note() if note is not None else base_note(self.printed_base)}"
        if self.places is not None:
            text += f"；{_PLACES_SAID[self.places]}"
        return text

    def implied_max(self) -> Decimal | None:
        return self.scorer.implied_max()

    def implied_base(self) -> Decimal | None:
        """The highest score before points added on top (加分): the 分值 when the additions lie above it."""
        without = getattr(self.scorer, "without_bonus", None)
        return without().implied_max() if without else self.scorer.implied_max()

    def _ceiling(self) -> Expr | None:
        """分值, or base + limit of the points a rule adds on top (加分); None where no limit is written."""
        return self.scorer.ceiling() if hasattr(self.scorer, "ceiling") else FULL

    def highest(self, full: Decimal) -> Decimal | None:
        """The highest score the rule gives at this 分值 (above it for a 加分项); None: no limit written."""
        ceiling = self._ceiling()
        if ceiling is None:
            return None
        value = Evaluator({"full": full})(ceiling)
        return value if isinstance(value, Decimal) else full

    def beyond(self, full: Decimal) -> Decimal | None:
        """The text's highest score where it lies above what this 分值 lets the rule give (得100分 in a 5-point row, or
        得1分 and 得2.5分 summed in a 2.5-point row): scores are capped at the 分值, which the user must be told."""
        top, limit = self.implied_max(), self.highest(full)
        return top if top is not None and limit is not None and top > limit else None

    def short_of(self, full: Decimal) -> Decimal | None:
        """The text's highest score where it never reaches the 分值 (好3分、较好2分 in a 4-point row; 落实1分、建立2分 read
        as levels in a 3-point row, where the two may be meant to add up): the user must be told."""
        top = self.implied_max()
        return top if top is not None and top < full and self.implied_base() == top else None

    def compile(self, shape: Shape, precision: int = 2) -> Program:
        try:
            return self._compile(shape, precision)
        except InputError:
            if not shape.variables:
                raise
            from .named_inputs import entered_by_name

            # 本年及时受理率 and 上年及时受理率 entered for …高于上年的得2分: the 实际值 and 目标值 the rule reads, by name
            found = entered_by_name(self.text, self.label, shape)
            if found is None:
                raise
        read_as, names = found
        program = self._compile(read_as, precision)
        from .named_inputs import target_named

        return Program(renamed(program.score, names), renamed(target_named(program.explanation, names), names),
                       {name: renamed(expr, names) for name, expr in program.defs.items()},
                       tuple(names.get(name, name) for name in program.needs), program.columns,
                       tuple(names.get(name, name) for name in program.optional),
                       {names.get(name, name): label for name, label in program.labels.items()})

    def _compile(self, shape: Shape, precision: int) -> Program:
        ctx = Context(shape, self.label, definition=self.definition, printed_units=dict(self.printed_units),
                      printed_credits=self.printed_credits, printed_base=self.printed_base)
        raw, text = self.scorer.build(ctx)
        growth_target_unread(ctx)
        ctx.need("full")
        # ROUND(…,6) first, like comparisons: 3-(1-0.7505)/1%×0.1 is exactly 0.505 but 0.50499999999999
        # in Excel's binary arithmetic, and ROUND(…,2) alone would give 0.5 there and 0.51 here.
        ceiling = self._ceiling()
        result: Expr = round_to(maximum(ZERO, raw) if ceiling is None else clamp(raw, ZERO, ceiling), 6)
        if self.places is not None and self.places < precision:
            unrounded = ctx.define("unrounded", result)
            result = round_to(unrounded, self.places)  # 保留一位小数: 2.85 is 2.9 (ROUND, half away from zero, as Excel)
            said = _PLACES_SAID[self.places]
            text = concat(text, If(Cmp("=", unrounded, SCORE), Text(f"（{said}）"),
                                   concat(f"（{said}：", Fmt(unrounded), "分按", Fmt(SCORE), "分计）")))
        if precision < 6:
            result = round_to(result, precision)
        ctx.defs["score"] = result
        if self.zeroing and shape.has_zeroed:
            ctx.need("zeroed")
        blank = ctx.blank()
        score: Expr = If(blank, Text(""), SCORE)
        explanation: Expr = If(blank, Text("待录入数据"), text)
        if self.zeroing and shape.has_zeroed:  # 未开展的不得分 answered 是: 0, whatever else is entered or not yet
            zeroed = Cmp("=", Var("zeroed"), Text(YES))
            score = If(zeroed, ZERO, score)
            explanation = If(zeroed, Text(f"{self.zeroing}，此项不得分，得0分"), explanation)
        return Program(score, explanation, dict(ctx.defs), tuple(ctx.needs), tuple(ctx.columns), tuple(ctx.optional), dict(ctx.labels))



