"""Two standards, one for the units on each side of a situation in words: ``人均体育场地面积在全省平均水平以上的
单位年增幅达到3%以上得2分,2%-3%得1.5分,…;人均体育场地面积在全省平均水平以下的单位年增幅达到5%以上得2分,…`` /
``Ⅲ类以上水质比例达到年度任务书要求的,按国控断面Ⅲ类以上水质比例×50计分;Ⅲ类以上水质比例未达到年度任务书要求的,按…×50×0.8计分``.

The two halves open with the same situation said both ways (…以上的单位 / …以下的单位, …达到…要求的 / …未达到…要求的,
完成… / 未完成…), so that every unit is under exactly one of them; each half is a rule of its own measuring the same
thing (bands, steps, a formula: never a bare award, which is a point met or not). The evaluator answers whether the
situation holds (met_1: 是 for …以上的单位 / …达到…的) and enters the measure; the half that applies scores it. A
situation with a number in it is a level the measure is compared with, not a situation in words; two halves that do
not say one situation both ways (以上 and 以上, or another subject) are left to the other readers.
"""

from __future__ import annotations

import re
from dataclasses import fields, replace
from decimal import Decimal

from ..lazy_dataclass import dataclass
from ..text.lazy_regex import lazy_compile
from .expr import Cmp, Expr, If, Text, Var, concat, renamed
from .inputs import YES, InputError, Shape
from .model import SCORE, Context, Scorer

_WHO = r"单位|地区|县区|县|区|乡镇|镇|街道|村|部门|企业|学校"
# …在全省平均水平以上的单位 (…以下的单位): the side of a level in words, and who is on it
_SIDE_OF = lazy_compile(rf"^(?P<before>[^\d,，;；。:：]{{2,30}}?)(?P<side>以上|以下)(?P<after>)的(?P<who>{_WHO})[,，:：]?")
# Ⅲ类以上水质比例(未)达到年度任务书要求的 / (未)完成年度任务的: a requirement met or not
_MET_OR_NOT = lazy_compile(r"^(?P<before>[^\d,，;；。:：]{0,20}?)(?P<side>未达到|达到|未完成|完成)(?P<after>[^\d,，;；。:：]{2,20}?)的"
                           r"(?P<who>)[,，:：]?")
_OTHER_SIDE = {"以上": "以下", "以下": "以上", "达到": "未达到", "未达到": "达到", "完成": "未完成", "未完成": "完成"}
_HOLDS = frozenset({"以上", "达到", "完成"})


@dataclass(frozen=True)
class ChosenStandard:
    before: str  # 人均体育场地面积在全省平均水平 / Ⅲ类以上水质比例
    after: str  # "" / 年度任务书要求
    who: str  # 单位 / ""
    holds: Scorer  # …以上的单位 / …达到…的
    fails: Scorer  # …以下的单位 / …未达到…的
    sides: tuple[str, str] = ("以上", "以下")  # the words of the side that holds, and of the other
    holds_first: bool = True  # the side that holds is said first
    kind: str = "chosen_standard"

    def _said(self, holds: bool) -> str:
        return f"{self.before}{self.sides[0 if holds else 1]}{self.after}的{self.who}"

    def _order(self) -> tuple[bool, bool]:
        return (True, False) if self.holds_first else (False, True)

    def _rule(self, holds: bool) -> Scorer:
        return self.holds if holds else self.fails

    def canonical(self, label: str) -> str:
        return "；".join(f"{self._said(side)}：{self._rule(side).canonical(label)}" for side in self._order())

    def implied_max(self) -> Decimal | None:
        highest = [rule.implied_max() for rule in (self.holds, self.fails)]
        return None if None in highest else max(highest)  # type: ignore[type-var]

    def default_shape(self, label: str) -> Shape:
        merged = Shape(points=1)
        for rule in (self.holds, self.fails):
            shape = rule.default_shape(label)
            merged = replace(merged, **{f.name: getattr(shape, f.name) for f in fields(shape)
                                        if f.name != "points" and getattr(shape, f.name) != getattr(Shape(), f.name)})
        return merged

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        if ctx.shape.points != 1:
            raise InputError(f"需要录入是否为“{self._said(True)}”（met，1项）")
        ctx.need("met_1")
        built = []
        for index, holds in enumerate((True, False), start=1):
            own = Context(ctx.shape, ctx.label, definition=ctx.definition, printed_credits=ctx.printed_credits)
            raw, text = self._rule(holds).build(own)
            if own.columns:
                raise InputError("两种标准中的一种需要逐项明细表（items），无法按一个数值计分")
            prefix = f"standard{index}_"
            names = {name: prefix + name for name in own.defs} | {SCORE.name: prefix + "score"}
            ctx.absorb(own, names)
            ctx.define(prefix + "score", renamed(raw, names))
            built.append((renamed(raw, names), renamed(text, names)))
        holds = Cmp("=", Var("met_1"), Text(YES))
        return If(holds, built[0][0], built[1][0]), If(
            holds, concat(self._said(True), "：", built[0][1]), concat(self._said(False), "：", built[1][1]))


def measuring(rule: object) -> bool:
    """A half's rule measures something (bands, steps, a formula of the rate), not a point met or not."""
    return bool(getattr(rule, "default_shape")("").measure) if hasattr(rule, "default_shape") else False


def split_chosen(text: str) -> tuple[tuple[str, str, str, tuple[str, str], bool], str, str] | None:
    """((before, after, who, sides, holds_first), the first half's rule, the second's), or None."""
    head = _SIDE_OF.match(text) or _MET_OR_NOT.match(text)
    if head is None:
        return None
    side, other = head.group("side"), _OTHER_SIDE[head.group("side")]
    second = f"{head.group('before')}{other}{head.group('after')}的{head.group('who')}"
    at = text.find(second, head.end())
    if at < 0 or text.find(second, at + 1) >= 0 or text.find(head.group().rstrip(",，:："), head.end()) >= 0:
        return None
    rest = re.sub(r"^[,，:：]", "", text[at + len(second):])
    sides = (side, other) if side in _HOLDS else (other, side)
    return (head.group("before"), head.group("after"), head.group("who"), sides, side in _HOLDS), \
        text[head.end():at].strip(",，;；。 "), rest.strip(",，;；。 ")
