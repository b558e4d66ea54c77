"""Numbers inside what an item requires or what a fault is: ``镇区主街道实行14小时以上保洁，得10分`` /
``配备1名以上综治社工，5分`` / ``评优比例低于20%的扣3分`` / ``因故障延误三个工作日以上扣5分``.

In a list of items (each with its own fixed points) or of faults (each with its own fixed deduction), a
number written inside one item's description is part of a requirement the evaluator judges met or not met
(or of a situation that occurred or did not): the data is whether the item is met, or how often the fault
occurred, never the number itself. This reading is tried only when the text read as a whole fails, and
only when the number cannot be the indicator's own measure: no step, no formula, no deviation (±), no
target, and no two comparisons of the same unit at different levels anywhere in the text (those are bands
of one measure). The reading quotes every requirement in its 规范写法, so each number stays in view.

Levels that sort the occurrences counted, in a unit of their own (``死亡3-5人的，每起扣5分；死亡6-9人的，每起扣10分`` /
``单起受害面积30亩以上的扣10分，扣完为止``) or by each occurrence's own rate (``出现差错且差错率在5%以下的，每次扣3分，
差错率达到5%及以上的，每次扣5分``: 每次 counts them), are kinds of fault, not bands of the indicator's measure, as long
as no occurrence could meet two of them (two rates' levels may share a boundary only where it is said whose it is). A requirement on a count followed by the fault that is that requirement unmet
(``编制不少于3人，少于3人的扣2分，人员不到位的扣2分``) is no band either: the fault keeps the requirement's subject.

The same walk reads checklists whose item descriptions run over several clauses before the points
(``建立资金预算、管理、拨付制度,有相关文件或书面材料,且严格参照执行的,得2分;否则不得分`` / ``逐级签订综治责任书,1分``),
with or without numbers: an item is everything from the previous item's points to its own; requirements
in words closed by their own 未…的不得分 (met: the 分值); and requirements whose numbers sit inside words with
no scoring method at all (河道联系人24小时开机: the evaluator's entered score, not a lost table).
"""

from __future__ import annotations

import re
from decimal import Decimal
from dataclasses import replace

from .clauses import Clause, Condition
from .item_deductions import _STATED_FULL, fault_of, leads_with_others, missed_otherwise, points_after_words
from .choices import one_requirement_ways
from .measure_names import named_apart
from .clause_words import situation_award
from .count_ladder import counted_rungs
from .errors import Unplaced
from .fault_kinds import Fault, FaultKinds
from .fault_units import THING_TIMES, counted_thing
from .fault_ranges import FaultRanges, RangedFault, closes_with_entered_note, described_range
from .item_caps import caps_closed_by_items
from .lesser_degree_points import BASIC_NAMES
from .period_each import how_often_only
from .model import Checklist, Scorer
from .piecewise import TARGET
from ..text.lazy_regex import lazy_compile
from ..text.lexicon import COUNT_UNITS, RETRIED
from ..text.titles import without_titles

# what a description may hold besides words: a count, a comparison, a level (不少于40小时 / 1名以上 / 低于20%)
_DESCRIPTION = frozenset({"WORD", "NUM", "CMP", "SUF", "RANGE", "INCL", "DE", "AND", "OPEN", "CLOSE", "NOTE", "EXCEPT",
                          "STEPV", "ALL_MET", "VERB", "REF", "BY", "SEP"})
_POINTS = frozenset({"VERB", "PTS", "OPEN", "CLOSE"})
# 否则不得分 / 未达到的计0分 / 没有中转站不得分: not meeting the item just listed scores nothing, as the points say
_UNMET = lazy_compile(r"(?:否则|其他|其余|未|没有|无|不|达不到)[\u4e00-\u9fff、“”]{0,16}?(?:的|者)?[,，]?(?:该项|此项|本项)?(?:不得分|不计分|不记分|计0分|记0分|得0分)")
# 上述两项均不符合 / 满足1条 / 2条指标均符合: how many of the items are met, not an item
# (人均面积达1.5平方米 / 平均 / 户均: a measure per person or household, not 均 summing the items up)
_SUMMARY = lazy_compile(r"上述|以上各|以上每|以上\d|(?<![人平户年月日亩村])均|都|全部(?!或部分)|满足\d|符合\d|\d+(?:项|条|个)(?:指标|要求|标准|要点)")
_LIMIT_WORDS = lazy_compile(r"(?:最多|最高|最多不超过|最高不超过|不超过|满分|满分为|总分|总分为|上限|封顶)[,，]?(?:得|计|记|加)?")
_REMARK = lazy_compile(r"\([^()\d]*\)$")  # 没有中转站不得分(实地查看): how it is checked
_NOTE_ONLY = frozenset({"WORD", "BY", "OPEN", "CLOSE", "DE", "NOTE"})  # (由区综治办评分) / 按实际情况评分(查阅资料)


def read_described(scoring: list[Clause], context: list[Clause]) -> Scorer | None:
    """A list of items or of faults whose descriptions hold numbers; None when the text is not one."""
    clauses = sorted(scoring + context, key=lambda c: c.start)
    if counted_rungs(scoring):
        return None  # 有平台得1分，有2个以上得2分: rungs of one count (once 评价要点 summing to 3)
    _apart_from_requirement(clauses)
    _refuse_margins_over_average(clauses)
    if _bands_of_one_measure(clauses) or any(t.kind == "PTS" for c in scoring for t in c.unread):
        return None  # (…满分符合计2分: points the grammar could not place are no item's description)
    return _items(clauses, scoring) or _faults(clauses, scoring, context) or _met_or_nothing(clauses, scoring)


def requirements_only(context: list[Clause]) -> bool:
    """设立河长公示牌,信息公开,河道联系人24小时开机: requirements in words whose numbers (with their units, no
    comparison) say what is required — a text with no scoring method, not a table whose layout was lost."""
    numbered = [c for c in context if _numbered(c.tokens)]
    return bool(numbered) and all(
        _describes(c) and c.condition is None and not any(t.kind in ("CMP", "SUF", "RANGE") for t in c.tokens)
        and all(t.unit and 0 < i < len(c.tokens) - 1 and c.tokens[i - 1].kind == c.tokens[i + 1].kind == "WORD"
                for i, t in enumerate(c.tokens) if t.kind == "NUM")  # (100%90%85%: a table's lost columns)
        for c in numbered
    )


