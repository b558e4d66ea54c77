"""Kinds of fault, some deducting fixed points and some a range the evaluator sets: ``未组织研究消防装备建设的扣3分，
消防装备建设未达到国家标准的，酌情扣2-6分`` / ``虚列套取扣4-7分 依据不合规扣2分 截留、挤占、挪用扣3-6分``. The
evaluator enters how often each kind occurred (``failures: [1, 0]``, in the order written). While no ranged kind
occurred the score is the 分值 less the fixed deductions, not below 0; once one did, the evaluator enters the score,
checked to lie between the fixed deductions plus every range's most and its least (not below 0). A range without
每 is deducted once however often it happens, like 存在挤占的扣2分. A fault deducted 酌情 with no range
(``每少一次督导扣1分，资料不齐全酌情扣分``) is a range from nothing to whatever the fixed deductions left.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..lazy_dataclass import dataclass
from ..text.lazy_regex import lazy_compile
from ..text.numbers import general_text
from .clauses import Clause
from .errors import Unplaced
from .expr import Cmp, Expr, Fmt, If, IsBlank, Text, Var, all_of, any_of, concat, maximum, minimum, mul, num, sub, total
from .fault_kinds import Fault
from .inputs import Shape
from .model import FULL, SCORE, ZERO, Context, kind_counts, range_note, reason_note
from .piecewise import TARGET


@dataclass(frozen=True)
class RangedFault:
    what: str  # 消防装备建设未达到国家标准
    low: Decimal
    high: Decimal | None  # None: 酌情扣分 with no range — up to all the fixed deductions left
    each: bool = False  # 每次扣1-2分: the range for every occurrence (else once)

    def deduction(self, count: Expr, bound: Decimal | None, whole: Expr) -> Expr:
        amount = whole if bound is None else num(bound)
        if self.each:
            return mul(count, amount)
        return If(Cmp(">", count, ZERO), amount, ZERO)

    @property
    def once(self) -> bool:
        """Deducted once however often it happens (no 每): answerable met / not met, as a fixed fault deducted once."""
        return not self.each

    @property
    def points(self) -> None:
        """No item points of its own (a fault of the whole, like Fault.points None)."""
        return None

    def said(self) -> str:
        if self.high is None:
            return "酌情扣分"
        return f"{'每次' if self.each else ''}扣{general_text(self.low)}-{general_text(self.high)}分"

    def written(self) -> str:
        return f"{self.what}的，{self.said()}"

    def entered(self) -> str:
        return f"{self.what}（{self.said()}）：出现的次数（未出现填0）"


@dataclass(frozen=True)
class FaultRanges:
    kinds: tuple[Fault | RangedFault, ...]
    base: Decimal | None = None  # 安全生产(10分): the heading's points; None: the 分值
    kind: str = "fault_ranges"

    @property
    def enters_scores(self) -> bool:
        """Once a ranged fault occurred, the evaluator's score stands (checked against the range)."""
        return True

    def canonical(self, label: str) -> str:
        listed = "；".join(kind.written() for kind in self.kinds)
        head = "" if self.base is None else f"满分为{general_text(self.base)}分；"
        return f"{head}{listed}；扣完为止（{_ENTERED}）"

    def implied_max(self) -> Decimal | None:
        return self.base

    def default_shape(self, label: str) -> Shape:
        return Shape(failure_kinds=len(self.kinds))

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        from .fault_answers import counts_from_met  # (each kind deducted once: met / not met, as FaultKinds takes them)

        counts = counts_from_met(ctx, self.kinds) \
            or kind_counts(ctx, "扣分情形", [k.what for k in self.kinds], [k.entered() for k in self.kinds])
        pairs = list(zip(self.kinds, counts))
        fixed = ctx.define("deduction", total([k.deduction(c) for k, c in pairs if isinstance(k, Fault)]))
        ranged = [(k, c) for k, c in pairs if isinstance(k, RangedFault)]
        base = FULL if self.base is None else minimum(FULL, num(self.base))
        most = ctx.define("deduction_most", total([k.deduction(c, k.high, base) for k, c in ranged]))
        least = ctx.define("deduction_least", total([k.deduction(c, k.low, base) for k, c in ranged]))
        happened = any_of(*(Cmp(">", c, ZERO) for _, c in ranged))
        ctx.need_optional("manual")
        ctx.blank_when(all_of(happened, IsBlank("manual")))
        computed = maximum(ZERO, sub(base, fixed))
        low = ctx.define("score_low", maximum(ZERO, sub(sub(base, fixed), most)))
        high = ctx.define("score_high", maximum(ZERO, sub(sub(base, fixed), least)))
        inside = all_of(Cmp(">=", Var("manual"), low), Cmp("<=", Var("manual"), high))
        listed = concat(*(
            If(Cmp(">", c, ZERO), concat("；", k.what, Fmt(c), "次，",
                                         Text(k.said().removeprefix("每次")) if isinstance(k, RangedFault)
                                         else concat("扣", Fmt(k.deduction(c)), "分")), Text(""))
            for k, c in pairs))
        text = If(
            happened,
            concat("分值", Fmt(base), "分", listed, "；应在", Fmt(low), "-", Fmt(high), "分之间，录入得分", Fmt(SCORE), "分",
                   range_note(inside, low, high), reason_note()),
            If(Cmp(">", fixed, ZERO), concat("分值", Fmt(base), "分", listed, "；共扣", Fmt(fixed), "分（扣完为止），得", Fmt(SCORE), "分"),
               concat("各扣分情形均未出现，得", Fmt(SCORE), "分")),
        )
        return If(happened, Var("manual"), computed), text


