"""Reading 评分标准 prose into a ``Rule``: normalise, cut into clauses, read each clause with the
clause grammar, and let one composer place every scoring clause (see ``clauses.py``, ``compose.py``).

Findings copied into the cell (调研显示…得2分) and 本指标N分 prefaces are not part of the rule; a zeroing
sentence (如存在截留、挤占、挪用…此项不得分) applies on top of whatever the rest reads as.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from decimal import Decimal
import re

from .decimal_items import decimal_items
from .row_deductions import row_deductions
from .errors import RuleError, StrayAward, UncountedDeduction, UnreadFault
from dataclasses import replace

from .bare_award import awarded_in_full
from .both_ways import continued_steps
from .clauses import EVERY_PERIOD, Clause, Condition, Interval, clauses
from .bracketed_points import bracketed_points
from .definitions import stated_definition
from .occurrences import counted_band, occurrences_label
from .elements import ElementValue, read_elements
from .formula import deducted_from, formula_names, parse_formula, points_multiplied, render_formula
from .table_rows import read_table_row
from .band_table import bands_as_prose, damaged_points
from .signs import signed_label
from .best_as_full import best_label
from .tick_boxes import read_tick_boxes
from .level_lines import read_level_lines
from .discretion import Tiered
from .waiver import Waived, split_waiver
from .gated import Gated
from .fault_kinds import FaultKinds
from .bare_step_level import refuse_bare_step_level
from .heading_points import filled_by_heading, points_column
from .change_target import refuse_change_against_target
from .stated_points import split_stated_points
from .item_heading import primes_as_points, read_headed, split_heading, without_heading
from .unused_levels import levels_used, taken_against
from .printed_level import refuse_unused_level
from .announced_count import announced_counts
from .zero_situations import ZeroSituations, joined_situations, situations_only, split_leading_situation, split_zero_situations
from .recurring import check_faults
from .count_zeroing import split_count_zeroing
from .period_misses import read_period_misses, refuse_item_of_counts
from .unit_average import read_unit_average
from .period_points import read_period_points
from .no_cap_said import refuse_dropped_no_cap
from .rate_change_said import refuse_rate_change_as_level
from .misplaced_names import refuse_misplaced_names
from .joined_halves import refuse_dropped_half
from .veto_lost import refuse_lost_veto
from .whole_mark_said import refuse_whole_mark
from .share_unsaid import refuse_share_unsaid
from .cap_share import refuse_cap_share
from .alternative_dropped import refuse_dropped_alternative
from .priced_beside_judged import refuse_priced_beside_judged
from .lost_numbers import refuse_lost_number
from .unknown_units import refuse_unknown_unit
from .place_steps import refuse_place_steps_unread
from .share_announced import share_announced
from .steps_never_reached import refuse_steps_never_reached
from .excess_penalized import refuse_excess_penalized
from .heading_as_point import heading_dropped
from .cut_fault_names import refuse_cut_fault_name
from .dropped_requirement import named_by_every_requirement
from .fault_situation_run import named_by_whole_situation
from .rising_points import refuse_rising_points
from .method_unread import refuse_method_read_as_none
from .second_level_beside_steps import refuse_second_level_beside_steps
from .points_off_target import refuse_band_off_target_beside_steps, refuse_points_band_off_target
from .score_floor import refuse_score_floor
from .unit_kinds import refuse_bands_of_unit_kinds
from .task_situation import refuse_task_read_as_target
from .average_said import refuse_average_dropped
from .all_met_said import refuse_all_met_as_otherwise
from .defined_rate import refuse_defined_twice, refuse_other_rate_defined
from .rate_counted import refuse_rate_counted
from .answered_formula import refuse_formula_beside_answers
from .worse_scores_more import refuse_worse_scoring_more
from .past_item_points import refuse_limits_past_points
from .unreachable_otherwise import refuse_unreachable_rest
from .formula_rewards_shortfall import refuse_cost_rewarded, refuse_shortfall_rewarded
from .steps_then_formula import refuse_steps_below_formula
from .required_level import refuse_requirement_as_condition
from .cut_condition import refuse_cut_condition
from .count_rungs import refuse_count_rungs
from .beyond_item import drop_beyond_item
from .evidence_notes import drop_evidence_notes
from .money_notes import drop_money_penalty
from .notes import drop_notes
from .unmet_point_zeroing import point_unmet_as_zeroing
from .parts import Parts, inputs_of
from .restated_title import drop_restated_titles
from .deduction_ladder import rungs_as_levels
from .compose import COMPOSERS
from .piecewise_reading import COUNTED_NOUNS, FORMULA_MAX, FORMULA_MAX_UNLIKE, compose_piecewise
from .errors import Unplaced
from .formula_shape import BareFormula
from .checklists import check_lost_dashes
from .target_default import target_from
from .clause_words import situation_award
from .award_beside_veto import award_beside_veto
from .unhappened import unhappened_after_name
from .item_deductions import shared_words
from .model import NO_METHOD, NUMBERS_JUDGED, Checklist, Formula, GradeMap, ItemFailures, Manual, Rule, Scorer, TargetDefault, Unconditional
from .piecewise import DAY_UNITS, MONTH_UNITS, TARGET, Award, Bonus, Deduction, Interval, Piecewise, Scaled, from_target
from ..text.lexicon import COUNT_UNITS, MONEY_SCALE, SIZED_GROUP, printed_multipliers
from ..text.normalize import normalize, rejoin_lines
from ..text.each_share import shares_written_out
from ..text.points_list import points_listed
from ..text.respective import uneven
from ..text.numbers import general_text
from ..text.lazy_regex import lazy_compile
from .lazy_composers import Deferred

# helpers that only some texts reach, imported on their first call (lazy_composers.py)
read_described, requirements_only = Deferred("described", "read_described"), Deferred("described", "requirements_only")
titled_starts = Deferred("titled_parts", "titled_starts")
gated_by_point = Deferred("point_gate", "PointGated")  # (a point whose failure zeroes the item: a few texts)
priced_twice_fault = Deferred("priced_twice", "priced_twice_fault")  # (fault kinds' readings only)
semicolon_starts = Deferred("semicolon_parts", "semicolon_starts")
counted_by_rate = Deferred("rate_standards", "counted_by_rate")
ChosenStandard, split_chosen = Deferred("chosen_standards", "ChosenStandard"), Deferred("chosen_standards", "split_chosen")
measuring = Deferred("chosen_standards", "measuring")
thresholds_as_tiers = Deferred("nested_thresholds", "thresholds_as_tiers")
read_open_mean = Deferred("open_mean", "read_open_mean")
WithFaults, split_faults = Deferred("with_faults", "WithFaults"), Deferred("with_faults", "split_faults")
split_faults_before = Deferred("with_faults", "split_faults_before")
counted_apart, beside_bands = Deferred("with_faults", "counted_apart"), Deferred("with_faults", "beside_bands")
split_tiers_among_faults = Deferred("with_faults", "split_tiers_among_faults")
tiers_beside_faults = Deferred("with_faults", "tiers_beside_faults")
zero_alone = Deferred("with_faults", "zero_alone")
steps_in_points = Deferred("rate_points", "steps_in_points")
refuse_period_level_as_count = Deferred("period_level", "refuse_period_level_as_count")
_LEVEL_PERIODS = ("月", "季", "周", "学期", "半年")  # (a level set per period: period_level.py is loaded only then)
refuse_nested_faults = Deferred("nested_faults", "refuse_nested_faults")
refuse_any_one_deducted = Deferred("any_one", "refuse_any_one_deducted")
joined_checks, parts_for_their_whole = Deferred("checked_parts", "joined_checks"), Deferred("made_up", "parts_for_their_whole")

_LABEL_DEFINITION = lazy_compile(r"([\u4e00-\u9fff]{2,20}?(?:率|占比|满意度|完成比例))(?:\(%\))?=")
# 单位成本=改造总投资/改造管网长度 / 人均培训时长=总培训学时/培训人数 / 撬动比=…: an amount, a time or a multiple the text
# defines by its parts (rules/definitions.py computes it from them), named as defined
_LABEL_DEFINED_AMOUNT = lazy_compile(r"([\u4e00-\u9fff]{2,14}?(?:成本|投资|时长|(?<=[\u4e00-\u9fff])比))=(?=[\u4e00-\u9fff(])")
# (到达: 带动贫困户比例到达50% — a slip for 达到, once leaving the measure named 完成率)
# (控制在: 大班额比例控制在5%以内 — the measure held under its level, once left as 完成率)
_LABEL_SUBJECT = lazy_compile(r"((?:\d+(?:个工作日|工作日|个小时|小时|分钟|秒钟|秒|天|日)内?|" + SIZED_GROUP + r")?(?:[IVX]+(?=类))?[\u4e00-\u9fff]{0,16}?(?:率|占比|满意度|安全感|获得感|幸福感|投入强度|密度|进度|增幅|增速|涨幅|降幅|比例|比重|权重|偏差|幅度|系数|指数|倍数|(?<=[\u4e00-\u9fff])(?<![占同环对])比))(?:\([\u4e00-\u9fff]{1,8}\))?(?:[≥≤<>=]|达到|到达|达|为|不足|低于|高于|大于|小于|不低于|不少于|不高于|不超过|(?:未|没有)(?:低于|少于|高于|超过)|控制在|在|每|\d|[较比](?=上年|上一年|去年))")
# 未到县数占行政区划总数的比例，5%以内扣1分 → 未到县数比例: the share named by what it counts
_LABEL_SHARE = lazy_compile(r"([\u4e00-\u9fff]{2,14}?)占[\u4e00-\u9fff]{1,12}?的?(?:比例|比重)")
# (按当时汇率兑换为人民币: an exchange rate converts an amount, never the rate a rule scores)
_LABEL_ANY_RATE = lazy_compile(r"([\u4e00-\u9fff]{2,16}?(?:(?<!汇)率|占比|满意度|增幅|增速|涨幅|降幅))")
_LABEL_COUNT = lazy_compile(r"([\u4e00-\u9fff]{1,12}?(?:数|数量|人次|户数|人口|面积|里程|产量|规模|年龄))(?:[≥≤<>=]|达到|达|为|完成|不少于|不低于|不大于|不高于)")
# 阅览座席400以上得10分 / 培训人数100以上得5分 / 读者座席400以上10分: a count named right before its bare number (piecewise_reading._rule_unit reads the
# number as the count, never a percentage)
_LABEL_COUNTED = lazy_compile(rf"(?:^|(?<=[,，;；。:：\n]))([\u4e00-\u9fff]{{0,12}}?(?:{COUNTED_NOUNS}))(?=(?:[≥≤<>]|在|为|低于|高于|不低于|不少于|达到|少于|超过|不足)?\d+(?:\.\d+)?(?:及以上|以上|及以下|以下)?[,，]?的?(?:[得计记扣]|不得分|\d+(?:\.\d+)?分))")
_LABEL_DURATION = lazy_compile(r"([\u4e00-\u9fff]{0,12}?(?:时间|时长|天数|周期|工期|时限|期限|用时|耗时|历时))(?:不少于|不低于|不得少于|不得低于|不超过|不得超过|[≥≤<>]|(?:控制)?在\d|\d)")
# (逾期3个月内提交: the lateness allowed, which the word before the period says — never the plan's own period)
# (在规定时限(20日内)完成: the period in brackets after the time limit it is, the verb after the bracket)
_PERIOD_TO_COMPLETE = lazy_compile(r"(?:在|于)?(?<![\d.])(?<!逾期)(?<!延期)(?<!超期)(?<!延迟)(?<!推迟)(?<!滞后)\d+(?:\.\d+)?(?:个月|个工作日|工作日|天|日|周|年)(?:以内|之内|内)\)?(?:完成|完工|竣工|办结|拨付|到位|公开|公布|上报|报送|报出|提交|发布|下达|反馈|答复|办理|开工|动工|启动|建成|投用|投入使用|验收|支付|签订|印发|出台|兑付|兑现|发放|整改|入库)")
# (以2023年11月1日为截止日 / 截止日期为2023年11月1日: the deadline itself, past which the lateness counts — never an
# event's date the period runs from, 赛事于2023年8月20日结束)
# 2024年8月20日(不含当日)前: the deadline the day before the one printed — never the printed date dropped and the day
# itself on time (once 按期完成 with the planned date asked for: 8月20日 entered, a completion that day scored on time)
_DAY_EXCLUDED = lazy_compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:前|之前|以前)?\(不(?:含|包含|包括)(?:当日|当天|本日)?\)(?:前|之前|以前)?")
_DATE_PRINTED = lazy_compile(r"\d{4}年\d{1,2}月\d{1,2}日为?截止|截止(?:日期|时间|日)?为?\d{4}年\d{1,2}月\d{1,2}日")
_LATE = lazy_compile(r"逾期|延迟|延期|超期|推迟|迟报|滞后|按期|按时|计划")
# 发现3处以上的,扣完该项分值 / 出现迟报3次以上的…: a count's band of what the steps count (read with them), never a situation
# answered apart — unless one occurrence of a sized thing is what zeroes (出现5亩以上连片抛荒1处,扣完该项分值)
_COUNTED_EACH = lazy_compile(r"每(?:发现|出现|有|发生|少|缺|迟报|漏报|抛荒)?1?[处起次个块宗例亩项件户人]")
_COUNT_EMPTIED = lazy_compile(r"\d+(?:\.\d+)?[\u4e00-\u9fff]{0,2}(?:及以上|以上|或以上)(?![\u4e00-\u9fff]*?1[处起次个块宗])")


def _count_emptied(found: re.Match[str]) -> bool:
    return _COUNT_EMPTIED.search(found.group(1)) is not None and _COUNTED_EACH.search(found.string, 0, found.start()) is not None


_LABEL_TIMES = lazy_compile(r"得分(?:为|=)([\u4e00-\u9fff]{2,14}?)×")
_UPPER_BOUND_KEPT = lazy_compile(r"含上限[、，,]?\s*不含下限|上限含[、，,]?\s*下限不含|不含下限[、，,]?\s*含上限")
# 累计结余可支付月数在6-9个月: a span the text names (…月数/天数/周数) before its bands, said with no lateness word
_NAMED_SPAN = lazy_compile(r"([\u4e00-\u9fff]{2,10}?(?:月数|天数|周数))(?:在|为|达到|不少于|不低于|≥|≤)")
_LATENESS_WORDS = lazy_compile(r"逾期|延期|延迟|超期|推迟|迟|滞后|晚于|按期|如期|及时|[之以]?前(?:完成|竣工|拨付)")
_ZEROING = lazy_compile(
    # (年度内发生安全事故的,本项不得分: the period evaluated before the situation, once a grade beside the award)
    # (本县发生规模性返贫的,本指标不得分 / 经查实存在骗取套取的,本项0分: the place, or how it is found, before the situation)
    r"(?:(?<![\u4e00-\u9fff])|(?<=每))(?:如果|如|若)?((?:(?:年度内|年内|全年|当年|本年度|评价期内|考核期内"
    r"|本县|本市|本区|本乡镇|本辖区|辖区内|经查实|经核实|经核查属实)(?=存在|出现|发生|发现))?(?:存在|出现|发生|发现|无|未|没有)(?:(?!\d分|满分|\d+(?:\.\d+)?%)[^;。\n])*?)(?:的)?,?(?:则|即)?"
    # (发生1起即本项不得分: 即, as 则, between the situation and its zeroing)
    r"(?:(?:此项|该项|本项|本指标|该指标)(?:得0分|不得分|为0分|计0分|记0分)"
    # 出现…1处,扣完该项分值: the item's points all taken, the clause ending there (not 扣完该项分值为止, a cap)
    r"|扣完(?:此项|该项|本项|本指标|该指标)(?:全部分值|分值|分)(?=$|[,;。\n(]))"
    # 并取消评优资格: a consequence outside the score (up to its comma); 并一票否决: the zeroing said again
    r"(?:,?并?(?:(?:取消|不得参加|不予)[^;。\n,]*|(?:实行|实施)?[“\"]?一票否决[”\"]?))?"
)

# (扣0.\n3、5分: 0.35? 0.5? / 不少于 10\n\n2、篇的: the number's unit cut off by the page's chunk number)
_SPLIT_BY_MARKER = lazy_compile(r"(?:(?<=[\d\-~得(])|(?<=\d\.))\s*\n\s*(\d{1,2})、"
                                r"(?=[%\d]|(?:篇|次|人|个|项|份|家|户|条|件|名|场|天|元|万元)(?:的|以上|以下|及|[,，;；。]))")
_POINTS_PER_UNIT_ONLY = lazy_compile(r"(?P<points>\d+(?:\.\d+)?)分/([\u4e00-\u9fff]{1,2})(?:/[\u4e00-\u9fff]{1,2})*")
_COUNT_PER_PERIOD = lazy_compile(r"每(月|季度|季|周|半年|学期)[\u4e00-\u9fff]{0,6}?\d+(?:次|场|期|篇|条)")
_LATE_EACH_TIME = lazy_compile(r"(?:迟报|迟交|晚报|逾期|延迟|延期|超期)\d+(?:\.\d+)?(?:次|份|期|个|项)")  # 每迟报1次扣0.5分
# 未按时报送 / 未及时上报 / 逾期 with no count: lateness itself, which lateness steps already price
# 资料不全的,得分=分值×50%: a situation, then the formula said for it alone
_SITUATION_BEFORE_FORMULA = lazy_compile(r"(?:^|[,;。])([^,;。\d=]{2,30}?的)[,]?得分=")
_LATE_UNCOUNTED = lazy_compile(r"^(?!.*\d)(?:.*(?:未按时|未及时|未按期|不按时|不及时|逾期|迟报|迟交|延期|超期))")
_EACH_SWALLOWED = lazy_compile(r"各(?:得|计|记|给)?$")  # a requirement read up to 各得N分 (its 各 lost)
# 如举报有弄虚作假行为且调查属实的，此项不记分: a situation opened by 如/若 and closed by 此项不得分, in words only
# a situation said just before the one a zeroing follows, in a clause of its own ending 的 (…未拆除复垦的,处罚后未恢复原状的,
# 该项不得分): the first of the situations listed, opening its sentence or after a clause that scores (…扣1分,台账缺失的,…) —
# never a clause that scores, counts or names what the rest is about (对…的)
# 1、…得8分。2、…得2分。3、发生违规使用资金的,本项不得分: the number of the item the zeroing situation was, left alone
# once the situation is taken out (a list item with nothing in it, which no composer places)
_MARKER_LEFT = lazy_compile(r"(?:(?<=[;。\n])|^)\s*(?:\d{1,2}[、.]|\(\d{1,2}\)|[①-⑳])\s*$")
_SITUATION_LISTED_BEFORE = lazy_compile(r"(?:^|(?<=[;。\n])|(?<=分,))(?![对凡针如若])([^,，;；。\n\d%分扣得每]{2,40}?)的,$")
_ZEROING_IF = lazy_compile(
    r"(?<![例比假])(?:如果|如|若)(?![期实数])([^;。\n\d,]{2,}?)(?:的)?,(?:则)?(?:此项|该项|本项|本指标|该指标)(?:不得分|不计分|不记分)(?=$|[;。\n])"
)

# …较差。(0-2 : a cell cut inside the bracket of its points
_CUT_OFF = lazy_compile(r"\([^()]*\d[^()]*$")
# 二者择其一 / 按公司内部有关规定执行: the text names a method it does not give
_DEFERRED = lazy_compile(r"[二两]者择其一|二选一|任选其一|按[^,;。]{0,12}?(?:内部|有关|相关)[^,;。]{0,6}?规定执行"
                         r"|依次(?:递减|递增|减少|扣减)|逐名(?:递减|扣减)|[以依]此类推")  # 排名前3名得满分，其他依次递减0.2分

MAX_RULE_CHARS = 2000  # the longest 评分标准 in the seeds has 329 characters


@functools.lru_cache(maxsize=4096)
def parse_rule(raw: str) -> Rule:
    """Rules are immutable, so one parse serves every UDF call, rubric leaf and entity with the same text."""
    if not isinstance(raw, str) or not raw.strip():
        raise RuleError(str(raw or ""), "", "评分标准为空")
    if "上年" in raw or "上一年" in raw or "去年" in raw:
        from .stated_base import refuse_basis_unread, with_printed_level, with_stated_base

        based = with_stated_base(raw, parse_rule)  # 较上年增长5%及以上得3分…。上年签约人数42000人: the base printed
        # 以上年就业率（92%）为基数，本年度就业率不低于上年的得4分: last year's printed value the level held to
        based = based if based is not None else with_printed_level(raw, parse_rule)
        if based is not None:
            return based
        rule = _parse_plain(raw)  # (its own refusal first, naming its clause)
        refuse_basis_unread(raw)  # 以上年参保率（95%）为基数 beside …与上年持平的得3分: never read without its 95%
        return rule
    if "元" in raw and ("±" in raw or "偏差" in raw or "偏离" in raw):
        from .stated_budget import with_stated_budget

        budgeted = with_stated_budget(raw, parse_rule)  # 预算金额240万元，…偏差在±10%以内: the deviation from the amount printed
        if budgeted is not None:
            return budgeted  # type: ignore[return-value]
    return _parse_plain(raw)


def _parse_plain(raw: str) -> Rule:
    """``parse_rule`` of a text no printed value of last year reads."""
    if "保留" in raw or "精确到" in raw:
        from .precision_note import places_said

        rounded = places_said(raw)  # 得分=完成率×4，计算结果保留一位小数: the rule's score rounded so
        if rounded is not None:
            return replace(parse_rule(rounded[1]), text=raw, places=rounded[0])
    if "档" in raw and ("恰" in raw or "正好" in raw or "等于" in raw):
        from .edge_note import read_with_edge_note

        noted = read_with_edge_note(raw, parse_rule)  # （注：恰为90%的按上一档计）: the bands' own bounds, said again
        if noted is not None:
            return noted  # type: ignore[return-value]
    below_zero = _BELOW_ZERO.search(raw)
    if below_zero:  # 该项不得分，倒扣10分: a score under 0 is the evaluator's to enter and explain
        raise RuleError(raw, below_zero.group(), "“倒扣”使得分低于0，评分表按规则计分时不低于0，请录入得分并写明理由")
    past_zero = _PAST_ZERO.search(raw)
    if past_zero:  # 该项不得分,每多1处再扣2分: the same, said as a deduction after the item is zeroed
        raise RuleError(raw, past_zero.group(), "不得分之后再扣分使得分低于0，评分表按规则计分时不低于0，请录入得分并写明理由")
    negative = _NEGATIVE.search(raw)
    if negative:  # …未落实的扣2分，该项可负分: the same, said of the whole item
        raise RuleError(raw, negative.group(), "“可负分”使得分可低于0，评分表按规则计分时不低于0，请录入得分并写明理由")
    uncapped = _UNCAPPED_DEDUCTION.search(raw)
    if uncapped:  # 每5亩扣1分,扣分不封顶: deductions past the 分值 (the score below 0), or only no cap short of it?
        raise RuleError(raw, uncapped.group(), f"“{uncapped.group()}”使扣分可超过分值、得分可低于0，评分表按规则计分时不低于0；"
                                               "如扣完为止请写明“扣完为止”，否则请录入得分并写明理由")
    upper_kept = _UPPER_BOUND_KEPT.search(raw)
    if upper_kept:  # 注：区间含上限不含下限: 90%以上得4分 is then above 90% — never read as the usual ≥90% (90% once scored 4, not 3)
        raise RuleError(raw, upper_kept.group(), f"注明“{upper_kept.group()}”，与“以上”“-”通常的含义（含下限）相反；"
                                                 "请用≥、＞、≤、＜逐档写明各档的界限")
    if len(raw) > MAX_RULE_CHARS:  # also keeps the regular expressions' work bounded
        raise RuleError(raw, raw[:20] + "…", f"评分标准过长（{len(raw)}字，最多{MAX_RULE_CHARS}字），请只填写评分方法")
    joined = _joined(raw)
    text = _drop_findings(joined)  # reading_text(raw), the joined text kept for the points it opens with
    if "保留" in text or "精确到" in text:
        from .precision_note import without_two_places

        try:
            text = without_two_places(text)  # (结果保留两位小数): the table's own precision, said again
        except Unplaced as unplaced:
            raise RuleError(raw, unplaced.fragment, unplaced.reason) from None
    refuse_share_unsaid(raw, text)  # 发现弄虚作假的该项分值的一半: given or taken? (never 满分)
    beside = _COUNTED_ONCE_BESIDE_ZERO.search(text) if "1" in text and "不得分" in text else None
    if beside and (beside.group(1) or beside.group(2)):
        zero = beside.group(1) or beside.group(2)
        raise RuleError(raw, zero, f"计数说明中的“{zero}”是这类情形不计入次数，还是整项不得分，没有写明"
                                   "（不计入请写“…不计入次数”，整项不得分请写“…的，此项不得分”）")
    if "任一" in text:
        try:
            refuse_any_one_deducted(text)  # 任一村未完成任务的扣1分: once, or each village? (never 完成率<目标值)
        except Unplaced as unplaced:
            raise RuleError(raw, unplaced.fragment, unplaced.reason) from None
    if "未" in text or "没有" in text:
        from ..text.grade_deemed import deemed_unawarded  # (a gated rewrite's module: only for a text it may concern)

        unawarded = deemed_unawarded(text)  # 优秀得4分,合格得3分,不合格得0分。未参加的按较差计: 较差 scores what?
        if unawarded is not None:
            raise RuleError(raw, unawarded[0], f"“{unawarded[0]}”所按的等级“{unawarded[1]}”不是评分标准写明得分的等级，"
                                               "无法确定这种情形的得分；请写明按哪一个所列等级计分，或写明其得分")
    try:
        refuse_lost_number(text, raw)  # 合法率达%(分) / 每项扣款最低, / …成绩除以: a number lost, never read around
        refuse_unknown_unit(text, raw)  # 完成年度目标30埂得3分: a count in a word the lexicon lacks, never 30%
        refuse_place_steps_unread(text)  # 第1名得3分，第2名得2.5分，每降1名扣0.3分: places, never a count of people
    except Unplaced as unplaced:
        raise RuleError(raw, unplaced.fragment, unplaced.reason) from None
    label = _label(text)
    if _MAY_BE_FRAMED.search(text):
        try:
            framed = _units_scored(text)  # 对各街道分别考核：…≥95%的得1分…；本项按4个街道合计: each unit by one rule, added
        except Unplaced as unplaced:
            raise RuleError(raw, unplaced.fragment, unplaced.reason) from None
        if framed is not None:
            if "百分点" in raw:  # 当季…每低1个百分点扣0.5分: each unit's steps in points, as a rule of its own reads them
                framed = replace(framed, inner=steps_in_points(framed.inner, raw))
            return Rule(framed, label, None, raw)
    row = read_table_row(raw)
    if row is not None:
        scorer, column = row
        label = column or label
        return Rule(scorer, label, None, raw, stated_definition(text, label, raw))
    prose = bands_as_prose(raw)
    if prose is not None:  # 描述 | 4 | 描述 | 3 / one cell a line: a band list printed as a table (band_table.py)
        joined = text = prose
        label = _label(text)
    boxes = read_tick_boxes(text)
    if boxes is not None:
        return Rule(boxes, label, None, raw)  # 口开立独立银行账户5 口未开立独立很行账户0: tick the option that applies
    levels = read_level_lines(raw, text)
    if levels is not None:
        return Rule(levels, label, None, raw)  # 一级:…(8-10分)\n二级:…(5-7分): the level picked, a score inside its range
    zeroing, match = None, None
    # each situation said with 此项 zeroes the item, one list of them (…本指标得0分，并取消评优资格；如发现弄虚作假，该项
    # 不得分) — never a band of the count (发现一次的，扣0.5分；发现有两次及以上的，此项不得分), read with it
    while (found := _ZEROING.search(text) or _ZEROING_IF.search(text)) and not counted_band(found.group(1), text[: found.start()]) \
            and not _count_emptied(found):
        start, situation = found.start(), found.group(1)
        listed = _SITUATION_LISTED_BEFORE.search(text, 0, start)
        if listed is not None:  # 违法用地未拆除的,未恢复原状的,该项不得分: either situation zeroes (once the first was lost)
            start, situation = listed.start(1), f"{listed.group(1)}或{situation}"
        match = match or found  # where the first stood (joined_situations)
        zeroing = situation if zeroing is None else f"{zeroing}或{situation}"
        left = _MARKER_LEFT.search(text, 0, start)
        if left is not None and not text[found.end():].strip(",;。\n "):
            start = left.start()  # 3、发生违规使用资金的,本项不得分 as the last item: its number goes with it
        text = (text[:start] + text[found.end():]).strip(",;。\n ")
    if match is None and (counted := split_count_zeroing(text)) is not None:
        text, zeroing = counted  # 淹死或烧死树木10株以上的该项不得分: the whole item zeroed at a count checked
    text, waiver = split_waiver(text)
    try:
        # nothing left but a zeroing situation (…的，此项不得分): full marks unless it happened; nothing at all (★, a
        # page's mark): no method
        scorer = _read_with_highest(text, label, zeroing or "") if text or zeroing is None else Unconditional()
        scorer = heading_dropped(scorer, text)  # ②低保动态管理计2分。入户率100%计0.5分,…: the 2 is the parts' heading
        scorer = named_by_every_requirement(scorer, text)  # 按规定撤销了过渡性账户,及时足额缴入…的,计4分: both named
        scorer = named_by_whole_situation(scorer, text)  # 技工不具备岗位技能要求,未实行持证上岗的扣5分: both named
        check_faults(scorer, text)  # 亮红灯扣1分 / 未及时整改的扣1分 after 每宗: once or each time is not written
        if isinstance(scorer, FaultKinds) and len(scorer.faults) > 1:
            refuse_nested_faults(scorer)  # 不合格的扣1分，连续两次不合格的扣3分: 3, or 1 + 3?
        refuse_unused_level(scorer, text)  # 合同签定率达100%,达不到标准不计分: the 100% is the standard, not the target
        refuse_count_rungs(scorer)  # 一次扣2分,两次扣5分: a rung of the count, never a kind of its own
        refuse_item_of_counts(scorer, text)  # 召开2次…、开展12次…,缺一项扣1分: a requirement short, or an occasion?
        refuse_requirement_as_condition(scorer, text)  # 不少于3次。未成立…的扣0.5分: never ≥3次扣0.5分
        if isinstance(scorer, Piecewise) and any(f"每{period}" in text or f"每个{period}" in text for period in _LEVEL_PERIODS):
            refuse_period_level_as_count(scorer, text)  # 每月…不少于2次 / 4条，未达到的扣1分: never the year's count ≥2次
        read = scorer.scorer if isinstance(scorer, ZeroSituations) else scorer  # (the rule the situations zero)
        refuse_dropped_no_cap(read, text)  # 得分=完成率×分值,上不封顶: never capped at the 分值 in silence
        if "每" in text and isinstance(read, Piecewise):
            from .steps_from_level import refuse_steps_from_another_level

            refuse_steps_from_another_level(read, text)  # 年度指标值≥120公里。完成100公里及以上得5分，每少2公里扣0.5分
        if "百分点" in raw or "点数" in raw:
            from .points_change import points_change_label

            label = points_change_label(read, raw, label)  # 林草覆盖率较上年提高0.5个百分点以上: the points it rose
        refuse_rate_change_as_level(read, text, label)  # 达标率较上年提高2个百分点: never 达标率≥2%
        if "每" in text and isinstance(read, Piecewise):
            from .each_unit_level import refuse_each_unit_as_one

            refuse_each_unit_as_one(read, text)  # 每条路段MQI≥80的得1分…: each road scored, never one value
        if isinstance(read, Piecewise) and _MAY_BE_FRAMED.search(text):
            from .unit_frame import refuse_units_as_one

            refuse_units_as_one(read, text)  # 对各街道分别考核：…≥95%的得1分: each street scored, never one value
        refuse_misplaced_names(read, text)  # 全年满分2分 as a 评价要点, 合格和不合格 as one grade
        refuse_bands_of_unit_kinds(read, text)  # …5万以上的乡镇,…95%…;…5万以下的乡镇,…90%…: never one band list
        refuse_task_read_as_target(read, text, label)  # 完成年度任务的,按资金到位率×10计分: never 到位率≥目标值
        refuse_average_dropped(read, text, label)  # 超过全省平均水平20%以上的扣2分: never 完成率>20%
        refuse_all_met_as_otherwise(read, text)  # …全部达到的得2分,达到一项的得1分: never 否则得2分
        refuse_other_rate_defined(text)  # 完成率≥90%得3分。满意率=满意人数/总人数: never 满意率≥90%得3分
        refuse_defined_twice(text)  # 带动比=社会投资额/财政投入资金…；带动比=社会投资额/项目总投资: which one?
        refuse_rate_counted(read, text, label)  # 迟报1次扣0.5分;报表完整率达100%,得1分: never 报表完整率≥0次
        refuse_formula_beside_answers(read, raw, label)  # ①…得1.5分;②…得1.5分。计分公式:A÷B×1.5: never ② met or not
        refuse_cap_share(read, raw)  # 扣0.6分;每人次扣0.3分,累计扣分不超过0.9分 (1.5分): whose 0.9?
        # 每缺一项扣10分,不完善酌情扣分: never wholly the evaluator's entry, the 10 lost
        refuse_priced_beside_judged(read, text, zeroing is not None or read is not scorer)
        refuse_cut_fault_name(read, text)  # …党费80%留给党支部不落实的扣1分: never the kind 党支部不落实
        refuse_rising_points(read, text)  # 一季度…得0.2分;二季度…得0.4分;…0.8分: added, or the last reached?
        refuse_method_read_as_none(read, text)  # 年度考核成绩=每月考核成绩之和/12*30%+…: never "no method"
        refuse_second_level_beside_steps(text)  # 达标得满分,未达标得6分;每低于达标线1%扣1分: never 6 at the line
        refuse_band_off_target_beside_steps(text)  # 每高于达标线1%扣2分;高于达标线3%的不得分: points, or a share?
        refuse_points_band_off_target(raw, read, label)  # 低于目标值5个百分点以内得2分: never 目标值×95%
        refuse_score_floor(text)  # …每低于达标线1%扣1分,低于达标线得分不低于4分: a floor, never <目标值得4分
        refuse_bare_step_level(read, text)  # 每逾期1天扣1分,超5天不得分: never 逾期天数=5天不得分
        refuse_amounts_listed(text)  # 缺1个、不合格的,分别扣1分、3分: never 全部符合得3分，每个扣1分
        refuse_worse_scoring_more(read, text)  # ≥93%得5分,90%～93%得3分,90%以下得4分: never 88% above 91%
        refuse_shortfall_rewarded(read, text)  # 得分=(目标签约率-实际签约率)/目标签约率×4: nobody signed scores 4
        refuse_cost_rewarded(read, text)  # 得分=实际单位成本/核定标准单位成本×5: spending past the standard scores more
        refuse_steps_below_formula(read, text, label)  # 每降低1%扣1分，低于80%的按执行率×10计分: 79% above 85%
        refuse_steps_never_reached(read, text)  # 每低10%扣1分，低于目标值的不得分: the steps never apply
        refuse_excess_penalized(read, text, label)  # 满意度90%为基准，每超出1个百分点扣0.5分: 95% below 60%
        refuse_unreachable_rest(read, text)  # …60%以上得1分，其他得0.5分，60%以下不得分: 其他 is no value the bands leave
        refuse_limits_past_points(read, text, raw)  # (3分)…最多扣5分 / 达到85%得3分…每高1个百分点加0.2分: below 0? past 3?
    except Unplaced as unplaced:
        raise RuleError(raw, unplaced.fragment, unplaced.reason) from None
    except BareFormula as formula:  # 得分=否则不计分 (fuzz): a formula no composer placed, never an escaped error
        raise RuleError(raw, formula.clause.text, f"计分公式“{formula.source}”无法与其余评分语句合并") from None
    if isinstance(scorer, ZeroSituations):  # 强制险缺失的，不得分 among the deductions: zeroes the whole
        scorer, zeroing = scorer.scorer, scorer.zeroing(zeroing)
    elif match:  # 未建立台账的,此项不得分;台账未经签字的,不得分: one list of situations
        scorer, zeroing = joined_situations(scorer, zeroing, text, match.start())
    if isinstance(scorer, FaultKinds) and (twice := priced_twice_fault(scorer.faults, zeroing)) is not None:
        raise RuleError(raw, *twice)  # 逾期发放的每次扣1分，逾期3次以上的扣3分 / 发现错发的扣1分；发现错发的本项不得分
    # 建立制度，开展培训，各得1分: once one point of 1 (各 says each of them earns it); also under a zeroing situation
    # (…公开部门预算、决算的各得1.5分；逾期公开…该项不得分 once ①heading ②…各得 at 1.5, 3 for one of two published)
    each = next((r for r in getattr(scorer, "requirements", ()) if _EACH_SWALLOWED.search(r)), None)
    if each is not None:
        raise RuleError(raw, each, "“各得…分”前所列的各项无法分开（请逐项写明得分，如“建立制度得1分，开展培训得1分”）")
    if isinstance(scorer, Piecewise) and label == "完成率" and (
        scorer.level is not None or scorer.unit in MONEY_SCALE or (scorer.unit != "%" and not scorer.counts_lateness)
    ):
        label = "实际值"  # 不高于120元/人次 / 成本≤90万元 / 至少2种: an amount or a count, not a rate
        if scorer.level is None and (changed := _GROWTH_OVER_LAST_YEAR.search(text) or _FALL_FROM_LAST_YEAR.search(text)):
            # 新增就业人数较上年增加500人以上得3分: the increase is entered, not the year's number (once 实际值≥500人:
            # 3,000 new jobs against 2,900 last year scored full marks)
            label = "较上年增加数" if _GROWTH_OVER_LAST_YEAR.search(changed.group()) else "较上年减少数"
    if isinstance(scorer, Piecewise) and label == "完成率" and "完成率" not in text and (unnamed := _DEVIATION_UNNAMED.search(text)) \
            and any(interval.magnitude for interval, _ in scorer.cases):
        label = unnamed.group() + "率"  # 项目成本偏差超过5%的扣1分: the deviation (once 完成率在±5%以外)
    if isinstance(scorer, Parts) and label == "完成率" and _counted_part(scorer):
        label = "实际值"  # (1)…3分;(3)…采用不少于4篇4分,每少一篇扣1分: the part's count, as a rule of its own is read
    if isinstance(scorer, Parts) and _named_in_another_unit(scorer, label, text):
        label = "实际值"  # …15分钟内…得0.5分…;镇区人均道路面积达15平方米得0.5分: the minutes are no 镇区人均道路面积
    if isinstance(scorer, Piecewise) and label == "实际值" and (missed := _COUNT_OF_MISSED.search(text)):
        label = f"{missed.group(1)}{missed.group(2)}数"  # 未完成1项扣1分，未完成2项扣2分: what is counted is what was missed
    if isinstance(scorer, Piecewise) and label == "完成率" and scorer.unit == "%" and _GROWTH_OVER_LAST_YEAR.search(text):
        label = "较上年增长率"  # 比上年增长10%以上得5分，增长5%-10%得3分: the growth is what is measured (once 完成率≥10%)
    elif isinstance(scorer, Piecewise) and label == "完成率" and scorer.unit == "%" and _FALL_FROM_LAST_YEAR.search(text):
        label = "较上年下降率"  # 能耗较上年下降5%以上得满分: the fall, (上年−本年)/上年 (once 完成率≥5%: a rise scored full)
        if _STEPS_OF_RISE.search(text) and not _STEPS_OF_FALL.search(text):
            # 较上年下降的得3分，每增长1%扣0.5分: the steps count the rise, so the rise is measured (once 较上年下降率=4%
            # lost 2 points: a fall of 4% explained as deducted)
            label = "较上年增长率"
    elif isinstance(scorer, Piecewise) and label == "完成率" and scorer.unit == "%" and (bare := _BARE_CHANGE.search(text)) \
            and not _AGAINST_A_STANDARD.search(text):
        # 增长5%得满分，增长3%得1分 / 下降5%得满分: the change itself, named by nothing else (once 完成率≥5%, 本年/上年)
        # (成本减幅达到5%: the amount named before it, 成本下降率)
        label = bare.group(1) + ("增长率" if bare.group(2) in ("增长", "增幅", "提高", "提升", "增加", "增量") else "下降率")
    if _LESS_IS_BETTER.search(label) and (isinstance(scorer, Piecewise) and any(
            isinstance(outcome, Scaled) and not outcome.inverse and not outcome.falling
            for outcome in [scorer.otherwise, *(outcome for _, outcome in scorer.cases)])
            or scorer.kind == "target" and getattr(scorer, "op", "") == "≥" and _SCORE_FORMULA.search(text)):
        # 投诉率=有效投诉件数/服务总人次，得分=实际值/目标值×分值（2分），目标值为0.5‰: the more complaints, the higher the
        # score (0.25‰ once scored 1, 0.5‰ full marks); so too 投诉率：得分=实际值/目标值×分值（目标值≤2%）, once read as
        # the 自评表's default with its ≤ dropped
        formula = _SCORE_FORMULA.search(text)
        raise RuleError(raw, formula.group() if formula else label, f"“{label}”越低越好，按比例计分会使{label}越高得分越高；"
                        f"请写明计分方法（如“{label}不超过目标值得满分，得分=目标值/{label}×分值”）")
    if isinstance(scorer, Piecewise) and not scorer.deviation and (either := _CHANGE_EITHER_WAY.search(text)) \
            and not _WHICH_WAY_SAID.search(text):
        # 森林覆盖率与上年相比变化幅度超过0.5个百分点的扣1分: a change either way (or only a fall?), once the rate itself
        # against 0.5% (every rate above 0.5% lost the point)
        raise RuleError(raw, either.group(), "与上年相比的变化幅度没有写明是上升、下降还是两者都计，也不是比率本身的水平；"
                        "请写明，如“较上年下降超过0.5个百分点的扣1分”")
    if isinstance(scorer, Piecewise) and label == "完成率" and scorer.deviation and _DEVIATION_SAID.search(text):
        label = "偏差率"  # 决算数与预算数的差异在5%以内 / 单价偏离市场价不超过10%: the deviation, either way (not 实际/目标)
    named_count = _NAMED_SPAN.search(text) if isinstance(scorer, Piecewise) and scorer.counts_lateness else None
    if named_count is not None and label == "完成率" and not _LATENESS_WORDS.search(text):
        label = named_count.group(1)  # 累计结余可支付月数在6-9个月: months the text names, never months late
    elif isinstance(scorer, Piecewise) and scorer.counts_lateness and (label == "完成率" or label.endswith("率")):
        # 按期完成得4分；逾期30天以内得2分 (资金拨付及时率(3分): a heading's rate over days late, counted as days late)
        label = "逾期天数" if scorer.unit in DAY_UNITS else "逾期月数" if scorer.unit in MONTH_UNITS else "逾期周数"
        period = _PERIOD_TO_COMPLETE.search(text)
        # (专项债券项目按期开工(4分): the heading names what is timed, never a plan beside the time taken)
        late_said = period is not None and _LATE.search(without_heading(text.replace(period.group(), "")))
        if late_said and _DATE_PRINTED.search(text):
            period = None  # 应于开学后两个月内发放…以2023年11月1日为截止日。…延迟发放一个月以内的: late past the date printed
        if period is not None and late_said:
            # 项目应在6个月内完成，按时完成得满分，每延期1个月扣1分: the 6 months are the plan, not a lateness allowed
            raise RuleError(raw, period.group(), "“在…内完成”是完成时限（计划工期），不是允许的逾期时间：请录入计划完成日期，"
                            "评分标准写成“按期完成得满分，每逾期1个月扣1分”")
        if period is not None:
            label = "完成用时"  # 在3个月内完成的得满分，超过3个月完成的不得分: the time taken, not the time late
    if isinstance(scorer, Piecewise) and scorer.counts_lateness and "不" in text and (excluded := _DAY_EXCLUDED.search(text)):
        raise RuleError(raw, excluded.group(), "期限写明不含当日，即截止到前一日：请写明截止日期（如“8月19日前完成”），"
                                               "以免当日完成被按期计分")
    if zeroing and _LATE_UNCOUNTED.search(zeroing) and (isinstance(scorer, Piecewise) and scorer.counts_lateness
                                                        or _LATE_EACH_TIME.search(text)):
        # 按时报送得3分,未按时报送不得分,每迟报1天扣0.5分: a report a day late is 未按时 (0) and one day late (2.5); the
        # same with each late report counted (按时上报得2分;未按时上报不得分;每迟报1次扣0.5分: one late, 0 or 1.5?)
        raise RuleError(raw, zeroing, f"“{zeroing}”不得分与按迟报（逾期）扣分矛盾：晚交一次（一天）是不得分还是按次（按天）扣分，没有写明")
    try:
        gate = point_unmet_as_zeroing(scorer, zeroing)  # 1、计划全部落实,得8分…3、计划未全部落实,本项不得分: one answer
    except Unplaced as unplaced:
        raise RuleError(raw, unplaced.fragment, unplaced.reason) from None
    if gate is not None:
        scorer, zeroing = gated_by_point(scorer, gate, zeroing), None  # (the point's met answers the situation)
    if "百分点" in raw:
        scorer = steps_in_points(scorer, raw)  # 每低1个百分点: points of a rate, never a share of the target
    label = occurrences_label(scorer, label)
    refuse_change_against_target(raw, scorer, label)
    _within_preface(raw, joined, scorer)
    if waiver is not None:
        scorer = Waived(scorer, waiver)
    rule = Rule(scorer, label, zeroing, raw, stated_definition(text, label, raw), printed_multipliers(text), _credits(text))
    try:
        refuse_dropped_half(rule, text)  # 未完成任务且未落实进出平衡的扣5分: never 完成率<目标值扣5分
        refuse_dropped_alternative(rule, joined)  # 完成(或基本完成)年度任务的得10分: never 完成率≥目标值 alone
        if rule.kind == "rate" and (situation := _SITUATION_BEFORE_FORMULA.search(text)):
            # 资料不全的,得分=分值×50%: the formula is that situation's; once read as every case's (full marks never given)
            raise Unplaced(situation.group(1), f"计分公式只写了“{situation.group(1)}”这一情形，其余情形的得分没有写明")
        refuse_lost_veto(rule, joined)  # 是否使用违章电器,此项实行一票否决制(10分): never a point named by the veto
        refuse_whole_mark(rule, text)  # 请假次数达到…1/3,学期总成绩不及格: never the deductions alone
    except Unplaced as unplaced:
        raise RuleError(raw, unplaced.fragment, unplaced.reason) from None
    return rule


# units assessed one by one and their scores added or averaged (rules/unit_frame.py), said by one of these words
_MAY_BE_FRAMED = lazy_compile(r"分别|合计|相加|累计|平均|各占|之和|(?:共(?:实施|建设|改造|开展|安排|涉及|有)?|抽查)\d+(?:个|座|家|所|条)"
                              r"|按(?:季度|月)(?:考核|计分|评分)"
                              r"|分[\u4e00-\u9fff]{1,3}考核")


def _units_scored(text: str) -> Scorer | None:
    """The units' rule read inside its frame (unit_frame.py); None where there is no frame, or where one unit's rule is
    not read (then the whole text is read, or refused, as any other); Unplaced where the frame is read and one unit's
    value cannot be told."""
    from .unit_frame import read_units_scored  # (here: texts that may assess units one by one only)

    try:
        return read_units_scored(text, parse_rule)
    except RuleError:
        return None


def _read_with_highest(text: str, label: str, zeroing: str) -> Scorer | ZeroSituations:
    """The rule read; where it does not read, and it says the item's highest again after points added on top
    (…加分最多1分（本项最高5分）), the rest read alone and giving that highest (rules/highest_restated.py)."""
    try:
        return read_scorer(text, label, zeroing)
    except Unplaced as unread:
        from .highest_restated import highest_is, split_highest

        split = split_highest(text) if "最高" in text or "满分" in text else None
        if split is None:
            raise
        try:  # (the rest unread: the whole's own refusal names what does not read)
            scorer = read_scorer(split[0], label, zeroing)
        except (Unplaced, BareFormula):
            scorer = None
        if scorer is None or not highest_is(scorer, split[2]):
            raise unread from None
        return scorer


def _counted_part(parts: Parts) -> bool:
    """The one part measured by the indicator's own inputs is a count (不少于4篇), not a rate."""
    measured = [part for index, part in enumerate(parts.parts) if not (index < len(parts.measures) and parts.measures[index])
                and isinstance(part, Piecewise) and part.default_shape("完成率").measure]
    return len(measured) == 1 and measured[0].unit not in ("%", "") and measured[0].unit not in MONEY_SCALE \
        and not measured[0].counts_lateness and measured[0].level is None


