"""Bands, steps and formulas of one measure: the clauses of a text read as one Piecewise rule (达标、分档、阶梯扣分、
比率、±容差、及格线公式), with the checks that no band overlaps another, none is left uncovered and every number is placed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal, Inexact, localcontext
from collections.abc import Callable

from ..text.lexicon import COUNT_UNITS, MONEY_SCALE, SCORE_UNIT
from ..text.numbers import general_text
from ..quantities import QuantityError, measured_unit, unit_scale
from .clauses import Clause, Condition
from .both_ways import added_as_base, implied_start, split_joint_limits, stated_goal
from .errors import RuleError, UncountedDeduction, Unplaced
from .formula import parse_formula
from .model import Scorer, change_of
from .piecewise import (LATENESS_UNITS, holds, target_shift, ONE, TARGET, Affine, Award, Bonus, from_target, Deduction, Entered, FromTarget,
                        Interval, Minus, Outcome, Piecewise, Scaled, Share)
from .count_ladder import first_rung_counted
from .graduated import split_tiers, tier_cases
from .occurrences import at_least_happened, counted_from_none, floor_restated, late_times
from .interpolation import interpolate, method_remarks
from .falling_line import span_as_line
from .reached_points import stated_reach_points
from .restated_share import restated_share
from .method_spelled import spelled_methods
from .anchored_line import anchors_as_line
from .share_from_zero import share_from_zero_as_line
from .target_share import names_target, target_shares
from .named_share import shares_beside_target
from .share_unrepeated import counted_measure, counted_shares, refuse_bare_beside_share
from .band_table import exactly_full
from .completion_count import counted_level, restated_points
from .stated_plan import stated_plan
from .late_counted import late_things_beside_level
from .timely_rate import limit_defines_rate
from .better_higher import RATES_BETTER_HIGHER
from ..text.lazy_regex import lazy_compile
from ..text.measure_sides import WHICH_WAY_UNSAID
from .clause_words import _RISING, _only_kinds, _option_label, is_rate_label, others_fail
from .formula_shape import BareFormula, _affine, _divides_by_zero, _linear, _share
from .lazy_composers import Deferred

# Helpers that only some texts reach, imported on their first call (rules/lazy_composers.py).
band_share_of_full = Deferred("band_share", "band_share_of_full")
capped_at_points = Deferred("named_ratio", "capped_at_points")
reached_as_ceiling = Deferred("ceiling_reached", "reached_as_ceiling")
base_level_both_ways = Deferred("base_level", "base_level_both_ways")
level_as_full = Deferred("level_before_steps", "level_as_full")
summed_shortfall = Deferred("units_short_summed", "summed_shortfall")
proportional_rule = Deferred("proportional", "proportional_rule")
band_sides = Deferred("two_sided_steps", "band_sides")
rate_level_in_percent = Deferred("bare_level", "rate_level_in_percent")
refuse_fraction_of_a_point = Deferred("bare_level", "refuse_fraction_of_a_point")
refuse_count_level_as_rate = Deferred("bare_level", "refuse_count_level_as_rate")
completes_target = Deferred("proportional", "completes_target")
measure_curve = Deferred("measure_curve", "measure_curve")
amount_curve = Deferred("measure_curve", "amount_curve")
placed_curves = Deferred("measure_curve", "placed_curves")
line_between_points = Deferred("measure_curve", "line_between_points")
unread_reason = Deferred("unread", "unread_reason")
yielded_by_convention = Deferred("explicit_bounds", "yielded_by_convention")
yielded_upward = Deferred("explicit_bounds", "yielded_upward")
yielded_to_within = Deferred("explicit_bounds", "yielded_to_within")
_marked = Deferred("explicit_bounds", "_marked")
standard_met = Deferred("rate_standards", "standard_met")

_NOTHING_DEDUCTED = lazy_compile(r"不扣分|不予扣分")
# 每个社区 / 每一所学校 / 各村: a requirement that holds in each unit, not in the total
# (每校/每村/每户/每人/每名村医… said without 个: the unit itself, each school or person held to the level)
_DISTRIBUTIVE = lazy_compile(r"(?:每(?:一)?[个家所份座]|每一|各)(?!项|次|年|月|季度|类)[\u4e00-\u9fff]"
                             r"|每(?:一)?(?:校|村|户|站|园|院|社区|乡镇|街道|班|企业|学校|人|名|位)(?![次级])")
# 每个农家书屋…不少于60种，按全县平均补充种数计: the level held by the units' average, one value the steps count from
# (the units' surplus and shortfall net out, as the text says they do)
_AVERAGED_OVER_UNITS = lazy_compile(r"按(?:全县|全市|全区|全省|全镇|全乡|各[\u4e00-\u9fff]{1,6})?(?:的)?平均(?:值|数)?[\u4e00-\u9fff]{0,8}?(?:计|计算|考核|核定)(?![\u4e00-\u9fff])")
# 每班每超5人 / 每村每少1人: a step taken in each unit (班, 村), its excess or shortfall summed over them
_EACH_UNIT_STEP = lazy_compile(r"每(?:个|一个)?[\u4e00-\u9fff]{1,2}每(?:超过?|少|差|缺|多|低|高)")


def _short_by(clause: Clause) -> str | None:
    """缺三项以上 / 少2人及以上: the condition's number counts what is missing, not what is there (the words, or None)."""
    at = next((i for i, t in enumerate(clause.tokens) if t.kind == "NUM"), None)
    if not at or clause.tokens[at].unit not in COUNT_UNITS:
        return None
    if clause.condition is not None and any(from_target(b) for b in clause.condition.interval.bounds()):
        return None  # 比招生计划少10人以内: already read as a band below the target (clauses.short_by)
    before = clause.tokens[at - 1]
    shortfall = ("缺", "少", "缺少", "差", "欠缺", "短缺", "缺失", "缺漏")  # (缺失2项不得分: once 实际值=2项)
    if not (before.kind in ("EXCEPT", "STEPV") and before.text in shortfall
            or before.kind == "WORD" and before.text.endswith(shortfall)):  # (缺少3个以上台账的: 缺少 a word of its own)
        return None
    after = clause.tokens[at + 1] if at + 1 < len(clause.tokens) and clause.tokens[at + 1].kind == "SUF" else None
    return before.text + clause.tokens[at].text + (after.text if after is not None else "")


_EXCEEDS = frozenset({"超出", "超过", "超", "高于", "低于", "少于", "多于"})
_TASKS = ("任务", "计划", "目标", "指标值", "标准", "预算")  # 低于任务90%: what the share is of, named bare


def _reference_dropped(scoring: list[Clause]) -> None:
    """超出预算10%以内扣1分，超出10%以上扣3分: one band measured from the target (超出预算10%以内), the next with its
    reference left out — once read as 实际值>10% (95 of a 100 budget, no overrun, lost 3)."""
    def relative(clause: Clause) -> bool:
        return any(from_target(bound) for bound in clause.condition.interval.bounds())  # type: ignore[union-attr]

    def beyond_printed(clause: Clause) -> bool:
        # 巩固率目标值为98%，…；低于95%不得分: a rate on the far side of the printed target's rate is the rate itself (95%
        # short of 98% is no shortfall anyone writes; 超出10%以上 beside a 98% target stays refused)
        interval = clause.condition.interval  # type: ignore[union-attr]
        level = interval.high if clause.tokens[0].text in ("低于", "少于") else interval.low
        return printed is not None and printed[1] == "%" and isinstance(level, Decimal) and isinstance(printed[0], Decimal) \
            and (level < printed[0] if clause.tokens[0].text in ("低于", "少于") else level > printed[0])

    def share_below(clause: Clause) -> bool:
        # 达到目标80%的得3分,达到60%的得2分,低于60%不得分 / 达到承诺容量的得2分;达到80%(含)的得1分;低于80%的不得分: below
        # the share of the target another band reaches from (60% of the target, the band's own end): the same share, never
        # a gap below the target
        interval = clause.condition.interval  # type: ignore[union-attr]
        if clause.tokens[0].text not in ("低于", "少于") or interval.low is not None or not isinstance(interval.high, Decimal):
            return False
        return any(isinstance(bound, FromTarget) and bound.shift == 0 and bound.factor == interval.high
                   or isinstance(bound, Decimal) and bound == interval.high and other.condition.interval.low == bound  # type: ignore[union-attr]
                   for other in compared if other is not clause for bound in other.condition.interval.bounds())  # type: ignore[union-attr]

    compared = [c for c in scoring if c.condition is not None]
    if not any(relative(c) for c in compared):
        return
    printed = next((c.reference for c in scoring if c.reference is not None), None)
    for index, clause in enumerate(compared):
        if any(c.condition.interval.high == TARGET and c.condition.interval.low is None for c in compared[:index]):  # type: ignore[union-attr]
            return  # 控制在预算以内得满分，超出预算5%以内得3分，超出5%以上不得分: tried in order, within the budget is taken first
        # (低于任务90%的不得分 beside 不低于上级下达任务的得4分: a word between, once read as a rate of 90% and the gap below
        # the task scored 0; not 低于全市平均水平0.5个百分点, an average's distance refused as such further on)
        compared_to = clause.tokens[:1] + [t for t in clause.tokens[1:] if not (t.kind == "WORD" and t.text.endswith(_TASKS))][:1]
        if not relative(clause) and [t.kind for t in compared_to] == ["CMP", "NUM"] and compared_to[0].text in _EXCEEDS \
                and clause.condition.unit == "%" and not beyond_printed(clause) \
                and not share_below(clause):  # type: ignore[union-attr]
            raise Unplaced(clause, f"“{compared_to[0].text}{compared_to[1].text}”没有写明与什么相比（其他档按与目标的差额计），"
                                   "不知是实际值还是超出的幅度", certain=True)


_TIMES_UNITS = ("次", "件", "份", "起", "例", "宗", "批次", "批")  # how often something happened (not 500米, a distance)


def _one_thing_counted(scoring: list[Clause]) -> None:
    """迟交1次以上报表扣0.5分，迟交1次其它资料扣0.3分: counts of two different things (named after the count) are no
    levels of one measure — once read as one count, ≥1 deducting 0.5 and each time over 1 deducting 0.3."""
    named: dict[str, Clause] = {}
    for clause in scoring:
        if clause.condition is None and clause.step is None:
            continue
        at = next((i for i, t in enumerate(clause.tokens) if t.kind == "NUM" and t.unit in _TIMES_UNITS), None)
        if at is None:
            continue
        words = []
        for token in clause.tokens[at + 1:]:
            if token.kind in ("SUF", "OTHER") and not words:
                continue
            if token.kind not in ("WORD", "OTHER"):
                break
            words.append(token.text)
        if words:
            named.setdefault("".join(words), clause)
    if len(named) > 1:
        first, second = list(named.items())[:2]
        raise Unplaced(second[1], f"按次数计的不是同一事项（“{first[0]}”与“{second[0]}”），应分别计数，不能作为同一数值的分档或步长")


# 合同签定率、代管率、兑现率均达100%: several rates named before one level, each to reach it
_RATES_TOGETHER = lazy_compile(r"([\u4e00-\u9fff]*率(?:[、和及与][\u4e00-\u9fff]*率)+)(?:均|都|全部|皆)?")


# 不低于上年 / 达到序时进度: a value the steps are taken from that is no plan of 100% (entered as the target)
_VALUES_COMPARED_WITH = frozenset({"上年", "上年度", "上年同期", "去年", "上一年度", "序时进度", "时序进度", "基准", "基准点", "基准值"})
_GAP_WORDS = ("差距", "差额", "差值", "相差")


def _gap_as_level(scoring: list[Clause]) -> None:
    """差距超过20%的不得分: a gap from the target is no level of the value itself (once 完成率>20% → 0 at 95%)."""
    for clause in scoring:
        if clause.condition is not None and clause.label.endswith(_GAP_WORDS) and clause.step is None:
            raise Unplaced(clause, f"“{clause.label}”是与目标值的差距，不是完成值本身，无法按完成值分档（请写明，如“低于目标值20%以上的不得分”）",
                           certain=True)


def _several_rates(scoring: list[Clause]) -> None:
    """合同签定率、代管率、兑现率均达100%的得10分: every rate must reach the level — once read as the first rate's
    band alone (the other two dropped). Which rate scores, or whether they are one requirement the evaluator
    judges, is the rule's to say."""
    for clause in scoring:
        if clause.condition is None:
            continue
        first = next((t for t in clause.tokens if t.kind == "CMP" or t.kind == "NUM"), None)
        before = [t for t in clause.tokens[:clause.tokens.index(first)] if t.kind == "WORD"] if first else []
        if before and (rates := _RATES_TOGETHER.fullmatch(before[-1].text)):
            raise Unplaced(clause, f"“{rates.group(1)}”是几个比率，各自都要达到这一水平，暂不能按一个比率分档计分"
                                   "（请分别写明各比率的得分，或写成评价要点由评价人判断是否都达到）", certain=True)


def _measures_named_apart(scoring: list[Clause]) -> None:
    """覆盖病种达到90%以上，得2分；医保基金支出占比达到70%以上，得2分: two levels, each of a measure of its own, for the same
    points — once read as two bands of the second measure (80% of 医保基金支出占比 scored 2 whatever the 覆盖病种). Two
    requirements each worth its points, or bands of one measure, is the rule's to say."""
    from .measure_names import named_apart

    levels = [c for c in scoring if c.condition is not None and c.label]
    for one, other in zip(levels, levels[1:]):
        if one.outcome == other.outcome and named_apart(one.label, other.label):
            raise Unplaced(other, f"“{one.label}”与“{other.label}”是两个不同的指标，两句得分相同：是两个评价要点各得其分，"
                                  "还是同一指标的分档，没有写明（请写成“评价要点：①…（2分）；②…（2分）”，或写明各档所计的同一指标）")


