"""A measured rule with kinds of fault deducted on top of it: ``…建成面积完成年度任务、建设质量达到设计要求的，得15分；
建成面积低于年度任务的，每减少1%扣1分。…工程质量，每发现一项质量未达到设计要求的，扣1分，最多扣6分``. The measure scores
as the rule reads without the faults; each fault then deducts per occurrence (``failures``, one count per kind),
within its own cap when one is written; the score never goes below 0.

The faults follow the measured rule, or stand before it (漏登非已婚育妇1例扣0.1分…;逻辑错误纠错达100%,每低1个百分点扣0.1分),
or between its level and its steps when the steps name the level's measure again (发放率85%以上,得0.5分;未落实标签制度,
扣0.2分;发放率每下降1个百分点扣0.1分); each is an occurrence counted by 1 (每发现1项…扣1分) naming what it counts, so
that the measure's numbers and the faults' are never confused. Tiers of a measure that only deduct from the 分值
(考核权重低于3%的扣0.25分,低于2%的扣0.5分) may stand among the faults, with faults on either side of them.
"""

from __future__ import annotations

import re

from dataclasses import replace
from decimal import Decimal
from typing import Any

from ..lazy_dataclass import dataclass
from ..text.lexicon import COUNT_UNITS, MEASURE_ONLY_UNITS
from ..text.lazy_regex import lazy_compile
from ..text.numbers import general_text
from .clauses import Clause
from .expr import Cmp, Expr, Fmt, If, Text, concat, maximum, minimum, num, renamed, sub, total
from .fault_kinds import Fault
from .inputs import InputError, Shape
from .model import SCORE, ZERO, Context, Scorer, kind_counts
from .piecewise import ONE, Award, Minus, Scaled


# 未完成 / 未达标 / 达不到 / 培训率…: a fault that may be the measure's own shortfall said again
_MEASURE_MISSED = lazy_compile(r"未(?:完成|达)|达不到|不达标|没有?达到|低于|不足|率")
# 本项 / 此项 / 该项: the item itself
_ITEM = lazy_compile(r"(?:本|此|该)(?:项|指标|项目)")
# 总分最高不超过扣12分 (damaged): a cap's words are never what a fault is
_CAP_WORDS = lazy_compile(r"最高|最多|上限|为止|不超过|总分")


@dataclass(frozen=True)
class WithFaults:
    inner: Scorer
    faults: tuple[Fault, ...]
    caps: tuple[Decimal | None, ...]  # each fault's own 最多扣N分 (None: down to 0)
    kind: str = "with_faults"

    def __getattr__(self, name: str) -> Any:  # printed_standard, deviation …: the measured rule's own
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.inner, name)

    def canonical(self, label: str) -> str:
        listed = "；".join(
            (fault.written() if fault.once or "，" in fault.what  # (有洒水不规范投诉，情况属实的，每次扣3分: the situation first)
             else f"每有1{fault.unit}{fault.what}的，扣{general_text(fault.per)}分")
            + ("" if cap is None else f"，最多扣{general_text(cap)}分")
            for fault, cap in zip(self.faults, self.caps)
        )
        # (bands read with faults only where the text says the faults come off the item's score: said again)
        floor = "" if self.inner.kind == "steps" else "，扣完为止"
        return f"{self.inner.canonical(label)}；{listed}{floor}"

    def implied_max(self) -> Decimal | None:
        return self.inner.implied_max()

    def default_shape(self, label: str) -> Shape:
        return replace(self.inner.default_shape(label), failure_kinds=len(self.faults))

    def build(self, ctx: Context) -> tuple[Expr, Expr]:
        # the measure's own score, before the faults
        own = Context(ctx.shape, ctx.label, definition=ctx.definition, printed_credits=ctx.printed_credits)
        raw, text = self.inner.build(own)
        if own.columns:
            raise InputError("按情形扣分的计量部分需要逐项明细表（items），请把扣分情形拆成单独的指标")
        names = {name: f"measured_{name}" for name in own.defs} | {SCORE.name: "measured_score"}
        ctx.absorb(own, names)
        measured = ctx.define("measured_score", maximum(ZERO, renamed(raw, names)))
        text = renamed(text, names)
        counts = kind_counts(ctx, "扣分情形", [f.what for f in self.faults], [f.entered() for f in self.faults])
        deductions = []
        for index, (fault, cap, count) in enumerate(zip(self.faults, self.caps, counts), start=1):
            deducted = fault.deduction(count)
            deductions.append(ctx.define(f"fault_deduction_{index}", deducted if cap is None else minimum(num(cap), deducted)))
        listed = concat(*(
            If(Cmp(">", count, ZERO), concat("；", fault.what, "" if fault.once else concat(Fmt(count), fault.unit), "，扣", Fmt(deduction), "分",
                                             "" if cap is None else f"（最多扣{general_text(cap)}分）"), Text(""))
            for fault, cap, count, deduction in zip(self.faults, self.caps, counts, deductions)
        ))
        return maximum(ZERO, sub(measured, total(deductions))), concat(
            "（", text, "）", listed, "；得", Fmt(SCORE), "分")