def _met_or_nothing(clauses: list[Clause], scoring: list[Clause]) -> Checklist | None:
    """各村设立环卫保洁人员,落实岗位职责和报酬,未落实的不得分: requirements in words, then what not meeting them
    scores (nothing) — the 分值 when they are met. The negated words must be the requirements' own."""
    if len(scoring) != 1 or scoring[0] is not clauses[-1] or _numbered(scoring[0].tokens):
        return None
    unmet = _UNMET.fullmatch(scoring[0].text)
    described = clauses[:-1]
    if unmet is None or not described or not all(_describes(c) and c.condition is None for c in described):
        return None
    negated = _NEGATED.match(scoring[0].text)
    if negated is not None and any(negated.group(1) in c.text for c in described):
        return Checklist(count=1, equal=True)
    if missed_otherwise(scoring[0].text) or any(c.marker for c in described) or "以上" in scoring[0].text \
            or "上述" in scoring[0].text:
        # 1.建立制度。2.开展培训。以上指标,不达标不得分: both needed, or half the 分值 each?
        return None
    # 统计工作纳入议事日程,没有分工文件的不得分: the negated words need not repeat the description's — the criterion
    # scores nothing unless what is negated is there, and the 分值 when it is, as 没有分工文件的不得分 alone does
    return Checklist(count=1, equal=True)



def _refuse_margins_over_average(clauses: list[Clause]) -> None:
    """超过平均值5个百分点以内扣1分,超过5个百分点以上扣2分: levels of the margin over an average are bands of that
    margin, once read as two faults (超过平均值5%以内 / 超过5%以上: the points made %, the average dropped from the second)."""
    compared = [c for c in clauses if c.condition is not None]
    averaged = next((c for c in compared if _MARGIN_OVER_AVERAGE.search(c.text)), None)
    if averaged is not None and any(c is not averaged and c.condition.unit == averaged.condition.unit for c in compared):  # type: ignore[union-attr]
        raise Unplaced(averaged, "按超过（或低于）平均值的幅度分档扣分，暂不能识别（平均值及与它的差距需另行计算后按分档写明）",
                       certain=True)


# 超过平均值5% / 高于全省平均水平10%: a margin over an average (not 平均响应时间2小时, a measure that is an average)
_MARGIN_OVER_AVERAGE = lazy_compile(r"(?:超过|超出|高于|低于|少于|多于)[\u4e00-\u9fff]{0,8}平均(?:值|水平|数)\d")


def _bands_of_one_measure(clauses: list[Clause]) -> bool:
    """≥90%…；80%-90%…: two comparisons of one unit at different levels are bands of a measure, not requirements."""
    compared = [c for c in clauses if c.condition is not None]
    required = [c for c in compared if _requirement(c) is not None and any(_negates(c, f) for f in compared)]
    compared = [c for c in compared if c not in required]  # 编制不少于3人，少于3人的扣2分: a requirement, then its fault
    if compared and all(_counted_apart(c) for c in compared):
        overlap = _overlapping(compared)
        if overlap is not None:
            raise Unplaced(overlap, "各档条件有重叠：同一起（次）可能同时符合两档，按哪一档扣分没有写明")
        gap = _gap_between(compared)
        if gap is not None:
            raise Unplaced(gap, "各档条件之间有空档：介于两档之间的一起（次）按哪一档扣分（或不扣分）没有写明", certain=True)
        return False  # 死亡3-5人的，每起扣5分；死亡6-9人的，每起扣10分: each accident sorted by its toll, and counted
    if any(_measured(c.condition) for c in compared):  # type: ignore[arg-type]
        return True
    item = _item_of(clauses)
    return any(a.condition.unit == b.condition.unit and a.condition.interval != b.condition.interval  # type: ignore[union-attr]
               and not _other_subjects(a, b) and not named_apart(a.label, b.label) and not _one_item(a, b, item)
               for i, a in enumerate(compared) for b in compared[i + 1:])


def _item_of(clauses: list[Clause]) -> dict[int, int]:
    """Which item each clause describes, counting the clauses that score (each closes an item)."""
    item, seen = {}, 0
    for clause in clauses:
        item[id(clause)] = seen
        seen += clause.scoring
    return item


def _one_item(a: Clause, b: Clause, item: dict[int, int]) -> bool:
    """常住人口万人以上乡(镇)配备统计人员2人以上,万人以下的配备1人以上(2分): two levels of one count in one item's
    requirement (the staff each size of town needs), the second closed by the item's points — never bands, which
    each carry points of their own (nor a requirement and its fault: 少于3人,少于2人的扣3分 deducts)."""
    if item[id(a)] != item[id(b)] or a.scoring or _points_cut(b) is None:
        return False
    first, second = a.condition.interval, b.condition.interval  # type: ignore[union-attr]
    # (each size's staff at least so many, or the sizes on either side of one bound: 5000人以上的…,5000人以下的… — both
    # levels one-sided, never ≥90%, then 80%-90% in one sentence)
    if not all((i.low is None) != (i.high is None) for i in (first, second)):
        return False
    return (first.low is None) == (second.low is None) or {first.low, first.high} == {second.low, second.high}


def _counted_apart(clause: Clause) -> bool:
    """…死亡3-5人的，每起扣5分: the level sorts what is counted (每起, in a unit of its own), it is no measure of the indicator."""
    kinds = [t.kind for t in clause.tokens]
    single = _SINGLE.match(clause.text)
    found = _each_found(clause)
    if single is not None and kinds[-2:] == ["DEDUCT", "PTS"] and clause.condition is not None and clause.step is None:
        unit = single.group(1)  # 单起受害面积30亩以上的扣10分: each such fire
    elif found is not None and clause.condition is not None:
        unit = found[1]  # 迟到30分钟以上的每出现一次扣1分: 每次, said with the verb of its happening
    elif kinds[-4:] != ["EACH", "WORD", "DEDUCT", "PTS"] or clause.condition is None or clause.step is not None:
        return False
    else:
        unit = clause.tokens[-3].text
    bounds = clause.condition.interval.bounds()
    # 出现差错且差错率在5%以下的，每次扣3分: each occurrence's own rate (每次 / 每起 counts them; never 每项 / 每人, the
    # items or people a rate of the indicator could be taken over)
    own_rate = clause.condition.unit == "%" and single is None and unit in _OCCURRENCES
    return bool(_EACH_UNIT.match("每" + unit)) and unit != clause.condition.unit and (clause.condition.unit in COUNT_UNITS or (
        single is not None and clause.condition.unit not in ("", "%")) or own_rate) \
        and all(bound is None or isinstance(bound, Decimal) for bound in bounds) and not clause.condition.interval.magnitude