def compose_piecewise(scoring: list[Clause], context: list[Clause], text: str, label: str = "完成率",
                      bare: bool = False) -> Scorer | None:
    if scoring and all(c.outcome and c.outcome[0] == "span" for c in scoring):
        return None  # spans of points are tiers: compose_tiers has said what is wrong with them
    if late_things_beside_level(scoring):
        return None  # 按时报送月报12次得2分，迟报1次扣0.2分: each late report a fault, no step past the 12 (rules/late_counted.py)
    scoring = first_rung_counted(scoring)  # 有体育消费数字平台，1分；有2个，1.5分: the first rung is one
    scoring = span_as_line(scoring)  # ≤25个工作日得满分6分，>50个工作日为0分，25-50个工作日按比例减分
    scoring = share_from_zero_as_line(scoring)  # 增长10%及以上得4分；增长率≤0不得分；增长0-10%之间的按比例计分
    if any(c.outcome == ("prop", None) and c.condition is not None for c in scoring):
        scoring = band_share_of_full(scoring, label)  # 完成率100%得满分；完成率≥80%的按比例得分；低于80%的不得分
    scoring = anchors_as_line(scoring)  # 相符率100%得4分，98%得2分，98%-100%之间按插值法计分，低于98%不得分
    scoring = stated_reach_points(scoring)  # 基本完成分为1分。增幅低于26%的，按目标完成比例计分
    scoring = restated_share(scoring)  # …未完成的按比例得分。得分=(新引进项目个数/时序目标任务)×分值
    scoring = spelled_methods(scoring, text)  # 70%-95%之间的，按插值法计分，得分=(满意度-70%)/(95%-70%)×5
    scoring = added_as_base(split_joint_limits(stated_goal(scoring, context), context))  # 加分和扣分均以基本分为限: each apart
    scoring, plan_share = stated_plan(scoring, context)  # 计划新建改建旅游厕所20座，完成率100%得2分: 以20座为标准
    scoring = limit_defines_rate(scoring)  # 应在2个工作日内办结，按时办结率每低1个百分点扣0.2分: the rate's, not 2个工作日's
    cases: list[tuple[Condition, Outcome, Clause]] = []
    otherwise: Outcome | None = None
    deductions: list[tuple[Clause, Condition | None]] = []
    caps: list[Clause] = []
    reference: tuple[Decimal, str] | None = None
    reference_clause: Clause | None = None
    policy: str | None = None
    formula_outcome: Clause | None = None
    base_award: Decimal | None = None
    base_clause: Clause | None = None
    line_max: Clause | None = None  # 得分=70×实际达标率-63 最高分为7分: the line's highest score
    policy_clause: Clause | None = None  # 按比例扣分 / 不足一档不扣分: how the steps count
    gate: tuple[str, Decimal] | None = None
    bonuses: list[Clause] = []  # 每超过10个百分点加1分 / 降低2%以上加4分
    over_full = next((c for c in scoring + context if _OVER_FULL.fullmatch(c.text)), None)  # 超过100%按100%计
    capped = over_full is not None
    remarks = method_remarks(scoring)
    scoring = [c for c in scoring if not _OVER_FULL.fullmatch(c.text) and c not in remarks]
    line: Clause | None = None  # 其余按线性内插赋分: the line between two bands
    both: Clause | None = None  # 未完成或超额完成的按比例扣分或加分: the points follow completion both ways
    proportional = any(c.outcome == ("both", None) for c in scoring)
    scoring = _formula_in_level_unit(scoring)  # (before the formula is placed against the level)
    if any(c.outcome is not None and c.outcome[0] == "formula" and c.outcome[1].endswith("扣分") for c in scoring):
        from .deducted_by_formula import formula_as_steps

        scoring = formula_as_steps(scoring, label)  # 按(1-到位率)÷5%×0.4分扣分: 每少5%扣0.4分, in proportion
    scoring = _requirement_met(_on_time(_failure_as_otherwise(at_least_happened(counted_from_none(scoring)), context), context))
    scoring = _printed_target_completed(scoring, context)  # 培训人数目标1200人次，完成得满分
    scoring = [restated_points(c) for c in scoring]  # 否则按完成比例得分(15分): the points, said in brackets
    _one_thing_counted(scoring)
    # (合同签订率、代管率、兑现率均达100%，否则不得分: the level in a clause of its own, which 否则 reads as the band)
    _several_rates(scoring + [c for c in context if c.condition is not None])
    _measures_named_apart(scoring)
    _gap_as_level(scoring)
    _reference_dropped(scoring)
    subjects = tuple(c.label for c in scoring if c.condition is not None and c.label)  # (服务中心年交易额达到5000万元以上…)
    for clause in scoring:
        between = line_between_points(clause, label) if clause.outcome is not None and clause.outcome[0] == "interp" else None
        if between is not None:  # 60%≤网办率<80%的，按插值法在1分至3分之间计分: a band's own line (its points read here)
            cases.append((clause.condition, between, clause))
            continue
        _no_unread(clause)
        short = _short_by(clause) if clause.condition is not None and clause.step is None else None
        if short is not None:
            # 资料齐全得5分，每缺一项扣1分，缺三项以上不得分: once read as 实际值≥3项不得分 (5 of 5 present scored 0)
            raise Unplaced(clause, f"“{short}”说的是缺少的数（与应有数之差），不是实际数，不能作为实际数的分档", certain=True)
        if clause.manual or clause.occurrence is not None or clause.all_met:
            return None
        if clause.condition is not None and clause.step is None and clause.outcome is not None and clause.outcome[0] == "minus" \
                and any(t.kind == "EACH" for t in clause.tokens):
            # 面积超过10平方米的每处扣1分: a count of places, each held to the limit, not a deduction at the limit
            raise Unplaced(clause, "逐项扣分的句子中出现了无法识别的条件")
        if clause.policy:
            policy, policy_clause = clause.policy, clause
        if clause.reference is not None:
            if reference is not None and clause.reference != reference:  # 以100%为标准…，以1.5%为标准: which one?
                raise Unplaced(clause, "写了两个标准（以…为标准），不知按哪一个计分", certain=True)
            reference, reference_clause = clause.reference, clause
        if clause.added is not None or (clause.outcome is not None and clause.outcome[0] == "added"):
            _no_unread(clause)
            if clause.added is not None and clause.outcome is not None:
                raise Unplaced(clause, "同一句中既有得分又有加分步长，无法确定关系")
            bounds = clause.condition.interval if clause.condition is not None else None
            if clause.step is not None and bounds is not None and (
                    (clause.step[0] == "above" and bounds.low is None) or (clause.step[0] == "below" and bounds.high is None)):
                raise Unplaced(clause, "加分的步长与同句条件的方向相反，无法确定从哪一水平加分")  # 每超2%…低于90%加5分
            bonuses.append(clause)
            if clause.cap is not None:
                caps.append(clause)
            continue
        if clause.cap is not None or clause.clamp:
            if clause.condition is not None and clause.step is None and (clause.outcome is None or clause.cap is not None):
                raise Unplaced(clause, "扣分上限中出现了无法识别的条件")  # (扣满1(含)5分为止: a damaged 扣满15分为止)
            caps.append(clause)
        if clause.step is not None:
            if clause.per is None:
                if clause.step[0] == "above" and _RISING.search(clause.text):  # 每增加一个签约项目增加2分 / 每增长1% | 0.5
                    raise Unplaced(clause, "写了步长（每增加多少），但没有写每一步加几分（或扣几分）")
                raise Unplaced(clause, "写了扣分的步长，但没有写每步扣几分")
            _no_unread(clause)  # 宣传覆盖率低90%的每低1%扣0.2分: the 90% would be lost
            if clause.outcome is not None and clause.condition is not None:
                # 合格率100%得5分每低1%扣0.1分 (no comma): the award and the steps are two clauses
                cases.append((clause.condition, _outcome(clause, label), clause))
                deductions.append((clause, None))
                continue
            if clause.outcome is not None:
                raise Unplaced(clause, "同一句中既有得分又有扣分步长，无法确定关系")
            deductions.append((clause, clause.condition))
            continue
        if clause.per is not None:
            raise UncountedDeduction(clause, "写了扣分，但没有写按什么扣（如“每少1%扣1分”）")
        if clause.outcome == ("both", None):
            if both is not None:
                raise Unplaced(clause, "出现了两处按比例扣分或加分")
            both = clause
            continue
        if clause.outcome == ("interp", None):
            if line is not None:
                raise Unplaced(clause, "出现了两处线性内插")
            line = clause
            continue
        if clause.outcome is not None and clause.outcome[0] == "shortfall":
            if clause.condition is None:  # 政府采购执行率100%得2分，否则按比例扣分
                if otherwise is not None:
                    raise Unplaced(clause, "出现了两个“否则”")
                otherwise = _shortfall_otherwise(clause, cases)
                continue
            cases.append((clause.condition, _shortfall(clause, cases), clause))
            continue
        if clause.outcome is not None:
            sole = clause.outcome[0] == "prop" and clause.condition is None and not clause.otherwise and len(scoring) == 1 + len(
                [c for c in scoring if c is not clause and c.outcome is None and (c.cap or c.clamp or plan_share and c.reference)]
            )  # (计划新建健身路径30处，按完成比例计分: the plan, as the standard the share is of, scores nothing itself)
            restated = clause.stated_total is not None and clause.outcome == ("prop", None)  # …按完成比例得分(15分)
            if not cases and clause.otherwise and clause.outcome == ("prop", None):
                if clause.condition is not None:  # 查处案件10例以上，培训5次以上否则按完成比例得分: whose proportion?
                    raise Unplaced(clause, "前面写了两项以上要求，“按完成比例”不知按哪一项的完成比例计分")
                stated = _stated_requirement(scoring + context, scoring)  # 查处案件10例以上；否则按完成比例得分
                if stated is not None and counted_level(stated.condition.interval, [(stated.condition, None, stated)], clause):  # type: ignore[union-attr]
                    cases.append((stated.condition, Award(clause.stated_total), stated))  # type: ignore[arg-type]
                    restated = False
                elif stated is None and len([c for c in scoring + context if c.end <= clause.start and c.condition is not None
                                             and c.outcome is None]) > 1:
                    raise Unplaced(clause, "前面写了两项以上要求，“按完成比例”不知按哪一项的完成比例计分")
            if restated and not (sole and plan_share):  # (计划…30处，按完成比例计分（3分）: the points of the share)
                raise Unplaced(clause, "括号中的分值无法确定是哪一档的得分")
            share = _completion_share(clause, cases)
            if share is not None:
                if otherwise is not None:
                    raise Unplaced(clause, "出现了两个“否则”")
                otherwise = share
                continue
            # 按完成比例计算得分: rate × 分值 (年度目标10000人次，得分=实际培训人次/10000×2: the actual named, over the
            # target printed before it, as over a level reached)
            outcome = Scaled(points=clause.stated_total if plan_share else None) if sole \
                else _outcome(clause, label, printed=reference, subjects=subjects)
            if clause.condition is not None:
                cases.append((clause.condition, outcome, clause))
            elif clause.otherwise:
                if others_fail(clause):  # 完成率达到90%得5分,其它指标未完成扣1分: once 否则扣1分 (80% scored 4)
                    raise Unplaced(clause, "“其它…未…”说的是其他指标或事项未达到时扣分，不是“否则”，"
                                           "其他指标或事项的完成情况无法从本指标的完成值得出", certain=True)
                if otherwise is not None and not (otherwise == outcome == Award(Decimal(0))):
                    raise Unplaced(clause, "出现了两个“否则”")
                otherwise = outcome  # 未达到的不得分…本指标为否决性指标，未完成的不得分: said again, the same
            elif clause.outcome[0] == "points" and clause.outcome[1] and any(
                c.step is not None and c.added is None for c in scoring
            ) and base_award is None and (
                clause.start < min(c.start for c in scoring if c.step is not None and c.added is None)
                or _STATED_MAX.fullmatch(clause.text)
            ):
                # 公用经费支出不超过预算的得3分，每超过预算1%扣0.5分 / 每低于目标值1天扣0.2分，最高分为7分
                base_award, base_clause = clause.outcome[1], clause
            elif proportional and base_award is None and clause.outcome[0] == "points" and clause.outcome[1] \
                    and completes_target(clause):
                base_award, base_clause = clause.outcome[1], clause  # 完成年初市下达的…指导性目标，得10分
            elif gate is None and not cases and _gate_situation(clause) and _gate_negated(clause, scoring, context):
                # 如：项目完成，且执行数控制在年度预算规模之内的，得10分；项目尚未完成，…80%的得7分
                before = _just_before(context, clause, 2, _situation_words)
                words = (before.text + "，" if before else "") + _option_label(clause)
                gate = (words, clause.outcome[1])
            elif line_max is None and clause.outcome[0] == "points" and clause.outcome[1] and FORMULA_MAX.fullmatch(clause.text) \
                    and any(c.outcome is not None and c.outcome[0] == "formula" for c in scoring):
                line_max = clause
            elif clause.outcome[0] == "formula" and otherwise is None and formula_outcome is None \
                    and clause.condition is None and _FALLING_SHORT.match(clause.text) and _one_band_reached(cases) \
                    and isinstance(cases[0][0].interval.low, Decimal) and _same_rate(clause.outcome[1], cases[0][2]):
                # 完成率达到100%的得满分,未完成的按完成率×分值计分: the band's failing side (not 完成年度目标任务的…:
                # the task's target and the rate's are not said to be one)
                otherwise = outcome
            elif clause.outcome[0] == "formula" and otherwise is None and formula_outcome is None \
                    and clause.condition is None and _FALLING_SHORT.match(clause.text) \
                    and _target_share(cases, outcome, _printed_reference(scoring + context)):
                # 完成指标值得满分；未完成的按实际完成值/目标值×分值计分: the band's failing side, scored by what the band
                # is reached by (the share of the target itself)
                otherwise = outcome
            elif clause.outcome[0] in ("formula", "prop"):
                if formula_outcome is not None or cases:
                    raise Unplaced(clause, "计分公式没有写明适用条件")
                formula_outcome = clause
                otherwise = outcome
            else:
                raise Unplaced(clause, "得分没有写明条件")
            continue
        if clause.condition is not None and not clause.scoring:
            continue
        if clause.cap is not None or clause.clamp or clause.reference is not None or clause.policy:
            continue
        raise Unplaced(clause, "无法识别的评分语句")
    _refuse_point_lost_at_the_level(cases, otherwise, scoring)
    _refuse_formula_apart_at_the_level(cases, otherwise, scoring)
    if policy_clause is not None and not deductions and not bonuses and not policy_clause.step:
        failing = "".join(t.text for t in policy_clause.tokens if t.kind != "POLICY")
        if otherwise is not None or policy != "exact" or policy_clause.tokens[-1].kind != "POLICY" or (
                failing and not _FAILING_SIDE.fullmatch(failing)):  # 完不成的按比例扣分: the failing side, named
            raise Unplaced(policy_clause, "写了如何计扣，但没有扣分（或加分）步长与之对应")
        otherwise = _shortfall_otherwise(policy_clause, cases)  # 执行率100%得2分，按比例扣分: the rest, in proportion
    cases = implied_start(cases, otherwise, deductions, bonuses, base_award)  # 每超控制目标1人扣2分,每少死亡1人加2分
    if not cases and otherwise is None and not deductions and bonuses and _OVER_TARGET.search(text):
        # 超额完成镇交栽植任务数，每超10%加2分，10分封顶: points only for what passes the target (nothing below it)
        cases.append((Condition(Interval(low=TARGET), "%"), Award(Decimal(0)), bonuses[0]))
    if not cases and otherwise is None and not deductions and line is None and both is None:
        return None
    if not cases and not deductions and not bonuses and isinstance(otherwise, (Award, Minus)) and otherwise != Award(None):
        # 办案经费不少于2万元，达不到的扣2分 / 至少2种宣传方式，否则不得分: the failure is the complement of the
        # requirement stated just before it, which reached scores in full
        stated = _stated_requirement(scoring + context, scoring)
        if stated is not None:
            cases.append((stated.condition, Award(None), stated))  # type: ignore[arg-type]
        elif isinstance(otherwise, Minus):  # 经费不少于2万元，人员不少于3人，达不到的扣2分: short of which?
            raise Unplaced(next(c for c in scoring if c.otherwise), "扣分的情形没有写明是未达到哪一项要求")
    if not cases and not deductions and not bonuses and otherwise == Award(Decimal(0)):
        # 否则不得分 after no requirement that could be read: only the zero is left (a constant 0 is no rule)
        stated = next((c for c in context if c.condition is not None), None)
        raise Unplaced(stated or scoring[0], "只写了不得分的情形，得分的条件无法识别")
    distributed = next((c for c in scoring + context if c.condition is not None and _DISTRIBUTIVE.match(c.text)), None) \
        or next((c for c, _ in deductions if _EACH_UNIT_STEP.search(c.text)), None)  # 每班每超5人扣1分: counted class by class
    if distributed is not None and distributed.condition is not None and distributed.condition.unit != "%" \
            and deductions and all(c.step is not None and c.step[2] == "%" for c, _ in deductions):
        distributed = None  # 每名教师…不少于72学时。学时达标率=达标教师数/教师总数；…每低5个百分点: the steps are the rate's
    if deductions and distributed is not None and not _AVERAGED_OVER_UNITS.search(text) \
            and not any(standard_met(distributed, c) for c in scoring):  # (每户…不少于1次；走访达标率≥90%: units counted)
        # 每个社区至少配备5名专职人员…每差1人扣0.2分: the level holds in each 社区, so the persons short are summed
        # over them; one completion value against 5名 would let one 社区's surplus hide another's shortfall — the
        # sum entered as a count, when the level and its step of one say nothing more (units_short_summed.py)
        summed = summed_shortfall(distributed, cases, otherwise, deductions, bonuses, caps, text)
        if summed is not None:
            return summed
        raise Unplaced(distributed, "要求按每个单位分别计（如“每个社区至少5名”），扣分应按各单位差额之和计，不能由一个完成值算出")
    _one_rate(cases)
    _formula_of_another_rate(cases, scoring)
    _minus_beside_ladder(cases, otherwise, scoring)
    _ratio_beside_its_target(cases, otherwise, scoring)
    kept = next((c for _, o, c in cases if o == Award(None) and _NOTHING_DEDUCTED.search(c.text)), None)
    if kept is not None and len(cases) == 1 and not deductions and not bonuses and otherwise is None:
        # 合格率达到95%不扣分 alone: what falls short loses is not said (a 0 would be a guess)
        raise Unplaced(kept, "只写了不扣分的情形，未达到时扣多少分没有写明")
    cases, level = _relative_level(cases, deductions)
    if level is None and not cases:
        cases, level = _standard_as_level(reference, deductions)
        if level is not None:
            reference, deductions = None, [(deductions[0][0], None)]
    if level is None and reference is not None and reference[1] not in ("", "%") and reference[1] not in LATENESS_UNITS \
            and reference[1] not in MONEY_SCALE and (plan_share or _SHARE_OF_STANDARD.search(text)):
        # 标准为12000人，实际值占标准的比例达到100%得3分 (the 规范写法 of the readings above): the share is of that standard
        level, reference = reference, None
    cases = _completion_as_target(cases, deductions)
    shares = target_shares([c for c, _ in deductions], [c.step for c in bonuses if c.step is not None])
    unit = _rule_unit([c for c, _, _ in cases] + [d for _, d in deductions if d is not None],
                      [c.step for c, _ in deductions if c not in shares] + [c.step for c in bonuses if c.step is not None],
                      label, scoring, bare)
    if reference is not None and reference[1] not in ("", "%") and unit == "%" and not any(
            c.interval.bounds() and any(isinstance(b, Decimal) for b in c.interval.bounds()) for c, _, _ in cases):
        unit = reference[1]  # 以100人为标准。达到标准得5分: the standard's unit is the measure's (once a rate of 10000%)
        for outcome in [otherwise] + [outcome for _, outcome, _ in cases]:
            _refuse_rate_beside_amount(outcome, reference, reference_clause)
    elif reference is not None and reference[1] not in ("", "%") and unit == "%" and level is None:
        # 以100人为标准。达到80%得5分: a share of the standard, perhaps — once the standard was dropped for the target
        raise Unplaced(reference_clause, "标准写的是数量，分档写的是比率，没有写明比率是否按该标准计算（如“实际人数/100人”）")
    if unit == "%" and any(isinstance(outcome, Scaled) and isinstance(outcome.high, Decimal) and outcome.high > 1
                           for outcome in [otherwise] + [outcome for _, outcome, _ in cases]):
        refuse_count_level_as_rate([otherwise] + [outcome for _, outcome, _ in cases], scoring, context, unit)  # 实际完成值/50×5
    if both is not None:
        return proportional_rule(both, cases, base_clause, otherwise, deductions + bonuses + ([line] if line else []), caps)
    cases = _levels_as_thresholds(_single_level_reached(cases, otherwise, bool(deductions or bonuses)))
    if unit == "%":
        cases = _fractions_as_rates(cases)
        _refuse_bare_distance(cases)
        _refuse_bare_vital_rate(scoring)
        _refuse_percent_steps_of_permille_levels(scoring)
    intervals = _nothing_to_deduct(_printed_standard(
        _nest_cumulative([(_scale(condition, unit), outcome, clause) for condition, outcome, clause in cases],
                         counted_measure([c.label or "" for c in scoring + context]))), otherwise)
    _one_count_deducted(intervals, otherwise)
    _single_event_band(intervals)
    def at_standard(interval: Interval) -> Interval:
        # 以61.3%为标准…达到目标的得20分，每超过10%加1分: the target the bands name is the standard printed (once the
        # entered target, so that a rate alone never reached it and the additions were dropped)
        if reference is None:
            return interval
        standard = _ref_value(reference, unit)
        return replace(interval, low=standard if interval.low == TARGET else interval.low,
                       high=standard if interval.high == TARGET else interval.high)

    if reference is not None and not deductions and not bonuses and line is None and (otherwise is None or isinstance(otherwise, Award)) \
            and not any(TARGET in i.bounds() for i, _, _ in intervals) and _standard_opens_best_band(reference, unit, intervals):
        # 目标值≥90%。完成率≥90%得3分，80%≤完成率<90%得1.5分: the standard is where the best band begins, so the bands
        # written in figures already score against it (read as the target, 92% against a --target of 95% would lose)
        reference = None
    if reference is not None and not deductions and not bonuses and line is None and (otherwise is None or isinstance(otherwise, Award)) \
            and not any(TARGET in i.bounds() for i, _, _ in intervals):
        # 以100%为标准。达到8%得5分: no band is scored against the standard printed, which the reading would drop
        raise Unplaced(reference_clause, "写了标准，但各档都没有按该标准计分（如“达到标准得5分”）")
    intervals = [(at_standard(i), o, c) for i, o, c in intervals]
    if reference is not None and isinstance(otherwise, Scaled) and otherwise.high == TARGET:
        # 巩固率目标为98%，达到目标得满分，未达到的按完成值/目标值×分值: the target the ratio divides by is the one printed
        # (once the entered target, 100% when none: 97% scored 97/100×5 = 4.85, not 97/98×5 = 4.95)
        otherwise = replace(otherwise, high=_ref_value(reference, unit))
    joined = {id(c): words for _, _, c in intervals if (words := _joined_requirement(c))}  # 完成率≥90%且无安全事故得3分
    alternative = next(((c, said) for _, _, c in intervals if (said := _OR_AFTER_LEVEL.search(c.text))), None)
    if alternative is not None:  # 完成率≥90%或获得省级表彰得3分: the other way to the points (once dropped: 80% with an award, 0)
        raise Unplaced(alternative[0], f"这一档还可由“{alternative[1].group(1)}”得分（用文字写明的另一种情形），暂不能与数值条件合并计分",
                       certain=True)
    excepted = next(((c, said) for _, _, c in intervals if (said := _EXCEPTED_FROM_BAND.search(c.text))), None)
    if excepted is not None:  # 完成率≥90%(资料不全的除外)得3分: what the cases left out score is not said (once dropped)
        raise Unplaced(excepted[0], f"这一档写明了除外的情形“{excepted[1].group(1)}”，其得分没有写明", certain=True)
    if joined and (deductions or bonuses or line is not None):
        # 完成率达到100%且无安全事故得5分，每少1%扣0.5分: what an accident costs is not said (once the state was dropped)
        band = next(c for _, _, c in intervals if id(c) in joined)
        raise Unplaced(band, f"这一档还要求“{joined[id(band)]}”（用文字写明的另一项要求），未满足时如何扣分没有写明", certain=True)
    absolute = _ABSOLUTE_MEASURE.search(text) or _unsigned_deviation(text, intervals)
    if absolute:  # 偏离度控制在10%以内: the size of the deviation, either way
        if any(from_target(bound) for interval, _, _ in intervals for bound in interval.bounds()):
            # 超过预期指标30%以上的 beside 偏离度: a band set off from the target already says which way
            raise Unplaced(next(c for i, _, c in intervals if any(from_target(b) for b in i.bounds())),
                           "偏离度的分档应写成偏离的大小（如“偏离度在10%以内”），不能同时相对目标值写明方向")
        intervals = [(replace(interval, magnitude=True), outcome, clause) for interval, outcome, clause in intervals]
    if line is not None:
        if deductions or bonuses:
            raise Unplaced(line, "线性内插不能与扣分（或加分）步长一起使用")
        span = None if line.condition is None else _scale(line.condition, unit)
        intervals, otherwise = interpolate(intervals, line, span, otherwise, unit)
    deductions, tiers = split_tiers(deductions, lambda condition: _scale(condition, unit))
    sides = band_sides(deductions, intervals, caps, policy, unit) if len(deductions) == 2 else None
    if sides is not None:  # 85%-93%之间得满分；低于85%的每低5个百分点扣1分；高于93%的每高2个百分点扣1分: each side its own
        intervals, deductions, caps = intervals + sides, [], []
    if len(deductions) > 1:
        raise Unplaced(deductions[1][0], "出现了两条扣分步长，无法确定按哪一条扣分")
    bonus_caps = [c for c in caps if c.cap is not None and (
        c.cap[0] in ("added", "added_base", "total") or (c.cap[0] == "limit" and not deductions))]
    caps = [c for c in caps if c not in bonus_caps]
    _check_opposed_steps(bonuses, deductions)
    if bonuses:
        # 新增高技能人才目标800人，达到目标得3分；超过目标的，每多100人加0.2分: the additions start at the target printed,
        # as the band they start from does (once their own 超过目标 stayed the entered target, and the two starts disagreed)
        bonuses = [replace(c, condition=replace(c.condition, interval=at_standard(c.condition.interval)))
                   if c.condition is not None and TARGET in c.condition.interval.bounds() else c for c in bonuses]
        if reference is not None and unit != "%":
            # 目标150家，≥150家得3分…超过目标20%以上的加1分: a level reached off the target printed (180家), the points
            # added there and nowhere else (an amount's target only: 20% off a rate's target may be points or a share)
            standard = _ref_value(reference, unit)
            bonuses = [replace(c, condition=replace(c.condition, interval=replace(
                c.condition.interval, low=standard * c.condition.interval.low.factor + c.condition.interval.low.shift)))
                if c.added is None and c.condition is not None and isinstance(c.condition.interval.low, FromTarget)
                and c.condition.interval.high is None and isinstance(standard, Decimal) else c for c in bonuses]
        intervals = _add_bonus(bonuses, bonus_caps, base_level_both_ways(intervals, bonuses, deductions), policy, unit,
                               at_most_full=any(c.clamp for c in scoring))
        policy = None if not deductions else policy
    elif bonus_caps:
        raise Unplaced(bonus_caps[0], "写了加分上限，但没有写如何加分（如“每超过10个百分点加1分”）")
    if deductions and deductions[0][0].step is not None:
        _overspend_of_a_saving(deductions[0][0], label)
    if deductions and deductions[0][1] is not None and any(
        _complement(interval, at_standard(_scale(deductions[0][1], unit))) for interval, outcome, _ in intervals if isinstance(outcome, (Award, Bonus))
    ):
        deductions = [(deductions[0][0], None)]  # 变动率≤0计5分；>0的，每超过1%扣0.5分
    elif deductions and deductions[0][1] is not None and not intervals and otherwise is None and reference is None:
        deductions, reference = _steps_from_condition(deductions[0], unit)
    if deductions:
        clause, condition = deductions[0]
        direction, size, step_unit = clause.step  # type: ignore[misc]
        step = _step_in_unit(clause, size, step_unit, unit)
        cap = _cap(caps)
        if direction == "above" and condition is None and reference is None:
            intervals = reached_as_ceiling(intervals, label, unit)  # 达标得满分;每高于达标线1%扣1分: the line not passed
        if condition is not None and reference is None and otherwise is None:
            # 办结率达到98%，每低于1个百分点扣0.2分: the level reached keeps the 分值, the steps count down from it
            with_level = level_as_full(intervals, _scale(condition, unit), direction, clause)
            if with_level is not None:
                intervals, condition = with_level, None
        ref_bound, base, folded = _reference(intervals, direction, reference, unit)
        if condition is not None and reference is None and otherwise is None and direction in ("above", "below"):
            # 95%以上得3分，90%-95%得2分，90%以下每降低1个百分点扣0.2分: steps said for all the values beyond a band start at
            # that band's edge, from its points, and score what no band does (once from the top band's 95%, refused as
            # contradicting the 90%-95% band)
            beyond = _scale(condition, unit)
            edge = beyond.high if direction == "below" else beyond.low
            open_end = beyond.low is None if direction == "below" else beyond.high is None
            floors = _zero_beyond(intervals, edge, direction)
            far = beyond.low if direction == "below" else beyond.high
            meeting = next((i for i in floors if (i.high if direction == "below" else i.low) == far), None)
            if not open_end and far is not None and meeting is not None:
                open_end = True  # 75%≤满意度<85%,每降低1%扣0.2分;满意度<75%不得分: the steps' band ends where nothing is scored
                shared = (beyond.low_inclusive and meeting.high_inclusive) if direction == "below" \
                    else (beyond.high_inclusive and meeting.low_inclusive)
                later = next(item[2] for item in intervals if item[0] is meeting).start > deductions[0][0].start
                if shared and later:  # 75%-85%之间每降低1%…,75%以下不得分: the band written first scores 75%, as in band lists
                    apart_edge = replace(meeting, high_inclusive=False) if direction == "below" else replace(meeting, low_inclusive=False)
                    intervals = [(apart_edge, item[1], item[2]) if item[0] is meeting else item for item in intervals]
                    floors = [apart_edge if i is meeting else i for i in floors]
            adjacent = next((o for i, o, _ in intervals if isinstance(o, Award) and o.points != 0 and open_end
                             and isinstance(edge, Decimal) and (i.low if direction == "below" else i.high) == edge), None)
            # (满意度在90%以下每降低1%扣0.5分，80%以下不得分: a zero band further out is the steps' floor, not another band)
            apart = isinstance(edge, Decimal) and all(
                i in floors or isinstance(b, Decimal) and (b >= edge if direction == "below" else b <= edge)
                for i, _, _ in intervals for b in ((i.low,) if direction == "below" else (i.high,)))
            if adjacent is not None and apart and adjacent.points is None and ref_bound == edge:
                condition = None  # 满分 at the edge: the steps start from it as when no band is named (it folds into them)
            elif adjacent is not None and apart:  # (100%以下每少1%扣1分；不足100%不得分: a band beyond the edge too — refused)
                ref_bound, base, folded, condition = edge, adjacent.points, None, None
        if base is None and base_award is not None:
            base = base_award
        elif base_award is not None and base_award != base:
            raise Unplaced(base_clause, "得分没有写明条件")  # 不大于目标值的，得5分…，给2分: which one scores?
        # ±3%以内得满分，偏差每增加1%扣1分 / 偏离度每增加1%扣0.5分: the deviation's size, either way
        magnitude = (folded is not None and folded[0].magnitude) or (folded is None and bool(absolute))
        deduction = Deduction(
            step=step, per=clause.per, direction=direction, reference=ref_bound, base=base, cap=cap,  # type: ignore[arg-type]
            policy=policy or "ceil", magnitude=magnitude, of_full=clause.per_of_full,
            of_reference=clause in shares and unit != "%" and ref_bound in (None, TARGET),
            written_step=f"{general_text(size)}{step_unit}" if step != size and step_unit and unit != "%" else "",
        )
        if step_unit == "%" and (unit in COUNT_UNITS or unit in MONEY_SCALE) and not deduction.of_reference:
            # 目标值为36000人次，每低于5%扣1分: a share of what is not said (the target, the level, 100%?), never 0.05人次
            raise Unplaced(clause, f"扣分步长是百分比，而评分标准按“{unit}”计，没有写明百分比按什么计算（如“每低于目标值5%”）")
        intervals = _anchor_excess_floors(intervals, deduction, unit)
        _check_floors(intervals, deduction, unit, clause.label)
        if condition is not None:
            intervals.append((at_standard(_scale(condition, unit)), deduction, clause))
            if otherwise is None:
                raise Unplaced(clause, "只写了该条件下如何扣分，其余情形的得分没有写明")
        else:
            if otherwise is not None:
                raise Unplaced(clause, "同时写了“否则”和扣分步长")
            intervals = [item for item in intervals if item is not folded]
            otherwise = deduction
    elif caps and any(c.cap is not None and not floor_restated(c, [o for _, o, _ in intervals] + [otherwise]) for c in caps):
        raise Unplaced(caps[0], "写了扣分上限，但没有扣分方法")
    if base_clause is not None and not deductions:
        raise Unplaced(base_clause, "得分没有写明条件")
    if otherwise is None and gate is None and len(intervals) == 1 and _formula_spent_in_its_band(*intervals[0][:2]):
        # 完成企业安全评估≥60家，按完成数/60×4计分: inside its own band the formula never scores below its points, so the
        # level is the target it divides by, and it scores every value (once 51家 scored 0, not 51/60×4 = 3.4)
        otherwise, intervals = intervals[0][1], []
    if line_max is not None and capped_at_points(otherwise, line_max.outcome[1]):  # type: ignore[index]
        otherwise, line_max = replace(otherwise, capped=True), None  # 投资额/目标任务金额×50，最高得50分
    if line_max is not None and isinstance(otherwise, Scaled) and otherwise.points not in (None, line_max.outcome[1]):  # type: ignore[index]
        raise Unplaced(line_max, FORMULA_MAX_UNLIKE)  # 覆盖率÷80%×4，最高不超过3分
    if line_max is not None:
        if not isinstance(otherwise, Affine) or otherwise.ceiling is not None:
            raise Unplaced(line_max, "写了最高分，但计分公式不是完成率的直线式（如“得分=70×达标率-63”）")
        otherwise = replace(otherwise, ceiling=line_max.outcome[1])  # type: ignore[index]
    stated = otherwise is not None
    if otherwise is None and intervals and not gate and all(
        outcome == Award(Decimal(0)) or isinstance(outcome, Minus)
        or (isinstance(outcome, Scaled) and interval.low is None and outcome.points is None)
        for interval, outcome, _ in intervals
    ):
        # 未达到90%的不得分 / 未达100%的，差额部分按比例扣减分值 / 低于标准10%以内的扣2分…, alone: only
        # what falls short loses points; reaching it scores in full
        otherwise, stated = Award(None), True
        if _band_below_target(intervals) is not None and not any(i.low is None for i, _, _ in intervals):
            # 比计划低3%-5%扣1分 alone: falling short by more would score in full
            raise Unplaced(intervals[-1][2], "只写了低于目标值一定范围内的扣分，低得更多时的得分没有写明")
    if otherwise is None:
        short = _band_below_target(intervals)
        if short is not None and not any(i.low == TARGET or isinstance(i.low, FromTarget) and i.low.factor >= ONE
                                         and i.low.shift >= 0 or i.high is None and from_target(i.low)
                                         for i, _, _ in intervals):
            # 比下达任务低5%以内得3分，低5%-10%得1分: bands below the target only; once 0 for reaching it (≥目标值的90%得4分
            # holds reaching it)
            raise Unplaced(short, "只写了低于目标值各档的得分，达到目标值时的得分没有写明")
        otherwise = Award(Decimal(0))
    formula_beside = isinstance(otherwise, (Scaled, Affine))
    minus = next((clause for _, outcome, clause in intervals if isinstance(outcome, Minus)), None)
    if formula_beside and minus is not None:
        # 得分=资金到位率×5分，到位率不足80%的扣2分: 75% is 75%×5−2 = 1.75 or 5−2 = 3 (once read as the latter, silently)
        raise Unplaced(minus, "扣分是从按公式算出的得分中扣，还是从分值中扣，没有写明")
    if len(intervals) == 2 and _complement(intervals[0][0], intervals[1][0]) and not isinstance(otherwise, Deduction):
        if stated:
            raise Unplaced(intervals[1][2], "条件已覆盖所有情形，“否则”无处适用")
        otherwise, stated = intervals[1][1], True
        intervals = intervals[:1]
    if isinstance(otherwise, Scaled) and not otherwise.low and intervals and all(
            (i.high == otherwise.high and i.low is None) if not otherwise.inverse else (i.low == otherwise.high and i.high is None)
            for i, _, _ in intervals):
        # 成本≤目标值得满分，高于目标值的按实际值/目标值×分值: above the target the ratio passes 100%, full marks again
        # (and ≥500得满分，低于的按500/实际值: below it, the same the other way)
        raise Unplaced(intervals[-1][2], "得满分的一侧之外按比例计分的比值仍不低于100%（又得满分）：正向指标用实际值/目标值，反向指标（成本、时间）用目标值/实际值",
                       certain=True)
    if isinstance(otherwise, Scaled) and (otherwise.inverse or (unit != "%" and not otherwise.low and not otherwise.falling)) \
            and isinstance(otherwise.high, Decimal) and any(
            isinstance(bound, Decimal) and bound != otherwise.high for i, _, _ in intervals for bound in i.bounds()):
        # 不超过0.05万元得满分，超过的按500/实际值: the limit the ratio divides is the band's own, or the two disagree (so
        # too 目标0.15万元…按实际户均增收/1500×分值, once 0.14万元/1500万元 = 0; a rate's 达到90%…/80%×分值 reads as written)
        raise Unplaced(intervals[-1][2], f"按比例计分的基准（{general_text(otherwise.high)}）与得满分的界限不一致", certain=True)
    intervals = exactly_full(intervals, unit)  # …>100%得3-5分；…100%得3分: 100% exactly beside a band above it
    intervals = _include_full_rate(_close_shared_bounds(_close_whole_number_gap_below(
        _close_whole_number_gaps(intervals, unit), unit)), unit)
    mixed = next((c for i, _, c in intervals if any(isinstance(b, FromTarget) for b in i.bounds())
                  and any(isinstance(b, Decimal) and b != 0 for b in i.bounds())), None)
    if mixed is not None:  # 低于标准10%以内的扣2分，低于20%以内的扣4分: a band from 目标值的90% up to a rate of 20%
        raise Unplaced(mixed, "分档中有的写成相对标准（目标值）的差距，有的写成数值，无法确定各档的界限")
    # 执行率95%-100%得10分，90%-95%得8分，90%以下得5分: with every band scoring and none above 100%, a
    # rate above 100% counts as 100% (as the regulations count 执行率); the 规范写法 says so
    capped = capped or (unit == "%" and not stated and reference is None and _tops_at_full(intervals) and all(
        outcome.implied_max() != 0 or (interval.low is None and gate is None) for interval, outcome, _ in intervals))  # (…，60%以下不得分 too)
    if capped and not intervals and isinstance(otherwise, Scaled) and not otherwise.inverse and not otherwise.low and (
            otherwise.high == ONE or unit not in ("%", "") and reference is not None and otherwise.high == reference[0]):
        # 执行率超过100%的按100%计算，得分=执行率×10 / 新建50处，得分=实际建成数/50×5，超额完成不加分 (the target printed)
        otherwise, capped = replace(otherwise, capped=True), False
    if capped and unit != "%":
        raise Unplaced(over_full or text, "“超过100%按100%计”只用于比率")
    if len(intervals) == 1 and _level_noted_in_brackets(intervals[0][2]):
        # 有活动场所(面积不少于200平方米),配备专职管理人员;经费…到位,8分: the level notes what one requirement means
        # among others, no measure the 8 points are given for (once ≥200平方米 scored 8 without the staff or funds)
        raise Unplaced(intervals[0][2], "括号中的数值是其中一项要求的说明，不是本指标按其计分的数值；请按评价要点逐项判断")
    required = _required_situation(intervals, context, text) if gate is None and otherwise == Award(Decimal(0)) else None
    if joined:
        states = set(joined.values())
        if len(states) == 1 and gate is None and otherwise == Award(Decimal(0)) and required is None \
                and all(id(c) in joined for _, o, c in intervals if o.implied_max() != 0):
            # 完成率≥90%且无安全事故得3分，否则不得分: the state is needed as well (by every band that scores)
            (required,) = states
        else:
            # 完成率≥90%且无安全事故得3分，完成率≥80%得2分: once 3 with an accident (the state dropped)
            # (资金到位率100%得5分,低于100%且未说明原因的不得分: the state on a case outside the bands, once StopIteration)
            band = next((c for _, _, c in intervals if id(c) in joined), None) or next((c for c in scoring if id(c) in joined), scoring[0])
            raise Unplaced(band, f"这一档还要求“{joined[id(band)]}”（用文字写明的另一项要求），其余分档没有这一要求，暂不能合并计分",
                           certain=True)
    stated_first = next((c for c in context if c.end <= min((x.start for x in scoring), default=0) and c.tokens
                         and all(t.kind in ("WORD", "EXCEPT", "AND", "DE") for t in c.tokens) and _STATE_FIRST.match(c.text)), None)
    if stated_first is not None and required is None and gate is None:
        # 无安全事故，完成率≥90%得3分，完成率≥80%得2分 / 在无安全事故的前提下，…: a state the bands need as well, never a
        # description (once dropped: 3 with an accident)
        raise Unplaced(stated_first, f"“{stated_first.text}”是用文字写明的另一项要求，各档是否以它为前提、未满足时如何计分没有写明",
                       certain=True)
    _check_spike(intervals)
    _refuse_below_no_count(intervals, unit)
    carved = _carved_remainder(intervals, otherwise)
    if carved is not None:
        intervals, otherwise, stated = carved[0], carved[1], True
    if not isinstance(otherwise, Deduction) and not stated and not required and not capped:
        _check_coverage(intervals)
    else:
        _check_overlaps(intervals)
    intervals = _yield_shared_points(intervals)
    entered = [item for item in intervals if isinstance(item[1], Entered)]
    if entered and not any(interval.low is None or interval.low == 0 for interval, _, _ in intervals):
        # 完成50%及以上(15)…完成10%及以上(9-11)完: bands that give score ranges list every band down to the bottom
        lowest = min(intervals, key=lambda item: item[0].low)
        raise Unplaced(lowest[2], "最低一档以下的得分没有写明")
    if gate is not None and not isinstance(otherwise, Deduction) and all(
        outcome.implied_max() == 0 for _, outcome, _ in intervals
    ):
        # 完成任务得0.5分；完成率低于60%不得分: what the rest (60% and more, task not done) scores is not said
        raise Unplaced(intervals[0][2] if intervals else gate[0], "未满足该情形时，其余情形的得分没有写明")
    if tiers:
        if not isinstance(otherwise, Deduction) or bonuses:
            raise Unplaced(tiers[0][0], "分段扣分只能接在从某一水平起算的扣分步长之后")
        # after the bands written (低于80%不得分 is deeper than the tier it lies in, and decides there)
        intervals = intervals + tier_cases(otherwise, tiers, lambda condition: _scale(condition, unit), unit)
    if not intervals and stated and isinstance(otherwise, Award) and gate is None and required is None:
        # 其它纵向项目…1分/项…省部级项目分/项: the points of “the other cases” with no case said before them
        raise Unplaced(text, "只写了“其他”（“否则”）情形的得分，前面没有写明任何情形")
    if isinstance(otherwise, Deduction) and otherwise.direction == "both" and otherwise.reference is None \
            and not otherwise.magnitude and len(intervals) == 1 and isinstance(intervals[0][1], Award) \
            and isinstance(intervals[0][0].low, Decimal) and isinstance(intervals[0][0].high, Decimal):
        # 计划完成率在90%-110%之间得满分，每偏离1%扣0.5分: off the band, from its nearer end (once from 100%: 85% lost 7.5)
        otherwise = replace(otherwise, reference=intervals[0][0].low, upper=intervals[0][0].high)
    compared = next((t.text for c in scoring for t in c.tokens if t.kind == "REF" and t.text in _VALUES_COMPARED_WITH), None)
    if isinstance(otherwise, Deduction) and otherwise.reference is None and not otherwise.magnitude and compared \
            and change_of(label) is None:  # (比上年增长率: a change from last year, stepped from none)
        otherwise = replace(otherwise, compared_with=compared)  # 参保率不低于上年得满分，…每下降1%: last year's, entered
    if any(type(outcome).__name__ == "Curve" for outcome in (otherwise, *(outcome for _, outcome, _ in intervals))):
        # (a curve is only ever made by measure_curve: a rule without one loads none of it)
        intervals, otherwise = placed_curves(intervals, otherwise, unit)  # (偏差率≤5%得2分；>5%的，得分=2×(1-偏差率): its size)
    return Piecewise(
        cases=tuple((interval, outcome) for interval, outcome, _ in intervals), otherwise=otherwise, unit=unit,
        stated_otherwise=stated, level=level, gate=gate, required=required, capped=capped,
        deadline=next((c.deadline for c in scoring if c.deadline), None),
    )


