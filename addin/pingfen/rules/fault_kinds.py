"""Several kinds of fault, each deducting per occurrence from one indicator's points:
``资料不齐全的每项扣0.5分，未按时报送的每次扣1分，扣完为止``. The evaluator enters how often each kind
occurred (``failures: [2, 1]``); the score is the points less every kind's deduction, within the cap.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..text.numbers import general_text
from .expr import Cmp, Expr, Fmt, If, Text, Var, concat, maximum, minimum, mul, num, sub, total
from .inputs import InputError, Shape
from .model import FULL, SCORE, ZERO, Context, marker


@dataclass(frozen=True)
class Fault:
    what: str  # 资料不齐全
    per: Decimal  # points per occurrence
    unit: str = "项"  # 每项 / 每次 / 每处 / 每天


@dataclass(frozen=True)
class FaultKinds:
    faults: tuple[Fault, ...]
    cap: Decimal | None = None  # 最多扣N分; None: 扣完为止 (the points are the limit)
    kind: str = "fault_kinds"

    def canonical(self, label: str) -> str:
        listed = "；".join(f"{fault.what}的，每{fault.unit}扣{general_text(fault.per)}分" for fault in self.faults)
        return f"{listed}；{'扣完为止' if self.cap is None else f'最多扣{general_text(self.cap)}分'}"

    def implied_max(self) -> Decimal | None:
        return None

    def default_shape(self, label: str) -> Shape:
        return Shape(failure_kinds=len(self.faults))

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        if ctx.shape.failure_kinds != len(self.faults):
            raise InputError(
                f"评分标准列了{len(self.faults)}种扣分情形（{'、'.join(f.what for f in self.faults)}），"
                f"数据 failures 应为{len(self.faults)}个次数的列表，实际给了{ctx.shape.failure_kinds or '单个数值'}"
            )
        counts = [Var(f"failures_{index}") for index in range(1, len(self.faults) + 1)]
        for index, fault in enumerate(self.faults):
            ctx.need(counts[index].name)
            ctx.name_input(counts[index].name, f"扣分情形{marker(index)} {fault.what}（每{fault.unit}扣{general_text(fault.per)}分）的{fault.unit}数")
        deducted: Expr = total([mul(count, num(fault.per)) for count, fault in zip(counts, self.faults)])
        if self.cap is not None:
            deducted = minimum(num(self.cap), deducted)
        deduction = ctx.define("deduction", deducted)
        listed = concat(*(
            If(Cmp(">", count, ZERO), concat("；", fault.what, Fmt(count), fault.unit, "，扣", Fmt(mul(count, num(fault.per))), "分"), Text(""))
            for count, fault in zip(counts, self.faults)
        ))
        limit = Text("（扣完为止）") if self.cap is None else Text(f"（最多扣{general_text(self.cap)}分）")
        text = If(
            Cmp(">", deduction, ZERO),
            concat(FULL_TEXT, listed, "；共扣", Fmt(deduction), "分", limit, "，得", Fmt(SCORE), "分"),
            concat("各扣分情形均未出现，得", Fmt(SCORE), "分"),
        )
        return maximum(ZERO, sub(FULL, deduction)), text


FULL_TEXT = concat("分值", Fmt(FULL), "分")