_OCCURRENCES = frozenset({"次", "起", "例", "宗"})

# a limit each occurrence is held to: how long it took, how far, how large — never a count (每月迟到超过3次的,每次扣1分:
# each time, or each time beyond 3?) nor a rate or an amount (the indicator's own measure)
_TIME_OR_SIZE = frozenset({"分钟", "小时", "天", "日", "个工作日", "工作日", "周", "个星期", "个月", "米", "厘米", "毫米", "公里", "千米", "平方米"})
# (…应在受理之日起15个工作日内兑付，超期兑付每份扣0.1分: each file, payment or household held to the limit, as each time)
_COUNTED_OCCURRENCES = frozenset({"次", "起", "例", "宗", "件", "处", "人次", "宗次", "件次", "户次", "份", "笔", "户", *THING_TIMES})


def _each_within_time_or_size(clause: Clause, fault: Fault) -> bool:
    """未在24小时内上报的,每次扣1分 / 迟到15分钟以上的每次扣1分: a fault counted each time it happens whose level is a
    time or a size each occurrence is held to — the count is of the occurrences (the level a part of what each one
    is), never the indicator's own measure, which a single fault with a level may otherwise be (评优比例低于20%的扣3分).
    Not a step in the level's own unit (超过10天的每天扣1分: each day beyond 10)."""
    return not fault.once and (fault.unit in _COUNTED_OCCURRENCES or counted_thing(fault.unit)) and clause.condition is not None \
        and clause.condition.unit in _TIME_OR_SIZE and clause.step is None and not clause.condition.interval.magnitude \
        and _A_TOTAL.search(re.split(r"\d", clause.text, maxsplit=1)[0]) is None


# 平均响应时间超过30分钟 / 全年累计迟到超过5天: a total or an average over the period, the indicator's own measure — not
# what each occurrence is held to
_A_TOTAL = lazy_compile(r"平均|均值|累计|合计|总计|共计|全年|年度|总时长|总天数")


def _overlapping(compared: list[Clause]) -> Clause | None:
    """Two levels that one occurrence could meet both (低于90%…每批次；低于80%…每批次), unless their subjects differ in
    words (发生较大安全事故死亡3-5人 / 命案造成3-4人死亡): which kind it is would be the evaluator's guess."""
    def span(clause: Clause) -> tuple[Decimal, Decimal]:
        interval = clause.condition.interval  # type: ignore[union-attr]
        low = Decimal("-Infinity") if interval.low is None else interval.low
        high = Decimal("Infinity") if interval.high is None else interval.high
        return low, high  # (closed: 3-5人 and 5-9人 share the 5)

    def subject(clause: Clause) -> str:
        first = next(i for i, t in enumerate(clause.tokens) if t.kind in ("NUM", "CMP"))
        return "".join(t.text for t in clause.tokens[:first] if t.kind == "WORD")

    def done(clause: Clause) -> str:
        number = next(i for i, t in enumerate(clause.tokens) if t.kind == "NUM")
        return "".join(t.text for t in clause.tokens[number + 1:] if t.kind == "WORD" and t.text != "每")

    for i, a in enumerate(compared):
        for b in compared[i + 1:]:
            (low_a, high_a), (low_b, high_b) = span(a), span(b)
            if max(low_a, low_b) == min(high_a, high_b) and _boundary_kept(a, b, max(low_a, low_b)):
                continue  # 差错率在5%以下 / 差错率超过5% or 差错率达到5%及以上: whose the 5% is, is said
            if max(low_a, low_b) <= min(high_a, high_b):
                first, second = subject(a), subject(b)
                if a.condition.unit != b.condition.unit:  # type: ignore[union-attr]
                    # 未在30分钟内响应的…；未在24小时内修复的…: limits in two units, on two things done (the words
                    # after the level differ) — two kinds, not one lateness at two levels (迟到30分钟以上 / 迟到1小时以上)
                    first, second = first + done(a), second + done(b)
                if not first or not second or first in second or second in first:
                    return b
    return None


def _boundary_kept(a: Clause, b: Clause, point: Decimal) -> bool:
    """差错率在5%以下 / 差错率超过5% (one holds the 5%) or 差错率在5%以下 / 差错率达到5%及以上 (both hold it as read, one
    says so with 及): two rates' levels that share only their boundary, whose the boundary is being said (a count's
    3-5人 / 5-9人 stay overlapping: neither says whose the 5 is)."""
    if a.condition.unit != "%" or b.condition.unit != "%":  # type: ignore[union-attr]
        return False
    held = [(i.low == point and i.low_inclusive) or (i.high == point and i.high_inclusive)
            for i in (a.condition.interval, b.condition.interval)]  # type: ignore[union-attr]
    return not all(held) or sum(bool(_HOLDS_BOUNDARY.search(c.text)) for c in (a, b)) == 1


_HOLDS_BOUNDARY = lazy_compile(r"及以上|及以下|\(含\)|含\d")


def _gap_between(compared: list[Clause]) -> Clause | None:
    """发现河面有1平方米以下成堆漂浮物的，每处扣1分；…3平方米以上…，每处扣3分: levels of one size, of one subject, that
    leave sizes between them (a 2㎡ pile: 1, 3 or nothing?) — once read as two faults, the pile between them the
    evaluator's guess. A whole count's next level (死亡3-5人 / 6-9人) leaves nothing between."""
    def low(clause: Clause) -> Decimal:
        bound = clause.condition.interval.low  # type: ignore[union-attr]
        return bound if isinstance(bound, Decimal) else Decimal("-Infinity")

    for a, b in zip(sorted(compared, key=low), sorted(compared, key=low)[1:]):
        high, start = a.condition.interval.high, b.condition.interval.low  # type: ignore[union-attr]
        if a.condition.unit != b.condition.unit or not isinstance(high, Decimal) or not isinstance(start, Decimal):  # type: ignore[union-attr]
            continue
        step = 1 if a.condition.unit in COUNT_UNITS else 0  # type: ignore[union-attr]
        if start - high > step and _same_subject(a, b):
            return b
    return None


