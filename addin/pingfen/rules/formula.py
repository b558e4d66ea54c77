"""Bespoke scoring arithmetic written in the rubric (DOMAIN kind 9), e.g.
``得分=分值×(1-(1-资金到位率)×100÷5×0.4%)``.

The text is tokenised and parsed by a small recursive-descent parser into a tree; nothing is ever
passed to ``eval``. Names are resolved when the rule is compiled against an indicator's inputs.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
import re
from decimal import Decimal

from ..lazy_dataclass import dataclass
from .errors import RuleError
from .entered_rate import as_entered_rate, entered_with_percent
from ..text.lazy_regex import lazy_compile
from .expr import Call, Expr, Fmt, Op, Text, Var, concat, num
from .inputs import InputError

FULL_NAMES = ("该指标分值", "指标分值", "分值", "满分", "权重", "该项指标分值", "该项分值", "本项分值", "本指标分值")
RATE_SUFFIXES = ("率", "占比", "满意度", "比例")  # a name ending so is the measured rate
_DEVIATION = lazy_compile(r"(?:偏差|偏离)(?:率|度|幅度)$")
# a name ending so is a score another assessment gave (第三方考评得分 85 of 100): a number of points, never a rate
SCORE_SUFFIXES = ("得分", "分数", "评分", "总分")
# 平均分 / 考核平均分 / 各月考核得分平均值 / 各季度考核得分算术平均值: the mean of an assessment's scores, a score too
_AVERAGE_SCORE = lazy_compile(r"平均分$|(?:得分|分数)的?(?:算术)?平均值$")
ACTUAL_NAMES = ("实际完成值", "完成值", "实际值", "实际数")
TARGET_NAMES = ("指标值", "目标值", "目标数", "计划数", "计划值", "年度指标值", "年度目标值")


@dataclass(frozen=True)
class FNum:
    """A number of the formula, with the text it was written as (90%)."""

    value: Decimal
    shown: str


@dataclass(frozen=True)
class FName:
    """A named quantity (预算执行率, 实际完成值, 分值)."""

    name: str


@dataclass(frozen=True)
class FBin:
    """Two operands joined by an arithmetic operator."""

    op: str  # + - × ÷
    left: "FNode"
    right: "FNode"


@dataclass(frozen=True)
class FGroup:
    """A bracketed part, kept so the formula is written back as the evaluator wrote it."""

    inner: "FNode"


@dataclass(frozen=True)
class FNeg:
    """A minus sign before an operand."""

    inner: "FNode"


@dataclass(frozen=True)
class FAbs:
    """An absolute value between bars: |实际成本-预算成本|."""

    inner: "FNode"


FNode = FNum | FName | FBin | FGroup | FNeg | FAbs

MAX_TOKENS = 200
MAX_DEPTH = 20


@functools.cache
def _token() -> re.Pattern[str]:
    """The formula's tokens; compiled when a formula is first read (its CJK class costs over a
    millisecond to compile, and most 评分标准 have no formula). A name may list its parts
    (水、电、路等公共基础设施建设完成率)."""
    return re.compile(r"\s*(?:(\d+(?:\.\d+)?(?:%|分(?![钟值数]))?)|([\u4e00-\u9fffA-Za-z_][\u4e00-\u9fffA-Za-z_0-9、]*)|([-+×÷*/(){}|\[\]]))")


def parse_formula(text: str, *, whole: str | None = None) -> FNode:
    tokens: list[str] = []
    position = 0
    token = _token()
    while position < len(text):
        match = token.match(text, position)
        if not match or match.end() == position:
            raise RuleError(whole or text, text[position:position + 8], "公式中有无法识别的符号")
        # 2×[1-(调整率-10%)/10%] / {(好得票数×100分)+…}÷有效票数: a square bracket or a brace is a bracket, one level
        # out (written back round)
        tokens.append({"[": "(", "]": ")", "{": "(", "}": ")"}.get(match.group(0).strip(), match.group(0).strip()))
        position = match.end()
    # Bounded, so that compiling and both interpreters (all recursive) stay far from Python's limit.
    if len(tokens) > MAX_TOKENS:
        raise RuleError(whole or text, text[:20] + "…", f"公式过长（超过{MAX_TOKENS}个数值和符号）")
    tokens = _open_unopened(tokens)
    depth = 0
    for token in tokens:
        depth += {"(": 1, ")": -1}.get(token, 0)
        if depth > MAX_DEPTH:
            raise RuleError(whole or text, text[:20] + "…", f"公式括号嵌套超过{MAX_DEPTH}层")
    parser = _Parser(tokens, whole or text)
    node = parser.expression()
    if parser.index != len(tokens):
        raise RuleError(whole or text, "".join(tokens[parser.index:]), "公式在此处多出内容")
    return node


def _open_unopened(tokens: list[str]) -> list[str]:
    """``1-10×调剂金额/预算数))×分值``: closing brackets with no opening one at all can only close
    what precedes them, so the lost opening brackets go at the start; the 规范写法 shows the result.
    A formula that has any opening bracket is left as written (where the lost one was is a guess)."""
    if "(" in tokens:
        return tokens
    last_closing = max((i for i, token in enumerate(tokens) if token == ")"), default=-1)
    if last_closing < 0 or any(token != ")" for token in tokens[last_closing - tokens.count(")") + 1:last_closing + 1]):
        return tokens
    return ["("] + tokens[:last_closing - tokens.count(")") + 1] + [")"] + tokens[last_closing + 1:]


class _Parser:
    def __init__(self, tokens: list[str], whole: str) -> None:
        self.tokens = tokens
        self.index = 0
        self.whole = whole

    def peek(self) -> str | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def take(self) -> str:
        token = self.peek()
        if token is None:
            raise RuleError(self.whole, self.whole[-8:], "公式不完整")
        self.index += 1
        return token

    def expression(self) -> FNode:
        node = self.term()
        while self.peek() in ("+", "-"):
            op = self.take()
            node = FBin(op, node, self.term())
        return node

    def term(self) -> FNode:
        node = self.factor()
        while self.peek() in ("×", "*", "÷", "/"):
            op = {"*": "×", "/": "÷"}.get(self.take(), self.tokens[self.index - 1])
            node = FBin(op, node, self.factor())
        return node

    def factor(self) -> FNode:
        token = self.take()
        if token == "-":
            return FNeg(self.factor())
        if token == "(":
            inner = self.expression()
            if self.take() != ")":
                raise RuleError(self.whole, "(", "括号不配对")
            return FGroup(inner)
        if token == "|":
            inner = self.expression()
            if self.take() != "|":
                raise RuleError(self.whole, "|", "绝对值符号不配对")
            return FAbs(inner)
        if token[0].isdigit():
            token = token.removesuffix("分")  # 10分-违反规定次数×2分: points are the formula's own unit
            if token.endswith("%"):
                return FNum(Decimal(token[:-1]) / 100, token)
            return FNum(Decimal(token), token)
        if token in (")", "+", "×", "÷", "*", "/", "|"):
            raise RuleError(self.whole, token, "公式在此处缺少数值")
        if _NO_QUANTITY.search(token):  # 按百分制换算后乘以相应权重: a step of the working and a weight not given
            raise RuleError(self.whole, token, f"公式中的“{token}”不是一个可录入的数值（换算方法或权重没有写明），无法计分")
        return FName(token)


# …后 (换算后: a step of the working, not a quantity) / 相应… (相应权重: the weight each indicator has, not given here)
_NO_QUANTITY = lazy_compile(r"(?:换算|折算|计算|处理)后$|^相应")


def render_formula(node: FNode) -> str:
    if isinstance(node, FNum):
        return node.shown
    if isinstance(node, FName):
        return node.name
    if isinstance(node, FGroup):
        return "(" + render_formula(node.inner) + ")"
    if isinstance(node, FNeg):
        return "-" + render_formula(node.inner)
    if isinstance(node, FAbs):
        return "|" + render_formula(node.inner) + "|"
    return render_formula(node.left) + node.op + render_formula(node.right)


def scored_measure(node: FNode, entered: tuple[str, ...]) -> str | None:
    """The one name of the formula that is a score another assessment gave (得分=第三方考核得分×5%: 85 of 100 gives
    4.25, never 85% × 5%), when it is the only name not among 分值, the actual and target names and ``entered`` (vars):
    the measured value entered for the leaf. With two (分管领导评价得分×20%+干部职工评价得分×40%) each is entered by name."""
    name = _sole_unknown(node, entered)
    return name if name is not None and (name.endswith(SCORE_SUFFIXES) or _AVERAGE_SCORE.search(name)) else None


def done_measure(node: FNode, entered: tuple[str, ...]) -> str | None:
    """The one name of the formula saying what was done (得分=实际完成场次/120×5, 按实际完成座数/120×6), when it is the
    only name not among 分值, the actual and target names and ``entered`` (vars), names no plan and is no rate nor
    score: the actual entered for the leaf (96场 gives 4), as the 实际值 column holds it."""
    name = _sole_unknown(node, entered)
    if name is None or not _ACTUAL_SAID.search(name) or _TARGET_SAID.search(name) \
            or name.endswith(RATE_SUFFIXES + SCORE_SUFFIXES):
        return None
    return name


def entered_measure(node: FNode, entered: tuple[str, ...]) -> str | None:
    """The formula's one name the leaf's measured value stands for: another assessment's score or what was done."""
    return scored_measure(node, entered) or done_measure(node, entered)