# 评价…/考核…: what the indicator looks at, not a state the score needs
_DESCRIBES = lazy_compile(r"^(?:评价|考察|考核|反映|衡量|用于|用以|主要|重点|以|根据|依据|按照|对|核算|核查|查看|查阅|统计|计算|超额|看|检查|抽查|调阅)")


def _formula_spent_in_its_band(interval: Interval, outcome: object) -> bool:
    """A formula as the outcome of the band its own divisor opens (≥60家 → 完成数/60×4; ≤100万元 → 100/实际值×4)."""
    if not isinstance(outcome, Scaled) or outcome.falling or outcome.low or not isinstance(outcome.high, Decimal):
        return False
    if outcome.inverse:
        return interval.low is None and interval.high == outcome.high
    return interval.high is None and interval.low == outcome.high


def _band_below_target(intervals: list) -> Clause | None:
    """The first band that ends at the target or below it (比计划低5%以内 / 低于目标值10%以上), if any."""
    return next((clause for interval, _, clause in intervals if from_target(interval.high)), None)


# what a measure is named by at its end: a rate, or a quantity counted or summed (下达天数 / 参训人数 / 到位金额)
_MEASURE_NOUN = ("率", "天数", "日数", "人数", "次数", "户数", "个数", "件数", "数量", "金额", "面积", "时间", "比例", "比重", "占比",
                 "得分", "分数", "成绩")  # (自评得分90以上得5分，他评得分85以上得3分: two scores)


def _one_rate(cases: list) -> None:
    """资料报送及时率≥98%，得2分；否则不得分。资料上传完整率≥95%，得1分: two rates named in full are two parts, never
    bands of one measure (the second's level would be read as the first rate's). So are two quantities named in full
    (直接分配资金下达天数≤15日得0.5分,否则不得分;再次分配资金下达天数≤30日得0.5分…: read as bands of the first, a
    second measure's 30日 was the first's, the parts' points never summed)."""
    named = [(re.sub(r"[^\u4e00-\u9fff]", "", clause.label), clause) for _, _, clause in cases]
    named = [(name, clause) for name, clause in named if len(name) >= 3 and name.endswith(_MEASURE_NOUN)]
    if any(name.endswith("完成率") for name, _ in named):
        # 健康管理人数达到年度任务数的，得5分；完成率低于100%的，…: the quantity against its target is that completion
        # rate at 100% — one measure (the quantity against a number of its own stays a second one)
        at_target = {id(clause) for condition, _, clause in cases if condition.interval.low == TARGET}
        named = [(name, clause) for name, clause in named if name.endswith("完成率") or id(clause) not in at_target]
    for name, clause in named[1:]:
        if name not in named[0][0] and named[0][0] not in name:
            kind = "比率" if name.endswith("率") and named[0][0].endswith("率") else "指标"
            raise Unplaced(clause, f"“{named[0][0]}”与“{name}”是两个{kind}，不能作为同一{kind}的分档")


def _formula_of_another_rate(cases: list, scoring: list[Clause]) -> None:
    """覆盖率达到100%得2分；否则得分=完成率×2: the formula's rate is another measure than the level's (a second rate, never
    entered), read once as the 覆盖率 itself. Names agreeing in their last three characters (项目完成率 / 实际完成率,
    资金到位率 / 到位率) are one measure."""
    levels = {re.sub(r"[^\u4e00-\u9fff]", "", clause.label) for _, _, clause in cases}
    levels = {name for name in levels if len(name) >= 3 and name.endswith("率")}
    for clause in scoring:
        if clause.outcome is None or clause.outcome[0] != "formula":
            continue
        for name in re.findall(r"[\u4e00-\u9fff]{2,10}率", clause.outcome[1]):
            other = next((level for level in levels if level[-3:] != name[-3:]), None)
            if other is not None and is_rate_label(name):
                raise Unplaced(clause, f"“{other}”与计分公式中的“{name}”是两个比率，公式中的比率无法由“{other}”得出"
                                       "（若是同一比率请用同一名称）")


MINUS_BESIDE_LADDER = "这一档写作“扣…分”，而其他各档写明了各自的得分，从哪一档的得分扣起（或是否倒扣）没有写明；请写明这一档的得分（如“得0分”）"


def _minus_beside_ladder(cases: list, otherwise: object, scoring: list) -> None:
    """考试成绩80以上得5分，60以上得3分，低于60的扣1分: beside awards of their own points, two or more, a band said as
    扣N分 comes off which of them — the 分值 (4, above the 3 of a better band), the band before it (2), or below 0 (−1)?
    Beside a single award (达到90%得5分，否则扣1分 / 90%以上得满分，80%-90%扣1分) it is the 分值 less N, as read; one
    that takes at least the highest award leaves 0 whichever it comes off."""
    # (不得分 is no level to deduct from: 90%以上得满分，80%-90%扣1分，低于80%不得分 reads from the 分值)
    awards = {outcome.points for _, outcome, _ in cases if isinstance(outcome, Award) and outcome.points != 0}
    if len(awards) < 2:
        return
    minus = next((clause for _, outcome, clause in cases if isinstance(outcome, Minus)), None)
    if minus is None and isinstance(otherwise, Minus):
        minus = next((c for c in scoring if c.otherwise and c.outcome is not None and c.outcome[0] == "minus"), None)
    deducted = next((o for _, o, c in cases if c is minus), otherwise)
    if minus is not None and None not in awards and isinstance(deducted, Minus) and deducted.points >= max(awards):
        return  # 满意度≥90%得2分;≥80%得1分;低于80%扣2分: from any of them nothing is left — 0 whichever is meant
    if minus is not None:
        raise Unplaced(minus, MINUS_BESIDE_LADDER)


_OR_AFTER_LEVEL = lazy_compile(r"\d[%‰]?(?:以上|以下|及以上|及以下)?,?(?:或者|或)(?!以上|以下|[\d≥≤<>])([\u4e00-\u9fff“”]{2,20}?)的?(?=[,，]?(?:(?:得|计|记|给|扣)\d|不得分))")
_EXCEPTED_FROM_BAND = lazy_compile(r"\d[%‰]?(?:以上|以下|及以上|及以下)?\(([^()\d]{2,20}?)的?除外\)")
# 无安全事故 / 未发生重大事故 / 在…的前提下: a state said before the bands (not a description of the indicator)
_STATE_FIRST = lazy_compile(r"^(?:在|以)?(?:无|没有|未发生|未出现|不存在|不发生)[\u4e00-\u9fff]{2,16}$|^在[\u4e00-\u9fff]{2,20}前提下$")


def _joined_requirement(clause: Clause) -> str | None:
    """完成率≥90%且无安全事故得3分: a state in words joined to the band's level in the same clause (且/并且/同时), which the
    band needs as well; None when the clause has none."""
    kinds = [token.kind for token in clause.tokens]
    if "NUM" not in kinds:
        return None
    level = next(i for i, kind in enumerate(kinds) if kind in ("CMP", "NUM"))
    if "AND" in kinds[:level]:  # 无安全事故且完成率≥90%得3分: the state first, the measure's name after 且
        joint = kinds.index("AND")
        state = clause.tokens[:joint]
        if state and all(t.kind in ("WORD", "EXCEPT") for t in state) and all(k == "WORD" for k in kinds[joint + 1:level]) \
                and joint + 1 < level:
            return "".join(t.text for t in state)
        return None
    if "AND" not in kinds[kinds.index("NUM"):]:
        return None
    start = kinds.index("AND", kinds.index("NUM"))
    end = next((i for i in range(start, len(kinds)) if kinds[i] in ("VERB", "PTS", "FULL", "ZERO")), len(kinds))
    state = clause.tokens[start + 1:end]
    if not any(t.kind == "WORD" for t in state) or any(t.kind not in ("WORD", "EXCEPT", "DE", "AND") for t in state):
        return None
    return re.sub(r"的$", "", "".join(t.text for t in state))


def _level_noted_in_brackets(band: Clause) -> bool:
    """The only band is a level in brackets after a requirement (有活动场所(面积不少于200平方米)) with more requirements
    in words after it, in the clause of the points."""
    kinds = [t.kind for t in band.tokens]
    if kinds.count("OPEN") != 1 or "CLOSE" not in kinds or "CMP" in kinds[:kinds.index("OPEN")]:
        return False
    opened, closed = kinds.index("OPEN"), kinds.index("CLOSE")
    after = kinds[closed + 1:]
    return "CMP" in kinds[opened:closed] and "CMP" not in after and "NUM" not in after and after.count("WORD") >= 1 \
        and after[-1:] == ["PTS"]


def _required_situation(intervals: list, context: list[Clause], text: str) -> str | None:
    """大部分器材有使用记录，坏损率不超过30%，得1分: a state in words, in the same sentence just before the
    only band, is needed as well; the band's own failure and the state's both score 0. Not a heading with its colon
    (资金到位情况：资金到位率≥95%得2分: what the band measures, named — once asked for as a requirement of its own)."""
    if len(intervals) != 1 or not Piecewise._one_sided(intervals[0][0]):
        return None
    band = intervals[0][2]
    before = _just_before(context, band, 1, _situation_words)
    if before is None or _DESCRIBES.match(before.text) or band.text[:1] in "若如" or ":" in text[before.end:band.start]:
        return None
    return re.sub(r"，且$", "", before.text)


def _gate_negated(gate: Clause, scoring: list[Clause], context: list[Clause]) -> bool:
    """项目完成…的，得10分；项目尚未完成，…80%的得7分: the bands that follow are scored when the situation does
    not hold, which the text says (尚未完成) — not two things that add up (有环卫管理机构…得10分；实行14小时以上
    保洁，得10分)."""
    following = next((c for c in scoring if c.condition is not None and c.start > gate.start), None)
    if following is None:
        return False
    between = [c.text for c in sorted(scoring + context, key=lambda c: c.start) if gate.end <= c.start <= following.start
               and not (c.otherwise and c.outcome == ("points", Decimal(0)))]  # (…得1分，否则不得分: its own zero, no gate)
    return bool(re.search(r"未|没有|否则|不", "".join(between)))


def _gate_situation(clause: Clause) -> bool:
    """A situation in words that earns points (且执行数控制在年度预算规模之内的，得10分), no number in it."""
    if clause.condition is not None or clause.otherwise or not clause.outcome or not clause.outcome[1]:
        return False
    kinds = [token.kind for token in clause.tokens]
    return kinds[-2:] == ["VERB", "PTS"] and set(kinds[:-2]) <= {"WORD", "AND", "SUF", "DE", "EXCEPT"} and "WORD" in kinds


def _just_before(context: list[Clause], clause: Clause, within: int,
                fits: Callable[[Clause], bool] = lambda c: True) -> Clause | None:
    """The context clause that ends just before ``clause`` (at most ``within`` separators away) and fits:
    the state in words a band, a waiver or a fault is written after."""
    near = [c for c in context if c.end <= clause.start and clause.start - c.end <= within and fits(c)]
    return near[-1] if near else None


def _stated_requirement(clauses: list[Clause], scoring: list[Clause]) -> Clause | None:
    """The one measured requirement (a condition, nothing scored in its clause) written before the failure
    clause (达不到的 / 否则), and directly before it; two such requirements would leave unsaid whether the failure
    is of either or of both."""
    failure = next((c for c in scoring if c.otherwise), None)
    if failure is None:
        return None
    stated = [c for c in clauses if c.end <= failure.start and c.condition is not None and c.outcome is None
              and c.step is None and c.per is None and c.cap is None and not c.unread and c is not failure]
    if len(stated) != 1 or _just_before(stated, failure, 2) is None:
        return None
    return stated[0]


_USED_UP_AT = lazy_compile(r"扣完\d+(?:\.\d+)?分为止")  # 扣完30分为止: a pool of points named, not 最多扣3分


def _states_the_standard(before: Clause, found: str) -> bool:
    """路面平整，下水道无垃圾堵塞现象，发现一处扣0.2分: the words before 发现 describe the standard kept (无…, 平整),
    not the fault found (有白色垃圾的 / 乱停乱放): no 的 closing a situation, and 无/没有 before the fault's
    noun or no word of a fault at all."""
    if before.text.endswith("的") or not _FOUND.match(found):
        return False
    return bool(_KEPT_FREE.search(before.text)) or not _FAULT_WORD.search(before.text)