_BASE_SAID = lazy_compile(r"基础分|基本分")


def _adds_points(scorer: Scorer) -> bool:
    """Points added on top of a level (每下降1个百分点加0.5分): a Bonus among the pieces."""
    return isinstance(scorer, Piecewise) and any(isinstance(outcome, Bonus) for outcome in
                                                  [outcome for _, outcome in scorer.cases] + [scorer.otherwise])


def _within_preface(raw: str, joined: str, scorer: Scorer) -> None:
    """本项满分6分。…建设3分，…得3分…建设3分，…得3分: the points the text opens with (in ``joined``, the text before
    _drop_findings takes them out) bound what its reading can give; a reading that gives more has taken a heading
    for an item of its own (each heading's points counted twice)."""
    preface = _PREFACE.search(joined)
    if preface is None:
        return
    points = Decimal(re.search(r"\d+(?:\.\d+)?", preface.group()).group())  # type: ignore[union-attr]
    if _BASE_SAID.search(preface.group()) and _adds_points(scorer) and Rule(scorer).implied_base() != points:
        # 每下降1个百分点加0.5分，每上升1个百分点扣0.5分。本项基础分3分: once the 3 dropped, a flat year scoring full marks
        raise RuleError(raw, preface.group().rstrip(",;。:"),
                        f"写明基础分{general_text(points)}分，而所读的计分方法在达到水平时得满分、另行加分：基础分如何计入没有读出"
                        "（请写明，如“持平得3分，每下降1个百分点加0.5分，每上升1个百分点扣0.5分”）")
    most = scorer.implied_max()
    if most is None:
        return
    if most > points:
        raise RuleError(raw, preface.group().rstrip(",;。:"),
                        f"开头写明{general_text(points)}分，而按所读各项最高可得{general_text(most)}分（可能把要点的标题当成了另一要点）")