def _same_subject(a: Clause, b: Clause) -> bool:
    """The words before each level's number (发现河面有 / 发现河面有): one subject sorted by size, not two kinds."""
    def subject(clause: Clause) -> str:
        first = next(i for i, t in enumerate(clause.tokens) if t.kind in ("NUM", "CMP"))
        return "".join(t.text for t in clause.tokens[:first] if t.kind == "WORD")

    first, second = subject(a), subject(b)
    return not first or not second or first in second or second in first


def _other_subjects(a: Clause, b: Clause) -> bool:
    """初信初访化解率达到90%(7分)、重信重访化解率达到80%(7分): each level compares a rate of its own, named in full —
    requirements of two items, not bands of one measure (满意度≥90%…；80%-90%… names one, or leaves the second unnamed)."""
    first, second = (re.sub(r"[^\u4e00-\u9fff]", "", c.label) for c in (a, b))
    named = all(len(name) >= 3 and name.endswith("率") for name in (first, second))  # (500米…；50米…: distances stay bands)
    return named and first not in second and second not in first



def _measured(condition: Condition) -> bool:
    """±5%以内 / 达到目标值 / 安全感低于80 (a level with no unit, on a scale not said): a measure's, not a requirement's."""
    interval = condition.interval
    return interval.magnitude or any(condition.bare) or TARGET in interval.bounds() or not all(
        bound is None or isinstance(bound, Decimal) for bound in interval.bounds()
    )


def _worded(tokens: list, each: bool = False) -> bool:
    """Description tokens only, a verb among them only before words (评优比例低于20%: not 得10分); ``each``: 每个村居
    配备1名民警 may describe (in a clause that scores nothing: beside points, 每 counts what earns them). A bare
    number alone in brackets ((80)建立台账) is a damaged marker or cell, no requirement."""
    kinds = [t.kind for t in tokens]
    return set(kinds) <= _DESCRIPTION | ({"EACH"} if each else set()) and all(
        t.kind != "VERB" or (i + 1 < len(tokens) and tokens[i + 1].kind == "WORD") for i, t in enumerate(tokens)
    ) and not any(kinds[i:i + 3] == ["OPEN", "NUM", "CLOSE"] and not tokens[i + 1].unit for i in range(len(kinds)))


def _numbered(tokens: list) -> bool:
    return any(t.kind == "NUM" for t in tokens)


# ---------------------------------------------------------------- items, each with its points


def _items(clauses: list[Clause], scoring: list[Clause]) -> Checklist | None:
    """…，得10分；…，5分；(1)…(4分): each item's description runs from the previous item's points to its own."""
    points: list[Decimal] = []
    requirements: list[str] = []
    pending: list[str] = []
    headed = unmarked = False
    last_item = -1
    for index, clause in enumerate(clauses):
        cut = _points_cut(clause)
        if clause.marker is not None and pending and not points:
            pending = []  # 评价要点：①… — words before the first marked item head the list
        if cut is not None:
            described = clause.tokens[:cut]
            wording = _before(clause, cut)
            requirement = "，".join(pending + ([wording] if wording else []))
            if not requirement or _SUMMARY.search(requirement) or _LIMIT_WORDS.fullmatch(wording) or requirement.startswith("其中"):
                # (其中资料不全的得2分: a case among those of the item before, not an item of its own)
                # (4分) with nothing before it / 上述两项均不符合10分 / 最多2分 (a limit): not an item of its own
                return None
            if not points:  # 1.分解节能目标，2分 / 预算执行情况(20分): a name and points, no verb, no number
                headed = not pending and not _numbered(described) and "VERB" not in (t.kind for t in clause.tokens)
            elif clause.marker is None:
                unmarked = True  # (①…（10分）；②…（10分）: items marked alike, none of them a heading)
            points.append(clause.outcome[1])  # type: ignore[index]
            requirements.append(requirement)
            pending, last_item = [], index
        elif clause in scoring:
            # …记10分,达不到的,该项不得分: the item's own 不得分, its situation a clause of its own before it
            zero = ",".join(pending + [clause.text])
            if not requirements or last_item != index - 1 - len(pending) or _numbered(clause.tokens) \
                    or not _UNMET.fullmatch(_REMARK.sub("", zero)) or not _unmet_of(zero, requirements[-1]):
                return None  # a scoring clause that is not an item, nor the item's own 否则不得分
            pending = []
        elif clause.total_only:
            continue  # 总分3分: the total, which must follow the last item (below)
        elif clause.marker is not None and pending:
            return None  # (2) opens before (1) has its points: the points are not the items'
        elif clause.tokens and (_describes(clause) or (not clause.scoring and set(t.kind for t in clause.tokens) <= _NOTE_ONLY)):
            pending.append(clause.text)
        elif clause.tokens:
            return None
    tail = [c for c in clauses[last_item + 1:] if c.tokens and c not in scoring]  # (an item's 否则不得分 was checked)
    stated = [c for c in clauses if c.total_only]  # 总分3分: at most the total
    tail = [c for c in tail if c not in stated]
    limit = stated[0].stated_total if len(stated) == 1 else None
    if len(stated) > 1 or any(c not in clauses[last_item + 1:] for c in stated) or (limit is not None and limit >= sum(points)):
        return None  # a total before the items, or at or above the points' sum: not a limit of the points met
    if not points or any(_numbered(c.tokens) or not set(t.kind for t in c.tokens) <= _NOTE_ONLY
                         or c.tokens[0].kind not in ("OPEN", "BY") for c in tail):  # only a note may follow the last item
        return None
    if len(points) == 1 and any(c.condition is not None and not _bracketed_level(c) for c in clauses):
        return None  # one item compared with a level: a threshold of a measure, which the rest of the reader reads
    compared = [c for c in clauses if c.condition is not None]
    if headed and points[0] != sum(points[1:]) and any(_other_subjects(a, b) for i, a in enumerate(compared) for b in compared[i + 1:]):
        return None  # “两率”目标(12分)办结率达到95%(6分)、满意率达到90%(4分): a heading the items do not make up
    if len(points) > 1 and points[0] == sum(points[1:]) and headed and unmarked:
        if len(points) > 2 and not _graded(requirements[1:]):
            # “三率”目标(20分)初信初访化解率达到90%(7分)、…(7分)、…(6分): the heading's points, which the items make up
            return Checklist(points=tuple(points[1:]), requirements=tuple(r.lstrip("、，,") for r in requirements[1:]))
        return None  # ①足额发放薪酬满意度2分。满意度≥90%得2分: a heading and what makes it up, not two items
    if len(requirements) >= 2 and one_requirement_ways(requirements):
        # 获得国家级表彰得5分，获得省级表彰得3分: one honour at two levels — the better, or both added? (once 评价要点
        # named nothing, ①（5分）；②（3分）, a unit with both scoring 8)
        raise Unplaced(requirements[1], f"“{requirements[1]}”与“{requirements[0]}”是同一事项的不同级别：只按最高一级计分，"
                                        "还是各级分别计分再相加，没有写明；请写成等级（如“等级得分：…5分，…3分”）或写明“可累计”",
                       certain=True)
    if _graded(requirements):
        return None  # 重要指标完毕(19-16分)…有1项关键指标未完毕(15-8分): grades of one thing, not items to add
    if any(one_requirement_ways([a, b]) for i, a in enumerate(requirements) for b in requirements[i + 1:]):
        return None  # 新创建国家A级旅游景区(3分):创建成功AAA级…；创建成功AA级…: two of them levels of one thing, never both added
    damaged = next((r for r in requirements if _DAMAGED_POINTS.search(r)), None)
    if damaged is not None:  # …签字意见(0#5分): 0.5 damaged in the copy, once read as 5 points
        raise Unplaced(damaged, "要点分值前的数值无法识别（可能是识别错误，如“0.5分”）", certain=True)
    return Checklist(points=tuple(points), requirements=tuple(requirements), limit=limit)