def _standard_run(context: list[Clause], before: Clause, text: str) -> str:
    """城区内主次干道和街巷路面平整，下水道无垃圾堵塞现象，发现一处扣0.2分: the standard in every clause run by commas
    into the one before 发现, each stating what is kept (no 的 closing a situation, no fault named), back to a sentence's
    end, a number, how it is checked (查阅资料,) or anything that scores."""
    run = [before]
    for clause in reversed([c for c in context if c.end <= before.start]):
        if not _COMMA_ONLY.fullmatch(text[clause.end:run[0].start]) or not _situation_words(clause) \
                or _CHECKED_BY.match(clause.text) or not _states_the_standard(clause, "发现"):
            break
        run.insert(0, clause)
    return "、".join(clause.text for clause in run)  # (、: a comma would end the quoted standard read back)


_COMMA_ONLY = lazy_compile(r"\s*[,，]\s*")
_CHECKED_BY = lazy_compile(r"(?:经|要|需)?(?:查|检查|查看|查阅|核查|抽查|根据|依据|按照|对照|实地|现场)")
_FOUND = lazy_compile(r"(?:每)?(?:发现|查出|检查发现)")
_KEPT_FREE = lazy_compile(r"(?:^|[,，、])?(?:无|没有)[\u4e00-\u9fff]")
_FAULT_WORD = lazy_compile(r"未|不|缺|差|乱|违|错|漏|超|迟|晚|损|坏|破|脏|污|垃圾|问题|存在|发生|出现")


def _situation_words(clause: Clause) -> bool:
    return bool(clause.tokens) and _only_kinds(clause, _WORDS_ONLY)


_WORDS_ONLY = frozenset({"WORD", "EXCEPT", "AND"})


def _relative_level(cases: list, deductions: list) -> tuple[list, tuple[Decimal, str] | None]:
    """单位服务成本不高于120元/人次得4分，每高于标准5%扣1分: steps in % of a printed amount; the measure
    becomes the actual amount as a share of it, and the amount's bound 100%."""
    if len(cases) != 1 or len(deductions) != 1 or deductions[0][0].step[2] != "%" or deductions[0][1] is not None:
        return cases, None
    condition, outcome, clause = cases[0]
    interval = condition.interval
    if condition.unit in ("", "%") or condition.unit in LATENESS_UNITS or interval.magnitude:
        return cases, None
    one_sided = (interval.low is None) != (interval.high is None)
    level = interval.high if interval.low is None else interval.low
    if not one_sided or not isinstance(level, Decimal) or level <= 0:
        return cases, None
    share = replace(interval, low=None if interval.low is None else ONE, high=None if interval.high is None else ONE)
    return [(Condition(share, "%"), outcome, clause)], (level, condition.unit)


_SHARE_OF_STANDARD = lazy_compile(r"占标准的比例")


def _standard_as_level(reference: tuple[Decimal, str] | None, deductions: list) -> tuple[list, tuple[Decimal, str] | None]:
    """上门服务人次目标值为36000人次，每低于目标值5%扣1分: the only level is the target printed in a unit of count and the
    steps are shares of that target (they name it), so the measure is the actual count as a share of the target, which
    reached scores the 分值 — as ``达到目标值36000人次得5分，每低于目标值5%扣1分`` reads (once the 5% step was taken as 0.05人次:
    34200人次 short by 1800 scored 1 instead of 4)."""
    if len(deductions) != 1:
        return [], None
    clause, condition = deductions[0]
    if condition is not None and reference is None and clause.tokens and clause.tokens[0].kind == "REF" \
            and "目标" in clause.tokens[0].text and condition.interval.low == condition.interval.high:
        # 年度目标值36000人次，实际完成每低于目标值5%扣1分: the target and its value opening the steps' clause (no 为)
        reference, condition = (condition.interval.low, condition.unit), None  # type: ignore[assignment]
    if reference is None or reference[1] not in COUNT_UNITS or reference[0] <= 0:
        return [], None  # (an amount in 万元 is not yet scaled like the amount entered: left to the other readings)
    if condition is not None or clause.step is None or clause.step[0] != "below" or not names_target(clause):
        return [], None
    return [(Condition(Interval(low=ONE), "%"), Award(None), clause)], reference


def _completion_as_target(cases: list, deductions: list) -> list:
    """建设任务完成100%得10分，每少1项扣2分: with steps counted in items, 100% means every planned item."""
    if not deductions or deductions[0][0].step[2] not in COUNT_UNITS:
        return cases
    result = []
    for condition, outcome, clause in cases:
        interval = condition.interval
        if condition.unit == "%" and interval.low == 1 and interval.high in (None, ONE) and interval.low_inclusive:
            condition = Condition(Interval(low=TARGET), "")
        result.append((condition, outcome, clause))
    return result


_ON_TIME = lazy_compile(
    r"^(?:项目|工程|[\u4e00-\u9fff]{1,8}?(?<![未不没无非])|《[^《》]{1,16}》)?(?:(?:提前或|提前和|提前、)?(?:按期|按时|如期|准时|在计划(?:完成)?时间内|按计划时间|按计划|于规定时间内|在规定时间内"
    # 按规定时间完成绩效自评 / 按财政规定时间报送部门决算 / 项目按计划完工 / 工程按期竣工
    # 在合同约定期限届满前提交结题申请: the day the term runs out is the deadline (逾期 counts from it)
    # (在整改方案规定时限内完成: the document that sets the limit, named before 规定)
    r"|按(?:财政|上级|省|市|县|文件)?规定(?:的)?时间|在(?:[\u4e00-\u9fff]{0,4}?(?:方案|合同|文件|通知|协议))?规定的?时限内|按规定时限|按(?:照)?合同(?:约定)?(?:的)?(?:时间|工期|期限)|在合同(?:约定)?的?(?:时间|工期|期限)(?:内|届满前))"
    # 《年鉴》按时出版: a publication's title, then its issue
    # 按期开馆 / 按期通车: a building or road opened, the completion it is planned for
    r"(?:完成|完工|竣工|开工|上线|交付|投入使用|提交|报送|上报|出版|印发|发布|开馆|开园|开业|通车|通水|建成|投运|到货|供货|入库)"
    r"(?:(?![未不没延滞逾迟])[\u4e00-\u9fff]){0,10}"
    r"|(?:实际)?完成(?:时间|日期)(?:≤|不超过|不晚于)(?:计划|规定|合同约定)(?:完成)?(?:时间|日期)"  # 实际完成时间≤计划完成时间
    # 在计划完工日期前完成 / 在合同约定上线日期前上线 / 合同约定交付日期前到货: by the date the plan or contract sets
    r"|(?:在|于)?(?:计划|合同约定|规定)的?(?:完工|完成|竣工|交付|上线|到货|供货)?(?:日期|时间|期限)(?:前|之前|以前|内|以内)"
    r"(?:完成|完工|竣工|交付|上线|投入使用|到货|供货|到位)?"
    r"|(?:实际)?完成(?:时间|日期)在(?:计划|规定|合同约定)(?:完成)?(?:时间|日期|期限)(?:内|以内|之内)"  # 实际完成时间在计划时间内
    # 合同约定入库日期前完成入库验收 / 按批复工期完成主体工程 / 按合同约定日期完成: the day or term a plan, contract or approval sets
    # (按任务书约定时间完成 / 按协议约定期限完工: a project's task book or agreement sets the day, as a contract does)
    r"|(?:在|按|按照)?(?:计划|合同约定|合同|规定|批复|任务书约定|协议约定)的?[\u4e00-\u9fff]{0,4}?(?:日期|时间|期限|工期)(?:前|之前|以前|内|以内)?"
    r"(?:完成|完工|竣工|交付|上线|投入使用)(?:(?![未不没延滞逾迟])[\u4e00-\u9fff]){0,10}"
    # 报表、信息、材料报送及时 / 资金到位及时 / 补贴及时发放
    r"|[\u4e00-\u9fff]{0,8}?(?<![未不没无非])(?:按时|及时|按期)(?:报送|上报|提交|报告|报备|到位|拨付|下达|支付|发放|兑现)"  # (not 未按时报送)
    r"|[\u4e00-\u9fff、]{0,12}?(?:报送|上报|提交|报告|报备|到位|拨付|下达|支付|发放|兑现)(?:及时|按时|按期)"
    r"|(?:[\u4e00-\u9fff]{0,8}?比计划)?(?:提前(?:或|和|、)(?:按时?|按期)|(?:按时|按期)(?:或|和|、)提前)(?:完成)?)(?:的)?$"  # 完成时间比计划提前或按时
)


_FAILURE = lazy_compile(r"(?:不达标|未达标|未完成|没有完成|未达到|达不到|未达)(?:要求|标准)?的?$")


def _failure_as_otherwise(scoring: list[Clause], context: list[Clause]) -> list[Clause]:
    """完成率100%计满分；净完成数有1人不达标，该项不得分: the zero is what the condition's complement scores."""
    result = []
    for clause in scoring:
        before = _just_before(context, clause, 2)
        if (
            clause.outcome == ("points", Decimal(0)) and clause.condition is None and not clause.otherwise
            and not clause.unread and re.fullmatch(r"(?:该项|此项|本项|本指标)?", clause.words() or "")
            and any(c.condition is not None for c in scoring) and (
                (before is not None and _FAILURE.search(before.text))
                # 完成目标任务的，得15分，未完成的不得分: the failure named in the clause itself
                or (clause.tokens[0].kind == "EXCEPT" and _FAILURE.fullmatch(clause.tokens[0].text) is not None)
            )
        ):
            clause = replace(clause, otherwise=True)
        elif _failure_then_formula(clause, scoring):
            clause = replace(clause, otherwise=True)
        result.append(clause)
    return result


def _failure_then_formula(clause: Clause, scoring: list[Clause]) -> bool:
    """完成收购任务8万吨的，得3分；未完成的按实际收购量/8万吨×3分计算: the one level reached scores its points, the failure
    named (未完成的) its formula. Only after one level with a floor and nothing else conditioned (未完成 beside bands
    would not say which band), and only when the formula divides by that level's number (完成年度目标任务的得满分，未完成
    的按完成率×分值计分 does not say the task's target is the rate's, nor …按到位率×分值 that 到位率 is the 完成率)."""
    tokens = clause.tokens
    levels = [c for c in scoring if c.condition is not None]
    if clause.outcome is None or clause.outcome[0] != "formula" or clause.condition is not None or clause.otherwise \
            or len(levels) != 1 or levels[0].start > clause.start or len(tokens) < 3 or tokens[0].kind != "EXCEPT" \
            or not _FAILURE.fullmatch(tokens[0].text) or tokens[1].kind != "DE" or tokens[2].kind not in ("BY", "SCORE_IS"):
        return False
    held = levels[0].condition.interval  # type: ignore[union-attr]
    if not isinstance(held.low, Decimal) or held.high is not None or held.magnitude or levels[0].condition.unit == "%":  # type: ignore[union-attr]
        return False
    return re.search(rf"[/÷]{re.escape(general_text(held.low))}(?![\d.])", clause.outcome[1]) is not None


def _nest_cumulative(intervals: list, counted: bool = False) -> list:
    """90%以上得5分；80%以上得3分 / 5%以内得3分；10%以内得2分: each band, written after a stricter one, holds
    what that one leaves (80% up to 90%), as the reports read such lists."""
    result = counted_shares(shares_beside_target(list(intervals)), counted)  # (完成目标值90%以上 beside 达到目标值)
    refuse_bare_beside_share(result)
    result = _nest_beside_target(result)
    for side, kind in (("low", "plain"), ("low", "shift"), ("high", "plain"), ("high", "shift")):
        # bands bounded on one side only, in the order written
        chain = [i for i, (interval, _, _) in enumerate(result) if not interval.magnitude
                 and (key := _chain_key(getattr(interval, side))) is not None and key[0] == kind
                 and (getattr(interval, "high" if side == "low" else "low") is None or side == "high" and _after_on_time(interval))]
        bounds = [_chain_key(getattr(result[i][0], side))[1] for i in chain]  # type: ignore[index]
        stricter_first = all(a > b for a, b in zip(bounds, bounds[1:])) if side == "low" else all(a < b for a, b in zip(bounds, bounds[1:]))
        if len(chain) >= 2 and not stricter_first and _rising(result, chain, side):
            chain = chain[::-1]  # 达到90%的得分值的90%；达到100%的得满分: the stricter band, written last, wins
        elif len(chain) < 2 or not stricter_first:
            continue
        for before, index in zip(chain, chain[1:]):
            previous, (interval, outcome, clause) = result[before][0], result[index]
            if side == "low":
                interval = replace(interval, high=previous.low, high_inclusive=not previous.low_inclusive)
            else:
                interval = replace(interval, low=previous.high, low_inclusive=not previous.high_inclusive)
            result[index] = (interval, outcome, clause)
    return result


def _chain_key(bound: object) -> tuple[str, Decimal] | None:
    """What orders one-sided bands written one after another: a plain bound, or a distance off the target in its own
    unit (低于目标值3个百分点的扣1分，低于目标值6个百分点的扣2分) — never the two mixed, whose order the target decides."""
    if isinstance(bound, Decimal):
        return "plain", bound
    shift = target_shift(bound)
    return None if shift is None else ("shift", shift)


def _below_in_kind(bound: object, kind: str, first: Decimal) -> bool:
    key = _chain_key(bound)
    return key is not None and key[0] == kind and key[1] < first


def _nest_beside_target(result: list) -> list:
    """达到80%得3分，达到目标值得5分 / 达到目标值的80%得3分，达到目标值得5分: rungs bounded below only, some of them by
    the target (unknown until entered). The rung awarding more is the stricter one whatever the target turns out to
    be, so the rungs are tried from the best down, each holding what the one above leaves: the best rung reached
    scores (a target of 75% makes the 80% rung empty; once the first rung written, 3, swallowed reaching the target)."""
    chain = [i for i, (interval, _, _) in enumerate(result) if not interval.magnitude and interval.high is None
             and (isinstance(interval.low, Decimal) or from_target(interval.low))]
    if len(chain) < 2 or not any(from_target(result[i][0].low) for i in chain):
        return result
    ranks = _ranks([result[i][1] for i in chain], full_on_top=True)
    if None in ranks or all(a > b for a, b in zip(ranks, ranks[1:])):
        return result  # written from the best down: tried in the order written, the best rung reached scores
    if len(set(ranks)) < len(ranks):
        raise Unplaced(result[chain[1]][2], "分档的界限有的相对目标值，有两档得分相同，无法确定各档的先后（请按从高到低写明各档，如“达到目标值得5分，达到80%得3分”）")
    best_first = [index for _, index in sorted(zip(ranks, chain), reverse=True)]
    for better, worse in zip(best_first, best_first[1:]):
        high, low = result[better][0].low, result[worse][0].low
        comparable = (high, low) if isinstance(high, Decimal) and isinstance(low, Decimal) else \
            (_as_share_of_target(high), _as_share_of_target(low))
        if None not in comparable and comparable[0] <= comparable[1]:  # type: ignore[operator]
            raise Unplaced(result[worse][2], "分档的要求越低得分越高，无法确定各档的界限")
    rungs = [result[i] for i in best_first]
    for before, index in zip(best_first, best_first[1:]):
        interval, outcome, clause = result[index]
        above = result[before][0]
        rungs[best_first.index(index)] = (replace(interval, high=above.low, high_inclusive=not above.low_inclusive), outcome, clause)
    for position, rung in zip(chain, rungs):  # the best rung first, in the places the rungs were written
        result[position] = rung
    return result


def _ranks(outcomes: list, full_on_top: bool = False) -> list:
    """得3分 … 得5分 / 得分值的90% … 得满分: what each outcome awards, comparable among themselves (None if not);
    with ``full_on_top``, 得满分 beside points ranks above them all (no rung awards more than the 分值)."""
    if all(isinstance(o, Award) and o.points is not None for o in outcomes):
        return [o.points for o in outcomes]
    if full_on_top and all(isinstance(o, Award) for o in outcomes):
        return [Decimal("Infinity") if o.points is None else o.points for o in outcomes]
    return [o.fraction if isinstance(o, Share) else ONE if o == Award(None) else None for o in outcomes]


def _after_on_time(interval: Interval) -> bool:
    """按期完成得3分，延期1个月内得2分，延期3个月内得1分: a band of lateness, from above the on-time 0, bounded
    above only as written (its 0 is the on-time band's, so it nests as 1个月内 does alone)."""
    return interval.low == 0 and not interval.low_inclusive and interval.written_low is None


def _rising(result: list, chain: list[int], side: str) -> bool:
    """Bands written from the most lenient to the strictest, each awarding more than the one before."""
    keys = [_chain_key(getattr(result[i][0], side)) for i in chain]
    bounds = [key[1] for key in keys]  # type: ignore[index]
    lenient_first = all(a < b for a, b in zip(bounds, bounds[1:])) if side == "low" else all(a > b for a, b in zip(bounds, bounds[1:]))
    ranks = _ranks([result[i][1] for i in chain])
    if not lenient_first or None in ranks:
        return False
    rising = all(a < b for a, b in zip(ranks, ranks[1:]))
    others = [item[0] for index, item in enumerate(result) if index not in chain and not item[0].magnitude]
    if side == "high" and not rising and all(result[i][0].low is None for i in chain) and not any(
            other.low is None or _below_in_kind(other.low, keys[0][0], bounds[0]) for other in others):  # type: ignore[index]
        # 增长5%以下得1分，负增长不得分: below a level either way can be the better side (a deviation, a growth), so the
        # stricter band written last scores less as well as more (when no other band lies below the first)
        rising = all(a > b for a, b in zip(ranks, ranks[1:]))
    return rising


def _one_count_deducted(intervals: list, otherwise: Outcome | None) -> None:
    """发现一次的扣1分 (发现三次及以上的不得分 aside): exactly one occurrence loses 1 — two would lose nothing, unless
    each one is meant (每次扣1分); not ours to guess. An otherwise that deducts too (少建1个的扣1分;已建但未达标的扣3分:
    once none missing lost 3) says no more of the other counts."""
    if otherwise is not None and not isinstance(otherwise, Minus):
        return
    for interval, outcome, clause in intervals:
        if isinstance(outcome, Minus) and interval.low == interval.high and interval.low_inclusive and interval.high_inclusive \
                and isinstance(interval.low, Decimal) and interval.low > 0 and clause.condition is not None \
                and clause.condition.unit in COUNT_UNITS and not any(
                    holds(other, interval.low + 1) for other, _, _ in intervals if other is not interval):
            raise Unplaced(clause, f"只写了恰好{general_text(interval.low)}{clause.condition.unit}时扣分，其他次数如何扣分没有写明"
                                   f"（如按次扣分，请写“每{clause.condition.unit}扣…分”）", certain=True)


def _single_event_band(intervals: list) -> None:
    """单次成灾面积100亩以上的扣5分: the level is each event's (单次/单起), so the deduction counts the events that
    reach it — not one measure's band (a 2亩 total would once keep every point however many large events)."""
    for _, outcome, clause in intervals:
        event = _SINGLE_EVENT.search(clause.text)
        if isinstance(outcome, Minus) and event is not None:
            raise Unplaced(clause, f"“{event.group()}”所说的是每一起事件的数值，按达到该数值的事件数扣分时请写明“每起扣…分”")


_SINGLE_EVENT = lazy_compile(r"(?:单次|单起|单笔|单宗|单例|一次性)[\u4e00-\u9fff]{0,8}?(?=\d)")


_SHORT_OF_LEVEL = lazy_compile(r"(?:未达到|未达|达不到|没有达到|低于|少于|不足|不到|未完成)\d")


def _nothing_to_deduct(intervals: list, otherwise: Outcome | None) -> list:
    """未到县数的比例5%以内扣1分，5%-10%扣3分，10%以上不得分: bands of deductions only, over a share of faults —
    none at all (0%) has nothing to deduct, so the first band starts above 0 and 0 scores the 分值."""
    if otherwise is not None or not intervals or not all(
            isinstance(outcome, Minus) or outcome == Award(Decimal(0)) for _, outcome, _ in intervals):
        return intervals
    first, outcome, clause = min(intervals, key=lambda item: item[0].high if isinstance(item[0].high, Decimal) else Decimal("Infinity"))
    if not isinstance(outcome, Minus) or first.low not in (None, Decimal(0)) or not isinstance(first.high, Decimal) or first.high <= 0 \
            or first.magnitude or (first.low == 0 and not first.low_inclusive):
        return intervals
    if _SHORT_OF_LEVEL.search(clause.text):
        return intervals  # 资金到位率未达到100%扣3分: short of a level to reach (0% is the worst), not a share of faults
    lost = [outcome.points if isinstance(outcome, Minus) else Decimal("Infinity") for _, outcome, _ in intervals]
    if any(other < outcome.points for other in lost):
        return intervals  # 95%-100%扣2分，低于95%扣6分: the lowest band loses most — a rate, where 0 is the worst
    starts = (replace(first, low=Decimal(0), low_inclusive=False), outcome, clause)
    return [(Interval(low=Decimal(0), high=Decimal(0), high_inclusive=True), Award(None), clause)] + [
        starts if item[0] is first else item for item in intervals]


def _printed_target_completed(scoring: list[Clause], context: list[Clause]) -> list[Clause]:
    """培训人数目标1200人次，完成得满分；每少50人次扣0.5分: after a target printed in a count (clauses._states_the_target),
    完成 alone is that target reached, as 完成目标 is."""
    printed = next((c for c in scoring + context if c.reference is not None and c.reference[1] not in ("", "%")), None)
    if printed is None or WHICH_WAY_UNSAID.search(printed.text):  # (投诉件数目标为5件，完成得满分: reached which way?)
        return scoring
    return [replace(clause, condition=Condition(Interval(low=TARGET), printed.reference[1]), otherwise=False)  # type: ignore[index]
            if clause.condition is None and clause.start > printed.start and (not clause.otherwise or _reached_alone(clause))
            and clause.step is None and clause.outcome is not None and clause.outcome[0] == "points" and not clause.unread
            and (_COMPLETED_ALONE.fullmatch(clause.words() or "") or _reached_alone(clause)) else clause for clause in scoring]


_COMPLETED_ALONE = lazy_compile(r"(?:全部)?(?:完成|达到|实现)(?:的|任务的?)?")


def _reached_alone(clause: Clause) -> bool:
    """年度指标值≥5000万元；达到的得3分 / 达到得3分: 达到 with nothing after it but the points (its comparison word, not a
    WORD) is the printed target reached — never the 否则 that 达到的 is read as after a band of its own."""
    kinds = [t.kind for t in clause.tokens]
    return bool(kinds) and kinds[0] == "CMP" and clause.tokens[0].text in ("达到", "达") \
        and kinds[1:] in (["VERB", "PTS"], ["DE", "VERB", "PTS"], ["VERB", "FULL"], ["DE", "VERB", "FULL"], ["FULL"], ["DE", "FULL"])


def _requirement_met(scoring: list[Clause]) -> list[Clause]:
    """门急诊工作量达到要求，得满分；门急诊量≥规定数的80%，得2分…: above bands of the same measure, the requirement met
    is its top band — 100% of the 规定数 where the bands are shares of it, else the target entered (管床数达到要求)."""
    if len(scoring) < 2:
        return scoring
    first, band = scoring[0], scoring[1]
    if first.condition is not None or first.outcome is None or first.outcome[0] != "points" or first.otherwise \
            or first.step or first.occurrence or first.unread or band.condition is None or band.step is not None:
        return scoring
    said = _REQUIREMENT_MET.match(_option_label(first))
    if said is None:
        return scoring
    subject = said.group(1)
    if subject and not (band.label and (subject.startswith(band.label) or band.label.startswith(subject))):
        # 资金使用符合要求，得满分；到位率≥90%… / 病历书写质量达要求…；病历甲级率≥规定数的80%: another point, not the
        # same measure's top band (a shared first word is not the same measure)
        return scoring
    if re.search(r"[或和与、]|及(?!数量$)", subject):
        # 管床数或完成检查项目达到要求 / 病例数和手术量达要求 / 培训病例数及质量达要求，…病例数≥规定数的90%: two
        # quantities, or a quality beside the count, which the bands do not measure; 种类及数量, the count's own
        # description, stays
        return scoring
    unit = band.condition.unit
    shares = unit == "%" and not any(from_target(bound) for bound in band.condition.interval.bounds())
    interval = Interval(low=ONE) if shares else Interval(low=TARGET)  # (≥目标值的90%: the target itself)
    return [replace(first, condition=Condition(interval, unit))] + scoring[1:]