# (考核时段为上年10月至当年9月): when the counting is done, not a number of the rule
# (以每月为一个周期): the period each count is taken over, which the evaluator adds up (nothing scored by it)
_PERIOD_NOTE = lazy_compile(r"\((?:考核|统计|评价|监测)(?:时段|期间|时间|期)为?[^()]{2,30}\)"
                           r"|\((?:以|按)每?(?:1个|一个)?(?:月|季度|季|半年|年度|年)为(?:1个|一个)?(?:统计|考核)?周期\)")
# (同一活动多次打卡算一次) / (重复报道按1次计): how the evaluator counts what the rule counts — the same thing
# once — in a bracket of its own; the count entered is the one so counted (never a level: 1次 is no band)
# (重复播发按1次计分,负面报道不计分): beside it, a kind of the thing counted that is not counted at all — a bare name (no
# 的, no 此项/本项: 造假的不得分 may zero the whole item, and stays to be read or refused), its 不计分 already 不得分 here
_COUNTED_ONCE = r"(?:同[一1]|重复)[^()\d,;。]{1,16}?(?:算|按|计|记|视为|视作)1(?:次|处|项|起|个|篇|条|件)(?:计|计算|计分|统计)?"
_NOT_COUNTED = r"(?:(?!此项|本项|该项|本指标|该指标)[^()\d,;。的]){2,12}?(?:不得分|不计入|不算|不予计算)"
_COUNTED_ONCE_NOTE = lazy_compile(rf"\((?:{_NOT_COUNTED},)?{_COUNTED_ONCE}(?:,{_NOT_COUNTED})?\)")
# 缺1个、不合格的,分别扣1分、3分 / 未建立制度、计划的,扣1分、2分: amounts listed after one deduction's verb that no
# reading of kinds (text/respective_kinds.py) paired with what each is for — never a deduction and an award after it
_AMOUNTS_LISTED = lazy_compile(r"(?:(?:分别|依次|各)?(?:扣|减)(?:最多)?)\d+(?:\.\d+)?分?(?:、\d+(?:\.\d+)?分?)*、\d+(?:\.\d+)?分")


def refuse_amounts_listed(text: str) -> None:
    """A reading made while amounts listed after one 扣 are left in the text (see _AMOUNTS_LISTED) took one of them for
    something else; raised only then, so a text refused for another clause keeps its own message."""
    listed = _AMOUNTS_LISTED.search(text) if "、" in text else None
    if listed is not None:
        raise Unplaced(listed.group(), f"“{listed.group()}”写了几个扣分数额，各对应哪种情形没有写明"
                                       "（请逐一写明，如“未建立制度的扣1分；未建立计划的扣3分”）")
# (同一信息重复采用按1次计,造假的不计分): a counting note with a situation scoring nothing the note above leaves — is it
# not counted, or is the whole item zeroed (5 items counted and one forged: 2.5, or 0)?
_COUNTED_ONCE_BESIDE_ZERO = lazy_compile(rf"\((?:([^()\d,;。]{{2,16}}?不得分),)?{_COUNTED_ONCE}(?:,([^()\d,;。]{{2,16}}?不得分))?\)")
# (经查实的有效投诉，每起扣1分 / 经核查属实的…: how a fault is established, the rule's own sentence, never a finding)
_FINDING = lazy_compile(r"(?:^|(?<=[;。\n]))(?:通过调研显示|调研显示|经调研|经核查(?!属实|核实)|经查(?!实)|经查看|评价发现)[^;。\n]*[;。]?")


# …每件扣5分,扣除当月考评奖20元及年终目标管理奖50元: money withheld from a bonus, a consequence outside the score
_BONUS_WITHHELD = lazy_compile(r"[,，](?:并)?扣除[\u4e00-\u9fff]{0,10}?奖(?:金)?\d+(?:\.\d+)?元"
                               r"(?:(?:及|和|、|与)[\u4e00-\u9fff]{0,10}?奖(?:金)?\d+(?:\.\d+)?元)*(?=[,;。]|$)")
# …扣2分,不适用项直接得分,合格分数线暂定为40分。: the pass mark of the assessment's result, said in points as the cell's
# last clause — a grade of the total, no level of what is scored (及格线60%:完成率未达60%…: a level, in %, kept)
_PASS_LINE = lazy_compile(r"[,;。](?:合格|及格)(?:分数)?线(?:暂定|拟定|定)?为?\d+(?:\.\d+)?分[。;]?$")
# …反之，不得分。以察看和检查台账为依据。: the evidence the evaluator checks, closing the cell (no number: 以100%为标准 is a level)
_EVIDENCE = lazy_compile(r"(?<=[;。\n])以[^;。\n\d%]{2,24}?为(?:依据|准|凭|据)[;。]?$")


# …×100%　分值：10 / …扣0.5分。(分值10分)。 — the indicator's 分值 beside its rule
_POINTS_NOTE = lazy_compile(r"[,;。]?(?:分值[:：]\d+(?:\.\d+)?分?|\(分值[:：]?\d+(?:\.\d+)?分?\))[。]?$")
_PREFACE = lazy_compile(r"(?:^|(?<=[;。\n]))(?:本|该)(?:指标|项目?)(?:满分值?为?|分值为?|满分为?|基础分为?|基本分为?)?\d+(?:\.\d+)?分[,;。:]?"
                        r"|\(基本分\d+(?:\.\d+)?分\)"  # (1)及时性(基本分40分)要求…: the 分值, as a 目标考核表 calls it
                        # 评分标准(满分10分): the column's heading with the 分值
                        r"|^(?:评分标准|计分标准|评分办法|计分方法)\((?:满分|本项满分|分值)\d+(?:\.\d+)?分\)[:]?")


def _number_before_points(context: list[Clause]) -> bool:
    """评价要点:5①…: a number before the first 评价要点 (the 分值 column's, run into the text) that an even split
    of the points would drop."""
    for clause in context:
        for token in clause.tokens:
            if token.kind == "MARK":
                return False
            if token.kind in ("NUM", "PTS"):
                return True
    return False


def reading_text(raw: str) -> str:
    """The text the clauses are read from: normalised, lines rejoined, notes that are no part of the rule dropped."""
    return _drop_findings(_joined(raw))


def _joined(raw: str) -> str:
    """Normalised, lines rejoined, and two table layouts laid out as the lists they are: 1.…(本指标14分)1.1…(4分)1.2…
    (decimal_items.py) and 43确定专人…保管。1分1、…扣0.5分2、… (row_deductions.py)."""
    return row_deductions(raw, decimal_items(raw, primes_as_points(points_listed(shares_written_out(rejoin_lines(normalize(raw)))))))