def _sole_unknown(node: FNode, entered: tuple[str, ...]) -> str | None:
    """The formula's only name that is neither 分值, an actual or target name, nor one of ``entered`` (vars)."""
    unknown = formula_names(node) - set(FULL_NAMES + ACTUAL_NAMES + TARGET_NAMES + entered)
    return next(iter(unknown)) if len(unknown) == 1 else None


def measured_rates(node: FNode, label: str, apart: set[str] = frozenset()) -> set[str]:  # type: ignore[assignment]
    """The formula's names that would be the one rate measured (the label, or a name ending 率 / 占比 …, as compile_formula
    binds them), the names entered ``apart`` left out."""
    return {name for name in formula_names(node) - apart if name == label or name.endswith(RATE_SUFFIXES)}


def formula_names(node: FNode) -> set[str]:
    if isinstance(node, FName):
        return {node.name}
    if isinstance(node, (FGroup, FNeg, FAbs)):
        return formula_names(node.inner)
    if isinstance(node, FBin):
        return formula_names(node.left) | formula_names(node.right)
    return set()


def points_multiplied(node: FNode) -> Decimal | None:
    """The points a formula multiplies by (实际/计划×5 → 5), None when it multiplies by none (×分值, a sum)."""
    if isinstance(node, FBin) and node.op == "×":
        if isinstance(node.left, FNum) and isinstance(node.right, FNum):
            return None  # (3×1500/亩均投资: the points and the level side by side, which is which unsaid)
        for side in (node.right, node.left):
            if isinstance(side, FNum) and side.value > 1:
                return side.value
    if isinstance(node, FBin) and node.op in ("/", "÷") and isinstance(node.left, FBin) and node.left.op == "×" \
            and not isinstance(node.right, FNum):
        return points_multiplied(node.left)  # 4×按标准足额发放人数/应发放人数: 4 times the ratio, read left to right
    return None


