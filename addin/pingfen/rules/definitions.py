"""What a measured rate is computed from when the evaluator enters its parts by name (vars).

The 评分标准 often defines its measure (成本控制率=(预算数-实际支出)/预算数×100%, 结余率(计算方法为:结余数/预算数),
a self-assessment table's 执行率(B/A) beside 全年预算数(A) and 全年执行数(B)); where it does not, the measures
the regulations define (财预〔2020〕10号 附1: 执行率 = 全年执行数/全年预算数) are used. The parts are matched to
the entered names exactly, or by the unique name ending with them (预算数 → 全年预算数, preferring 全年 over 年初).
"""

from __future__ import annotations

from decimal import Decimal

from ..text.lexicon import ACHIEVED_NAMES, MONEY_SCALE, TARGET_NAMES
from .errors import RuleError
from .expr import Expr, Fmt, Var, concat, div, mul, num
from .formula import FAbs, FBin, FGroup, FName, FNeg, FNode, FNum, compile_formula, parse_formula, render_formula
from .inputs import InputError
from ..text.lazy_regex import lazy_compile

STANDARD = {
    "执行率": "执行数/预算数",
    "预算执行率": "执行数/预算数",
    "资金执行率": "执行数/预算数",
    "结余率": "结余数/预算数",
    "变动率": "(本年度_数-上年度_数)/上年度_数",  # 三公经费变动率 (_: any words between)
}

# an amount, a time or a multiple defined by its parts (单位成本=改造总投资/改造管网长度, 撬动比=…), beside the rates
_AMOUNT_NAMES = ("成本", "投资", "时长", "比")
STATED_DEFINITION = _STATED = lazy_compile(
    r"([\u4e00-\u9fff]{2,14}?(?:率|占比|度|比例|比重|成本|投资|时长|比))(?:\(%\))?(?:=|\((?:计算方法|计算公式|计算方式)为?:)([\u4e00-\u9fff\w().%×÷*/+\-|]+)"
)
_LETTERED = lazy_compile(r"([\u4e00-\u9fff]{2,12}?)\(([A-Z])\)")
_LETTER_RATE = lazy_compile(r"([\u4e00-\u9fff]{0,8}率)\(([A-Z])/([A-Z])\)")


def is_standard_definition(label: str, definition: FNode) -> bool:
    """执行率 = 执行数/预算数 as the regulations define it: the 规范写法 need not repeat it."""
    return any(label.endswith(name) and parse_formula(source) == definition for name, source in STANDARD.items())


# 实际收缴率与目标收缴率偏差 / 实际执行率与计划执行率的偏差: the measure named as the gap between two rates it names
_GAP_NAMED = lazy_compile(r"(?P<one>[\u4e00-\u9fff]{2,12}?率)与(?P<other>[\u4e00-\u9fff]{2,12}?率)(?:的|之间的?)?(?:偏差|差距|差值|差额)")


def stated_definition(text: str, label: str, raw: str = "") -> FNode | None:
    """The definition the text gives of its measure, or the regulations' one for the label."""
    gap = _GAP_NAMED.fullmatch(label)
    if gap is not None and gap.group("one") != gap.group("other"):
        # (the first less the second, in points — the text measures it in 百分点, or says so as its 规范写法 does: 85%
        # against 90% is -5%, its size what a ± band or step measures; a gap in % of two rates might be relative,
        # (85%-90%)/90%, and is not defined so)
        difference = FBin("-", FName(gap.group("one")), FName(gap.group("other")))
        if "百分点" in raw or f"{label}={render_formula(difference)}" in text:
            return difference
    stated = list(_STATED.finditer(text))
    # (a rate's definition first: 人均成本=… beside 成本控制率=… is what the rate's parts make, not the rate)
    stated.sort(key=lambda match: match.group(1).endswith(_AMOUNT_NAMES) and not match.group(1).endswith("占比"))
    for match in stated:
        tree = stated_formula(match.group(2))
        if tree is not None and isinstance(tree, FBin) and _has_division(tree):
            return tree
    rate = _LETTER_RATE.search(text)
    if rate:
        columns = {letter: name for name, letter in _LETTERED.findall(text)}
        top, bottom = columns.get(rate.group(2)), columns.get(rate.group(3))
        if top and bottom:
            return FBin("÷", FName(top), FName(bottom))
    for name, source in STANDARD.items():
        if label.endswith(name) or (name in text and "执行数" in text):
            return parse_formula(source)
    return None


def stated_formula(candidate: str) -> FNode | None:
    """(预算数-实际支出)/预算数×100%控制率在…: the formula, without the words that follow it."""
    while candidate:
        try:
            return parse_formula(candidate.rstrip(")") if candidate.count(")") > candidate.count("(") else candidate)
        except RuleError:
            cut = max(candidate.rfind(")", 0, len(candidate) - 1), candidate.rfind("%", 0, len(candidate) - 1))
            if cut < 0:
                return None
            candidate = candidate[: cut + 1]
    return None


def _has_division(node: FNode) -> bool:
    if isinstance(node, FBin):
        return node.op == "÷" or _has_division(node.left) or _has_division(node.right)
    if isinstance(node, (FGroup, FNeg, FAbs)):
        return _has_division(node.inner)
    return False


