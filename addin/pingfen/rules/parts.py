"""An indicator scored in parts, each its own rule with its own points: ``(1)完成参保目标任务得1.2分；未完成的，
每低于5个百分点扣0.1分。(2)基本养老金按时足额发放得0.3分；未按时足额发放，不得分``. The score is the sum of
the parts, each kept within its own points; each part reads the inputs it needs (the rate for the
first, a 是/否 for the second), so two parts may not both need the same kind of input.
"""

from __future__ import annotations

from dataclasses import fields, replace
from decimal import Decimal
from ..lazy_dataclass import dataclass
from .expr import Expr, Fmt, clamp, concat, num, renamed, total
from .inputs import InputError, Shape
from .model import SCORE, ZERO, Context, Scorer


def inputs_of(shape: Shape) -> set[str]:
    """The kinds of input a part's rule reads, so that no two parts read the same one."""
    kinds = set()
    if shape.measure:
        kinds.add("measure")
    if shape.points:
        kinds.add("met")
    if shape.has_failures or shape.failure_kinds:
        kinds.add("failures")
    if shape.variables:
        kinds.add("vars")
    return kinds


@dataclass(frozen=True)
class Parts:
    parts: tuple[Scorer, ...]
    measures: tuple[str | None, ...] = ()  # the name each part's own rate is entered by (None: the indicator's inputs)
    kind: str = "parts"

    def _label(self, index: int, label: str) -> str:
        return (self.measures[index] if index < len(self.measures) else None) or label

    def canonical(self, label: str) -> str:
        return "。".join(f"({index + 1}){part.canonical(self._label(index, label))}" for index, part in enumerate(self.parts))

    def implied_max(self) -> Decimal | None:
        return sum((part.implied_max() for part in self.parts), Decimal(0))  # type: ignore[misc]

    def default_shape(self, label: str) -> Shape:
        merged = Shape()
        for index, part in enumerate(self.parts):
            if index < len(self.measures) and self.measures[index]:
                continue  # a named rate is a variable of its own
            shape = part.default_shape(label)
            merged = replace(merged, **{f.name: getattr(shape, f.name) for f in fields(shape)
                                        if getattr(shape, f.name) != getattr(Shape(), f.name)})
        named = tuple(name for name in self.measures if name)
        return replace(merged, variables=merged.variables + named) if named else merged

    def _entered_as(self, label: str, entered: tuple[str, ...]) -> str:
        """物资入库验收合格率 entered as 入库验收合格率: the one name entered that ends the part's (or that the part's ends),
        named by no other part — the evaluator's shorter (or longer) name for the same rate; else ``label``."""
        named = {name for name in self.measures if name}
        from ..text.ages import ages  # (a part's name read from its text holds an age spelled: 0-6岁 as 零至六岁)

        as_printed = [name for name in entered if name not in named and name != label and ages(name) == label]
        if len(as_printed) == 1:
            return as_printed[0]  # 0-6岁儿童健康管理率 entered as printed, the name the text's 零至六岁儿童健康管理率 reads
        near = [name for name in entered if name not in named and len(name) >= 3
                and (label.endswith(name) or name.endswith(label))]
        return near[0] if len(near) == 1 else label

    def _rate_and_count(self, shape: Shape) -> bool:
        """(1)…率≥95%…；(2)…不少于10场… entered as the indicator's rate and actual (no names): the one rate named is
        the rate entered, the one count named the actual — told apart by their kinds, never one taken for the other."""
        named = [part for part, name in zip(self.parts, self.measures) if name]
        units = sorted(getattr(part, "unit", "") == "%" for part in named)
        return not shape.variables and shape.measure == "rate" and len(named) == 2 and units == [False, True]

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        scores: list[Expr] = []
        texts: list[Expr] = []
        apart = self._rate_and_count(ctx.shape)
        for index, part in enumerate(self.parts, start=1):
            label = self._label(index - 1, ctx.label)
            shape = ctx.shape
            if apart and index - 1 < len(self.measures) and self.measures[index - 1]:
                if getattr(part, "unit", "") != "%":
                    shape = replace(shape, measure="actual")  # (the count: the actual entered)
            elif label not in ctx.shape.variables and index - 1 < len(self.measures) and self.measures[index - 1]:
                label = self._entered_as(label, ctx.shape.variables)
            if not apart and label != ctx.label and label not in ctx.shape.variables:  # never the indicator's own rate instead
                raise InputError(f"分项计分的第{index}项按“{label}”计分，需要按名称录入该比率（vars 中的“{label}”）")
            own = Context(shape, label, definition=ctx.definition, printed_credits=ctx.printed_credits)
            raw, text = part.build(own)
            if own.columns:
                raise InputError("分项计分中的某一项需要逐项明细表（items），请把该项拆成单独的指标")
            prefix = f"part{index}_"
            names = {name: prefix + name for name in own.defs} | {SCORE.name: prefix + "score"}
            ctx.absorb(own, names)
            points = part.implied_max()
            scores.append(ctx.define(prefix + "score", clamp(renamed(raw, names), ZERO, num(points))))  # type: ignore[arg-type]
            texts.append(concat(f"({index})", renamed(text, names)))
        parts_text = [item for text in texts for item in ("；", text)][1:]
        return total(scores), concat(*parts_text, "；合计", Fmt(SCORE), "分")
