"""What a measured rate is computed from when the evaluator enters its parts by name (vars).

The 评分标准 often defines its measure (成本控制率=(预算数-实际支出)/预算数×100%, 结余率(计算方法为:结余数/预算数),
a self-assessment table's 执行率(B/A) beside 全年预算数(A) and 全年执行数(B)); where it does not, the measures
the regulations define (财预〔2020〕10号 附1: 执行率 = 全年执行数/全年预算数) are used. The parts are matched to
the entered names exactly, or by the unique name ending with them (预算数 → 全年预算数, preferring 全年 over 年初).
"""

from __future__ import annotations

from .errors import RuleError
from .expr import Expr, Fmt, Var
from .formula import FAbs, FBin, FGroup, FName, FNeg, FNode, compile_formula, parse_formula
from .inputs import InputError
from ..text.lazy_regex import lazy_compile

STANDARD = {
    "执行率": "执行数/预算数",
    "预算执行率": "执行数/预算数",
    "资金执行率": "执行数/预算数",
    "结余率": "结余数/预算数",
    "变动率": "(本年度_数-上年度_数)/上年度_数",  # 三公经费变动率 (_: any words between)
}

_STATED = lazy_compile(
    r"([\u4e00-\u9fff]{2,14}?(?:率|占比|度|比例|比重))(?:\(%\))?(?:=|\((?:计算方法|计算公式|计算方式)为?:)([\u4e00-\u9fff\w().%×÷*/+\-|]+)"
)
_LETTERED = lazy_compile(r"([\u4e00-\u9fff]{2,12}?)\(([A-Z])\)")
_LETTER_RATE = lazy_compile(r"([\u4e00-\u9fff]{0,8}率)\(([A-Z])/([A-Z])\)")


def is_standard_definition(label: str, definition: FNode) -> bool:
    """执行率 = 执行数/预算数 as the regulations define it: the 规范写法 need not repeat it."""
    return any(label.endswith(name) and parse_formula(source) == definition for name, source in STANDARD.items())


def stated_definition(text: str, label: str) -> FNode | None:
    """The definition the text gives of its measure, or the regulations' one for the label."""
    for match in _STATED.finditer(text):
        tree = _longest_formula(match.group(2))
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


def _longest_formula(candidate: str) -> FNode | None:
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
