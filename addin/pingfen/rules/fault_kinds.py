"""Several kinds of fault, each deducting per occurrence from one indicator's points:
``资料不齐全的每项扣0.5分，未按时报送的每次扣1分，扣完为止``; or numbered items, each with its own points
and its own deduction: ``1、目标全申报的1分，缺一项扣0.5分，扣完为止；2、目标规范1分，不规范扣0.5分``; or an
award and situations each deducting once: ``资金使用符合规定得4分；存在挤占的扣2分；报账不及时的扣1分``. The
evaluator enters how often each kind occurred (``failures: [2, 1]``); the score is the points less every
kind's deduction, within the cap — an item never below 0 of its own points.
"""

from __future__ import annotations

from decimal import Decimal

from ..lazy_dataclass import dataclass
from ..text.lazy_regex import lazy_compile
from ..text.numbers import general_text
from .clauses import PERIODS
from .expr import Cmp, Expr, Fmt, If, Text, Var, concat, maximum, minimum, mul, num, sub, total
from .inputs import Shape
from .model import FULL, SCORE, ZERO, Context, kind_counts, marker


_SHORT_OF = lazy_compile(r"(?:少|缺少|缺|漏)$")
_REQUIREMENT_QUOTED = lazy_compile(r"未达到“[^“”]+”")  # a time limit each case is held to (unit_requirement.py)


@dataclass(frozen=True)
class Fault:
    what: str  # 资料不齐全
    per: Decimal  # points per occurrence
    unit: str = "项"  # 每项 / 每次 / 每处 / 每天
    points: Decimal | None = None  # an item's own points (1、绩效目标规范1分，不规范扣0.5分)
    failing: str = ""  # the item's deduction as written (不规范扣0.5分 / 缺1项扣0.5分，扣完为止)
    once: bool = False  # 不规范扣0.5分: deducted once however often it happens
    cap: Decimal | None = None  # 少1条扣1分，最高扣4分 written after this kind alone: its own deductions at most this
    short: bool = False  # 专职安全员低于标准要求的，每少1人扣2分: counted in what is short of a requirement
    zeroes: bool = False  # 无年度计划的，不得分: a situation that zeroes the item whenever it occurs (never deducted)

    def deduction(self, count: Expr) -> Expr:
        if self.zeroes:
            return ZERO  # (the item is zeroed instead: FaultKinds.build)
        if self.once:
            return If(Cmp(">", count, ZERO), num(self.per), ZERO)
        if self.cap is not None:
            return minimum(num(self.cap), mul(count, num(self.per)))
        return mul(count, num(self.per))

    def capped(self) -> str:
        return "" if self.cap is None else f"，最高扣{general_text(self.cap)}分"

    def written(self) -> str:
        """The kind as the 规范写法 lists it: 资料不齐全的，每项扣0.5分 / 存在挤占的扣2分 / 无年度计划的，不得分."""
        if self.zeroes:
            return f"{self.what}的，不得分"
        if self.once:
            return f"{self.what}的扣{general_text(self.per)}分"  # (not 的，扣: a comma after a condition cuts its deduction off)
        if _REQUIREMENT_QUOTED.fullmatch(self.what):
            # 每有1次未达到“一般故障2小时内响应”的，扣0.5分: the count before the requirement, whose limit (2小时内)
            # would otherwise read as a condition of the deduction
            return f"每有1{self.unit}{self.what}的，扣{general_text(self.per)}分{self.capped()}"
        if self.unit in PERIODS:  # 每月未开展宣传活动的，扣0.5分: how often it is counted, before what
            return f"每{self.unit}{self.what}的，扣{general_text(self.per)}分{self.capped()}"
        short = _SHORT_OF.search(self.what)
        if short and self.what.startswith(("其他", "其它")):  # 其他材料每缺1份扣2分: those besides the kinds before, each
            return f"{self.what[:short.start()]}每{short.group()}1{self.unit}扣{general_text(self.per)}分{self.capped()}"
        if short:  # 标牌、宣传册少1种扣0.5分: the count belongs after what is short
            return f"{self.what}1{self.unit}扣{general_text(self.per)}分{self.capped()}"
        counted = f"少1{self.unit}" if self.short else self.unit
        return f"{self.what}的，每{counted}扣{general_text(self.per)}分{self.capped()}"

    def entered(self) -> str:
        if self.zeroes:
            return f"{self.what}（不得分）：出现的次数（未出现填0）"
        if self.points is None and self.once:
            return f"{self.what}（扣{general_text(self.per)}分）：出现的次数（未出现填0）"
        if self.points is None and self.short:  # 建立台账、制度、计划，每少1项: those missing are counted, not those done
            return f"{self.what}（每少1{self.unit}扣{general_text(self.per)}分{self.capped()}）少的{self.unit}数"
        if self.points is None:
            return f"{self.what}（每{self.unit}扣{general_text(self.per)}分{self.capped()}）的{self.unit}数"
        counted = "出现的次数（未出现填0）" if self.once else f"扣分的{self.unit}数"
        return f"{self.what}（{general_text(self.points)}分，{self.failing}）：{counted}"