def deducted_from(node: FNode) -> Decimal | None:
    """得分=5-结转结余率/2% / 得分=5-结转结余率×50: a number less one measure times (or over) a positive number — the
    number it deducts from (5), the score at a measure of 0; None for any other shape (5-(结转结余率-5%)×50 included)."""
    if not (isinstance(node, FBin) and node.op == "-" and isinstance(node.left, FNum) and node.left.value > 0
            and not node.left.shown.endswith("%")):
        return None
    part = node.right
    if isinstance(part, FBin) and part.op in ("×", "÷", "/") and isinstance(part.left, FName) \
            and isinstance(part.right, FNum) and part.right.value > 0:
        return node.left.value
    return None


def full_multiplied(node: FNode) -> bool:
    """分值×(1-超支金额/预算金额): the formula is the 分值 times a part of it (its highest score the 分值 itself)."""
    return isinstance(node, FBin) and node.op in ("×", "*") and any(
        isinstance(side, FName) and side.name in FULL_NAMES for side in (node.left, node.right))


def worked_out(node: FNode, value_of: "Callable[[str], Decimal | None]") -> Decimal | None:
    """The formula's value with each name's value from ``value_of`` (None when a name has none, or a division by 0):
    for a reader to try a formula out on values of its own choosing, never to score."""
    if isinstance(node, FNum):
        return node.value
    if isinstance(node, FName):
        return value_of(node.name)
    if isinstance(node, (FGroup, FNeg, FAbs)):
        inner = worked_out(node.inner, value_of)
        return None if inner is None else inner if isinstance(node, FGroup) else -inner if isinstance(node, FNeg) else abs(inner)
    left, right = worked_out(node.left, value_of), worked_out(node.right, value_of)
    if left is None or right is None:
        return None
    if node.op in ("÷", "/"):
        return None if right == 0 else left / right
    return left * right if node.op in ("×", "*") else left + right if node.op == "+" else left - right if node.op == "-" else None


_ACTUAL_SAID = lazy_compile(r"实际|实到|完成|执行|到位|支出|^已")  # (已发放人数: what has been done)
_TARGET_SAID = lazy_compile(r"计划|预算|目标|应|批复|承诺|设计|合同|^符合条件")  # (符合条件人数: all who should be reached; 设计处理量, 合同量: what the plant was built for, what the contract asks)