# (独立技能操作种类及数量达要求: 达 for 达到, after a subject of up to 12 characters)
_REQUIREMENT_MET = lazy_compile(r"^([\u4e00-\u9fff]{0,12}?)(?:工作量)?(?:达到要求|达要求|符合要求|达到规定|符合规定|达到规定要求|符合规定要求)"
                                r"(?:\(含[^()]*\))?$")


# 项目在2024年12月31日前完工: on time by a date printed (with its year, so the days late can be counted)
# (按计划于2023年9月30日前完成采购的 / 应于…前完工: the plan or the duty that sets the date, said before it)
# (监测报告于2024年11月30日前报送的: what is due named first, and its handing in — never with 未/不 in it: 年报未在…前报送)
# (2024年6月30日前将补贴资金足额拨付至客运企业的: what is done named between the date and a verb of paying or sending)
_DEADLINE = lazy_compile(r"(?:项目|工程|(?:(?![未不没无非否])[\u4e00-\u9fff]){2,10}?(?<![应须需]))?"
                        r"(?:按计划|计划|按合同约定|合同约定|应当|应|须|需)?(?:在|于)?"
                        r"((?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?)(?:前|之前|以前)(?:全部|全面)?"  # (…前全部完成整治的)
                        r"(?:(?:完成|完工|竣工|办结|报送|上报|提交|交付|上线|拨付|下达|发放|印发|建成|投入使用)"
                        r"|将(?:(?![未不没无])[\u4e00-\u9fff“”]){1,20}?(?:拨付|发放|兑付|下达|报送|上报|提交))"
                        r"(?:[\u4e00-\u9fff]{0,8}?)"  # (…前完成竣工验收的: what is completed may be named)
                        # (…前完工、确保秋季开学投入使用的: and why by that day — a purpose, no number, nothing undone)
                        r"(?:[、,，]?(?:以|从而)?(?:确保|保证|以便|满足)(?:(?![未不没无])[\u4e00-\u9fff“”]){2,16}?)?(?:的)?")
# 按合同约定工期（2024年9月30日前）完成得3分: the term kept, its last day in brackets (with its year)
_TERM_DEADLINE = lazy_compile(r"(?:项目|工程)?(?:按照?|在)(?:合同约定的?|合同|计划|约定的?)?(?:工期|期限)(?:内)?"
                              r"\(((?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?)(?:前|之前|以前)?\)(?:内)?(?:完成|完工|竣工|办结)"
                              r"(?:[\u4e00-\u9fff]{0,8}?)(?:的)?")
# (the option's label drops brackets, and the date with them: the clause's words less its points)
_BRACKETS_KEPT = lazy_compile(r"[,，]?(?:得|计)(?:满分|\d+(?:\.\d+)?分)[。;；,，]?$")


def _on_time(scoring: list[Clause], context: list[Clause]) -> list[Clause]:
    """按期完成得4分；逾期30天以内得2分: beside bands or steps of lateness, on time is a lateness of 0 — from the date
    printed in the clause (2024年12月31日前完成), or in the sentence before it (应于2024年10月31日前完工。按期完工的),
    else from the planned date entered."""
    late = next((c for c in scoring if (c.condition and c.condition.unit in LATENESS_UNITS)
                 or (c.step and (c.step[2] in LATENESS_UNITS or late_times(c)))), None)
    if late is None:
        if any(c.step and c.step[2] == "%" and c.step[0] != "below" for c in scoring):
            # 在计划时间内完成的，得满分；…与计划每相差4%扣1分: on time is a 完成及时率 of 100%
            return [
                replace(c, condition=Condition(Interval(low=ONE), "%")) if c.condition is None and c.outcome
                and c.outcome[0] == "points" and not c.step and _ON_TIME.match(_option_label(c)) else c
                for c in scoring
            ]
        return scoring
    unit = late.condition.unit if late.condition else late.step[2]  # type: ignore[index]
    result = []
    on_time = False
    for clause in scoring:
        if clause.condition is None and clause.outcome and clause.outcome[0] == "points":
            deadline = _DEADLINE.fullmatch(_option_label(clause)) or _TERM_DEADLINE.fullmatch(_BRACKETS_KEPT.sub("", clause.text))
            if deadline is not None or _ON_TIME.match(_option_label(clause)):
                from .deadline_said_before import deadline_said_before

                printed = deadline.group(1) if deadline else deadline_said_before(clause, context) or ""
                clause = replace(clause, condition=Condition(Interval(high=Decimal(0), high_inclusive=True), unit),
                                 deadline=printed)
                on_time = True
        result.append(clause)
    if on_time:  # 逾期30天以内 beside 按期完成: late, but by at most 30 days
        result = [
            replace(c, condition=replace(c.condition, interval=replace(c.condition.interval, low=Decimal(0), low_inclusive=False)))
            if c.condition and c.condition.interval.low is None and c.condition.interval.high != 0 else c
            for c in result
        ]
    return result


_EXCESS_WORDS = ("超出", "超过", "高于", "多于")


def _anchor_excess_floors(intervals: list, deduction: Deduction, unit: str) -> list:
    """每超出2%扣1分，超出10%以上不得分: the floor's excess is measured like the steps', from the same
    reference (100% of the budget), so it lies at 110%."""
    if deduction.direction != "above" or unit != "%" or deduction.magnitude or not (
        deduction.reference is None or isinstance(deduction.reference, Decimal)
    ):
        return intervals
    reference = deduction.reference if isinstance(deduction.reference, Decimal) else Decimal(1)
    anchored = []
    for item in intervals:
        interval, outcome, case = item
        first = case.tokens[0] if case.tokens else None
        if (
            outcome == Award(Decimal(0)) and first is not None and first.text in _EXCESS_WORDS
            and isinstance(interval.low, Decimal) and interval.high is None and interval.low < reference
        ):
            item = (replace(interval, low=reference + interval.low), outcome, case)
        anchored.append(item)
    return anchored


def _check_floors(intervals: list, deduction: Deduction, unit: str, stepped: str = "") -> None:
    """A zero floor lies on the side the steps move to: below the reference for shortfalls (不足50%不得分),
    above it for excess. 超出10%以上不得分 beside 每超出2%扣1分 from 100% is a relative bound the text
    does not anchor: refused, not guessed."""
    reference = deduction.reference if isinstance(deduction.reference, Decimal) else (
        Decimal(1) if deduction.reference is None and unit == "%" else None  # a rate without target: 100%
    )
    if reference is None or deduction.magnitude:
        return
    for interval, outcome, case in intervals:
        if (isinstance(outcome, Award) and outcome.points != 0 or isinstance(outcome, Minus)) and not interval.magnitude \
                and deduction.direction in ("below", "above"):
            lies = interval.high if deduction.direction == "below" else interval.low
            # 执行率≥90%得5分；执行率每低于100%一个百分点扣0.5分: a band of the measure the steps name, open towards the
            # reference from inside the steps' range (95%: 5 by the band, 2.5 by the steps — once the band won)
            starts = interval.low if deduction.direction == "below" else interval.high
            if lies is None and isinstance(starts, Decimal) and (starts < reference if deduction.direction == "below" else starts > reference) \
                    and stepped and case.label and (stepped.endswith(case.label) or case.label.endswith(stepped)):
                raise Unplaced(case, "这一档落在扣分步长的范围内，与扣分相矛盾（是否为另一项指标？）")
            if not isinstance(lies, Decimal):
                continue
            inside = lies < reference if deduction.direction == "below" else lies > reference
            touches = lies == reference and not (interval.high_inclusive if deduction.direction == "below" else interval.low_inclusive)
            if (inside or touches) and isinstance(outcome, Minus):
                # 参训率达到95%得4分,每降低1个百分点扣0.2分;参训率低于80%的扣1分: once the band replaced the steps (79% → 3)
                raise Unplaced(case, "这一档的扣分落在扣分步长的范围内，不知是在逐步扣分之外另扣，还是代替逐步扣分", certain=True)
            if inside or touches:
                # ≥29.5%得1分，每下降0.1%扣0.1分…增幅达到0.5%以上得1分: a band where the steps deduct (another measure?)
                raise Unplaced(case, "这一档落在扣分步长的范围内，与扣分相矛盾（是否为另一项指标？）")
            continue
        if outcome != Award(Decimal(0)) or interval.magnitude:
            continue
        if deduction.direction == "above":
            wrong = isinstance(interval.low, Decimal) and interval.low < reference  # 超出10%以上 beside 100%
        else:
            wrong = isinstance(interval.high, Decimal) and interval.high > reference
        if wrong:
            raise Unplaced(case, "不得分的条件与扣分方向不一致（是相对于什么超出或不足？）")


def _unsigned_deviation(text: str, intervals: list) -> bool:
    """预算执行偏差率≤5%得满分，5%-10%得1分 / 偏差率在5%以内得满分，每超1%扣0.5分: bounds above 0 only, none
    below it — the deviation's size (an underspend of 12% passes no ≤5%); 偏差率=0得4分;0-2%(含)… keeps its sign.
    So too the bands after one said either way: 偏差率在±3%以内得2分；偏差率>3%的得分=… (−10% once in no band, 0)."""
    if not _DEVIATION_RATE.search(text) or _SIGN_WORDS.search(text) or _RATE_DEFINED.search(text):
        return False  # (预算调整率=调整金额/年初预算: the ratio the rule defines, as defined)
    signed = [interval for interval, _, _ in intervals if not interval.magnitude]
    bounds = [b for interval in signed for b in interval.bounds() if b is not None]
    above_zero = all(isinstance(b, Decimal) and b > 0 for b in bounds)
    if "±" in text or len(signed) < len(intervals):
        return bool(signed) and len(signed) < len(intervals) and bool(bounds) and above_zero
    return above_zero


_DEVIATION_RATE = lazy_compile(r"偏差率|差异率|误差率|调整率|调整幅度|调整比例|调整比率|浮动比例|浮动率|浮动幅度|差异在"
                             r"|偏离(?![\d每度])[\u4e00-\u9fff]{0,6}?(?:不超过|不高于|控制在|在\d|≤)")
_RATE_DEFINED = lazy_compile(r"(?:率|幅度|比例|比率)=(?![^,;。]*[-|])")  # (=|实际-预算|/预算 is a size either way)
_SIGN_WORDS = lazy_compile(r"超支|节约|结余|正偏差|负偏差|高于预算|低于预算|超出预算|负数|(?<![\d%)])-\d")
_ABSOLUTE_MEASURE = lazy_compile(r"偏离度|偏离率|偏差度|偏差(?!率)(?=在|控制|不超过|超过|超出|大于|高于|[≥≤<>])|(?:率|度)绝对值")


def _no_unread(clause: Clause) -> None:
    if clause.per is not None and clause.per <= 0:
        raise Unplaced(clause, "扣分应为正数")
    if clause.added is not None and clause.added <= 0:
        raise Unplaced(clause, "加分应为正数")
    if clause.step is not None and clause.step[1] <= 0:
        raise Unplaced(clause, "步长应大于0（如“每超过1个百分点”）")
    if clause.unread and clause.unread[0].kind == "ETC":
        raise Unplaced(clause, f"“{clause.unread[0].text}”没有写明其余各档的条件和得分，请逐档写明")
    if clause.unread and clause.unread[0].kind == "SIGN":  # 负技巧在5%以下 / 正技巧负技巧 (signs.py)
        raise Unplaced(clause, f"“{clause.unread[0].text}”这一档的范围无法确定（负技巧只能单独成档，正技巧之后可写数值，如“正技巧在5%以下”）")
    if clause.unread:
        raise Unplaced(clause, unread_reason(clause))  # a number, or a word left over (扣分 with no amount)


def _rule_unit(conditions: list[Condition], steps: list, label: str, scoring: list[Clause], bare: bool = False) -> str:
    """The measure's unit; numbers without one are a rate's percentages, unless ``bare`` (业绩值为2)."""
    condition_units = [c.unit for c in conditions if c.unit]
    units = set(condition_units) | {s[2] for s in steps if s and s[2]}
    scored = next((c for c in scoring if _SCORE_LABEL.search(c.label)), None)
    if scored is not None and units - {SCORE_UNIT}:  # 得分80以上得5分，60%以上得3分: a score in points, never 60% or 60人
        raise Unplaced(next((c for c in scoring if any(t.unit in units - {SCORE_UNIT} for t in c.tokens)), scoring[-1]),
                       f"“{scored.label}”是分数，这一档的单位与之不符，不像是同一指标的分档")
    money = units & set(MONEY_SCALE)
    # (≤0.8万元/户 beside 每超出1000元/户: amounts per the same thing in two scales, once 每超过1000万元/户)
    scales = {unit.partition("/")[0] for unit in units} & set(MONEY_SCALE)
    if len(scales) > 1:
        raise Unplaced(next((c for c in scoring if any(t.unit.partition("/")[0] in scales for t in c.tokens)), scoring[-1]),
                       "同一条评分标准中金额单位不一致")
    counts = (units & (COUNT_UNITS | {SCORE_UNIT})) | money
    measured = {unit for unit in condition_units if unit in COUNT_UNITS | {SCORE_UNIT} and unit != "个"}  # 个 counts anything
    if len(measured) > 1:  # 配备1名以上管理员，得2分；面积不少于20平方米，得3分: two measures, not bands of one
        raise Unplaced(next((c for c in scoring if any(t.unit in measured for t in c.tokens) and c.condition is not None
                             and c.condition.unit != condition_units[0]), scoring[-1]),  # (or a level said beside them)
                       "同一条评分标准中各档的计量单位不一致，不像是同一指标的分档")
    counted = next((c for c in scoring if c.condition is not None and any(c.condition.bare) and _COUNTED_LABEL.search(c.label or "")), None)
    if "%" in units and counted is not None:
        # 培训人数100以上5分;满意度90%以上5分: a count beside a rate, two measures (once 满意度≥100%: 100 people as 100%)
        raise Unplaced(counted, "同一条评分标准中既有百分比又有数量（人数、座席等），不像是同一指标的分档")
    if "%" in units and counts:
        clause = next((c for c in scoring if any(t.unit in counts for t in c.tokens)), scoring[-1])
        raise Unplaced(clause, "同一条评分标准中既有百分比又有数量单位")
    _refuse_people_counted_in_another_unit(units, scoring)
    late = [c for c in scoring if c.step is not None and c.step[2] in LATENESS_UNITS]
    if late and counts - set(LATENESS_UNITS):  # 按期设立信息员3名得30分，每推迟1个月扣10分: never 每超过1名扣10分
        raise Unplaced(late[0], "同一条评分标准中既有数量又有逾期时间，无法确定按哪一个扣分")
    if "%" in units:
        return "%"
    if counts - money:
        _refuse_unitless_step_beside_scaled(scoring)
    if counts:  # 达到2910人得7分，少5个扣1分: the reference's unit names the measure
        return next((unit for unit in condition_units if unit in counts), sorted(counts)[0])
    if not units and any(any(c.bare) for c in conditions) and any(_COUNTED_LABEL.search(c.label) or _ACTUAL_LABEL.fullmatch(c.label)
                                                               for c in scoring):
        # 阅览座席400以上得10分 / 培训人数100以上得5分: a count whose unit goes unsaid, never 400% of a target (350 seats
        # scored 0 against a target of 400: 87.5% below the lowest band)
        return ""
    if not units and _PLAIN_NUMBER_LABEL.search(label):
        # 灌溉水有效利用系数达到0.56以上得满分，每低0.01扣0.5分: a coefficient is a plain number (once 56%, its step
        # 0.01%: 100 times too fine, and 0.57 entered was asked for as a rate)
        return ""
    if not (units or bare):
        _refuse_bare_time(conditions, scoring)
        _refuse_bare_beyond_percent(scoring)
        _refuse_bare_between_fraction_and_percent(conditions, label, scoring)
        _refuse_unitless_step_from_target(conditions, scoring)
        _refuse_bare_per_head(scoring)
    return "%" if is_rate_label(label) or not (units or bare) else ""


# 每生每年 / 人均 / 户均 / 每亩: what each one gets, an amount or a count, never a rate of anything
_PER_HEAD = lazy_compile(r"每(?:生|人|户|亩|村|校)|[人户生亩村]均")


def _refuse_bare_per_head(scoring: list[Clause]) -> None:
    """国家助学金每生每年不低于2，每低0.1扣1分: a number for each student with no unit — 2000元, 2千元? (once read as
    完成率≥2%, 1.9 entered as a rate scoring 2 of 3)."""
    for clause in scoring:
        if clause.condition is None or not any(clause.condition.bare):
            continue
        number = next((t for t in clause.tokens if t.kind == "NUM" and not t.unit), None)
        said = _PER_HEAD.search(clause.text, 0, number.start - clause.start if number is not None else len(clause.text))
        if said is not None and not is_rate_label(clause.label or ""):
            raise Unplaced(clause, f"“{said.group()}”的数值没有写单位（按每人、每户计的金额或数量，不是百分比）：请写明单位（如“2000元”）",
                           certain=True)


def _refuse_people_counted_in_another_unit(units: set[str], scoring: list[Clause]) -> None:
    """培训人数达到计划的得满分，每少一批扣1分: a number of people stepped in batches (批 / 期 / 班 / 场) — how many
    people make a batch is not written (once 每少1批 asked of the 人数 itself: 120 people short counted as 120 batches)."""
    people = next((c for c in scoring if _PEOPLE_LABEL.search(c.label or "")), None)
    other = sorted(units & _GROUP_UNITS)
    if people is not None and other:
        clause = next((c for c in scoring if any(t.unit in other for t in c.tokens)), people)
        raise Unplaced(clause, f"{_PEOPLE_LABEL.search(people.label or '').group()}按人计，这里按“{other[0]}”计数，每{other[0]}多少人没有写明", certain=True)


_PEOPLE_LABEL = lazy_compile(r"人数|人次")
_GROUP_UNITS = frozenset({"批", "期", "班", "场", "场次", "批次", "组", "户", "家"})


# (生师比不高于19 / 覆盖倍数≥1.1: a ratio of two counts written as one number, never 19% — but 占比 is a share)
_PLAIN_NUMBER_LABEL = lazy_compile(r"(?:系数|指数|倍数|(?<![占同环])比)$")


def _refuse_bare_time(conditions: list[Condition], scoring: list[Clause]) -> None:
    """系统故障响应时间不超过30的得2分: a time with no unit — 30分钟? 30小时? (once read as 响应时间≤30%)."""
    if not any(any(condition.bare) for condition in conditions):
        return
    timed = next((c for c in scoring if c.condition is not None and any(c.condition.bare) and _TIME_LABEL.search(c.label or "")), None)
    if timed is not None:
        raise Unplaced(timed, f"“{timed.label}”是时间，数值没有写单位（分钟、小时、天…）：请写明单位（如“30分钟以内”）", certain=True)


_TIME_LABEL = lazy_compile(r"(?:时间|时长|时限|用时|耗时|周期)$")


def _refuse_bare_beyond_percent(scoring: list[Clause]) -> None:
    """项目成本控制在500以内得满分，每超出1扣0.5分: a number with no unit, beside no rate, above 100 is no percentage
    (once read as 完成率≤500%): 500万元, 500元 or 500人? Not written."""
    for clause in scoring:
        condition = clause.condition
        if condition is not None and not is_rate_label(clause.label or "") and any(value > 100 for value in condition.bare_numbers()):
            raise Unplaced(clause, "数值没有写单位且大于100，不像百分比：请写明单位（如“500万元以内”）", certain=True)


def _refuse_bare_between_fraction_and_percent(conditions: list[Condition], label: str, scoring: list[Clause]) -> None:
    """1.2（含）以上得3分，1.0-1.2得2分 with no measure named: 1.2 is no fraction (those stop at 1) and a strange
    percentage — 1.2倍 or 120% more likely (once 1.2%: 1.1倍 entered as 110% scored 3, not 2)."""
    if label != "完成率" or "完成率" in "".join(c.text for c in scoring):
        return  # (a rate named: 偏差率1.5以内 is 1.5%)
    bare = [value for condition in conditions for value in condition.bare_numbers()]
    odd = next((value for value in bare if 1 < value < 2 and value != value.to_integral_value()), None)
    if odd is not None and all(value <= 2 for value in bare):
        clause = next(c for c in scoring if c.condition is not None and odd in c.condition.interval.bounds())
        raise Unplaced(clause, f"数值没有写单位，也没有写明指标：“{odd.normalize():f}”是百分比、比值还是倍数？"
                               f"请写明（如“{odd.normalize():f}倍以上”或“{(odd * 100).normalize():f}%以上”）", certain=True)


# 2.5万亩 / 12万人次: a quantity written with its scale (the unit after it is not money, whose unit carries the scale)
_SCALED_QUANTITY = lazy_compile(r"\d[万千亿]")


def _refuse_unitless_step_beside_scaled(scoring: list[Clause]) -> None:
    """计划造林2.5万亩，完成计划得满分，每少1扣0.2分: a step with no unit beside a quantity written in 万亩 — 1万亩 or
    1亩? (once read as 1亩: 2,000亩 short deducted 400 points, the whole 4 lost for 8% of the plan)."""
    stepped = next((c for c in scoring if c.step is not None and not c.step[2]), None)
    if stepped is not None and any(t.kind == "NUM" and t.unit and t.unit not in MONEY_SCALE and _SCALED_QUANTITY.search(t.text)
                                   for clause in scoring for t in clause.tokens):
        raise Unplaced(stepped, "扣分的步长没有写单位，而数量写作“万”“千”为单位：请写明步长的单位（如“每少1000亩”或“每少0.1万亩”）",
                       certain=True)


def _refuse_unitless_step_from_target(conditions: list[Condition], scoring: list[Clause]) -> None:
    """项目支出不超过预算的得3分，超过预算的每超5扣0.5分: a step with no unit, from a target printed as no number, for a
    measure that is no rate — 5% of the budget or 5万元? Not written (once read as 5%)."""
    if any(isinstance(bound, Decimal) for condition in conditions for bound in condition.interval.bounds()):
        return  # 满意度90以上满分，每低1扣0.1分: the step counts in the printed level's unit
    stepped = next((c for c in scoring if c.step is not None and not c.step[2]), None)
    if stepped is not None and not any(is_rate_label(c.label or "") or "%" in c.text for c in scoring):
        raise Unplaced(stepped, "扣分的步长没有写单位（百分点还是金额、数量）：请写明单位（如“每超5%”或“每超5万元”）", certain=True)


# what is counted (people, seats, visits, items …) rather than a rate: a bare number beside it is a count (and the
# measure's name, parser._LABEL_COUNTED); a score (得分 / 分数 / 成绩) is compared as entered too (得分80以上得5分)
COUNTED_NOUNS = "人数|人次|座席|座位|户数|个数|件数|次数|数量|场次|床位|游客|读者|册数|套数|台数|批次|站点|点位|网点|家数|得分|分数|成绩"
_COUNTED_LABEL = lazy_compile(rf"(?:{COUNTED_NOUNS})[在为]?$")  # (培训人数在100以上的得5分 / 学生成绩为0的扣1分)
_SCORE_LABEL = lazy_compile(r"(?:得分|分数|成绩)$")
# 实际值≤35得5分 (PM2.5年均浓度, 目标值≤35微克/立方米): the measured value itself, in its own unsaid unit — never 35% (once
# 完成率≤35%: 33微克 against the target scored 0, not 5)
_ACTUAL_LABEL = lazy_compile(r"实际值|实测值|监测值")


