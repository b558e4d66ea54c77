"""Scores the evaluator enters within limits the 评分标准 prints.

``Tiered``: 专业能力较强，得10-15分；一般，得5-10分 / 按分值的100%-80%（含）、80%-60%（含）、60%-0%确定得分 —
the evaluator picks a tier (档) and a score; the tool checks the score lies in that tier and says so.
``MetOrDiscretion``: 编制符合要求的得7分，不符合要求的视具体情况扣分 — each point met earns its points;
when one is not met the evaluator enters the score, which must lie between the points met and the total
(or within the range written: 服务对象是农民(2分)，其他(0-1分)).
``DeductionRange``: 未按要求编制应急预案扣1-5分 / 台账不全的，酌情扣分 — without the fault the 分值; with it
the evaluator's score, within the range written or anywhere below the 分值.
"""

from __future__ import annotations

import os
import re
from decimal import Decimal

from ..lazy_dataclass import dataclass
from ..text.numbers import general_text
from ..text.respective_grades import GRADE_NAMES
from ..text.lazy_regex import lazy_compile
from .expr import Call, Cmp, Expr, Fmt, If, IsBlank, Text, Var, all_of, any_of, concat, maximum, mul, num, sub, total
from .inputs import NO, InputError, Shape, grade_text
from .model import FULL, SCORE, Context, marker, met_inputs, range_note, reason_note


@dataclass(frozen=True)
class Tier:
    name: str
    low: Decimal
    high: Decimal
    low_inclusive: bool = True
    high_inclusive: bool = True
    letter: str = ""  # A / B / C / D of a printed form's grades: the evaluator may enter it

    def span(self, of_full: bool) -> str:
        unit = "%" if of_full else "分"
        scale = Decimal(100) if of_full else Decimal(1)
        low = general_text(self.low * scale) + unit + ("" if self.low_inclusive else "（不含）")
        high = general_text(self.high * scale) + unit + ("" if self.high_inclusive else "（不含）")
        return f"{low}至{high}"


_NUMERALS = "零一二三四五六七八九"
# (评价等次分为规范: what is graded and the words dividing it into tiers, before the first tier's own name)
_DIVIDED_INTO = lazy_compile(r"^[\u4e00-\u9fff]{0,12}?(?:分为|划分为|分成|评定为)([\u4e00-\u9fff]{1,8})$")
_COUNTED = lazy_compile(r"(?<![\d.])([1-9])(?=[项个次处条类])")


def _spellings(name: str) -> list[str]:
    """The tier's name as read (有1项关键指标未完成) and as the criterion printed it (有一项关键指标未完成),
    either of which the evaluator may type — each as a grade typed is bound, without its punctuation (方案完整、措施具体
    typed as printed is the grade 方案完整措施具体: once a tier not in the list)."""
    printed = _COUNTED.sub(lambda m: _NUMERALS[int(m.group(1))], name)
    return list(dict.fromkeys(form for spelled in (name, printed) for form in (spelled, grade_text(spelled))))