def resolve(name: str, variables: tuple[str, ...]) -> str | None:
    """The entered amount a noun of the text names: itself; 本年度_数 → 本年度三公经费预算数; the one
    ending with it (预算数 → 全年预算数, preferring 全年 over 年初); the longest one the noun starts or ends
    with (年初预算数全年预算数, cells run together → 全年预算数; 上年结转数 → 上年结转); or the longest one
    starting with it (结余 → 结余资金)."""
    if name in variables:
        return name
    if "_" in name:
        head, tail = name.split("_", 1)
        fitting = [v for v in variables if v.startswith(head) and v.endswith(tail)]
        return fitting[0] if len(fitting) == 1 else None
    ending = [v for v in variables if v.endswith(name)]
    if len(ending) > 1:
        ending = [v for v in ending if v.startswith("全年")] or ending
    if len(ending) == 1:
        return ending[0]
    within = [v for v in variables if name.endswith(v) or name.startswith(v)]
    if within:
        return max(within, key=len)
    starting = [v for v in variables if v.startswith(name)]
    return max(starting, key=len) if starting else None


def defined_measure(tree: FNode, ctx) -> tuple[Expr, Expr]:  # ctx: model.Context
    """The definition's value over the entered parts, and its text with each part's value."""

    def entered(name: str) -> tuple[Expr, Expr]:
        found = resolve(name, ctx.shape.variables)
        if found is None:
            raise InputError(f"计算{ctx.label}需要“{name}”的数值（vars），已有：{'、'.join(ctx.shape.variables)}")
        ctx.need(f"v:{found}")
        return Var(f"v:{found}"), Fmt(Var(f"v:{found}"))

    return compile_formula(tree, ctx, entered)


def defined_amount(tree: FNode, ctx, unit: str) -> tuple[Expr, Expr]:  # ctx: model.Context
    """单位成本=改造总投资/改造管网长度 beside 单位成本≤120万元/公里: an amount (or a count, a multiple) the text defines
    as one entered part over another, in the unit the bands compare. Parts entered in one unit are held as written
    (1500万元/250万元 is 6); otherwise a sum of money is held in 元, so the quotient is brought to the bands' money
    unit (3000万元/25公里 is 1200000元/公里, 120 of the bands' 万元/公里). Anything else is not this reading's."""
    node = _bare(tree)
    if not isinstance(node, FBin) or node.op not in ("÷", "/") or not isinstance(_bare(node.left), FName) \
            or not isinstance(_bare(node.right), FName):
        raise InputError(f"“{ctx.label}”的定义不是两项数值相除，无法由 vars 计算，请录入实际数（actual）")
    variables, units = ctx.shape.variables, ctx.shape.variable_units
    parts = []
    for side in (node.left, node.right):
        name = _bare(side).name  # type: ignore[union-attr]
        found = resolve(name, variables)
        if found is None:
            raise InputError(f"计算{ctx.label}需要“{name}”的数值（vars），已有：{'、'.join(variables)}")
        ctx.need(f"v:{found}")
        held = units[variables.index(found)] if len(units) == len(variables) else ""
        parts.append((found, "" if held == "%" else held))  # (a rate is held as its fraction: no unit to convert)
    (top, top_unit), (bottom, bottom_unit) = parts
    scale = Decimal(1)
    if top_unit != bottom_unit and top_unit:
        money = next((m for m in sorted(MONEY_SCALE, key=len, reverse=True) if unit.startswith(m)), None)
        if top_unit != "元" or money is None:
            raise InputError(f"“{top}”的单位与“{ctx.label}”的单位（{unit or '无'}）无法换算，请录入实际数（actual）")
        scale = 1 / MONEY_SCALE[money]  # (元 held, the bands in 万元/公里)
    quotient: Expr = div(Var(f"v:{top}"), Var(f"v:{bottom}"))
    value = ctx.define("defined_amount", mul(quotient, num(scale)) if scale != 1 else quotient)
    return value, concat(ctx.label, "=", top, "/", bottom, "=", Fmt(Var(f"v:{top}")), "/", Fmt(Var(f"v:{bottom}")),
                         "=", Fmt(value), unit)


def achieved_over_target(tree: FNode | None) -> bool:
    """完成率=实际完成值/指标值(×100%): the measure defined as the value achieved over the target, by the table's names
    for its two columns — with a target entered, the rate is the entered value over it, whatever level it is then held
    to (完成率达到100%: 97% against 95% is 102%, full marks)."""
    node = _bare(tree) if tree is not None else None
    if isinstance(node, FBin) and node.op in ("×", "*") and isinstance(node.right, FNum) and node.right.value == 1:
        node = _bare(node.left)
    if not isinstance(node, FBin) or node.op not in ("÷", "/"):
        return False
    top, bottom = _bare(node.left), _bare(node.right)
    return isinstance(top, FName) and top.name in ACHIEVED_NAMES and isinstance(bottom, FName) and bottom.name in TARGET_NAMES


def _bare(node: FNode) -> FNode:
    while isinstance(node, FGroup):
        node = node.inner
    return node