def counted_apart(inner: Any, faults: list[Fault]) -> bool:
    """巡查指导记录每缺1份 beside 每下降2%: faults counted in 起/次/件/份 beside a rate count something else than the
    rate's own shortfall."""
    return inner.unit == "%" and all(fault.unit in COUNT_UNITS for fault in faults)


def beside_bands(inner: Any, faults: list[Fault], label: str, floor_said: bool) -> bool:
    """满意度≥90%得5分，80%-90%得3分…；经查实的有效投诉，每起扣1分: bands that award points on a rate, and faults
    counted apart from it that deduct on top — unless a fault's name says it missed the measure (每有1个项目未完成扣1分
    beside 完成率 bands, 每有1户不知晓 beside 知晓率: on top of the bands, or what they already scored?). Bands that only
    deduct (群众安全感低于80扣3分;服务态度差扣2分) are faults of a list themselves."""
    outcomes = [outcome for _, outcome in inner.cases]
    if zero_alone(inner):
        # 满意度低于80%的不得分；每发现1处问题扣1分: only the zero written, the rest of the rate scoring in full (否则得满分,
        # as the zero alone reads), from which the faults counted apart deduct
        outcomes.append(inner.otherwise)
    if any(ONE in (interval.low, interval.high) for interval, _ in inner.cases) and not _shortfall_scored(inner):
        return False  # 火化率保持100%(15分)1.发生一起土葬事件,扣10分: any fault may be what keeps the rate below 100%
    if not floor_said and not any(isinstance(outcome, Award) and outcome.points is None for outcome in outcomes):
        # 建制率达标得4分,75%以上得3分…,未同步签订工资专项与女职工专项每缺失一项扣2分 (分值8): points of their own (4 + 2×2),
        # deducted from those, not from the bands' — only 满分 or 扣完为止 (the lexicon's CAP_ALL) says the faults come off
        # the item's score
        return False
    return counted_apart(inner, faults) and any(isinstance(outcome, Award) and outcome.points != 0 for outcome in outcomes) \
        and not any(isinstance(outcome, Minus) for outcome in outcomes) and not _name_the_measure(faults, label)


def zero_alone(inner: Any) -> bool:
    """满意度低于80%的不得分 (beside faults): the zero at a level is all the measure's bands write, full marks (or the
    heading's points) otherwise."""
    outcomes = [outcome for _, outcome in inner.cases]
    return isinstance(inner.otherwise, Award) and inner.otherwise.points != 0 and bool(outcomes) \
        and all(outcome == Award(Decimal(0)) for outcome in outcomes)


def _shortfall_scored(inner: Any) -> bool:
    """上岗率达到100%得5分；低于100%的，得分=上岗率×5 / 覆盖率100%得3分，95%(含)-100%得2分: the text scores the measure
    short of 100% itself (by its formula, or a band awarding points), so a fault counted apart is no way of scoring that
    shortfall — it comes on top, as written."""
    if inner.stated_otherwise and isinstance(inner.otherwise, Scaled):
        return True
    return any(interval.high is not None and interval.high <= ONE and interval.low is not None
               and isinstance(outcome, Award) and outcome.points for interval, outcome in inner.cases)


def _name_the_measure(faults: list[Fault], label: str) -> bool:
    """每有1个项目未完成 beside 完成率 / 每有1户不知晓 beside 知晓率: a fault that may be the measure's own shortfall —
    not 不合格产品未按规定核查处置 beside 合格率, what was done about the failing ones (a failing of its own after them)."""
    stem = re.sub(r"[^\u4e00-\u9fff]|[率度]$", "", label)[-2:]
    return any(_MEASURE_MISSED.search(fault.what) or (len(stem) == 2 and stem in fault.what and not _HANDLING_AFTER.match(
        fault.what, fault.what.index(stem) + 2)) for fault in faults)


# 不合格产品未按规定核查处置 / 不合格案件未整改: the failing ones (the measure's stem) then their handling failed
_HANDLING_AFTER = lazy_compile(r"[\u4e00-\u9fff]{1,6}?(?:未|没有)(?:按规定|按要求|及时)?(?:核查|处置|整改|处理|查处|追回|上报)")