def _counted_over_plan(node: "FBin", ctx) -> bool:  # ctx: model.Context
    """带动户数÷计划户数 with the actual and target entered: a quantity over its plan, the same thing counted (户数 / 户数;
    资助参保人数÷应资助人数: 资助…人数, the words between saying whom),
    the top naming no plan and no actual word, neither a name the rubric gives (vars) — the top is the actual."""
    top, bottom = node.left, node.right
    if ctx.shape.measure != "ratio" or not isinstance(top, FName) or not isinstance(bottom, FName):
        return False
    known = set(FULL_NAMES + ACTUAL_NAMES + TARGET_NAMES) | set(ctx.shape.variables)
    if top.name in known or bottom.name in known or not _TARGET_SAID.search(bottom.name) or _TARGET_SAID.search(top.name) \
            or _ACTUAL_SAID.search(top.name) or top.name == ctx.label or top.name.endswith(RATE_SUFFIXES):
        return False
    counted = _TARGET_SAID.split(bottom.name)[-1]
    # (资助参保人数÷应资助人数: the plan's verb and count with what they count said between — 资助 …参保… 人数)
    return len(counted) >= 2 and (top.name.endswith(counted) or any(
        top.name.startswith(counted[:cut]) and top.name.endswith(counted[cut:]) for cut in range(2, len(counted) - 1)))


def compile_formula(node: FNode, ctx, names=None) -> tuple[Expr, Expr]:  # ctx: model.Context
    """The value of the formula and its text with every name replaced by its value; ``names`` (a name →
    (value, text) function) replaces how names are found."""
    from .model import FULL, rate_measure

    if isinstance(node, FNum):
        return num(node.value), Text(node.shown)
    if isinstance(node, FName) and names is not None:
        return names(node.name)
    if isinstance(node, FName):
        name = node.name
        if name in FULL_NAMES:
            return FULL, Fmt(FULL)
        if name in ACTUAL_NAMES:
            ctx.need("actual")
            return Var("actual"), Fmt(Var("actual"))
        if name in TARGET_NAMES:
            ctx.need("target")
            return Var("target"), Fmt(Var("target"))
        if name in ctx.shape.variables:
            ctx.need(f"v:{name}")
            if name.endswith(RATE_SUFFIXES) and not entered_with_percent(ctx.shape, name):
                rate = as_entered_rate(Var(f"v:{name}"))  # 得分=满意度×5分 with 满意度 90: 90%, never 9000%
                return rate, Fmt(rate, "pct")
            return Var(f"v:{name}"), Fmt(Var(f"v:{name}"))
        if name == ctx.label or name.endswith(RATE_SUFFIXES):
            rate, _ = rate_measure(ctx)
            if _DEVIATION.search(name):
                # 得分=（1-偏差率）×4: a deviation either way is as far off (−5% once scored 4.2, capped to full marks)
                return Call("ABS", (rate,)), concat("|", Fmt(rate, "pct"), "|")
            return rate, Fmt(rate, "pct")
        if ctx.shape.measure == "ratio":
            # 实际到位资金÷计划到位资金 without vars: the actual and target amounts entered for the leaf
            # (实到配套资金÷承诺配套资金: what arrived against what was promised, the promise the target)
            if _ACTUAL_SAID.search(name) and not re.search(r"计划|预算|目标|应|承诺", name):
                ctx.need("actual")
                return Var("actual"), Fmt(Var("actual"))
            if _TARGET_SAID.search(name):
                ctx.need("target")
                return Var("target"), Fmt(Var("target"))
        raise InputError(f"公式中的“{name}”没有对应数据（可用：分值、{ctx.label}、实际值、目标值或 vars 中的变量）")
    if isinstance(node, FGroup):
        value, shown = compile_formula(node.inner, ctx, names)
        return value, concat("(", shown, ")")
    if isinstance(node, FNeg):
        value, shown = compile_formula(node.inner, ctx, names)
        return Op("-", num(0), value), concat("-", shown)
    if isinstance(node, FAbs):
        value, shown = compile_formula(node.inner, ctx, names)
        return Call("ABS", (value,)), concat("|", shown, "|")
    if names is None and node.op in ("÷", "/") and _counted_over_plan(node, ctx):
        # 带动户数÷计划户数: the households the plan counts, over the plan — the actual and target entered
        ctx.need("actual", "target")
        return Op("/", Var("actual"), Var("target")), concat(Fmt(Var("actual")), node.op, Fmt(Var("target")))
    left, left_shown = compile_formula(node.left, ctx, names)
    right, right_shown = compile_formula(node.right, ctx, names)
    op = {"×": "*", "÷": "/"}.get(node.op, node.op)
    return Op(op, left, right), concat(left_shown, node.op, right_shown)