def _drop_findings(text: str) -> str:
    """Table cells sometimes carry the evaluation result after the criteria (调研显示…得2分), or open
    with the indicator's 分值 (本指标满分值3分); neither is part of the rule. A method written in brackets
    after the requirement (…效果好。(每次会议0.5分,总分3分)) is the rule itself, read without them."""
    text = _COUNTED_ONCE_NOTE.sub("", text) if "1" in text else text
    text = _PERIOD_NOTE.sub("", _POINTS_NOTE.sub("", _PREFACE.sub("", _FINDING.sub("", _EVIDENCE.sub("", drop_notes(drop_evidence_notes(text.rstrip()))))))).strip()
    text = _PASS_LINE.sub("", text) if "线" in text else text
    text = drop_money_penalty(text)  # …每处扣1分。…未收取完成,按比例扣减工作补贴: money, not points
    text = _BONUS_WITHHELD.sub("", text)
    text = drop_beyond_item(text)  # …本项不得分并移交有关部门: the unit's lot beyond this item's score
    return announced_counts(_HEADED_METHOD.sub(r"\1", _BRACKETED_METHOD.sub(r"\1", _lone_numbering(text))))


# 1)规划完成审批，计6分；完成编制未审批，计3分… / 2、优秀得10分;良好得8分… / (3)评价结果优秀得10分…: the table row's own
# number, when no other list number of any style follows it (then it numbers no item of a list inside the cell)
# 1.3.1食品安全…: an indicator's code three levels deep (never a number: two points)
_ROW_NUMBER = lazy_compile(r"^(?:\d{1,2}(?:\.\d{1,2}){2}(?=[\u4e00-\u9fff])|\d{1,2}[)、]|\d{1,2}\.(?!\d)|\(\d{1,2}\)|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))(?=[\u4e00-\u9fff《“])")
_NEXT_LIST_NUMBER = lazy_compile(r"(?<![\d(.])\d{1,2}[)、]|(?<![\d.])\d{1,2}\.(?=[\u4e00-\u9fff《“])|\(\d{1,2}\)|[\u2460-\u2473]|[一二三四五六七八九十]+、|\([一二三四五六七八九十]{1,3}\)")


def _lone_numbering(text: str) -> str:
    first = _ROW_NUMBER.match(text)
    if first is None or _next_list_number(text, first.end()) or _HEADING.match(text, first.end()):
        return text  # (1、插秧机购置20分。…: a numbered heading over its item, which the heading reader reads with its number)
    return text[first.end():]


def _next_list_number(text: str, start: int) -> bool:
    """A list number after ``start``; not 附件2) closing a bracket opened before it ((一)…的要求共25项(详见附件2),每项2分:
    a reference inside the bracket, not the second item of a list)."""
    for found in _NEXT_LIST_NUMBER.finditer(text, start):
        closes = found.group().endswith(")") and not found.group().startswith("(")
        if not (closes and text.count("(", start, found.start()) > text.count(")", start, found.start())):
            return True
    return False


_HEADING = lazy_compile(r"[\u4e00-\u9fff“”]{2,20}(?:\((?:计|共)?\d+(?:\.\d+)?分\)|\d+(?:\.\d+)?分)[。.]")


# …效果好。(每次会议0.5分,总分3分): the whole method in one closing bracket, a list of its clauses
_BRACKETED_METHOD = lazy_compile(r"(?<=。)\(((?:[^()]|\([^()]*\))*?\d+(?:\.\d+)?分(?:[^()]|\([^()]*\))*?,(?:[^()]|\([^()]*\))*)\)。?$")
# (…档案管理(含电子档案)并…得2分。): a bracket of its own inside the method's, one level deep
# 信息公开目录和政府信息年度报告(信息公开目录未更新的扣1分;没有年度报告的扣2分): the item's name in words, its whole
# method in the bracket after it (two clauses at least, each way of scoring with its verb)
_HEADED_METHOD = lazy_compile(r"^[\u4e00-\u9fff、“”]{2,30}\(((?:[^()]*?(?:扣|得|计|记)\d+(?:\.\d+)?分[^()]*?[,;][^()]*?)"
                              r"(?:扣|得|计|记)\d+(?:\.\d+)?分[^()]*)\)[。;]?$")


def _first_scored(scoring: list[Clause]) -> int:
    """Where the first clause that scores (not one naming the method) starts."""
    return min((c.start for c in scoring if not c.announces_method and (c.has_outcome or c.step)), default=-1)


_COUNT_OF_MISSED = lazy_compile(r"(未完成|未达标|不合格|不符合|未达到)\d+(项|个|处)")
_DEVIATION_SAID = lazy_compile(r"差异在|偏离(?![\d每度])")  # 预算与决算的差异在5%以内 / 单价偏离市场价不超过10%
_AGAINST_A_STANDARD = lazy_compile(r"标准|目标|计划|指标值")  # 达到标准6分,每降低1%加2分: below the standard, not a fall
# (平均办理时长缩短10%以上得2分 / 审批时限压缩30%以上: a time cut by a share, its fall — once 完成率≥10%, 28.5 days
# against 30 scoring as 95% reached)
_BARE_CHANGE = lazy_compile(r"(?:^|[,;。\n])((?:(?!每|未|没有|不)[\u4e00-\u9fffA-Za-z]){0,8}?)(增长|增幅|提高|提升|增加|增量|下降|降低|减少|减幅|缩短|压缩|压减)(?:了|幅度)?"
                            r"(?:达到?|超过|不低于|不少于|高于|大于等于|大于|[≥>])?\d+(?:\.\d+)?(?![\d.]|分)")  # (最高增加2分: points)
_FALL_FROM_LAST_YEAR = lazy_compile(r"(?:比|较|与)(?:上年|去年|上一年|上年度|基期|基年|上期|上月|上季度)(?:同期)?(?:相比)?"
                                    r"(?:下降|降低|减少|压减|压缩)|(?:同比|环比)(?:下降|降低|减少)")
# a measure of what should not happen: more of it is worse (not 成本/时间, whose ratio to a standard may be meant either way)
_LESS_IS_BETTER = lazy_compile(r"(?:投诉|客诉|事故|差错|违规|违纪|故障|不合格|辍学|流失|超标|发病|死亡|伤亡|误报|漏报|错报|迟报|返工|返修)"
                               r"(?:发生|件数|次数|人次)?率$")
_WHICH_WAY_SAID = lazy_compile(r"增加|增长|上升|提高|减少|下降|降低|持平|±|绝对值")  # (较上年变化：增加的得2分；减少的不得分)
_DEVIATION_UNNAMED = lazy_compile(r"偏差(?!率)|偏离(?![度率])")
_SCORE_FORMULA = lazy_compile(r"得分[=＝][^,，;；。]+")
_CHANGE_EITHER_WAY = lazy_compile(r"(?:比|较|与)(?:上年|去年|上一年|上年度|基期|基年|上期|上月|上季度)(?:同期)?(?:相比)?[,，]?"
                                  r"(?:的)?(?:变化|变动|波动)(?:幅度|率|值)?")
_STEPS_OF_RISE = lazy_compile(r"每(?:增长|增加|上升|提高)")
_STEPS_OF_FALL = lazy_compile(r"每(?:下降|降低|减少)")
_GROWTH_OVER_LAST_YEAR = lazy_compile(r"(?:比|较|与)(?:上年|去年|上一年|上年度|基期|基年|上期|上月|上季度)(?:同期)?(?:相比)?"
                                      r"(?:增长|提高|提升|增加)|(?:同比|环比)(?:增长|提高|提升|增加)")


def _credits(text: str) -> tuple:
    """The survey options' credits the text prints (满意、基本满意、不满意分别按100%、60%、0计算满意度), if any."""
    if "满意" not in text:
        return ()
    from ..text.survey_credits import printed_credits

    return printed_credits(text)


def _may_choose(text: str) -> bool:
    """The words a text with a standard for each side of a situation must have (chosen_standards.py, imported only then)."""
    return ("以上的" in text and "以下的" in text) or "未达到" in text or "未完成" in text


# 标准为12000人，培训人数占标准的比例达到100%得3分 (a level's 规范写法): the measure is what is taken of the standard
_LABEL_OF_STANDARD = lazy_compile(r"(?:^|[,;:。])标准为[^,;:。]+,([\u4e00-\u9fff]{2,20}?)占标准的比例")


# the start of a group's age spelled in words (text/ages.py), right before where the rate's name was taken from
_SPELLED_BEFORE = lazy_compile(r"(?<![\u4e00-\u9fff])[零〇一二两三四五六七八九十百至]+(?:周?岁(?:及)?以?)?$")


# a count in words between two words of a rate's name (残疾人两项补贴…率), and the name's words cut off before the label
_COUNT_IN_NAME = lazy_compile(r"[\u4e00-\u9fff][一二两三四五六七八九十]+[项个][\u4e00-\u9fff]")
_NAME_CUT_BEFORE = lazy_compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,6}$")


# 一是保洁覆盖率…；二是…: a list's ordinal opening a clause, no part of the name after it (the tokens' MARK)
_ORDINAL_OPENING = lazy_compile(r"(?:^|(?<=[:;。]))[一二三四五六七八九]是(?=[\u4e00-\u9fff“])")


def _label(text: str) -> str:
    if "是" in text:
        text = _ORDINAL_OPENING.sub("", text)
    of_standard = _LABEL_OF_STANDARD.search(text)
    if of_standard is not None:
        return of_standard.group(1)
    if signed_label(text):
        return signed_label(text)  # type: ignore[return-value]  # 正技巧/负技巧: the 订正技巧 (signs.py)
    if best_label(text):
        return best_label(text)  # type: ignore[return-value]  # 以减排量最大的…为满分: 减排量比率 (best_as_full.py)
    chosen = split_chosen(text) if _may_choose(text) else None
    if chosen is not None and chosen[0][2]:  # …以上的乡镇,造林成活率达到…: what is measured, not the situation choosing
        return _label(chosen[1])
    patterns = (_LABEL_DEFINITION, _LABEL_DEFINED_AMOUNT, _LABEL_TIMES, _LABEL_SUBJECT, _LABEL_COUNT, _LABEL_SHARE, _LABEL_ANY_RATE, _LABEL_COUNTED)
    if not _LATE.search(text):  # 公示时间不少于7天: a duration the text names (逾期… rules name days late)
        patterns = patterns + (_LABEL_DURATION,)
    for pattern in patterns:
        match = pattern.search(text)
        if match:
            label = match.group(1).strip("“”\"") + ("比例" if pattern is _LABEL_SHARE else "")
            spelled = _SPELLED_BEFORE.search(text, 0, match.start(1)) if pattern is _LABEL_ANY_RATE else None
            if spelled is not None:  # 六十五岁及以上老年人健康管理率: the spelled age whole (never 五岁… or 上老年人…, the
                label = spelled.group() + label  # name cut at the pattern's length)
            if pattern is _LABEL_ANY_RATE and text.startswith(("排名", "名次"), match.end(1)):
                label += text[match.end(1):match.end(1) + 2]  # 建成面积贡献率排名: the places ranked by the rate, never the rate
            if pattern is _LABEL_ANY_RATE and _COUNT_IN_NAME.search(label):
                # 残疾人两项补贴按时足额发放率: a count the name holds in words (normalize.py's _named_count) makes it
                # longer than the pattern takes; the name whole (never 疾人两项…, cut at the pattern's length)
                whole = _NAME_CUT_BEFORE.search(text, 0, match.start(1))
                label = (whole.group() if whole is not None else "") + label
            if text.startswith(match.group(1), match.start(1)):
                # 水、电、路等公共基础设施建设完成率 / 金融、数字化、法学等紧缺专业干部…比例: the names listed with 、 before
                # the one the pattern took are the measure's too (once 路等… / 法学等…, the rest of the list lost)
                listed = _LISTED_NAMES.search(text, 0, match.start(1))
                label = (listed.group() if listed is not None else "") + label
            # (以工代赈 / 中心 / 中央 / 中小学 / 中选 are words: never 工代赈… / 心… / 小学生…)
            label = re.sub(r"^(?:根据|按照|按(?!时|期)|以(?!工代赈)|其|即|则|若|如|对|的|" + _IN + r"|是|且|并且|同时)+", "", label)
            # (项目目标为全年累计志愿服务时长 → 全年累计志愿服务时长: what the target is said to be of)
            # (56人以上大班额比例 → 大班额比例: the size setting the group apart, read as words by the lexicon, as 24小时内 is)
            # (劳务报酬占中央资金比例 whole: 中央 / 中心 are words, no 中 of a range)
            tail = re.split(r"[内的之]|" + _IN + r"|且|并且|同时|(?:目标|要求|标准)为|^" + SIZED_GROUP, label)[-1]  # 预算年度或项目期内实际完成率 → 实际完成率 (无事故且完成率: 完成率)
            if len(tail) >= 2:
                label = tail
            if len(label) >= 2 and label not in ("分值", "满分", "权重", "该指标分值"):
                return label
    return "完成率"


# 项目实施中实际完成率 → 实际完成率: 中 as "in", never the first character of a word (中央 / 中心 / 中小学 / 中选 / 中标 / 中医 /
# 中药 / 中青年 / 中老年 / 中期 / 中型 / 中等 / 中级 / 中高级)
_IN = "中(?![央心小选标医药青老期型等级高])"
# 水、电、 before 路等…完成率: the names a measure's subject lists first, each set off by 、
_LISTED_NAMES = lazy_compile(r"(?<![\u4e00-\u9fff])(?:(?![一二三四五六七八九十]+、)[\u4e00-\u9fff]{1,6}、)+$")  # (一、: a heading's number)
# 验收合格得满分，验收不合格不得分，未验收的按完成进度计分: a situation's own method, after the points (once dropped)
_CASE_OF_ITS_OWN = lazy_compile(r"[^,;。按]{1,24}?的[,，]?(?:按|根据|依据|按照)")
_BELOW_ZERO = lazy_compile(r"倒扣\s*\d+(?:\.\d+)?\s*分")
# 该项不得分,每多1处再扣2分 / 扣完该项分值,另扣5分: a deduction after the item is zeroed takes the score below 0
# (不得分后另扣5分 / 扣完基本分后另扣5分: the same, 后 said — once the zero read and the rest a fault named 后另)
_PAST_ZERO = lazy_compile(r"(?:不得分|得0分|计0分|记0分|扣完(?:此项|该项|本项|本指标|该指标|此項|該項|本項|該指標)(?:全部分值|分值|分)"
                          r"|扣完(?:此项|该项|本项|本指标|该指标)?基本分值?)"
                          r"[,，]?后?(?:并|且|同时|並|同時)?(?:每[^,;。\n，；]{0,10}?)?(?:再|另|加|还|還)扣\s*\d+(?:\.\d+)?\s*分")
# (扣分不设上限 / 不设下限: the same, said of the deductions' cap or the score's floor)
_UNCAPPED_DEDUCTION = lazy_compile(r"扣分(?:上)?不封[顶頂]|扣分不设上限|(?:得分|分值)?不设下限")
_NEGATIVE = lazy_compile(r"(?:该项|本项|此项|该指标|本指标)?(?:得分)?可(?:为|以|以为|扣至|扣到|出现)?负分")
_RATE_DEFINED = lazy_compile(r"[\u4e00-\u9fff()]{2,40}?(?:率|比例|占比)(?:\(%\))?=[^=]+/[^=]+?(?:×100%)?$")
_RATE_OF_COLUMNS = lazy_compile(r"率\(?B/A\)?")  # 执行率(B/A) beside 全年预算数(A)、全年执行数(B)
_ZERO_LED_POINTS = lazy_compile(r"(?<![\d.:：时点])0\d+(?:\.\d+)?分(?![钟值])")
_MALFORMED_NUMBER = lazy_compile(r"\d+\.\d+\.\d+")
# 3分之1 / 3分之一 / 3分一以上 (三分之一 as normalized): a fraction, never points (not 5-3分之间)
_FRACTION = lazy_compile(r"(?<![\d.])\d+分(?:之(?:\d|[一二两三四五六七八九十])|[一二两三四五六七八九](?=以上|以下|以内|的|及))")
_STANDARD_SCORE = lazy_compile(r"(?:^|(?<=[;。\n]))(?:\d+(?:\.\d+)+)?([^;。\n]*?\d+(?:\.\d+)?标准分[^;。\n]*)")
_SIMPLE_DEFINITION = lazy_compile(r"(?:率|占比)(?:\(%\))?=\(?[\u4e00-\u9fff“”]+/[\u4e00-\u9fff“”]+\)?(?:×100%)?(?=$|[,;。\n(])")


def _fault_cut_off(read: list[Clause], text: str) -> Clause | None:
    """…扣2分;未建立人员、设备、业务等各项管理制度和 / …每项扣1分,无专门机 (the page's copy ends there): a fault named
    last among deductions, its own deduction cut off."""
    last = read[-1] if len(read) > 1 else None
    if last is not None and _EACH_ALONE.fullmatch(last.text) and not last.scoring and not last.has_outcome:
        last = read[-2]  # …;未开展工作的,每项: the deduction after 每项 cut off, as after the fault's own words
    unfinished = _UNFINISHED_FAULT.match(last.text) is not None if last else False
    if last is None or last.scoring or last.has_outcome or last.step is not None or last.per is not None \
            or not (_NAMED_FAULT.match(last.text) or unfinished) or any(t.kind in ("NUM", "PTS") for t in last.tokens):
        return None
    deducts = any(c.per is not None or (c.outcome is not None and c.outcome[0] == "minus") for c in read[:-1] if c.scoring)
    return last if deducts else None


_EACH_ALONE = lazy_compile(r"每(?:1)?(?:项|次|处|个|例|件|起|人)次?")
_NAMED_FAULT = lazy_compile(r"(?:未|没有|无)(?!论)[\u4e00-\u9fff、]{2,}[和及与、或]$")
_UNFINISHED_FAULT = lazy_compile(r"(?:未|没有|无)(?!论|上限|封顶|加分|扣分)[\u4e00-\u9fff、，,]{2,}$")