def split_faults(scoring: list[Clause], context: list[Clause]) -> tuple[list[Clause], list[tuple[Fault, Decimal | None]]] | None:
    """The clauses of the measured rule, and the faults written after them (each with its own cap); None when the
    text does not end in such faults."""
    faults: list[tuple[Fault, Decimal | None]] = []
    index = len(scoring)
    if index > 1 and _floor_alone(scoring[-1]):
        index -= 1  # 扣完为止 / 本项最低0分 after the faults: the score's own floor of 0
    while index > 0:
        clause = scoring[index - 1]
        cap: Decimal | None = None
        if clause.cap is not None and clause.cap[0] == "points" and clause.outcome is None and clause.per is None \
                and clause.condition is None and clause.occurrence is None and not clause.unread and index > 1:
            cap, index = clause.cap[1], index - 1
            clause = scoring[index - 1]
        fault = _counted_fault(clause, context)
        if fault is None:
            if cap is not None:
                index += 1
            break
        if clause.cap is not None:
            if cap is not None or clause.cap[0] != "points":
                return None
            cap = clause.cap[1]
        faults.insert(0, (fault, cap))
        index -= 1
    rest = scoring[:index]
    if not faults or not rest or len({fault.what for fault, _ in faults}) < len(faults):
        return None
    return rest, faults


def _floor_alone(clause: Clause) -> bool:
    """扣完为止 / 本项最低0分: the item's floor of 0, said on its own."""
    kinds = [t.kind for t in clause.tokens]
    return clause.cap == ("all", None) and (kinds == ["CAP_ALL"] or (kinds == ["WORD", "CAP_ALL"] and _ITEM.fullmatch(clause.tokens[0].text) is not None))


def split_faults_before(scoring: list[Clause], context: list[Clause]) \
        -> tuple[list[Clause], list[Clause], list[tuple[Fault, Decimal | None]]] | None:
    """The clauses of the measured rule with the context they read, and the faults written before its steps: at the
    text's start, or between the level and steps that name the level's measure again (so that the steps are the
    level's own, not the fault's). None when the text has no such run of faults."""
    first = 0
    while first < len(scoring) and _counted_fault(scoring[first], context) is None:
        first += 1
    faults: list[tuple[Fault, Decimal | None]] = []
    index = first
    while index < len(scoring):
        fault = _counted_fault(scoring[index], context)
        if fault is None:
            break
        cap = scoring[index].cap[1] if scoring[index].cap is not None and scoring[index].cap[0] == "points" else None
        if scoring[index].cap is not None and cap is None:
            return None
        index += 1
        if index < len(scoring) and _cap_alone(scoring[index]):
            if cap is not None:
                return None
            cap, index = scoring[index].cap[1], index + 1  # type: ignore[index]
        faults.append((fault, cap))
    rest = scoring[:first] + scoring[index:]
    if not faults or first == len(scoring) or index == len(scoring) or len({fault.what for fault, _ in faults}) < len(faults):
        return None
    if first > 0:  # between the level and its steps: the steps must say whose they are
        steps = scoring[index]
        name = steps.label.strip("，,的")
        if steps.step is None or len(name) < 2 or not any(
                clause.condition is not None and clause.label.endswith(name) for clause in scoring[:first]):
            return None
    low = scoring[first - 1].end if first else -1
    high = scoring[index - 1].end
    return rest, [c for c in context if not low < c.start < high], faults


def _cap_alone(clause: Clause) -> bool:
    """最多扣2分 after a fault: its own cap."""
    return clause.cap is not None and clause.cap[0] == "points" and clause.outcome is None and clause.per is None \
        and clause.condition is None and clause.occurrence is None and not clause.unread


def _counted_fault(clause: Clause, context: list[Clause]) -> Fault | None:
    """每发现1项质量未达到设计要求的，扣1分: one occurrence counted by 1, what it is named in it or just before it;
    巡查指导记录每缺1份扣0.1分: each one missing, as item_deductions.fault_of reads it."""
    if sum(t.kind == "PTS" and (i == 0 or clause.tokens[i - 1].kind != "CAP") for i, t in enumerate(clause.tokens)) != 1:
        return None  # (巡查指导记录每缺1份扣0.1分最每高扣5分: a second amount the fault does not read)
    if clause.step is not None and clause.step[:2] == ("below", Decimal(1)) and clause.step[2] in COUNT_UNITS \
            and clause.step[2] not in MEASURE_ONLY_UNITS and clause.condition is None and clause.outcome is None \
            and not clause.unread:  # (…每缺1份扣0.1分最每高扣5分: the 5 unread, never dropped)
        from .item_deductions import fault_of

        return fault_of(clause, context)
    if clause.occurrence is None and clause.step is None and clause.condition is None and not clause.unread and not clause.otherwise:
        from .item_deductions import fault_of

        fault = fault_of(clause, context)  # 未按规定冲洒水,每次扣2分 / 隐患未排查或未整改扣5分: each time, or once
        if fault is None or fault.points is not None or any(char.isdigit() for char in fault.what) \
                or _MEASURE_MISSED.search(fault.what) or _CAP_WORDS.search(fault.what):
            return None  # (培训率未达标扣5分 after 每下降1%扣1分: the measure's own shortfall again, on top or instead?)
        return fault
    if clause.occurrence is None or clause.occurrence[0] != 1 or clause.per is None or clause.condition is not None \
            or clause.step is not None or clause.outcome is not None or clause.unread or clause.otherwise:
        return None
    what = clause.occurrence[2].strip("，,的")  # (每发现1项 / 每发生1起: the verb stands before the count)
    if not what:
        before = max((c for c in context if c.end <= clause.start and clause.start - c.end <= 1), key=lambda c: c.end, default=None)
        if before is None or before.condition is not None or before.unread \
                or any(t.kind != "WORD" for t in before.tokens[:-1]) or before.tokens[-1].kind not in ("WORD", "DE"):
            return None  # (年内新增活人墓的，每发现1座扣0.5分: the situation, then each one found)
        what = before.text.strip("，,的")
        if _MEASURE_MISSED.search(what) or _CAP_WORDS.search(what):
            return None  # (未达标的，每发现1处扣1分: the measure's own shortfall again?)
    if not what or any(char.isdigit() for char in what):
        return None
    return Fault(what, clause.per, clause.occurrence[1] or "项")


