"""Per-item deductions: faults counted and deducted each time (每发现一处扣N分), kinds of fault with their own
deductions and caps, per-unit awards and points for each point done.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from decimal import Decimal

from ..text.lexicon import COUNT_UNITS, LATE_WORDS, LEVEL_KEPT, MEASURE_ONLY_UNITS, ON_TIME_WORDS, UNITS
from ..text.numbers import general_text
from .clauses import (EVERY_PERIOD, THE_STANDARD, Clause, Condition, said_before_count, situation_in_words as _words_only,
                      situation_words)
from .fault_kinds import Fault, FaultKinds
from .other_matters import other_matters
from .notes import none_found_award, verified_only
from .sized import SIZED, numbers_in_sizes, sized_situation, without_sizes
from .fault_units import (counted_alone, counted_in_situation, ONE_OFF, PER_OCCURRENCE, counted_after_award,
                          counted_by_number, listed_each, subjects_named)
from .model import Checklist, ItemFailures, Scorer
from .piecewise import LATENESS_UNITS, TARGET, Interval
from .errors import StrayAward, Unplaced, UnreadFault
from .gated import gated_requirement
from .zero_situations import zeroing_situation
from ..text.lazy_regex import lazy_compile
from .clause_words import _option_label, is_rate_label, situation_award
from .piecewise_reading import (_FOUND, _USED_UP_AT, _all_of_them_done, _cap, _just_before, _no_unread,
                                _situation_words, _standard_run, _states_the_standard)
from .choices import (_COUNTED_BY, _NEGATION_SAID, _WORD_PAIR, _graded_scale, _negates_option,
                      _refuse_unpriced_requirement)
from .checklists import _items
from .checked_with_faults import content_fault
from .lazy_composers import Deferred

# Helpers that only some texts reach, imported on their first call (rules/lazy_composers.py).
described_requirement = Deferred("requirement", "described_requirement")
due_day_requirement = Deferred("requirement", "due_day_requirement")
standard_requirement = Deferred("requirement", "standard_requirement")
refuse_cut_situation = Deferred("cut_situation", "refuse_cut_situation")
refuse_priced_twice = Deferred("priced_twice", "refuse_priced_twice")
PerUnit = Deferred("per_unit", "PerUnit")  # (only made here, never tested with isinstance)
beyond_target = Deferred("over_target", "beyond_target")
full_at_count = Deferred("full_at_count", "full_at_count")
bare_unit_points = Deferred("one_unit", "bare_unit_points")
AwardKinds = Deferred("per_unit", "AwardKinds")  # (only made here, never tested with isinstance)
refuse_headless_fault = Deferred("headless_fault", "refuse_headless_fault")


def _awarded_first(scoring: list[Clause], context: list[Clause]) -> bool:
    """资金使用符合规定得4分 / 各项指标均达到年度目标，得基本分6分 / …达到“任务书”中确定的年度指标，得基础分5分: the
    first clause awards the points of a situation (written in it, or just before it)."""
    first = scoring[0]
    if situation_award(first):
        return True
    if first.condition is not None or first.unread or not _BASE_AWARD.search(first.text):
        return False
    kinds = [token.kind for token in first.tokens]
    said = first.tokens[: kinds.index("VERB")]
    if said:
        return all(token.kind in _STATE_KINDS for token in said)
    return _just_before(context, first, 1, lambda c: bool(c.tokens) and c.condition is None and not c.unread
                        and {t.kind for t in c.tokens} <= _STATE_KINDS) is not None


_STATE_KINDS = frozenset({"WORD", "DE", "CMP", "AND", "EXCEPT", "NOUN", "ALL_MET"})
_BASE_AWARD = lazy_compile(r"(?:^|[,，的])(?:得|计|记)(?:基础分|基本分)?\d+(?:\.\d+)?分$")
_EACH_UNNUMBERED = lazy_compile(r"每(项|个|处|次)((?:不|未|没有)[\u4e00-\u9fff]{1,8}?)的?,?(?:扣|减)\d+(?:\.\d+)?分")
_UPPER_WORDS = lazy_compile(r"超|高于|多于|逾期|延期|晚于|延迟|未在[^,;。]*前")
_SHORT_OF_ITS_TARGET = lazy_compile(r"没有|未|不|超过|超出")
_FRAUD = lazy_compile(r"弄虚作假|虚报|瞒报|造假|伪造")


def missed_otherwise(words: str) -> bool:
    """未及时到位但未影响项目进度的: a case between met and not met; 未组织研究制定弄虚作假的: a fraud run into the
    requirement's words — neither is the requirement simply missed."""
    return "但" in words or bool(_FRAUD.search(words))


def _per_head_amount(tokens: list, at: int) -> bool:
    """按每人每月1500元标准 / 按每生每天5元: 每 opens the amount's own per-unit (每人每月, then the amount), no points per
    item."""
    at += 1
    while at + 1 < len(tokens) and tokens[at].kind == "WORD" and tokens[at + 1].kind == "EACH":
        at += 2  # (每生每天: each unit of the amount's, in turn)
    return at + 1 < len(tokens) and tokens[at].kind == "WORD" and tokens[at + 1].kind == "NUM" \
        and tokens[at + 1].unit in ("元", "万元")


_ON_TIME_AWARD = lazy_compile(rf"^(?:{ON_TIME_WORDS})")
_LATE_SAID = lazy_compile(rf"{LATE_WORDS}|(?:未|没有|不)(?:{ON_TIME_WORDS})")


def _time_beside_faults(awarded: Clause, occurrence: Clause, text: str) -> bool:
    """按时报送的得2分，每发现1处错误扣0.5分: the award asks for a time kept, the deductions count faults of content — a
    report late with no error is neither (once read as 全部符合得2分 less the errors: late and faultless, 2). The award is a
    point of its own, met or not, the errors deducted beside it (parser._with_faults: ①按时报送（2分）, less 0.5 each;
    late → 0) — unless the text says what a late one scores (逾期报送的不得分), a zero read beside these deductions."""
    return bool(_ON_TIME_AWARD.match(_option_label(awarded))) and content_fault(occurrence.occurrence[2], _option_label(awarded)) \
        and not _LATE_SAID.search(text)  # type: ignore[index]