def read_scorer(text: str, label: str, zeroing: str = "", headed: bool = True) -> Scorer | ZeroSituations:
    column = points_column(text)
    if column is not None:  # …5个得满分。0.2: the 分值 column copied after the rule, which must be its highest score
        scorer = read_scorer(column[0], label, zeroing)
        filled = _deducted_from(scorer, column[1]) if _faults_once(scorer) \
            or not isinstance(scorer, ZeroSituations) and scorer.implied_max() is None else None
        if filled is not None:
            return filled  # …每减少2m2扣1分 2: the 分值 the deductions are taken from
        if (scorer.scorer if isinstance(scorer, ZeroSituations) else scorer).implied_max() != column[1]:
            raise Unplaced(general_text(column[1]), "评分标准末尾的数值无法识别其含义（不是按所读计分方法的满分）")
        return scorer
    stated = split_stated_points(text)
    if stated is not None:  # …,该项根基分值为0.6分未达成…每少1人扣0.2分: the points the rest scores from
        inner = read_scorer(stated[0], label, zeroing)
        scorer = inner.scorer if isinstance(inner, ZeroSituations) else inner
        filled = scorer if scorer.implied_max() == stated[2] else filled_by_heading(scorer, stated[2])
        if filled is None or filled.implied_max() != stated[2]:
            raise Unplaced(stated[1], "写明的本项分值与所读计分方法的得分不一致（或无法确定从哪一得分扣起）")
        return inner.holding(filled) if isinstance(inner, ZeroSituations) else filled
    mean = read_open_mean(text) if "=" in text else None
    if mean is not None:  # 评价得分=(专家1+专家2+…)/专家人数: the mean of the scores entered one by one (open_mean.py)
        return mean
    chosen = split_chosen(text) if _may_choose(text) else None
    if chosen is not None:  # …以上的单位…;…以下的单位… / …达到…的…;…未达到…的…: a standard each side (chosen_standards.py)
        (before, after, who, sides, holds_first), *halves = chosen
        if len({_label(half) for half in halves}) > 1:  # 覆盖率95%以上…;增长率10%以上…: one value cannot serve both
            raise Unplaced(halves[1], "两种情形的标准衡量的不是同一指标，无法用同一个实际值计分", certain=True)
        try:
            rules = [read_scorer(half, label, zeroing) for half in halves]
        except (RuleError, Unplaced):
            rules = []  # (read as a whole below, or refused naming what the whole cannot place)
        if rules and all(measuring(rule) for rule in rules):
            holds, fails = rules if holds_first else rules[::-1]
            return ChosenStandard(before, after, who, holds, fails, sides, holds_first)
    heading = split_heading(text) if headed else None
    if heading is not None:  # 2.数据质量(35分)。(1)…一次扣5分: the item's name and 满分, then the method (item_heading.py)
        return read_headed(text, heading, lambda part: read_scorer(part, label, zeroing, headed=False))
    standard = _STANDARD_SCORE.search(text)
    if standard:  # 完成值=目标值，得100标准分…最高120分: points on a scale of its own
        raise Unplaced(standard.group(1), "按“标准分”（百分制）计分，与本指标分值如何换算没有写明（如“得分=标准分/100×分值”）")
    split = _SPLIT_BY_MARKER.search(text)
    if split:  # 保存率在90\n2、%以上 / 得\n3、2分: a page's chunk number inside a number or a phrase
        cut = text[max(0, split.start() - 6):split.end() + 6].replace("\n", " ").strip()
        raise Unplaced(cut, f"评分标准中间夹有编号“{split.group(1)}、”，把前后的数值或词句拆开了（可能是网页分段的编号），"
                            "请按原表核对后重新填写")
    rate_only = _POINTS_PER_UNIT_ONLY.fullmatch(text.strip("。;,"))
    if rate_only:  # 2分/基 / 1分/处/次: a rate of points per thing, the whole criterion
        raise Unplaced(text.strip("。;,"), f"只写了每{rate_only.group(2)}的分数，没有写明是得分还是扣分、从多少分起算"
                                           f"（如“每发现1{rate_only.group(2)}扣{rate_only.group('points')}分，扣完为止”）")
    damaged = damaged_points(text)
    if damaged is not None:  # 完成60%以下(O-Io): the band's points as scanned, not a number (band_table.py)
        raise Unplaced(f"({damaged})", f"分档得分“{damaged}”不是数值（可能是扫描识别错误，如“O-Io”应为“0-10”），请改正后再识别")
    malformed = _MALFORMED_NUMBER.search(text)
    if malformed:
        raise Unplaced(malformed.group(), "数值无法识别（可能是表格错位或识别错误）")
    zero_led = _ZERO_LED_POINTS.search(text)
    if zero_led:  # 扣02分: 0.2 with its point lost in the copy, or 2? not ours to guess
        raise Unplaced(zero_led.group(), f"分数“{zero_led.group()}”以0开头，可能漏了小数点（0.{zero_led.group()[1:]}？），请核对原文")
    fraction = _FRACTION.search(text)
    if fraction:  # 缺勤超过三分之一的不得分: once read as 超过3 (3%), the 之一 lost
        raise Unplaced(fraction.group(), "“几分之几”是分数，请写成百分比（如“三分之一”写作33.3%）")
    listed = uneven(text)
    if listed is not None:  # 达到90%、80%和70%，分别得5分、3分
        raise Unplaced(listed, "“分别”前后所列的条件与得分不能一一对应（个数不同，或只有部分条件写了单位、“以上”等）")
    cut = _CUT_OFF.search(text)
    if cut and "=" not in text[: cut.start()]:  # a formula's own reader names an unclosed bracket in it
        raise Unplaced(cut.group(), "评分标准不完整（括号没有闭合，可能被截断）")
    read = awarded_in_full(clauses(text))  # 2000元以上得分，否则不得分: 得分 alone is 得满分
    return levels_used(_read_clauses(read, text, label, zeroing, headed=not headed), read, label)


def _numbering_jump(read: list[Clause]) -> Clause | None:
    """1、…记15分，80、根据…: a list number that does not follow the one before it in the same style (1、 then 80、) is
    no item's number — a table's row number or a value run into the text; its number would be dropped as a mark."""
    last: dict[str, int] = {}
    for clause in read:
        found = re.fullmatch(r"(\(?)(\d{1,2})([、.)]?)", clause.marker or "")
        if found is None:
            continue
        style, number = found.group(1), int(found.group(2))  # (1、 2. 3、: one numbering, a 、 or . lost or changed)
        if style in last and number != last[style] + 1:
            return clause
        last[style] = number
    return None


def _read_clauses(read: list[Clause], text: str, label: str, zeroing: str, headed: bool = False) -> Scorer | ZeroSituations:
    """``headed``: the text is the body under a heading with its points (…（4分）：), which the reading must give in all."""
    shared = read_unit_average(text)
    if shared is not None:  # 算出每人的平均分数,缺1例,扣减1人平均分: each unit missing loses its share of the 分值
        return shared
    if "分别" in text and ("/" in text or "比例" in text):
        from .unit_shares import read_unit_shares  # (here: texts of units assessed apart only, not every rule's start)

        shares = read_unit_shares(text)
        if shares is not None:  # 各标段分别考核…未达到的按实际进度/计划进度计分，各标段分值均为2分: each unit's share, added
            return shares
    misses = read_period_misses(text)
    if misses is not None:  # 每季度召开最少1次…(缺1次扣2分,扣完为止): the misses counted, no yearly count needed
        return misses
    periods = read_period_points(text, headed)
    if periods is not None:  # 每季度,根据工作开展情况得分(0.3分),满分1.2分: one 评价要点 per quarter
        return periods
    per_period = next((clause for clause in read if clause.per_period), None)
    if per_period is not None and not (per_period.marker and _ITEM_POINTS.search(per_period.text)):
        # (①开放时间不少于每周40小时（1分）；②…（1分）: each of a list of points met or not, the period part of one's wording)
        raise Unplaced(per_period, f"次数要求按“{per_period.per_period}”计，请写明全年（或评价期内）应达到的次数（如“全年不少于4次”）")
    blank = next((clause for clause in read if re.search(r"_{2,}|＿{2,}|《[×*＊xX]{2,}》", clause.text)), None)
    if blank is not None:
        raise Unplaced(blank, "评分标准是未填写的模板（“____”“《××××》”处没有填写）")
    cut = _fault_cut_off(read, text)
    if cut is not None:
        raise Unplaced(cut, "最后一种扣分情形没有写明扣多少分（评分标准可能被截断）")
    jump = _numbering_jump(read)
    if jump is not None:
        raise Unplaced(jump, f"列表编号“{jump.marker}”与前一项的编号不相接（可能是表格的序号或数值与评分标准连在一起），无法确定各项")
    refuse_cut_condition(read)  # …扣3分,…过火面积超过300平方米以上的按相应等: the last situation's deduction cut off
    if len(read) > 1 and read[-1].marker and read[-1].marker[0].isalpha() and not read[-1].tokens:
        raise Unplaced(read[-1].marker, "最后一项只有编号，没有内容（评分标准可能被截断）")  # …□4.0-6.9分 E.
    read = continued_steps(read)  # 少完成1%扣1分,以此类推: the step goes on, no method of its own
    for clause in read:
        deferred = _DEFERRED.search(clause.text)
        if deferred:
            raise Unplaced(clause, f"评分方法“{deferred.group()}”未写明如何计分")
    if zeroing and (award := unhappened_after_name(read)) is not None:
        return Unconditional(award)  # 疫苗储存运输全程冷链管理。如发生…的,本指标不得分;未发生的得3分: the name, then the veto
    if len(read) == 1 and situation_award(read[0]) and zeroing:
        return award_beside_veto(read[0], zeroing)  # 建立台账的得2分；发生安全事故的，本项不得分: a point of its own
    scoring = [clause for clause in read if (clause.scoring or (clause.condition is not None and clause.has_outcome))
               and not _column_header(clause)]
    share = share_announced(scoring)  # 按任务完成比例得分，完成率≥100%得满分: the share below the band, never a heading
    if share is not None:
        scoring = [clause for clause in scoring if clause.start != share.start] + [share]
    if any(clause.has_outcome or clause.step for clause in scoring if not clause.announces_method):
        # 满意度赋分。如：满意度大于等于90%的得10分…: the heading names the method the rest spells out
        for later in (c for c in scoring if c.announces_method and c.start > _first_scored(scoring)):
            if re.match(r"(?:如|若|如果)", later.text) or _CASE_OF_ITS_OWN.match(later.text) or later.tokens[0].kind == "OTHER":
                # 资料齐全记3分，如有缺失的，此项按比例记分 / …不得分，其他情况按实际完成进度计分: a case's own method
                # after the points, not a heading over them
                raise Unplaced(later, "这一情形的计分方法没有写明比例如何计算（如“按实际完成比例×分值”）")
        scoring = [clause for clause in scoring if not clause.announces_method or clause is share]
    check_lost_dashes([c for c in scoring if c.text.endswith("分)") and c.outcome and c.outcome[0] == "points"])
    context = [clause for clause in read if clause not in scoring]
    unscored = next((c for c in context if c.tokens and c.tokens[0].kind in ("CMP", "OTHER") and not c.has_outcome
                     and any(t.kind in ("VERB", "SCORING") for t in c.tokens) and _VAGUE_SHARE.search(c.text)), None)
    if unscored is not None:  # 未达到的得部分分 / 未达到的降档计分: a case scored, how much not said (once dropped: 0)
        raise Unplaced(unscored, "这一情形写了计分，但没有写明得多少分（请写明得分，或按比例、每少N%扣N分的方法）")
    scoring = drop_restated_titles(scoring)  # 城市污水处理厂建设3分,…已建成投运的得3分: the title, said again
    scoring = rungs_as_levels(scoring)  # 迟报1天扣3分,迟报2天扣10分,迟报3天及以上扣20分: levels of the count
    if sum(1 for clause in scoring if clause.condition is not None and clause.outcome and (
            clause.outcome[0] == "minus" or clause.outcome == ("points", 0))) > 1:
        scoring = thresholds_as_tiers(scoring)  # 低于3%的扣0.25分,低于2%的扣0.5分: tiers of one measure, not both deducted
    for index, clause in enumerate(read[1:-1], start=1):
        if clause in context and clause.condition is not None and not clause.definition and \
                read[index - 1].condition is not None and read[index - 1] in scoring and read[index + 1] in scoring:
            raise Unplaced(clause, "只写了条件，没有写得分")  # ≥90%得5分；80%-90%；低于80%不得分
    if len(scoring) == 1 and [t.kind for t in scoring[0].tokens] == ["OPEN", "PTS", "CLOSE"] and context \
            and _RATE_DEFINED.match(context[0].text):
        # ①资金到位率(%)=实际拨付额/计划拨付额×100%。(10分): a rate defined, then the item's points — the rate × 分值
        return Piecewise((), Scaled(points=scoring[0].outcome[1]))  # type: ignore[index]
    bracketed = bracketed_points(scoring, context)  # 明确分管档案工作的领导(0.5)及岗位职责(0.5)。1分
    if bracketed is not None:
        return bracketed
    if not scoring:
        if "评价要点" in text and any(clause.marker for clause in context) and not _number_before_points(context):
            return Checklist(count=sum(1 for clause in context if clause.marker), equal=True)
        if _SIMPLE_DEFINITION.search(text) or _RATE_OF_COLUMNS.search(text):
            return Piecewise((), Scaled())  # 合同履约及时率=…×100%: the reports score rate × 分值
        if text.strip("。;") in QUALITATIVE_TARGETS or _QUALITATIVE_TARGET.fullmatch(text.strip("。;")):
            return Checklist(count=1, equal=True)  # 年度指标值“按时” / “在计划时间内完成”: met or not met
        bare = _bare_target(context)
        if bare is not None:
            return bare
        numbered = next((c for c in context if (c.unread or c.condition is not None) and not c.definition), None)
        if numbered is not None and not requirements_only(context):
            # a table whose layout was lost (≤1个月 >1个月 … 10 9-8 7-6) is not a text without a method
            raise Unplaced(numbered, "评分标准中有数值，但没有写明计分方法")
        if any(clause.marker and not clause.tokens for clause in context):
            raise Unplaced(text, "评价要点没有内容")
        if "程度分" in text:
            raise Unplaced(text, "写明按程度计分，但没有写明各程度的得分")
        return Manual(NO_METHOD)
    for clause in context:  # 按5、3、1评分。未按期改选扣2分: a method whose numbers nothing reads
        if clause.tokens and clause.tokens[0].kind == "BY" and not clause.definition and clause.condition is None \
                and any(t.kind == "NUM" for t in clause.tokens):
            raise Unplaced(clause, "计分方法中的数值无法识别")
    for clause in context:  # 宣传覆盖率低90%的，每低1%…: a condition whose comparison is not read is lost
        compared = [t for t in clause.unread if (i := clause.tokens.index(t)) and clause.tokens[i - 1].kind == "STEPV"]
        if compared and clause.tokens[-1].kind == "DE" and not clause.definition:
            raise Unplaced(clause, f"数值“{compared[0].text}”前的比较无法识别")
    if _heading_over_items(scoring):
        scoring = scoring[1:]  # the reading's maximum is the heading's points
        if len(scoring) == 1 and situation_award(scoring[0]) and scoring[0].outcome[1] is not None:  # type: ignore[index]
            # (达标得满分 under the heading: no points of its own — once a point worth None, a TypeError)
            return Checklist(points=(scoring[0].outcome[1],))  # type: ignore[index]  # …资格，1分；取得证书，得1分
    elements = read_elements(scoring, context)
    if elements is not None:
        return _scored_elements(*elements, context, text)
    only = situations_only(scoring, context)  # 无年度计划的,不得分;…未以正式文件颁发的,不得分: any of them zeroes
    if only is not None:
        return only
    leading = split_leading_situation(scoring, context)  # 未建立…不得分，…扣2分: never 0 as the points earned
    if leading is not None:
        return ZeroSituations(_composed(leading[0], leading[1], text, label, headed), leading[2])
    try:
        composed = _composed(scoring, context, text, label, headed)
    except Unplaced:
        split = split_zero_situations(scoring, context, text)
        if split is None:
            raise
        try:  # …得2分；…每发现1项扣1分，扣完为止；强制险缺失的，不得分: the rest is the rule, the situations zero it
            return ZeroSituations(_composed(split[0], split[1], text, label, headed), split[2])
        except Unplaced:
            pass
        raise
    if _SET_UP_AWARD.search(text):
        from .set_up_award import set_up_zeroes

        return set_up_zeroes(composed, scoring, zeroing)  # 建立台账的得2分；每发现1处错误扣0.5分: no 台账, no points
    return composed


# 建立台账的得2分 / 制定应急预案的得3分: an award for setting a thing up (set_up_award.py), before faults found in it
_SET_UP_AWARD = lazy_compile(r"(?:建立|建有|制定|编制|设立|成立|出台|印发)[^,;。]{2,14}?的?[,]?(?:得|计|记)")


@functools.cache
def _judged_note() -> str:
    """NUMBERS_JUDGED as the normalised text of a 规范写法 read back has it: it depends on no rule text, so worked out once."""
    return normalize(NUMBERS_JUDGED)


def _kept_compose(scoring: list[Clause], context: list[Clause], text: str, label: str) -> Scorer:
    """The clauses composed, with nothing the composer left aside lost: a gate, a second condition, a level."""
    composed = _gate_kept(_compose(scoring, context, text, label), scoring, context, text)
    return _level_kept(_conditions_kept(composed, scoring, context, text), context, scoring)


def _composed(scoring: list[Clause], context: list[Clause], text: str, label: str, headed: bool = False) -> Scorer:
    try:
        return _total_agrees(_kept_compose(scoring, context, text, label), context)
    except Unplaced as unplaced:
        judged = read_described(scoring, context) if _judged_note() in text else None
        if judged is not None:
            return judged  # a 规范写法 read back: its items' numbers are requirements, as it says (not parts measured)
        parts = _parts(scoring, context, label)
        if parts is not None:
            return parts
        faulted = _with_faults(scoring, context, text, label)
        if faulted is not None:
            return faulted
        described = None if unplaced.certain else read_described(scoring, context)
        if described is not None:
            return described  # 镇区主街道实行14小时以上保洁，得10分: a number in what an item requires
        closing = _closing_total(scoring, context, text, label)
        if closing is not None:
            return closing
        other = None if unplaced.certain else _other_requirement_before(None, scoring, context, text)
        if other is not None:
            raise other from None
        # 2项目管理制度1分: an item, not prose (80%-90%得1分 is a band)
        rest_listed = any(c.marker or (c.text[:1].isdigit() and c.condition is None) for c in scoring[1:]) \
            or any(c.marker for c in context if c.start > scoring[0].start)  # 1.建立制度。(1分)2.…健全。…须超过80%。(1分)
        if len(scoring) > 1 and _heading(scoring[0]) and not rest_listed and not unplaced.certain:
            # ①足额发放薪酬满意度2分。…: the criterion opens with its own name and points, which the
            # rest must then award at most
            try:
                scorer = _kept_compose(scoring[1:], context + scoring[:1], text, label)
            except Unplaced:
                # 条件保障(2分)。…得1分，否则不得分；…增长10%~20%之间得0.5分…: the heading's parts
                scorer = _parts(scoring[1:], context + scoring[:1], label)  # type: ignore[assignment]
                if scorer is None:
                    raise
            heading = next(t.value for t in scoring[0].tokens if t.kind == "PTS")
            if heading in (scorer.implied_max(), Rule(scorer).implied_base()):  # a 加分项 may pass its heading's points
                return scorer
            filled = filled_by_heading(scorer, heading) if scorer.implied_max() is None else None
            if filled is not None:  # 1、项目4分,全年新增低于5个项目本项不计分: the heading's points are the 满分
                return filled
        checked = _parts(scoring, context, label, checked=True)
        if checked is not None:  # (1)无缺会现象3分;…;(3)…不少于4篇4分,每少一篇扣1分;(4)…3分: items beside a part
            return checked
        sentences = (_parts(scoring, context, label, text=text) or _parts(scoring, context, label, checked=True, text=text)) \
            if headed else None
        if sentences is not None:  # …（4分）：建立台账得1分；…得2分，缺1次扣0.5分: no marks, each sentence a part whose
            return sentences  # points the heading's must add up to (semicolon_parts.py)
        raise


