"""A situation that waives the rule: 若实施方案没有该项建设任务的，不扣分.

The note says when the indicator is not held against the unit at all (the approved plan has no such
task), so the points stand whatever the measure would give. The evaluator answers it as one 评价要点
(met_1: 是 when the situation holds); while it is 是 the measure's own inputs may stay empty.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from .. import TYPE_CHECKING

from ..lazy_dataclass import dataclass
from ..text.lazy_regex import lazy_compile
from .expr import Cmp, Expr, Fmt, If, IsBlank, Text, Var, all_of, any_of, concat, renamed
from .inputs import YES, InputError, Shape
from .model import FULL, SCORE, ZERO, Context, Scorer

if TYPE_CHECKING:
    from typing import Any

# 若实施方案没有该项建设任务的，不扣分 / 如当年未安排该项工作的，此项不扣分: a missing task, never a fault
# (没有出现违规的不扣分 is a band of the rule itself, so the waived thing must be a task, work or item)
WAIVER = lazy_compile(
    r"(?:若|如果|如)((?:[^;。\n,:\d]*?)(?:没有|无|未安排|不涉及|未涉及)(?!完成|达到|落实|按时|按期|实现)[^;。\n,:\d]*?(?:任务|工作|内容|业务|事项))的?,?(?:则)?"
    r"(?:此项|该项|本项|该指标|本指标)?(?:不扣分|不予扣分)"
    r"|(?:若|如果|如|(?<![\u4e00-\u9fff]))(非[\u4e00-\u9fff]{2,8}?(?:地区|单位|县|市|区))的?,?(?:此项|该项|本项)?(?:不扣分|不予扣分)"  # 非试点地区，本项不扣分
)


def split_waiver(text: str) -> tuple[str, str | None]:
    """The text without its waiver note, and the waived situation (实施方案没有该项建设任务)."""
    match = WAIVER.search(text)
    if match is None:
        return text, None
    rest = (text[: match.start()] + text[match.end():]).strip(",;。\n ")
    if "不扣分" in rest or "不予扣分" in rest or re.search(r"(?:若|如果|如)[^;。\n,]*$", rest):
        return text, None  # a second waiver, or one cut off: read (or refused) with the rest
    rest = re.sub(r"[;。\n]\d{1,2}\.?$", "", rest)  # 。2.: the waiver's own point number
    if re.search(r"[;。\n](?:以上|以下|以内|不少于|不低于|不高于|不超过|达到|超过|低于)?\d+\.?$", rest):
        return text, None  # 。以上2.: a number left over once the waiver is taken out, read (or refused) with the rest
    return rest, match.group(1) or match.group(2)


@dataclass(frozen=True)
class Waived:
    inner: Scorer
    situation: str

    @property
    def kind(self) -> str:
        return self.inner.kind

    def __getattr__(self, name: str) -> Any:  # printed_standard, deviation …: the measured rule's own
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.inner, name)

    def canonical(self, label: str) -> str:
        return f"{self.inner.canonical(label)}；若{self.situation}，不扣分"

    def implied_max(self) -> Decimal | None:
        return self.inner.implied_max()

    def default_shape(self, label: str) -> Shape:
        inner = self.inner.default_shape(label)
        return replace(inner, points=inner.points + 1)

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        points = self.inner.default_shape(ctx.label).points
        if points:
            return self._before_points(ctx, points)
        if ctx.shape.points == 0:  # the situation is not answered: the measure alone decides
            return self.inner.build(ctx)
        if ctx.shape.points != 1:
            raise InputError(f"需要录入是否“{self.situation}”（met，1项）")
        before = list(ctx.needs)
        waived = Cmp("=", Var("met_1"), Text(YES))
        try:
            raw, text = self.inner.build(ctx)
        except InputError:
            if ctx.shape.measure or ctx.shape.variables:
                raise
            # only the situation is entered: 是 settles the score, 否 leaves it awaiting the measure's data
            ctx.needs[:] = before
            ctx.blank_when(Cmp("<>", Var("met_1"), Text(YES)))
            raw, text = ZERO, Text("")
        measured = [name for name in ctx.needs if name not in before]
        ctx.needs[:] = before
        ctx.need("met_1")
        ctx.need_optional(*measured)
        ctx.name_input("met_1", f"是否{self.situation}")
        if measured:
            ctx.blank_when(all_of(Cmp("<>", Var("met_1"), Text(YES)), any_of(*(IsBlank(name) for name in measured))))
        return If(waived, FULL, raw), If(waived, concat(self.situation, "，不扣分，得", Fmt(SCORE), "分"), text)

    def _before_points(self, ctx: Context, points: int) -> tuple[Expr, Expr]:
        """非试点地区，本项不扣分 beside 评价要点: the situation is answered first (met_1), the points after it."""
        if ctx.shape.points != points + 1:
            raise InputError(f"需要录入是否“{self.situation}”及{points}个评价要点是否符合（met，共{points + 1}项）")
        own = Context(replace(ctx.shape, points=points), ctx.label, definition=ctx.definition, printed_credits=ctx.printed_credits)
        raw, text = self.inner.build(own)
        shifted = {f"met_{i}": f"met_{i + 1}" for i in range(1, points + 1)}
        ctx.need("met_1")
        ctx.absorb(own, shifted)
        ctx.name_input("met_1", f"是否{self.situation}")
        waived = Cmp("=", Var("met_1"), Text(YES))
        return If(waived, FULL, renamed(raw, shifted)), If(
            waived, concat(self.situation, "，不扣分，得", Fmt(SCORE), "分"), renamed(text, shifted)
        )