@dataclass(frozen=True)
class Tiered:
    tiers: tuple[Tier, ...]
    of_full: bool = False  # bounds are fractions of 分值 (100%-80%(含)), not points
    kind: str = "tiers"

    def canonical(self, label: str) -> str:
        """Written as the reports write it, so that it reads back as the same rule."""
        if not self.of_full:
            return "；".join(
                f"{tier.letter}.{tier.name}({general_text(tier.low)}-{general_text(tier.high)}分)" if tier.letter
                else f"{tier.name}，得{general_text(tier.low)}分" if tier.low == tier.high  # a tier of fixed points
                else f"{tier.name}，得{general_text(tier.low)}-{general_text(tier.high)}分"
                for tier in self.tiers
            )
        spans = "、".join(
            f"{general_text(t.high * 100)}%-{general_text(t.low * 100)}%" + ("（含）" if t.low_inclusive and t.low else "")
            for t in self.tiers
        )
        names = "、".join(tier.name for tier in self.tiers)
        return f"分为{names}{len(self.tiers)}档，分别按照分值的{spans}合理确定得分"

    def implied_max(self) -> Decimal | None:
        return None if self.of_full else max(tier.high for tier in self.tiers)

    def default_shape(self, label: str) -> Shape:
        return Shape(has_grade=True)

    def _bound(self, value: Decimal) -> Expr:
        return mul(num(value), FULL) if self.of_full else num(value)

    def _inside(self, tier: Tier, score: Expr) -> Expr:
        return all_of(
            Cmp(">=" if tier.low_inclusive else ">", score, self._bound(tier.low)),
            Cmp("<=" if tier.high_inclusive else "<", score, self._bound(tier.high)),
        )

    def _range_text(self, tier: Tier) -> Expr:
        if not self.of_full:
            return Text(tier.span(False))
        low, high = Fmt(self._bound(tier.low)), Fmt(self._bound(tier.high))
        return concat(low, "分" if tier.low_inclusive else "分（不含）", "至", high, "分" if tier.high_inclusive else "分（不含）")

    def _chosen(self, index: int, tier: Tier) -> Expr:
        names = _spellings(tier.name) + [tier.letter or marker(index)]
        # 考核为优秀 (the first tier saying what is graded before its grade): 优秀 typed alone, no other tier's name
        grade = max((g for g in GRADE_NAMES if tier.name.endswith(g) and g != tier.name), key=len, default=None)
        if grade is not None and all(other.name != grade for other in self.tiers):
            names.append(grade)
        tail = self._grade_said_last(index, tier)
        if tail is not None:
            names.append(tail)
        divided = _DIVIDED_INTO.match(tier.name) if index == 0 else None
        if divided is not None and all(other.name != divided.group(1) for other in self.tiers):
            names.append(divided.group(1))  # 评价等次分为规范(10分)、较规范(7-9分)…: 规范 typed alone, as the others are
        return any_of(*(Cmp("=", Var("grade"), Text(name)) for name in names))

    def _grade_said_last(self, index: int, tier: Tier) -> str | None:
        """绩效目标与部门职能、年度工作计划完全相符 beside 基本相符 / 不相符: the first tier says what is graded before its
        grade, the others its grade alone, all ending in the same words (相符) — the grade typed alone is the first's
        last words, as many characters as the longest other's (完全相符); never another tier's name."""
        others = [other.name for other in self.tiers if other is not tier]
        if index != 0 or len(others) < 2:
            return None
        shared = os.path.commonprefix([name[::-1] for name in others])[::-1]
        width = max(len(name) for name in others)
        tail = tier.name[-width:]
        if len(shared) < 2 or not tier.name.endswith(shared) or len(tier.name) <= width or tail in others \
                or not re.fullmatch(r"[\u4e00-\u9fff]+", tail):
            return None
        return tail

    def _build_fixed(self, ctx: Context) -> tuple[Expr, Expr]:
        """全面完成质量标准(5分)…完成情况较差(1分到0分): a tier of fixed points scores them once chosen; a tier
        with a range takes the entered score, checked against it."""
        if not ctx.shape.has_grade:
            raise InputError(f"“{ctx.label}”需要录入所评档次（grade）")
        ctx.need("grade")
        ctx.need_optional("manual")
        entered = Var("manual")
        reason = reason_note()
        score: Expr = entered
        text: Expr = concat(
            "所选档次“", Var("grade"), "”不在评分标准的档次（", "、".join(t.name for t in self.tiers), "）之中，录入得分",
            Fmt(SCORE), "分，请核对", reason,
        )
        ranged: list[Expr] = []
        fixed: list[Expr] = []
        for index, tier in reversed(list(enumerate(self.tiers))):
            chosen = self._chosen(index, tier)
            if tier.low == tier.high:
                fixed.append(chosen)
                score = If(chosen, num(tier.low), score)
                text = If(chosen, concat("评为“", tier.name, "”档，得", Fmt(SCORE), "分"), text)
                continue
            ranged.append(chosen)
            verdict = If(self._inside(tier, entered), concat("得", Fmt(SCORE), "分"),
                         concat("录入得分", Fmt(entered), "分不在该档范围内，请核对"))
            text = If(chosen, concat("评为“", tier.name, "”档（", self._range_text(tier), "），", verdict, reason), text)
        # a tier with a range, or a grade not in the list, waits for the entered score (待评), never 0
        ctx.blank_when(all_of(Call("NOT", (any_of(*fixed),)), IsBlank("manual")))
        return score, text

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        if not self.of_full and any(tier.low == tier.high for tier in self.tiers):
            return self._build_fixed(ctx)
        ctx.need("manual")
        entered = Var("manual")
        reason = reason_note()
        by_score: Expr = concat("录入得分", Fmt(entered), "分不在评分标准的任何档次内，请核对")
        for tier in reversed(self.tiers):
            by_score = If(
                self._inside(tier, entered),
                concat("属“", tier.name, "”档（", self._range_text(tier), "），得", Fmt(SCORE), "分"),
                by_score,
            )
        text = by_score
        if ctx.shape.has_grade:
            ctx.need_optional("grade")  # the tier chosen; without it the score's own tier is named
            by_grade: Expr = concat(
                "所选档次“", Var("grade"), "”不在评分标准的档次（", "、".join(t.name for t in self.tiers), "）之中，录入得分",
                Fmt(SCORE), "分，请核对",
            )
            for index, tier in reversed(list(enumerate(self.tiers))):
                chosen = self._chosen(index, tier)
                verdict = If(
                    self._inside(tier, entered),
                    concat("得", Fmt(SCORE), "分"),
                    concat("录入得分", Fmt(entered), "分不在该档范围内，请核对"),
                )
                by_grade = If(chosen, concat("评为“", tier.name, "”档（", self._range_text(tier), "），", verdict), by_grade)
            text = If(IsBlank("grade"), by_score, by_grade)
        return entered, concat(text, reason)