def _closing_total(scoring: list[Clause], context: list[Clause], text: str, label: str) -> Scorer | None:
    """…得1分；否则不得分。…得1分；否则不得分。(2分): the points in all, in brackets after the items, which the items
    must make up exactly (the reading's highest score)."""
    last = scoring[-1]
    if len(scoring) < 2 or [t.kind for t in last.tokens] != ["OPEN", "PTS", "CLOSE"] or last.marker \
            or any(c.start > last.start for c in context):
        return None
    try:
        scorer: Scorer | None = _kept_compose(scoring[:-1], context, text, label)
    except (Unplaced, BareFormula):
        scorer = read_described(scoring[:-1], context)  # …资料上传到报率≥95.0%，得1分；否则不得分。…(3分)
    if scorer is not None and scorer.implied_max() is None:  # …每缺一项扣0.75分。(1分): the points deducted from
        return filled_by_heading(scorer, last.outcome[1], said_after=True)  # type: ignore[index]
    return scorer if len(scoring) > 2 and scorer is not None and scorer.implied_max() == last.outcome[1] else None  # type: ignore[index]


def _with_faults(scoring: list[Clause], context: list[Clause], text: str, label: str) -> WithFaults | None:
    """…每减少1%，扣1分。…工程质量，每发现一项质量未达到设计要求的，扣1分，最多扣6分: the measured rule read without the
    faults written after it, which then deduct on top. The measured rule must be steps on a measure (its own
    deductions), so that what the faults count is never the measure's shortfall."""
    # 未纳入规划扣0.25分;考核权重低于3%的扣0.25分,低于2%的扣0.5分;未落实经费的扣0.25分: a measure's tiers that deduct
    # from the 分值, among faults written before or after them
    tiered = split_tiers_among_faults(scoring, context)
    split = split_faults(scoring, context) if tiered is None else None
    if tiered is not None:
        rest, beside, faults = tiered
    elif split is not None:
        rest, faults = split
        beside = [c for c in context if c.start < rest[-1].end]
    else:  # 漏登…1例扣0.1分;…纠错达100%,每低1个百分点扣0.1分 / …85%以上,得0.5分;未落实…扣0.2分;发放率每下降…
        before = split_faults_before(scoring, context)
        if before is None:
            return None
        rest, beside, faults = before
    # the item's points its heading prints (read here too when the heading was dropped as a title the award restates)
    heading = split_heading(text)
    item_points = None if heading is None else heading[2]
    try:
        inner = _kept_compose(rest, beside, text, label)
    except (Unplaced, BareFormula):
        if not (len(rest) > 1 and _heading(rest[0])):
            return None
        try:  # 不动产登记窗口服务评价(4分):好评率≥99%得4分…: the item's name and points, over the measure's own
            inner = _kept_compose(rest[1:], beside, text, label)
        except (Unplaced, BareFormula):
            return None
    if isinstance(inner, Checklist) and tiered is None:
        # ①…（1分）；…④…（2分）。每发现1起商户违规…的，扣0.5分，最多扣2分: the points met, less the faults
        from .checked_with_faults import points_beside_faults, time_point_beside_faults

        counted = [fault for fault, _ in faults]
        if not points_beside_faults(inner, counted) and not time_point_beside_faults(inner, counted):
            return None
        return _total_agrees(WithFaults(inner, tuple(counted), tuple(cap for _, cap in faults)), context)
    if not isinstance(inner, Piecewise) or not inner.default_shape(label).measure:
        return None
    if inner.required is not None and any(_same_situation(inner.required, fault.what) for fault, _ in faults):
        # 优秀率达到30%以上且无不合格案件的得5分；有不合格案件的，每件扣1分: the cases the award needs none of are the
        # ones deducted — 5 less 1 each, or nothing and less still? (once the award lost and each deducted too)
        return None
    if item_points is not None and zero_alone(inner) and inner.otherwise == Award(None):
        # 群众满意度(6分):满意度低于85%的不得分;每发生1起…扣1分: the heading's points are what the rest scores, as they
        # are with the zero alone (满意度<85%不得分；否则得6分) — checked against the 分值 as any award is
        inner = replace(inner, otherwise=Award(item_points))
    if item_points is not None and item_points != inner.implied_max():
        if tiered is not None:
            return None  # (tiers that deduct from the 分值 have no maximum of their own to add the faults' to)
        from .fault_part import faults_worth_their_caps

        # 服务质量(5分):…≥90%得3分…;被投诉经核实的,每起扣1分,最多扣2分: 3 and the faults' 2 make the heading's 5
        # (考核(8分):…得4分…;每缺失一项扣2分: points of the faults' own beside the measure's, or a cap? refused)
        return faults_worth_their_caps(inner, faults, item_points, label)  # type: ignore[return-value]
    counted = [fault for fault, _ in faults]
    if tiered is not None:
        if not tiers_beside_faults(inner, counted, label):
            return None
    else:
        apart = counted_apart(inner, counted)
        floor_said = any(t.kind == "CAP_ALL" for c in scoring + context for t in c.tokens) \
            or _total_is_the_measures(item_points, context, inner)  # 扣完为止 / 最低0分 / (4分) over bands up to 4
        if (inner.kind != "steps" and not beside_bands(inner, counted, label, floor_said)) or (inner.implied_max() is None and not apart):
            return None  # (达到95%以上得2分，有一项未达要求扣1分: what the fault counts could be the level's own shortfall)
    # (…每少1%扣0.1分;未建立工作台账扣1分。总分6分: the points in all, said again, must be the reading's, as for a whole)
    return _total_agrees(WithFaults(inner, tuple(fault for fault, _ in faults), tuple(cap for _, cap in faults)), context)


_SITUATION_WORDS = lazy_compile(r"^(?:发现|存在|出现|发生|有|无|没有|未发现|未出现|未发生)+")


def _same_situation(required: str, fault: str) -> bool:
    """无不合格案件 / 有不合格案件: one situation, said as the award's requirement and as the fault counted."""
    named = _SITUATION_WORDS.sub("", required.strip("，,的 "))
    return len(named) >= 2 and named == _SITUATION_WORDS.sub("", fault.strip("，,的 "))


def _total_is_the_measures(item_points: Decimal | None, context: list[Clause], inner: Scorer) -> bool:
    """不动产登记窗口服务评价（4分）：好评率≥99%得4分…；差评未按期整改的，每件扣0.5分: the item's points, said in its
    heading (or in brackets after it), are the most the measure scores — so the faults have no points of their own
    beside the measure's (as 建制率达标得4分…每缺失一项扣2分 in an item of 8 has) and come off the item's score."""
    most = inner.implied_max()
    if most is None:
        return False
    said = ([] if item_points is None else [item_points]) + [c.stated_total for c in context if c.total_only]
    return bool(said) and all(points == most for points in said)


def _total_agrees(scorer: Scorer, context: list[Clause]) -> Scorer:
    """资料齐全得2分，总分4分: the points in all, said again, must be what the reading can score."""
    said = [c for c in context if c.total_only]
    if not said:
        return scorer
    stated = said[0]
    if any(c.stated_total != stated.stated_total for c in said):  # 1、…每次扣除1分,合计3分;2、…共2分: each item's own
        raise Unplaced(said[1], "写明了多个总分，无法确定各自是哪一部分的分值或扣分上限")
    most = scorer.implied_max()
    if most is None and isinstance(scorer, Formula) and "分值" in scorer.source:
        return scorer  # 得分=实际完成人数/计划人数×分值…(分值4分): the 分值 the formula names, said after it
    if isinstance(scorer, Tiered) and scorer.of_full:
        return scorer  # …按60%-0%计分(该指标分值5分): the 分值 the tiers are shares of, said after them
    if isinstance(scorer, TargetDefault):
        return scorer  # 实际完成值达到指标值得满分，未达到的，按实际完成值/指标值×分值计算。分值10分: the 分值 it scores in full
    if most is None and isinstance(scorer, GradeMap) and not scorer.discretion:
        # 优秀的得满分，良好的得4分，不合格的不得分(本项5分): the 分值 the best grade scores in full, numbered after the
        # grades — no grade worth more than it (良好的得6分 beside 本项5分 is not this item's grading)
        if not scorer.of_full and any(points is not None and points > stated.stated_total for _, points in scorer.grades):
            raise Unplaced(stated, f"写明的总分{general_text(stated.stated_total)}分少于其中一个等级的得分")
        return scorer
    if most is None and isinstance(scorer, Formula) and scorer.zero_when is None:
        from .hundred_point import hundred_point_top  # (here: a formula beside its points only)

        top = hundred_point_top(scorer.tree)
        if top == stated.stated_total:
            return scorer  # 本指标得分=调查得分×10%。（本项10分）: what a score of 100 gives is the item's points
        if top is not None:  # …×10%（本项8分）: 100 gives 10, more than the item's 8 — which is the 分值?
            raise Unplaced(stated, f"写明的总分{general_text(stated.stated_total)}分与计分公式最高可得的"
                                   f"{general_text(top)}分（考核得分为100分时）不一致")
    if most is None:  # 每有一户…扣2分，共计10分: the points deducted from, which the rubric's 分值 must then be
        # (faults deducted once each: 未执行…的扣5分;…扣4分。共计5分,扣完为止 — said after them, not a heading's requirement)
        filled = _deducted_from(scorer, stated.stated_total, said_after=True)  # type: ignore[arg-type]
        if filled is None or filled.implied_max() != stated.stated_total:
            raise Unplaced(stated, f"写明的总分{general_text(stated.stated_total)}分无法确定是本项分值还是扣分上限")
        return filled
    if most != stated.stated_total:
        raise Unplaced(stated, f"写明的总分{general_text(stated.stated_total)}分与各项得分（最高{general_text(most)}分）不一致")
    return scorer


def _faults_once(scorer: Scorer | ZeroSituations) -> bool:
    return isinstance(scorer, FaultKinds) and scorer.award is None


def _deducted_from(scorer: Scorer, points: Decimal, said_after: bool = False) -> Scorer | None:
    """The reading with ``points`` as what it scores from: faults deducted once take them as their award (…的,扣1分;
    …的,扣1分。2分 / …扣4分。共计5分); other deductions as a heading's 满分 (filled_by_heading), else None."""
    if _faults_once(scorer):
        return replace(scorer, award=("", points))  # type: ignore[union-attr]
    return filled_by_heading(scorer, points, said_after=said_after)


def _gate_kept(scorer: Scorer, scoring: list[Clause], context: list[Clause], text: str) -> Scorer:
    """…水质达到考核要求的，得10分；…水质未达到考核要求的，每1处黑臭水体未治理扣2分，每1处排污口未整治扣1分: faults
    counted only when the award's requirement is missed (the gate, read by gated.py for one kind of fault), which a
    reading of the faults alone would drop (once 2 off with the requirement met)."""
    if isinstance(scorer, Gated):
        return scorer
    awarded = [c for c in scoring if c.outcome and c.outcome[0] == "points" and c.outcome[1] and any(t.kind == "VERB" for t in c.tokens)]
    for gate in context:
        if not gate.text.endswith("的") or not re.search(r"未|没有|不", gate.text):
            continue
        after = min((c for c in scoring if c.start >= gate.end), key=lambda c: c.start, default=None)
        if after is None or text[gate.end:after.start].strip() not in (",", "，") or after.occurrence is None \
                or not re.search(r"未|没有|不", after.occurrence[2]):
            continue
        if any(a.start < gate.start and shared_words(gate, a) for a in awarded):
            raise Unplaced(gate, "扣分只在未达到该要求时适用（需另行录入是否达到要求），暂不能按此计分", certain=True)
    return scorer


def _conditions_kept(scorer: Scorer, scoring: list[Clause], context: list[Clause], text: str) -> Scorer:
    """按期结案率达95%以上，年终结案率达100%，得10分: a condition on another measure said before the scored one is a
    second requirement, which a reading of the scored measure alone would drop (once 按期结案率≥100%得10分)."""
    if not isinstance(scorer, Piecewise):
        return scorer
    for clause, after, between in _levels_before_scored(scoring, context, text):
        if clause.label and between in (",", "，") and _other_measure(clause.label, after.label):
            raise Unplaced(clause, f"这一条件与后面“{after.label}”的条件是两个指标，需同时满足才得分，不能按一个完成值计分"
                                   "（请分别写明各自的得分，或作为评价要点由评价人判断是否达到）")
    other = _other_requirement_before(scorer.printed_standard(), scoring, context, text)
    if other is not None:
        raise other
    counted = next((c for c in scoring if c.condition is not None and _COUNT_PER_PERIOD.search(c.text)), None)
    if counted is not None:  # 开展活动每季度1次得2分: once 实际值=1次 (4 in the year scored 0)
        period = _COUNT_PER_PERIOD.search(counted.text).group(1)  # type: ignore[union-attr]
        raise Unplaced(counted, f"次数要求按“每{period}”计，请写明全年（或评价期内）应达到的次数（如“全年不少于4次”）")
    # 完成率达到90%，得3分；满意度达到85%，得2分: bands each naming another measure are no bands of one
    banded = [c for c in scoring if c.condition is not None and c.label]
    other = next((c for c in banded[1:] if _other_measure(banded[0].label, c.label)), None)
    if other is not None:
        raise Unplaced(other, f"这一档的条件是“{other.label}”，与“{banded[0].label}”不是同一个指标，不能作为同一指标的分档计分"
                              "（请分别写明各自的得分，如“…得3分，否则不得分”）")
    # 人数比例(不含学生)≥29.5%…;人数比例(含学生)≥35%: the same name kept to another population is another measure
    scopes = [(c, _scope(c)) for c in banded]
    other = next((c for c, scope in scopes[1:] if scope != scopes[0][1]), None)
    if other is not None:
        raise Unplaced(other, f"这一档的“{other.label}{_scope(other) or ''}”与前面的“{banded[0].label}{scopes[0][1] or ''}”"
                              "括号中写明的范围不同，是两个指标，不能作为同一指标的分档计分（请分别写明各自的得分）")
    return scorer


def _scope(clause: Clause) -> str | None:
    """(不含学生) / (含学生) written after the measure's name: whom it counts (not (%) or (含90%), a unit or a bound)."""
    name = next((t for t in clause.tokens if t.kind == "WORD" and clause.label.endswith(t.text)), None)
    scope = _SCOPE.match(clause.text, name.end - clause.start) if name is not None else None
    return scope.group() if scope is not None and not _BOUND_MARK.match(scope.group()) else None


_SCOPE = lazy_compile(r"\([^()]{0,12}[\u4e00-\u9fff][^()]{0,12}\)")
# (含90%) / (含) / (不含本数): a mark on a number, not whom the measure counts
_BOUND_MARK = lazy_compile(r"^\((?:不)?含(?:本数|本级|\d[\d.]*%?|)\)$")


def _levels_before_scored(scoring: list[Clause], context: list[Clause], text: str) -> Iterator[tuple[Clause, Clause, str]]:
    """Each level said outside the scoring clauses, the scored clause with a level of its own that comes next, and
    what stands between them (a comma, a semicolon)."""
    for clause in context:
        if clause.condition is None or clause.definition or clause.has_outcome or clause.step is not None:
            continue
        after = min((c for c in scoring if c.start >= clause.end), key=lambda c: c.start, default=None)
        if after is not None and after.condition is not None:
            yield clause, after, text[clause.end:after.start].strip()


def _other_requirement_before(standard: tuple[Decimal, str] | None, scoring: list[Clause], context: list[Clause],
                              text: str) -> Unplaced | None:
    """张贴宣传画500张以上,发放宣传资料5000份以上,少1张(份)扣0.05分: once read as 实际值≥5000份 alone (the 500张 lost).
    A level in other units (or of another measure, after a semicolon) said before the scored one is a second
    requirement, which a reading of the scored level alone would drop."""
    for clause, after, between in _levels_before_scored(scoring, context, text):
        from .timely_limit import defines_timeliness  # (only texts with a level before the scored one come here)

        if taken_against(clause, [after]) or standard == (clause.condition.interval.low, clause.condition.unit) \
                or defines_timeliness(clause, after):
            # 标准为120元/人，实际值占标准的比例≤100%得4分 / 计划新建20座，完成率100%得2分 (stated_plan.py): the scored
            # measure is taken against it; 应在48小时内修复，修复及时率100%得3分: what 及时 means (timely_limit.py)
            continue
        if counted_by_rate(clause, after):
            continue  # 抽查病历50份，合格率≥95%得2分: the sample (or the standard, the target) the rate is counted by
        if between in (",", "，", ";", "；") and _other_unit(clause.condition.unit, after.condition.unit) \
                or between in (";", "；") and _other_measure(clause.label, after.label):
            return Unplaced(clause, "这一条件与后面的条件是两个不同的要求（单位或指标不同），计分只按其中一个，另一个的数值无法计入"
                                    "（请分别写明各自的得分或扣分）", certain=True)
    return None


def _other_unit(one: str | None, other: str | None) -> bool:
    """500张 / 5000份, 90% / 50人: levels in other units are other requirements."""
    return bool(one) and bool(other) and one != other


def _other_measure(one: str, other: str) -> bool:
    """完成率 / 满意度: two measures named (not 预算执行率 / 执行率, the same one named shorter)."""
    one, other = one.lstrip("按"), other.lstrip("按")
    return len(one) >= 2 and len(other) >= 2 and not one.endswith(other) and not other.endswith(one) \
        and bool(_MEASURE_NAME.search(one)) and bool(_MEASURE_NAME.search(other))


# 完成率 / 满意度 / 比上年度增幅 (not 比例, 面积: a measure named loosely)
_MEASURE_NAME = lazy_compile(r"(?:[\u4e00-\u9fff]{2}(?:率|度)|增幅|降幅|涨幅)$")


def _level_kept(scorer: Scorer, context: list[Clause], scoring: list[Clause]) -> Scorer:
    """科级干部中35岁及以下的不低于总数的20%，得1分；每低1%扣0.05分: a level the steps start from, left unread
    (its 35 not placed), would have them start from 100% instead."""
    if isinstance(scorer, Piecewise) and not scorer.cases and isinstance(scorer.otherwise, Deduction) \
            and scorer.otherwise.reference is None and scorer.level is None:  # (计划…25公里，完成率每降低10%: a plan's share)
        lost = next((c for c in context if c.condition is not None and c.unread and not c.definition), None)
        if lost is not None:
            raise Unplaced(lost, f"数值“{lost.unread[0].text}”无法识别其含义（扣分从哪一水平算起因此无法确定）")
        # 每少1人扣1分,培训人数不少于50人: the level said after the steps, once dropped (the steps from an entered target)
        after = next((c for c in context if c.condition is not None and not c.definition and not c.has_outcome
                      and c.step is None and c.condition.unit and isinstance(c.condition.interval.low or c.condition.interval.high, Decimal)), None)
        if after is not None:
            raise Unplaced(after, "这一水平写在扣分之后，无法确定是否为扣分的起点（请写在前面，如“不少于50人，每少1人扣1分”）",
                           certain=True)
    if isinstance(scorer, FaultKinds):
        from .stated_plan import plan_of_another_thing, plan_stated  # (fault kinds' readings only)

        for clause in context:
            other = next(((thing, fault) for fault in scorer.faults
                          if (thing := plan_of_another_thing(clause, fault.what, fault.unit)) is not None), None)
            if other is not None:  # 计划改造28个片区，每少完成1个小区扣0.3分: 片区 planned, 小区 counted short
                raise Unplaced(clause, f"计划数的是“{other[0]}”，扣分数的是“{other[1].what}”，不是同一计数对象，比计划少多少无法确定"
                                       f"（请按同一对象写明，如“计划改造28个{other[0]}，每少完成1个{other[0]}扣0.3分”）", certain=True)

        planned = next((c for c in context if c.condition is not None and any(f.unit == c.condition.unit for f in scorer.faults)
                        and plan_stated(c)), None)
        if planned is not None:  # 计划新建服务站20个，每少建1个扣0.3分: the shortfall from the plan, not faults counted apart
            raise Unplaced(planned, f"计划数量“{planned.text}”没有读入计分，扣分按比计划少的数量计算时请写明达到计划的得分"
                                    "（如“完成计划得满分，每少1个扣0.3分”）", certain=True)
        # 超过30天未更新台账的扣1分: a level, split off before the fault's words (after a count, a failure opens a
        # situation of its own), was dropped and the fault named 未更新台账 — ticked for a delay of a day
        glued = next((c for c in context if c.condition is not None and not c.has_outcome and c.step is None
                      and _LEVEL_ONLY.issuperset(t.kind for t in c.tokens) and any(t.kind == "NUM" for t in c.tokens)
                      and any(f.start == c.end for f in scoring)), None)
        if glued is not None:
            raise Unplaced(glued, f"扣分情形前的“{glued.text}”没有读入扣分情形，无法按原意计分"
                                  "（请写在情形之中，如“未更新台账超过30天的扣1分”）", certain=True)
    return scorer