def _bracketed_level(clause: Clause) -> bool:
    """做到有办公场所(有条件的村居可单独设置,合署办公的面积不少于30平方米): the level in a note on what the item
    requires, in brackets after it and scoring nothing — no measure of the indicator."""
    kinds = [t.kind for t in clause.tokens]
    if clause.scoring or "OPEN" not in kinds or kinds[-1] != "CLOSE" or kinds.count("OPEN") != 1:
        return False
    inside = kinds[kinds.index("OPEN"):]
    return "CMP" in inside and "CMP" not in kinds[:kinds.index("OPEN")] and "NUM" not in kinds[:kinds.index("OPEN")]


_DAMAGED_POINTS = lazy_compile(r"\(\d+[^\u4e00-\u9fff\d%()（）.]$")


# (经督促后完成 / 逾期完成: done, but late — a degree of the same thing as 按时完成, once an item to add to it)
# (基本生活标准 / 基本农田 / 基本支出: a name's own 基本, no lesser degree of another item — once the whole checklist
# refused for it; 不合格产品 / 合格率 / 合格供应商: 合格 naming a kind, no grade — a grade is said last: 验收合格)
# (一次性通过 / 修改后通过: lexicon.RETRIED)
_GRADE_WORDS = lazy_compile(rf"较|基本(?!{BASIC_NAMES})|一般|(?<!全部或)部分|良好|优秀|合格(?=的|$|[，,;；。])|差|欠|不理想|个别|整体|督促|逾期|延期|超期|推迟|补报|补交|滞后"
                            rf"|{RETRIED}")
# (不少于56小时 / 不低于标准: a comparison, no negation of another item's words — once 不少于12次 beside 不少于56小时 was
# read as an item negating the other, and the checklist refused)
_NEGATED = lazy_compile(r"(?:未|没有|不)(?!得?(?:少于|低于|超过|高于|多于|大于|小于))([\u4e00-\u9fff]{2})")


def _graded(requirements: list[str]) -> bool:
    """较完整 / 基本完成 / 关键指标未完毕 beside 指标完毕: words that grade one situation, or negate another item's."""
    requirements = [without_titles(r) for r in requirements]
    if any(not _manner(r, m, requirements) for r in requirements for m in _GRADE_WORDS.finditer(r)):
        return True
    bare = [re.sub(r"^按|\d+(?:\.\d+)?", "", r) for r in requirements if re.search(r"\d", r)]
    if any(a == b for i, a in enumerate(bare) for b in bare[i + 1:]):
        return True  # 按人均2元的标准投入到位计1分,人均3元的标准投入到位计2分: levels of one thing, not items to add
    if any(m.group(1) in other for r in requirements for m in _NEGATED.finditer(r) for other in requirements if other is not r):
        return True
    # 建立城市照明集中管理体制(6分)；建立不完善(3分): the same thing done less well, not a second item
    return any(m.group(1) in other for r in requirements for m in _DONE_LESS_WELL.finditer(r) for other in requirements if other is not r)


def _manner(requirement: str, grade: re.Match, requirements: list[str]) -> bool:
    """档案管理部门较好地发挥了监督、指导作用: 较好地 says how an item is done, the item's own requirement — a grade
    only when another item does the same thing (圆满完成任务得5分，较好地完成任务得3分)."""
    manner = _MANNER.match(requirement, grade.start())
    return manner is not None and not any(manner.group(1) in other for other in requirements if other is not requirement)


_MANNER = lazy_compile(r"较好地([\u4e00-\u9fff]{2})")
_DONE_LESS_WELL = lazy_compile(r"([\u4e00-\u9fff]{2})(?:不|未)(?:完善|健全|规范|到位|齐全|全面|完整|及时|合理|明确)")


_GENERIC_UNMET = lazy_compile(r"^(?:否则|其他|其余|(?:未|没有|不|达不到)(?:达到|做到|完成|落实|符合|满足|具备)?(?:的|者)?[,，]?(?:该项|此项|本项)?(?:不得分|不计分|不记分|计0分|记0分|得0分))")


def _unmet_of(zero: str, requirement: str) -> bool:
    """否则不得分 / 未达到的计0分 / 没有中转站不得分 (after …有1座以上压缩式垃圾中转站): the item just listed, not
    met; 没有台账不得分 after an item that names no 台账 would zero more than that item, and is not read so."""
    if _GENERIC_UNMET.match(zero):
        return True
    negated = _NEGATED.match(zero)
    return negated is not None and negated.group(1) in requirement