def compose_items(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    """每出现1个社区未完成的扣0.5分，扣完为止 / 存在社区没有覆盖的，不得分 / 符合规定得3分，有1处未执行扣1分"""
    if any(c.outcome and c.outcome[0] == "points" and c.outcome[1] and any(
            t.kind == "EACH" and not _per_head_amount(c.tokens, i) for i, t in enumerate(c.tokens)) for c in scoring):
        return None  # 每满足一项要求得0.25分；…每处扣0.5分: points earned per item, no award the failures are taken from
    occurrence = next((c for c in scoring if c.occurrence is not None), None)
    each = next((c for c in scoring if _EACH_UNNUMBERED.fullmatch(c.text) and c.outcome and c.outcome[0] == "minus"
                 and c.condition is None and c.step is None and c.per is None and not c.unread), None)
    if occurrence is None and each is not None and scoring.index(each) > 0 and _awarded_first(scoring, context):
        # 各项指标达到年度指标，得5分。每项不达标减1.5分: each item short of the award's situation, counted
        found = _EACH_UNNUMBERED.fullmatch(each.text)
        occurrence = replace(each, occurrence=(Decimal(1), found.group(1), found.group(2)), per=each.outcome[1], outcome=None)  # type: ignore[union-attr,index]
        scoring = [occurrence if c is each else c for c in scoring]
    negated = next((c for c in scoring if c.negated and c.outcome and c.outcome[0] == "minus"), None)
    if occurrence is None and negated is not None and any(c.cap for c in scoring if c is not negated or c.cap):
        # 未得到有效执行扣1分，最多扣3分: per occurrence, as its cap shows
        occurrence = replace(negated, occurrence=(Decimal(1), *_counted_each(negated)), per=negated.outcome[1], outcome=None)  # type: ignore[index]
        scoring = [occurrence if c is negated else c for c in scoring]
    if occurrence is None:
        absent = next(
            (c for c in scoring if c.outcome == ("points", Decimal(0)) and c.condition is None and c.per is None
             and re.match(r"^(?:如|若)?(?:存在|出现|发现|有)", c.text) and _SHORT_OF_ITS_TARGET.search(_option_label(c))),
            None,
        )  # (存在社区没有覆盖的: each item against its target; 发现弄虚作假的不得分 is no target missed, the 不 is 不得分's)
        if absent is None and len(scoring) == 1:
            if any(t.kind == "PTS" and t.value for t in scoring[0].tokens):
                return None  # 全面完成质量标准(5分扣完为止)较不得分: points beside the zero, which it would drop
            return _lone_zero(scoring[0], context)
        if absent is None or len(scoring) != 1:
            return None
        _no_unread(absent)
        upper = bool(re.search(r"超过|超出|高于", absent.text))
        what = next((t.unit for t in absent.tokens if t.kind == "NUM" and t.unit in COUNT_UNITS), "项")
        return ItemFailures(per=None, limit="upper" if upper else "lower", what=what)
    if occurrence.per is None:
        _no_unread(occurrence)  # 每1项扣-1分不得分: the -1 would be lost
        if occurrence.condition is not None:  # 制度健全达到95%以上(每一项得0分): the level would be lost
            raise Unplaced(occurrence, "逐项计分的句子中出现了无法识别的条件")
        if occurrence.outcome == ("points", Decimal(0)) and len(scoring) == 1:
            if sum(t.kind == "NUM" for t in occurrence.tokens) > 1:  # 制度健全每达到95%以上低于，(每1项得0分): 95% lost (fuzz)
                raise Unplaced(occurrence, "逐项计分的句子中出现了无法识别的数值")
            words = occurrence.occurrence[2]  # type: ignore[index]
            upper = bool(_UPPER_WORDS.search(words))
            if not upper and not _SHORT_OF_ITS_TARGET.search(words):  # 发现1处违规的不得分: what is found, not a target missed
                return ItemFailures(per=None, what=occurrence.occurrence[1], situation=re.sub(r"的$", "", words))  # type: ignore[index]
            return ItemFailures(per=None, limit="upper" if upper else "lower", what=occurrence.occurrence[1])  # type: ignore[index]
        raise Unplaced(occurrence, "每出现一项未写明扣几分")
    _no_unread(occurrence)
    changed = _COUNT_CHANGED.search(text)
    if changed is not None:
        # 事故起数与上年比较，每变化1起扣0.5分: a count's change from a year before, either way (a fall a 变化 too), never
        # occurrences of a fault named 变化 (once read 每有1起变化的，扣0.5分)
        raise Unplaced(occurrence, f"“{changed.group(1)}”是数量的增减：增加还是减少时扣分、与什么相比没有写明", certain=True)
    unit_requirement = ""  # the requirement each unit counted falls short of, when it has a level
    if occurrence.condition is not None:
        from .unit_requirement import counted_units_short  # (imported only for a count after a condition)
        short = counted_units_short(occurrence)  # 每家…不低于1.5万人次，每有1家未达到的扣0.5分: the units short counted
        if short is None:
            raise Unplaced(occurrence, "逐项扣分的句子中出现了无法识别的条件")  # 得3以上分，每缺少一项扣0.5分
        scoring = [short[0] if c is occurrence else c for c in scoring]
        occurrence, unit_requirement = short
    if occurrence.step is not None:  # 每增加50件，扣减1分(以下以每月1个周期): a step, once dropped for the bracket's 1个
        raise Unplaced(occurrence, "同一句中既有按数值逐级扣分，又有逐项扣分，无法确定按哪一种扣分")
    if occurrence.occurrence[1] in MEASURE_ONLY_UNITS:  # type: ignore[index]
        # 每超平均年龄1岁的，扣0.5分: a step from a level named in words, not faulty items counted
        raise Unplaced(occurrence, "按数值逐级扣分的句子中，比较的基准无法识别（可写成“每超过目标值1岁扣0.5分”）")
    if occurrence.outcome is not None and occurrence.outcome[0] == "minus":
        raise Unplaced(occurrence, "一次性扣分与逐项扣分连在一起，无法确定各自的情形")  # 未及时清扫扣5分每发现1处扣0.5分
    caps = [occurrence] if occurrence.cap else []
    zero_at: Decimal | None = None
    base: Decimal | None = None
    requirement = ""
    if occurrence.outcome and occurrence.outcome[0] == "points" and occurrence.condition is None and occurrence.outcome[1] != 0:
        if sum(t.kind == "NUM" for t in occurrence.tokens) > 1:
            return None  # 培训人数每达到100人以上得2分，每发现1处问题扣1分: the award has a number of its own
        base = occurrence.outcome[1]  # 资料齐全得3分每缺少一项扣0.5分 (no comma)
    based = base is not None
    for clause in scoring:
        if clause is occurrence:
            continue
        if clause.cap is not None and clause.outcome is None and clause.per is None and clause.condition is None \
                and not clause.unread:
            if clause.cap[0] == "added":  # 每发现1处扣0.5分，加分以2分为限: a limit of additions none are written for
                raise Unplaced(clause, "这一限额限的是加分，而本项只写了扣分，没有加分，无法确定扣分的上限", certain=True)
            caps.append(clause)
        elif zero_at is None and clause.start > occurrence.start and clause.outcome == ("points", Decimal(0)) and not clause.unread \
                and clause.condition is not None and clause.condition.unit == occurrence.occurrence[1] \
                and isinstance(clause.condition.interval.low, Decimal) and clause.condition.interval.high is None \
                and clause.condition.interval.low_inclusive and clause.condition.interval.low > 1:  # type: ignore[index]
            if not _counts_the_same(clause, occurrence.text):
                raise Unplaced(clause, f"不得分的情形以{general_text(clause.condition.interval.low)}{clause.condition.unit}计，"
                                       "但不是逐项扣分所数的同一情形的累计数（如“有5处及以上错误”），暂不能按此计分", certain=True)
            zero_at = clause.condition.interval.low  # 每一处错误扣1分；有五处及以上错误，不得分
        elif not based and clause.start < occurrence.start and (described := described_requirement(clause, occurrence, context)):
            base, based, requirement = clause.outcome[1], True, described  # type: ignore[index]  # 在15个工作日内通知各村的，得2分
        elif not based and clause.start < occurrence.start and (due := due_day_requirement(clause, occurrence)):
            base, based, requirement = clause.outcome[1], True, due  # type: ignore[index]  # 每月10日前发放到位的得2分
        elif not based and clause.start < occurrence.start and (paid := standard_requirement(clause, occurrence)):
            base, based, requirement = clause.outcome[1], True, paid  # type: ignore[index]  # 按每人每月1500元标准足额发放的得3分
        elif clause.outcome and clause.outcome[0] == "points" and clause.outcome[1] != 0 \
                and (clause.start < occurrence.start or _all_of_them_done(clause, occurrence)) and not clause.unread and not clause.otherwise and not based and clause.per is None and clause.step is None and clause.cap is None and (clause.condition is None or clause.condition.interval == Interval(
                    low=Decimal(0), high=Decimal(0), high_inclusive=True) or TARGET in clause.condition.interval.bounds() or _within_defined_ratio(clause, occurrence, context)
                    # 处理率100%的计3分；有1例未按规定处理的扣1分: the rate whole is none of its own failings counted
                    or clause.start < occurrence.start and _whole_rate_awarded(clause, [occurrence], text)):
            # 资料齐全得3分，每缺少一项扣0.5分 / 安全事故发生次数为0，得满分；发生1次扣2分 / 全部达到目标值得满分 (or after: …扣0.5分；全部接入得满分)
            if _time_beside_faults(clause, occurrence, text):
                return None
            base, based = clause.outcome[1], True  # (…得满分，否则不得分 is no second base: 满分 is None)
        else:
            return None
    cap = _cap(caps)
    if cap is not None and base is not None and cap > base and _USED_UP_AT.search(caps[-1].text):
        # (6分)发现一处错误扣2分，扣完30分为止: the cap of the section the item belongs to, whose deductions run on
        raise Unplaced(caps[-1], f"扣分上限{general_text(cap)}分超过本项的{general_text(base)}分（可能是所在一级指标的扣分上限），"
                                 "超出本项分值的扣分如何计算没有写明", certain=True)
    _, unit, what = occurrence.occurrence  # type: ignore[misc]
    if not unit_requirement and "“" in what:
        from .unit_requirement import quoted_requirement
        unit_requirement = quoted_requirement(what) or ""  # (the 规范写法 read back: its level is in the quotes)
        what = "未达到的" if unit_requirement else what
    if unit_requirement:
        from .unit_requirement import held_under
        # (每个街道…不超过60万元: a unit fails above it; 应在…15个工作日内: a time held to)
        limit = "upper" if held_under(unit_requirement) or _TIME_HELD_TO.search(unit_requirement) else "lower"
    else:
        limit = "upper" if _UPPER_WORDS.search(what) else "lower"
    printed = _PRINTED_LIMIT.search(what)
    if re.search(r"\d", without_sizes(what if printed is None else what.replace(printed.group(), "", 1))):  # (超过5低于0万元: one limit lost)
        raise Unplaced(occurrence, "逐项扣分条件中的数值无法识别（应如“超过50万元”“低于10人”）")
    before = _just_before(context, occurrence, 2, lambda c: _situation_words(
        replace(c, tokens=[t for t in c.tokens if t.kind != "DE"])))
    awarded = next((c for c in scoring if c.outcome and c.outcome[0] == "points" and c.start < occurrence.start), None)
    gate = _just_before(context, occurrence, 1, lambda c: not c.scoring)
    if gate is not None and awarded is not None and re.search(r"未|没有|不", gate.text) and shared_words(gate, awarded) \
            and re.search(r"未|没有|不", occurrence.occurrence[2]) \
            and any(t.kind == "VERB" for t in awarded.tokens):  # type: ignore[index]  # (not a heading: 信访受理情况(6分))
        # 比例达到任务书要求的，得40分；比例未达到任务书要求的，每1个断面未达到…扣5分: the deductions apply only
        # when the requirement is missed, a second input (met) that the gated reading asks for (gated.py)
        gated = gated_requirement(awarded, gate, occurrence, scoring, context)
        if gated is None:
            raise Unplaced(gate, "扣分只在未达到该要求时适用（需另行录入是否达到要求），暂不能按此计分", certain=True)
        return gated
    # (如发生1次重大违规行为则扣10分: 则 opens the deduction, no part of what happens; 违反规则 keeps its 则)
    counted = re.sub(r"^(?:若|如|如果)?(?:出现|存在|发现|有)?(?:1(?:项|个|次|处|例|起))?|(?<![规原细准法守总否])则$|的$", "", what)
    situation = _named_with_where_found(occurrence, counted, context) or (
        re.sub(r"的$", "", before.text) if before is not None else "")
    if before is not None and SIZED.fullmatch(situation):  # 有谷桩田的，每检查到1处连片5亩以上的: the size of each one
        situation = sized_situation(re.sub(r"的$", "", before.text), what)
    if before is not None and situation == re.sub(r"的$", "", before.text) and _states_the_standard(before, what or occurrence.text):
        # 下水道无垃圾堵塞现象，发现一处扣0.2分: the standard, and what is found falls short of it — all of it, back to
        # the sentence's start (路面平整，下水道无垃圾堵塞现象: once only the drains, a pothole no finding)
        situation = f"不符合“{_standard_run(context, before, text)}”"
    if not situation and not printed and _FOUND.match(what or occurrence.text):
        situation = "不符合要求"  # 资金使用合规…得5分，发现一项扣2分: what is found falls short of the award's situation
    counted_by = _COUNTED_BY.search(occurrence.text)
    if counted_by is not None and _UPPER_WORDS.search(counted_by.group(1)):
        # 每超编1人扣0.5分: each one over the limit (once the people short of it: 51 staff for 48 posts, none short,
        # scored full)
        limit = "upper"
    if not situation and not printed and counted_by is not None:
        situation = counted_by.group(1)  # 重大天气预警信号每漏报1次扣1分: what each one is, between 每 and its count
        said = list(itertools.takewhile(lambda t: t.kind != "EACH", occurrence.tokens))
        named = "".join(t.text for t in said if t.kind == "WORD")
        if any(t.kind == "CMP" for t in said) and not any(t.kind in ("NUM", "RANGE") for t in said):
            named = situation_words(said)  # 人员配备不足，每出现1次: the shortfall names it (once 人员配备, each staffing counted)
        if situation in ("发生", "出现", "发现", "有", "存在", "查出") and named:
            situation = named  # 投诉每发生1起扣1分: what happens is named before 每, not by its verb
    situation = unit_requirement or situation
    refuse_cut_situation(situation)  # 取得明显效果(却1次扣2分: a glyph error, never the success counted
    return ItemFailures(
        per=occurrence.per, cap=cap, limit=limit, what=unit or "项", base=base,
        printed=printed.group() if printed else "", situation="" if printed else situation, zero_at=zero_at,
        requirement=requirement,
    )


def _within_defined_ratio(clause: Clause, occurrence: Clause, context: list[Clause]) -> bool:
    """在职人员控制率=在职人员数/编制数×100%，≤100%得满分，每超编1人扣0.5分: the rate defined as a count over its
    limit, at most 100%, is the count within the limit — the full points before each one over it is deducted."""
    interval = clause.condition.interval if clause.condition is not None else None
    counted_by = _COUNTED_BY.search(occurrence.text)
    return interval is not None and clause.condition.unit == "%" and interval.low is None and interval.high == 1 \
        and interval.high_inclusive and counted_by is not None and bool(_UPPER_WORDS.search(counted_by.group(1))) \
        and any(c.definition and "/" in c.text for c in context)  # type: ignore[union-attr]


def _counted_each(clause: Clause) -> tuple[str, str]:
    """学生无故缺勤每人扣1分，直至扣完: each 人 counted, the words before 每 what each one does (once 每有1处学生无故缺勤人);
    with no 每<unit> (未得到有效执行扣1分，最多扣3分) each 处 of the words."""
    tokens = clause.tokens
    unit = next((i for i in range(1, len(tokens)) if tokens[i - 1].kind == "EACH" and tokens[i].kind == "WORD"
                 and tokens[i].text in COUNT_UNITS), None)
    if unit is None:
        return "处", clause.words()
    return tokens[unit].text, situation_words(tokens[: unit - 1])  # (学员无故缺课: 缺 is no WORD, once dropped)


def _named_with_where_found(clause: Clause, counted: str, context: list[Clause]) -> str:
    """年度检查发现1处未及时调整的扣2分 names 年度检查未及时调整: the words before the count say where or in what it is
    found, and the fault found in the daily check beside it is another (both were once named 未及时调整). Not after words
    run on by a comma (基础资料齐全,记录真实完整一项不符 / 机房,轿顶,底坑每发现一处不清洁): the words before the count
    may be the last of a list, and naming them alone would name a part as the whole."""
    said = said_before_count(clause)
    if not counted or not said or said in counted or _just_before(context, clause, 1, lambda c: not c.scoring) is not None:
        return counted
    overlap = next((size for size in range(len(said), 0, -1) if counted.startswith(said[-size:])), 0)
    return said[: len(said) - overlap] + counted  # 评价报告每缺失1项内容: 缺失 opens both (once 评价报告缺失缺失内容)


def _counts_the_same(zero: Clause, counting: str) -> bool:
    """Whether a zero at N units counts the occurrences themselves (有五处及以上错误 after 每一处错误扣1分), not something
    else measured in the same unit (出现5亩以上连片抛荒 after 每抛荒1亩扣1分: one contiguous patch, not 5 mu in all)."""
    # (2例以上(含2例)的不得分: 含 restates the bound's inclusion, no word of what is counted)
    words = "".join(t.text for t in zero.tokens if t.kind == "WORD" and t.text not in ("含", "不含"))
    words = re.sub(r"[,，]?(?:此项|该项|本项|的)+$", "", words)  # 出现3次以上此项不得分: the item zeroed, not what is counted
    words = re.sub(r"^(?:累计|共计|合计|共)?(?:有|出现|存在|发现)?|(?:面积|数量|总数|户数|人数|次数|天数|个数|处数|起数|件数|数)$", "", words)
    return not words or words in counting  # (抛荒面积达5亩以上: the mu abandoned, in all)


# 未确定… → 确定… / 没有台账 → 有台账 / 达不到要求 → 达到要求: the requirement a failure names, as met
_MET_WORDING = lazy_compile(r"^(?:未能|未|没有|没|无法|无|达不到|不)")
_MET = {"未能": "", "未": "", "没有": "有", "没": "有", "无法": "能", "无": "有", "达不到": "达到", "不": ""}


def _as_met(failure: re.Match[str]) -> str:
    if failure.group() in ("没有", "没") and _DONE_FIRST.match(failure.string, failure.end()):
        return ""  # 没有建立工作台账 → 建立工作台账 (没有台账 → 有台账)
    return _MET[failure.group()]


_FAILURE_LEFT = lazy_compile(r"[不未没无漏缺错迟违差]")
_DONE_FIRST = lazy_compile(r"[建制开落按及完设组配签上报召实编确明执参提购安进]")


def _lone_zero(clause: Clause, context: list[Clause]) -> Scorer | None:
    """超龄的不得分 / 达不到要求不给分, the whole criterion: the 分值 unless it happens (a fault, counted) or unless
    the requirement is met (a point met or not)."""
    if clause.outcome != ("points", Decimal(0)) or clause.condition is not None or clause.per is not None or clause.step \
            or clause.occurrence or clause.otherwise or clause.unread or clause.marker or any(t.kind == "NUM" for t in clause.tokens) \
            or any(c.tokens and not c.definition and not _restated(c, clause) for c in context):
        return None
    words = re.sub(r"\((?:实行)?[“\"]?一票否决[”\"]?\)$|的$|^(?:存在|出现|发现)", "", _option_label(clause))  # (…颁发的,该项不得分)
    if not re.fullmatch(r"[\u4e00-\u9fff、]{2,30}", words):
        return None
    if re.match(r"(?:未|没有|没|不|达不到|无法|未能|无)", words):
        if missed_otherwise(words):
            return None
        # 达不到要求不给分: the requirement, met or not — named as met (未确定防火负责人… once printed with no name)
        met = _MET_WORDING.sub(_as_met, words, count=1)
        if _FAILURE_LEFT.search(met):  # 不及时上报、漏报: not 及时上报、漏报 — the failure quoted, as written
            met = f"无“{words}”的情形"
        return Checklist(count=1, equal=True, requirements=(met,))
    return ItemFailures(per=None, situation=words)  # 超龄的不得分: any occurrence zeroes the score


def _restated(requirement: Clause, zero: Clause) -> bool:
    """财政专户的开设符合规定。违规私自开设财政专户的，不得分: the requirement said first in words, whose breach the zero
    names (the same thing), scores nothing of its own."""
    return _words_only(requirement) and requirement.end <= zero.start and shared_words(requirement, zero)


def shared_words(first: Clause, second: Clause) -> bool:
    """Whether two situations name the same thing (比例达到任务书要求 / 比例未达到任务书要求): 4 characters in common."""
    a = re.sub(r"[未没有不的得\d分]", "", first.text)
    b = re.sub(r"[未没有不的得\d分]", "", second.text)
    return any(a[i:i + 4] in b for i in range(max(0, len(a) - 3)))


def _all_met_points(clause: Clause) -> bool:
    """全部完成得6分；每有1项未完成扣1分，部分完成的每项扣0.5分: all of them met, the points the kinds of fault come off."""
    return clause.all_met and clause.outcome is not None and clause.outcome[0] == "points" and bool(clause.outcome[1]) \
        and clause.condition is None and clause.per is None and clause.cap is None \
        and all(t.kind == "NUM" and t.unit in COUNT_UNITS and t.value == int(t.value) for t in clause.unread)  # (8项…全部完成: all 8)


def _plainly_unread(clause: Clause) -> bool:
    """Beside one fault that reads, the clause no reading can take: a 每 the clause grammar left unread (数据每差异1%扣1分:
    counting by what?), or the faults before it found true, on top (经查实的再扣1分: each one, or once?)."""
    return any(token.kind == "EACH" for token in clause.unread) \
        or verified_only(re.sub(r"的?[，,]?(?:再|另)扣\d+(?:\.\d+)?分$", "", clause.text))


# 低风险问题不扣分 / 轻微隐患不扣分: a grade of finding named in words alone, deducting nothing
_SPARED = lazy_compile(r"([\u4e00-\u9fff]{2,12}?)的?,?不扣分")
# the grades a finding is sorted by (高风险问题 / 重大隐患 / 一般问题 / 轻微问题), said before what is found
_GRADED = lazy_compile(r"(?:高|中|低|较高|较低|重大|较大|严重|一般|轻微|较轻|轻)(?:风险|等级|级)?(?P<found>[\u4e00-\u9fff]{1,6})")


def spared_grade(clause: Clause, faults: list[Fault]) -> bool:
    """高风险问题每项扣1分，中风险问题每项扣0.3分，低风险问题不扣分: after the kinds of fault, a grade of the same
    finding (低风险|问题 beside 高风险|问题) that deducts nothing — no kind to count. Only a grade's word before the same
    finding: a situation spared in other words (已整改问题不扣分: which of the graded ones?) is not this."""
    found = _SPARED.fullmatch(clause.text)
    if found is None or clause.condition is not None or any(t.text != "扣分" for t in clause.unread):
        return False  # (不扣分's 扣分 is left unread by the clause grammar: no number, nothing else)
    spared = _GRADED.fullmatch(found.group(1))
    return spared is not None and any((graded := _GRADED.fullmatch(fault.what)) is not None
                                      and graded.group("found") == spared.group("found") for fault in faults)


def compose_fault_kinds(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    """资料不齐全的每项扣0.5分，未按时报送的每次扣1分，扣完为止: several kinds of fault, each counted."""
    if _graded_scale(scoring):
        return None  # 好得满分，一般扣2分，差扣5分: one grade given (compose_choice), never faults added up
    faults: dict[str, Fault] = {}
    caps: list[Clause] = []
    award: tuple[str, Decimal | None] | None = None
    repeated: Clause | None = None
    kind_caps: list[tuple[Clause, str | None]] = []  # each cap in points, and the kind it is written right after
    listed: list[tuple[Clause, Fault]] = []  # every fault in order, a repeated one too
    unread: list[Clause] = []  # a scoring clause no fault is read from
    stray: Clause | None = None  # an award at a level, or a bonus, among faults that no fault or award is read from
    spared = False  # …及时上报的,不扣分,并给予加分: a situation deducting nothing (the list is then not read; the bonus named)
    last: str | None = None
    short_of_level: Clause | None = None  # 全年开展培训不少于7次，每少1次扣0.5分: the sessions short, one fault among others
    whole_caps: list[Clause] = []  # (1)…2分扣完为止。(2)…每处扣1分。本项最多扣4分: the whole's, not the last kind's
    each_kind_caps: list[tuple[Clause, Decimal]] = []  # (1)…每个扣1分；(2)…。单项扣分不超过2分: each kind's, said once
    whole_rate = False  # the points said as a rate at 100%: every unit without the one kind of fault counted
    for index, clause in enumerate(scoring):
        if listed and clause.condition is None and clause.step is None and (each_cap := _EACH_KIND_CAP.fullmatch(clause.text)):
            each_kind_caps.append((clause, Decimal(each_cap.group(1))))  # 单项扣分不超过2分: every kind's own, not the whole's
            caps.append(clause)
            last = None
            continue
        if clause.cap is not None and clause.outcome is None and clause.per is None and clause.condition is None:
            if listed and clause.cap[0] != "all" and _cap_of_the_whole(clause, scoring[index - 1], scoring[index + 1:], text):
                whole_caps.append(clause)
            else:
                kind_caps.append((clause, last))
            caps.append(clause)
            last = None
            continue
        last = None
        if (clause is scoring[0] and (situation_award(clause) or points_after_words(clause) or _all_met_points(clause))) or (
                clause is scoring[-1] and award is None and len(scoring) > 2 and none_found_award(clause) and situation_award(clause)):
            # (…其他有关问题每次扣5分,无质量问题反馈得30分: the points when none of them happened, said last)
            award = (_option_label(clause), clause.outcome[1])  # type: ignore[index]  # 资金使用符合规定得4分；…
            continue
        if clause is scoring[0] and _level_awarded(clause, scoring[1:], context):
            # 全年专题研究重点工作不少于3次。(3分)考核:未成立领导小组的扣0.5分;…每少一次扣0.5分: the requirement and its
            # points, the faults (the sessions short among them) taken from them
            award = (_level_words(clause), clause.outcome[1])  # type: ignore[index]
            continue
        if clause is scoring[0] and _deadline_awarded(clause, scoring[1:], context):
            # 按规定时限(批复后20日内)公开部门预算、部门决算的,得2分;公开不及时的,每项扣0.5分: the time limit is the
            # requirement the faults after it fail (late, or never)
            award = (_AWARD_OUTCOME.sub("", clause.text), clause.outcome[1])  # type: ignore[index]
            continue
        headed = _rate_headed(clause, context, text) if clause is scoring[0] else clause
        if clause is scoring[0] and _whole_rate_awarded(headed, scoring[1:], text):
            # 建制村通客车率100%得3分；每有1个… (易涝积水点整治完成率：100%得4分，…: the rate named as the heading)
            award = (("" if headed is clause else headed.label) + _level_words(clause), clause.outcome[1])  # type: ignore[index]
            whole_rate = True
            continue
        stated = _STATED_FULL.fullmatch(clause.text)
        if stated and award is None:
            award = ("", Decimal(stated.group(1)))  # 以上各项均为扣分项，满分为10分，扣完为止
            continue
        if _ALL_DEDUCTIONS.fullmatch(clause.text) or _NONE_HAPPENED.fullmatch(clause.text):
            continue  # (未发生突发公共卫生事件的不扣分: no fault, nothing deducted — the 分值, said again)
        if spared_grade(clause, [fault for _, fault in listed]):
            continue  # 高风险问题每项扣1分，中风险问题每项扣0.3分，低风险问题不扣分: the lowest grade of the finding costs nothing
        short = _short_of_standard(clause)
        if _fault_below_standard(clause) and not any(c is not clause and (c.condition is not None or any(
                t.kind == "NUM" for t in c.tokens)) for c in scoring + context):
            # 数量低于规定标准的，每次扣5分: each time the standard is missed, a fault (培训不少于4次，未达到标准的，每次扣1分:
            # the standard stated in numbers, the times short of it or each failing one? left to the readings of a level)
            clause = replace(clause, condition=None)
        if len(scoring) > 1 and clause.condition is not None and (
                (clause.outcome is not None and clause.outcome[0] == "minus") or short) \
                and clause.condition.interval.high == TARGET and clause.condition.interval.low is None:
            # 未完成组建任务的扣5分，底数不清扣2分… / 专职安全员低于标准要求的，每少1人扣2分: a fault named, among others
            clause = replace(clause, condition=None)
        if whole_rate and clause.condition is not None and _below_the_whole(clause.condition):
            clause = _past_the_miss(clause)  # (整改率100%得4分；低于100%的，每有1个问题未整改扣1分: its miss, restated)
        if others_of_listed(clause, [fault for _, fault in listed]):
            clause = replace(clause, otherwise=False)  # 大作文缺一次扣3分,其它缺一次扣1分: the others missed, each (not 否则)
        fault = fault_of(clause, context, text, scoring[index - 1] if index else None)
        if fault is None:
            fault = _count_short_of_level(clause)
            if fault is None and not short_of_level and (clause.per is not None or (clause.outcome and clause.outcome[0] == "minus")):
                unread.append(clause)  # (不全批全改扣2分,…,其它缺一次扣1分: a deduction, named if every other clause is a fault)
                last = None
                continue
            if fault is None and not short_of_level and stray is None and clause.outcome is not None and (
                    clause.outcome[0] == "added" or (clause.outcome[0] == "points" and clause.outcome[1] and clause.condition is not None)):
                # (a zero at a level, 缺3项以上不得分, is the shortfall readings' to name)
                stray = clause  # (息诉息访率在50%以上的记4分,…未息诉息访的,每件扣0.5分: named if every other clause is a fault)
                last = None
                continue
            if fault is None and clause.text == "不扣分" and clause.condition is None:
                spared = True
                last = None
                continue
            if fault is None or short_of_level:
                return None  # (各区…不少于10人，每少1人…；各开发区…不少于4人，每少1人…: each kind of unit its own level)
            short_of_level = clause
        if short and clause.condition is None:  # (低于标准要求的，少: the shortfall said twice — counted in persons short)
            fault = replace(fault, what=re.sub(r"的?[，,]?(?:少|缺少|缺)$", "", fault.what), short=True)
        if clause.cap is not None:
            kind_caps.append((clause, fault.what))
            caps.append(clause)  # 报表迟报的每次扣1分最多扣3分: the cap of the whole, written in the last kind
        if fault.what in faults:
            repeated = repeated or clause
        faults.setdefault(fault.what, fault)
        listed.append((clause, fault))
        last = fault.what
    priced_apart = next((c for c in context if len(c.tokens) > 1 and c.tokens[0].kind == "WORD"
                         and all(t.kind in ("NUM", "RANGE") for t in c.tokens[1:]) and zeroing_situation(c.tokens[0].text) is not None), None)
    if listed and priced_apart is not None:
        # 未按时交接班扣1分,交接记录不完整-1: a failure with a bare number after it (its deduction in a table's column)
        # was dropped with its number, the other faults read alone
        raise Unplaced(priced_apart, f"数值“{priced_apart.tokens[1].text}”无法识别其含义（这一扣分情形没有写明扣多少分）", certain=True)
    if award is not None:
        _refuse_unpriced_requirement(scoring[0], listed, context)
    if stray is not None or spared:
        # 息诉息访率在50%以上的记4分,工作不扎实…的,每件扣0.5分 / …每个扣2分。…不扣分,并给予加分。(每个火点加2分): the
        # faults read, this award or bonus beside them is what no reading takes (once the first 每件扣 was blamed). A bonus
        # beside faults alone is the bonus reading's to name (加分没有写明上限).
        if stray is not None and listed and not unread and award is None and stray.outcome is not None:
            if stray.outcome[0] == "points":
                raise StrayAward(stray, "这一得分情形（含水平）无法与扣分情形合并计分（其余各句都已读作扣分情形）：未达到时得几分、"
                                         "扣分从哪里扣起没有写明（如“满分为4分，…的每件扣0.5分，扣完为止”）")
            if spared or stray.condition is not None:  # (…每件扣2分,群众安全感90%以上的加1分: a bonus at a level)
                raise StrayAward(stray, "这一加分无法与扣分情形合并计分（其余各句都已读作扣分情形），"
                                         "请写明加分的情形与上限（如“…的，每个加2分，最多加10分”）")
        if not unread:
            return None  # (an unread deduction beside it is named first: 可防性案件低于前两年平均数(8分)。…每高1个百分点扣1分)
    if unread:
        if (len(listed) >= 2 or len(listed) == len(unread) == 1 and stray is None and _plainly_unread(unread[0])) \
                and len(listed) >= len(unread) and award is None and not caps:
            # 不全批全改扣2分,无激励性语言扣2分,大作文缺一次扣3分,其它缺一次扣1分: a list of faults but for this one; or one
            # fault and a clause whose 每 the grammar could not place (资料报送不及时,每起扣3分,数据每差异1%扣1分: once the
            # 每起 that reads was blamed)
            raise UnreadFault(unread[0], "这一扣分情形无法识别（其余各句都已读作扣分情形），请写明扣分的情形与按什么计数（如“每缺1次扣1分”）")
        return None
    if short_of_level is not None and len(listed) < 2:
        return None  # (the sessions short alone: the steps' reading)
    if leads_with_others([clause for clause, _ in listed]):
        return None
    named = subjects_named(listed, text) if repeated is not None and not kind_caps else None
    if named is not None:  # 总经费少于上年度的扣2分,本年度未安排的扣4分;综合监管经费…,本年度未安排的扣2分: each subject's own
        faults, repeated = {fault.what: fault for fault in named}, None
    if repeated is not None:  # every clause is a fault or a cap: the text is a list of faults, wrongly written
        raise Unplaced(repeated, "两种扣分情形的描述相同，不知按哪一种扣分", certain=True)
    refuse_priced_twice(listed)  # 未落实A、B、C的扣5分,有1项未落实扣1分: one missing costs 5 or 1?
    lone = next(iter(faults.values()), None)
    if not faults or (len(faults) == 1 and (award is not None or not _lone_fault(lone, scoring, caps))  # type: ignore[arg-type]
                      and not (award is not None and (whole_rate or listed_each(lone) or counted_after_award(lone, scoring)  # type: ignore[arg-type]
                                                      or _another_situation(lone, award, caps, listed, context, text)))):  # type: ignore[arg-type]
        return None  # one kind counted by a number is ItemFailures' (每出现1个社区未完成的扣0.5分)
    for clause in scoring:
        if clause is scoring[0] and award is not None and _all_met_points(clause):
            continue  # (8项重点工作任务全部完成得6分: the count of all of them, read)
        if any(clause is said for said, _ in each_kind_caps):
            continue  # (每项最多扣2分: its 最多扣 read by _EACH_KIND_CAP, not by the clause's grammar)
        if not (_STATED_FULL.fullmatch(clause.text) or _ALL_DEDUCTIONS.fullmatch(clause.text) or _NONE_HAPPENED.fullmatch(clause.text)
                or spared_grade(clause, list(faults.values()))):
            named = next((fault.what for listed_clause, fault in listed if listed_clause is clause), "")
            kept = numbers_in_sizes(named) if clause.unread and named else frozenset()
            # (垃圾桶内垃圾超过容量的2/3且未及时倒掉扣5分: the fraction is in the fault's name, which ones count)
            _no_unread(replace(clause, unread=[t for t in clause.unread if t.text not in kept]) if kept else clause)
    uncounted = next((fault for fault in faults.values() if fault.once and re.search(r"每(?:缺|少|差|漏)", fault.what)), None)
    if uncounted is not None:  # 每缺一本扣0.5份 (本 once unknown): 每 without what is counted, deducted once
        raise Unplaced(uncounted.what, f"“{uncounted.what}”没有写明按什么计数（如“每缺1项”）", certain=True)
    if each_kind_caps:
        return _capped_each(faults, each_kind_caps, kind_caps, award, whole_caps)
    own = _caps_of_kinds(kind_caps, faults, scoring + context) if kind_caps or not whole_caps else None
    if own is not None:
        return FaultKinds(tuple(replace(fault, cap=own.get(what)) for what, fault in faults.items()), award=award,
                          cap=_cap(whole_caps) if whole_caps else None)
    kinds = tuple(faults.values())
    in_points = {c.cap[1] for c in caps if c.cap is not None and c.cap[1] is not None}
    cap = next(iter(in_points)) if len(in_points) == 1 else None
    if cap is not None and not whole_caps and len(kinds) > 1 and not kinds[-1].once \
            and any(fault.per > cap for fault in kinds[:-1]):
        # 未建立台账扣2分,台账不完整的每项扣0.5分,最多扣1分: a cap below another kind's own deduction cannot be the
        # whole's (the 2 could never be taken) — it is the last kind's, written right after it (扣完为止 beside it: the
        # floor of the whole, as its 规范写法 says); so with a kind counted (大作文缺1次扣3分,小作文每缺1次扣0.5分,最多扣2分:
        # one big essay missed costs 3, never 2)
        return FaultKinds(kinds[:-1] + (replace(kinds[-1], cap=cap),), award=award)
    return FaultKinds(kinds, cap=_cap(caps), award=award)


# 单项扣分不超过2分 / 每项最多扣2分 (扣分不超过 normalised to 最多扣): said of each kind of fault, not of them all (单项 once matched nothing
# and the cap was the whole's: 3 faults of one kind and 1 of another scored 6 − 2 = 4, not 6 − 2 − 1 = 3)
_EACH_KIND_CAP = lazy_compile(r"(?:单项|每项|每一项|每类|每一类|每种|每一种)(?:问题)?(?:扣分)?(?:最多扣|最高扣)(\d+(?:\.\d+)?)分")


def _capped_each(faults: dict[str, Fault], each_kind_caps: list[tuple[Clause, Decimal]],
                 kind_caps: list[tuple[Clause, str | None]], award: tuple[str, Decimal | None] | None,
                 whole_caps: list[Clause]) -> FaultKinds:
    """Each counted kind deducts at most the cap said for every kind; a kind deducted once more than it, or a cap of one
    kind beside it, cannot be told apart from it."""
    named = each_kind_caps[-1][0]
    values = {value for _, value in each_kind_caps}
    if len(values) > 1 or kind_caps:
        raise Unplaced(named, "写了每项的扣分上限，又写了其他扣分上限，无法确定各上限管哪些扣分", certain=True)
    cap = values.pop()
    over = next((fault for fault in faults.values() if fault.once and fault.per > cap), None)
    if over is not None:  # (未公示的扣3分；…单项扣分不超过2分: 3 or 2?)
        raise Unplaced(named, f"“{over.what}”一次扣{general_text(over.per)}分，超过每项扣分上限{general_text(cap)}分，"
                              "不知按哪一个扣分", certain=True)
    return FaultKinds(tuple(fault if fault.once or fault.zeroes else replace(fault, cap=cap) for fault in faults.values()),
                      award=award, cap=_cap(whole_caps) if whole_caps else None)


_WHOLE_SAID = lazy_compile(r"(?:本项|本指标|该项|此项|以上|上述|累计|合计|共|总|全部|各项)")


def _cap_of_the_whole(cap: Clause, before: Clause, after: list[Clause], text: str) -> bool:
    """…每处扣1分。最多扣4分 after the last kind, in a sentence of its own (after 。 or ；, or 本项/累计/以上合计最多扣4分):
    the cap of every deduction, even where an earlier kind has a cap of its own ((1)…2分扣完为止。(2)…). After a comma
    (…每处扣1分,最多扣4分) it is written for the last kind, which _caps_of_kinds weighs with the other caps."""
    if any(c.per is not None or c.outcome is not None for c in after):
        return False
    return bool(_WHOLE_SAID.match(cap.text)) or any(stop in text[before.end:cap.start] for stop in "。；;")


def _count_at_least(condition: Condition, exactly: bool = False) -> bool:
    """不少于3次 / 达到7次以上: a count of things, at least a number (or, ``exactly``, 按时报送月报12次: all of them)."""
    interval = condition.interval
    return condition.unit in COUNT_UNITS and isinstance(interval.low, Decimal) and interval.low_inclusive \
        and (interval.high is None or exactly and interval.high == interval.low and interval.high_inclusive)


def _level_awarded(clause: Clause, later: list[Clause], context: list[Clause]) -> bool:
    """全年专题研究重点工作不少于3次(3分) before faults, one of which counts the sessions short of the 3 (每少一次扣0.5分)."""
    condition = clause.condition
    if condition is None or clause.outcome is None or clause.outcome[0] != "points" or not clause.outcome[1] \
            or clause.step is not None or clause.per is not None or clause.cap is not None or clause.unread \
            or not _count_at_least(condition, exactly=True):
        return False
    counted = {id(c): fault_of(c, context) for c in later if c.condition is None and c.per is not None
               and (c.step is None or c.step[0] == "above")}
    # (按时报送月报12次得2分，迟报1次扣0.2分，漏报1次扣0.5分: the reports missing counted as 漏报, the late ones beside them)
    shortfalls = [c for c in later if c.condition is None and c.per is not None and (
        (c.step is not None and c.step[0] == "below" and c.step[2] == condition.unit)
        or ((fault := counted.get(id(c))) is not None and fault.unit == condition.unit and _MISSED_ONE.fullmatch(fault.what)))]
    others = [c for c in later if c not in shortfalls and c.condition is None and (
        (c.outcome is not None and c.outcome[0] == "minus") or counted.get(id(c)) is not None)]
    return len(shortfalls) == 1 and bool(others)


# 漏报 / 缺报 / 少报 / 未报 …: one of the things the level counts, missing (never done late, nor done wrong)
_MISSED_ONE = lazy_compile(r"(?:漏|缺|少|未)(?:报|交|报送|上报|开展|召开|组织)?的?")


def _whole_rate_awarded(clause: Clause, later: list[Clause], text: str) -> bool:
    """建制村通客车率100%得3分，每有1个建制村未通客车扣0.5分: a rate at 100% is every unit without the fault the
    deductions count, so its points are the whole and each failing unit takes its deduction (the rate is not scored apart).
    Only a rate at exactly 100% before one kind of fault counted per unit (每有1个… / 每发现1户… / 发现1次…), named
    with the rate's own words, and a cap — or before several kinds, each named by the rate's words or by what one of
    them names failing (按时足额发放率100%得4分，每发现1人次未按时发放扣0.2分，每发现1人次少发、错发扣0.5分)."""
    condition = clause.condition
    label = (clause.label or "").removesuffix(next((word for word in LEVEL_KEPT if (clause.label or "").endswith(word)), ""))
    if condition is None or clause.outcome is None or clause.outcome[0] != "points" or clause.step is not None \
            or clause.per is not None or clause.cap is not None or clause.unread or condition.unit != "%" \
            or condition.interval.low != 1 or not condition.interval.low_inclusive or condition.interval.high is not None \
            or not is_rate_label(label):  # (火化率保持100%(15分): the rate kept at 100%, its name before 保持)
        return False
    # (the 规范写法 reads back its own: 有行政村未通宽带的，每个扣0.5分 — counted per unit without 每有1个)
    # (每迟报1例扣0.5分: a step of one report past its time is each late report, a fault as 每发现1例迟报 is — never a
    # step of time, 每迟报1天: the days of every late report summed, which a rate of reports does not count; nor a step
    # below, 每少完成1家: the units short of the target, the steps' reading)
    faults = [c for c in later if c.per is not None and (c.condition is None or _below_the_whole(c.condition)) and c.outcome is None
              and (c.step is None or c.step[0] == "above" and c.step[1] == 1 and c.step[2] in COUNT_UNITS
                   and c.step[2] not in LATENESS_UNITS)]
    caps = [c for c in later if c.cap is not None and c.outcome is None and c.per is None and c.condition is None]
    # (火化率保持100%(15分)。1.发生一起土葬事件,扣10分。2.…未及时上报变更调整火葬区的,扣5分: a fault deducting once beside
    # the rate's own counted one, taken from the same points)
    once = [c for c in later if c.outcome is not None and c.outcome[0] == "minus" and c.per is None and c.condition is None
            and c.step is None and c.cap is None and not c.unread]
    rated = label.removesuffix("率")
    pairs = {rated[i:i + 2] for i in range(len(rated) - 1) if _WORD_PAIR.fullmatch(rated[i:i + 2])}
    failings = tuple(failing for word, failing in _FAILING_OF.items() if word in rated)
    if (every := _ALL_DUE.search(rated)) is not None:  # 应挂尽挂率: one left undone (未悬挂) is what it counts
        failings += (rf"(?:未|没有|不)[\u4e00-\u9fff]{{0,2}}{every.group(1)}",)
    # the fault is what the rate counts (通客车率 / 未通客车, 合格率 / 不合格, 发放准确率 / 错发), never another failing
    # alone (资金到位率 beside 违规支出: what a rate short of 100% loses is then unsaid). Of several kinds one must be the
    # rate's own failing, which prices the rate short of 100% (按时足额发放率: 未按时发放 and 少发、错发; 报告及时率: 迟报);
    # the others are faults of their own taken from the same points (漏报 beside 迟报 — a report missing, not late: the
    # rate does not count it, its own price does, so the score is the points less every deduction either way)
    # (each kind's words: from the end of the kind before it — 错发、多发的，每户扣0.5分 names it in a clause of its own)
    named = [text[start:fault.end] for start, fault in zip([clause.end] + [f.end for f in faults], faults)]
    own = [any(pair in words for pair in pairs) or any(re.search(failing, words) for failing in failings) for words in named]
    return bool(faults) and len(faults) + len(once) + len(caps) == len(later) \
        and not any(token.kind == "TIMES" for fault in faults for token in fault.tokens) \
        and (len(faults) == 1 and not once and (any(pair in text[clause.end:] for pair in pairs) or own[0])  # (not 每×少分配1户: a formula's ×)
             or (len(faults) > 1 or once) and any(own))


# the award's outcome at the clause's end (…的,得2分), cut to leave the situation it is for
_AWARD_OUTCOME = lazy_compile(r"的?[,，]?(?:得|计|记)\d+(?:\.\d+)?分$")
# 公开不及时 / 逾期公开 / 超期 / 未按时: what falls past a time limit
# (核销后3个工作日内结算到账的得3分: a limit in working days or hours names the requirement as days do — never counted)
_LIMIT_UNITS = LATENESS_UNITS + ("小时", "分钟", "工作日", "个工作日", "自然日", "个自然日")
_LATE_FAULT = lazy_compile(r"不及时|未及时|逾期|超期|超时|延期|延迟|迟报|未按时|未按期|不按时|超过(?:规定)?时限|超出(?:规定)?时限")


def _deadline_awarded(clause: Clause, later: list[Clause], context: list[Clause]) -> bool:
    """按规定时限(批复后20日内)公开部门预算、部门决算的,得2分;公开不及时的,每项扣0.5分;未公开的,每项扣1分: a
    requirement done within a time limit (N日内: its only number) and its points, then faults each counted, one of them
    the limit missed (不及时 / 逾期 …) — the points are for the requirement met, each fault taken from them; the limit
    is what 不及时 means, never a level of the indicator's own measure."""
    condition = clause.condition
    if condition is None or clause.outcome is None or clause.outcome[0] != "points" or not clause.outcome[1] \
            or clause.step is not None or clause.per is not None or clause.cap is not None or clause.unread \
            or condition.unit not in _LIMIT_UNITS or condition.interval.low is not None \
            or condition.interval.high is None or _AWARD_OUTCOME.search(clause.text) is None \
            or sum(t.kind == "NUM" for t in clause.tokens) != 1:
        return False
    faults = [c for c in later if c.condition is None and c.step is None and c.outcome is None and c.per is not None
              and _PER_WORD.search(c.text) is not None]
    caps = [c for c in later if c.cap is not None and c.outcome is None and c.per is None and c.condition is None]
    if not faults or len(faults) + len(caps) != len(later):
        return False
    named = [fault_of(c, context) for c in faults]
    return all(fault is not None for fault in named) and any(_LATE_FAULT.search(fault.what) for fault in named)  # type: ignore[union-attr]


def _rate_headed(clause: Clause, context: list[Clause], text: str) -> Clause:
    """易涝积水点整治完成率：100%得4分: a bare level after the rate it is of, named as a heading before a colon — the
    clause as though the rate were written in it (its label and start the heading's); the clause itself otherwise."""
    if clause.label or not clause.tokens or clause.tokens[0].kind != "NUM":
        return clause
    heading = next((c for c in context if c.end <= clause.start and text[c.end:clause.start].strip() == ":"), None)
    if heading is None or heading.unread or heading.condition is not None or not is_rate_label(heading.text):
        return clause
    return replace(clause, label=heading.text, start=heading.start)


def _below_the_whole(condition: Condition) -> bool:
    """低于100%的，每有1个问题未整改扣1分 after 整改率100%得4分: the rate short of 100% said again before the faults that
    make it so — the award's own miss, no level of its own."""
    interval = condition.interval
    return condition.unit == "%" and interval.low is None and interval.high == 1 and not interval.high_inclusive


def _past_the_miss(clause: Clause) -> Clause:
    """低于100%的，每有1个问题未整改扣1分 → 每有1个问题未整改扣1分: the fault's own words, after the rate's miss said
    first (低于100%的); the clause as it was when the miss is not said first (its condition then unplaced, as before)."""
    kinds = [token.kind for token in clause.tokens[:3]]
    said = re.match(r"(?:低于|不足|未达到|达不到)100%的?[，,]", clause.text)
    if kinds[:2] != ["CMP", "NUM"] or said is None:
        return clause
    cut = 3 if kinds[2:] == ["DE"] else 2
    return replace(clause, condition=None, tokens=clause.tokens[cut:], text=clause.text[said.end():],
                   start=clause.start + said.end())


# what a rate's word names when it fails: 准确 (错发 / 错付), 足额 (少发 / 少拨), 及时 and 按时 (迟报 / 延迟 / 逾期) — the
# unit the rate counts short of 100%
_FAILING_OF = {"准确": r"错(?:发|付|拨|报|登)", "足额": r"少(?:发|付|拨)", "及时": r"迟(?:报|发|付|拨)|延迟|逾期",
               "按时": r"迟(?:报|发|付|拨)|延迟|逾期",
               # (按期办结率100%得5分；每有1件逾期扣1分: a case closed past its term is one not closed 按期)
               "按期": r"迟(?:报|发|付|拨)|延迟|逾期", "如期": r"迟(?:报|发|付|拨)|延迟|逾期",
               "时限": r"迟(?:报|发|付|拨)|延迟|逾期",
               # (保存率100%得3分，每死亡1株扣1分: a tree lost is one not kept; 成活率: one that did not live)
               "保存": r"死亡|损毁|灭失|丢失", "成活": r"死亡|枯死",
               # (持证上岗率100%得2分；发现无证上岗的，每人扣0.5分: one working without the licence is one the rate misses;
               # 火化率保持100%(15分)。发生一起土葬事件扣10分: a burial is a death not cremated)
               "持证": r"无证|未持证|未取得", "火化": r"土葬"}  # (在规定时限(2小时)内网络直报率: reported within the limit, or late)


# 应挂尽挂 / 应保尽保 / 应检尽检: every one due done (a rate of them at 100%), its verb the one character said twice
_ALL_DUE = lazy_compile(r"应([\u4e00-\u9fff])尽\1")


def _level_words(clause: Clause) -> str:
    """全年专题研究重点工作不少于3次 of 全年专题研究重点工作不少于3次，(3分): the requirement up to its level."""
    upto = next(index for index, token in enumerate(clause.tokens) if token.kind == "NUM")
    return "".join(token.text for token in clause.tokens[:upto + 1] if token.kind != "SEP")


def _count_short_of_level(clause: Clause) -> Fault | None:
    """全年开展培训不少于7次，每少1次扣0.5分，记录不全的扣2分: the sessions short of the number required, one kind of
    fault among others (counted in sessions short, as 每学期…不少于8次，缺1次扣1分 reads alone)."""
    condition, step = clause.condition, clause.step
    if condition is None or step is None or clause.per is None or clause.outcome is not None \
            or clause.unread or step[0] != "below" or step[1] != 1 or condition.unit != step[2] or not _count_at_least(condition):
        return None
    level = clause.text.split("，")[0]
    # (至少配置2组或以上分类投放容器: the level, then what is counted in its unit)
    if not level or not re.search(rf"{general_text(condition.interval.low)}{re.escape(step[2])}(?:或以上|及以上|以上)?[\u4e00-\u9fff]{{0,12}}$", level):
        return None  # (the level and its step said in one run of words: where the level ends is not clear)
    return Fault(what=f"{level}，缺", per=clause.per, unit=step[2])


def _short_of_standard(clause: Clause) -> bool:
    """专职安全员低于标准要求的，每少1人扣2分: each one short of a requirement in words, counted like any fault."""
    return clause.step is not None and clause.step[0] == "below" and clause.step[2] in COUNT_UNITS \
        and clause.per is not None and clause.outcome is None and clause.condition is not None \
        and clause.condition.unit in ("", clause.step[2])


def _fault_below_standard(clause: Clause) -> bool:
    """数量低于规定标准的，每次扣5分 / 未达到标准的每处扣1分: the standard is a word right after the comparison (no
    number before it: 低于90%的每次 is a level's), the deduction counts occurrences (每次 / 每处 / 每项, never a step short
    of it, 每少1人): each time the standard is missed is a fault, counted like any other — a completion rate below its
    target cannot be counted by 每次 (once refused as a deduction with nothing to count)."""
    condition, tokens = clause.condition, clause.tokens
    if condition is None or clause.step is not None or clause.unread \
            or condition.interval.high != TARGET or condition.interval.low is not None:
        return False
    standard = next((i for i, token in enumerate(tokens) if token.kind == "REF"), None)
    if standard is None or standard == 0 or tokens[standard].text not in THE_STANDARD or tokens[standard - 1].kind != "CMP" \
            or any(token.kind == "NUM" for token in tokens[:standard]):
        return False
    counted = clause.occurrence is None and any(token.kind == "EACH" for token in tokens[standard + 1:])
    return counted and ((clause.per is not None and clause.outcome is None)
                        or (clause.per is None and clause.outcome is not None and clause.outcome[0] == "minus"))


def _caps_of_kinds(kind_caps: list[tuple[Clause, str | None]], faults: dict[str, Fault],
                   clauses: list[Clause]) -> dict[str, Decimal] | None:
    """未制定“一河一策”的，少1条扣1分，最高扣4分；未制定年度计划的，每少1条扣1分，最高扣4分: a cap in points written
    right after each kind of fault is that kind's own (the score still stops at 0). One cap in points is the
    whole's (None) when written after the last kind, and refused after another (its own, or the whole's?); caps after
    some kinds only say neither, and are refused (扣完为止 said twice is the same floor)."""
    in_points = [(clause, what) for clause, what in kind_caps if clause.cap[0] != "all"]  # type: ignore[index]
    if len(in_points) < len(faults):
        from .item_caps import caps_closed_by_items

        items = caps_closed_by_items(in_points, clauses)  # (1)…每发现一处扣0.2分,1分扣完为止。(2)…: item (1)'s own
        if items is not None and not any(faults[what].once for what in items):
            return items
    if len(in_points) == 1 and in_points[0][1] is not None and in_points[0][1] != list(faults)[-1]:
        # 未按时报送的，每次扣1分，最多扣3分；报送内容不全的，每次扣0.5分: that kind's own cap, or the whole's?
        raise Unplaced(in_points[0][0], "扣分上限写在其中一种扣分情形之后（不在最后），不知只管这一种还是管全部扣分", certain=True)
    if len(in_points) < 2:
        return None
    owners = [what for _, what in in_points]
    if None in owners or len(set(owners)) != len(owners) or set(owners) != set(faults) \
            or any(faults[what].once for what in owners):  # type: ignore[index]
        raise Unplaced(in_points[1][0], "各扣分情形分别写了扣分上限，但不是每种情形之后都写了，无法确定各上限管哪些扣分", certain=True)
    return {what: clause.cap[1] for clause, what in in_points}  # type: ignore[index,misc]


def _another_situation(fault: Fault, award: tuple[str, Decimal | None], caps: list[Clause], listed: list[tuple[Clause, Fault]],
                       context: list[Clause], text: str) -> bool:
    """资金使用符合规定得4分；存在挤占的扣2分 / 按时报送得2分，迟报的扣1分: the award, and a situation of another kind
    deducting once from it — not the award's own miss (资料齐全得1分，资料不全扣0.5分 / 定期研究…得2分；未定期研究扣1分:
    a choice of two, the grades'), nor points taken from the whole (项目考核总分扣10分), nor words left after it."""
    clause = listed[0][0]
    if not (fault.once and not fault.zeroes and not caps and bool(award[0]) and award[1] is not None and fault.per < award[1]):
        return False
    if "总分" in clause.text or any(c.start >= clause.end and c.tokens for c in context):
        return False
    start, end = text.find(award[0]), text.find(fault.what)
    if start >= 0 and end > start and not _NEGATION_SAID.search(text[start + len(award[0]):end + len(fault.what)]):
        # 资金支付规范得2分，存在超进度支付的扣1分: words shared with the award (支付), nothing negated between them
        return True
    return not _negates_option(fault.what, text[: text.find(fault.what)] if fault.what in text else award[0])


def _lone_fault(fault: Fault, scoring: list[Clause], caps: list[Clause]) -> bool:
    """检查…规划文本，未编制扣3分 / …造成恶劣影响的，每次扣2分: one situation, deducting once or each time it
    happens (no number counts it, so ItemFailures does not read it). Beside an award it is a choice of two
    (资料齐全得1分，资料不全扣0.5分); a one-off deduction with a cap (未得到有效执行扣1分，最多扣3分) deducts each
    time, which ItemFailures reads."""
    if any(c.occurrence is not None for c in scoring) or fault.what in _MISSED:
        return False  # (缺1次扣1分 alone: short of a number, the steps' reading)
    return (fault.once and not caps) or (not fault.once and counted_alone(fault, scoring))


def points_after_words(clause: Clause) -> bool:
    """符合3.0分，…不符合扣0.5分: a situation and its points without a verb, opening a list of deductions."""
    kinds = [t.kind for t in clause.tokens]
    return kinds[-1:] == ["PTS"] and "WORD" in kinds and set(kinds[:-1]) <= {"WORD", "DE"} and not clause.unread \
        and clause.outcome is not None and clause.outcome[0] == "points" and bool(clause.outcome[1])


_STATED_FULL = lazy_compile(r"满分(?:为|是)?(\d+(?:\.\d+)?)分")
_ALL_DEDUCTIONS = lazy_compile(r"(?:以上|上述)各项(?:均)?(?:为|是)扣分项")


def compose_item_deductions(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    """1、目标全申报的1分，缺一项扣0.5分，扣完为止；2、目标规范1分，不规范扣0.5分；3、按时申报计2分，逾期扣1分:
    numbered items, each with its points and what it loses — per occurrence down to 0, or once."""
    groups = _items(scoring, context)
    if len(groups) < 2:
        # …措辞得当，计3分。…每处扣0.5分；…排版印制的，计1分。每有一处…扣0.2分: items opened by a situation and its points
        groups = _items(scoring, context, lambda clause: clause in scoring and situation_award(clause))
    if len(groups) < 2 or any(c.start < groups[0][0].start for c in scoring + context):
        return None
    faults: list[Fault] = []
    for group in groups:
        head, rest = group[0], group[1:]
        described = [c for c in rest if c in context]  # 表述不清楚…错别字的，每处扣0.5分: what the deduction counts
        if any(c.unread or c.condition is not None for c in described):
            return None
        rest = [c for c in rest if c not in described]
        caps = [c for c in rest if c.cap is not None and c.outcome is None and c.per is None and c.condition is None]
        deductions = [c for c in rest if c not in caps]
        if (
            not head.outcome or head.outcome[0] != "points" or not head.outcome[1] or head.condition or head.unread
            or head.step or head.per is not None or len(deductions) != 1 or len(caps) > 1
        ):
            return None
        deduction = deductions[0]
        if deduction.condition is not None or deduction.unread or deduction.otherwise:
            return None
        what = _option_label(head)
        failing = "".join(c.text + "，" for c in described) + deduction.text + ("，" + caps[0].text if caps else "")
        counted = _PER_WORD.search(deduction.text)
        if deduction.step is not None and deduction.per is not None and deduction.step[1] == 1 and deduction.step[2] in COUNT_UNITS:
            fault = Fault(what, deduction.per, deduction.step[2], head.outcome[1], failing)  # 缺1项扣0.5分
        elif deduction.occurrence is not None and deduction.per is not None and deduction.occurrence[0] == 1:
            fault = Fault(what, deduction.per, deduction.occurrence[1], head.outcome[1], failing)  # 发现1处未执行扣1分
        elif deduction.step is None and deduction.occurrence is None and counted is not None and counted.group(2) in (None, "1") \
                and (deduction.per is not None or (deduction.outcome and deduction.outcome[0] == "minus")):
            # …错别字的，每处扣0.5分 / 未完成的每项扣0.1分 (its 扣 read as the outcome: still each one, never once)
            per = deduction.per if deduction.per is not None else deduction.outcome[1]  # type: ignore[index]
            fault = Fault(what, per, counted.group(3), head.outcome[1], failing)
        elif deduction.step is None and deduction.occurrence is None and not _COUNTED_NUMBER.search(deduction.text) and (
            deduction.per is not None or (deduction.outcome and deduction.outcome[0] == "minus")
        ):
            per = deduction.per if deduction.per is not None else deduction.outcome[1]  # type: ignore[index]
            fault = Fault(what, per, "次", head.outcome[1], failing, once=True)  # 不规范扣0.5分 / 逾期扣1分
        else:
            return None
        if (caps or deduction.cap) and fault.once:
            return None  # 扣完为止 after a one-off deduction: not a shape seen
        if deduction.cap is not None and deduction.cap != ("all", None) and deduction.cap != ("points", head.outcome[1]):
            return None  # 缺1项扣0.5分最多扣0.5分: a cap below the item's points is not read here
        if fault.once and fault.per > fault.points:  # type: ignore[operator]
            raise Unplaced(deduction, "扣分超过该项的分值")
        faults.append(fault)
    return FaultKinds(tuple(faults))


# 每完成1000亩，加0.1分 / 每开展一项加2分 / 承担省、市检查任务一次加1分 (once: per time)
_PER_UNIT = lazy_compile(
    r"(?:[\u4e00-\u9fff、]{2,24}?)?每(完成|增加|新增|多完成|开展|举办|承担|承当|发表|获得|提请|引进|落实|完成牵线落实|签约|制定|做到|做好|满足|具备)?"
    # (the unit never holds a deduction: 每增加20万元扣1分 once read as 每增加20万元扣，加1分 — a bonus in 万元扣)
    # 每完成任务1%得0.1分: points per percentage point of the task done, from none
    r"(?:(?<=完成)任务(?=\d+(?:\.\d+)?%))?"
    r"(\d+(?:\.\d+)?)?((?:(?![扣减罚])[\u4e00-\u9fff]){1,3}?|(?<=\d)%)"
    r"(?:(?<=[项次个场篇件])(?:活动|工作|任务|培训|检查|成果|论文|报道|宣传|会议|制度|要求|标准)|(?<=[个家])(?:企业|项目|单位))?[,，]?"
    r"(?:加|增加|得|计|记)?(\d+(?:\.\d+)?)分"
    r"|[\u4e00-\u9fff、]{0,24}?(开展|举办|承担|承当|完成)[\u4e00-\u9fff、]{0,16}?(1)(次|项|场)(?:加|计|记)(\d+(?:\.\d+)?)分"
)
# 发表论文1篇0.5分，最多2分 / 1个部门0.5分，满分2分: one unit and its points, without 每 — read only beside a limit
_ONE_UNIT = lazy_compile(r"[\u4e00-\u9fff、]{0,24}?(?<![\d.])1(篇|次|项|场|个|家|件|人|名)([\u4e00-\u9fff]{0,4}?)[,，]?(?:加|得|计|记)?(\d+(?:\.\d+)?)分")
_NOTHING_DONE = lazy_compile(r"(?:未|没有|无)(?:新增|完成|开展|举办|引进|落实|签约|获得|发表)?的?(?:不得分|不计分|不记分|[得计记]?0分)")
# (此项最高计1分 / 本项最多记2分: the item's limit said with the verb the awards are counted with, 计 or 记)
_LIMIT = lazy_compile(
    r"(?:(?:此项|本项|该项)?(?:以|最多加|最高加|最多|最高|加分最多|加分最高|最高不超过|最多不超过|不超过|最高得|最多得|最高可得"
    r"|最高计|最多计|最高记|最多记|最高分为)|总分|共计|合计|总计|共|满分|满分为)?"
    r"(\d+(?:\.\d+)?)分(?:为限|封顶|为止|为上限|为最高限)?"
)

# 多超多得 / 上不封顶: the more done, the more scored — no limit, not even the 分值 (once dropped: 7 projects scored 50)
_UNCAPPED = lazy_compile(r"(?:加分|得分)?(?:多超多得|多完成多得|上不封顶|不封顶|不设上限)")
# 基本分50分 beside 每完成1个项目得10分,多超多得: what the task (5 projects) is worth, which the award reaches at it
_BASE_POINTS = lazy_compile(r"(?:基本分|基础分|基准分)为?(\d+(?:\.\d+)?)分")


def compose_per_unit(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    """接受省委托补充耕地的单位，每完成1000亩，加0.1分，以3分为限: points per whole unit done."""
    awards = [c for c in scoring if _PER_UNIT.fullmatch(c.text)]
    if not awards:
        return _one_unit(scoring, context)
    if len(awards) != 1:
        return None
    if beyond_target(awards[0]):
        return None  # 每超目标任务引进1个项目加2分: counted beyond the target (over_target.py)
    groups = _PER_UNIT.fullmatch(awards[0].text).groups()  # type: ignore[union-attr]
    verb, size, unit, per = groups[:4] if groups[3] else groups[4:]
    limits = [c for c in scoring + context if c is not awards[0] and _LIMIT.fullmatch(c.text)]
    full_at = full_at_count([c for c in scoring + context if c is not awards[0]], unit, bool(limits)) \
        if size in (None, "1") else None
    if full_at is not None:  # 每1个加0.2分，5个满分: the points of 5 units are the limit (full_at_count.py)
        limits = [full_at[0]]
    # 未新增不得分 / 没有不计分: none done scores nothing, as the count of none does
    nothing = [c for c in scoring + context if c is not awards[0] and _NOTHING_DONE.fullmatch(c.text)]
    required = [c for c in context if c.end <= awards[0].start and _times_required(c, unit)] if size in (None, "1") else []
    uncapped = [c for c in scoring + context if c is not awards[0] and _UNCAPPED.fullmatch(c.text)]
    bases = [c for c in scoring + context if uncapped and _BASE_POINTS.fullmatch(c.text)]
    if uncapped and limits:  # 多超多得 beside 最多30分: which holds is not written
        raise Unplaced(uncapped[0], "写了“上不封顶”（多超多得），又写了得分上限，两者矛盾", certain=True)
    if len(bases) > 1 or any(Decimal(_BASE_POINTS.fullmatch(c.text).group(1)) % Decimal(per) for c in bases):  # type: ignore[union-attr]
        raise Unplaced(bases[-1], f"基本分不是每{unit}{per}分的整数倍，无法确定它是完成多少{unit}的得分，"
                                  "还是另加的分数", certain=True)
    if not verb and not re.search(r"[^增]加\d", awards[0].text) \
            and not ((limits or nothing or required) and unit in COUNT_UNITS):
        # 每项得1分 scores 评价要点; only 每次加1分, or 每项活动得0.5分，最高2分 (a limit), adds per thing done
        return None
    verb, size = verb or "", size or "1"  # 承担检查任务每次加1分: 每1次
    rest = [c for c in scoring + context if c is not awards[0] and c not in limits and c not in nothing and c not in required[:1]
            and c not in uncapped and c not in bases]
    if len(limits) > 1 or any(c.unread or c.condition is not None or c.scoring for c in rest) or Decimal(size) <= 0:
        return None
    # 全年开展检查不少于4次，每次得0.5分: how often it is required, said before; each time done still scores its points
    requirement = required[0].text if required else ""
    if full_at is not None:
        return PerUnit(verb, Decimal(size), unit, Decimal(per), full_at[1] * Decimal(per), full_at=full_at[1], required=requirement)
    limit = Decimal(_LIMIT.fullmatch(limits[0].text).group(1)) if limits else None  # type: ignore[union-attr]
    return PerUnit(verb, Decimal(size), unit, Decimal(per), limit, required=requirement, uncapped=bool(uncapped))


# 全年开展检查不少于4次 / 每季度召开1次会议: how many times the work is required, before the points of each time
_TIMES_REQUIRED = lazy_compile(r"(?:每(?:年|季度|季|月|半年|周)|全年|年度|年内|每年度)[\u4e00-\u9fff、]{0,20}?"
                               r"(?:不少于|至少|不低于)?(\d+)(次|场|期|篇)(?:以上)?[\u4e00-\u9fff]{0,8}")


def _times_required(clause: Clause, unit: str) -> bool:
    found = _TIMES_REQUIRED.fullmatch(clause.text)
    return found is not None and found.group(2) == unit and not clause.scoring and not clause.has_outcome \
        and clause.step is None and (clause.condition is None or clause.condition.unit == unit)


def _one_unit(scoring: list[Clause], context: list[Clause]) -> PerUnit | None:
    """发表论文1篇0.5分，最多2分: the points of one unit, as 每篇0.5分, when a limit says they add up."""
    awards = [c for c in scoring if _ONE_UNIT.fullmatch(c.text)]
    limits = [c for c in scoring + context if c not in awards and _LIMIT.fullmatch(c.text) and not c.text[:1].isdigit()]
    found = _ONE_UNIT.fullmatch(awards[0].text) if len(awards) == 1 else None
    full_at = full_at_count([c for c in scoring + context if c not in awards], found.group(1), bool(limits)) if found else None
    if full_at is not None:  # 发布1个产品得0.2分，5个满分: the points of 5 products are the limit (full_at_count.py)
        limits = [full_at[0]]
    unlimited = len(awards) == 1 and not limits and bare_unit_points(awards[0])  # …活动，1次1分: up to the 分值
    if len(awards) != 1 or (len(limits) != 1 and not unlimited) or beyond_target(awards[0]):  # (每超过目标值1个加2分: over_target.py)
        return None
    if awards[0].per is not None or awards[0].step is not None or any(t.kind in ("DEDUCT", "STEPV") for t in awards[0].tokens):
        return None  # 每缺1项扣0.5分，总分2分: a deduction per item missing (once read as 0.5 added per item)
    limit = full_at[1] * Decimal(found.group(3)) if full_at is not None and found else None if unlimited else \
        Decimal(_LIMIT.fullmatch(limits[0].text).group(1))  # type: ignore[union-attr]
    # 出台…政策。(2分，1个部门0.5分，满分2分): the item's points said first, the same as the limit
    # (建立平台得1分，每达成1个维度目标加0.2分，最多加1分: a limit on what is added caps the additions only; and a
    # situation that earns its points, 建立平台得1分, is a point of its own, not the item's points said again — both
    # once dropped, the platform scoring nothing)
    restated = [c for c in scoring if limit is not None and c.start < awards[0].start and c.outcome == ("points", limit)
                and (situation_award(c) or points_after_words(c)) and not any(t.kind == "VERB" for t in c.tokens)
                and not (limits and "加" in limits[0].text)]  # (最多加1分 / 加分最多3分: what is added, not the item's points)
    rest = [c for c in scoring + context if c not in awards + limits + restated[:1]]
    if any(c.unread or c.condition is not None or c.scoring for c in rest):
        return None
    found = _ONE_UNIT.fullmatch(awards[0].text)
    return PerUnit("", Decimal(1), found.group(1), Decimal(found.group(3)), limit,  # type: ignore[union-attr]
                   full_at=full_at[1] if full_at is not None else None)


# 获市级以上先进集体和个人分别加2分、1分 / 在省、市级刊物发表1篇(项)分别加1分和0.5分
_AWARD_KINDS = lazy_compile(r"(?P<subject>[^,;。:]{2,40}?)分别(?:加|计|记|得)(?P<points>\d+(?:\.\d+)?分(?:(?:、|和|及|与)(?:加)?\d+(?:\.\d+)?分)+)")


def compose_award_kinds(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    """获市级以上先进集体和个人分别加2分、1分: each kind of achievement adds its own points per occurrence."""
    awards = [c for c in scoring if _AWARD_KINDS.fullmatch(c.text)]
    if len(awards) != 1:
        return None
    match = _AWARD_KINDS.fullmatch(awards[0].text)
    points = [Decimal(p) for p in re.findall(r"\d+(?:\.\d+)?", match.group("points"))]  # type: ignore[union-attr]
    subject = match.group("subject")  # type: ignore[union-attr]
    limits = [c for c in scoring + context if c is not awards[0] and _LIMIT.fullmatch(c.text)]
    rest = [c for c in scoring + context if c is not awards[0] and c not in limits]
    if len(limits) > 1 or any(c.unread or c.condition is not None or c.scoring for c in rest):
        return None
    listed = subject.split("、")
    if len(listed) > 1 and len(listed) != len(points):
        # 好、较好、一般、差分别得10分、8分、6分: four named, three points — which goes unscored? (once 第1类…第3类)
        raise Unplaced(awards[0], f"“分别”前列了{len(listed)}项，后面只有{len(points)}个分数，无法一一对应", certain=True)
    counted = re.search(r"1(篇|次|项|个|场|人)", subject)
    names = _kind_names(subject, len(points))
    limit = Decimal(_LIMIT.fullmatch(limits[0].text).group(1)) if limits else None  # type: ignore[union-attr]
    return AwardKinds(subject, tuple(zip(names, points)), counted.group(1) if counted else "次", limit)


# 每项措施各1.5分 / 每完成1项得2分 / (每一项得5分) (never 每项扣2分: points deducted per failing item)
# (每一要点1分 / 每1要点1分: the point itself the unit, 一 left as written before a word that is no unit)
_EACH_POINT = lazy_compile(r"\(?(?:评价要点|(?:符合|满足|达到)(?:以上|上述)|(?:以上|上述)(?:各项|各要点|要点))?每(?:(?:完成|符合|达到|落实)?1)?(?:项|个|条|一(?=要点)|(?=要点))((?:(?!扣|减)[\u4e00-\u9fff]){0,6}?)(?:的[,，]?(?:得|计|记))?各?(\d+(?:\.\d+)?)分\)?")
# 以下要点符合一项得0.5分 / 符合1项得1分 (before or after the points listed): each point met earns the same
_EACH_MET = lazy_compile(r"(?:(?:以下|以上|上述)(?:要点|各项|评价要点)?)?(?:每)?(?:符合|满足|达到|落实|做到)1(?:项|个|条)(?:要点)?(?:的)?[,，]?(?:得|计|记|给)(\d+(?:\.\d+)?)分")
_POINT_MET = lazy_compile(r"(?:完成|符合|达到|落实|做到)的?(?:要点)?(?:计|得|记|给)(?:满分|(\d+(?:\.\d+)?)分)")
# 缺1项扣1分 / 每缺1个要点扣1分 after 每项1分: a point missed loses its points
_POINT_MISSED = lazy_compile(r"每?(?:缺|缺少|少)1(?:项|个|条)(?:要点)?的?[,，]?(?:扣|减)(\d+(?:\.\d+)?)分")
_POINT_UNMET = lazy_compile(r"(?:(?:没有|未|不)(?:完成|符合|达到|落实|做到)的?(?:要点)?|否则|反之[,，]?)(?:计|得|记|给)?(?:0分|不得分)"
                           # 有一项未做到的不得该项分数: a point not met loses its own points, not the others'
                           r"|有?1(?:项|个|条)(?:要点)?(?:没有|未|不)(?:完成|符合|达到|落实|做到)的?[,，]?不得(?:该项|此项|该要点)(?:分数|分值|的分|分)"
                           # 不符合的该要点不得分: the point not met scores nothing (the others keep theirs)
                           r"|(?:没有|未|不)(?:完成|符合|达到|落实|做到)的?该(?:评价)?要点(?:不得分|不计分|不记分|不给分|得0分|计0分)")
# 全部满足得2分 after 满足一项得0.5分: all the points met, their sum said again (checked against it like 共N分)
_ALL_POINTS_MET = lazy_compile(r"(?:全部|均|都)(?:满足|符合|完成|达到|落实|做到)(?:的)?[,，]?(?:得|计|记|给)(\d+(?:\.\d+)?)分")


def _bracketed_each(clause: Clause) -> bool:
    return clause.text.startswith("(") and clause.text.endswith(")")


# 实验室安全管理的要求共25项(详见附件2),每项2分: how many there are, then each one's points
_HOW_MANY_POINTS = r"(?:评价要点|[\u4e00-\u9fff“”、]{0,30}?)共(\d+)(项|个|条)(?:\((?:详见|见)[^()]{0,20}\))?"
_COUNTED_EACH_POINT = lazy_compile(_HOW_MANY_POINTS + r"[,，]每(?:1)?(?:项|个|条)(\d+(?:\.\d+)?)分")
_POINTS_COUNTED = lazy_compile(_HOW_MANY_POINTS)
_POINTS_IN_ALL = lazy_compile(r"(?:共|共计|合计|总计|总分|满分)(\d+(?:\.\d+)?)分")


def compose_each_point(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    """每项措施各1.5分，完成计满分，没有完成计0分: as many 评价要点 as there are, each worth the same points — or as many
    as it says (要求共25项，每项2分，共50分)."""
    heads = [c for c in scoring if _EACH_POINT.fullmatch(c.text) or _COUNTED_EACH_POINT.fullmatch(c.text) or _EACH_MET.fullmatch(c.text)]
    if len(heads) != 1 or heads[0] is not scoring[0]:
        return None
    counted = _COUNTED_EACH_POINT.fullmatch(heads[0].text)
    each_met = _EACH_MET.fullmatch(heads[0].text)
    each = Decimal(counted.group(3) if counted else each_met.group(1) if each_met  # type: ignore[union-attr]
                   else _EACH_POINT.fullmatch(heads[0].text).group(2))  # type: ignore[union-attr]
    said_before = next((c for c in context if c.end <= heads[0].start and _POINTS_COUNTED.fullmatch(c.text)), None)
    if counted is None and said_before is not None:  # …的要求共25项(详见附件2),每项2分: the count in a clause of its own
        counted = _POINTS_COUNTED.fullmatch(said_before.text)
    count = int(counted.group(1)) if counted else None
    if count == 0:
        return None
    # 评价要点共5项，每项1分：①…；②…；… / 以下要点符合一项得0.5分：(1)…；(2)… : the points listed after the head
    listed = [c for c in context if c.marker and _words_only(c) and not c.unread]  # ①… in words
    listed_after = [c for c in listed if c.start > heads[0].start]
    if listed_after and len(listed_after) == len([c for c in context if c.start > heads[0].start and c.tokens]):
        if count is not None and count != len(listed_after):
            raise Unplaced(heads[0], f"写明共{count}项，实际列出{len(listed_after)}项", certain=True)
        count = len(listed_after)
    listed_before = [c for c in listed if c.end <= heads[0].start]
    marked_before = [c for c in context if c.marker and c.end <= heads[0].start and not c.scoring]
    if count is None and listed_before and each_met is not None and len(listed_before) == len(marked_before):
        count = len(listed_before)  # ①…；②…；③…。符合一项得1分: as many as listed (all of them: 1.…不少于42小时 too)
    if count is None and marked_before and len(marked_before) == len([c for c in context if c.marker]):
        # ①…；②…24小时…；③…。每一要点1分: as many as listed, a point's numbers its own requirement (so a heading's
        # points that are not the listed points' sum are refused, never filled in silence)
        count = len(marked_before)
    for clause in scoring[1:] + context:
        if clause in listed_after:
            continue
        if clause is said_before and count is not None:
            continue
        in_all = _POINTS_IN_ALL.fullmatch(clause.text) or _ALL_POINTS_MET.fullmatch(clause.text)
        if in_all and count is not None and clause.start > heads[0].start:
            if Decimal(in_all.group(1)) != each * count:  # 共25项，每项2分，共40分: which is it?
                raise Unplaced(clause, f"总分与各项分值之和（{count}项×{general_text(each)}分）不一致", certain=True)
            continue
        met = _POINT_MET.fullmatch(clause.text)
        if met and (met.group(1) is None or Decimal(met.group(1)) == each):
            continue  # 完成计满分: the point's own points, when met
        if _POINT_UNMET.fullmatch(clause.text):
            continue
        missed = _POINT_MISSED.fullmatch(clause.text)
        if missed and clause.start > heads[0].start:
            if Decimal(missed.group(1)) != each:  # 每项1分，缺1项扣2分: which is a point worth?
                raise Unplaced(clause, f"每项{general_text(each)}分，但缺1项扣{missed.group(1)}分，两者不一致", certain=True)
            continue  # 每项1分，缺1项扣1分: the point's own points, said again as lost when it is missed
        if clause in context and clause.end <= heads[0].start and any(c.marker for c in context) \
                and (clause.condition is None or clause.marker and clause in marked_before and not clause.has_outcome and not clause.unread) \
                and (not clause.unread or (clause.marker and not clause.scoring)):
            # (1)…；(2)…。符合以上每项的，得2分: the points themselves, listed before (②防火期实行24小时值班 / ③开展电商培训
            # 不少于10期: a number or a level in a point is its requirement, which the evaluator checks as met or not)
            continue
        if clause in context and clause.end <= heads[0].start and _bracketed_each(heads[0]) and _words_only(clause):
            continue  # 路面完好畅通；…；无废品垃圾。(每一项得5分): the points in words, their points after them
        return None
    if count is not None and any(c.condition is not None for c in marked_before):
        # ③开展电商培训不少于10期。每项1分: each point with its requirement as written, so that the level the evaluator
        # judges stays in the 规范写法 (never a point 1 with its 10期 dropped)
        points = _items([], [c for c in context if c.end <= heads[0].start])
        if len(points) == count:
            return Checklist(points=(each,) * count, requirements=tuple("，".join(c.text for c in point) for point in points))
    return Checklist(each=each, count=count)


def compose_listed_points(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    """①…；②…。每项落实到位得1分，未落实不得分 / (1)…；(4)…。满足一项得0.5分，全部满足得2分: the points listed (or
    counted), each worth the same, read before a count of the points met (counted_awards, per_unit: the listed points
    dropped) or 满足1项 taken for a grade (two met would score as one). Without a list or a count (每做到一项得0.5分)
    it is left to those readings."""
    read = compose_each_point(scoring, context, text)
    return read if isinstance(read, Checklist) and read.count is not None else None


def _kind_names(subject: str, count: int) -> list[str]:
    """省、市级刊物 → 省级、市级; 先进集体和个人 → 集体、个人; otherwise 第1类、第2类 …"""
    listed = re.search(r"([\u4e00-\u9fff])((?:、[\u4e00-\u9fff])+)(级)?", subject)
    if listed:
        names = [listed.group(1)] + listed.group(2).split("、")[1:]
        if len(names) == count:
            return [name + (listed.group(3) or "") for name in names]
    paired = re.search(r"([\u4e00-\u9fff]{2,4})和([\u4e00-\u9fff]{2,4})$", subject)
    if paired and count == 2:
        return [paired.group(1), paired.group(2)]
    return [f"第{index}类" for index in range(1, count + 1)]


_COUNT_CHANGED = lazy_compile(r"(?:数|与上年比较|较上年|同比)[,，]?(每(?:变化|变动|增减|波动)\d*[\u4e00-\u9fff]?)")
_PER_WORD = lazy_compile(r"每([\u4e00-\u9fff]{0,3}?)(\d+)?(" + "|".join(PER_OCCURRENCE) + r")([^扣减]*)(?=扣|减)")


# 平均响应时间 / 全年累计迟到: a total or an average over the period (described._A_TOTAL), never each one counted
_A_TOTAL = lazy_compile(r"平均|均值|累计|合计|总计|共计|全年|年度|总时长|总天数")


def _sized_only(clause: Clause) -> bool:
    """发现器材损坏未在7日内维修的，每处扣0.5分 / 停运超过72小时的每次扣1分: the clause's only numbers before 每 are a
    size or a duration of each one counted (sized.py) — its condition is that, never a level of the indicator."""
    counted = _PER_WORD.search(clause.text)
    if counted is None:
        return False
    before = clause.text[: counted.start()]
    # (平均响应时间超过30分钟的,每次扣1分: an average over the period, the indicator's own measure — described.py's)
    return re.search(r"\d", before) is not None and re.search(r"\d", without_sizes(before)) is None \
        and _A_TOTAL.search(before) is None


def fault_of(clause: Clause, context: list[Clause], text: str = "", previous: Clause | None = None) -> Fault | None:
    """One kind of fault: 资料不齐全的每项扣0.5分 / 每发现1处不符合扣1分 / …未列入计划的，每项扣2分 /
    …回收率每少一项完成任务扣0.3分 (each item short, among other kinds). ``text``: the rule's, where a bare finding
    (每发现一处扣0.5分) after the standard kept is named by it (_found_against_standard); ``previous``: the scoring
    clause before ``clause``, a one-off fault the standard may be said before."""
    named_one = ""
    on_top = False  # 再扣5分 / 另扣1分: what is deducted on top of, said before
    requirement = ""  # 一般故障2小时内响应，每超时1次扣0.5分: the time limit each case is held to names the fault
    if clause.condition is not None and clause.occurrence is not None:
        from .unit_requirement import counted_units_short  # (imported only for a count after a condition)
        held = counted_units_short(clause)
        if held is not None:
            clause, requirement = held
    if clause.condition is not None and clause.occurrence is None and clause.step is None and _sized_only(clause) \
            and not _situation_ends_before(clause, context):
        # (…因履职不到位引发森林火灾的，单起受害面积30亩以上的，每起扣10分: the size qualifies the situation said before,
        # which the described faults name whole — once named by the size alone, any fire over 30亩 counted)
        clause = replace(clause, condition=None)  # 器材损坏未在7日内维修的，每处扣0.5分: how long each one went, part of its name
    if clause.condition is not None:
        interval = clause.condition.interval
        if interval.low != 1 or interval.high != 1 or clause.condition.unit not in COUNT_UNITS \
                or _PER_WORD.search(clause.text) is None:
            return None
        named_one = f"1{clause.condition.unit}"  # 无故拖延一天，每次扣2分: the fault is a day's delay, counted each time
    if clause.otherwise and not (_other_named(clause) or _named_shortfall(clause)):
        return None
    if clause.step is not None and not (clause.step[1] == 1 and clause.step[2] in COUNT_UNITS and (
        clause.step[0] == "below" or _PER_WORD.search(clause.text) is not None or _ONE_EACH.search(clause.text) is not None
    )):
        return None  # (计划总结每迟交1天扣2分 among other kinds: each day late is one occurrence)
    per = clause.per if clause.per is not None else (clause.outcome[1] if clause.outcome and clause.outcome[0] == "minus" else None)
    if per is None or (clause.outcome and clause.outcome[0] != "minus"):
        return None
    counted = _PER_WORD.search(clause.text)
    once = False
    missing = False  # 建立台账、制度、计划，每少1项扣1分: each one missing of those named before (said so in the 规范写法)
    if counted is not None:  # 计划总结每迟交1天扣2分: what comes before 每, the verb after it, and what follows the unit
        if counted.group(2) not in (None, "1"):
            return None  # 每3次扣1分 counts in steps: not read here
        unit = counted.group(3)
        if counted.group(4) and _ON_TOP.fullmatch(counted.group(4)) and not _situation_named_before(clause.text[:counted.start()]) \
                and not (counted.start() == 0 and _situation_just_before(clause, context)):
            # 迟报超过5天的,每次扣1分,每超过1天再扣0.5分: the days each late report runs past 5, on top of its 1 — not
            # a fault of its own (once named 超过再, its days summed over the reports as though one)
            raise Unplaced(clause, f"“{clause.text}”是在逐次扣分之外按每次超过的{unit}数再扣，需要每次超过的{unit}数，不能按次数计分", certain=True)
        within = _SHORT_WITHIN.fullmatch(counted.group(4)) if not counted.group(1) and not counted.group(2) else None
        if within is not None and within.group(3) in PER_OCCURRENCE:
            # 每项指标的实施方案缺一项内容扣0.1分: 每项 says which plans, each one missing (缺1项) is what is counted — all
            # of them over every plan (once refused, the count inside read as a number of the name)
            what = f"{clause.text[: counted.start()]}每{unit}{within.group(1)}{within.group(2)}{within.group(4)}".strip("，,的")
            unit = within.group(3)
        elif _EXCESS.fullmatch(counted.group(1)) and not counted.group(4):
            # 逾期报送的每超1天扣1分: each day of the situation said before 每 (once named 逾期报送的超); with nothing
            # before it (…每超1天扣1分: beyond which limit, of which kind?) it names no fault (once 超)
            what = clause.text[: counted.start()].strip("，,的")
            before = _just_before(context, clause, 1, lambda c: not c.scoring) if not what else None
            if not what and (before is None or before.unread or before.condition is not None):
                return None
            if not what:  # 未经批准,不按时报账审计,每拖一天扣2分: each day of the situation said before (once named 拖),
                # back to a clause with numbers (每月1日-10日到镇经管站报账审计: the rule the delay breaks, not its name)
                run = _situation_run(before, context).split("，")
                what = "，".join(itertools.takewhile(lambda part: not re.search(r"\d", part), run[::-1]))
                what = "，".join(what.split("，")[::-1])
                if not what:
                    return None
        else:
            # (旷工的每发生一次: 发生 only says it happened, once named 旷工的发生; 每发生1起一般事故 keeps it before the thing)
            found = r"^(?:发现|出现)" if counted.group(4) else r"^(?:发现|出现|发生|查实|查出)"
            what = (clause.text[: counted.start()] + re.sub(found, "", counted.group(1)) + counted.group(4)).strip("，,的")
            if counted.group(1) in _MISSED | {"缺少"} and not clause.text[: counted.start()].strip("，,的") \
                    and re.fullmatch(r"[\u4e00-\u9fff]*[^\W\d_或、和及]{4,}", counted.group(4).strip("，,的")):
                # 每少一个村建立台账扣0.5分: each one short of what follows the count, a whole situation (once a fault
                # named 少村建立台账); a thing alone (每少1次会议) keeps its old name
                what, missing = counted.group(4).strip("，,的"), True
        if what in _BARE_FINDINGS or what == "缺少":  # (每缺少1件: 缺少 as 缺)
            missing = what in _MISSED or what == "缺少"
            what = ""  # 未制定年度计划的，每少1条扣1分: what is missing is named before
        elif verified_only(what):  # 因识别不精准导致有投诉举报的，经调查核实的每户扣1分: what is verified is said before
            before = _just_before(context, clause, 1, lambda c: not c.scoring)
            if before is None or before.unread or before.condition is not None:
                return None
            what = f"{_situation_run(before, context)}，{what}"
        elif counted_by_number(what):  # 农房火灾事故，按受灾户数每户扣10分: the situation is the clause before
            before = _just_before(context, clause, 1, lambda c: not c.scoring)
            if before is None or before.unread or before.condition is not None:
                return None
            what = before.text.strip("、，,的")
        elif what == counted.group(4) and not counted.group(1) and not counted.group(2):
            # 工程减排项目未能如期完成的，每个项目扣减0.05分: the situation said before, each 项目 in it counted
            before = _just_before(context, clause, 1, lambda c: not c.scoring and c.text.endswith("的"))
            if before is not None and not before.unread and before.condition is None:
                # (…未及时清理的，每处再扣0.5分: 再 is "as well", never part of the unit counted)
                unit, what = unit + ("" if _ON_TOP.fullmatch(what) else what), _situation_run(before, context)
    elif (one := _one_each(clause)) is not None:  # 迟报1次扣1分 / 缺1条扣0.5分: each time, as with 每
        unit, what = one.group(1), clause.text[: one.start()].strip("，,的")
        thing = one.group(2)  # 迟交1次报表扣0.5分: what is late, named after the count
        if thing and what not in _BARE_FINDINGS:
            what += thing
        elif what in _BARE_FINDINGS:  # 未及时更新，发现1条扣0.5分: what is found is the situation before
            before = _just_before(context, clause, 1, lambda c: not c.scoring)
            if before is None or before.unread or before.condition is not None:
                if what not in _MISSED or thing or before is not None or clause.step is None:
                    return None
                # 缺1次扣1分，迟报1次扣0.5分: nothing said before, 缺 names its kind (each one missing)
            else:
                missing = what in _MISSED
                what = before.text.rstrip("，,的")  # (未实现河长全覆盖，缺1条扣0.5分: each one missing)
    elif clause.occurrence is not None and clause.occurrence[0] == 1:  # 发现1例违规扣2分
        unit, what = clause.occurrence[1], _named_with_where_found(clause, clause.occurrence[2], context).removesuffix("的")
        if what in _BARE_FINDINGS:
            what = ""  # …未在规定时间内整改到位的，有1宗扣5分: what each 宗 is, is the situation before
    elif not _COUNTED_NUMBER.search(clause.text) and ONE_OFF.search(clause.text):
        # 存在挤占的扣2分: once, however often it happens
        unit, what, once = "次", ONE_OFF.sub("", clause.text).strip("，,的"), True
        on_top = _ON_TOP.fullmatch(what) is not None
        period_on_top = _PERIOD_ON_TOP.fullmatch(what)
        if period_on_top is not None:  # …当月扣0.5分，当季再扣1分: which quarters lose it is unsaid (once a fault named 当季再)
            raise Unplaced(clause, f"“{clause.text}”是在前面的扣分之外再扣，什么情形下再扣"
                                   f"（如一{period_on_top.group(1).replace('季', '季度')}内扣分几次时）没有写明", certain=True)
        if on_top:  # …导致被退回且未及时修改的,再扣5分: 再 names no fault — the situation said before is the fault
            what = ""
        if "每" in what and not EVERY_PERIOD.match(what):
            return None  # 每少一层管理扣3分: counted each time, in a unit not read — never a one-off
        by_unit = _BY_UNIT.search(what)
        if by_unit is not None:  # 建卷和资料不完整的按卷扣2分: each 卷
            unit, what, once = by_unit.group(1), what[: by_unit.start()].strip("，,的"), False
        each = _EACH_LISTED.search(what)
        if each is not None:  # 教育、组织、群众工作不力各扣1分 / …给予审批的，分别扣1分: each one listed or found
            unit, what, once = "项", what[: each.start()].strip("，,的"), False
        bare = _BARE_NEGATION.fullmatch(what)
        before = _just_before(context, clause, 1, lambda c: not c.scoring) if bare else None
        if bare and before is not None and not before.unread and before.condition is None and bare.group(1) in before.text:
            what = f"{before.text.rstrip('，,。')}，{what}"  # 办公区域必须设置垃圾分类投放容器，未设置扣2分: what is not set
    else:
        return None
    standard = _found_against_standard(clause, context, text, previous) if not what and not once and text else None
    if standard is not None:
        what = standard  # 无污物、无痰迹…。未及时清扫扣5分,每发现一处扣0.5分: each place short of the standard
    if not what:
        before = _just_before(context, clause, 1, lambda c: not c.scoring)
        if before is None or before.unread or before.condition is not None:
            # (未建立台账的扣2分,另扣1分 / 资料不全扣1分,再扣1分: on top of what, in which situation, is not said — never
            # a fault named 另, once read so and deducted whenever the evaluator entered one)
            return None
        what = _situation_run(before, context)  # 公司下达的重点工作未列入计划的，每项扣2分
        counted = counted_in_situation(what) if once and not EVERY_PERIOD.match(what) else None
        if counted is not None:  # …,对每个错填、漏填的进度节点,扣0.2分: each one counted, not once
            unit, once = counted, False
    period = EVERY_PERIOD.match(what)
    if once and period is not None:  # 每月未开展宣传活动的，扣0.5分: each month it happens
        unit, what, once = period.group(1), what[period.end():].strip("，,的"), False
    if named_one and what.count(named_one) != 1:
        return None
    what = _ON_TOP_AFTER.sub("", what)  # 资料不全的另扣1分: the fault 资料不全, one more kind
    if once and verified_only(what.strip("，,的")):
        return None  # 被投诉一次扣1分，经查实的再扣1分: the complaints found true — each one, or once? (once read as a one-off)
    refuse_headless_fault(what)  # 處不合格,扣1分: each 处 or once, for what, is not said
    refuse_cut_situation(what)  # …取得明显效果(却1次扣2分: 却 what
    if not requirement and _PAST_THE_LIMIT.fullmatch(what) and (limit := _just_before(
            context, clause, 1, lambda c: not c.scoring)) is not None \
            and any(_A_TIME.search(token.text) for token in limit.unread):
        return None  # 重大故障30分钟响应，每超时1次扣2分: past a time limit whose number was not read (never 超时 alone)
    if not requirement and (limit := _just_before(context, clause, 1, lambda c: not c.scoring)) is not None:
        from .unit_requirement import time_limit_before  # (imported only beside a clause said before the count)
        # 一般故障接报后24小时内修复，超时的每起扣0.2分: the cases past the limit said just before (once 超时 alone)
        requirement = time_limit_before(limit, unit, what) or ""
    quoted = _QUOTED_REQUIREMENT.search(what)  # (the 规范写法 read back: 未达到“一般故障2小时内响应”的，每次扣0.5分)
    if requirement or quoted is not None:
        if quoted is not None and what.replace(quoted.group(), "", 1).strip("有的"):
            return None  # (words beside the requirement quoted: which of them the cases fail is not this reading's)
        return Fault(requirement or quoted.group(), per, unit, once=once)  # type: ignore[union-attr]
    titled = _TITLE.sub("", what)  # 《2009年度减排工作意见》: a document's name, no number of the rule
    titled = without_sizes(titled)  # 计划外停水超过24小时: how long each one lasts, part of what is counted
    return Fault(what, per, unit, once=once, short=missing) if what and not re.search(r"\d", titled.replace(named_one, "") if named_one else titled) else None


def _found_against_standard(clause: Clause, context: list[Clause], text: str, previous: Clause | None) -> str | None:
    """每日清扫,全天保洁,无污物、无痰迹、无纸屑等。未及时清扫扣5分,每发现一处扣0.5分: a bare finding (每发现一处, no
    fault named) after the standard kept (无…, no fault's word) — each place found short of that standard, said as
    不符合“…” as a finding alone is (compose_items); whether the standard is right before it or before a one-off fault
    just before it (未及时清扫扣5分, a kind of its own). Once named by the standard's own words (无污物、无痰迹的，每处扣
    0.5分: each clean place counted) or, after the one-off, refused. Not after a counted fault (…每处扣1分,每发现一处扣
    0.5分: of which?), nor a standard said with numbers or a fault's word (未及时更新，发现1条扣0.5分: the situation)."""
    if not _FOUND.match(clause.text) or clause.occurrence is not None and clause.occurrence[2] not in _BARE_FINDINGS:
        return None
    before = _just_before(context, clause, 1)
    if before is None and previous is not None and text[previous.end:clause.start] in _ONE_SEPARATOR:
        # (…扣5分\n每发现…, a line run into the next with no separator: two lines or one clause cut? refused)
        before = previous
        if before.outcome is None or before.outcome[0] != "minus" or before.per is not None or before.step is not None \
                or before.condition is not None or "每" in before.text or not ONE_OFF.search(before.text) \
                or _COUNTED_NUMBER.search(before.text):
            return None  # (only a one-off fault between: 未及时清扫扣5分)
        before = _just_before(context, before, 1)
    if before is None or before.scoring or before.unread or before.condition is not None \
            or not _situation_words(before) or not _states_the_standard(before, clause.text):
        return None
    return f"不符合“{_standard_run(context, before, text)}”"


_ONE_SEPARATOR = frozenset({",", "，", ";", "；", "。"})


# 未达到“一般故障2小时内响应”: a requirement each case is held to, its numbers inside the quotes (unit_requirement.py)
_QUOTED_REQUIREMENT = lazy_compile(r"未达到“[^“”]{4,60}”")
_PAST_THE_LIMIT = lazy_compile(r"超时|超期|逾期")
_A_TIME = lazy_compile(r"\d(?:个)?(?:工作日|自然日|日|天|小时|分钟|周|月)$")  # (not 分4批移交: how many, no limit)


_TITLE = lazy_compile(r"《[^《》\d]{0,20}\d{4}[^《》]{0,30}》")
_ON_TOP = lazy_compile(r"另|另外|再|并|同时|还|并且|另行|倒")
# 经核实群众举报属实的每起另扣0.5分: a situation of its own named before 每 — 另 is "as well", beside the other faults
# (never 超过5天的…每超过1天再扣, days past a limit)
_OWN_SITUATION = lazy_compile(r"[\u4e00-\u9fff、]{4,}的[，,]?$")


def _situation_named_before(before: str) -> bool:
    return _OWN_SITUATION.search(before) is not None and _EXCESS.match(before) is None


def _situation_ends_before(clause: Clause, context: list[Clause]) -> bool:
    """A situation in the clause right before, ending in 的 with no outcome of its own."""
    before = max((c for c in context if c.end <= clause.start and clause.start - c.end <= 1), key=lambda c: c.end, default=None)
    return before is not None and before.text.endswith("的") and not before.has_outcome


def _situation_just_before(clause: Clause, context: list[Clause]) -> bool:
    """督查发现河面漂浮物、垃圾未及时清理的，每处再扣0.5分: the situation in the clause right before, its own words
    ending in 的 — 再 is "as well", beside the measure's score, as when it stands in the same clause."""
    before = max((c for c in context if c.end <= clause.start and clause.start - c.end <= 1), key=lambda c: c.end, default=None)
    return before is not None and before.condition is None and not before.unread \
        and all(t.kind in ("WORD", "DE", "AND", "SEP") for t in before.tokens) and _situation_named_before(before.text)
_SHORT_WITHIN = lazy_compile(r"([^\d，,；;]{2,20}?)(缺少|缺失|缺|少|漏)1([\u4e00-\u9fff]{1,2}?)([^\d，,；;]{1,10})")  # 指标的方案缺1项内容
_EXCESS = lazy_compile(r"超|超过|超出|超期|逾期|延期|延迟|推迟|拖延|拖")  # 每超1天: a day beyond a limit, no fault's name
_ON_TOP_AFTER = lazy_compile(r"的(?:另|另外|再|另行)$")
# 当季再 / 当年另: a period, then "on top" — names no fault, only when the extra deduction falls
_PERIOD_ON_TOP = lazy_compile(r"(?:当|该|本)(季度?|月|年|周)(?:度)?(?:再|另|又|另外|另行)")
_BARE_NEGATION = lazy_compile(r"(?:未|没有|不)([\u4e00-\u9fff]{2})")  # 未设置: the verb of the requirement before, not done


def _situation_run(before: Clause, context: list[Clause]) -> str:
    """(3)减排项目出现因工作不到位、督促不得力，导致…未能达到预计目标的 / 工作配合协调不力，遇事推诿…的: the whole situation
    a deduction counts, every clause of it back to the item's marker or the previous scoring clause."""
    run = [before]
    # (分值：2分。台账记录不完整的，每项扣0.5分: the item's points said before the situation are no part of it)
    while run[0].marker is None and not EVERY_PERIOD.match(run[0].text) and (earlier := _just_before(
            context, run[0], 1, lambda c: not c.scoring and not c.unread and c.condition is None and bool(c.tokens)
            and c.stated_total is None)) is not None:
        run.insert(0, earlier)
    return "，".join(c.text for c in run).rstrip("，,的")


def _one_each(clause: Clause) -> re.Match[str] | None:
    """迟报1次扣1分 / 迟交1次报表扣0.5分; 发现1例违规扣2分 is the occurrence the clause grammar read."""
    one = _ONE_EACH.search(clause.text)
    return None if one is None or (one.group(2) and clause.occurrence is not None) else one


def _named_shortfall(clause: Clause) -> bool:
    """资金配额不足的，扣1分: what falls short is named (not 不足的，扣1分, the other side of a condition before); so
    each one of it (防火物资储备不足的，每项扣0.5分: each kind of supplies short)."""
    kinds = [t.kind for t in clause.tokens if t.kind != "SEP"]
    if kinds[-4:] == ["EACH", "WORD", "DEDUCT", "PTS"] and clause.tokens[-3].text in PER_OCCURRENCE:
        kinds = kinds[:-4] + ["DEDUCT", "PTS"]
    return kinds in (["WORD", "CMP", "DE", "DEDUCT", "PTS"], ["WORD", "CMP", "DEDUCT", "PTS"])


def _other_named(clause: Clause) -> bool:
    """未完成领导交办的其他工作任务扣1分: 其他 naming what the fault is about (after 的), not 否则."""
    return _other_matters_named(clause) or others_failing(clause)


def others_of_listed(clause: Clause, listed: list[Fault]) -> bool:
    """大作文缺一次扣3分,其它缺一次扣1分 / 重点项目每少1项扣2分,其他项目每少1项扣1分: 其它 (and at most a few words
    naming what) missing or short, counted as a kind listed before it is — the others of that kind, each one counted."""
    said = _OTHERS_SHORT.match(clause.text)
    return said is not None and clause.tokens[0].kind == "OTHER" \
        and any(not fault.once and fault.what.endswith(said.group(1)) for fault in listed)


def others_failing(clause: Clause) -> bool:
    """生活区与其它区未区分者扣3分，其它任意两区未分开扣1分: 其它 opening a fault that names the other ones of what
    the fault before it names (never 情况未…, 未… alone: 否则 in words)."""
    tokens = clause.tokens
    return len(tokens) > 1 and tokens[0].kind == "OTHER" and tokens[1].kind == "WORD" \
        and not any(t.kind == "OTHER" for t in tokens[1:]) and _OTHERS_FAILING.fullmatch(tokens[1].text) is not None


def leads_with_others(listed: list[Clause]) -> bool:
    """其他道路未硬化扣1分 first (or alone): other than what? No fault before it names the ones it is the others of."""
    return bool(listed) and others_failing(listed[0]) and not _other_matters_named(listed[0])


def _other_matters_named(clause: Clause) -> bool:
    others = [i for i, t in enumerate(clause.tokens) if t.kind == "OTHER"]
    if others == [0] and len(clause.tokens) > 1 and clause.tokens[1].kind == "WORD" and clause.tokens[1].text.endswith("问题") \
            and _PER_WORD.search(clause.text) is not None:
        return True  # 其他有关问题每次扣5分: the other problems, each one counted (not 否则)
    if other_matters(clause) and _PER_WORD.search(clause.text) is not None:
        return True  # 其他应张榜未张榜的事项,每发现一项扣1分: the other matters, named in words (other_matters.py)
    # 迟交1次其它资料扣0.3分 / 迟交其它资料的: 其它 after the count or the verb, naming what is late
    return len(others) == 1 and others[0] > 0 and (clause.tokens[others[0] - 1].kind == "DE" or (
        clause.tokens[others[0] - 1].kind == "WORD" and _PER_WORD.search(clause.text) is not None
        or clause.tokens[others[0] - 1].kind == "NUM" and _ONE_EACH.search(clause.text) is not None)) \
        and others[0] + 1 < len(clause.tokens) and clause.tokens[others[0] + 1].kind == "WORD"


# 其它缺1次 / 其他作业每缺1次 / 其余项目每少1项: the others, what they are (a few words), then each one missing
_OTHERS_SHORT = lazy_compile(r"(?:其他|其它|其余)(?!情况|情形)[\u4e00-\u9fff]{0,4}?(?:每)?(缺|少|漏)(?:1|每)")
# 任意两区未分开 / 科室未建立台账: the things named, then their failure (never 情况未…, 未… alone: 否则 in words)
_OTHERS_FAILING = lazy_compile(r"(?!情况|情形|方面|的)[\u4e00-\u9fff]{1,10}?(?:未|没有|不)[\u4e00-\u9fff]{1,8}")
_BY_UNIT = lazy_compile(r"的?按(卷|项|次|处|个|人|户|件|条|本|起|例)$")
_EACH_LISTED = lazy_compile(r"[，,]?(?:各|分别|均)$")
# 缺3项 / 逾期2次: a number counting occurrences, so the deduction is not a one-off
_NONE_HAPPENED = lazy_compile(r"(?:未发生|没有发生|未出现|没有出现|未发现|无)[\u4e00-\u9fff、“”]{1,30}?的?,?不扣分")
# 迟报1次扣1分 / 迟交1次报表扣0.5分 / 少报1次,扣2分 (what is late after the count; never 1次以上, a level)
_ONE_EACH = lazy_compile(r"(?<![\d.])1(项|次|处|例|个|人|条|户|件|起|种|平方米|亩)((?:(?!以上|以下|以内|及|或)[\u4e00-\u9fff]){0,6}?)的?[,，]?(?=扣|减)")
_MISSED = frozenset({"缺", "少"})
_BARE_FINDINGS = frozenset({"", "缺", "少", "发现", "有", "出现", "存在"})
_COUNTED_NUMBER = lazy_compile(r"\d+(?:项|次|处|个|天|例)")


# 超过50万元 / 低于10人: the limit an item is held to, as printed (the items table holds each target)
# 未达到“临时救助审批时限不超过10个工作日” / “…应在公示期满后15个工作日内拨付到企业”: a time each case is held to, the
# cases past it failing — as the 规范写法 (未达到“…”的) says it too, without the 超时 / 逾期 it was read from
_TIME_HELD_TO = lazy_compile(r"时限|\d+(?:\.\d+)?(?:个)?(?:工作日|自然日|日|天|小时|个月)(?:以内|之内|内)")
# (the lexicon's units, longest first, a multiplier before them: 未达到1万册次 / 低于50公里 / 超过50万元 / 低于10人 / 不足95%;
# not a duration shorter than a month but 天, which is how long one occurrence lasted — 每发生1次校车延误超过30分钟的 is a
# delay of that length counted, not a unit held to 30分钟)
_SPANS = frozenset({"个工作日", "工作日", "个星期", "周", "日", "月", "年", "课时", "学时", "小时", "分钟", "秒钟", "秒"})
# (longest first, then in one order in every process: the pattern's text is saved compiled — tests/test_kept.py)
_PRINTED_LIMIT = lazy_compile(r"(?:超过|超出|超|高于|多于|低于|少于|不足|未达到)\d+(?:\.\d+)?(?:[万千亿](?=\D))?(?:"
                              + "|".join(re.escape(unit) for unit in sorted({*UNITS, "万元", "亿元", "千元"} - _SPANS,
                                                                           key=lambda unit: (-len(unit), unit))) + ")")
