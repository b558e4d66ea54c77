"""The units a fault is counted in, one occurrence each: 每处 / 每次 / 每例 … and the things found one by one
(每辆 乱停乱放的车辆, 每户 受灾的农户, 每台 未年检的设备, 每座 未达标的厕所). A deduction per such unit, after
the situation it counts (发现车辆乱停乱放每辆扣2分 / 农房火灾事故，按受灾户数每户扣10分), is one fault counted
by the evaluator, like 每处扣1分; a unit of a measured quantity (人 of 每少1人, 天 of 每迟1天) stays the
steps' (a shortfall from a number, not an occurrence)."""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile
from .clauses import PERIODS, Clause
from .fault_kinds import Fault

# a thing and a time together, each pair one occurrence (检查发现…不全的，每校次扣0.5分: each school at each inspection;
# 每项次 / 每路次 / 每车次: each item, camera or vehicle each time) — tried before the thing alone (校) or the time (次)
THING_TIMES = ("项次", "校次", "路次", "车次", "台次", "村次", "家次", "班次", "架次", "艘次")
# every unit 每<unit>扣N分 may count (what comes before 每 names the fault)
PER_OCCURRENCE = (*THING_TIMES, "项", "次", "处", "例", "个月", "个工作日", "个星期", "个小时", "个", "人次", "人", "天", "份", "件次", "件", "条", "户次", "户", "起", "宗次", "宗",
                  "卷", "本", "家", "所", "名", "批次", "批", "篇", "类", "辆", "台", "座", "间", "栋", "艘", "套", "张", "笔",
                  "块", "盏", "根", "只", "头", "株", "棵", "组", "场次", "场", "单", "册", "期", "节", "轮", "伙", "校", "幅", "页")
# of those, the units a single fault alone (no other kind beside it) is counted in: things found, not a shortfall
# (缺勤 / 缺席 / 缺课 / 缺考 / 缺岗: an absence each one commits, never people short of a number — 缺勤的每人扣1分 was
# refused while 迟到的每人扣1分 read)
_ABSENT = r"缺(?:勤|席|课|考|岗|训|会)"
# (超期兑现的，每人扣0.2分 / 逾期发放的每人: each person the deadline was missed for, as 未按时 says it)
_DONE_WRONG = lazy_compile(rf"不|未|没有|无故|迟到|早退|{_ABSENT}|违反|违规|超期|逾期|延期")
_SHORT_OF_PEOPLE = lazy_compile(rf"少|(?!{_ABSENT})缺|不足|差|人数|人员数")
# 个项目 / 个问题 / 处隐患: a count word and the thing it counts — never a span of time (未完成的，每个月扣1分: each month
# late, or each month it is not done?)
_COUNTED_THING = lazy_compile(r"[个项处件起宗份](?!.*(?:月|季|年|周|日|天|时|期))[\u4e00-\u9fff]{1,4}")
LONE_OCCURRENCE = frozenset({"次", "起", "例", "处", "项", "个", "宗", "宗次", "件", "人次", "户次", "户", "辆", "台", "座", "间",
                             "栋", "艘", "套", "张", "笔", "块", "盏", "根", "只", "头", "株", "棵", "场", "单", "册", "伙", "校",
                             "所", "家", "条", "份", "篇", "批次", "批", "卷", "幅", "页", *THING_TIMES})  # (未供餐的学校每所扣0.5分: each school)


def counted_thing(unit: str) -> bool:
    """份合同 / 个项目 / 处隐患: a count word and the thing each one is (每份合同扣0.5分: each contract)."""
    return _COUNTED_THING.fullmatch(unit) is not None


def counted_by_number(what: str) -> bool:
    """按受灾户数 / 按发现处数 before 每户扣10分: how the deduction counts, not the fault (named before it)."""
    return COUNTED_BY_NUMBER.fullmatch(what) is not None


COUNTED_BY_NUMBER = lazy_compile(r"按(?:照)?[\u4e00-\u9fff]{0,6}(?:" + "|".join(PER_OCCURRENCE) + r")数")
# 存在挤占的扣2分 / 发证率低于指标数各减10分: a deduction written once at the clause's end (扣 or 减)
ONE_OFF = lazy_compile(r"的?[，,]?(?:扣减|扣除|扣|减)\d+(?:\.\d+)?分$")