def _points_cut(clause: Clause) -> int | None:
    """Where an item's own points start (得10分 / 记4分 / ，5分 / (4分)); None when the clause is no such item."""
    if clause.outcome is None or clause.outcome[0] != "points" or not clause.outcome[1] or clause.step is not None \
            or clause.per is not None or clause.added is not None or clause.cap is not None or clause.otherwise \
            or clause.manual or clause.tiers or clause.reference is not None or clause.definition:
        return None
    kinds = [t.kind for t in clause.tokens]
    if clause.per_period and kinds[-3:] != ["OPEN", "PTS", "CLOSE"]:
        return None  # (①开放时间不少于每周40小时（1分）: the period in a point's wording, its points apart in brackets)
    points = max((i for i, k in enumerate(kinds) if k == "PTS"), default=None)
    if points is None or clause.tokens[points].value != clause.outcome[1]:
        return None
    cut = points
    while cut > 0 and kinds[cut - 1] in ("VERB", "OPEN"):
        cut -= 1
    if not set(kinds[cut:]) <= _POINTS or kinds[cut:].count("PTS") != 1:
        return None
    if not _worded(clause.tokens[:cut], each=how_often_only(clause.tokens[:cut], clause.text)) or "WORD" not in kinds[:cut] and cut > 0:
        return None
    return cut


def _describes(clause: Clause) -> bool:
    """明确1名负责人主管综治工作 / 主任担任: part of an item's description, scoring nothing."""
    return not clause.scoring and not clause.definition and not clause.per_period and clause.step is None \
        and _worded(clause.tokens, each=True) and any(t.kind == "WORD" for t in clause.tokens)


def _before(clause: Clause, cut: int) -> str:
    if cut == 0:
        return ""
    return clause.text[: clause.tokens[cut - 1].end - clause.start].strip("，,的 ")


# ---------------------------------------------------------------- faults, each with its deduction


def _faults(clauses: list[Clause], scoring: list[Clause], context: list[Clause]) -> FaultKinds | FaultRanges | None:
    """没有安排专题研究的扣5分。…评优比例低于20%的扣3分 / 因故障延误三个工作日以上扣5分: faults, each deducted
    once (or per occurrence: 每处扣1分), some described with a number; with 完成率达不到100%扣0.1-1分 among them, a
    range the evaluator sets (FaultRanges)."""
    faults: list[Fault | RangedFault] = []
    faulted: list[Clause] = []  # the clause each fault is read from
    caps: list[Clause] = []
    item_caps: dict[str, Decimal] = {}  # (1)…每发现一处扣0.2分,1分扣完为止。(2)…: a kind's own cap, closed by the next item
    singly: list[Clause] = []
    award = None
    numbered = False
    for index, clause in enumerate(scoring):
        if clause.cap is not None and clause.outcome is None and clause.per is None and clause.condition is None \
                and (not clause.unread or closes_with_entered_note(clause)) and not _numbered(clause.tokens):
            later = [c for c in scoring[index + 1:] if not (c.cap is not None and c.outcome is None and c.per is None)]
            if faults and later and clause.cap[0] != "all":
                # (1)…每发现一处扣0.2分，1分扣完为止。(2)…扣1分: part (1)'s own cap when the next item's number closes it
                # (item_caps.py); without numbers, that kind's own or the whole's? (once the whole's: 6处 and 改造率≤80%
                # lost 1 in all, not 2)
                own = None if faults[-1].once else caps_closed_by_items([(clause, faults[-1].what)], clauses)
                if own is None:
                    raise Unplaced(clause, "扣分上限写在其中一种扣分情形之后（不在最后），不知只管这一种还是管全部扣分", certain=True)
                item_caps.update(own)
                continue
            caps.append(clause)
            continue
        if clause is scoring[0] and (situation_award(clause) or points_after_words(clause)) and not _numbered(clause.tokens[:-1]):
            # (专职副书记配备4分应设…未设的扣3分: the heading's points without a verb, as the faults' reading without numbers)
            # (领导接访包案(4分): the bracket before the points is no part of the name)
            said = len(clause.tokens) - (1 if clause.tokens[-2].kind == "WORD" else 2)  # (配备4分: no verb before the points)
            award = (re.sub(r"[，,]?的?(?:得|计|记|给|\()$", "", _before(clause, said)), clause.outcome[1])  # type: ignore[index]
            continue
        ranged = described_range(clause)
        if ranged is not None:  # 完成率达不到100%扣0.1-1分: its range the evaluator's, among the other faults
            if ranged.what in (f.what for f in faults):
                return None
            faults.append(ranged)
            faulted.append(clause)
            numbered = True
            continue
        stated = _STATED_FULL.fullmatch(clause.text) if clause is scoring[0] else None
        if stated is not None:  # 满分为6分；…完成率达不到100%的，扣0.1-1分 (the 规范写法 of faults from a heading's points)
            award = ("", Decimal(stated.group(1)))
            continue
        split = _requirement_then_fault(clause)
        fault = _described_fault(clause, context) if split is None else Fault(split, _deducted(clause), "次", once=True)
        if fault is not None and split is None:
            numbered = True
            required = _just_required(clause, clauses)
            if required is not None:  # 县级机构专项编制不少于3人，少于3人的扣2分: the fault is the requirement unmet
                fault = Fault(_requirement(required) + fault.what, fault.per, fault.unit, once=fault.once)
        elif fault is None:
            if clause.condition is not None or clause.unread:
                return None  # (a number fault_of places is its count: 人员、制度未落实的1项扣1分)
            try:
                fault = fault_of(clause, context)
            except Unplaced:
                return None
            if fault is None:
                return None
        if fault.what in (f.what for f in faults):
            return None
        if _counted_singly(clause, fault):
            singly.append(clause)
            before = next((c for c in reversed(context) if c.end <= clause.start), None)
            if before is not None and clause.start - before.end <= 2 and before.text.endswith("的") and not before.unread \
                    and before.condition is None and not _numbered(before.tokens):  # …引发森林火灾的，单起…: which occurrences
                fault = Fault(before.text + "，" + fault.what, fault.per, fault.unit)
        faults.append(fault)
        faulted.append(clause)
    if leads_with_others(faulted):
        return None  # (其他道路未硬化扣1分 first: other than what?)
    if len(faults) == 1 and singly == scoring[:1] and len(scoring) == 1 + len(caps):
        numbered = True  # 单起受害面积30亩以上的扣10分，扣完为止: each occurrence sorted by its own level, alone
    elif len(faults) == 1 and numbered and _each_within_time_or_size(faulted[0], faults[0]):
        pass  # 未在24小时内上报的,每次扣1分 / 迟到15分钟以上的每次扣1分: each occurrence held to the limit, counted alone
    elif not numbered or len(faults) < 2:
        return None  # one fault alone, compared with a level: the level may be the indicator's own measure
    required = [c for c in clauses if c.condition is not None and (c in context or _requirement_then_fault(c) is not None)]
    for requirement in required:
        if _requirement(requirement) is None or any(_negates(requirement, f) for f in scoring):
            continue
        apart = next((f for f in scoring if f.condition is not None and f is not requirement
                      and f.condition.unit == requirement.condition.unit and _deducted(f) is not None), None)  # type: ignore[union-attr]
        if apart is not None:  # 编制不少于3人，少于2人的扣2分: 2人 counts as short of 3, and is not deducted
            raise Unplaced(apart, f"要求“{_requirement_text(requirement)}”，扣分的条件与之不相接，"
                                  "两者之间的情形如何计分没有写明")
        return None  # (a requirement whose number no fault takes up: how missing it is scored is not said)
    if any(c.unread or _numbered(c.tokens) for c in context if c not in _described_by(context, scoring)):
        return None
    cap = {c.cap[1] for c in caps if c.cap is not None}
    if len(cap) > 1:
        return None
    if any(isinstance(fault, RangedFault) for fault in faults):
        capped = next((c for c in caps if c.cap is not None and c.cap[0] != "all"), None)
        if capped is not None:
            # 未制定计划扣1分；完成率低于90%扣1-2分，最多扣2分: with both missed, 2 off (the range within the cap) or
            # up to 3 (the cap the fixed faults' only)?
            raise Unplaced(capped, "扣分上限与扣分区间一并写出，区间内的扣分是否计入上限没有写明", certain=True)
        if item_caps or (award is not None and award[1] is None):
            return None
        return FaultRanges(tuple(faults), None if award is None else award[1])
    faults = [replace(fault, cap=item_caps[fault.what]) if fault.what in item_caps else fault for fault in faults]
    return FaultKinds(tuple(faults), cap=next(iter(cap), None), award=award)


