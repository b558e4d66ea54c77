"""A 评价要点 whose failure zeroes the whole item: ``1、资金整合计划全部落实,得8分。2、整合资金规模占年度总投资的30%以上…
分别得6分、4分和2分。3、资金整合计划未全部落实,本项指标不得分`` — the plan not carried out scores 0, the bands of item 2
with it. The point is answered once (its met): met scores its points and lets the rest score; not met scores 0 for the
whole item, whatever the rest would give. (Asked apart, as a point and a zeroing situation, the two answers could
disagree — the plan not carried out with the situation left unanswered once scored the bands.)

Made by unmet_point_zeroing.py only where the situation is that point with a negation put in, the point one of the
checklist's own (the met inputs met_1…met_n of the one checklist of the rule).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..lazy_dataclass import dataclass
from .expr import Cmp, Expr, If, Text, Var, concat
from .inputs import NO, InputError, Shape
from .model import ZERO, Context, Scorer, marker


@dataclass(frozen=True)
class PointGated:
    inner: Scorer
    point: int  # the point's number among the met inputs (1: met_1)
    situation: str  # 资金整合计划未全部落实, as the text says it

    @property
    def kind(self) -> str:
        return self.inner.kind

    def __getattr__(self, name: str) -> Any:  # parts, requirements …: the gated rule's own
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.inner, name)

    def canonical(self, label: str) -> str:
        return f"{self.inner.canonical(label)}；如{self.situation}，此项不得分"  # (read back, the same point's answer)

    def implied_max(self) -> Decimal | None:
        return self.inner.implied_max()

    def default_shape(self, label: str) -> Shape:
        return self.inner.default_shape(label)

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        raw, text = self.inner.build(ctx)
        name = f"met_{self.point}"
        if name not in ctx.needs:
            raise InputError(f"评价要点{marker(self.point - 1)}未符合时整项不得分：需要逐项录入评价要点是否符合（met）")
        unmet = Cmp("=", Var(name), Text(NO))
        return If(unmet, ZERO, raw), If(unmet, concat(self.situation, "，本项不得分，得0分"), text)