def _ratio_beside_its_target(cases: list, otherwise: Outcome | None, scoring: list[Clause]) -> None:
    """培训合格率达到90%的得满分，未达到的按实际培训人数/计划培训人数×分值计分: the ratio to a target scores what
    falls short of a level that is not that target — read as 培训合格率/目标值, the rate taken for the count. Only
    beside the target itself (达到计划数的记满分，未达到的按实际上线数/计划数×分值) are the two one measure."""
    if not isinstance(otherwise, Scaled) or otherwise.high != TARGET or otherwise.inverse or not cases:
        return
    if any(TARGET in condition.interval.bounds() for condition, _, _ in cases):
        return
    if all(isinstance(outcome, Award) and outcome.points == 0 for _, outcome, _ in cases):
        return  # 得分=实际覆盖率/目标值×4分；覆盖率低于60%的不得分: a floor below the formula, no other full-marks level
    formula = next((c for c in scoring if c.outcome is not None and c.outcome[0] == "formula"), None)
    if formula is not None:
        raise Unplaced(formula, "按实际值/目标值计分，但得满分的条件不是达到目标值，两者不像是同一指标", certain=True)


def _printed_standard(intervals: list) -> list:
    """人均补助标准不低于500元/人得满分，低于标准的不得分: 标准 names the one level the text prints, not an
    entered target."""
    levels = {bound for interval, _, _ in intervals for bound in interval.bounds() if isinstance(bound, Decimal)}
    named = [item for item in intervals if TARGET in item[0].bounds() and "标准" in item[2].text
             and not re.search(r"目标|指标值|计划", item[2].text)]
    if len(levels) != 1 or not named:
        return intervals
    level = next(iter(levels))
    return [(replace(item[0], low=level if item[0].low == TARGET else item[0].low,
                     high=level if item[0].high == TARGET else item[0].high), item[1], item[2])
            if item in named else item for item in intervals]


# 满意度90%得满分，否则不得分 / 完成培训500人次得满分 / 较上年增长10%得满分: a level to reach, for measures where more
# is better — named just before the level (not 未接种率, 不完好率, 使用率下降, 投诉率, 成本: which way is not said)
_RATE_TO_REACH = lazy_compile(rf"(?<![不未非无])(?:{RATES_BETTER_HIGHER})(?:为|达|达到|保持|保持在|提高到|提升到)?$")
_GROWTH_TO_REACH = lazy_compile(r"(?:(?:较|比|与)(?:上年|去年|上一年|上年度)(?:同期)?(?:相比)?|同比)?(?:增长|提高|提升|增加)$")
_FALL_TO_REACH = lazy_compile(r"^(?:(?:较|比|与)(?:上年|去年|上一年|上年度)(?:同期)?(?:相比)?|同比)?(?:下降|降低|减少)$")
_COUNT_TO_REACH = lazy_compile(r"(?:完成|开展|培训|新增|建成|举办|完工|竣工|建设|改造|实施)[\u4e00-\u9fff]{0,2}$")


def _more_is_better(clause: Clause) -> bool:
    """The level's measure is one where more is better, as named just before its number: 满意度, a growth, a count done."""
    at = next((i for i, t in enumerate(clause.tokens) if t.kind == "NUM"), None)
    named = "".join(t.text for t in clause.tokens[:at]) if at is not None else ""
    if WHICH_WAY_UNSAID.search(named):
        return False
    return bool(_RATE_TO_REACH.search(named) or _GROWTH_TO_REACH.search(named) or _FALL_TO_REACH.search(named)
                or (_COUNT_TO_REACH.search(named) and clause.condition is not None and clause.condition.unit not in ("", "%")))


def _bare_level(item: tuple, comparisons_allowed: tuple[str, ...] = ()) -> bool:
    """完成90%得8分 / 满意度90%得满分: one value written with no comparison (nor 以上/以下) before its points; a
    ``comparisons_allowed`` word (满意度为90%) says no more than the value."""
    interval, clause = item[0].interval, item[2]
    return isinstance(interval.low, Decimal) and interval.low == interval.high and interval.high_inclusive and not any(
        t.kind == "SUF" or (t.kind == "CMP" and t.text not in comparisons_allowed) for t in clause.tokens)


def _single_level_reached(cases: list, otherwise: Outcome | None, steps: bool) -> list:
    """满意度90%得满分，否则不得分: one level written bare (no 达到, 以上, ≥), scoring more than what falls short,
    is the level to reach (95% reaches it), not the only value that scores (once 满意度=90%: 95% scored nothing)."""
    levels = [item for item in cases if _bare_level(item, ("为",)) and item[0].interval.low > 0]
    if len(levels) != 1 or steps:
        return cases
    level, outcome, clause = levels[0]
    falling_short = [item for item in cases if item is not levels[0]]
    if not isinstance(outcome, Award) or outcome.points == 0:
        return cases
    if any(not (i.interval.low is None and i.interval.high == level.interval.low and isinstance(o, Award) and o.points is not None
                and (outcome.points is None or o.points < outcome.points)) for i, o, _ in falling_short):
        return cases  # (only a band below the level may stand beside it: 低于90%不得分; 2-4篇得2分，1篇得1分 are counts)
    lower = Decimal(0) if outcome.points is None else outcome.points
    if not (otherwise is None and falling_short or otherwise == Award(Decimal(0)) or isinstance(otherwise, Minus) or (
            # (…2000个的得满分，未完成的按完成比例计分: short of the level, its share — _completion_share)
            isinstance(otherwise, Scaled) and otherwise.high == level.interval.low and level.unit in COUNT_UNITS) or (
            isinstance(otherwise, Award) and otherwise.points is not None and (outcome.points is None or otherwise.points < lower))):
        return cases
    if "每" in clause.text:
        return cases  # (开展活动每季度1次得2分: a level per period, which its own check names)
    if not _more_is_better(clause):
        # 投诉率1%得满分，否则不得分 / 不合格率2%得满分: at most, or exactly? (once exactly: 0.5% scored nothing)
        raise Unplaced(clause, "只写了一个水平，没有写明是不超过还是达到（如“投诉率≤1%得满分”或“满意度达到90%得满分”）")
    return [(replace(level, interval=Interval(low=level.interval.low)), outcome, clause) if item is levels[0] else item
            for item in cases]


def _levels_as_thresholds(cases: list) -> list:
    """完成100%得10分，完成90%得8分，完成80%得6分，完成80%以下不得分: levels written bare, each scoring less than
    the one above, are where each band starts (90% and up to 100% scores 8), not single values."""
    levels = [item for item in cases if _bare_level(item) or (
        isinstance(item[0].interval.low, Decimal) and item[0].interval.high is None and item[0].interval.low_inclusive)]
    bare = [item for item in levels if _bare_level(item)]
    if len(cases) >= 2 and any(item[0].unit == "%" and item[0].interval.low > 0 for item in bare) \
            and WHICH_WAY_UNSAID.search("".join(item[2].text for item in cases)):
        # 差错率1%以下得满分，3%得3分 / 不合格率1%得满分，2%得3分: a bare level of a rate better lower (or either way) is
        # neither exactly that value (2% once scored nothing) nor where a band starts upward
        raise Unplaced(bare[0][2], "只写了各档的水平，没有写明是不超过还是达到（如“差错率≤3%得3分”或“执行率达到95%得满分”）")
    if len(bare) < 1 or len(levels) < 2 or not all(isinstance(item[1], Award) and item[1].points != 0 for item in levels):
        return cases
    ordered = sorted(levels, key=lambda item: item[0].interval.low, reverse=True)
    points = [item[1].points if item[1].points is not None else Decimal("Infinity") for item in ordered]
    if ordered != levels or not all(a > b for a, b in zip(points, points[1:])):
        return cases  # written from the top down, each worth less than the one before
    return [(replace(item[0], interval=Interval(low=item[0].interval.low)), item[1], item[2]) if _bare_level(item) else item
            for item in cases]


def _fractions_as_rates(cases: list) -> list:
    """满意度≥0.9得5分，0.8-0.9得3分，<0.8得0分: a rate written as fractions throughout (every bare number at
    most 1, some between 0 and 1) is 90%, not 0.9%. (提高0.5～1个百分点: a bare end of a range whose other end says %
    is in that unit, 0.5%.)"""
    bare = [value for condition, _, _ in cases if condition.unit != "%" for value in condition.bare_numbers()]
    if not bare or not all(0 <= value <= 1 for value in bare) or not any(0 < value < 1 for value in bare):
        return cases
    return [(replace(condition, bare=(False, False)), outcome, clause) for condition, outcome, clause in cases]


def _refuse_bare_distance(cases: list) -> None:
    """超过年初预算5的不记分 in a rule of rates: 5 off the target with no unit — 5%, 5 points, or 5 times? (once a shift
    of 5 itself, 500 points)"""
    for condition, _, clause in cases:
        interval = condition.interval
        for bound, bare in ((interval.low, condition.bare[0]), (interval.high, condition.bare[1])):
            if bare and isinstance(bound, FromTarget) and bound.shift:
                raise Unplaced(clause, "与目标值的距离没有写单位（百分比、百分点或数量），无法确定按什么比较", certain=True)


def _refuse_bare_vital_rate(scoring: list[Clause]) -> None:
    """婴儿死亡率控制在5以内，每超1个百分点扣1分: births, deaths and cases are counted per thousand (or per 100,000), and
    a bare 5 beside steps in 百分点 may be 5‰ or 5% (once 5%, an infant mortality of 4.8‰ and of 4.8% alike full marks)."""
    for clause in scoring:
        if clause.condition is not None and any(clause.condition.bare) and _VITAL_RATE.search(clause.label or clause.text):
            raise Unplaced(clause, "出生、死亡、发病等比率通常以‰（或每10万）计，这里的数值没有写单位，无法确定是‰还是%", certain=True)


def _refuse_percent_steps_of_permille_levels(scoring: list[Clause]) -> None:
    """成灾率控制在3‰以下的得4分，每超过1%扣1分: levels in thousandths and steps in hundredths, ten times apart — a step of
    1% (5‰ is 0.2 of a step over) or a slip for 1‰ (two steps)? The scores differ."""
    levels = [clause.text for clause in scoring if clause.condition is not None and clause.step is None]
    if not levels or not all("‰" in text and "%" not in text for text in levels):
        return
    for clause in scoring:
        if clause.step is not None and clause.step[2] == "%" and "‰" not in clause.text:
            raise Unplaced(clause, "分档的数值以‰计，每档扣分的步长却写作%（或百分点），两者相差十倍，无法确定步长是否笔误", certain=True)


# (not 死亡率 of 病死率 in a hospital's own %: 治愈率 / 病死率 are written with % in the tables)
_VITAL_RATE = lazy_compile(r"(?:婴儿|新生儿|孕产妇|儿童|人口)(?:死亡率|出生率|自然增长率)|(?<![病])死亡率|发病率|患病率|出生率")


def _scale(condition: Condition, unit: str) -> Interval:
    """A range's unit applies to both ends: 5-10% is 5%-10%."""
    interval = condition.interval
    if unit != "%":
        return interval
    low, high = interval.low, interval.high
    if condition.bare[0] and isinstance(low, Decimal):
        low = low / 100
    if condition.bare[1] and isinstance(high, Decimal) and not (condition.bare[0] and interval.low == interval.high):
        high = high / 100
    elif condition.bare[1] and isinstance(high, Decimal):
        high = low
    return replace(interval, low=low, high=high)


def _cap(caps: list[Clause]) -> Decimal | None:
    values = {c.cap[1] for c in caps if c.cap is not None}
    if len(values) > 1:
        raise Unplaced(caps[0], "出现了两个不同的扣分上限")
    return next(iter(values), None)


def _reference(intervals: list, direction: str, reference: tuple[Decimal, str] | None, unit: str):
    """Where the steps start from: 以100%为标准, else the band that scores the starting points
    (达到100%得5分 for shortfalls, ≤0计5分 for excess), else the target (or 100%)."""
    for item in intervals:
        interval, outcome, _ = item
        if isinstance(outcome, Bonus) and outcome.base != 0:
            # 到达70%以上计30分，每低1%扣1分，每超1%加5分: the steps down start where the band adding points
            # starts, which stays (it is not folded into the deduction)
            bound = interval.low if direction == "below" else interval.high
            if isinstance(bound, Decimal) and (reference is None or _ref_value(reference, unit) == bound):
                return bound, outcome.base, None
            if bound == TARGET and reference is None:  # 完成得基本分10分，多完成1%加1分，少完成1%扣1分: 10 both ways
                return None, outcome.base, None
            continue
        if not isinstance(outcome, Award) or outcome.points == 0:
            continue
        if interval.low == TARGET and interval.high is None and direction == "below" and reference is None:
            return None, outcome.points, item  # 达到目标值（未设目标值时为100%）得满分，每少…
        if interval.high == TARGET and interval.low is None and direction == "above" and reference is None:
            return None, outcome.points, item  # 不超过目标值得满分，每超过…
            if direction == "above" and interval.low is None and interval.high is not None:
                return interval.high, outcome.points, item  # ±3%以内得满分，偏差每增加1%扣1分
            continue
        if direction == "below" and interval.low is not None and interval.high is None:
            bound = interval.low
        elif direction == "above" and interval.high is not None and interval.low is None:
            bound = interval.high
        elif interval.low is not None and interval.low == interval.high:
            bound = interval.low
        elif isinstance(interval.low, Decimal) and isinstance(interval.high, Decimal) and reference is None \
                and direction in ("above", "below"):
            # 支出控制在预算的95%-105%之间得5分，每超出1%扣1分: the steps leave the band at the end they cross (105%),
            # once taken from the target (107% lost 7, not 2); the band stays, and its other side must be scored
            bound, far = (interval.high, interval.low) if direction == "above" else (interval.low, interval.high)
            if not _covered_beyond(far, "below" if direction == "above" else "above", [i for i, _, _ in intervals if i is not interval]):
                raise Unplaced(item[2], f"得分区间为{general_text(interval.low * 100 if unit == '%' else interval.low)}"
                                        f"{unit}-{general_text(interval.high * 100 if unit == '%' else interval.high)}{unit}，"
                                        f"扣分只写了{'超出' if direction == 'above' else '低于'}区间的一侧，另一侧的得分没有写明",
                               certain=True)
            return bound, outcome.points, None
        else:
            continue
        if reference is not None and _ref_value(reference, unit) != bound:
            continue
        return bound, outcome.points, item
    if reference is not None:
        return _ref_value(reference, unit), None, None
    return None, None, None


def _covered_beyond(edge: Decimal, side: str, others: list[Interval]) -> bool:
    """Whether the other bands cover every value on ``side`` ("below"/"above") of ``edge``, band after band (a
    measure counted from 0: below 0 needs no band)."""
    while True:
        if side == "below" and edge <= 0:
            return True
        nxt = next((i for i in others if (i.high if side == "below" else i.low) == edge and i.low != i.high), None)
        if nxt is None:
            return False
        edge = nxt.low if side == "below" else nxt.high  # type: ignore[assignment]
        if edge is None:
            return True
        if not isinstance(edge, Decimal):
            return False


def _overspend_of_a_saving(clause: Clause, label: str) -> None:
    """节约率≥0得满分，<0的每超支1%扣0.5分: a saving's steps counted over the budget (the overspend, the saving's
    opposite) — once read as 节约率不超过0得满分, every value full — are refused."""
    if clause.step[0] == "above" and _SAVING.search(label) and any(t.kind == "REF" for t in clause.tokens):  # type: ignore[index]
        raise Unplaced(clause, "节约率（结余率）为负即超支：步长按超过预算计，与节约率的方向相反，"
                               "请按节约率写明（如“节约率每低于0一个百分点扣0.5分”）")


_SAVING = lazy_compile(r"节约|节支|结余|节余")


def _step_in_unit(clause: Clause, size: Decimal, step_unit: str, unit: str) -> Decimal:
    """The step in the measure's unit: 每超过30分钟 beside 不超过2小时 is 0.5小时 (once 30小时); a step in a unit that
    does not convert to the measure's is refused."""
    if unit == "%" and step_unit == "":
        return size / 100
    if not step_unit or not unit or step_unit == unit or unit == "%":
        return size
    if not (measured_unit(unit) and measured_unit(step_unit)):
        return size  # (a count beside a measure: the readings that compare them say what is wrong)
    try:
        inverse = unit_scale(unit, step_unit)  # 1小时 is 60分钟: a whole number, so that 30分钟 is exactly 0.5小时
    except QuantityError:
        raise Unplaced(clause, f"扣分步长的单位“{step_unit}”与评分标准的单位“{unit}”无法换算，请按同一单位写明") from None
    if inverse is None:
        return size
    with localcontext() as context:
        context.traps[Inexact] = True
        try:
            return size / inverse
        except Inexact:
            raise Unplaced(clause, f"扣分步长{general_text(size)}{step_unit}换算为{unit}不是有限小数，请按“{unit}”写步长") from None


def _check_opposed_steps(bonuses: list[Clause], deductions: list) -> None:
    """完成率100%得5分，每超过1%加0.5分，每超过1%扣0.5分: points added and taken away for the same move from the same
    start contradict each other (once both were read, the deduction from the target down and the addition above it)."""
    added = [c for c in bonuses if c.added is not None and c.step is not None]
    for clause, condition in deductions:
        same_way = next((c for c in added if clause.step is not None and c.step[0] == clause.step[0]), None)  # type: ignore[index]
        if condition is None and same_way is not None:
            raise Unplaced(same_way, "同一方向既写了加分又写了扣分，无法确定按哪一条计分", certain=True)


def _add_bonus(bonuses: list[Clause], caps: list[Clause], intervals: list, policy: str | None, unit: str,
               at_most_full: bool = False) -> list:
    """达到进度目标得40分，每超过进度目标10个百分点加1分，最多加2分 / 达到标准6分，每降低1%加2分，降低2%以上加4分:
    the band scoring at the step's starting point also adds points per step beyond it. A band that names
    the addition reached at some distance (降低2%以上加4分) is its limit, and must agree with the steps."""
    steps = [c for c in bonuses if c.added is not None]
    if not steps:
        reached = _level_bonus(bonuses, caps, intervals, unit, at_most_full)
        if reached is not None:
            return reached
        raise Unplaced(bonuses[0], "写了加分，但没有写按什么加分（如“每超过10个百分点加1分”）")
    if len(steps) > 1:
        raise Unplaced(steps[1], "出现了两条加分步长，无法确定按哪一条加分")
    clause = steps[0]
    direction, size, step_unit = clause.step  # type: ignore[misc]
    if direction == "both":
        raise Unplaced(clause, "加分步长没有写明方向（超过还是低于）")
    step = _step_in_unit(clause, size, step_unit, unit)
    if len(caps) > 1 and any(c.cap[0] in ("added_base", "total") for c in caps):  # type: ignore[index]
        raise Unplaced(caps[1], "出现了两个加分上限")
    limit = caps[0] if caps and caps[0].cap[0] in ("added_base", "total") else None  # type: ignore[index]
    cap = None if limit is not None else _cap(caps)
    for reached in bonuses:
        if reached is clause:
            continue
        condition = reached.condition
        distance = None if condition is None else _scale(condition, unit)
        if distance is None or distance.high is not None or not isinstance(distance.low, Decimal) or reached.step is not None:
            raise Unplaced(reached, "加分没有写明条件")
        points = reached.outcome[1]  # type: ignore[index]
        # 每降低1%加2分，降低2%以上加4分: the steps reach that addition exactly at that distance
        if points % clause.added or (points / clause.added) * step != distance.low or (cap is not None and cap != points):  # type: ignore[operator]
            raise Unplaced(reached, "这一档的加分与每档加分、加分上限不一致")
        cap = points
    starts = [  # the band the additions start from (得0分 there only for points added above it: 超额完成…每超10%加2分)
        item for item in intervals if isinstance(item[1], Award) and (item[1].points != 0 or direction == "above")
        and not item[0].magnitude and (
            (item[0].low is not None and item[0].high is None and (direction == "above" or item[0].low == TARGET))
            or (item[0].high is not None and item[0].low is None and direction == "below")
        )
    ]
    if len(starts) != 1:
        raise Unplaced(clause, "加分的起点没有写明（如“达到100%得40分，每超过10个百分点加1分”）")
    interval, award, written = starts[0]
    reference = interval.high if interval.low is None else interval.low
    if direction == "below" and unit in LATENESS_UNITS and (reference != 0 or not interval.high_inclusive):
        # 每提前1天加0.1分 counts the days ahead of the deadline, from a completion on time (按期完成得4分): with no such
        # band (每提前1天加0.1分，每逾期1天扣0.2分 alone) the score on the day is not written
        raise Unplaced(clause, "按提前的天数加分，但没有写明按期完成的得分（如“按期完成得4分，每提前1天加0.1分”）")
    if clause.condition is not None:
        own = _scale(clause.condition, unit)
        start = own.low if direction == "above" else own.high
        if own.magnitude or start != reference or (own.low is not None and own.high is not None):
            # 达到70%计30分，超过80%的每超2%加5分: additions from 80% beside a base at 70% (once read from 70%)
            raise Unplaced(clause, "加分步长所写的起点与基本得分的条件不一致")
    cap, at_base = _bonus_limit(limit, award.points, cap)
    bonus = Bonus(base=award.points, step=step, per=clause.added, direction=direction, reference=reference,  # type: ignore[arg-type]
                  cap=cap, policy=policy or "floor", cap_at_base=at_base,
                  total_written=limit is not None and limit.cap[0] == "total", at_most_full=at_most_full)  # type: ignore[index]
    return [(interval, bonus, written) if item is starts[0] else item for item in intervals]


_MOVED = lazy_compile(r"上一?年|去年|同比|环比|上期|基期|提高|提升|增长|上升|增加|下降|降低|减少")


def _level_bonus(bonuses: list[Clause], caps: list[Clause], intervals: list, unit: str, at_most_full: bool) -> list | None:
    """完成任务的得4分，超额完成10%以上的另加1分: points added once a higher level is reached, on top of the band below
    it that holds every value from its own start up (完成率≥100%得4分) — that band's points, plus the addition from the
    level on: the band's ``Bonus`` of one step (the level's distance from the band's start), capped at that one
    addition (完成率≥100%得4分，每超过10%加1分，最多加1分 scores the same everywhere). Only one level, reached at it
    (以上 / 达到: a step counts from its own end), inside a band of fixed points that runs up without end; a limit
    written (本项最高5分 / 加分最高1分) must leave the addition whole. None where the text is not of that shape."""
    if len(bonuses) != 1 or bonuses[0].condition is None or bonuses[0].outcome is None:
        return None
    reached = bonuses[0]
    if _MOVED.search(reached.text):
        return None  # (满意度较上年提高5个百分点以上的另加0.5分: a change, never the level the bands measure)
    level = _scale(reached.condition, unit)  # type: ignore[arg-type]
    if level.magnitude or level.high is not None or not isinstance(level.low, Decimal) or not level.low_inclusive:
        return None
    added: Decimal = reached.outcome[1]  # type: ignore[index]
    # (完成任务的得4分 in a rate: the band from the target, the completion's 100%, that 110% is measured against)
    start_of = {id(item): Decimal(1) if item[0].low == TARGET and unit == "%" else item[0].low for item in intervals}
    starts = [item for item in intervals if isinstance(item[1], Award) and not item[0].magnitude
              and isinstance(start_of[id(item)], Decimal) and item[0].high is None and start_of[id(item)] < level.low]
    if len(starts) != 1 or any(isinstance(start_of[id(item)], Decimal) and start_of[id(item)] >= level.low for item in intervals):
        return None
    interval, award, written = starts[0]
    if len(caps) > 1:
        raise Unplaced(caps[1], "出现了两个加分上限")
    if caps:
        kind, points = caps[0].cap  # type: ignore[misc]
        room = points if kind in ("added", "limit") else points - award.points if kind == "total" and award.points is not None else None
        if room is None or room < added:
            raise Unplaced(caps[0], "加分上限与这一档的加分不一致（加分后的得分无从确定）")
    bonus = Bonus(base=award.points, step=level.low - start_of[id(starts[0])], per=added, direction="above", reference=interval.low,
                  cap=added, at_most_full=at_most_full)
    return [(interval, bonus, written) if item is starts[0] else item for item in intervals]