_ENTERED = "出现扣分区间的情形时，由评价人员在区间内录入得分"  # the 规范写法's note after its 扣完为止
_ENTERED_NOTE = lazy_compile(r"[(（]出现扣分区间的情形时[,，]由评价人员在区间内录入得分[)）]$")


def closes_with_entered_note(clause: Clause) -> bool:
    """扣完为止(出现扣分区间的情形时,由评价人员在区间内录入得分): the cap FaultRanges writes back, its note no rule."""
    return clause.cap is not None and _ENTERED_NOTE.search(clause.text) is not None


def described_range(clause: Clause) -> RangedFault | None:
    """完成率达不到100%扣0.1-1分 / 查处率低于95%的，酌情扣0.5-2分: a ranged fault whose situation holds a level the
    evaluator judges reached or not (no measure of the indicator's: described.py reads it only among other faults and
    only where no two levels of one unit make bands), deducted once; None for any other clause."""
    if clause.outcome is None or clause.outcome[0] != "minus_span" or clause.condition is None or clause.step is not None \
            or clause.per is not None or clause.occurrence is not None or clause.cap is not None or clause.otherwise \
            or clause.unread or "每" in clause.text:
        return None
    low, high = clause.outcome[1]
    what = _RANGE_TAIL.sub("", clause.text).strip("，,的")
    if not what or clause.tokens[0].kind != "WORD":
        return None  # (低于95%扣1-2分: what falls below is not named)
    if clause.condition.unit not in ("%", "‰") or not any(t.kind in ("CMP", "SUF") for t in clause.tokens):
        # 顶撞值日生1个扣2-3分 / 迟到1次扣1-2分: each one (a count, never once) / 面积5亩以上的扣1-2分: each such place?
        # Only a rate compared with its level is a state of the whole, reached or not, deducted once
        return None
    return RangedFault(what, low, high)


_ONE_OF = lazy_compile(r"1(?:个|项|次|处|例|宗|起|件|家)(?=[\u4e00-\u9fff])")
# (视火灾面积扣5-15分: what the evaluator weighs, not the fault — 视为 is not it)
_RANGE_TAIL = lazy_compile(r"[,，]?(?:酌情|视情况|视情节|视(?!为)[\u4e00-\u9fff]{1,8}?)?(?:加扣|扣减|扣除|扣)\d+(?:\.\d+)?-\d+(?:\.\d+)?分$")