_LEVEL_ONLY = frozenset({"CMP", "NUM", "SUF", "RANGE", "INCL"})  # 超过30天 / 30天以上 / 3-5天: a level and nothing else


def _scored_elements(value: ElementValue, rest: list[Clause], context: list[Clause], text: str) -> Scorer:
    """具备要素1得20%…业绩值为100%得满分，每降低1%扣权重分的1%: the rest scores the elements' sum."""
    try:
        scorer = compose_piecewise(rest, context, text, value.name, bare=value.unit == "") if rest else None
    except BareFormula as formula:
        raise Unplaced(formula.clause, f"{value.name}由得分要素构成，不能再用计分公式计分") from None
    if not isinstance(scorer, Piecewise) or scorer.unit != value.unit or scorer.level or scorer.gate or scorer.required:
        raise Unplaced(rest[0] if rest else text, f"写明了{value.name}如何由得分要素构成，但没有写明{value.name}如何计分")
    return replace(scorer, elements=value)


# Qualitative 年度指标值 of self-assessment tables: scored as met (满分) or not met (0).
QUALITATIVE_TARGETS = frozenset({
    "及时", "按时", "是", "完成", "按时完成", "达标", "合格", "有效", "已完成", "全部完成", "100%完成",
    "显著提升", "明显提升", "有所提升", "逐步提升", "明显改善", "有效改善", "持续改善", "显著", "明显",
})


# 在项目计划完成时间内完成 / 规章制度建立与否 / 是否按时完成: a 年度指标值 stated as a state reached or not
_QUALITATIVE_TARGET = lazy_compile(
    r"(?:是否)?[\u4e00-\u9fff]{0,16}(?:内完成|前完成|按时完成|按期完成|建立与否|是否建立|完成与否|到位与否|达标与否|质量合格|范围内)"
    r"|(?:\d{4}年)?\d{1,2}-\d{1,2}月(?:份)?"  # 年度指标值“1-12月”: the period the work covers, kept or not
    r"|(?:完成时间|完成时限|完成期限|截止时间)?(?:为|在|于)?(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?(?:前|之前|以前)?(?:完成)?"  # a deadline
)


_TARGET_LABEL = lazy_compile(r"(?:年度|全年|本年)?(?:指标值|目标值|绩效目标|标准值|指标)")


def _number_alone(clause: Clause) -> bool:
    return [token.kind for token in clause.tokens] == ["NUM"]


def _bare_target(context: list[Clause]) -> Scorer | None:
    """95% / 15万元 / ≥120元/人·月 standing alone: a self-assessment target, ≥ unless it says otherwise."""
    stated = [clause for clause in context if clause.condition is not None or clause.unread]
    if len(stated) != 1 or any(clause.definition for clause in context):
        return None
    clause = stated[0]
    explicit = any(token.kind in ("CMP", "SUF") for token in clause.tokens)
    if clause.condition is not None and TARGET in clause.condition.interval.bounds():
        return None  # 达到指标值 alone names no level
    if clause.condition is not None and not clause.unread and "是否" in clause.text and explicit:
        # 油茶种植总面积是否达到1000亩以上: a yes/no question — reached, the points; not, nothing
        return Piecewise(((clause.condition.interval, Award(None)),), unit=clause.condition.unit, stated_otherwise=True)
    if any(other.end <= clause.start and not _TARGET_LABEL.fullmatch(other.text) for other in context if other is not clause):
        # 有相关学习材料，有考核办法，…知晓率≥90%: requirements in words before the measure, which a target
        # reading (the measure alone) would drop
        return None
    if clause.condition is not None and not clause.unread and (explicit or clause.condition.unit or _number_alone(clause)):
        # 科目调整次数≤10次 / 享受资助人数达到预计值2100 / 8755 in a 自评表's 指标值 column: its unit is the entered
        # values' (全县参合人数 8755, 完成值 8676)
        return target_from(clause)
    if _number_alone(clause) and clause.tokens[0].unit:
        token = clause.tokens[0]
        return target_from(replace(clause, condition=Condition(Interval(token.value), token.unit), unread=[]))
    return None


def states_scoring_method(text: str) -> bool:
    """Whether the text has any clause that scores (得N分、扣N分、不得分、计分 …)."""
    return any(clause.scoring for clause in clauses(_drop_findings(rejoin_lines(normalize(text)))))


def _column_header(clause: Clause) -> bool:
    """分值 / 得分 as a column of a self-assessment table row, not a scoring sentence."""
    return len(clause.tokens) == 1 and clause.tokens[0].kind in ("FULL", "SCORING")


def _clamp_alone(clause: Clause) -> bool:
    return clause.clamp and all(t.kind == "CLAMP" for t in clause.tokens)


_VAGUE_SHARE = lazy_compile(r"部分分|降档|降级|相应分|适当分|少量分")


_ITEM_HEADING = lazy_compile(r"([\u4e00-\u9fff“”]{2,30})\(\d+(?:\.\d+)?分\)")


def _rate_of_formula(subject: str, tree: object, named: str) -> object | None:
    """The ratio a formula multiplies its points by, when ``subject`` is the rate the formula's own clause names before
    its 得分 (``named``): 到位率 beside 项目资本金到位率得分=实际到位资本金/应到位资本金×分值 is 实际到位资本金/应到位资本金
    (执行率 beside it, or beside a formula naming no rate, is another measure: left unread)."""
    from .formula import FBin

    if not subject.endswith("率") or not named.endswith(subject) or not isinstance(tree, FBin) or tree.op != "×":
        return None
    ratios = [side for side in (tree.left, tree.right) if isinstance(side, FBin) and side.op in ("/", "÷")]
    return ratios[0] if len(ratios) == 1 else None


_DEVIATION_WORD = lazy_compile(r"偏差(?:率|度|幅度)?|偏离(?:率|度|幅度)?")


def _deviation_of_formula(subject: str, tree: object) -> object | None:
    """偏差 beside 得分=(1-|实际支出-预算金额|/预算金额)×4: the deviation the formula itself takes, the size of a difference
    over its base (|实际支出-预算金额|/预算金额) — only when the formula holds exactly one such quotient."""
    from .formula import FAbs, FBin, FGroup, FNeg

    if not _DEVIATION_WORD.fullmatch(subject):
        return None
    found: list = []

    def walk(node: object) -> None:
        if isinstance(node, FBin):
            if node.op in ("/", "÷") and isinstance(node.left, FAbs):
                found.append(node)
            walk(node.left)
            walk(node.right)
        elif isinstance(node, (FGroup, FNeg, FAbs)):
            walk(node.inner)

    walk(tree)
    return found[0] if len(found) == 1 else None


def _formula_zeroed(formula: BareFormula, scoring: list[Clause]) -> tuple | None:
    """得分=(1-10×调剂金额/年初预算数)×分值。其中:若调剂金额/年初预算数>0.1，此项得0分: a zero when a
    quantity of the formula's own parts passes a bound (the parts must be the formula's, or the rate the text names
    that its ratio is)."""
    others = [c for c in scoring if c is not formula.clause]
    if len(scoring) != 2 or formula.clause.condition is not None or len(others) != 1:
        return None
    zero = others[0]
    if zero.outcome != ("points", Decimal(0)) or zero.condition is None or zero.unread or zero.step or zero.per is not None:
        return None
    kinds = [token.kind for token in zero.tokens]
    if "CMP" not in kinds:
        return None
    subject = "".join(token.text for token in zero.tokens[: kinds.index("CMP")])
    subject = re.sub(r"^(?:其中)?(?:若|如|当|如果)", "", subject)
    ratio = _rate_of_formula(subject, formula.tree, formula.clause.text.partition("得分")[0])
    deviation = _deviation_of_formula(subject, formula.tree) if ratio is None else None
    if ratio is not None:  # 资本金到位率得分=实际到位资本金/应到位资本金×分值；到位率低于50%的，不得分
        subject, tree = render_formula(ratio), ratio
    elif deviation is not None:  # (偏差超过25%的不得分: the word kept, as a condition cannot hold |…|)
        tree = deviation
    else:
        try:
            tree = parse_formula(subject)
        except RuleError:
            return None
    if not formula_names(tree) or not formula_names(tree) <= formula_names(formula.tree):
        return None
    interval = zero.condition.interval
    if (interval.low is None) == (interval.high is None) or interval.magnitude or zero.condition.unit not in ("", "%"):
        return None
    from .formula import RATE_SUFFIXES, FName

    compared = kinds.index("CMP")
    if zero.condition.unit == "%" and (any(kind == "WORD" for kind in kinds[compared + 1:kinds.index("NUM")] if "NUM" in kinds)
                                       or isinstance(tree, FName) and not tree.name.endswith(RATE_SUFFIXES)):
        return None  # 实际资助人数低于计划70%的: a share of the plan, never 0.7 persons (once read so)
    bound = interval.low if interval.low is not None else interval.high
    opening = next((i for i, t in enumerate(formula.clause.tokens) if t.kind in ("SCORE_IS", "BY")), 0)
    if any(t.kind in ("NUM", "PTS") and t.value not in (bound, Decimal(1)) for t in formula.clause.tokens[:opening]):
        return None  # 6%-100%之间按执行率×分值计分 beside 低于60%的不得分: the range written is not the rest
    if interval.low is not None:
        return subject, tree, "≥" if interval.low_inclusive else ">", interval.low
    return subject, tree, "≤" if interval.high_inclusive else "<", interval.high


_PART_OWN_TOTAL = lazy_compile(r"\(本款\d+(?:\.\d+)?分\)$")
_PART_POINTS = lazy_compile(r"^[^,;。:]{0,24}?\((\d+(?:\.\d+)?)分\)(?:[:：]| |$)")


def _parts(scoring: list[Clause], context: list[Clause], label: str, checked: bool = False, text: str = "") -> Parts | None:
    """(1)…得1.2分；未完成的…每低于5个百分点扣0.1分。(2)…得0.3分；未…不得分: parts of one indicator, each read as
    a rule of its own (with its own points), when the whole does not read as one. ``checked``: once the whole is no
    list of items either, parts that are items checked are read as such and joined (checked_parts.py). ``text`` (the
    last resort): parts a semicolon apart, when no mark or title starts them."""
    # ((1)…(2)… / 一是…二是…: parts marked so, their marks the text's own)
    starts = sorted(c.start for c in scoring + context if c.marker and (c.marker.startswith("(") or c.marker.endswith("是")))
    if len(starts) < 2:
        starts = _measure_starts(scoring)
    if len(starts) < 2:  # 1.…得1分；延期报送不得分。2.…得2分；…每认定1项扣0.5分: numbered parts, each its own rule
        starts = sorted(c.start for c in scoring + context if c.marker and _NUMBERED.fullmatch(c.marker))
    if len(starts) < 2:  # …得1分，否则不得分；…增长超过20%得1分: a 否则 closes the part before it
        starts = _closed_starts(scoring)
    if len(starts) < 2:  # …每降低1个百分点扣0.5分,扣完为止;平时暗访及信访举报情况1分,…: a title opens the next part
        starts = titled_starts(scoring)
    if len(starts) < 2 and text:  # 建立台账得1分；配备到位得2分；…得2分，缺1次扣0.5分: each sentence a part, once
        starts = semicolon_starts(scoring, context, text)  # nothing else reads the whole (semicolon_parts.py)
    if len(starts) < 2 or any(c.start < starts[0] for c in scoring):
        return None
    bounds = starts + [max(c.end for c in scoring + context) + 1]
    parts: list[Scorer] = []
    texts: list[str] = []
    own_totals: set[int] = set()  # where a part's own points are said (本款3分), no total of the whole
    for low, high in zip(bounds, bounds[1:]):
        # each part read as if written alone: its (1) is not a 评价要点 mark
        own = [replace(c, marker=None) if c.start == low else c for c in scoring if low <= c.start < high]
        beside = [replace(c, marker=None) if c.start == low else c for c in context if low <= c.start < high]
        if not own or any(c.per_period or c.condition is not None and EVERY_PERIOD.search(c.text) for c in own + beside):
            return None  # (每季度开展走访不少于1次得2分: a level per period, which a part alone would read as the year's)
        texts.append(" ".join(c.text for c in own))
        # (2)0-6岁儿童健康管理率(4分):≥90%得4分,…: the part's own heading, its name and points, over its rule — read as a
        # whole text's heading is, the rest composed beside it and worth those points (once the heading was an item or a
        # grade of its own: (1)预算编制完整性(3分):所有收支全部纳入预算得3分 worth 6, 制度执行(2分) a grade to pick)
        part = _under_own_heading(own, beside, texts[-1], label)
        try:
            # (the checks a whole text passes: a second measure, a gate)
            part = part or _kept_compose(own, beside, texts[-1], label)
        except Unplaced:
            # (1)无缺会现象3分: an item and its points, which only a list of items reads (then joined below)
            part = read_described(own, beside) if checked else None
            if not isinstance(part, Checklist):
                part = _faults_alone(texts[-1], label)
            if part is None:
                return None
        said = [c for c in beside if c.total_only]
        if part.implied_max() is None and not said:
            # (2)…每少1场扣1分，最多扣3分（本款3分）: the part's points in brackets closing its last clause — 本款, the
            # part's own wherever it stands
            said = [_bracket_alone(c) for c in own if c.stated_total is not None and _PART_OWN_TOTAL.search(c.text)]
        if part.implied_max() is None and len(said) == 1 and (_said_within(said[0], scoring + context)
                                                                 or _PART_OWN_TOTAL.search(said[0].text)):
            # (2)登记差错每发生1起扣1分，本款3分，扣完为止；(3)…: the part's points, said inside it — more of the text
            # follows them (at the very end they may be the whole's: …不得分。总分4分)
            try:
                part = _total_agrees(part, said)
            except Unplaced:
                return None
            own_totals.add(said[0].start)
        if part.implied_max() is None or isinstance(part, Parts):
            return None  # a part's points must be its own
        headed = _PART_POINTS.match(texts[-1])
        if headed and checked and isinstance(part, Checklist) and len(part.points) == len(own):
            headed = None  # (1)评价要点：①无缺会现象（3分）；②…: the first item's points, not a heading's
        if headed and part.implied_max() != Decimal(headed.group(1)):
            return None  # (一)制度建设(1分):建立制度得1分: the heading's points are the part's, not a 评价要点 of 1分 more
        parts.append(part)
    if checked:  # (1)…3分;(2)…5分;(3)…不少于4篇4分,每少一篇扣1分: the items checked are one checklist
        joined = joined_checks(parts, texts)
        if joined is None:
            return None  # (the parts alone were read before)
        parts, texts = joined
    measured = [index for index, part in enumerate(parts) if "measure" in inputs_of(part.default_shape(label))]
    measures: list[str | None] = [None] * len(parts)
    if len(measured) > 1:  # 完成率…；造林成活率…: each rate entered under the name the text gives it
        for index in measured:
            measures[index] = _own_rate(parts[index], texts[index])
        names = [measures[index] for index in measured]
        if None in names or len(set(names)) < len(names):
            return None
        counted = [index for index in measured if getattr(parts[index], "unit", "%") != "%"]
        if len(counted) > 1:
            return None  # (a count named beside rates only: 下达天数≤15日…；再次分配资金下达天数≤30日… is refused as it was)
    last = max(c.end for c in scoring)
    closing = [c.stated_total for c in context if c.total_only and c.start > last and c.start not in own_totals]
    if any(said != sum((part.implied_max() for part in parts), Decimal(0)) for said in closing):  # type: ignore[misc]
        return None  # …;…得1分,未建有,不得分。总分4分: the points in all, said after the parts, must be theirs
    used: set[str] = set()
    for index, part in enumerate(parts):
        kinds = set() if measures[index] else inputs_of(part.default_shape(label))
        if kinds & used:
            return None  # no two parts read the same input
        used |= kinds
    return Parts(tuple(parts), tuple(measures) if any(measures) else ())


def _faults_alone(text: str, label: str) -> Scorer | None:
    """三是按月考勤、按月发放补贴的得3分，有1项未做到扣1.5分: a part that is its own points less what is found
    wanting in it (each fault deducted, 扣完为止 as its points end) — read as the part's text alone reads, which the
    clauses among the others' do not; None for anything else."""
    try:
        scorer = read_scorer(text, label, headed=False)
    except (Unplaced, RuleError, BareFormula):
        return None
    if isinstance(scorer, ItemFailures) and scorer.base is not None and scorer.per is not None:
        return scorer
    return None


def _bracket_alone(clause: Clause) -> Clause:
    """最多扣3分(本款3分) → (本款3分): the bracket closing a clause, as a clause of its own (the points in all it says)."""
    opening = max(i for i, t in enumerate(clause.tokens) if t.kind == "OPEN")
    return Clause(clause.text[clause.text.rindex("("):], clause.end - len(clause.text) + clause.text.rindex("("), clause.end,
                  clause.tokens[opening:], stated_total=clause.stated_total)


def _under_own_heading(own: list[Clause], beside: list[Clause], text: str, label: str) -> Scorer | None:
    """The part read under its own heading — its first clause the name and the points in brackets (名称(N分), as the
    part's text opens), nothing else, no mark after it — the rest worth exactly those points; or None."""
    headed = _PART_POINTS.match(text)
    if len(own) < 2 or headed is None or not _heading(own[0]) or any(c.marker for c in own[1:]) \
            or not re.sub(r"[\s:：]", "", own[0].text).endswith(f"({headed.group(1)}分)"):
        return None
    try:
        part = _kept_compose(own[1:], sorted(beside + own[:1], key=lambda c: c.start), text, label)
    except Unplaced:
        return None
    return part if part.implied_max() == Decimal(headed.group(1)) else None


def _said_within(said: Clause, clauses: list[Clause]) -> bool:
    """A total said before more of the text (扣完为止 of its own part, or a next part): not the text's closing words."""
    return any(c.start > said.start for c in clauses)