def _tier(clause: Clause) -> bool:
    """满意度90分以下扣1分 / 80%≤满意度<90%扣1分 / 90分以上满分: a band of the measure that deducts from the 分值 (or keeps it)."""
    return clause.condition is not None and clause.outcome is not None and clause.step is None and clause.per is None \
        and clause.occurrence is None and clause.cap is None and not clause.unread and not clause.otherwise \
        and (clause.outcome[0] == "minus" or clause.outcome == ("points", None))


def split_tiers_among_faults(scoring: list[Clause], context: list[Clause]) \
        -> tuple[list[Clause], list[Clause], list[tuple[Fault, Decimal | None]]] | None:
    """未纳入规划扣0.25分;…,考核权重低于3%的扣0.25分,低于2%的扣0.5分;未落实…经费的扣0.25分: tiers of one measure, each
    deducting from the 分值, with faults written before or after them (in a list of deductions): the tiers, the context
    they read, and the faults in the order written (each with its own cap). None for any other text."""
    first = next((index for index, clause in enumerate(scoring) if _tier(clause)), None)
    if first is None:
        return None
    last = first
    while last + 1 < len(scoring) and _tier(scoring[last + 1]):
        last += 1
    if last + 1 < len(scoring) and scoring[last + 1].otherwise and scoring[last + 1].outcome == ("points", None) \
            and scoring[last + 1].condition is None:
        last += 1  # 否则得满分 after the tiers (as their 规范写法 writes it): the values no tier holds keep the 分值
    tiers = scoring[first:last + 1]
    if sum(clause.outcome[0] == "minus" for clause in tiers) < 2:  # type: ignore[index]
        return None  # (群众安全感低于80扣3分 alone: a fault of the list, answered yes or no)
    end = len(scoring)
    if end - 1 > last and scoring[-1].cap == ("all", None) and len(scoring[-1].tokens) == 1:
        end -= 1  # 扣完为止 after the faults: the score's own floor of 0
    faults: list[tuple[Fault, Decimal | None]] = []
    taken: list[tuple[int, int]] = []  # the text each fault reads its name from
    indices = [*range(first), *range(last + 1, end)]
    for at, index in enumerate(indices):
        clause = scoring[index]
        if _cap_alone(clause) and at and indices[at - 1] == index - 1 and faults[-1][1] is None:
            faults[-1] = (faults[-1][0], clause.cap[1])  # type: ignore[index]  # 每…扣0.5分，最多扣2分: that fault's cap
            continue
        fault = _counted_fault(clause, context)
        if fault is None:
            return None
        cap = clause.cap[1] if clause.cap is not None and clause.cap[0] == "points" else None
        if clause.cap is not None and cap is None:
            return None
        faults.append((fault, cap))
        taken.append((scoring[index - 1].end if index else -1, clause.end))
    if not faults or len({fault.what for fault, _ in faults}) < len(faults):
        return None
    return tiers, [c for c in context if not any(low < c.start < high for low, high in taken)], faults


def tiers_beside_faults(inner: Any, faults: list[Fault], label: str) -> bool:
    """Tiers that only deduct from the 分值 (80%≤满意度<90%扣1分；满意度<80%扣5分), beside faults that are not the
    measure's own shortfall said again: the faults come off the same 分值, on top of the tier's deduction."""
    outcomes = [outcome for _, outcome in inner.cases]
    return inner.kind == "bands" and sum(isinstance(outcome, Minus) for outcome in outcomes) >= 2 \
        and all(isinstance(outcome, Minus) or (isinstance(outcome, Award) and outcome.points is None) for outcome in outcomes) \
        and not _name_the_measure(faults, label)