def compose_fault_ranges(scoring: list[Clause], context: list[Clause]) -> FaultRanges | None:
    """Every scoring clause a fault (fixed or ranged), at least one ranged and one fixed (or one ranged alone, per case),
    after an optional heading
    with the points (安全生产(10分)) and with at most 扣完为止 as a cap; None otherwise."""
    from .item_deductions import _STATED_FULL, points_after_words, fault_of, leads_with_others
    from .piecewise_reading import _just_before
    from .clause_words import situation_award

    kinds: list[Fault | RangedFault] = []
    base: Decimal | None = None
    capped: Clause | None = None
    for clause in scoring:
        if clause.manual and clause.cap is not None and clause.cap[0] != "all" and len(scoring) > 1:
            # 每少一次督导扣1分，资料不齐全酌情扣分(最多扣2分): the cap in the judged fault's own brackets is as unclear
            # as one said after it (once 酌情评分, the visits missed lost)
            raise Unplaced(clause, _JUDGED_CAP_UNCLEAR, certain=True)
        if clause.cap is not None and clause.outcome is None and clause.per is None and clause.condition is None:
            if clause.unread and not closes_with_entered_note(clause):
                return None  # 扣完3分为 (cut off before 止): its 3 is no 扣完为止
            if clause.cap[0] != "all":
                capped = clause  # 最多扣N分 beside ranges: whether the ranges count towards it is not said
            continue
        if clause is scoring[0] and clause.outcome is not None and clause.outcome[0] == "points" and clause.outcome[1] \
                and (situation_award(clause) or points_after_words(clause)):
            base = clause.outcome[1]
            continue
        stated = _STATED_FULL.fullmatch(clause.text) if clause is scoring[0] else None
        if stated is not None:  # 满分为10分；…扣5-8分 (its own 规范写法, as FaultKinds reads it)
            base = Decimal(stated.group(1))
            continue
        if clause.outcome is not None and clause.outcome[0] == "minus_span":
            low, high = clause.outcome[1]
            short_of = clause.condition is not None and clause.condition.interval.high == TARGET \
                and clause.condition.interval.low is None  # 消防装备建设未达到国家标准的: a fault named, not a measure
            if (clause.condition is not None and not short_of) or clause.step is not None or low >= high:
                return None
            one = _ONE_OF.match(clause.text)  # 1个企业报表不全扣0.5-1分: each enterprise, as 1个档案不完整扣0.2分 reads
            each = "每" in clause.text or one is not None
            what = _RANGE_TAIL.sub("", re.sub(r"每(?:次|项|处|个|起|件|例|宗)", "", clause.text[one.end():] if one else clause.text))
            what = what.strip("，,的")
            if not what:
                before = _just_before(context, clause, 1, lambda c: not c.scoring)
                if before is None or before.unread or before.condition is not None:
                    return None
                what = before.text.strip("、").rstrip("，,的")  # ((2)、无人员伤亡的…: the 、 after a marker)
            counted = [clause.tokens[0]] if one else []  # (the grammar leaves the 1个 of a range unread: it is the 每)
            if re.search(r"\d", what) or clause.unread != counted:
                return None
            kinds.append(RangedFault(what, low, high, each))
            continue
        if clause.manual:
            what = _judged_fault(clause, context)
            if what is None:
                return None
            kinds.append(RangedFault(what, Decimal(0), None))
            continue
        fault = fault_of(clause, context)
        if fault is None or clause.cap is not None or clause.unread:
            return None  # (资料缺失的每项扣1分最扣50分, fuzz: the 50分 would be lost)
        if _AMOUNT_REMARK.fullmatch(fault.what):
            return None  # …酌情扣分,最低扣0.5分 / 另扣0.5分: said of the amount before, no fault of its own
        kinds.append(fault)
    lone_each = len(kinds) == 1 and isinstance(kinds[0], RangedFault) and kinds[0].each  # 出现一般案件每例减5-10分
    if not any(isinstance(k, RangedFault) for k in kinds) or not any(isinstance(k, Fault) for k in kinds) and not lone_each \
            or leads_with_others([c for c in scoring if c.outcome is not None or c.per is not None or c.manual]):
        return None
    if capped is not None:
        if any(isinstance(k, RangedFault) and k.high is None for k in kinds):
            # 每少一次督导扣1分，资料不齐全酌情扣分，最多扣2分: once read as wholly the evaluator's, 2 at most off
            # the 分值 however many visits were missed
            raise Unplaced(capped, _JUDGED_CAP_UNCLEAR, certain=True)
        return None
    if len({k.what for k in kinds}) != len(kinds):
        raise Unplaced(scoring[-1], "两种扣分情形的描述相同，不知按哪一种扣分", certain=True)
    return FaultRanges(tuple(kinds), base)


