"""预算标准1.2万元/公里，实际成本在预算标准±5%以内的得4分；超出±5%的，每超1个百分点扣0.4分 / 预算金额240万元，实际采购金额与预算
金额偏差在±10%以内（含）的得3分 / 单块成本控制在预算标准50元±10%以内的得3分 / 实际投资额与计划投资额2000万元的偏差在±8%以内（含）
得4分: the amount budgeted or planned, printed by the text, that the deviation is measured from — (实际−预算)/预算, with only
the actual amount to enter (1.32万元/公里 against 1.2 is +10%; once the 1.2 was dropped in silence, or refused).

The amount is printed once, in money (元, 万元, 亿元, or 元 per unit), named by a word of a budget or a plan (lexicon
BUDGETED_AMOUNT_WORDS): in a clause of its own before the bands (预算金额240万元，…), its name said again where the deviation is
(与预算金额偏差); right before the ± or the 偏差 it is the base of (预算标准50元±10% / 计划投资额2000万元的偏差); or, as the
规范写法 writes it, in a closing note (…；预算标准为1.2万元/公里). The rest must read as bands or steps of a ± deviation, and
nothing else: a rate scored against the printed amount some other way leaves the text to the reader as before.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ..lazy_dataclass import dataclass
from ..text.lazy_regex import lazy_compile
from ..text.lexicon import BUDGETED_AMOUNT_WORDS
from ..text.numbers import general_text

_NAME = "(?:" + "|".join(sorted(BUDGETED_AMOUNT_WORDS, key=len, reverse=True)) + ")"
_MONEY = r"(?P<number>\d+(?:\.\d+)?)(?P<unit>[万千亿]?元(?:/[\u4e00-\u9fff]{1,4})?)"
# 预算金额240万元， / 年初预算20亿元， (after the heading's colon, or opening the text): a clause of nothing but the amount
_OPENING = lazy_compile(rf"(?:^|(?<=[:：,，;；。]))(?P<name>[\u4e00-\u9fff]{{0,6}}?{_NAME})(?:为|是|[:：])?{_MONEY}[,，;；。]")
# 预算标准50元±10%以内 / 计划投资额2000万元的偏差: the amount right before the deviation it is the base of
_INLINE = lazy_compile(rf"(?P<name>{_NAME}){_MONEY}(?=±|的?(?:偏差|偏离))")
# …；预算标准为1.2万元/公里 (the 规范写法's note, which this reads back)
_CLOSING = lazy_compile(rf"[;；。](?P<name>[\u4e00-\u9fff]{{0,6}}?{_NAME})为{_MONEY}[。]?$")


# 偏差率 / 偏离率: the deviation's own name (not 执行率, 完成率: a rate whose deviation it would be)
_RATE_OF_DEVIATION = lazy_compile(r"偏[差离](?:率|度)")


@dataclass(frozen=True)
class StatedBudget:
    """The amount budgeted or planned as printed (240万元): its name, number and unit as written, and the quantity read."""

    name: str
    number: Decimal
    unit: str  # as written (万元/公里)
    value: Decimal  # in the unit an entered amount is kept in (12000 元/公里)
    base_unit: str  # (元/公里)
    deviation_base = True  # (what Piecewise.measure takes a deviation from; last year's amount is a change's base)

    def shown(self) -> str:
        return f"{general_text(self.number)}{self.unit}"

    def note(self) -> str:
        """The canonical sentence of the amount, which ``split_stated_budget`` reads back."""
        return f"{self.name}为{self.shown()}"

    def in_unit(self, unit: str) -> Decimal:
        """The amount in the entered amount's unit: as written for a bare number (1.32 against 1.2万元/公里), else the
        amount read (13200 元/公里 against 12000)."""
        from .inputs import InputError

        if not unit:
            return self.number
        if unit == self.base_unit:
            return self.value
        raise InputError(f"评分标准写明{self.name}为{self.shown()}，实际值的单位“{unit}”与之不同，无法计算偏差")


def split_stated_budget(text: str) -> tuple[str, StatedBudget] | None:
    """``预算金额240万元，实际采购金额与预算金额偏差在±10%以内…`` → (``实际采购金额与预算金额偏差在±10%以内…``, 240万元); None where
    the text does not print one such amount."""
    from ..quantities import QuantityError, parse_quantity

    found = [*_OPENING.finditer(text), *_INLINE.finditer(text), *_CLOSING.finditer(text)]
    if len(found) != 1:
        return None
    match = found[0]
    if match.re.pattern == _OPENING.pattern:
        rest = text[: match.start()] + text[match.end():]
        if match.group("name") not in rest:
            return None  # (项目总预算500万元，执行率偏差…: an amount the deviation never names again, not its base)
    elif match.re.pattern == _INLINE.pattern:
        rest = text[: match.start("number")] + text[match.end("unit"):]
    else:
        rest = text[: match.start()] + text[match.end():]
    try:
        quantity = parse_quantity(f"{match.group('number')}{match.group('unit')}")
    except QuantityError:
        return None
    return rest.strip(), StatedBudget(match.group("name"), Decimal(match.group("number")), match.group("unit"), quantity.value,
                                     quantity.unit)


def with_stated_budget(raw: str, parse) -> object | None:
    """The rule ``raw`` reads as, its deviation measured from the amount it prints; None where it prints none, or the rest
    is not bands or steps of a ± deviation that would be worked from it (``parse``: rules.parser.parse_rule)."""
    from .errors import RuleError
    from .inputs import Shape
    from .model import Context

    split = split_stated_budget(raw)
    if split is None:
        return None
    rest, budget = split
    try:
        rule = parse(rest)
    except RuleError:
        return None
    if not getattr(rule.scorer, "deviation", False) or rule.printed_base is not None or rule.definition is not None:
        return None
    if rule.label in rest and "率" in _RATE_OF_DEVIATION.sub("", rule.label):
        # (预算执行率偏差在±5%以内: a rate's deviation — in points, or relative? — never the amount's; 完成率 is the
        # reader's name when the text names none)
        return None
    ctx = Context(Shape(measure="actual", units=(budget.base_unit, "")), rule.label, printed_base=budget)
    try:
        rule.scorer.build(ctx)
    except Exception:  # (a scorer that cannot be built from an amount alone: the budget is no input of it)
        return None
    if not ctx.base_used or "target" in ctx.needs:
        return None
    # (单块成本控制在预算标准±10%以内: no measure named, the deviation is — never a 完成率 in the 规范写法)
    label = rule.label if "偏" in rule.label else "偏差率"
    return replace(rule, text=raw, printed_base=budget, label=label)


def budget_deviation(ctx):  # ctx: model.Context → (Expr, Expr)
    """(实际−预算)/预算, signed, from the entered amount and the printed one."""
    from .expr import Fmt, Var, concat, div, num, sub

    budget: StatedBudget = ctx.printed_base
    ctx.need("actual")
    ctx.base_used = True
    actual, base = Var("actual"), num(budget.in_unit(ctx.shape.units[0]))
    rate = ctx.define("rate", sub(div(actual, base), num(1)))
    # (shown in the printed amount's unit: 228 of 万元, held as 2280000 元)
    scale = budget.value / budget.number if ctx.shape.units[0] and budget.number else Decimal(1)
    written = div(actual, num(scale)) if scale != 1 else actual
    number = general_text(budget.number)
    return rate, concat(ctx.label, "=(", Fmt(written), "-", number, ")/", number, "×100%=", Fmt(rate, "pct"),
                        f"（{budget.name}{budget.shown()}）")