def _requirement(clause: Clause) -> str | None:
    """县级机构专项编制不少于3人 (alone, scoring nothing) / 区级机构编制不少于2人，编制内部调剂的扣1分 (before a fault in
    words): a requirement on a count, its subject in words before the comparison ("" when it has none)."""
    kinds = [t.kind for t in clause.tokens]
    if clause.condition is None or clause.condition.unit not in COUNT_UNITS or "NUM" not in kinds:
        return None
    number = kinds.index("NUM")
    if number == 0 or kinds[number - 1] != "CMP" or any(k != "WORD" for k in kinds[:number - 1]):
        return None
    alone = number == len(kinds) - 1 and clause.outcome is None and clause.per is None and not clause.scoring
    if not alone and _requirement_then_fault(clause) is None:
        return None
    return "".join(t.text for t in clause.tokens[:number - 1])


def _requirement_then_fault(clause: Clause) -> str | None:
    """(二)区级机构编制不少于2人，编制内部调剂的扣1分: the requirement, a comma, then a fault in words deducted once."""
    kinds = [t.kind for t in clause.tokens]
    if clause.condition is None or "NUM" not in kinds or kinds[-2:] != ["DEDUCT", "PTS"] or _deducted(clause) is None \
            or clause.step is not None or clause.occurrence is not None or clause.cap is not None or clause.otherwise:
        return None
    number = kinds.index("NUM")
    after = clause.tokens[number + 1:-2]
    if not after or kinds[number - 1:number] != ["CMP"] or any(k != "WORD" for k in kinds[:number - 1]) \
            or any(t.kind not in ("WORD", "DE") for t in after) or after[0].kind != "WORD":
        return None
    if clause.text[clause.tokens[number].end - clause.start:after[0].start - clause.start] not in ("，", ","):
        return None
    return clause.text[after[0].start - clause.start:after[-1].end - clause.start].strip("，,的 ")


def _apart_from_requirement(clauses: list[Clause]) -> None:
    """编制不少于3人，少于2人的扣2分: the fault just after a requirement, on its count, with no subject of its own, on
    the other side of another number — what 2人 short of 3 scores is not said."""
    for before, fault in zip(clauses, clauses[1:]):
        if not fault.tokens or fault.tokens[0].kind != "CMP" or fault.condition is None or _deducted(fault) is None \
                or fault.start - before.end > 2 or not _requirement(before) or _negates(before, fault):
            continue
        wanted, missed = before.condition.interval, fault.condition.interval  # type: ignore[union-attr]
        if fault.condition.unit == before.condition.unit and (  # type: ignore[union-attr]
                (wanted.high is None and missed.low is None) or (wanted.low is None and missed.high is None)):
            raise Unplaced(fault, f"要求“{_requirement_text(before)}”，扣分的条件与之不相接，两者之间的情形如何计分没有写明")


def _requirement_text(clause: Clause) -> str:
    number = next(t for t in clause.tokens if t.kind == "NUM")
    return clause.text[clause.tokens[0].start - clause.start:number.end - clause.start]


def _deducted(clause: Clause) -> Decimal | None:
    if clause.outcome is not None:
        return clause.outcome[1] if clause.outcome[0] == "minus" and clause.per is None else None
    return clause.per


def _negates(requirement: Clause, fault: Clause) -> bool:
    """少于3人的扣2分 after 不少于3人: the same count on the other side, deducted."""
    if fault is requirement or fault.condition is None or requirement.condition is None or _deducted(fault) is None \
            or fault.condition.unit != requirement.condition.unit:
        return False
    wanted, missed = requirement.condition.interval, fault.condition.interval
    at_least = wanted.high is None and wanted.low is not None and missed.low is None and missed.high == wanted.low \
        and wanted.low_inclusive != missed.high_inclusive
    at_most = wanted.low is None and wanted.high is not None and missed.high is None and missed.low == wanted.high \
        and wanted.high_inclusive != missed.low_inclusive
    return at_least or at_most


def _just_required(fault: Clause, clauses: list[Clause]) -> Clause | None:
    """The requirement said just before a fault with no subject of its own (少于3人的扣2分)."""
    if not fault.tokens or fault.tokens[0].kind != "CMP":
        return None
    before = next((c for c in reversed(clauses) if c.end <= fault.start), None)
    if before is None or fault.start - before.end > 2 or not _negates(before, fault) or not _requirement(before):
        return None
    return before


_LATE_BY = lazy_compile(r"(?:拖延|延迟|延误|逾期|推迟|超期|滞后)\d+(?:\.\d+)?(?:个)?(?:工作日|天|日|周|月|小时)")
_EACH_UNIT = lazy_compile(r"^每(" + "|".join(THING_TIMES) + r"|项|次|处|例|个|人次|人|份|件|条|户|起|宗|家|名|篇|类|种)$")