_NUMBERED = lazy_compile(r"\d{1,2}[.、]|[一二三四五六七八九]是")  # (一是…；二是…: the ordinal said, as 1、 is)
_ITEM_POINTS = lazy_compile(r"\(\d+(?:\.\d+)?分\)$")


def _closed_starts(scoring: list[Clause]) -> list[int]:
    """Where a part starts after a 否则不得分 that closes the one before it (no (1)(2) marks), or after the open last
    band of a ladder (15—30分钟到达得0.3分,30分钟以上不得分;镇区内部交通组织合理得0.5分): every value of the measure is
    scored by then, so what follows without a level of that measure is a part of its own."""
    closed = [index + 1 for index, clause in enumerate(scoring[:-1])
              if (clause.otherwise and clause.outcome == ("points", Decimal(0)) and len(clause.tokens) == 2)
              or (index and _closes_ladder(scoring[index - 1], clause, scoring[index + 1]))]
    if not closed or _heading(scoring[0]):
        return []  # (条件保障(2分)。…: the heading is no part; its own reading splits what follows it)
    return [scoring[0].start] + [scoring[index].start for index in closed]


def _named_in_another_unit(scorer: Parts, label: str, text: str) -> bool:
    """The one measured part of ``scorer`` counts in a unit (分钟) other than the number its name was found with
    (镇区人均道路面积达15平方米, another part's requirement): the name is not that part's measure."""
    measured = [part for part in scorer.parts if isinstance(part, Piecewise) and "measure" in inputs_of(part.default_shape(label))]
    if len(measured) != 1 or not measured[0].unit or label in ("完成率", "实际值"):
        return False
    named = re.search(re.escape(label) + r"(?:达到|达|为|不低于|不少于|在|≥|>)?\d+(?:\.\d+)?([\u4e00-\u9fff%㎡]{1,3})", text)
    return named is not None and not named.group(1).startswith(measured[0].unit)


def _closes_ladder(before: Clause, clause: Clause, after: Clause) -> bool:
    """30分钟以上不得分 after 15—30分钟到达得0.3分, then 镇区内部交通组织合理得0.5分: the ladder's open band scoring 0,
    after a band of the same unit, and a next clause with no level of that unit."""
    condition = clause.condition
    if condition is None or clause.outcome != ("points", Decimal(0)) or clause.step is not None or clause.per is not None \
            or clause.unread or before.condition is None or before.condition.unit != condition.unit or not condition.unit:
        return False
    interval = condition.interval
    return (interval.low is None) != (interval.high is None) and before.outcome is not None \
        and before.outcome[0] == "points" and (after.condition is None or after.condition.unit != condition.unit)


def _measure_starts(scoring: list[Clause]) -> list[int]:
    """任务完成率达到100%,得10分,低于100%,…;造林成活率达95%,得10分,…: where a sentence names another rate
    and compares it, a new part starts (no (1)(2) marks)."""
    starts: list[int] = []
    current = None
    for clause in scoring:
        named = _RATE_NAMED.match(clause.text)
        if clause.condition is None or named is None:
            continue
        name = re.split(r"[内的中之]", named.group(1))[-1]
        if name != current:
            starts.append(clause.start)
            current = name
    before = [c for c in scoring if c.start < starts[0]] if len(starts) == 1 else []
    if before and all(c.condition is None or c.condition.unit != "%" for c in before) and any(c.step is not None or c.per is not None for c in before):
        # 完成…任务数,得2分,…少一个扣0.5分;…建有率达100%以上,得1分: a rate named after a part that deducts on its own
        # and measures none (资料齐全得2分;完成率达到100%得3分 stays one list of items, the rate's level judged)
        starts.insert(0, scoring[0].start)
    return starts if len(starts) > 1 else []


# (经常参加体育锻炼的人数比例(不含学生)≥29.5%: a note in brackets after the name; 比上年度增幅达到0.5%: a change named)
_RATE_NAMED = lazy_compile(r"^([\u4e00-\u9fff()“”]{0,20}?(?:率|满意度|比例|占比|增幅|降幅))(?:\([\u4e00-\u9fff]{1,8}\))?"
                           r"(?:在|为|达到|达|不低于|≥|>|大于|高于|超过|低于|<|未达到)")


_NOT_COUNTED = frozenset({"倍", "天", "日", "个月", "月", "年", "周", "小时", "分钟", "工作日", "个工作日", "个星期"})


def _at_least(part: Piecewise) -> bool:
    """不少于4场，每少1场扣1分 / 达到300个的得4分: a count held to a level from below (steps short of it, or bands each open
    above), never one kept under a limit."""
    if isinstance(part.otherwise, Deduction) and part.otherwise.direction != "below":
        return False
    return all(interval.high is None or interval.low is None and outcome == Award(Decimal(0))
               for interval, outcome in part.cases)


def _own_rate(part: Scorer, text: str) -> str | None:
    """The name a part's rate is entered by: a rate's bands or formula written with its name and no target — or a
    count's ((2)组织专场招聘会不少于4场，每少1场扣1分 beside (1)就业率≥90%得4分: 专场招聘会 entered as 3场 by its name,
    as the rate is by its own), its level printed in a unit of the lexicon's counts."""
    if not isinstance(part, Piecewise) or part.gate or part.required or part.elements or part.level:
        return None
    if part.unit != "%" and (part.unit not in COUNT_UNITS or part.unit in _NOT_COUNTED or not _at_least(part)):
        return None  # (师幼比达到1:15以内 / 平均办结时间不超过30日: a multiple, a time, an upper limit — no count of things done)
    if any(from_target(bound) for interval, _ in part.cases for bound in interval.bounds()):
        return None
    if part.unit != "%":  # (a count named by the words before its level — never the 实际值 or 完成率 of no name)
        compared = next((c for c in clauses(text) if c.condition is not None), None)
        name = compared.label if compared is not None else ""
        return name if re.fullmatch(r"[\u4e00-\u9fff“”]{2,20}", name) and name not in ("完成率", "实际值") else None
    label = _label(text)
    return label if label != "完成率" or text.startswith("完成率") else None


def _heading_over_items(scoring: list[Clause]) -> bool:
    """1.分解节能目标，2分；将节能目标分解到部门，得1分，分解到岗位，得1分: the item's name and its points, which
    the unmarked points awarded after it (each with its verb) make up exactly."""
    rest = [c for c in scoring[1:] if not (c.otherwise and c.outcome == ("points", Decimal(0)))]  # (…得1分，否则不得分)
    return len(rest) > 0 and _heading(scoring[0]) and any(t.kind == "WORD" for t in scoring[0].tokens) and not any(
        c.marker for c in rest
    ) and all(any(t.kind == "VERB" for t in c.tokens) for c in rest) and _points_of(rest) == _points_of(scoring[:1])


def _points_of(scoring: list[Clause]) -> Decimal | None:
    """The points the clauses award between them, when each awards a number of points and nothing else."""
    if any(c.outcome is None or c.outcome[0] != "points" or not c.outcome[1] or c.condition is not None or c.step
           or c.per is not None or c.otherwise for c in scoring):
        return None
    return sum((c.outcome[1] for c in scoring), Decimal(0))  # type: ignore[index,misc]


def _heading(clause: Clause) -> bool:
    """①足额发放薪酬满意度2分 / 预算执行情况(万元)(20分): the criterion's name and points."""
    tokens = clause.tokens  # (人口自然增长率(10分): 增长 inside the name, no step without its number)
    kinds = ["WORD" if t.kind == "STEPV" and (i + 1 == len(tokens) or tokens[i + 1].kind != "NUM") else t.kind for i, t in enumerate(tokens)]
    if kinds[-3:] == ["OPEN", "PTS", "CLOSE"]:
        kinds = kinds[:-3] + ["PTS"]
    kinds = [kind for kind in kinds if kind not in ("OPEN", "CLOSE")]
    # (…满分2分: 满分 names the points that follow it, never a word away from them)
    return kinds.count("PTS") == 1 and kinds[-1] == "PTS" and set(kinds) <= {"WORD", "REF", "FULL", "PTS"} \
        and ("FULL" not in kinds or kinds.index("FULL") == len(kinds) - 2)


# 未覆盖的不得分 after 培训覆盖率达到90%的得3分: 未 with the rate's own action is the other side of its level
# (建有率达100%以上,得1分,未建有,不得分: a comma before the zero)
_SHORT_OF_THE_MEASURE = lazy_compile(r"(?:如|若)?未([\u4e00-\u9fff]{1,4}?)的?[，,]?(?:则)?(?:此项|该项|本项)?(?:不得分|得0分|计0分|记0分)")


# 未全覆盖的，得分=覆盖率×2 after 覆盖率100%，得2分: the rate's action not done (in full), then the formula for it
_MEASURE_SHORT_THEN_FORMULA = lazy_compile(r"(?:如|若)?未(?:全|完全|全部)?([\u4e00-\u9fff]{1,4}?)的[，,]?(?=得分=)")


def _measure_missed(scoring: list[Clause]) -> list[Clause]:
    measured = [c.label for c in scoring if c.condition is not None and c.label.endswith("率")]
    if len(set(measured)) != 1:
        return scoring
    rate = measured[0]

    def missed(clause: Clause) -> bool:
        if clause.otherwise or clause.condition is not None:
            return False
        if clause.outcome == ("points", 0):
            short = _SHORT_OF_THE_MEASURE.fullmatch(clause.text)
        elif clause.outcome is not None and clause.outcome[0] == "formula" and len(measured) == 1:
            short = _MEASURE_SHORT_THEN_FORMULA.match(clause.text)  # (only beside the one level it is the other side of)
            if short is not None and not re.match(rf"[\u4e00-\u9fff]*{rate[-3:]}×", clause.outcome[1]):
                return False  # (…，得分=到位率×2 after 覆盖率100%: another rate, not the level's other side)
        else:
            return False
        return short is not None and rate[:-1].endswith(short.group(1))

    return [replace(c, otherwise=True) if missed(c) else c for c in scoring]


def _below_the_floor(held: Interval, rest: Interval) -> bool:
    """``rest`` is all below the floor ``held`` starts at: 不低于800 / 低于800."""
    return held.high is None and held.low is not None and rest.low is None and rest.high == held.low \
        and rest.high_inclusive != held.low_inclusive


def _mirrored(interval: Interval) -> Interval:
    """The interval's bounds swapped, so that a ceiling is checked as a floor is (不超过预算 / 超出预算)."""
    return replace(interval, low=interval.high, low_inclusive=interval.high_inclusive,
                   high=interval.low, high_inclusive=interval.low_inclusive)


def _other_side_before_formula(scoring: list[Clause]) -> list[Clause]:
    """培训人数不低于800人,得3分;低于800人的,按实际培训人数/800×3分计算: the one level's other side, said again before
    the formula, is 否则 (what 未达到的 says). Only the exact other side of the one level before it — the same number and
    unit, its inclusion turned (不低于800 / 低于800; 未超过预算 / 超出预算) — never another level (低于700人的 leaves
    700-800 unsaid)."""
    levels = [c for c in scoring if c.condition is not None]
    if len(levels) != 2 or scoring.index(levels[0]) > scoring.index(levels[1]):
        return scoring
    level, other = levels
    if other.outcome is None or other.outcome[0] != "formula" or other.otherwise:
        return scoring
    opening = next((i for i, t in enumerate(other.tokens) if t.kind in ("SCORE_IS", "BY")), None)
    held, rest = level.condition.interval, other.condition.interval  # type: ignore[union-attr]
    if opening is None or level.condition.unit != other.condition.unit or held.magnitude or rest.magnitude \
            or not (_below_the_floor(held, rest) or _below_the_floor(_mirrored(held), _mirrored(rest))):  # type: ignore[union-attr]
        return scoring
    said = replace(other, condition=None, otherwise=True, tokens=other.tokens[opening:])  # (the level said, not unplaced)
    return [said if c is other else c for c in scoring]


def _compose(scoring: list[Clause], context: list[Clause], text: str, label: str) -> Scorer:
    scoring = _other_side_before_formula(_measure_missed(scoring))
    first_error: Unplaced | None = None
    stray: StrayAward | None = None  # an award beside faults, named over a per-item deduction the bands' reading could not count
    shares = [c for c in scoring if c.per_of_full]
    if shares and shares[0].step is None:
        raise Unplaced(shares[0], "按分值的比例扣分只能用于步长扣分（如“每降低1%扣分值的1%”）", certain=True)
    for composer in [] if shares else COMPOSERS:  # a share of the 分值 per step: only the steps of a piecewise rule
        try:
            scorer = composer(scoring, context, text)
        except Unplaced as error:
            if error.certain:
                raise
            # (a list of faults but for one clause: that clause is the culprit, whatever another reading met first)
            first_error = error if isinstance(error, UnreadFault) and not isinstance(first_error, UnreadFault) else first_error or error
            stray = stray or (error if isinstance(error, StrayAward) else None)
            continue
        except BareFormula:
            continue  # a composer that reuses the bands' reader met a formula: the bands' own reading below names it
        if scorer is not None:
            # …村(社区)建立群众工作组记2分，其中，…记1分，…记1分: the parts of an item, never 评价要点 added to it (once
            # 5+3+2+1+1 on a 5-point item). (A first point that the rest add up to, as in …制度记10分。…记6分；…记4分,
            # may be a heading or an item of its own; 校验 flags points above the 分值.)
            return parts_for_their_whole(scorer, text)
    try:
        scorer = compose_piecewise(scoring, context, text, label)
    except BareFormula as formula:
        opening = next((i for i, t in enumerate(formula.clause.tokens) if t.kind in ("SCORE_IS", "BY")), 0)  # (每10分)按…/…
        ahead = next((t for t in formula.clause.tokens[:opening] if t.kind in ("NUM", "PTS")), None)
        if ahead is not None:  # 全面完成质量标准(5分…)较完得分=…: a number before the formula, which it would lose
            raise Unplaced(formula.clause, f"计分公式前的数值“{ahead.text}”无法识别其含义") from None
        held = None
        if "100%" in text:  # 得分=(宫颈癌筛查完成率×50%+乳腺癌筛查完成率×50%)×6分，完成率超过100%的按100%计: each rate so held
            from .rates_held import rates_held

            held, scoring = rates_held(formula.tree, scoring, context)
        # 得分=实际完成数/计划完成数×分值，最高不超过分值: a formula's score never passes the 分值 anyway
        scoring = [c for c in scoring if c is formula.clause or not _clamp_alone(c)]
        # 得分=5-结转结余率/2%，最低为0分 / …，扣完为止: a formula deducting from its number, its floor of 0 said after it
        # (the score is never below 0 anyway)
        if len(scoring) == 2 and scoring[0] is formula.clause and deducted_from(formula.tree) is not None \
                and scoring[1].cap == ("all", None) and all(t.kind == "CAP_ALL" for t in scoring[1].tokens):
            scoring = [formula.clause]
        if len(scoring) > 1 and any(t.kind == "REF" for c in scoring for t in c.tokens):
            from .formula_restated import _SAID_OTHERWISE, restated_floor

            # 得分=(本年…就业率-上年…就业率)÷2%×4，低于上年的不得分: the formula's floor, said again
            for clause in [c for c in scoring if c is not formula.clause]:
                floor = restated_floor(clause, formula.tree)
                if floor is False:
                    raise Unplaced(clause, _SAID_OTHERWISE) from None
                if floor:
                    scoring = [c for c in scoring if c is not clause]
        # 得分=实际完成投资/计划投资×5，最高5分: the formula's highest score, said after it
        capped = [c for c in scoring if c is not formula.clause and c.start > formula.clause.start and FORMULA_MAX.fullmatch(c.text)]
        cap = capped[0].outcome[1] if len(capped) == 1 and capped[0].outcome and capped[0].outcome[0] == "points" else None
        if cap is not None:
            scoring = [c for c in scoring if c is not capped[0]]
            points = points_multiplied(formula.tree)
            if points is not None and points != cap:  # ×10，最高得8分: which is the 分值? (as named_ratio refuses it)
                raise Unplaced(capped[0], FORMULA_MAX_UNLIKE) from None
        if held is not None and (len(scoring) != 1 or formula.clause.condition is not None or formula.clause.otherwise):
            raise Unplaced(formula.clause, "计分公式只能单独使用，或写成“实际值/目标值×分值”的形式") from None
        if len(scoring) == 1 and formula.clause.condition is None and not formula.clause.otherwise:
            letter = next((name for name in sorted(formula_names(formula.tree)) if re.fullmatch(r"[A-Za-z]", name)), None)
            if letter is not None:
                raise Unplaced(formula.clause, f"公式中的“{letter}”没有写明取值")
            glued = next((name for name in sorted(formula_names(formula.tree)) if re.fullmatch(r".*[\u4e00-\u9fff]\d+(?:\.\d+)?", name)), None)
            if glued is not None:  # 得分=完成率8分: the × lost, never a quantity named 完成率8 to enter
                raise Unplaced(formula.clause, f"公式中的“{glued}”末尾是数字，可能漏写了运算符（如“×”）")
            return Formula(formula.source, formula.tree, cap=cap, held_rates=held)
        if cap is not None:
            zero_when = _formula_zeroed(formula, scoring)  # (…，最高4分；若偏差>0.25，得0分: the 规范写法 of both)
            if zero_when is None:
                raise Unplaced(capped[0], "公式之外还有其他计分语句，最高分限的是哪一项没有写明") from None
            return Formula(formula.source, formula.tree, cap=cap, zero_when=zero_when)
        if any(name.startswith("超") for name in formula_names(formula.tree)):
            from .excess_formula import full_at_no_excess

            award = full_at_no_excess(formula.clause, formula.tree, scoring)  # 实际成本≤预算成本的得满分；超支的，得分=分值×(1-超支金额/…)
            if award is not False:  # (未超过预算的得5分: at most 5, as the formula is with no overspend)
                return Formula(formula.source, formula.tree, cap=award)
        from .formula_restated import restated_cap

        headed = _ITEM_HEADING.match(text)  # (资助资金发放到位率(6分): the item's own name, whose rate the formula scores)
        restated = restated_cap(formula.clause, formula.tree, scoring, headed.group(1) if headed else "")  # …，结余率为0的得满分: what the formula gives anyway
        if restated is not False:
            return Formula(formula.source, formula.tree, cap=restated)
        zero_when = _formula_zeroed(formula, scoring)
        if zero_when is not None:
            balanced = formula.source.count("(") == formula.source.count(")")
            return Formula(formula.source if balanced else render_formula(formula.tree), formula.tree, zero_when=zero_when)
        raise Unplaced(formula.clause, "计分公式只能单独使用，或写成“实际值/目标值×分值”的形式") from None
    except Unplaced as error:
        if stray is not None and isinstance(error, UncountedDeduction) and not isinstance(first_error, UnreadFault):
            raise stray from None  # (息诉息访率在50%以上的记4分,…的,每件扣0.5分: the award, never the 每件 that reads)
        listed = any(c.marker for c in scoring) and not any(c.condition for c in scoring)
        raise first_error if first_error and (listed or isinstance(first_error, UnreadFault)) else error from None
    if scorer is not None:
        return scorer
    if first_error is not None:
        raise first_error
    raise Unplaced(scoring[0], "未能识别评分方法")