def _bonus_limit(limit: Clause | None, base: Decimal | None, cap: Decimal | None) -> tuple[Decimal | None, bool]:
    """加分至基本分值封顶 (the additions at most the 基本分) / 总分最高不超过16分 (base + additions at most 16):
    the additions' cap, or that they stop at the base (the 分值, when the base is 满分)."""
    if limit is None:
        return cap, False
    kind, points = limit.cap  # type: ignore[misc]
    if kind == "added_base":
        return (None, True) if base is None else (base, False)
    if base is None:  # 完成得满分…总分最高不超过16分: how far above the 分值 the additions go depends on it
        raise Unplaced(limit, "总分上限需要与写明分数的基本得分（如“达到2亿元，得12分”）一起使用")
    if points <= base:
        raise Unplaced(limit, "总分上限不高于基本得分，加分无从加起")
    return points - base, False


def _zero_beyond(intervals: list, edge: object, direction: str) -> list[Interval]:
    """The bands scoring nothing that lie wholly beyond the steps' edge (below it for steps down, above for steps up)."""
    if not isinstance(edge, Decimal):
        return []
    return [i for i, o, _ in intervals if o == Award(Decimal(0)) and (
        (i.low is None and isinstance(i.high, Decimal) and i.high < edge) if direction == "below"
        else (i.high is None and isinstance(i.low, Decimal) and i.low > edge))]


def _steps_from_condition(deduction: tuple[Clause, Condition], unit: str):
    """未达到年度目标值的，每差1微克/立方米扣0.5分 / 低于80%的，每低1%扣1分: the condition is the failing side
    of the steps' own starting point, so the rest scores in full and the steps count from that point."""
    clause, written = deduction
    condition = _scale(written, unit)
    direction = clause.step[0]  # type: ignore[index]
    if condition.magnitude:
        return [deduction], None
    if direction == "below" and condition.low is None and condition.high is not None and not condition.high_inclusive:
        start = condition.high
    elif direction == "above" and condition.high is None and condition.low is not None and not condition.low_inclusive:
        start = condition.low
    # 有机肥1000公斤以上…每少于100公斤扣5分: the passing side, where the steps start; 漏补报率低于2%,每超过1个百分点扣0.5分
    # the same said strictly (at 2% itself no step is passed: nothing deducted either way)
    elif direction == "below" and condition.high is None and condition.low is not None:
        start = condition.low
    elif direction == "above" and condition.low is None and condition.high is not None:
        start = condition.high
    else:
        return [deduction], None
    if start == TARGET:
        return [(clause, None)], None
    return [(clause, None)], (start, unit)


_FAILING_SIDE = lazy_compile(r"(?:完不成|未完成|没有完成|达不到|未达到|未达标|不达标|不足)(?:的|者|时)?[,]?")
_OVER_TARGET = lazy_compile(r"^(?:[\u4e00-\u9fff]{0,4})超额(?:完成)?")
_ALL_OF_THEM = lazy_compile(r"(?:全部|均|都)(?P<done>[\u4e00-\u9fff]{1,10}?)的?(?:得|计|记)(?:满分|\d+(?:\.\d+)?分)")


def _all_of_them_done(clause: Clause, occurrence: Clause) -> bool:
    """每有1家…未接入…扣0.5分；全部接入得满分: all of them done — what each deduction counts undone — is the score
    the deductions start from, said after them. Only the very thing counted undone (未接入 / 全部接入), never another
    (每发现1处问题扣0.5分，全部整改得满分: problems found and all put right score full — a condition of its own)."""
    said = _ALL_OF_THEM.fullmatch(clause.text)
    if said is None or clause.start < occurrence.start:
        return False
    if re.search(rf"(?:未|没有|不){re.escape(said.group('done'))}", occurrence.occurrence[2]) is None:  # type: ignore[index]
        raise Unplaced(clause, "这一得分的情形与逐项扣分所数的情形不同，二者如何合并计分没有写明")
    return True


_STATED_MAX = lazy_compile(r"最高(?:分)?(?:为|得|可得)\d+(?:\.\d+)?分")
# beside a formula, 最高8分 / 最高不超过4分 is its highest score too (beside steps 最高不超过2分 may be the deductions')
# (最多得5分 as 最高得5分; never 最多5分, which after deductions is how much may be taken)
# (最高得满分(3分): the full marks, their points said in brackets)
# (按实际完成额/年度目标×5分计分，满分5分: the formula's full points said again, its highest as 最高5分 says)
FORMULA_MAX = lazy_compile(r"(?:最高(?:分)?(?:为|得|可得|不超过|不高于)?|最多(?:得|可得)|满分(?:为)?)\d+(?:\.\d+)?分"
                           r"|最高(?:为|得|可得)?满分\(\d+(?:\.\d+)?分\)")
FORMULA_MAX_UNLIKE = "写了最高分，但与计分公式中的分值不同，无法确定按哪个分值计分"  # (×10，最高得8分: which is the 分值?)


def _completion_share(clause: Clause, cases: list) -> Scaled | None:
    """完成全年目标任务的得5分，未完成的按完成比例计分: short of the target, the band's points in proportion to
    what was completed (完成值/目标值 × 5), as 财预〔2020〕10号 scores a target not reached."""
    interval = clause.condition.interval if clause.condition is not None else None
    below = interval is not None and interval.low is None and interval.high is not None and not interval.high_inclusive \
        and not interval.magnitude
    failing = clause.otherwise or below or (
        clause.condition is None and bool(re.match(r"^(?:未完成|完不成|未能完成|未达到|没有完成)的?", clause.text)))
    if clause.outcome != ("prop", None) or not failing:
        return None
    bound = interval.high if below else TARGET  # type: ignore[union-attr]
    band = _one_band_reached(cases) or _count_level_reached(cases)
    if band is not None and not below and (clause.otherwise and (counted_level(band[0], cases, clause) or clause.announces_method)
                                           or _FALLING_SHORT.match(clause.text)):
        # 查处案件10例以上；否则按完成比例得分: the count done of the 10 required / 新增就业人数达到500人得满分，未达到的
        # 按比例得分: short of the level, as 低于500人的按比例得分 (人数/500); 按任务完成比例得分，完成率≥100%得满分: the share
        # said first, made the band's 否则 (share_announced.py)
        bound = band[0].low
    if band is None or band[0].low != bound or not band[0].low_inclusive:
        return None  # 覆盖率达到目标值得满分，低于目标值的按比例得分: 完成值/目标值 × the band's points
    return Scaled(high=bound, points=band[1].points)  # 使用率达到90%及以上的得满分，低于90%的按比例得分: 使用率/90%


_FALLING_SHORT = lazy_compile(r"(?:未达到|达不到|未完成|完不成|未能完成|没有完成|否则)")
_RATE_NAMED = lazy_compile(r"[\u4e00-\u9fff]*?(?:率|度)")


def _same_rate(formula: str, band: Clause) -> bool:
    """未完成的按完成率×分值计分 after 完成率达到100%的得满分: the formula's rate is the band's (not 按到位率×分值)."""
    named = _RATE_NAMED.match(re.sub(r"^按(?:照)?(?:实际)?", "", formula))
    return named is not None and bool(named.group()) and _same_rate_named(band.label or band.text, named.group())


def _same_rate_named(first: str, second: str) -> bool:
    """预算执行率 / 执行率, 工程完成率 / 任务完成率: one rate (the same last word) — not 预算执行率 / 资金到位率."""
    return first.endswith(second) or second.endswith(first) or len(first) >= 3 and len(second) >= 3 and first[-3:] == second[-3:]


def _printed_reference(clauses: list[Clause]) -> Decimal | None:
    """目标值为600件 / 年度目标办理…≥600件: the target the text prints in a count or an amount, as the reader took it."""
    return next((c.reference[0] for c in clauses if c.reference is not None and c.reference[1] not in ("", "%")), None)


def _target_share(cases: list, outcome: object, printed: Decimal | None = None) -> bool:
    """The one band is the target reached (完成目标值) and the formula the share of that target (实际完成值/目标值×分值, or
    …/600×4 where the target printed is 600件)."""
    band = _one_band_reached(cases)
    # (×分值, or the band's own points: 完成得4分，未完成的按…×3计分 would drop a point at the target — which is meant?)
    return band is not None and band[0].low == TARGET and band[0].low_inclusive and isinstance(outcome, Scaled) \
        and (outcome.high == TARGET or printed is not None and outcome.high == printed) \
        and not outcome.inverse and not outcome.falling \
        and (outcome.points is None or band[1].points is None or outcome.points == band[1].points)


def _refuse_point_lost_at_the_level(cases: list, otherwise: object, scoring: list[Clause]) -> None:
    """达到目标值得4分；未达到的按实际完成值/目标值×3计分: reaching the level gives 4, the share just short of it 3 — a point
    lost at the level (99% → 2.97), or the 分值 written wrong (×4 → 3.96)? As 完成目标值得4分… is refused."""
    band = _one_band_reached(cases)
    if band is None or not isinstance(otherwise, Scaled) or otherwise.inverse or otherwise.falling or otherwise.low \
            or otherwise.points is None or band[1].points is None or otherwise.points == band[1].points \
            or otherwise.high != band[0].low or not band[0].low_inclusive:
        return
    clause = next((c for c in scoring if c.outcome is not None and c.outcome[0] == "formula"), None)
    if clause is not None:
        raise Unplaced(clause, f"达到标准得{general_text(band[1].points)}分，而未达到时按比例计分的分值为{general_text(otherwise.points)}分，"
                               "在标准处得分不相接，无法确定哪一个分值有误", certain=True)


def _refuse_formula_apart_at_the_level(cases: list, otherwise: object, scoring: list[Clause]) -> None:
    """完成面积≥3000亩的得满分，未完成的按完成面积/3000亩计分: a formula with no points in it (no ×分值, no ×N) that gives
    other points at the band's own bound than the band (1 at 3000亩, the band 6) — the points left out (2700亩: 0.9, or
    0.9×6 = 5.4?). Refused naming the formula; one with its points (得分=完成率×5 below 99%) is the text's own step."""
    from .formula import FULL_NAMES, formula_names, full_multiplied, points_multiplied, worked_out

    band = _one_band_reached(cases)
    tree = getattr(otherwise, "tree", None)  # (a formula or a curve of the measure; never loads their modules)
    if band is None or tree is None or not isinstance(band[0].low, Decimal) or full_multiplied(tree) \
            or points_multiplied(tree) is not None:
        return
    measured = formula_names(tree) - set(FULL_NAMES)
    if len(measured) != 1:
        return
    trial_full = Decimal(7)
    at_bound = worked_out(tree, lambda name: trial_full if name in FULL_NAMES else band[0].low)
    points = trial_full if band[1].points is None else band[1].points
    clause = next((c for c in scoring if c.outcome is not None and c.outcome[0] == "formula"), None)
    if at_bound is not None and clause is not None and abs(at_bound - points) > Decimal("0.005"):
        raise Unplaced(clause, f"计分公式没有乘以分值：在{general_text(band[0].low)}处按公式得{general_text(at_bound.quantize(Decimal('0.01')))}分，"
                               "而这一档得" + ("满分" if band[1].points is None else f"{general_text(points)}分")
                               + "，无法确定公式是否漏写了“×分值”（请写明，如“按完成面积/3000×分值计分”）", certain=True)


def _count_level_reached(cases: list) -> tuple[Interval, Award] | None:
    """完成新增泊位2000个的得满分: the only case a count written bare (no 达到, 以上, ≥), scoring points, where more is
    better — the level to reach (2100个 reaches it), as _single_level_reached reads it beside what falls short of it."""
    if len(cases) != 1 or not _bare_level(cases[0], ("为",)) or cases[0][0].interval.low <= 0 or cases[0][0].unit not in COUNT_UNITS:
        return None
    condition, outcome, clause = cases[0]
    if not isinstance(outcome, Award) or outcome.points == 0 or "每" in clause.text or not _more_is_better(clause):
        return None
    return Interval(low=condition.interval.low), outcome


def _one_band_reached(cases: list) -> tuple[Interval, Award] | None:
    """The only case, when it scores points (not 0) for reaching a bound and anything above it (达到100%得2分)."""
    if len(cases) != 1:
        return None
    interval, outcome = cases[0][0].interval, cases[0][1]
    if interval.low is None or interval.high is not None or interval.magnitude or not isinstance(outcome, Award) \
            or outcome.points == 0:
        return None
    return interval, outcome


def _shortfall(clause: Clause, cases: list) -> Scaled:
    """达到90%的，得5分；不达90%的，按比例扣分: below the band's bound the band's points shrink in proportion,
    得分=使用率/90%×5分, so the score meets the band's points at its bound."""
    interval = clause.condition.interval  # type: ignore[union-attr]
    if interval.low is not None or interval.high is None or interval.magnitude:
        raise Unplaced(clause, "“按比例扣分”只用于未达到某一标准的情形（如“不达90%的，按比例扣分”）")
    band = next((outcome for condition, outcome, _ in cases if isinstance(outcome, Award) and outcome.points != 0
                 and condition.interval.low == interval.high and condition.interval.high is None), None)
    if band is None and not cases and interval.high == ONE:
        band = Award(None)  # 完成率未达100%的，差额部分按比例扣减分值: 100% scores in full, less in proportion
    if band is None or not interval.high:
        raise Unplaced(clause, "“按比例扣分”没有写明从哪一档的得分扣起（如先写“达到90%的，得5分”）")
    return Scaled(high=interval.high, points=band.points)


def _shortfall_otherwise(clause: Clause, cases: list) -> Scaled:
    """执行率100%得2分，否则按比例扣分: short of the one band's bound, its points in proportion (80% → 2×80%)."""
    band = _one_band_reached(cases)
    if band is None or not band[0].low:
        raise Unplaced(clause, "“否则按比例扣分”只用于一个达标得分之后（如“执行率100%得2分，否则按比例扣分”）")
    return Scaled(high=band[0].low, points=band[1].points)


def _standard_opens_best_band(reference: tuple[Decimal, str], unit: str, intervals: list) -> bool:
    """目标值≥90%, then 完成率≥90%得3分…: the band scoring most (the 分值 or the most points) is bounded, on its one
    written side, by the standard printed. Only awards in figures or in full; a band open on both sides, or two best
    bands, leave the standard's part unsaid."""
    awards = [o.points for _, o, _ in intervals if isinstance(o, Award)]
    if len(awards) != len(intervals) or len(intervals) < 2:
        return False
    best = [i for i, o, _ in intervals if o.points is None] if None in awards else \
        [i for i, o, _ in intervals if o.points == max(awards)]
    if len(best) != 1:
        return False
    sides = [b for b in (best[0].low, best[0].high) if b is not None]
    return len(sides) == 1 and isinstance(sides[0], Decimal) and sides[0] == _ref_value(reference, unit)


def _refuse_rate_beside_amount(outcome: Outcome | None, reference: tuple[Decimal, str], clause: Clause) -> None:
    """A formula scored in the unit of the standard printed divides by that standard (目标值为2850万元，得分=实际值/2850×4分).
    Over a fraction (100%, 90%) it is a rate's formula: 得分=使用率×4分。以2850万元为标准 — the amount used over that standard
    (2565万元 → 3.6), or a rate entered against a standard the formula never uses? (once read over 1万元: full marks)."""
    if isinstance(outcome, Scaled) and isinstance(outcome.high, Decimal) and outcome.high <= ONE and outcome.high != reference[0]:
        standard = f"{general_text(reference[0])}{reference[1]}"
        points = "分值" if outcome.points is None else f"{general_text(outcome.points)}分"
        raise Unplaced(clause, f"标准写的是数量（{standard}），计分公式却按比率计算，没有写明比率是否按该标准计算；按标准计算请写"
                               f"“目标值为{standard}，得分=实际值/{general_text(reference[0])}×{points}”",
                       certain=True)


def _ref_value(reference: tuple[Decimal, str], unit: str) -> Decimal:
    value, written = reference
    return value / 100 if unit == "%" and not written else value


def _carved_remainder(intervals: list, otherwise: Outcome | None) -> tuple[list, Outcome] | None:
    """完成率达到100%的得6分；低于100%的，得分=完成率×6分；完成率低于60%的不得分: the band below 100% is the rest (as
    未达到的 is), and each later band inside it takes its own part out of it, scoring nothing there — once refused as
    overlapping. Only a proportional rest, and later bands that score nothing and lie inside it."""
    if otherwise is not None and otherwise != Award(Decimal(0)):  # (the rest is all there is: no room for 否则)
        return None
    for index, (interval, outcome, _) in enumerate(intervals):
        if not isinstance(outcome, Scaled) or not any(_complement(interval, before) for before, _, _ in intervals[:index]):
            continue
        later = intervals[index + 1:]
        if later and all(outcome_after.implied_max() == 0 and _inside(after, interval) for after, outcome_after, _ in later):
            return intervals[:index] + later, outcome
    return None


def _inside(inner: Interval, outer: Interval) -> bool:
    """Whether every value of ``inner`` is one of ``outer`` (both open on the same side: 低于60% inside 低于100%)."""
    if inner.magnitude != outer.magnitude:
        return False
    if outer.low is None and inner.low is None and isinstance(inner.high, Decimal) and isinstance(outer.high, Decimal):
        return inner.high < outer.high or (inner.high == outer.high and not (inner.high_inclusive and not outer.high_inclusive))
    if outer.high is None and inner.high is None and isinstance(inner.low, Decimal) and isinstance(outer.low, Decimal):
        return inner.low > outer.low or (inner.low == outer.low and not (inner.low_inclusive and not outer.low_inclusive))
    return False


def _complement(a: Interval, b: Interval) -> bool:
    if a.magnitude != b.magnitude:
        return False
    if a.low is not None and a.high is None and b.high is not None and b.low is None:
        return a.low == b.high and a.low_inclusive != b.high_inclusive
    if a.high is not None and a.low is None and b.low is not None and b.high is None:
        return a.high == b.low and a.high_inclusive != b.low_inclusive
    return False


def _close_whole_number_gaps(intervals: list, unit: str) -> list:
    """90-100%得5分，80-89%得4分，60-79%得2分: bands listed in whole numbers leave out what lies between
    89% and 90%; each band then reaches up to the next one (89.5% scores 4), as such lists are meant. The
    规范写法 keeps the numbers written (80%-89%), the explanation shows the band (80%≤完成率<90%)."""
    step = Decimal("0.01") if unit == "%" else Decimal(1)
    bounded = [item for item in intervals if isinstance(item[0].low, Decimal) and isinstance(item[0].high, Decimal)
               and not item[0].magnitude]
    # 90%以上得6分，80%-89%得4分: a top band open above is the last band the ones below it reach up to
    tops = [item for item in intervals if isinstance(item[0].low, Decimal) and item[0].high is None and not item[0].magnitude]
    if len(tops) == 1 and bounded and all(tops[0][0].low > bound for item in bounded for bound in item[0].bounds()):
        bounded = bounded + tops
    if len(bounded) < 2:
        return _close_count_gap_above(intervals, unit)
    ordered = sorted(bounded, key=lambda item: item[0].low)
    pairs = list(zip(ordered, ordered[1:]))
    whole = all(bound / step == (bound / step).to_integral_value() for item in ordered for bound in (item[0].low, item[0].high)
                if bound is not None)
    if not whole or not all(upper[0].low - lower[0].high == step and upper[0].low_inclusive and lower[0].low_inclusive
                            for lower, upper in pairs):
        return _close_count_gap_above(intervals, unit)
    widened = {id(lower): replace(lower[0], high=upper[0].low, high_inclusive=False, written_high=lower[0].high)
               for lower, upper in pairs}
    return _close_count_gap_above([(widened.get(id(item), item[0]), item[1], item[2]) for item in intervals], unit)


def _close_whole_number_gap_below(intervals: list, unit: str) -> list:
    """95分以上得3分，90-94分得2分，85-89分得1分，84分及以下不得分 / 41%-70%得1分；40%及以下不得分: the lowest band, written
    as a whole number and below, one whole step under the band above it — the list's own convention at its bottom end
    (each band reaches up to the next one, as the ranges above it do): 84.5分 scores 0, with 84分及以下. Counts close
    this gap already (_close_count_gap_above); a rate or a score does when each of at least three bands is written in
    whole numbers (a list of ranges, not one level split in two)."""
    if unit not in ("%", SCORE_UNIT):
        return intervals
    step = Decimal("0.01") if unit == "%" else Decimal(1)
    plain = [item for item in intervals if not item[0].magnitude and all(b is None or isinstance(b, Decimal) for b in item[0].bounds())]
    bottoms = [item for item in plain if item[0].low is None and item[0].high is not None and item[0].high_inclusive]
    others = [item for item in plain if isinstance(item[0].low, Decimal)]
    if len(bottoms) != 1 or len(others) < 2 or len(plain) != len(intervals) or not any(item[0].high is not None for item in others):
        return intervals
    written = [item[0].written_high if item[0].written_high is not None else item[0].high for item in plain] + \
        [item[0].low for item in others]
    if any(bound is not None and (bound / step) != (bound / step).to_integral_value() for bound in written):
        return intervals
    bottom = bottoms[0]
    above = min(others, key=lambda item: item[0].low)
    if not above[0].low_inclusive or above[0].low - bottom[0].high != step:
        return intervals
    widened = replace(bottom[0], high=above[0].low, high_inclusive=False, written_high=bottom[0].high)
    return [(widened, item[1], item[2]) if item is bottom else item for item in intervals]


def _close_count_gap_above(intervals: list, unit: str) -> list:
    """按时完成的得3分，延迟1-5天的得2分，延迟6天及以上的不得分: days (or other whole counts) come whole, so
    the band that starts at 1 holds everything above the on-time band, and the band 1-5 reaches up to 6."""
    if unit not in COUNT_UNITS:
        return intervals
    result = list(intervals)
    for index, (interval, _, _) in enumerate(intervals):
        low = interval.low
        if not isinstance(low, Decimal) or not interval.low_inclusive or interval.magnitude or low != low.to_integral_value():
            continue
        for other, (below, outcome, clause) in enumerate(result):
            if other == index or not isinstance(below.high, Decimal) or below.magnitude or low - below.high != 1:
                continue
            middle = (low + below.high) / 2
            if any(holds(item[0], middle) for item in result):
                continue  # 延期1个月以内 already lies between 按时 and 1个月以上: no gap
            if below.low is None and below.high == 0:  # 按时 (0天): the band from 1 starts right above it
                current = result[index]
                result[index] = (replace(current[0], low=below.high, low_inclusive=False, written_low=low), current[1], current[2])
            elif below.low is None:  # 399人次及以下 then 400-499人次: below 400
                if not below.high_inclusive:
                    continue  # ＜1张 then ≥2张: 1张 itself is in neither (not a whole-number gap to close)
                result[other] = (replace(below, high=low, high_inclusive=False, written_high=below.high), outcome, clause)
            else:  # 1-5天 then 6天及以上: 5½ days belong to 1-5
                result[other] = (replace(below, high=low, high_inclusive=False, written_high=below.high), outcome, clause)
    return result


def _refuse_below_no_count(intervals: list, unit: str) -> None:
    """未达到0项得3分，未达到1项得1.5分: 未达到 read as “below”, so a band of counts below 0 that nothing is in (once 0 items
    unmet scored 1.5, the band below 1) — a count of things is never negative: the band is no comparison the text meant."""
    for interval, _, clause in intervals:
        if unit in COUNT_UNITS and interval.low is None and interval.high == 0 and not interval.high_inclusive:
            raise Unplaced(clause, "这一档的条件是少于0，数量不可能少于0（“未达到0项”是否指未达到的项数为0？）", certain=True)


def _check_spike(intervals: list) -> None:
    """37.2%-40%,1分;40%-42%,15分;超过42%,2分: a band between others scoring many times what any other does is
    a lost decimal point (1.5分 read as 15分), never read as written."""
    awards = [(interval, outcome.points, clause) for interval, outcome, clause in intervals
              if isinstance(outcome, Award) and outcome.points is not None and isinstance(interval.low, Decimal)
              and not interval.magnitude]
    if len(awards) < 3 or len(awards) != len(intervals):
        return
    ordered = sorted(awards, key=lambda item: item[0].low)
    for index, (_, points, clause) in enumerate(ordered[:-1]):
        others = [p for i, (_, p, _) in enumerate(ordered) if i != index]
        if index > 0 and points > 2 * max(others) and points >= 10:
            raise Unplaced(clause, "这一档的得分远高于相邻各档（可能是识别错误，如1.5分识别为15分）")


