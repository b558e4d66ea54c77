"""Two standards, one for the units on each side of a level named in words: ``人均体育场地面积在全省平均水平以上的
单位年增幅达到3%以上得2分,2%-3%得1.5分,…;人均体育场地面积在全省平均水平以下的单位年增幅达到5%以上得2分,…``.

The two halves open with the same situation, once 以上 and once 以下 (…以上的单位 / …以下的单位), so that every unit
is under exactly one of them; each half is a rule of its own over the same measure. The evaluator answers whether the
first situation holds (met_1: 是 for …以上的单位) and enters the measure; the half that applies scores it. Two halves
that do not name the same situation on its two sides (以上 and 以上, or another subject) are left to the other readers.
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
_HEAD = lazy_compile(rf"^(?P<situation>[^,，;；。:：]{{2,30}}?)(?P<side>以上|以下)的(?P<who>{_WHO})[,，:：]?")


@dataclass(frozen=True)
class ChosenStandard:
    situation: str  # 人均体育场地面积在全省平均水平
    who: str  # 单位
    above: Scorer  # …以上的单位
    below: Scorer  # …以下的单位
    first: str = "以上"  # the side the text names first (met_1 answers it)
    kind: str = "chosen_standard"

    def _said(self, side: str) -> str:
        return f"{self.situation}{side}的{self.who}"

    def _order(self) -> tuple[tuple[str, Scorer], tuple[str, Scorer]]:
        pair = (("以上", self.above), ("以下", self.below))
        return pair if self.first == "以上" else (pair[1], pair[0])

    def canonical(self, label: str) -> str:
        return "；".join(f"{self._said(side)}：{rule.canonical(label)}" for side, rule in self._order())

    def implied_max(self) -> Decimal | None:
        highest = [rule.implied_max() for rule in (self.above, self.below)]
        return None if None in highest else max(highest)  # type: ignore[type-var]

    def default_shape(self, label: str) -> Shape:
        merged = Shape(points=1)
        for rule in (self.above, self.below):
            shape = rule.default_shape(label)
            merged = replace(merged, **{f.name: getattr(shape, f.name) for f in fields(shape)
                                        if f.name != "points" and getattr(shape, f.name) != getattr(Shape(), f.name)})
        return merged

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        (first, first_rule), (second, second_rule) = self._order()
        if ctx.shape.points != 1:
            raise InputError(f"需要录入是否为“{self._said(first)}”（met，1项）")
        ctx.need("met_1")
        built = []
        for index, rule in enumerate((first_rule, second_rule), start=1):
            own = Context(ctx.shape, ctx.label, definition=ctx.definition)
            raw, text = rule.build(own)
            if own.columns:
                raise InputError("两种标准中的一种需要逐项明细表（items），无法按一个数值计分")
            prefix = f"standard{index}_"
            names = {name: prefix + name for name in own.defs} | {SCORE.name: prefix + "score"}
            ctx.absorb(own, names)
            ctx.define(prefix + "score", renamed(raw, names))
            built.append((renamed(raw, names), renamed(text, names)))
        holds = Cmp("=", Var("met_1"), Text(YES))
        return If(holds, built[0][0], built[1][0]), If(
            holds, concat(self._said(first), "：", built[0][1]), concat(self._said(second), "：", built[1][1]))


def split_chosen(text: str) -> tuple[str, str, str, str, str] | None:
    """(situation, who, the side named first, its rule's text, the other side's rule's text), or None."""
    head = _HEAD.match(text)
    if head is None:
        return None
    other = "以下" if head.group("side") == "以上" else "以上"
    second = f"{head.group('situation')}{other}的{head.group('who')}"
    at = text.find(second, head.end())
    if at < 0 or text.find(second, at + 1) >= 0 or text.find(head.group(), head.end()) >= 0:
        return None
    rest = re.sub(r"^[,，:：]", "", text[at + len(second):])
    return head.group("situation"), head.group("who"), head.group("side"), text[head.end():at].strip(",，;；。 "), \
        rest.strip(",，;；。 ")