@dataclass(frozen=True)
class MetOrDiscretion:
    points: tuple[Decimal | None, ...]  # None: 满分 (按要求开展培训，否则酌情扣分: the requirement is the whole indicator)
    fallback: tuple[Decimal, Decimal] | None = None  # 其他(0-1分): the entered score's range when not met
    kind: str = "met_or_manual"

    def canonical(self, label: str) -> str:
        shown = ["满分" if p is None else f"{general_text(p)}分" for p in self.points]
        if self.fallback is not None:
            low, high = (general_text(v) for v in self.fallback)
            return f"符合要求的得{shown[0]}，否则得{low}-{high}分"
        return "；".join(f"{marker(i)}符合要求的得{points}，否则酌情扣分" for i, points in enumerate(shown))

    def implied_max(self) -> Decimal | None:
        if None in self.points:
            return None
        return sum(self.points, Decimal(0))  # type: ignore[arg-type]

    def default_shape(self, label: str) -> Shape:
        return Shape(points=len(self.points))

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        count = ctx.shape.points
        if count != len(self.points):
            raise InputError(f"评分标准有{len(self.points)}个评价要点，数据 met 给了{count}个")
        names, met = met_inputs(ctx, count)
        ctx.need_optional("manual")
        points = [FULL if p is None else num(p) for p in self.points]
        earned = ctx.define("earned", total([If(m, p, num(0)) for m, p in zip(met, points)]))
        everything = FULL if None in self.points else num(sum(self.points, Decimal(0)))  # type: ignore[arg-type]
        all_met = all_of(*met)
        ctx.blank_when(all_of(Cmp("<", earned, everything), IsBlank("manual")))
        unmet = concat(*(If(Cmp("=", Var(name), Text(NO)), Text(marker(i)), Text("")) for i, name in enumerate(names)))
        low, high = (earned, everything) if self.fallback is None else (num(self.fallback[0]), num(self.fallback[1]))
        inside = all_of(Cmp(">=", Var("manual"), low), Cmp("<=", Var("manual"), high))
        text = If(
            all_met,
            concat("评价要点均符合，得", Fmt(SCORE), "分"),
            concat(
                "评价要点", unmet, "不符合，酌情评分，得", Fmt(SCORE), "分",
                range_note(inside, low, high),
                reason_note(),
            ),
        )
        return If(all_met, everything, Var("manual")), text


@dataclass(frozen=True)
class DeductionRange:
    """未按要求及时编制和修订应急预案扣1-5分: without the fault the 分值; with it the evaluator enters the score,
    which must lie within the range written below the 分值."""

    situation: str
    low: Decimal
    high: Decimal | None  # None: 酌情扣分 — how much is the evaluator's, up to the whole 分值
    kind: str = "deduction_range"

    @property
    def enters_scores(self) -> bool:
        """With the fault, the evaluator's score stands (checked against the range)."""
        return True

    def canonical(self, label: str) -> str:
        return f"{self.situation}的，{self._deduction}"

    @property
    def _deduction(self) -> str:
        if self.high is None:
            return "酌情扣分"
        if not self.low:
            return f"酌情扣分，最多扣{general_text(self.high)}分"
        return f"扣{general_text(self.low)}-{general_text(self.high)}分"

    def implied_max(self) -> Decimal | None:
        return None

    def default_shape(self, label: str) -> Shape:
        return Shape(points=1)

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        if ctx.shape.points != 1:
            raise InputError(f"评分标准有1个评价要点（是否未出现“{self.situation}”），数据 met 给了{ctx.shape.points}个")
        _, met = met_inputs(ctx, 1)
        ctx.need_optional("manual")
        ctx.blank_when(all_of(Call("NOT", (met[0],)), IsBlank("manual")))
        low = num(0) if self.high is None else maximum(num(0), sub(FULL, num(self.high)))
        high = sub(FULL, num(self.low))
        inside = all_of(Cmp(">=", Var("manual"), low), Cmp("<=", Var("manual"), high))
        text = If(
            met[0],
            concat("未出现“", self.situation, "”，得", Fmt(SCORE), "分"),
            concat(
                "出现“", self.situation, "”，", self._deduction, "，录入得分", Fmt(SCORE), "分",
                range_note(inside, low, high),
                reason_note(),
            ),
        )
        return If(met[0], FULL, Var("manual")), text