@dataclass(frozen=True)
class FaultKinds:
    faults: tuple[Fault, ...]
    cap: Decimal | None = None  # 最多扣N分; None: 扣完为止 (the points are the limit)
    award: tuple[str, Decimal | None] | None = None  # 资金使用符合规定得4分 (None: 满分) before the deductions
    kind: str = "fault_kinds"

    def canonical(self, label: str) -> str:
        if self.items:
            return "；".join(
                f"{index}、{fault.what}{general_text(fault.points)}分，{fault.failing}"  # type: ignore[arg-type]
                for index, fault in enumerate(self.faults, start=1)
            )
        listed = "；".join(fault.written() for fault in self.faults)
        if any(fault.cap is not None for fault in self.faults) and any(fault.cap is None for fault in self.faults):
            # (1)…每处扣0.2分，最高扣1分；(2)…扣1分: a cap of one kind among others is its own inside its numbered item
            listed = "；".join(f"({index}){fault.written()}" for index, fault in enumerate(self.faults, start=1))
        head = "" if self.award is None else f"满分为{general_text(self.award[1])}分；" if not self.award[0] else \
            f"{self.award[0]}得{'满分' if self.award[1] is None else general_text(self.award[1]) + '分'}；"
        deducting = [fault for fault in self.faults if not fault.zeroes]
        if not deducting or self.cap is None and len(deducting) == 1 and deducting[0].once:
            return f"{head}{listed}"  # 未编制的，扣3分 (扣完为止 beside one situation would count it each time)
        if self.cap is None:
            return f"{head}{listed}；扣完为止"
        # (…；(2)…每处扣1分；最多扣4分 would be (2)'s own cap beside (1)'s: the whole's said as such)
        whole = "以上合计" if any(fault.cap is not None for fault in self.faults) else ""
        return f"{head}{listed}；{whole}最多扣{general_text(self.cap)}分"

    @property
    def items(self) -> bool:
        return all(fault.points is not None for fault in self.faults)

    def implied_max(self) -> Decimal | None:
        if self.award is not None:
            return self.award[1]
        return sum((fault.points for fault in self.faults if fault.points is not None), Decimal(0)) if self.items else None

    def default_shape(self, label: str) -> Shape:
        return Shape(failure_kinds=len(self.faults))

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        from .fault_answers import counts_from_met  # (here: fault kinds' programs only, not every rule's start)

        counts = counts_from_met(ctx, self.faults) \
            or kind_counts(ctx, "扣分情形", [f.what for f in self.faults], [f.entered() for f in self.faults])
        if self.items:
            return self._items(ctx, counts)
        base = FULL if self.award is None or self.award[1] is None else minimum(FULL, num(self.award[1]))
        deducting = [(count, fault) for count, fault in zip(counts, self.faults) if not fault.zeroes]
        score, text = self._deducted(ctx, deducting, base) if deducting else (base, concat("各不得分情形均未出现，得", Fmt(SCORE), "分"))
        for count, fault in reversed(list(zip(counts, self.faults))):  # 无年度计划的，不得分: any such situation zeroes the item
            if fault.zeroes:
                zeroed = Cmp(">", count, ZERO)
                score, text = If(zeroed, ZERO, score), If(zeroed, concat("存在“", fault.what, "”情形，不得分"), text)
        return score, text

    def _deducted(self, ctx: Context, deducting: list[tuple[Var, Fault]], base: Expr) -> tuple[Expr, Expr]:
        """The points less every kind's deduction (within the cap), never below 0, and how it was worked."""
        deducted: Expr = total([fault.deduction(count) for count, fault in deducting])
        if self.cap is not None:
            deducted = minimum(num(self.cap), deducted)
        deduction = ctx.define("deduction", deducted)
        listed = concat(*(
            If(Cmp(">", count, ZERO), concat("；", fault.what, "" if fault.once else concat("少" if fault.short else "", Fmt(count), fault.unit), "，扣",
                                             Fmt(fault.deduction(count)), "分"), Text(""))
            for count, fault in deducting
        ))
        limit = Text("（扣完为止）") if self.cap is None else Text(f"（最多扣{general_text(self.cap)}分）")
        text = If(
            Cmp(">", deduction, ZERO),
            concat(FULL_TEXT, listed, "；共扣", Fmt(deduction), "分", limit, "，得", Fmt(SCORE), "分"),
            concat("各扣分情形均未出现，得", Fmt(SCORE), "分"),
        )
        return maximum(ZERO, sub(base, deduction)), text

    def _items(self, ctx: Context, counts: list[Var]) -> tuple[Expr, Expr]:
        """Each item its own points less its deduction, never below 0; the score is their sum."""
        scores = [
            ctx.define(f"item_score_{index}", maximum(ZERO, sub(num(fault.points), fault.deduction(count))))  # type: ignore[arg-type]
            for index, (fault, count) in enumerate(zip(self.faults, counts), start=1)
        ]
        parts = []
        for index, (fault, count, score) in enumerate(zip(self.faults, counts, scores)):
            written = fault.failing.split("，")[0]
            happened = concat("，", written, "，得", Fmt(score), "分") if fault.once else \
                concat("，", written, "：", Fmt(count), fault.unit, "，得", Fmt(score), "分")
            parts.append(concat("；" if index else "", marker(index), fault.what, general_text(fault.points), "分",  # type: ignore[arg-type]
                                If(Cmp(">", count, ZERO), happened, concat("，未扣分，得", Fmt(score), "分"))))
        return total(scores), concat(*parts, "；合计", Fmt(SCORE), "分")


FULL_TEXT = concat("分值", Fmt(FULL), "分")