# 预算执行率超过100%的按100%计算: a sentence of its own beside the bands
_OVER_FULL = lazy_compile(
    r"[\u4e00-\u9fff]{0,12}?(?:超过|超出|高于|大于)100%(?:的)?(?:部分)?[,，]?(?:按|以)100%(?:计算|计|算)"
    r"|(?:超额完成|超过100%)(?:的|部分)?不(?:加分|另加分|额外加分)"  # 超额完成不加分
    r"|(?:超过|超出|高于)100%(?:的)?部分不(?:计分|计算|计入|得分|加分)"  # 超过100%的部分不计分
    # 得分=(完成值/目标值)×分值，完成值超过目标值的按目标值计: the ratio counts at most 100% again
    r"|(?:完成值|实际值|实际完成值|实际数)?(?:超过|超出|高于|大于)(?:目标值|目标|计划数|指标值)(?:的)?(?:部分)?[,，]?按(?:目标值|目标|计划数|指标值)(?:计算|计|算)"
)


def _close_shared_bounds(intervals: list) -> list:
    """90%以上(不含本数)得5分，80%-90%得3分 / 人数90-100人得5分，80-89人得3分: a range's upper end belongs to it
    unless a band above starts there and takes it (80%-90% then 90%以上 keeps 90% above)."""
    ranges = [item for item in intervals if isinstance(item[0].low, Decimal) and isinstance(item[0].high, Decimal)
              and item[0].conventional_high and not item[0].high_inclusive and item[0].written_high is None]
    closed = {}
    for item in ranges:
        high = item[0].high
        # (偏差率≤5%得满分，5%-10%得1分，＞10%不得分: deviations' bands alike, among themselves)
        above = [other for other in intervals if other is not item and other[0].magnitude == item[0].magnitude
                 and isinstance(other[0].low, Decimal) and other[0].low >= high]
        if all(other[0].low > high or not other[0].low_inclusive for other in above):
            closed[id(item)] = replace(item[0], high_inclusive=True)
        elif _whole_unit_range(item, intervals):
            # 逾期1-15天扣1分，逾期16-30天扣2分，逾期30天以上不得分: bands of whole days (16 is one past 15) each hold both
            # their ends, so 30 is the range's; 30天以上 (unmarked: no 含 / 及以上) is the days beyond it (30 once scored 0).
            # (30天及以上 marks 30 as its own: the mark decides, as before)
            starting = [other for other in above if other[0].low == high and other[0].low_inclusive]
            if not any(_held_in_words(getattr(other[2], "text", ""), high) for other in starting):
                closed[id(item)] = replace(item[0], high_inclusive=True)
                closed.update((id(other), replace(other[0], low_inclusive=False)) for other in starting)
    return [(closed.get(id(item), item[0]), item[1], item[2]) for item in intervals]


def _held_in_words(text: str, value: Decimal) -> bool:
    """30天及以上 / 30天(含)以上 / ≥30天: the band marks ``value`` as its own, its unit between (the range then holds it
    too: the order decides as before, never opened here)."""
    return _marked(text, value) or re.search(
        rf"(?<![\d.]){general_text(value)}[^\d,，;；。]{{0,3}}?(?:及以上|\(含\)|（含）|以上\(含)", text) is not None


def _whole_unit_range(item: tuple, intervals: list) -> bool:
    """16-30天 after 1-15天: a range of whole units (days, persons — never a rate) starting one past another band's end."""
    low, high = item[0].low, item[0].high
    unit = getattr(getattr(item[2], "condition", None), "unit", "%")
    # (1-15天 widened to the whole days below 16 by _close_whole_number_gaps keeps 15 as its written end; 1-3个月 after
    # 1个月以内(含) starts where that band ends, no whole unit past it: its 1 is shared, the range no band of whole units)
    if any(other is not item and isinstance(other[0].high, Decimal) and other[0].high >= low
           and (other[0].low is None or other[0].low < low) and (other[0].high > low or other[0].high_inclusive) for other in intervals):
        return False
    return unit not in ("%", "") and low == low.to_integral_value() and high == high.to_integral_value() and any(
        other is not item and isinstance(other[0].high, Decimal) and (
            other[0].high_inclusive and other[0].high == low - 1
            or not other[0].high_inclusive and other[0].high == low and other[0].written_high == low - 1)
        for other in intervals)


def _tops_at_full(intervals: list) -> bool:
    highs = [item[0].high for item in intervals if item[0].high is not None]
    if any(from_target(high) for high in highs):  # 小于目标值 beside numbered bands: not a rate topping at 100%
        return False
    return bool(highs) and max(highs) == ONE and all(item[0].high is not None for item in intervals if not item[0].magnitude)


def _yield_shared_points(intervals: list) -> list:
    """70%-90%得1分；70%以下不得分: both bands hold 70% and neither marks it; the band that starts there and goes up
    scores it, in whichever order the two are written (70%以下不得分；70%-90%得1分 once gave 70% nothing, the same
    bands reversed 1: found by reversing band lists) — as a range's unmarked upper end yields to the band above it
    (_close_shared_bounds). The other band is opened there, so that the 规范写法 and the explanation say 完成率<70%
    instead of a ≤70% that 70% never reaches. Where a mark (含 / 及以上 …) says which band holds it, the mark decides;
    where both bands mark it, the rule is refused (explicit_bounds); a band written 以内 keeps its number (yielded_to_within)."""
    result = list(intervals)
    for later_index, (later, outcome, clause) in enumerate(result):
        for earlier_index, (earlier, earlier_outcome, earlier_clause) in enumerate(result[:later_index]):
            if earlier.magnitude != later.magnitude:
                continue
            within = yielded_to_within(earlier, earlier_clause, later, clause)
            if within is not None:  # 逾期30天以上不得分，逾期30天以内得2分: 以内 keeps 30, in either order (± too)
                result[earlier_index] = earlier, _, _ = (within, earlier_outcome, earlier_clause)
                continue
            if later.high_inclusive and isinstance(later.high, Decimal) and later.low != later.high and _holds_alike(earlier, later.high):
                # 5%以上不得分；3%-5%(含)得2分: the later band's written mark, not the order, gives the point
                opened = yielded_by_convention(earlier, earlier_clause, clause, later.high, (earlier_outcome, outcome))
                if opened is None:
                    later = replace(later, high_inclusive=False)
                else:
                    result[earlier_index] = earlier, _, _ = (opened, earlier_outcome, earlier_clause)
            if later.low_inclusive and isinstance(later.low, Decimal) and _holds_alike(earlier, later.low):
                # 0-10%(含)得2分；预算调整率=0得3分: a point written after a range ending there is its own
                opened = yielded_by_convention(earlier, earlier_clause, clause, later.low, (earlier_outcome, outcome)) \
                    or yielded_upward(earlier, earlier_clause, later, clause)
                if opened is not None:
                    result[earlier_index] = earlier, _, _ = (opened, earlier_outcome, earlier_clause)
                elif later.low != later.high:
                    later = replace(later, low_inclusive=False)
        result[later_index] = (later, outcome, clause)
    return result


def _holds_alike(earlier: Interval, value: Decimal) -> bool:
    """Whether a band holds a bound of a band of its own sort (± bands compared on the size of the deviation)."""
    return holds(replace(earlier, magnitude=False), value)


def _include_full_rate(intervals: list, unit: str) -> list:
    """满意度90%-100%得5分: the top band of a rate ends at 100% with 100% in it (a range drops its upper end
    only where the next band starts). Above 100% the text says nothing: such lists are refused unless a
    band scores 0 (then the explanation says the rate is outside every band)."""
    if unit != "%" or not intervals:
        return intervals
    highs = [item[0].high for item in intervals if isinstance(item[0].high, Decimal) and not item[0].magnitude]
    top = max(highs, default=None)
    if top != ONE or any(item[0].low is not None and isinstance(item[0].low, Decimal) and item[0].low >= ONE for item in intervals):
        return intervals
    # (未达到100%: below it, not a range up to it; nor 90%≤完成率<100% / 低于100%的扣2分，低于90%的扣5分: below 100% as
    # written, at 100% no deduction — only a range whose upper end is left to the convention takes 100% in)
    return [(replace(item[0], high_inclusive=True) if item[0].high == ONE and item[0].low is not None and not item[0].magnitude
             and item[0].conventional_high else item[0], item[1], item[2]) for item in intervals]


def _as_share_of_target(bound: object, by_shift: bool = False) -> Decimal | None:
    """目标值 / 目标值的80%: the bound as a share of the target, where it is one (no shift); 0 is none of it. With
    ``by_shift``, 目标值 / 目标值减5个百分点: the bound as a distance off the target (0, −5%)."""
    if by_shift:
        return Decimal(0) if bound == TARGET else target_shift(bound)
    if bound == TARGET:
        return ONE
    if isinstance(bound, Decimal) and not bound:
        return bound
    if isinstance(bound, FromTarget) and not bound.shift:
        return bound.factor
    return None


def _sorted_spans(intervals: list) -> list[tuple[Decimal, Decimal, Clause]]:
    infinity = Decimal("1e30")
    spans = []
    for interval, _, clause in intervals:
        if any(from_target(bound) for bound in interval.bounds()):
            _check_shares_of_target(intervals)
            return []  # bands set off from the target apply in the order written (低于标准10%以内…20%以内: cumulative)
        low = interval.low if interval.low is not None else (Decimal(0) if interval.magnitude else -infinity)
        high = interval.high if interval.high is not None else infinity
        if low > high:  # type: ignore[operator]
            raise Unplaced(clause, "分档的下限大于上限")
        spans.append((low, high, clause))
    return sorted(spans, key=lambda span: (span[0], span[1]))


def _check_shares_of_target(intervals: list) -> None:
    """低于标准10%以内扣2分，低于标准20%以上扣6分: bands set off from the target, as shares of it, must each
    hold something and together leave no gap (15% short would otherwise lose nothing)."""
    infinity = Decimal("1e30")
    spans = []
    # 低于目标值5个百分点以内得2分，低于目标值5个百分点以上不得分: distances in the target's own unit order the bands as
    # shares do (never the two mixed, nor a plain number beside them: their order is the target's)
    by_shift = any(isinstance(bound, FromTarget) and bound.shift for interval, _, _ in intervals for bound in interval.bounds())
    shared = next((clause for interval, _, clause in intervals for bound in interval.bounds()
                   if isinstance(bound, FromTarget) and not bound.shift and bound.factor != ONE), None)
    if by_shift and shared is not None:
        # 于序时进度10%以内得1分…低于序时进度10个百分点以上不得分: 目标值×10% beside 目标值减10个百分点 — the bands' order is
        # the target's (once read so, a gap between them unseen)
        raise Unplaced(shared, "分档的界限有的是目标值的百分比，有的是与目标值相差的数量（百分点、天数等），无法确定各档的先后", certain=True)
    for interval, _, clause in intervals:
        low, high = (_as_share_of_target(bound, by_shift) for bound in interval.bounds())
        if (low is None and interval.low is not None) or (high is None and interval.high is not None):
            return  # 目标值加5天 beside 目标值的90%: an amount and a share off the target, not ordered without it
        low = -infinity if low is None else low
        high = infinity if high is None else high
        if low > high or low == high and not (interval.low_inclusive and interval.high_inclusive):
            raise Unplaced(clause, "分档的下限大于上限")
        if -infinity < low < 0 and not by_shift:
            raise Unplaced(clause, "低于标准的幅度超过了100%")  # 低于标准2910%以内: below nothing
        if any(low_before <= low and high <= high_before for low_before, high_before, _, before in spans
               if TARGET not in before.bounds()):
            # 成本节约率≥0得满分，超过预算10%以内得2分: the band before holds all of this one (applied in the order written;
            # never a band at the target itself: 达到标准 is at most the standard where the target is ≤12%)
            raise Unplaced(clause, "分档区间重叠（前面的一档已包含这一档的全部情形，这一档用不到）")
        crossing = [before for low_before, high_before, before, _ in spans
                    if max(low, low_before) < min(high, high_before) and not (low <= low_before and high_before <= high)
                    and not (low_before <= low and high <= high_before)]
        if crossing:
            # ≥目标值的80%得3分；<目标值的85%不得分: 82% is in both, neither band holds the other, so the order written is
            # no convention here (以内 lists nest: 10%以内…20%以内)
            raise Unplaced(max(clause, *crossing, key=lambda c: c.start), "分档区间重叠")
        spans.append((low, high, clause, interval))
    spans.sort(key=lambda span: span[:2])
    reach = spans[0][1]
    for low, high, clause, _ in spans[1:]:
        if low > reach:
            raise Unplaced(clause, "分档之间有空档，空档内的得分无法确定")
        reach = max(reach, high)


def _check_overlaps(intervals: list) -> None:
    written: dict = {}
    for interval, outcome, clause in intervals:  # bands bounded by the target are not ordered, but may repeat
        if written.setdefault(interval, outcome) != outcome:
            raise Unplaced(clause, "分档区间重叠")
    for index, (interval, _, clause) in enumerate(intervals):
        # 达到目标值得5分；未达到目标值按比例扣分。…达到90%得5分: the first two bands leave nothing for the third
        if any(_complement(a, b) for a, _, _ in intervals[:index] for b, _, _ in intervals[:index]):
            raise Unplaced(clause, "分档区间重叠（前面各档已包含全部情形，这一档用不到）")
    spans = _sorted_spans(intervals)
    for (low_a, high_a, first), (low_b, high_b, second) in zip(spans, spans[1:]):
        if low_b < high_a:
            raise Unplaced(max(first, second, key=lambda c: c.start), "分档区间重叠")


_RANKED = lazy_compile(r"排名|名次|第\d|第[一二三四五六七八九十]")


def _check_coverage(intervals: list) -> None:
    """Bands must not overlap, and must leave no gap between them: a value in a gap would score 0
    without the text saying so. Below the lowest band is 0 (不在评分档位内)."""
    _check_overlaps(intervals)
    at_target = next((c for i, o, c in intervals if i.low == TARGET and i.high == TARGET and o.implied_max() != 0), None)
    if at_target is not None and not any(i.high is None and i.low in (None, TARGET) for i, _, _ in intervals):
        # 完成值=目标值得5分，低于目标值不得分: nothing says what passing the target scores (as 满意度=90%得5分)
        raise Unplaced(at_target, "最高一档有上限，超过上限的得分无法确定")
    spans = _sorted_spans(intervals)
    bands = {id(clause): interval for interval, _, clause in intervals}
    awarding = {id(clause): outcome.implied_max() != 0 for _, outcome, clause in intervals}
    for (low_a, high_a, lower), (low_b, high_b, upper) in zip(spans, spans[1:]):
        if low_b > high_a:
            raise Unplaced(lower, "分档之间有空档，空档内的得分无法确定")
        if low_b == high_a and not bands[id(lower)].high_inclusive and not bands[id(upper)].low_inclusive \
                and all(awarding[id(clause)] for clause in (lower, upper)):
            # 完成率＞95%得5分，完成率＜95%得3分: exactly 95% is in neither band, and scored 0, below both (有正订正技巧的得
            # 0.5分,负技巧的不得分: no skill at all scores 0 as the text has it)
            raise Unplaced(max(lower, upper, key=lambda c: c.start), "分档之间有空档（恰好等于分界值时的得分没有写明）")
    lows = sorted(((interval.low, outcome.implied_max(), clause) for interval, outcome, clause in intervals
                   if isinstance(interval.low, Decimal) and not interval.magnitude), key=lambda band: band[0])
    # (排名第1-3名得7分 / …排名:1-3名,7分: places, where there is no 0th)
    ranked = any(_RANKED.search(clause.text) or any(t.kind == "NUM" and t.unit == "名" for t in clause.tokens)
                 for _, _, clause in intervals)
    if len(lows) == len(intervals) >= 2 and lows[0][0] >= 1 and not ranked and all(
            isinstance(points, Decimal) and isinstance(after, Decimal) and points >= after
            for (_, points, _), (_, after, _) in zip(lows, lows[1:])) and lows[0][1] != 0 and lows[0][1] > lows[-1][1]:
        # (服务人数>125人得10分；1人<服务人数≤125人得10分: the same points however many — none at all below them is no
        # fewer-scores-more ladder; found by tests/test_rule_properties.py's bands)
        # 出现1次得2分，出现2次得1分，3次及以上不得分: fewer scores more, and none at all is in no band (it scored 0, below
        # the 2 for one)
        raise Unplaced(lows[0][2], "各档从1起、次数越少得分越高，一次也没有时的得分没有写明")
    if spans and spans[-1][1] < Decimal("1e30") and not any(i.magnitude for i, _, _ in intervals):
        top = max(spans, key=lambda span: span[1])
        scores = next(outcome.implied_max() != 0 for _, outcome, clause in intervals if clause is top[2])
        # 满意度低于80%不得分，80%-90%得3分: 95% lies above every band, and nothing says it scores 0 (a rate's
        # band ending at 100% leaves nothing above it)
        if scores and (top[1] != ONE or all(outcome.implied_max() != 0 for _, outcome, _ in intervals)):
            raise Unplaced(top[2], "最高一档有上限，超过上限的得分无法确定")


def _formula_in_level_unit(scoring: list[Clause]) -> list[Clause]:
    """完成收购任务8万吨的，得3分；未完成的按实际收购量/8万吨×3分计算: a number of the formula in the unit the levels are
    said in is that number (80000 吨, as the level reads it); a unit no level uses is left to refuse."""
    units = {c.condition.unit for c in scoring if c.condition is not None}
    if len(units) != 1 or units <= {"", "%"}:
        return scoring
    unit = next(iter(units))
    read = []
    for clause in scoring:
        if clause.outcome is not None and clause.outcome[0] == "formula":
            source = clause.outcome[1]
            for token in clause.tokens:
                if token.kind == "NUM" and token.unit == unit and token.text in source:
                    source = source.replace(token.text, general_text(token.value))
            clause = replace(clause, outcome=("formula", source))
        read.append(clause)
    return read


def _outcome(clause: Clause, label: str, printed: tuple[Decimal, str] | None = None, subjects: tuple[str, ...] = ()) -> Outcome:
    kind, value = clause.outcome  # type: ignore[misc]
    if kind == "points":
        return Award(value)
    if kind == "minus":
        return Minus(value)
    if kind == "share":
        return Share(value)  # 得80%分
    if kind == "prop":
        raise Unplaced(clause, "“按比例”没有写明按什么比例计分（如“按实际值/95%×分值计分”）")
    if kind == "span":
        if clause.condition is None:
            raise Unplaced(clause, "分档得分（如“得10-15分”）应与文字描述的档次一起使用，每一档都写明分数范围")
        return Entered(*value)  # 完成10%以下(0-2): in this band the evaluator enters the score
    if kind == "minus_span":
        # 完成率低于90%的扣1-2分 as a band: the deduction is the evaluator's, from which points is not said (read only
        # among other faults, described.py)
        raise Unplaced(clause, "扣分区间（如“扣1-5分”）只能单独用于一种情形，暂不能与其他扣分合并计分")
    return _scaled(clause, value, label, printed, subjects)


def _scaled(clause: Clause, source: str, label: str, printed: tuple[Decimal, str] | None = None,
            subjects: tuple[str, ...] = ()) -> Outcome:
    """得分=完成率×5分 / 实际值/95%×分值 / (实际完成率-60%)/(1-60%)×指标分值 / 指标值/完成值×分值."""
    source = re.sub(r"^[“\"]([^”\"]+)[”\"]", r"\1", source)  # 按“指标值/实际完成值×分值”计分: the formula quoted
    source = source.rstrip("”\"").rstrip("。")
    cap = _MEASURE_CAP.search(source)
    if cap:
        source = source[: cap.start()] + source[cap.end():]
    source = re.sub(r"(?<=[\u4e00-\u9fff\d)])(?:计算|计分|核算)$", "", source)  # 按完成率×分值计算
    source = re.sub(r"(\d)分(?=[×*])", r"\1", source.rstrip("分"))  # 20分×执行率 / 按到位率×4分计算
    try:
        tree = parse_formula(source, whole=clause.text)
    except RuleError as error:  # the formula reader names the part it could not read
        raise Unplaced(error.fragment or clause, f"计分公式无法识别（{error.reason}）") from None
    if _divides_by_zero(tree):
        raise Unplaced(clause, "计分公式中有除以0")
    share = _share(tree)
    if share is not None:
        return share
    # (未达到的按…: the other side of the plan reached; a target printed in a count before the formula is such a level)
    # (an amount's target, 0.15万元, is left out: a formula's bare 1500 beside it is 1500元 or 1500万元)
    counted = printed is not None and printed[1] not in ("", "%") and printed[1] not in MONEY_SCALE
    # (达到计划60%（含）以上的，按实际里程/计划里程×8计分: the band opens at a share of the plan, which the formula divides by)
    share_of_plan = clause.condition is not None and clause.condition.unit == "%" and clause.condition.interval.high is None
    shape = _linear(tree, label, beside_level=clause.otherwise or counted, plan_named=share_of_plan)
    own = _own_level(clause)
    if shape is None and own is not None and not clause.otherwise:
        # 全年组织…活动不少于120场，得分=实际场次÷120×3: the actual, named, over the level its own band opens at (the
        # level is the target it divides by: _formula_spent_in_its_band); any other divisor is left as it was
        beside = _linear(tree, label, beside_level=True)
        shape = beside if beside is not None and beside.high == own and not beside.inverse and not beside.low else None
    if shape is not None and counted and isinstance(shape.high, Decimal) and shape.high not in (printed[0], ONE):  # type: ignore[index]
        # (完成…12平方公里，完成率100%得3分；…按完成率×3分计: the rate is the completion of that target, stated_plan.py)
        # 年度目标10000人次，得分=实际培训人次/8000×2: which is the target?
        raise Unplaced(clause, f"计分公式的基准（{general_text(shape.high)}）与写明的目标值（{general_text(printed[0])}{printed[1]}）不一致",
                       certain=True)
    if shape is None and not cap:
        line = _affine(tree, label)
        if line is not None:
            return line
    if shape is None and not cap and (clause.condition is not None or clause.otherwise):
        curve = measure_curve(tree, label)  # 调整率>10%的，得分=2×(1-(调整率-10%)/10%): a band's formula of the measure alone
        if curve is None and clause.condition is not None:
            curve = amount_curve(tree, clause.condition, subjects)  # 介于100万元至500万元之间的，得分=(实际金额-100)/(500-100)×4
        if curve is not None:
            return curve
    if shape is None:
        raise BareFormula(clause, source, tree)
    if isinstance(shape.high, Decimal) and shape.high > 1:
        shape = rate_level_in_percent(shape, tree, clause)  # 得分=满意度/90×5: 90%, as a bare 85 entered is 85%
    elif shape.points is not None and shape.points < 1:
        refuse_fraction_of_a_point(shape, tree, clause)
    if cap:
        if shape.inverse or shape.high != Decimal(cap.group(1)) / 100:
            raise Unplaced(cap.group(), "计分公式的封顶值与公式的基准不一致")
        shape = replace(shape, capped=True)
    return shape


def _own_level(clause: Clause) -> Decimal | None:
    """不少于120场: the level a band of a count or an amount opens at (no rate: a rate's level is no quantity's target)."""
    condition = clause.condition
    if condition is None or condition.unit in ("", "%") or condition.interval.magnitude or condition.interval.high is not None:
        return None
    return condition.interval.low if isinstance(condition.interval.low, Decimal) else None


# 完成率(超过100%以100%计算)×20: the measure counts at most 100%
_MEASURE_CAP = lazy_compile(r"\((?:[\u4e00-\u9fff]{0,12}?)超过(\d+(?:\.\d+)?)%(?:的)?(?:部分)?(?:以|按)\1%计(?:算)?\)")