def _described_fault(clause: Clause, context: list[Clause]) -> Fault | None:
    """…低于20%的扣3分 (once) / …200米范围内…的，每处扣1分 (per occurrence), a number in the situation."""
    found = _each_found(clause)
    if clause.step is not None or (clause.occurrence is not None and found is None) or clause.added is not None \
            or clause.cap is not None or clause.otherwise or clause.manual or clause.tiers or clause.reference is not None \
            or clause.per_period:
        return None
    per = clause.per if clause.per is not None else clause.outcome[1] if clause.outcome and clause.outcome[0] == "minus" else None
    if per is None or (clause.outcome is not None and clause.outcome[0] != "minus") or per <= 0:
        return None
    kinds = [t.kind for t in clause.tokens]
    if kinds[-2:] != ["DEDUCT", "PTS"]:
        return None
    cut, unit = len(kinds) - 2, ""
    if found is not None:
        cut, unit = found  # …到场每出现一次扣2分: each time, as 每次
    elif cut >= 2 and kinds[cut - 2:cut] == ["EACH", "WORD"] and (
            _EACH_UNIT.match("每" + clause.tokens[cut - 1].text) or counted_thing(clause.tokens[cut - 1].text)):
        cut, unit = cut - 2, clause.tokens[cut - 1].text  # …的，每处扣1分 / …30日的，每份合同扣0.5分
    elif cut >= 1 and kinds[cut - 1] == "NUM" and clause.tokens[cut - 1].value == 1 and clause.tokens[cut - 1].unit in COUNT_UNITS \
            and clause.unread == [clause.tokens[cut - 1]]:
        cut, unit = cut - 1, clause.tokens[cut - 1].unit  # 网格巡查7天内未巡查的1次扣1分: each time
    if not unit and cut >= 3 and kinds[cut - 1] == "NUM" and clause.tokens[cut - 1].value == 1 \
            and clause.tokens[cut - 1].unit in COUNT_UNITS and "CMP" in kinds[:cut - 2] and kinds[cut - 2] == "WORD":
        # 有学生不到做操地点1人扣0.5分: 1人 right before 扣 counts each person, and 不到 is a verb (did not come to), not
        # a comparison (once read as one fault 不到做操地点1人, deducted once however many were missing)
        raise Unplaced(clause, f"“{clause.tokens[cut - 1].text}”紧接扣分，应是每{clause.tokens[cut - 1].unit}扣分，"
                               f"但前面的“{clause.tokens[kinds.index('CMP')].text}”读作了比较，无法确定计分方法（请写明，如“每有1{clause.tokens[cut - 1].unit}…扣0.5分”）",
                       certain=True)
    if not _worded(clause.tokens[:cut]):
        return None
    what = _before(clause, cut)
    if not what:
        before = next((c for c in reversed(context) if c.end <= clause.start), None)
        if before is None or clause.start - before.end > 2 or not _describes(before):
            return None
        what = before.text.strip("，,的 ")
    if not re.search(r"\d", what):
        return None  # no number in the situation: the fault readers' own
    if unit and _LATE_BY.search(what):
        return None  # 无故拖延两天，每次扣2分: each time the delay happens, or each day of it? not said
    ranged = {i for i, t in enumerate(clause.tokens[:cut]) if t.kind == "NUM" and not t.unit and i + 2 < cut
              and clause.tokens[i + 1].kind == "RANGE" and clause.tokens[i + 2].kind == "NUM" and clause.tokens[i + 2].unit}
    if any(t.kind == "NUM" and not t.unit and i not in ranged for i, t in enumerate(clause.tokens[:cut])) or (not _before(clause, cut) and _bare_number(what)):
        return None  # 水库管理责任制2、度执行效果差: a number without a unit describes nothing (a damaged cell)
    single = _SINGLE.match(what)
    if single is not None and unit in ("", single.group(1)) and clause.condition is not None \
            and clause.condition.unit not in ("", single.group(1)):
        return Fault(what, per, single.group(1))  # 单起受害面积30亩以上的扣10分: each such fire
    each = _EACH_OF_THEM.search(what)
    if each is not None and not unit:
        # 两个80%达不到各扣1分 / 科室、家庭创建面达不到80%的各扣1分: each of those named that falls short, counted (2 short
        # deduct 2; once read as one fault 两个80%达不到各, deducted once)
        return Fault(what[:each.start()], per, "项")
    return Fault(what, per, unit or "次", once=not unit)


def _each_found(clause: Clause) -> tuple[int, str] | None:
    """不按规定的时间15分钟内到场每出现一次扣2分 / …的，每发现1处扣1分: 每, a verb that only says the fault happened
    (出现 / 发现 / 发生), then one of a count, straight before the deduction — each occurrence counted, as 每次 / 每处
    says it; where 每 starts and the unit counted. Nothing between the count and 扣 (每发现1处未清理扣1分 names what
    is found: a fault of its own words, read elsewhere)."""
    tokens = clause.tokens
    kinds = [t.kind for t in tokens]
    if clause.occurrence is None or clause.per is None or kinds[-5:] != ["EACH", "WORD", "NUM", "DEDUCT", "PTS"]:
        return None
    count = tokens[-3]
    if tokens[-4].text not in _FOUND or count.value != 1 or count.unit not in _COUNTED_OCCURRENCES \
            or clause.occurrence[:2] != (count.value, count.unit) or clause.occurrence[2]:
        return None
    return len(tokens) - 5, count.unit


_FOUND = frozenset({"出现", "发现", "发生", "查出", "查实"})

_EACH_OF_THEM = lazy_compile(r"的?[，,]?(?:各|分别)$")


# 单起受害面积30亩以上的 / 单次损失5万元以上的: each occurrence that meets the level, counted
_SINGLE = lazy_compile(r"单(起|次|宗|例|件|处)")


def _counted_singly(clause: Clause, fault: Fault) -> bool:
    return not fault.once and _SINGLE.match(fault.what) is not None and clause.condition is not None


def _bare_number(text: str) -> bool:
    return re.search(r"\d(?![\d.]*(?:%|‰|[\u4e00-\u9fff]))", text) is not None or re.search(r"\d+(?:\.\d+)?[、，,]", text) is not None


def _described_by(context: list[Clause], scoring: list[Clause]) -> list[Clause]:
    """The context clauses a fault takes its situation from (the one just before a bare 每处扣1分)."""
    return [c for c in context if any(0 <= s.start - c.end <= 2 for s in scoring)]