_JUDGED_CAP_UNCLEAR = "扣分上限是酌情扣分一项的，还是所有扣分合计的，没有写明"
_AMOUNT_REMARK = lazy_compile(r"(?:最低|最少|至少|最高|最多|一般|原则上|起|另|另外|并|同时|再|还|又|均|各|一律)(?:的)?")
# 视情况 / 根据整改情况: how the evaluator judges, not the fault (that is said before); 其他 names no fault at all
_HOW_JUDGED = lazy_compile(r"[，,]?(?:视|根据|依据)[\u4e00-\u9fff]{0,6}?(?:情况|情节|程度)$")
_NO_FAULT = lazy_compile(r"^(?:其他|其它|其余|其中|另|按|视|根据|依据)|分别|各$|均$")  # (分别酌情扣分: two faults, each)
_WHO_JUDGES = lazy_compile(r"(?<=的)由[\u4e00-\u9fff]{1,6}$")  # 资料不齐全的由考核组酌情扣分: who judges, not the fault
_FAULT_KINDS = frozenset({"WORD", "EXCEPT", "AND", "DE", "CMP"})
_DEDUCTED_AS_JUDGED = lazy_compile(r"(?:视具体情况|视情况)?(?:酌情)?扣分")


def _judged_fault(clause: Clause, context: list[Clause]) -> str | None:
    """资料不齐全酌情扣分 / 本底资料不全的，视情况酌情扣分: a fault the evaluator deducts for as he judges, named in
    the clause's own words or in the clause just before; None when the clause says more (a count, a cap, 每, a level)."""
    from .piecewise_reading import _just_before

    if clause.outcome is not None or clause.condition is not None or clause.step is not None or clause.per is not None \
            or clause.occurrence is not None or clause.cap is not None or clause.unread or clause.otherwise or clause.tiers:
        return None
    kinds = [t.kind for t in clause.tokens]
    said = len(kinds)
    while said and kinds[said - 1] == "MANUAL":
        said -= 1  # 视情况酌情扣分: the judging words, last
    if said == len(kinds) or any(kind not in _FAULT_KINDS for kind in kinds[:said]):
        return None
    remark = "".join(t.text for t in clause.tokens[said:])
    words = "".join(t.text for t in clause.tokens[:said])
    named = _WHO_JUDGES.sub("", words)
    own = _HOW_JUDGED.sub("", named).strip("，,").removesuffix("的")
    if not _DEDUCTED_AS_JUDGED.fullmatch(remark) or not ("酌情" in remark or "视" in remark or _HOW_JUDGED.search(named)):
        return None  # (酌情给分: a score given, not a deduction; 适当扣分 / 扣分 alone: how much is not said to be judged)
    if not own:
        before = _just_before(context, clause, 1, lambda c: not c.scoring and c.text.endswith("的"))
        if before is None or before.unread or before.condition is not None:
            return None
        own = before.text.strip("、，,").removesuffix("的")
    if not own or _NO_FAULT.search(own) or re.search(r"\d", own):
        return None
    return own