def listed_each(fault: Fault) -> bool:
    """班子团结计4分。班子不团结、不协调、战斗力不强各扣1分 (its 规范写法: …的，每项扣1分): after an award, several
    situations listed with 、 and deducting each (各) the same points — kinds of fault, the evaluator entering how
    many of them happened; never grades to choose one of (不团结 and 不协调 both cost a point)."""
    return not fault.once and fault.unit == "项" and "、" in fault.what


def counted_alone(fault, scoring: list[Clause]) -> bool:
    """The unit a single fault is counted in, as things found: 每次/每处…, and 每人 (每名) after a fault people commit
    (不穿校服的，每人扣1分 / 未参加培训的，每名扣0.5分) — not after a shortfall of people (人数不足的，每人…: short by how many?)."""
    if fault.unit in LONE_OCCURRENCE or counted_thing(fault.unit):
        return True  # (项目未按期完成的，每个项目扣1分: 个项目, the count word and what it counts — each project)
    if fault.unit in PERIODS:
        return True  # 每季度考核不合格扣1分: 每 and the period before the fault (fault_of) — each quarter it happens in
    return fault.unit in ("人", "名") and _DONE_WRONG.search(fault.what) is not None and _SHORT_OF_PEOPLE.search(fault.what) is None \
        and not any(_SHORT_OF_PEOPLE.search(clause.text) for clause in scoring)  # (未完成任务的,每少1人扣0.1分: the shortfall)


def counted_after_award(fault: Fault, scoring: list[Clause]) -> bool:
    """资金使用规范得4分；存在挤占的，每次扣1分 / 领导接访制度(2分)。…未落实的每项扣1分: after the award (or the
    item's points), one kind of fault deducting each time it happens — the points less each occurrence, not two
    grades (a one-off 资料不全扣0.5分 beside 资料齐全得1分 stays the choice of two)."""
    return not fault.once and counted_alone(fault, scoring) and fault.what not in _BARE \
        and not any(clause.occurrence is not None for clause in scoring)
    # (…计8分。缺一项扣2分: 缺 names no kind; 每缺失一项内容扣1分: an occurrence the clause grammar read — both
    # ItemFailures' reading, each item short of the award's)


_BARE = frozenset({"", "缺", "少", "缺少", "发现", "有", "出现", "存在"})


def counted_in_situation(what: str) -> str | None:
    """…未对应…制定实施进度的，对每个错填、漏填的进度节点，扣0.2分: the situation before a bare 扣N分 says 每个 — the
    deduction is per one of them (个), never once; None when what 每 counts is not a unit read here."""
    found = _EVERY_ONE.search(what)
    return found.group(1) if found is not None else None


_EVERY_ONE = lazy_compile(r"每1?(" + "|".join(PER_OCCURRENCE) + r")(?![\u4e00-\u9fff]{0,2}(?:以上|以下|以内))")


def subjects_named(listed: list[tuple[Clause, Fault]], text: str) -> list[Fault] | None:
    """总经费少于上年度的扣2分,本年度未安排的扣4分;综合监管经费少于上年度的扣1分,本年度未安排的扣2分: a fault said twice
    in the same words, each time after another subject (总经费 / 综合监管经费) named in its own sentence, is that
    subject's — the faults renamed 总经费本年度未安排 and 综合监管经费本年度未安排. None when a repeated fault has no
    subject of its own in its sentence, or the names still clash (the reader then refuses the repetition)."""
    counts: dict[str, int] = {}
    for _, fault in listed:
        counts[fault.what] = counts.get(fault.what, 0) + 1
    renamed: list[Fault] = []
    subject: tuple[str, int] | None = None  # the last subject named, and where its sentence starts
    for clause, fault in listed:
        sentence = max(text.rfind(mark, 0, clause.start) for mark in ";。\n")
        named = _subject(clause)
        if named is not None:
            subject = (named, sentence)
        if counts[fault.what] < 2:
            renamed.append(fault)
            continue
        if subject is None or subject[1] != sentence or fault.what.startswith(subject[0]):
            return None
        renamed.append(Fault(subject[0] + fault.what, fault.per, fault.unit, fault.points, fault.failing, fault.once, fault.cap))
    names = [fault.what for fault in renamed]
    return renamed if len(set(names)) == len(names) else None


def _subject(clause: Clause) -> str | None:
    """总经费 of 总经费少于上年度的扣2分: the words before the clause's comparison, when it opens with them."""
    kinds = [token.kind for token in clause.tokens]
    return clause.tokens[0].text if kinds[:2] == ["WORD", "CMP"] else None
