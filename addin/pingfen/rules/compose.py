"""From clauses to one rule: which structure the clauses form, and nothing left over.

Each composer looks at the scoring clauses of a text and either builds a scorer from all of them or
says which clause it cannot place. A rule is accepted only when one composer places every scoring
clause and every number in those clauses (conservation); otherwise the reader refuses, naming the
clause. Context clauses (definitions, descriptions, evidence to collect) carry no scoring word and are
not read as rules.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from decimal import Decimal, Inexact, localcontext
from collections.abc import Callable

from ..text.lexicon import BASE_REFS, COUNT_UNITS, MEASURE_ONLY_UNITS, MONEY_SCALE, SCORE_UNIT, tokenize
from ..text.numbers import general_text
from ..quantities import QuantityError, measured_unit, unit_scale
from ..text.titles import without_titles
from ..text.respective_grades import GRADE_NAMES
from .clauses import (EVERY_PERIOD, Clause, Condition, named_situation, own_situation, said_before_count,
                      situation_in_words as _words_only, situation_words)
from .discretion import DeductionRange, MetOrDiscretion, Tier, Tiered
from .both_ways import added_as_base, implied_start, split_joint_limits, stated_goal
from .fault_kinds import Fault, FaultKinds
from .other_matters import other_matters
from .recurring import deducted_each
from .notes import none_found_award, verified_only
from .evidence_notes import evidence_only
from .sized import SIZED, sized_situation, without_sizes
from .fault_units import counted_alone, counted_in_situation, ONE_OFF, PER_OCCURRENCE, counted_after_award, counted_by_number, listed_each, subjects_named
from .counted_awards import compose_counted_awards
from .errors import RuleError
from .formula import TARGET_NAMES, FBin, FGroup, FName, FNode, FNum, parse_formula
from .model import AnyOf, ByCount, Checklist, GradeMap, ItemFailures, LessFull, Manual, Scorer, TargetDefault, change_of, marker
from .piecewise import LATENESS_UNITS, ONE, TARGET, Affine, Award, Bonus, from_target, Deduction, Entered, FromTarget, Interval, Minus, Outcome, Piecewise, Scaled, Share
from .errors import StrayAward, UncountedDeduction, Unplaced, UnreadFault
from .count_ladder import first_rung_counted
from .gated import gated_requirement
from .graduated import split_tiers, tier_cases
from .occurrences import at_least_happened, counted_from_none, floor_restated, late_times
from .interpolation import interpolate, method_remarks
from .falling_line import span_as_line
from .reached_points import stated_reach_points
from .restated_share import restated_share
from .target_share import target_shares
from .named_share import shares_beside_target
from .share_unrepeated import refuse_bare_beside_share
from .band_table import exactly_full
from .unmet_each import counts_unmet_points, lone_summary
from .completion_count import counted_level, restated_points
from .best_as_full import compose_best_as_full
from .better_higher import RATES_BETTER_HIGHER
from .lesser_degree_points import HALF_DONE, lesser_degree_of, refuse_lesser_degree_not_less
from .alternative_dropped import ALTERNATIVE_NOTE
from .zero_situations import zeroing_situation
from ..text.lazy_regex import lazy_compile
from ..text.measure_sides import WHICH_WAY_UNSAID
from .lazy_composers import Deferred, needing

# Readings of their own module, imported when the text has one of the words the composer needs before it can
# return a reading or raise (lazy_composers.py; a composer listed plainly above is imported and always called).
compose_external_score = needing("external_score", "compose_external_score", "为准")  # _TAKEN_FROM: …为准
compose_each_award = needing("each_award", "compose_each_award", "各")  # _EACH_AWARD: 各(得)N分
compose_unmet_counts = needing("unmet_counts", "compose_unmet_counts", "项", "个")  # _SOME_UNMET: N项 / N个 不符合…
compose_two_requirements = needing("two_requirements", "compose_two_requirements",  # _VERB in every option
                                   "完成", "达到", "实现", "符合", "满足", "落实", "达标")
compose_ranks = needing("ranks", "compose_ranks", "名")  # _RANK_LIST, _PLACE_DEDUCTED: …名
compose_judged = needing("judged", "compose_judged", "情况", "程度", "表现", "成效", "效果", "功效系数法", "综合指数法")  # _JUDGED, _UNSPELLED
compose_described_failure = needing("described_failure", "compose_described_failure", "没有", "未", "不", "无")  # _FAILURE
# _DEADLINE / _DONE: a completion's verb in the requirement met on time
compose_on_time_only = needing("on_time_only", "compose_on_time_only", "完成", "完工", "竣工", "办结")
compose_over_target = needing("over_target", "compose_over_target", "每超")  # _AWARD: 每超(额|过|出)…
compose_band_requirement = needing("band_requirement", "compose_band_requirement", "且", "同时")  # _AND_STATE: 且|并且|同时
compose_full_amount = needing("full_amount", "compose_full_amount", "全额", "足额")  # _FULL_AMOUNT
compose_growth_bonus = needing("growth_bonus", "compose_growth_bonus",  # _GROWTH (上年|去年|上一年|同比), _ABOVE_BASE (…基础上)
                               "上年", "去年", "上一年", "同比", "基础上")
compose_bonus_on_top = needing("bonus_on_top", "compose_bonus_on_top", "加")  # _ANNOUNCED: 设有加分项, _ADDS: 加N分
compose_bonus_list = needing("bonus_list", "compose_bonus_list", "加")  # ADD tokens (加, 另加 …), _HIGHEST/_LIMIT/_SUMMED: 加分
# Helpers that only some texts reach, imported on their first call.
beyond_target = Deferred("over_target", "beyond_target")
each_closed = Deferred("closed_items", "each_closed")
described_requirement = Deferred("requirement", "described_requirement")
base_level_both_ways = Deferred("base_level", "base_level_both_ways")
yielded_by_convention = Deferred("explicit_bounds", "yielded_by_convention")
yielded_upward = Deferred("explicit_bounds", "yielded_upward")
capped_at_points, names_own_target = Deferred("named_ratio", "capped_at_points"), Deferred("named_ratio", "names_own_target")
names_actual_and_plan = Deferred("named_ratio", "names_actual_and_plan")
unread_reason = Deferred("unread", "unread_reason")
bare_unit_points = Deferred("one_unit", "bare_unit_points")
full_at_count = Deferred("full_at_count", "full_at_count")
completes_target, proportional_rule = Deferred("proportional", "completes_target"), Deferred("proportional", "proportional_rule")
AwardKinds, PerUnit = Deferred("per_unit", "AwardKinds"), Deferred("per_unit", "PerUnit")  # (only made here, never tested with isinstance)
refuse_headless_fault, refuse_priced_twice = Deferred("headless_fault", "refuse_headless_fault"), Deferred("priced_twice", "refuse_priced_twice")
refuse_cut_situation, reached_as_ceiling = Deferred("cut_situation", "refuse_cut_situation"), Deferred("ceiling_reached", "reached_as_ceiling")
level_as_full = Deferred("level_before_steps", "level_as_full")


Composer = Callable[[list[Clause], list[Clause], str], Scorer | None]

RATE_WORDS = ("率", "占比", "满意度", "安全感", "获得感", "幸福感", "比例", "比重", "得分率", "覆盖面")
MEASURE_NAMES = ("实际完成值", "实际完成率", "实际值", "完成值", "实际数", "实际占比", "占比", "完成率", "实际率", "实际完成数", "完成数",
                 "实际完成量", "完成量")


def is_rate_label(label: str) -> bool:
    return label.endswith(RATE_WORDS)


# ---------------------------------------------------------------- manual, no method


def compose_manual(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    """酌情扣分 / 合理确定分值 / 专家打分: the evaluator enters the score. Every other scoring clause
    must still be readable (its numbers placed), or the text is refused rather than waved through."""
    if not any(clause.manual or clause.tiers for clause in scoring + context):
        return None
    remarks = [c for c in scoring if c.manual and c.outcome is None and c.condition is None and not c.unread and not c.step]
    if len(remarks) == 1 and len(scoring) > 2:
        tiered = _discretion_tier(scoring, remarks[0])
        if tiered is not None:
            return tiered
    if remarks and len(remarks) < len(scoring):
        # 相符的得10分，基本相符的得6分…；存在支出不符合…的，酌情扣分: a choice, with room for a further deduction
        situations = [c for c in context if any(0 <= r.start - c.end <= 2 for r in remarks)]  # 存在…的，酌情扣分
        choice = compose_choice([c for c in scoring if c not in remarks], [c for c in context if c not in situations], text)
        second = next((r for r in remarks if r.otherwise), None)
        if isinstance(choice, (GradeMap, Checklist)) and second is not None and any(c.otherwise for c in scoring if c not in remarks):
            # 方案经批准得2分，否则不得分；内容完整得1分，否则酌情扣分: two requirements, each with its 否则 (3 in all) —
            # once one grade to pick, 2 at most; the second's 酌情 is no point met or not either
            raise Unplaced(second, "写了两个“否则”，是两项要求各自计分，不能作为一组等级择一计分", certain=True)
        if isinstance(choice, GradeMap) and second is not None and len(choice.grades) > 1 \
                and any(_negates_option(name, choice.grades[0][0]) for name, _ in choice.grades[1:]):
            # 实行校长负责制,得2分;否则相应扣分。…未落实校长负责制…的,扣0.5分: the 否则 and the grade of its failure are
            # one situation, judged and fixed at once (once a grade 1.5 beside 否则相应扣分: 1.5 or 0 for neither?)
            raise Unplaced(second, "“否则”的酌情扣分与写明扣分的未达到情形是同一种情形，无法确定未达到时扣几分", certain=True)
        if isinstance(choice, GradeMap):
            said = {r.start: "".join(c.text + "，" for c in situations if 0 <= r.start - c.end <= 2) + r.text for r in remarks}
            return replace(choice, discretion="；".join(said.values()))
        from .fault_ranges import compose_fault_ranges  # (only texts with a 酌情 remark beside other clauses)

        mixed = compose_fault_ranges(scoring, context)  # 每少一次督导扣1分，资料不齐全酌情扣分: fixed and judged faults
        if mixed is not None:
            return mixed
    veto = next((c for c in scoring if c.outcome == ("points", Decimal(0)) and not c.manual
                 and (own_situation(c) or named_situation(c) and any(t.kind == "WORD" for t in c.tokens))), None)
    # (没有不得分 after 定期召开会议…得1分: the requirement not met, which the evaluator's score covers — no veto)
    if veto is not None:  # …酌情扣分，最多扣4分。弄虚作假的不得分 / 严重损害不得分: the evaluator's score, and a situation that zeroes it
        raise Unplaced(veto, "酌情评分之外的否决情形")  # (split_zero_situations reads the rest with it)
    for clause in scoring:
        if clause.outcome is not None and clause.outcome[0] == "prop":
            raise Unplaced(clause, "“按比例”没有写明按什么比例计分（如“按实际值/95%×分值计分”）")
        if clause.unread and not (clause.manual and not clause.tiers and _cap_only(clause)):
            _no_unread(clause)
    tiers = [tier for clause in scoring + context for tier in clause.tiers]
    if tiers:
        return _fraction_tiers(tiers, text, [c for c in scoring + context if c.tiers], context)
    entered = _reached_or_entered(scoring, text) or _discretion_when_unmet(scoring, context)
    if entered is not None:
        return entered
    most = [c.cap[1] for c in scoring if c.cap is not None and c.cap[0] == "points" and c.outcome is None and not c.manual
            and [t.kind for t in c.tokens] == ["CAP", "PTS"] and "扣" in c.tokens[0].text]
    if len(most) > 1:
        raise Unplaced(scoring[-1], "写了两个扣分上限，不知按哪一个")
    return Manual(text, most[0] if most else None)  # 视情况扣分，最多扣2分: the deduction's limit is checked


def _discretion_tier(scoring: list[Clause], remark: Clause) -> Tiered | None:
    """记录齐全得4分，记录不全酌情给分，无记录不得分: options of fixed points, and one named option whose score the
    evaluator gives between its neighbours' points (after the last option: from 0 up to its points)."""
    said = next((i for i, t in enumerate(remark.tokens) if t.kind == "MANUAL"), 0)
    name = "".join(t.text for t in remark.tokens[:said])
    if not name or remark.otherwise or _SAID_OF_WHAT.match(name) or remark.per is not None or remark.cap is not None \
            or remark.occurrence is not None or any(t.kind not in ("WORD", "EXCEPT", "AND", "DE", "MANUAL") for t in remark.tokens):
        return None
    options: list[tuple[str, Decimal]] = []
    for clause in scoring:
        if clause is remark:
            continue
        label = _option_label(clause)
        if not label or clause.outcome is None or clause.outcome[0] != "points" or clause.outcome[1] is None \
                or clause.condition is not None or clause.step is not None or clause.per is not None \
                or clause.cap is not None or clause.unread or clause.otherwise or clause.manual:
            return None
        options.append((label, clause.outcome[1]))
    place = scoring.index(remark)
    if place == 0:
        return None
    _one_choice(options[:place] + [(name.removesuffix("的"), Decimal(0))] + options[place:], scoring)  # type: ignore[list-item]
    above = options[place - 1][1]
    below = options[place][1] if place < len(options) else Decimal(0)
    if not below < above:
        return None
    tiers = [Tier(label, points, points) for label, points in options]
    tiers.insert(place, Tier(name.removesuffix("的"), below, above))
    if len({tier.name for tier in tiers}) != len(tiers):
        return None  # two options said alike: which was chosen could not be told
    return Tiered(tuple(tiers))


_SITUATION_KINDS = frozenset({"WORD", "EXCEPT", "AND", "DE", "BY", "OPEN", "CLOSE", "SEP"})
_CAP_KINDS = frozenset({"CAP", "CAP_ALL", "DEDUCT", "PTS", "SEP"})  # 最多扣3分 / 扣完为止, a clause of its own
_SAID_OF_WHAT = lazy_compile(r"^(?:视|根据|按|依据)")  # 视台账规范情况酌情扣分: how, not what, is judged


def _discretion_when_unmet(scoring: list[Clause], context: list[Clause]) -> Scorer | None:
    """台账不全、不规范的，视情况酌情扣分 / 达不到要求酌情扣分: without the fault the 分值, with it the evaluator's
    score below it; 按要求开展培训…，否则酌情扣分(5分): the requirement met earns the points written (else the
    分值), otherwise the evaluator's score. Every other clause must be the fault or the requirement in words."""
    caps = [c for c in scoring if c.cap is not None and c.cap[0] in ("points", "all") and c.outcome is None and not c.manual and c.per is None and c.step is None
            and not c.unread and _only_kinds(c, _CAP_KINDS)]
    if len(caps) > 1:
        return None
    limit = caps[0].cap[1] if caps else None  # type: ignore[index]  # 酌情扣分，最多扣3分: the deduction's range
    scoring = [c for c in scoring if c not in caps]
    if len(scoring) not in (1, 2) or any(c.tokens and not _only_kinds(c, _SITUATION_KINDS) for c in context):
        return None
    remark, *points = scoring
    award: Decimal | None = None
    if [t.kind for t in remark.tokens[-3:]] == ["OPEN", "PTS", "CLOSE"] and remark.outcome and remark.outcome[0] == "points":
        award = remark.outcome[1]  # 否则酌情扣分(4分): the requirement's points, in the same clause
    elif remark.outcome is not None:
        return None
    if not remark.manual or remark.condition is not None or remark.step is not None or remark.per is not None \
            or remark.occurrence is not None or remark.cap not in (None, ("all", None)) or remark.unread:
        return None
    if points:  # (5分) after the sentence: the requirement's points
        (stated,) = points
        if award is not None:
            return None
        if stated.start < remark.start or [t.kind for t in stated.tokens if t.kind not in ("OPEN", "CLOSE", "SEP")] != ["PTS"] \
                or not stated.outcome or stated.outcome[0] != "points" or not stated.outcome[1]:
            return None
        award = stated.outcome[1]
    own = "".join(t.text for t in remark.tokens if t.kind in ("WORD", "EXCEPT", "BY", "DE"))
    if remark.otherwise:  # 否则酌情扣分: the requirement is said before
        if not context or own.strip("将则") and not _SAID_OF_WHAT.match(own) or caps:
            return None
        return MetOrDiscretion((award,))
    if award is not None:
        return None
    return _fault_discretion(remark, context, own, limit)


def _fault_discretion(remark: Clause, context: list[Clause], own: str, limit: Decimal | None) -> DeductionRange | None:
    """The fault said before (台账不全的，酌情扣分) or in the remark's own words (达不到要求酌情扣分)."""
    kind = "fault_or_manual" if limit is None else "deduction_range"  # 最多扣3分: the range written is 0-3分
    before = _just_before(context, remark, 1, lambda c: c.text.endswith("的") or bool(_UNMET_OPTION.match(c.text)))
    if own and not _SAID_OF_WHAT.match(own) and not context and (
            any(t.kind == "EXCEPT" for t in remark.tokens) or own.endswith("的")):
        return DeductionRange(own.rstrip("的"), Decimal(0), limit, kind=kind)  # 达不到要求酌情扣分 / 资料不全的酌情扣分
    if before is None or len(context) != 1 or own and not _SAID_OF_WHAT.match(own):
        return None
    return DeductionRange(before.text.removesuffix("的"), Decimal(0), limit, kind=kind)


def _only_kinds(clause: Clause, kinds: frozenset[str]) -> bool:
    return all(token.kind in kinds for token in clause.tokens)


def _reached_or_entered(scoring: list[Clause], text: str) -> Piecewise | None:
    """学员就业率不低于85%的得15分，达不到扣分: reaching the level scores its points; short of it the evaluator
    enters a score up to them (the deduction is not quantified)."""
    if len(scoring) != 2:
        return None
    band, rest = scoring
    if band.manual or band.condition is None or band.outcome is None or band.outcome[0] != "points" or not band.outcome[1] \
            or not rest.manual or rest.condition is not None or rest.outcome is not None or rest.step or rest.unread \
            or rest.per is not None or rest.occurrence is not None:  # (每少酌情1人扣2分: a deduction, half read)
        return None
    reached = compose_piecewise([band], [], text)
    if not isinstance(reached, Piecewise) or reached.kind != "threshold" or reached.stated_otherwise:
        return None
    return replace(reached, otherwise=Entered(Decimal(0), band.outcome[1]), stated_otherwise=True)


_TIER_NAMES = lazy_compile(r"(?:分为|按)[:：]?“?([^“”。;]+?)”?(?:([2-9])个?|“?[三两四五]”?)\s*(?:档|个档次)")


def _fraction_tiers(conditions: list[Condition], text: str, tiered: list[Clause], context: list[Clause]) -> Tiered:
    """按分值区间100%-80%(含)、80%-60%(含)、60%-0%合理确定: tiers as shares of 分值, named as the text names
    them (分为达成年度指标、部分达成…三档, or 达成年度指标的，按分值的100%-80%（含）计分；部分达成的，… one tier per
    situation) or by their order. The tiers must run from 100% down to 0 without gap or overlap."""
    clause = tiered[0]
    found = _TIER_NAMES.search(text)
    names = found.group(1).split("、") if found else []
    if found and found.group(2) and int(found.group(2)) != len(conditions):
        raise Unplaced(found.group(), f"写明{found.group(2)}个档次，实际列出{len(conditions)}个区间")
    if not found and len(tiered) == len(conditions) > 1:
        names = [_situation_of_tier(c, context) for c in tiered]
    if len(names) != len(conditions) or not all(names):
        names = [f"第{'一二三四五六七八九'[i]}档" if i < 9 else f"第{i + 1}档" for i in range(len(conditions))]
    tiers = []
    for name, condition in zip(names, conditions):
        interval = _scale(condition, "%")  # 100-80%: the unit applies to both ends
        assert isinstance(interval.low, Decimal) and isinstance(interval.high, Decimal)
        tiers.append(Tier(name.strip(), interval.low, interval.high, interval.low_inclusive, interval.high_inclusive))
    if tiers[0].high != 1 or tiers[-1].low != 0 or any(
        upper.low != lower.high or upper.low_inclusive == lower.high_inclusive for upper, lower in zip(tiers, tiers[1:])
    ):
        raise Unplaced(clause, "各档区间应从分值的100%依次衔接到0，不能有空档或重叠")
    return Tiered(tuple(tiers), of_full=True)


def _situation_of_tier(tier: Clause, context: list[Clause]) -> str:
    """达成年度指标的按100%-80%（含）记分 / 达成年度指标的，按分值的100%-80%（含）计分: the situation a tier is for, in its
    own clause or in the clause just before it; "" when none is written."""
    own = _TIER_SITUATION.match(tier.text)
    if own is not None:
        return own.group(1)
    before = next((c for c in context if 0 <= tier.start - c.end <= 1), None)
    return before.text.removesuffix("的") if before is not None and before.text.endswith("的") else ""


_TIER_SITUATION = lazy_compile(r"^([\u4e00-\u9fff]{2,30}?)的(?:按|得)")


def _cap_only(clause: Clause) -> bool:
    """酌情扣分，扣完6分为止: the unread number is the indicator's own points."""
    return len(clause.unread) == 1 and clause.unread[0].kind == "PTS"


def compose_tiers(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    """专业能力较强，得10-15分；专业能力一般，得5-10分；较差，得0-5分: the evaluator picks the tier and a
    score inside it."""
    if not scoring or not all(clause.outcome and clause.outcome[0] in ("span", "points") for clause in scoring) or not any(
        clause.outcome[0] == "span" for clause in scoring  # type: ignore[index]
    ) or any(clause.outcome == ("points", None) for clause in scoring) or (
        any(clause.outcome[0] == "points" for clause in scoring) and any(clause.otherwise for clause in scoring)  # type: ignore[index]
    ):
        # (全面完成质量标准(5分)…完成情况较差(1分到0分): tiers of fixed points beside tiers with a range; not
        # 服务对象是农业(2分)，其他(0-1分), a situation met or not)
        return None
    if any(clause.condition is not None for clause in scoring) and all(
        clause.condition is not None or clause.otherwise for clause in scoring
    ):
        return None  # 到位率在75%以上(10分到13分)…: bands of a measure, each with a range to enter (compose_piecewise)
    if any(clause.cap is not None or clause.tiers for clause in scoring):
        return None  # (5分扣完为止) / 得10-1酌情5分: a cap or a second range inside a tier is not a tier's points
    tiers: list[Tier] = []
    # A.配套资金全部落实并及时到位90% □9.0-10分: a form's lettered grades, whose numbers only describe them
    lettered = all(clause.marker and _LETTER.fullmatch(clause.marker) for clause in scoring)
    for clause in scoring:
        name = _option_label(clause) or marker(len(tiers))
        described = [token for token in clause.unread if token.unit in COUNT_UNITS and token.text in name]  # 有1项…未完成
        if not (lettered and all(token.text in name for token in clause.unread)) and len(described) != len(clause.unread):
            _no_unread(clause)
        if clause.condition is not None or clause.step or clause.per is not None:
            raise Unplaced(clause, "分档得分的档次应以文字描述（如“专业能力较强，得10-15分”）")
        low, high = clause.outcome[1] if clause.outcome[0] == "span" else (clause.outcome[1],) * 2  # type: ignore[index,misc]
        tiers.append(Tier(name, low, high, letter=clause.marker[0] if lettered else ""))  # type: ignore[index]
    if len({tier.name for tier in tiers}) != len(tiers):
        raise Unplaced(scoring[-1], "两个档次的描述相同")
    return checked_tiers(tiers, scoring)


def checked_tiers(tiers: list[Tier], where: list) -> Tiered:
    """Tiers whose ranges neither overlap nor leave a gap, the lowest from 0; ``where[i]`` names tier i's text."""
    ordered = sorted(tiers, key=lambda tier: (tier.low, tier.high))  # 无记录(0分) before 记录不全(0-4分)
    for lower, upper in zip(ordered, ordered[1:]):
        if upper.low < lower.high:  # named where the reader meets it: the later of the two
            raise Unplaced(where[max(tiers.index(upper), tiers.index(lower))], "分档得分的范围相互重叠")
        fixed = upper.low == upper.high or lower.low == lower.high  # a tier of fixed points leaves the rest to others
        if upper.low - lower.high > 1 and not fixed:  # 3-4分 beside 5-7分 is whole points; 0-2 beside 5-7 leaves 3, 4 out
            raise Unplaced(where[tiers.index(upper)], "分档得分之间有空档")
    if ordered[0].low > 1:
        raise Unplaced(where[tiers.index(ordered[0])], "最低一档不是从0分起，更低的得分没有写明")
    return Tiered(tuple(tiers))


_LETTER = lazy_compile(r"[A-H][.、]")


def compose_deduction_range(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    """未按要求及时编制和修订应急预案扣1-5分: one fault, whose deduction the evaluator sets within the range."""
    ranged = [c for c in scoring if c.outcome is not None and c.outcome[0] == "minus_span"]
    if not ranged:
        return None
    clause = ranged[0]
    rest = [c for c in scoring if c is not clause]
    if len(ranged) > 1 or clause.unread or any(not (c.cap is not None and c.cap[0] == "all" and c.outcome is None) for c in rest):
        from .fault_ranges import compose_fault_ranges, described_range  # (it reads each fault as compose_fault_kinds does)

        mixed = compose_fault_ranges(scoring, context)  # 未组织研究的扣3分，未达到国家标准的，酌情扣2-6分
        if mixed is not None:
            return mixed
        # 无检查计划扣1分;完成率达不到100%扣0.1-1分: a range whose situation holds a number is the described faults'
        # reading's to try (described.py), so this refusal is not the last word there
        measured = any(described_range(c) is not None for c in ranged)
        raise Unplaced(ranged[-1] if len(ranged) > 1 else clause,
                       "扣分区间（如“扣1-5分”）只能单独用于一种情形，暂不能与其他扣分合并计分", certain=not measured)
    if clause.condition is not None:
        # 完成率低于90%的扣1-2分 alone: the level may be the indicator's own measure (bands of it), not a situation
        # judged — read only among other faults (described.py)
        raise Unplaced(clause, "扣分区间的情形是与数值的比较（可能是本指标完成值的分档），未达到时扣几分由谁确定没有写明"
                               "（请写明各档得分，如“低于90%得3分”）", certain=True)
    # 未建立台账的，酌情扣2-4分 / 资料不全的视情况扣1-3分: the fault, without the words that say it is judged
    words = re.sub(r"^(?:如|若|凡)|(?:的)?(?:视情况|视具体情况|根据情况|酌情)?$|的$", "", _option_label(clause)).strip("，,")
    words = re.sub(r"的$", "", words)
    before = _just_before(context, clause, 1, lambda c: not c.scoring and not any(t.kind == "NUM" for t in c.tokens))
    if not words and before is not None:
        words = re.sub(r"的$", "", before.text)  # 未按要求编制应急预案的，扣1-5分 (the 规范写法 reads back)
    if _EACH_OCCURRENCE.search(words):  # 出现一般案件每例减5-10分: the range for every case, not once
        from .fault_ranges import compose_fault_ranges

        each = compose_fault_ranges(scoring, context)
        if each is None:
            raise Unplaced(clause, "扣分区间按每次（每例、每起）计，但无法确定计数的情形", certain=True)
        return each
    if not words or re.search(r"\d", words) or any(c.unread or c.condition is not None for c in context):
        raise Unplaced(clause, "扣分区间没有写明在什么情形下扣分", certain=True)
    low, high = clause.outcome[1]  # type: ignore[index]
    return DeductionRange(words, low, high)


_EACH_OCCURRENCE = lazy_compile(r"每(?:1|一)?(?:" + "|".join(PER_OCCURRENCE) + r")")


def compose_met_or_manual(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    """编制符合要求的得7分，不符合要求的视具体情况扣分，扣完7分为止 / 1.…完整的，得5分，否则酌情扣分；2.…:
    each point met earns its points; one not met leaves the score to the evaluator."""
    awards: list[list] = []  # [points, has a discretionary fallback]
    fallback: tuple[Decimal, Decimal] | None = None
    for clause in scoring:
        if clause.otherwise and clause.outcome and clause.outcome[0] == "span" and len(awards) == 1 and not awards[0][1] \
                and not clause.unread and clause.condition is None:
            fallback = clause.outcome[1]  # …(2分)，其他(0-1分): otherwise a score the evaluator enters within 0-1
            awards[0][1] = True
        elif clause.manual and clause.outcome is None and clause.condition is None and clause.step is None \
                and clause.per is None and clause.occurrence is None and not clause.tiers:
            if not awards or awards[-1][1]:
                return None
            if clause.cap is not None and clause.cap[0] == "points" and clause.cap[1] != awards[-1][0]:
                raise Unplaced(clause, "扣分上限与该要点的分值不一致")
            if clause.unread:
                return None
            awards[-1][1] = True
        elif clause.cap is not None and clause.outcome is None and clause.condition is None and clause.per is None \
                and clause.step is None and awards and awards[-1][1]:
            if clause.unread or clause.cap[0] == "added":
                return None  # 扣完6: a cap whose number is not its points / 最多加20分: no addition to cap
            if clause.cap[0] == "points" and clause.cap[1] != awards[-1][0]:
                raise Unplaced(clause, "扣分上限与该要点的分值不一致")
        elif (
            clause.outcome and clause.outcome[0] == "points" and (clause.outcome[1] or clause.outcome[1] is None and not awards
                                                                  and any(t.text == "满分" for t in clause.tokens))
            and clause.condition is None
            and not clause.otherwise and clause.step is None and clause.per is None and not clause.unread and clause.words()
            and clause.cap is None  # 加最多扣2分、1分: a cap inside an award is not read
        ):
            awards.append([clause.outcome[1], False])
        else:
            return None
    if not awards or not all(has_fallback for _, has_fallback in awards) or len(awards) > 1 and None in (p for p, _ in awards):
        return None  # (满分 is the points of a requirement that is the whole indicator)
    if fallback is not None and fallback[1] >= awards[0][0]:
        raise Unplaced(scoring[-1], "不符合时的得分范围不应达到符合时的得分")
    return MetOrDiscretion(tuple(points for points, _ in awards), fallback)


# ---------------------------------------------------------------- checklists


def _items(scoring: list[Clause], context: list[Clause],
           opens: Callable[[Clause], bool] = lambda clause: clause.marker is not None) -> list[list[Clause]]:
    """Marker items (① …, 1、…) with the clauses that follow each until the next marker; or items opened by
    another kind of clause (``opens``)."""
    groups: list[list[Clause]] = []
    for clause in sorted(scoring + context, key=lambda c: c.start):
        if opens(clause):
            groups.append([clause])
        elif groups:
            groups[-1].append(clause)
    return groups


def _summary(clause: Clause) -> bool:
    """A sentence about the points as a whole: N个评价要点都符合得X分；1个不符合扣Y分；以上…每出现一例…"""
    words = clause.text
    return (
        clause.all_met or clause.occurrence is not None or "评价要点" in words or "要点" in words
        or (clause.step is not None and clause.step[2] in COUNT_UNITS)
        or (clause.cap is not None and clause.outcome is None and clause.condition is None)
        or (words.startswith(("全部", "以上", "上述")) and not re.match(r"(?:以上|上述)\d", words))  # (not 以上4%-92%: a band)
        or (clause.outcome == ("points", Decimal(0)) and any(t.kind == "NUM" and t.unit in COUNT_UNITS for t in clause.unread))
    )


_CEILING_WORDS = frozenset({"最高", "最多"})


def _ceiling(clause: Clause) -> bool:
    """最高得10分 / 最多2分: the clause states a ceiling, not points earned."""
    return any(t.kind in ("CMP", "WORD") and t.text in _CEILING_WORDS for t in clause.tokens)


def compose_checklist(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    groups = _items(scoring, context)
    if lone_summary(groups):
        groups = []  # 1.符合全部3项指标的按100分计，每不符合1项扣40分: the row's number over one summary
    restated = len(groups) > 2 and len(groups[-1]) == 1 and _ZERO_RESTATED.match(groups[-1][0].text) is not None and all(
        t.value == len(groups) - 1 for t in groups[-1][0].unread)
    if restated:
        groups = groups[:-1]  # (3)上述两项均不符合章程规定0分: nothing met scores nothing, as the points already say
    elif len(groups) > 1 and _NONE_OF_ABOVE.match(groups[-1][0].text):
        raise Unplaced(groups[-1][0], "“以上均不符合”的情形应为0分")  # (3)上述两项均不符合…10分: no 评价要点
    if groups and all(c.start < groups[0][0].start for c in scoring) and scoring[0].all_met \
            and not any(c.condition is not None for group in groups for c in group) \
            and all(counts_unmet_points(c, scoring[0]) for c in scoring[1:] if any(t.kind == "EACH" for t in c.tokens)):
        # 以下3项要点全部满足得3分，每有1项不满足扣1分：(1)…；(2)…；(3)…: the summary, then the points it counts (once
        # refused at 3项: the points after the sentences were no checklist)
        return _per_fail(scoring, len(groups))
    if groups and any(c.start < groups[0][0].start for c in scoring):
        return None  # scoring sentences before the first point: not a plain checklist
    paren_items = [c for c in scoring if c.marker is None and c.text.endswith("分)") and c.outcome]
    described_words: dict[int, list[str]] = {}  # an unmarked point's words before the clause holding its points
    if not groups and len(paren_items) >= 2:
        if len(paren_items) != len(scoring):
            return None  # 目标细化(90分每): a scoring clause that is not an item of the list
        points_said = [c.outcome[1] for c in paren_items]  # type: ignore[index]
        said_words = [without_titles(c.text) for c in paren_items]
        graded = [words for words in said_words if graded_option(words, said_words)]
        bare = [_POINTS_SAID.sub("", words) for words in said_words]
        lesser = [words for words, name in zip(said_words, bare) if _LESSER_SAID.search(name) and any(
            other != name and _LESSER_SAID.sub("", name) == other for other in bare)]
        turned = [words for words in said_words if _BAD_TURN.search(words)]
        if graded and len(set(points_said)) == len(points_said):
            # 使用合理规范(5分)使用比较合理规范(4分)…: grades of one thing, not points to add (two grades never score the
            # same: 无乱扔杂物(5分);无占道经营(2分);设有提示牌(2分) are three requirements, each its points)
            return None
        if graded and (lesser or turned):
            # 地面干净(3分);地面较干净(2分);墙面无污渍(2分) / 道路无积水(2分);排水通畅(2分);受到通报批评(1分): a lesser
            # degree of another point, or a sanction earning points, among points scoring alike — grades to choose or
            # points to add? (once added: 7 of 7 for a floor both clean and less clean, a point for being criticised)
            named = _POINTS_SAID.sub("", (turned or lesser)[0])
            raise Unplaced(next((c for c in paren_items if named in c.text), None) or named,
                           f"“{named}”是出现问题的情形，却写了得分：是其余要求未做到时的档次，还是另一项要求，没有写明" if turned else
                           f"“{named}”是另一要点的较低程度：各要点分别计分再相加，还是择一计分，没有写明；请分开写明", certain=True)
        if any(not any(t.kind == "WORD" for t in c.tokens) for c in paren_items):
            return None  # …谈话(1分)。(2分): the points in all after the items (parser's closing total), no item of its own
        groups = [[c] for c in paren_items]
        # 统计资料整理规范,分类存放有序,便于查询和使用(5分): the point is all its words, not the clause before its points
        # alone (once 便于查询和使用: the 规范写法 dropped what else it requires)
        described_words = {id(c): [w.text for w in _described_by(c, context, text)] for c in paren_items}
    if not groups:
        return compose_all_or_nothing(scoring, context, text)
    if len(groups) > 1 and _grade_names([group[0] for group in groups]):
        return None  # 1、优秀:2.5分；2、优良:2分…: grades to choose from, numbered — not 评价要点 to add up
    awarded = [group[0].outcome for group in groups if group[0].outcome]
    if awarded and all(outcome == ("points", Decimal(0)) for outcome in awarded):
        return None  # …之一的不得分；有乱收费行为的不得分: situations that zero the score, not 评价要点 worth 0
    points: list[Decimal | None] = []
    names: list[str] = []
    summary: list[Clause] = []
    for group in groups:
        item_points: Decimal | None = None
        said: list[str] = list(described_words.get(id(group[0]), []))  # the point's own wording, up to its points
        for clause in group:
            if item_points is None and not clause.scoring and clause.condition is None and clause.tokens:
                said.append(clause.text)
            if not clause.scoring and clause.condition is None:
                continue  # the point's own wording, or a remark on it
            if clause.condition is not None and not _summary(clause):
                if clause.scoring:
                    return None  # ①满意度≥90%得7分；②…: a numbered band list, not 评价要点
                continue
            if _summary(clause) and clause is not group[0]:
                summary.append(clause)
                continue
            if clause.outcome and clause.outcome[0] == "points" and item_points is None and not clause.otherwise:
                if clause.step is not None or clause.per is not None or clause.occurrence is not None:
                    return None  # 全申报的1分缺1项扣0.5分: the item deducts within itself, not a plain 评价要点
                if clause.cap is not None:
                    raise Unplaced(clause, "评价要点中出现了扣分上限，但没有写明如何扣分")  # 加最多扣2分、1分
                if _ceiling(clause):
                    # 1.重视招商引资工作…，最高得10分: a ceiling for the evaluator's judgement, not points for meeting it
                    raise Unplaced(clause, "只写了最高得分，没有写明如何计分")
                item_points = clause.outcome[1]
                said.append(_option_label(clause))
                if item_points is None:
                    raise Unplaced(clause, "评价要点写“得满分”，无法确定该要点的分值")
                _no_unread(clause)
                if clause.tiers:
                    return None  # 完成合同计划40%-60%…酌情9分: shares of the points the item does not use
            elif clause.otherwise and clause.outcome == ("points", Decimal(0)) and not clause.unread:
                continue  # ①…得1.5分，否则不得分: what not meeting it scores anyway
            elif item_points is not None and _all_taken(clause, item_points, context):
                continue  # 成立领导小组(5分)；未成立领导小组的，扣5分: not meeting it takes its points, as 不得分
            elif clause.scoring:
                summary.append(clause)
        points.append(item_points)
        names.append("，".join(part for part in said if part))
    if any(p == 0 for p in points):
        return None  # 未完成年度计划目标及累计降低进度目标。(0分): an outcome among others, not a point to meet
    if all(p is not None for p in points):
        stated = next((c for c in scoring + context if c.stated_total is not None), None)
        total = sum((p for p in points if p is not None), Decimal(0))
        if stated is not None and stated.stated_total != total:
            raise Unplaced(stated, f"各评价要点分值合计{total}分，与写明的{stated.stated_total}分不一致")
        penalty = _penalty(summary, context) if len(points) > 1 else None  # one heading's points are not a list
        said = [c for c in summary if (m := _NONE_MET_SAID.fullmatch(c.text)) and int(m.group(1)) == len(points)]
        if said and penalty is None:  # (符合的要点得相应分值，3项均不符合的不得分): the 规范写法 of the none-met line
            summary, restated = [c for c in summary if c not in said], True
        for clause in summary:
            if penalty is None and not (clause.except_words and clause.outcome == ("points", Decimal(0)) and not clause.unread
                                        and clause.per is None and clause.step is None):  # (…每缺1项扣0.5分没有的不记分)
                raise Unplaced(clause, "已按评价要点各自的分值计分，这句评分说明无法与之合并")
        refuse_lesser_degree_not_less(list(zip(names, points)), scoring, ticked=True)  # (2)台账不完整得1分: no point to tick
        return Checklist(points=tuple(p for p in points if p is not None), penalty=penalty, none_met_said=restated,
                         requirements=tuple(names) if all(names) else ())
    if any(p is not None for p in points):
        missing = next(group[0] for group, p in zip(groups, points) if p is None)
        raise Unplaced(missing, "部分评价要点写了分值、部分没有写")
    count = len(groups)
    if not summary:
        return Checklist(count=count, equal=True)
    if count == 1:
        return None  # 2.按要求报送信息。未完成1次扣1分: a lone numbered row, its failures counted as they occur, not 1 评价要点
    return _per_fail(summary, count)


_NOT_DONE = lazy_compile(r"(?:未|没有|未能|不)[\u4e00-\u9fff“”]{1,20}?的?[，,]?")
_TAKEN = lazy_compile(r"扣(\d+(?:\.\d+)?)分")


def _all_taken(clause: Clause, points: Decimal, context: list[Clause]) -> bool:
    """未成立领导小组的，扣5分 after a point of 5分: the point not met, its whole points deducted once."""
    taken = clause.outcome == ("minus", points) or (clause.outcome is None and clause.per == points)
    if not taken or clause.condition is not None or clause.step is not None or clause.occurrence is not None \
            or clause.cap is not None or clause.unread or clause.manual or clause.otherwise:
        return False
    said = re.fullmatch(r"(.*?)" + _TAKEN.pattern, clause.text)
    if said is None or "每" in said.group(1):
        return False
    if said.group(1):
        return _NOT_DONE.fullmatch(said.group(1)) is not None
    before = _just_before(context, clause, 1)
    return before is not None and not before.unread and before.condition is None and _NOT_DONE.fullmatch(before.text) is not None


def _penalty(summary: list[Clause], context: list[Clause]) -> tuple[str, str, Decimal] | None:
    """每发生1起节能违法案件扣1分，扣完为止 after points that each carry their own: occurrences of something
    else, each deducting from the points met. So is 抽查发现错保、漏保的，每户扣0.5分: the situation said in a clause of
    its own (words, then 的) just before each one of it counted (每户扣0.5分)."""
    occurrences = [c for c in summary if c.occurrence is not None and c.per is not None and c.occurrence[0] == 1]
    caps = [c for c in summary if c.cap == ("all", None) and c.outcome is None and c.per is None and not c.occurrence]
    situated = [] if occurrences else [(c, said) for c in summary if (said := _situation_each(c, context))]
    if len(occurrences) + len(situated) != 1 or len(occurrences) + len(situated) + len(caps) != len(summary):
        return None
    counted = occurrences[0] if occurrences else situated[0][0]
    if counted.unread:
        return None
    _, unit, what = counted.occurrence if occurrences else situated[0][1]  # type: ignore[misc]
    if unit in ("项", "个"):
        return None  # 每有1项未完成: the items themselves, not occurrences of something else
    what = re.sub(r"^(?:抽查|检查|经查|核查)?(?:发生|出现|发现|有|查出)", "", re.sub(r"\([^()]*\)", "", what)).rstrip("的")
    if not what or re.search(r"\d", what) or counted.cap not in (None, ("all", None)):
        return None
    return what, unit, counted.per  # type: ignore[return-value]


# what one of a situation is counted in: a household, a person, a case, a payment — never a day or a month (每天扣0.5分
# after a situation: each day it lasted, or each day found?)
_SITUATION_UNITS = frozenset({"户", "人", "人次", "名", "家", "所", "校", "起", "件", "宗", "例", "笔", "份", "处", "次", "张", "篇"})


def _situation_each(clause: Clause, context: list[Clause]) -> tuple[Decimal, str, str] | None:
    """每户扣0.5分 right after a situation in words ending 的 (抽查发现错保、漏保的): that situation counted in the unit 每
    names, as 每发现1户错保、漏保的扣0.5分 says it."""
    kinds = [t.kind for t in clause.tokens]
    if kinds != ["EACH", "WORD", "DEDUCT", "PTS"] or clause.per is None or clause.tokens[1].text not in _SITUATION_UNITS:
        return None
    before = next((c for c in context if 0 <= clause.start - c.end <= 1), None)
    if before is None or [t.kind for t in before.tokens][-1:] != ["DE"] or not _words_only(before):
        return None
    return Decimal(1), clause.tokens[1].text, before.text


def check_lost_dashes(items: list[Clause]) -> None:
    """实行单独列帐核算(53分)…未实行(30分) on a 5-point indicator: 5-3 and 3-0 whose dashes the copy lost.
    Points that split into falling ranges chained end to start (53, 30; 1916, 1610) are refused."""
    digits = [general_text(c.outcome[1]) for c in items if c.outcome and c.outcome[1] is not None]  # type: ignore[index]
    if len(digits) < 2 or len(digits) != len(items) or not all(d.isdigit() and 2 <= len(d) <= 4 for d in digits):
        return
    halves = [(d[: len(d) // 2], d[len(d) // 2:]) for d in digits]
    falling = all(int(high) > int(low) for high, low in halves)
    chained = all(upper[1] == lower[0] for upper, lower in zip(halves, halves[1:]))
    if falling and chained:
        raise Unplaced(items[0], "分值像是丢了连接号的分数范围（如“5-3分”成了“53分”），请核对原表")


_POINT_UNITS = frozenset({"项", "个", "条", "点", "例", "款"})  # what a 评价要点 is counted in (每缺一项 / 每出现一例不符合)


def _per_fail(summary: list[Clause], count: int | None) -> Checklist:
    base: Decimal | None = None
    per: Decimal | None = None
    caps: list[Clause] = []
    stated_count: int | None = None
    for clause in summary:
        if clause.all_met and clause.outcome and clause.outcome[0] == "points":
            if base is not None and base != clause.outcome[1]:
                raise Unplaced(clause, "写了两个不同的全部符合得分")
            if clause.outcome[1] == 0 or clause.cap is not None or clause.condition is not None:
                # 符合全部4项…不得分…最多扣8分 / 2以下5条均满足的 (fuzz): a sentence that is more than all points met
                raise Unplaced(clause, "全部符合时的得分无法识别（写了不得分、扣分上限或数值条件）")
            base = clause.outcome[1]
            stated = [t for t in clause.unread if t.kind == "NUM" and t.unit in COUNT_UNITS]
            if stated:
                if stated[0].value != int(stated[0].value) or stated[0].value < 1:
                    raise Unplaced(clause, f"评价要点的个数“{stated[0].text}”应为正整数")  # 符合全部1.5项要求
                stated_count = int(stated[0].value)
            if len(clause.unread) > len(stated):
                raise Unplaced(clause, "这句评分说明中有无法识别的数值")
            continue
        if any(not (t.kind == "NUM" and t.unit in COUNT_UNITS and count and t.value == count) for t in clause.unread):
            raise Unplaced(clause, "这句评分说明中有无法识别的数值")  # only 3项均缺不得分 may restate the count
        if clause.occurrence is not None and re.search(r"\d", clause.occurrence[2]):
            raise Unplaced(clause, "逐项扣分的条件中有数值（如限额），请按逐项数据计分，不作为评价要点")
        if clause.per is not None and (clause.occurrence is not None or clause.step is not None or clause.except_words):
            if clause.outcome is not None:
                raise Unplaced(clause, "同一句中既有得分又有扣分，无法确定关系")  # 得3分有1项未完成的，扣1分
            if clause.condition is not None:
                raise Unplaced(clause, "这句评分说明中有无法识别的数值")  # 3，1个学校未达到…扣0.5分: a stray number
            if clause.step is not None and (clause.step[1] != 1 or clause.step[2] not in COUNT_UNITS):
                raise Unplaced(clause, "评价要点的扣分应按“每1个不符合扣N分”写明")
            if per is not None and per != clause.per:
                raise Unplaced(clause, "出现了两个不同的扣分标准")
            if per is None and clause.occurrence is not None and clause.occurrence[1] not in _POINT_UNITS:
                # ①…②…③…。全部满足得3分，每发现1处问题扣1分: problems found, counted by 处 — not the points unmet (once
                # read as 1 off per point, three problems in one point costing 1)
                raise Unplaced(clause, "按处、次计的扣分不是评价要点不符合的扣分，无法按评价要点计分")
            if per is not None and clause.occurrence is not None and clause.occurrence[1] not in _POINT_UNITS:
                # 一项未完成则扣1分，扣完为止，发现1处违规扣1分: a second kind of fault, counted by 处 (once absorbed into
                # the points' deduction, the 违规 never counted)
                raise Unplaced(clause, "评价要点逐项扣分之外又写了另一种扣分情形（按处、次计），无法与之合并计分")
            per = clause.per
            if clause.cap is not None:
                caps.append(clause)
            continue
        if clause.cap is not None and clause.outcome is None:
            caps.append(clause)
            continue
        if clause.outcome == ("points", Decimal(0)) and [t.value for t in clause.unread] == [Decimal(count or -1)]:
            continue  # 3项均缺不得分: what the deductions give anyway
        raise Unplaced(clause, "无法识别的评价要点计分说明")
    cap = _cap(caps)
    if per is None:
        raise Unplaced(summary[0], "评价要点的计分说明没有写明不符合时如何扣分")
    if stated_count is not None and count and stated_count != count:
        raise Unplaced(summary[0], f"写明{stated_count}个评价要点，实际列出{count}个", certain=True)
    return Checklist(per_fail=per, cap=cap, base=base, count=count or stated_count)


def compose_all_or_nothing(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    """完成得满分，未完成不得分 / 全部完成则得满分；一项未完成则扣1分: one or several points, no markers."""
    if not scoring or any(any(t.kind == "EACH" for t in clause.tokens) and not counts_unmet_points(clause, scoring[0])
                          for clause in scoring):
        return None  # 每有1处…扣1分 counts occurrences of items, not 评价要点 (每不符合1项 after all met does)
    reached = _all_reached(scoring, context, text)
    if reached is not None:
        return reached
    first = scoring[0]
    if first.all_met and first.outcome and first.outcome[0] == "points" and len(scoring) > 1:
        return _per_fail(scoring, None)  # N个评价要点都符合得满分，1个不符合扣…: the count is checked there
    if (
        len(scoring) == 2 and first.outcome == ("points", None) and first.condition is None and not first.unread
        and first.cap is None  # (本项满分最多扣4分。不得分满分: a cap the met-or-not reading would drop; fuzz)
        and scoring[1].outcome == ("points", Decimal(0)) and scoring[1].condition is None and not scoring[1].unread
        and _negates(first, context, scoring[1])
    ):
        # (制度健全得满分，否则不得分: the one point named as written — once printed as an unnamed ①)
        named = re.sub(r"的$", "", _option_label(first))
        return Checklist(count=1, equal=True, requirements=(named,) if re.fullmatch(r"[\u4e00-\u9fff、]{2,30}", named) else ())
    # (按规定撤销了过渡性账户…的,计4分;未按规定取消…账户,擅自设立…,拖延、滞压…的,计0分: a run of clauses between, each
    # the point not met, whose last alone need not be)
    run_between = any(first.end <= c.start < scoring[-1].start for c in context)
    if _awarded_situation(first, negation=len(scoring) == 2) and (len(scoring) == 1 or (
        len(scoring) == 2 and scoring[1].outcome == ("points", Decimal(0)) and scoring[1].condition is None
        and not scoring[1].unread and (scoring[1].otherwise or _negates(first, context, scoring[1], listed=not run_between))
        and all(t.kind in ("OTHER", "EXCEPT", "WORD", "DE", "ZERO", "VERB") or (t.kind == "PTS" and t.value == 0)
                for t in scoring[1].tokens)  # 否则得0分 as well as 否则不得分
    )):
        # 建立管理制度的得1分，否则不得分 / 项目有验收报告得1分: one situation, its points when it holds
        return _named_points([(_option_label(first), first.outcome[1])], [[]])  # type: ignore[index]
    return None


# 全部达到的，得1分 / 以上均做到的，计2分: every requirement said before met (not 达到的, the other side of a level)
_ALL_REACHED = lazy_compile(r"(?:以上|上述)?(?:各项)?(?:全部|均|都)(?:达到|做到|符合|满足|完成|落实)(?:要求)?的?[,，]?(?:得|计|记|给)\d+(?:\.\d+)?分")


def _all_reached(scoring: list[Clause], context: list[Clause], text: str) -> Checklist | None:
    """各县地面测报综合评定达甲等,且质量考核报表没有漏统计错情,及时上报…,全部达到的,得1分;否则不得分: the requirements
    in words before, all met, earn the points, else nothing — one 评价要点 named by all of them (once refused: 达到的
    read as the other side of a level, a second 否则)."""
    if len(scoring) != 2:
        return None
    first, second = scoring
    if _ALL_REACHED.fullmatch(first.text) is None or first.condition is not None or first.unread or first.outcome is None \
            or first.outcome[0] != "points" or not first.outcome[1] or first.cap is not None or first.marker:
        return None
    if not second.otherwise or second.outcome != ("points", Decimal(0)) or second.condition is not None or second.unread \
            or [t.kind for t in second.tokens] != ["OTHER", "ZERO"] or second.start < first.end:
        return None
    words = _described_by(first, context, text)
    if not words or len(words) != len(context) or any(c.marker or "或" in c.text for c in words):
        return None  # (a clause apart from the run of requirements: what it says would be lost; 或: alternatives, not all)
    return _named_points([("", first.outcome[1])], [words])


def _awarded_situation(clause: Clause, negation: bool = False) -> bool:
    """建立管理制度的得1分: words naming a situation, then its points (no number, no comparison in it);
    ``negation``: the situation may be a negated one (未发现违规行为的得10分，否则不得分), not a grade."""
    kinds = [token.kind for token in clause.tokens]
    words = clause.words()
    if negation:
        words = re.sub(r"^(?:未|没有|无)(?:发现|出现|发生|存在)", "", words)
    return (
        clause.outcome is not None and clause.outcome[0] == "points" and bool(clause.outcome[1]) and clause.condition is None
        and not clause.unread and not clause.otherwise and clause.step is None and clause.per is None
        and clause.occurrence is None and not clause.manual and kinds[-2:] == ["VERB", "PTS"] and "WORD" in kinds
        and set(kinds[:-2]) <= {"WORD", "REF", "DE", "AND"} and not _GRADED.search(without_titles(words)) and "或" not in words
    )  # (有计划或批复计2分: alternatives, which compose_counted_alternatives reads)


def _negates(award: Clause, context: list[Clause], clause: Clause, listed: bool = True) -> bool:
    """未完成不得分 / 没有不得分 / 未建立管理制度的不得分 after 建立管理制度的得1分: the situation before it, not met —
    never another situation that zeroes the item (弄虚作假的不得分, whose 不 is only 不得分's)."""
    if clause.step:
        return False
    words = award.words()
    situation = clause.text[:clause.tokens[-1].start - clause.start] if clause.tokens else clause.text
    said = _SITUATION_END.sub("", situation)
    if not clause.otherwise and said and said in words and not _NEGATION_SAID.search(said):
        return False  # 发现弄虚作假的…。弄虚作假的不得分: the same situation named again, never the first one unmet
    if clause.otherwise or not listed:
        return clause.otherwise or _negates_option(situation, words)
    before = "".join(c.text for c in context if c.end <= award.start)  # requirements run before the award
    return _only_point_unmet(situation, before + words, bool(before))


# ---------------------------------------------------------------- choices and grades


_ANY_SHORT = lazy_compile(r"^(?:如|若|凡)?(?:缺少|缺失|缺|少|漏)(?:1|一)?项$")  # 缺项 / 缺1项 / 漏项: any one missing


_HAVING = lazy_compile(r"有[^未不没无\d]+")


def _unpriced_requirement(requirement: Clause, short: str) -> Unplaced:
    return Unplaced(requirement, f"“{requirement.text}”没有写明分数，其后的“{short}”说的是所列各项中缺少的，"
                                 "与单独写了得分的要求如何合并没有写明；请逐项写明分值，或写成“…、…齐全得1分，缺一项不得分”",
                    certain=True)


def _refuse_unpriced_requirement(awarded: Clause, listed: list[tuple[Clause, Fault]], context: list[Clause]) -> None:
    """制度健全得2分，有会议记录，缺项扣1分: a requirement between the award and the deduction for any item missing, with no
    points of its own — as 建立制度得1分;有会议纪录,缺项不得分 in the grades' reading (once dropped unread: 制度健全得2分；缺项的扣1分)."""
    for clause, fault in listed:
        owned = next((c for c in context if c.text == fault.what), None) if fault.short and _HAVING.fullmatch(fault.what) else None
        if owned is not None:  # 有会议记录，缺1项扣1分: a requirement to have, never the thing whose items are short
            raise _unpriced_requirement(owned, clause.text)
        if not _ANY_SHORT.match(fault.what.rstrip("的")):
            continue
        between = next((c for c in context if awarded.end <= c.start < clause.start and c.tokens and not c.marker
                        and not c.definition and all(t.kind in ("WORD", "NOUN", "DE") for t in c.tokens)), None)
        if between is not None:
            raise _unpriced_requirement(between, fault.what)


def compose_choice(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    """优秀得15分，良好得12分 / 有计划或批复计2分，没有不得分 / 两项均符合计2分；满足一项计1分 /
    无结余3分；结余不超上年结转2分；否则不得分: the evaluator chooses the case that applies."""
    options: list[tuple[str, Decimal | None]] = []
    counts: list[int | None] = []  # 两项均符合 → 2, 满足一项 → 1, 均不满足 → 0
    described_by: list[list[Clause]] = []  # 有评价方案，原始记录详实，得满分: the words before the option's own clause
    named_total: list[Decimal] = []  # 3项标准均不符合为0分: how many points there are, said with none met
    otherwise_zero = False  # …，否则得0分: the rest of the grades score 0
    graded = "等级" in text
    shares = _shares_of_full(scoring)  # 明显改善的得满分，有所改善的得50%分值，未改善的不得分
    if shares is not None:
        scoring = shares
    restated = scoring[-1] if len(scoring) > 2 and _item_loss(scoring[-1]) else None
    if restated is not None:
        scoring = scoring[:-1]  # 制度健全得1分，执行有效得1分…缺一项扣1分: each point's own, said again
    top = max((c.outcome[1] for c in scoring if c.outcome and c.outcome[0] == "points" and c.outcome[1]), default=None)
    # 考核项目全面，且认真规范，得满分；仅有技能操作考核，得4分: the best option scores the 分值, the others fixed points
    full_first = shares is None and len(scoring) > 1 and scoring[0].outcome == ("points", None) and all(
        c.outcome != ("points", None) for c in scoring[1:])
    # (1)有独立办公用房15分(2)与其他单位共用办公用房9分(3)无办公用房0分: numbered, but an option scoring 0 says they
    # exclude each other (a 评价要点 worth nothing is not written)
    exclusive = len(scoring) > 1 and all(c.marker for c in scoring) and (any(
        c.outcome == ("points", Decimal(0)) and not _ZERO_RESTATED.match(c.text) for c in scoring)
        or _grade_names(scoring))  # 1、优秀:2.5分；2、优良:2分: grades, numbered
    scale = _graded_scale(scoring)  # 好得满分，一般扣2分，差扣5分: grades, each a deduction from the best
    if scale:  # (扣2分 with no count is read as a deduction each time: here the grade's, once)
        scoring = [replace(c, outcome=("minus", c.per), per=None) if c.per is not None else c for c in scoring]
    lowered = [c for c in scoring if c.outcome and c.outcome[0] == "minus" and c.outcome[1] != top]
    if len(lowered) > 1 and not graded and not scale:
        return None  # 无标识扣0.5分；设施不全扣1分: faults that may both happen, not grades of one thing
    named = [c for c in scoring if c.outcome and c.outcome[0] == "points"]
    fault = next((c for c in scoring if c.outcome and c.outcome[0] == "minus"), None)
    if fault is not None and len(named) >= 2 and _grade_names(named) and _option_label(fault) not in GRADE_NAMES:
        # 优秀40分，良好30分…。未按时上报扣5分: a fault deducted from whichever grade is given, never a grade of its own
        # (once the option 未按时上报 worth 40−5, a 良好 reported late scoring 30 or 35 but never 25)
        raise Unplaced(fault, "等级得分之外的这一扣分不是另一等级，无法与等级一并计分", certain=True)
    for clause in scoring:
        if _ceiling(clause) or deducted_each(clause):
            return None  # 1次1分，最高3分: a limit of the points counted, not an option to choose
        if clause.outcome and clause.outcome[0] == "minus" and top is not None and clause.outcome[1] > top \
                and clause.condition is None and clause.negated and len(scoring) == 2:
            # 完成得4分，未完成扣5分: the unmet side loses more than the met side earns — 0 or a negative score?
            raise Unplaced(clause, f"未达到时扣{general_text(clause.outcome[1])}分，多于达到时的得分{general_text(top)}分，"
                                   "没有写明是扣完为止（得0分）还是倒扣（得分低于0）", certain=True)
        if clause.outcome and clause.outcome[0] == "minus" and top is not None and clause.outcome[1] <= top \
                and clause.condition is None and (clause.negated or clause.outcome[1] == top or scale):
            # 齐全的得2分，不齐全的扣2分 / 资料齐全得1分，资料不全扣0.5分: the lower grade, from the top one
            if clause.outcome[1] < top and len({c.outcome[1] for c in named if c.outcome[1] and "扣" not in c.text}) > 1:
                # 优秀得5分，良好得3分，不合格扣1分: off the 5 (4, above 良好) or the 3 (2)? (once 4)
                raise Unplaced(clause, MINUS_BESIDE_LADDER, certain=True)
            awarded = [c for c in named if c.outcome[1] and "扣" not in c.text]
            if len(awarded) > 1 and len({c.outcome[1] for c in awarded}) == 1 and not scale and not _grade_names(named):
                # 建立工作台账得1分；台账内容完整得1分；台账不完整的扣0.5分: two requirements worth the same, each with its
                # points (grades are never worth the same) — the deduction is not a grade of either (once three grades to
                # choose, 1 at most of 2)
                raise Unplaced(clause, "前面写了两项以上各自得分的要求，这一扣分从哪一项的得分中扣、还是另行扣分，没有写明",
                               certain=True)
            clause = replace(clause, outcome=("points", top - clause.outcome[1]))
        elif clause.outcome and clause.outcome[0] == "minus" and top is None and full_first and clause.condition is None \
                and (clause.negated or scale) and clause.per is None and clause.step is None and clause.occurrence is None:
            # 制度健全得满分，制度不健全扣1分，无制度不得分: the lower grade, the 分值 less 1
            clause = replace(clause, outcome=("points", LessFull(clause.outcome[1])))
        if clause.outcome is None and clause.per is not None and clause.per == top and clause.condition is None \
                and clause.step is None and clause.occurrence is None and not clause.unread \
                and not any(c.otherwise and c.outcome == ("points", Decimal(0)) for c in scoring):
            # 相符的得10分…调整较大的扣10分 (not after 否则不得分: …得1分;否则不得分;弄虚作假的扣1分 deducts, once a grade 0)
            clause = replace(clause, outcome=("points", Decimal(0)), per=None)
        if clause.otherwise and clause.outcome == ("points", Decimal(0)) and not clause.unread and not any(
                t.kind in ("PTS", "NUM") and t.value for t in clause.tokens) and not (
                _REST.match(clause.text) and (graded or any(_ORDINAL.search(c.text) for c in scoring))):
            otherwise_zero = True
            continue  # 否则0分 (not …比较合理规范(否则0分)…基本合理规范(2分), which holds another option's points)
        if clause.outcome is None and graded and not clause.unread and clause.condition is None and clause.per is None \
                and clause.step is None and clause.occurrence is None and clause.cap is None:
            continue  # 等级得分： (a header; not 每发生1次投诉扣0.5分 beside a 评定等级)
        if clause.occurrence is not None and clause.per is None and _POINTS_MET.match(clause.text):
            clause = replace(clause, occurrence=None)  # 1项满足，得1分: how many are met, not a fault counted
        numbered = any(t.kind == "NUM" for t in clause.tokens)
        if (
            clause.outcome is None or clause.outcome[0] != "points" or (clause.outcome[1] is None and not full_first)
            or (clause.condition and not _counted_situation(clause))
            or clause.step or clause.occurrence or clause.per is not None or (clause.marker and not exclusive) or clause.cap is not None
            or (shares is None and any(
                (t.kind in ("CMP", "SUF", "RANGE", "PM") and numbered and t.text != "为") or (t.kind == "NUM" and t.unit == "%")
                for t in clause.tokens))
        ):
            return None
        counted = [t for t in clause.unread if t.kind == "NUM" and t.unit in COUNT_UNITS]
        after_points = counted and any(t.kind in ("PTS", "FULL", "ZERO") for t in clause.tokens[:clause.tokens.index(counted[0])])
        if clause.unread and (after_points or not (clause.unread == counted and len(counted) == 1 and (
                re.search(r"均|都|全部", clause.text) or _POINTS_MET.match(_option_label(clause))))):
            # (有总结得1分3项均没有: the count after the points names no option — it would be lost)
            # 最多扣10、按月报送…1分: a number the option does not explain (2项均符合 names its count)
            raise Unplaced(clause, "一句中有两个得分，或有无法识别的数值")
        label = _option_label(clause)
        if _NOT_AN_OPTION.match(label):
            return None  # 每次1分，最高4分: points per time and their limit, not two grades
        scored = [i for i, t in enumerate(clause.tokens) if t.kind in ("VERB", "PTS", "ZERO", "FULL", "DEDUCT")]
        cut = scored[-2] if len(scored) > 1 and clause.tokens[scored[-2]].kind == "VERB" else (scored[-1] if scored else None)
        if not label or any(t.kind == "NUM" and t.text not in label for t in clause.tokens[:cut]):
            return None  # 公示时间不得于7天，得5分: a number the option's name would lose
        if sum(t.kind == "VERB" for t in clause.tokens) > 1:
            return None  # …EC的可得分方法为…范围获得100分: a second verb inside the option, whose name would stop there
        if any(known == label and points != clause.outcome[1] for known, points in options):
            raise Unplaced(clause, "同一情形写了两个不同的得分")
        options.append((label, clause.outcome[1]))
        counts.append(_situation_count(clause, label))
        named_total.extend(t.value for t in clause.tokens if counts[-1] == 0 and t.kind == "NUM" and t.unit in COUNT_UNITS)
        described_by.append(_described_by(clause, context, text))
    if len(options) < (1 if graded else 2):
        return None
    if scale:
        _refuse_scale_not_falling(options, scoring)
    if all(points == 0 for _, points in options):  # 整改到位的,B4栏不得分 (beside 评定等级): no situation earns anything
        raise Unplaced(scoring[0], "所列情形都不得分，没有写明何种情形得分", certain=True)
    most = max((count for count in counts if count), default=None)
    if most is not None and any(total != most for total in named_total):
        raise Unplaced(text, "“均不符合”所说的项数与各档的项数不一致")  # 符合2项…；3项标准均不符合为0分
    first_option = min(c.start for c in scoring)
    unscored = next((c for c in context if c.start < first_option and _COUNT_MET.search(c.text)), None)
    if unscored is not None:  # 符合上述3项标准为分；符合2项标准为2分…: the best option lost its points
        raise Unplaced(unscored, "这一情形没有写明得分")
    described = {c.end for c in scoring if c.text.endswith("分)")}  # 优秀(4分):目标明确: the grade's description
    attached = {id(c) for words in described_by for c in words}
    stray = next((c for c in context if c.start > first_option and c.tokens and not c.definition and id(c) not in attached
                  and not any(text[end:c.start] == ":" for end in described) and not _veto_after_zero(c, scoring)), None)
    if stray is not None:  # 主要指标完全达到，其他基本达到：3分；主要指标达到 — a situation left without its score
        raise Unplaced(stray, "这一情形没有写明得分")
    short = next(((words, name) for words, (name, points) in zip(described_by, options)
                  if words and not points and _ANY_SHORT.match(name)), None)
    if short is not None:
        # 建立制度得1分;有会议纪录,缺项不得分: a requirement with no points of its own, then the zero for any item
        # missing — never one grade named 有会议纪录缺项 (which items it counts, and what 有会议纪录 earns, is unwritten)
        words, name = short
        raise _unpriced_requirement(words[0], name)
    if described_by[0] and not any(described_by[1:]) and all(name in GRADE_NAMES for name, _ in options):
        described_by[0] = []  # 平时考核以检查表为依据，优30分、良20分: what all the grades are of, not the first one's name
    if full_first:
        return _full_first_choice(options, counts, described_by, graded, restated, otherwise_zero)
    earning = [points for _, points in options if points]
    if restated is not None and any(points != restated.per for points in earning):
        # 建立台账得2分,未建立台账不得分,台账每缺1项扣0.5分: the items of the 台账 missing, not a 评价要点 said again —
        # the choice would drop the deduction (once read as the 台账 met or not, 2 or 0)
        raise Unplaced(restated, "只有一种情形得分，“缺一项”指的是什么、从多少分扣起没有写明" if len(earning) < 2
                       else "每缺一项所扣分数与各评价要点的分值不一致", certain=True)
    if "组合分" in text:
        if any(not points for _, points in options):
            zero = next(name for name, points in options if not points)
            raise Unplaced(zero, "组合分的各要点应有分值，这一情形得0分（可能是否决情形，请写明“如…，此项不得分”）")
        return _named_points(options, described_by)  # 本项为组合分：…得0.5分；…得0.5分
    if not graded and len(options) == 2 and options[0][1] == 0 and options[1][1] and _UNMET_OPTION.match(options[0][0]) \
            and not _UNMET_OPTION.match(options[1][0]) and not re.search(r"\d", options[1][0]):
        options = options[::-1]  # 未建立不得分，已建立得2分: the point unmet said first
    if not graded and shares is None and len(options) == 2 and options[0][1] and options[1][1] == 0 \
            and ((_unmet(options[1][0]) and _only_point_unmet(options[1][0], options[0][0])) or _occurs(*options[0:2])) \
            and not re.search(r"\d", options[0][0]):  # (公示时间不少于7天: a measure, not a point met or not)
        # 有计划或批复计2分，没有不得分: one point, met or not — or any one of the alternatives it names
        named = re.search(r"(?:上述|以上)?(\d+)项", options[1][0])  # (%三项均未开展: wherever the count stands; fuzz)
        if named and int(named.group(1)) != 1:  # 开展年度自查得1分；三项均未开展的不得分: the other two were lost
            raise Unplaced(scoring[-1], f"“均不符合”所说的项数（{named.group(1)}项）与所列评价要点的个数（1个）不一致", certain=True)
        alternatives = tuple(re.split(r"或(?:者|有)?", options[0][0]))
        return AnyOf(options[0][1], alternatives) if len(alternatives) > 1 else _named_points(options[:1], described_by[:1])
    if not graded and each_closed(scoring) and not (len(scoring) % 2 and _lesser_grade(options[-1][0], options[:-1])):
        # …的得3分,否则得0分。…的得2分,否则不得分: each a point met or not (the last's 否则 may go unsaid, unless the last is
        # a lesser grade of the others — 全部完成的得2分,否则不得分;基本完成的得1分 says two things at once)
        return _named_points(options, described_by)
    paired = _met_or_not_pairs(options)
    if not graded and paired is not None:
        # 按规定程序报批得1分，未按规定程序报批不得分；程序规范得1分，不规范不得分: each point met or not
        return Checklist(points=paired)
    if not graded and len(options) == 2 and all(points for _, points in options) and _NO_BAD_EVENT.fullmatch(options[1][0]) \
            and not _NO_BAD_EVENT.search(options[0][0]) and not _unmet(options[0][0]) and not _GRADED.search(options[0][0]):
        # 全面开展养老金资格认证工作得0.2分,无冒领养老金现象发生得0.1分: no wrongdoing is a requirement of its own, not
        # a lesser grade of the work (once read as one to choose: 0.2 at most, not 0.3)
        return _named_points(options, described_by)
    if not graded and len(options) == 2 and all(points for _, points in options) and _negates_another(options[0][0], options[1][0]):
        # 建立健全管理制度得3分;没有挪用资金的得2分: no wrongdoing is a requirement of its own, never the first's lesser
        # grade (once read as one to choose: 3 at most, not 5)
        return _named_points(options, described_by)
    if not graded and all(points == 0 for _, points in options):
        return None  # …之一的不得分；有乱收费行为的不得分: situations that zero the score (no point earns anything)
    if not graded and len(options) >= 3 and options[-1][1] == 0 and options[0][1] and len({p for _, p in options[:-1]}) == 1 \
            and not _GRADED.search(without_titles(options[-1][0])) and not any(counts):
        # 有计划1分，有总结1分，按时上报1分。弄虚作假的不得分: no fourth point worth 0 nor a grade to choose — a situation that
        # zeroes the points (read so by split_zero_situations once this reading gives way)
        raise Unplaced(scoring[-1], "这一情形得0分，不是评价要点")
    if len(options) >= 3 and options[-1][1] == 0 and _EVENT_HAPPENS.match(options[-1][0]) \
            and all(any(grade in name for grade in GRADE_NAMES) for name, _ in options[:-1]) \
            and not _GRADED.search(without_titles(options[-1][0])):
        # 考核为优秀的得5分，良好的得4分，合格的得2分；发生重大刑事案件被挂牌督办的，不得分: an event that zeroes whatever grade,
        # never a grade of its own to choose (read so by split_zero_situations once this reading gives way)
        raise Unplaced(scoring[-1], "这一情形得0分，不是等级")
    by_counts = all(count is not None for count in counts) and len(set(counts)) == len(counts) and max(counts) > 1  # type: ignore[type-var]
    if not graded and len(options) >= 2 and len({points for _, points in options}) == 1 and not by_counts \
            and not all(name in GRADE_NAMES for name, _ in options) \
            and not one_requirement_ways([name for name, _ in options]):  # (优秀10分，良好10分 / 专职…3分，兼职…3分: one chosen)
        if any(re.search(r"\d", label) for label, _ in options) and not any(count for count in counts):
            return None  # 有市级示范基地,2分;有1.5个,2分: a number in an option the 评价要点 would not print (fuzz)
        if any(count is not None and count > 1 for count in counts):
            return None  # 两条均符合计1分；满足一计1分: an option names how many are met, so these are no 评价要点
        # 资金使用符合财经法规，得1分；资金拨付有完整的审批手续，得1分；不存在截留、挪用等情况，得1分: as grades
        # every choice would score the same; these are 评价要点, each scoring when met
        if restated is not None and restated.per != options[0][1]:
            raise Unplaced(restated, "每缺一项所扣分数与各评价要点的分值不一致", certain=True)
        refuse_lesser_degree_not_less(options, scoring, ticked=True)
        return _named_points(options, described_by)
    if restated is not None:
        return None
    best = options[0][1]
    rising = all(a[1] <= b[1] for a, b in zip(options, options[1:]))
    bracketed = all(c.text.endswith("分)") for c in scoring if c.outcome and c.outcome[0] == "points")
    if bracketed and not rising and any(points > best for _, points in options[1:]):
        # 全面完毕(20分)…未完毕(1916分): a worse grade above the best one, as OCR joins 19-16
        raise Unplaced(next(c for c in scoring if c.outcome and c.outcome[1] == max(p for _, p in options)),
                       "档次的分数高于最好一档，可能是识别错误", certain=True)
    if not graded and all(count is not None for count in counts) and any(counts):
        if any(count == 0 and points != 0 for count, (_, points) in zip(counts, options)):
            raise Unplaced(text, "都不符合的情形写了得分（应为0分）")  # 均不符合计10分
        by_count = sorted(((count, points) for count, (_, points) in zip(counts, options) if count), reverse=True)  # type: ignore[misc]
        if by_count == [(1, by_count[0][1])]:
            # 是否设定了绩效目标，是否符合…，是否做到了细化…，符合一项得1分: each question met earns the points
            asked = [c for c in context if re.match(r"^[^,;。]{0,40}?是否", c.text) and c.start < min(x.start for x in scoring)]
            return Checklist(points=(by_count[0][1],) * max(1, len(asked)))  # type: ignore[arg-type]
        if len({count for count, _ in by_count}) == len(by_count):
            _no_count_skipped(counts, options)
            return ByCount(tuple(by_count), max(count for count, _ in by_count))  # type: ignore[misc]
    if not graded and any(_CUMULATIVE.search(c.text) for c in scoring):
        return None  # 有年度计划的得1分，计划内容完整的再得1分: points added on top, not a grade to choose (once 1, not 2)
    if not graded and len(options) >= 3 and options[-1][1] == 0 and _NONE_OF_THEM.match(options[-1][0]) and len(options) - 1 <= 9 \
            and all(points for _, points in options[:-1]) and not any(counts[:-1]):
        # 制定方案得1分；组织实施得1分；开展评估得1分；三项均未开展的不得分: 评价要点, the last line saying none met
        # scores 0 (once a grade to choose, 1 for all three done)
        named = re.match(r"(?:上述|以上)?(\d+)项", options[-1][0])
        if named and int(named.group(1)) != len(options) - 1:
            raise Unplaced(scoring[-1], f"“均不符合”所说的项数（{named.group(1)}项）与所列评价要点的个数（{len(options) - 1}个）不一致",
                           certain=True)
        return replace(_named_points(options[:-1], described_by[:-1]), none_met_said=True)
    wrongdoing = next((name for name, points in options[1:] if points and _negates_another(options[0][0], name)), None)
    if not graded and wrongdoing is not None:
        # 建立台账得2分;无违规违纪得1分;资料归档得1分: a requirement of its own among others, never a grade to choose
        raise Unplaced(wrongdoing, f"“{wrongdoing}”是另一项要求，不是前一项的较低等级；请写成评价要点，逐项写明分值", certain=True)
    if not graded and not any(described_by):
        _requirements_before_veto(options, scoring)
    if not graded:
        _requirement_among_grades(list(_described_options(options, described_by)), scoring)
    _one_choice(options, scoring)
    _parts_not_grades(scoring)
    _no_grade_after_otherwise(scoring, graded)
    refuse_lesser_degree_not_less(options, scoring)
    otherwise_zero = otherwise_zero or (not graded and shares is None and _partly_done(options))
    return GradeMap(_described_options(options, described_by), of_full=shares is not None, otherwise_zero=otherwise_zero)


def _refuse_scale_not_falling(options: list[tuple[str, Decimal | None]], scoring: list[Clause]) -> None:
    """好得满分，一般扣5分，差扣2分: each grade of a scale read from deductions must score less than the one before it —
    otherwise the deductions are not the grades' (差 above 一般), and which was meant is not said."""
    def rank(points: Decimal | None) -> tuple[int, Decimal]:  # 满分, then the 分值 less N, then points written
        return (2, Decimal(0)) if points is None else (1, -points) if isinstance(points, LessFull) else (0, points)

    for (_, before), (name, points), clause in zip(options, options[1:], scoring[1:]):
        if rank(points) >= rank(before):
            raise Unplaced(clause, f"“{name}”的得分不低于上一等级：等级依次扣分时，较低等级应扣得更多", certain=True)


_EVENT_HAPPENS = lazy_compile(r"^(?:如|若)?(?:发生|出现|存在|发现|被)")


def _requirements_before_veto(options: list[tuple[str, Decimal | None]], scoring: list[Clause]) -> None:
    """有明确的绩效目标得2分，目标细化量化得1分，无绩效目标不得分 / 建立制度得8分，开展培训得6分，制度未建立的不得分: the zero
    negates the first requirement only, and what lies between is another requirement (no degree of the first: neither
    its words within it nor 基本/较/部分…), so the points add up (2+1) unless the first is missing — once read as one
    grade to choose (2 at most for both met). Which is meant is not written: refused, naming the middle one."""
    if len(options) < 3 or options[-1][1] != 0 or not options[0][1]:
        return
    first, last = options[0][0], options[-1][0]
    if first in GRADE_NAMES or not _unmet(last) or not _only_point_unmet(last, first):
        return
    for name, points in options[1:-1]:
        if not points or name in GRADE_NAMES or _unmet(name) or _GRADED.search(_kept_up(name, [o for o, _ in options])) \
                or name[:2] == first[:2] or name[-2:] == first[-2:] \
                or _MARKS_OF_DEGREE.sub("", name) in first or _MARKS_OF_DEGREE.sub("", first) in name \
                or ((degree := _LESSER_DEGREE.fullmatch(name)) is not None and degree.group(1) in first) \
                or lesser_degree_of(name, first):
            return  # 整改后合格的得一半分 / 基本明确得1分 / 单项达标 after 双指标达标: a lesser degree of the first (or of its
            # subject, or of its outcome), one grade among them
    middle = options[1][0]
    raise Unplaced(next((c for c in scoring if middle in c.text), None) or middle,
                   f"“{middle}”是另一项要求，还是“{first}”的较低等级，没有写明（“{last}”只否定第一项）：各项分别计分再相加，"
                   "还是择一计分？请写成评价要点，如“①…（2分）；②…（1分）；未…的，此项不得分”", certain=True)


_MARKS_OF_DEGREE = lazy_compile(r"[的得了]")


_PART_NUMBER = lazy_compile(r"\((?:[一二三四五六七八九十]|\d{1,2})\)|[一二三四五六七八九十]、|\d{1,2}、|[①②③④⑤⑥⑦⑧⑨⑩]")


def _parts_not_grades(scoring: list[Clause]) -> None:
    """（一）有制度得1分；（二）制度执行好得2分，一般得1分，差不得分: numbered parts, one of them graded, are scored each
    and added (1+1 for 有制度 and 一般), never one grade chosen among all the lines (once 一般 → 1, 3 unreachable)."""
    groups: list[list[Clause]] = []
    for clause in scoring:
        if clause.marker or _PART_NUMBER.match(clause.text) or not groups:
            groups.append([])
        groups[-1].append(clause)
    if len(groups) >= 2 and all(group[0].marker or _PART_NUMBER.match(group[0].text) for group in groups) \
            and any(len(group) >= 2 for group in groups):
        part = next(group for group in groups if len(group) >= 2)
        raise Unplaced(part[0], "编号的各部分应分别计分再相加（其中一部分分了档次），不能作为同一组等级选择；"
                                "请把各部分写成分项（如“(1)…得1分；(2)执行好得2分，一般得1分，差不得分”各自计分）")



def _full_first_choice(options: list[tuple[str, Decimal | None]], counts: list[int | None], described_by: list[list[Clause]],
                       graded: bool, restated: Clause | None, otherwise_zero: bool) -> Scorer | None:
    """满分 for the best option, fixed points for the others: by how many points are met (2项培训均满足，得满分；1项满足，
    得1分) or a choice named by its whole description (有评价方案，原始记录详实，得满分)."""
    if restated is not None or "组合分" in "".join(name for name, _ in options):
        return None
    if not graded and all(count is not None for count in counts) and counts[0]:
        if any(count == 0 and points != 0 for count, (_, points) in zip(counts, options)):
            return None
        by_count = sorted(((count, points) for count, (_, points) in zip(counts, options) if count), key=lambda pair: -pair[0])  # type: ignore[operator]
        if len({count for count, _ in by_count}) == len(by_count) > 1:
            _no_count_skipped(counts, options)
            return ByCount(tuple(by_count), by_count[0][0])  # type: ignore[arg-type]
        return None
    _one_choice(options, [])
    return GradeMap(_described_options(options, described_by), otherwise_zero=otherwise_zero)


def _no_count_skipped(counts: list[int | None], options: list[tuple[str, Decimal | None]]) -> None:
    """3项培训均满足，得满分；1项满足，得1分: what 2 met score is not written — never 其余不得分 (2 met would score less than 1).
    And more met never scores less: 发生1次得1分，2次不得分 counts what happened, not points met (read once as 符合2项得0分；
    符合1项得1分；其余不得分 — nothing happening scored 0), and what none happening scores is not written."""
    priced = sorted((count, points, label) for count, (label, points) in zip(counts, options) if count)
    falling = next((label for (_, low, _), (_, high, label) in zip(priced, priced[1:])
                    if high is not None and low is not None and high < low), None)
    if falling is not None:
        raise Unplaced(falling, "数量越多得分越低，所计的是发生（或缺少）的次数，不是符合的项数；一次也没有时得几分没有写明"
                                "（请写明，如“未发生的得满分”）", certain=True)
    listed = {count: label for count, (label, _) in zip(counts, options) if count}
    skipped = [n for n in range(min(listed), max(listed)) if n not in listed]
    if skipped:
        below = max(n for n in listed if n < skipped[-1])
        raise Unplaced(listed[below], f"写明了符合{max(listed)}项与{below}项的得分，符合{'、'.join(map(str, skipped))}项的得分没有写明",
                       certain=True)


def _named_points(options: list[tuple[str, Decimal | None]], described_by: list[list[Clause]]) -> Checklist:
    """评价要点 each named by its whole description, as the 规范写法 and the data sheet show them (有计划…（1分）)."""
    named = _described_options(options, described_by)
    return Checklist(points=tuple(points for _, points in named), requirements=tuple(name for name, _ in named))  # type: ignore[misc]


def _partly_done(options: list[tuple[str, Decimal | None]]) -> bool:
    """召开全体干部职工大会贯彻落实。1分(…,有会议无宣传0.5分): the requirement with the item's points, then ways of doing
    it in part (有A无B) for less — not doing it at all scores nothing, though only the partial case is written."""
    (first, top), *partial = options
    return bool(partial) and top is not None and top > 0 and first not in GRADE_NAMES and not _unmet(first) \
        and all(points is not None and 0 < points < top and HALF_DONE.search(name) for name, points in partial)


def _described_options(options: list[tuple[str, Decimal | None]], described_by: list[list[Clause]]) -> tuple[tuple[str, Decimal | None], ...]:
    """Each option named by its whole description, as the evaluator would type it (without its commas)."""
    return tuple(("".join([c.text for c in words] + [name]), points) for words, (name, points) in zip(described_by, options))


def _described_by(option: Clause, context: list[Clause], text: str) -> list[Clause]:
    """有评价方案，原始记录详实，得满分: the situations in words that run into the option's own clause, comma by comma."""
    words: list[Clause] = []
    at = option.start
    for clause in sorted((c for c in context if c.end <= option.start), key=lambda c: -c.start):
        if text[clause.end:at] not in (",", "，", "、") or not _words_only(clause):
            break
        words.insert(0, clause)
        at = clause.start
    return words


# (3)上述两项均不符合章程规定0分: the zero of a list of 评价要点, said again (not an option of its own)
_NONE_OF_ABOVE = lazy_compile(r"^(?:上述|以上|前述)[^,;。]{0,8}?(?:均|都|全部)(?:不|未|没有)")
_ZERO_RESTATED = lazy_compile(r"^(?:上述|以上|前述)[^,;。]{0,6}?(?:均|都|全部)(?:不|未|没有)[^,;。\d]*?(?:(?<![\d.])0分|不得分)$")


def _item_loss(clause: Clause) -> bool:
    """缺一项扣1分 / 每少一项扣1分: one point of the list not met costs a number of points."""
    return clause.step is not None and clause.step[:2] == ("below", Decimal(1)) and clause.step[2] == "项" \
        and clause.per is not None and not clause.per_of_full and clause.condition is None and not clause.unread \
        and clause.outcome is None and clause.cap is None


def _shares_of_full(scoring: list[Clause]) -> list[Clause] | None:
    """Options scoring 满分, a share of the 分值 (得50%分值) or nothing, each turned into its fraction of the 分值;
    None when the options do not all score that way, or none is a share."""
    turned, shared = [], False
    for clause in scoring:
        share = None
        if clause.outcome is not None and clause.outcome[0] == "formula" and clause.condition is None:
            try:
                share = _share(parse_formula(clause.outcome[1].rstrip("分")))
            except RuleError:
                return None
        if share is not None:
            turned.append(replace(clause, outcome=("points", share.fraction)))
            shared = True
        elif clause.outcome == ("points", None) or clause.outcome == ("points", Decimal(0)):
            turned.append(replace(clause, outcome=("points", ONE if clause.outcome[1] is None else Decimal(0))))
        elif clause.otherwise and clause.outcome is None:
            turned.append(clause)
        else:
            return None
    return turned if shared else None


_NEGATION = lazy_compile(r"^(?:未|不|没有|没|无|非)")


def _met_or_not_pairs(options: list[tuple[str, Decimal]]) -> tuple[Decimal, ...] | None:
    """A、得1分，未A不得分；B、得1分，不B不得分: two or more points, each followed by its own negation scoring 0."""
    if len(options) < 4 or len(options) % 2:
        return None
    points = []
    for (met, earned), (unmet, nothing) in zip(options[::2], options[1::2]):
        if nothing != 0 or not earned or not _NEGATION.match(unmet) or _NEGATION.match(met):
            return None
        core = _NEGATION.sub("", unmet)
        if not core or (core not in met and not met.endswith(core[-2:])):
            return None
        points.append(earned)
    return tuple(points)


def compose_counted_alternatives(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    """农业经营主体新增一家或评为示范个体1家以上，得0.5分；未到达的不得分: either of two situations, each
    counting a different thing, so no one count measures them — the evaluator judges whether one holds."""
    situations = [c for c in scoring if c.condition is not None and c.step is None and c.per is None]
    situations = situations or [c for c in context if c.condition is not None and c.unread and not c.scoring]
    if len(situations) != 1:
        return None
    situation = situations[0]
    if situation.outcome and situation.tokens[-1].kind != "PTS" or any(c.unread for c in context if c is not situation):
        return None  # …记2分4、1-2个乡镇…: words after the points, or numbers left elsewhere
    wording = _option_label(situation) if situation.outcome else situation.text
    alternatives = tuple(part for part in re.split(r"或者?", wording) if part)
    counted = len(alternatives) >= 2 and all(
        any(t.kind == "NUM" and t.unit in COUNT_UNITS for t in tokenize(part)) and len(re.findall(r"[\u4e00-\u9fff]", part)) > 2
        for part in alternatives
    )  # 新增1家或2家: one count, not two situations
    if not counted and not (len(alternatives) == 1 and _ATTRIBUTIVE_COUNT.match(wording)):
        return None
    rest = [c for c in scoring if c is not situation]
    award = situation if situation.outcome else next(
        (c for c in rest if c.start - situation.end <= 1 and c.condition is None and not c.words()), None
    )
    if award is None or not award.outcome or award.outcome[0] != "points" or not award.outcome[1]:
        return None
    failures = [c for c in rest if c is not award]
    if len(failures) > 1 or any(
        c.outcome != ("points", Decimal(0)) or not (c.otherwise or _NOT_REACHED.match(c.text)) for c in failures
    ):
        return None
    return AnyOf(award.outcome[1], alternatives)


def compose_waived(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    """没有出现违法用地情况的，得20分；若出现违法用地情况的不得分，能及时制止、查处的，可不扣分: the points for
    a situation, lost when it fails unless a second situation waives the loss — either one earns them."""
    waiver = next((c for c in scoring + context if _WAIVED.fullmatch(c.text)), None)
    if waiver is None:
        return None
    awards = [c for c in scoring if situation_award(c) or (c.outcome and c.outcome[0] == "points" and c.outcome[1]
                                                              and c.condition is None and not c.unread and c.words())]
    failures = [c for c in scoring if c.outcome == ("points", Decimal(0)) and _OCCURS.match(c.text)]
    excusing = _just_before(context, waiver, 1, lambda c: not c.unread and c.condition is None and not c.scoring)
    if len(awards) != 1 or len(failures) != 1 or excusing is None or awards[0].start > failures[0].start:
        return None
    if any(c not in awards + failures + [waiver] for c in scoring):
        return None
    situation = re.split(r"[，,]?(?:得|计|记|给)\d", awards[0].text)[0].replace("的(", "(").rstrip("的")  # keeps (…除外)
    return AnyOf(awards[0].outcome[1], (situation, excusing.text.rstrip("的")))  # type: ignore[index]


_WAIVED = lazy_compile(r"(?:可|亦可|也可)?不(?:扣分|予扣分|扣)")
_OCCURS = lazy_compile(r"^(?:若|如|如果)?(?:出现|存在|发生|发现)")


_NOT_REACHED = lazy_compile(r"^(?:未达到|未到达|达不到|没有|否则|其他|其余)")
# 1-2个乡镇的先行试点工作已完成: the count says which towns the work is in, it measures nothing
_ATTRIBUTIVE_COUNT = lazy_compile(r"^\d+(?:-\d+)?个[\u4e00-\u9fff]{1,6}的[^\d%]{2,}$")


_LATE = "延期|逾期|延误|迟报|超期"  # the requirement done late (迟报的 / 逾期上报的)
# 迟报的得1分 beside 按时报送得2分: the requirement done late, a lesser grade of it — never a 评价要点 of its own (once
# 按时报送 and 迟报 could both be ticked: 3 of 2)
_LATE_OPTION = lazy_compile(rf"^(?:{_LATE}|漏报|迟交|晚报|滞后)")
# words that grade one situation rather than name another requirement (基本完成 / 较好 / 未建立 …)
_GRADED = lazy_compile(r"较|基本(?:上)?(?:完成|达到|符合|合理|齐全|规范|到位|满足|实现)|一般|部分|良好|优秀|合格|不|未|没有|无|差|欠|否则|其他|其余")
_NEGATION = lazy_compile(r"不|未|没有|无")


def _no_grade_after_otherwise(scoring: list[Clause], graded: bool) -> None:
    """…的得2分,否则不得分;…的得1.5分,否则得0分;…的得0 / 全部完成的得2分,否则不得分;基本完成的得1分: a grade list never
    closes an option with 否则 before the next — points of their own (the last cut off) or two sayings at once."""
    if graded:
        return  # (等级: 优秀得5分，否则不得分 — the text says it lists grades)
    for index, clause in enumerate(scoring[:-1]):
        if clause.otherwise and clause.outcome == ("points", Decimal(0)) and index > 0:
            later = next((c for c in scoring[index + 1:] if c.outcome is not None and c.outcome[0] == "points"), None)
            if later is not None:
                raise Unplaced(later, "“否则不得分”之后又写了得分的情形，无法确定是等级中的一档还是另一个评价要点", certain=True)


def _lesser_grade(words: str, others: list[tuple[str, Decimal | None]]) -> bool:
    """基本完成 / 延期完成 / 部分达到 after 全部完成 …: a lesser grade of what another option names, never a point of its own."""
    return graded_option(words, [name for name, _ in others]) or _LATER_DONE.search(words) is not None


_LATER_DONE = lazy_compile(r"延期|逾期|推迟|滞后|超期|延迟|拖延")


def graded_option(words: str, others: list[str]) -> bool:
    """The option reads as a grade of what the options are about (较好 / 基本齐全 / 无制度 beside 有制度). A negation alone
    makes a grade only of something another option names too (有台账 / 无台账; 按时上报 / 未按时上报), or beside an event or
    a sanction, a requirement half done or a wrongdoing: 走廊无垃圾(3分);门框完好(2分) are two requirements, one stated as
    an absence — once read as a grade to choose, 3 at most for both met."""
    found = {match.group() for match in _GRADED.finditer(words)}
    if found == {"合格"}:
        # 竣工验收合格得1分 beside 资本金到位得2分: a requirement met (passed), graded only beside another grade of the
        # same thing (验收基本合格 / 考核不合格) — once read as one grade to choose, 2 at most for all three met
        passed = _POINTS_ON.sub("", words).partition("合格")[0][-4:]
        pairs = {passed[i:i + 2] for i in range(len(passed) - 1) if _WORD_PAIR.fullmatch(passed[i:i + 2])}
        return not pairs or any(other != words and any(pair in other for pair in pairs) for other in others)
    if not found or not found <= {"不", "未", "没有", "无"}:
        return bool(found)
    if any(other != words and _BAD_TURN.search(other) for other in others) or _NO_WRONGDOING.search(words) \
            or HALF_DONE.search(_POINTS_ON.sub("", words).strip(",;。. ")) or "无故" in words:
        # 未发生违纪(3分);受到通报批评(1分): what happens when it is not so, the lesser grade; 无违规违纪(1分) beside other
        # requirements is refused by the grades' reader (另一项要求); 有会议无宣传(0.5分): the requirement half done;
        # 无故拖延得1分 beside 按时上报得2分: a fault done without reason, no absence
        return True
    # what is negated, by the words next to the negation and the last ones (the noun a Chinese phrase ends on): 资料 of
    # 资料不全 / 建立 of 建立不完善 / 专人 of 无专人负责但有兼职人员 / 事故 of 未发生安全责任事故 — never the 安全 the last shares
    # with 安全台账齐全 (two requirements of one field)
    sides = _NEGATION.split(_POINTS_ON.sub("", words), maxsplit=1)
    if len(sides) < 2:
        return True  # (the negation only after the points: a note of its own, left to the grades' reader as before)
    before, negated = sides
    pairs = {part[i:i + 2] for part in (before[-4:], negated[:2], negated[-4:]) for i in range(len(part) - 1)
             if _WORD_PAIR.fullmatch(part[i:i + 2])}
    return any(other != words and any(pair in _NEGATION.sub("", other) for pair in pairs) for other in others)


_POINTS_ON = lazy_compile(r"(?:得|计|记|为)?\(?\d+(?:\.\d+)?分\)?.*$")  # 有会议无宣传得0.5分: the option, without its points
_WORD_PAIR = lazy_compile(r"[\u4e00-\u9fff]{2}")  # (not 分) of (3分) and (2分): words, never the points beside them
# an event or a sanction, never a requirement to meet: 发生一般事故 / 受到通报批评 / 被约谈 / 出现投诉
_BAD_TURN = lazy_compile(r"发生|出现|存在|发现|受到|被|通报|批评|处分|处罚|问责|约谈|警告|投诉|事故|违")


# 第一档 / 三档 / 分档: tiers named, so the points are grades — not 档案 / 归档 / 建档 (files), a requirement's own word
# (档案资料齐全,得2分 beside 制度执行到位,得3分 was once read as one grade to choose: both met scored 3, not 5)
_TIER_WORD = lazy_compile(r"(?<![归存建立入])档(?!案)")


def compose_requirements(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    """基本农田要在证书中注明，得1分。各行政村要设立保护标志牌，得4分: different requirements, each with
    its own points, all of which may be met — not grades of one situation."""
    if len(scoring) < 2 or any(
        not clause.outcome or clause.outcome[0] != "points" or not clause.outcome[1] or clause.condition is not None
        or clause.step or clause.per is not None or clause.occurrence or clause.unread or clause.otherwise
        or clause.manual or clause.cap is not None or not clause.words() for clause in scoring
    ):
        return None
    if any(c.marker for c in scoring[1:]) or any(c.unread or c.condition is not None or c.scoring for c in context):
        return None
    kept_up = [_kept_up(c.text, [other.text for other in scoring + context]) for c in scoring + context]
    if any(graded_option(words, kept_up) or _LATE_OPTION.match(without_titles(c.text)) for c, words in zip(scoring + context, kept_up)) \
            or "等级" in text or _TIER_WORD.search(text):
        return None
    if _grade_names(scoring):
        return None  # 优10分;良8分;中6分: grades to choose one of, never requirements to add (once 24 for all three)
    if any(t.kind == "EACH" for c in scoring for t in c.tokens) or any("分别" in c.text for c in scoring):
        return None  # (2分,每项1分) / 修改稿和审定稿分别计5分: points for each of several things, not one requirement's
    if one_requirement_ways([_option_label(clause) for clause in scoring]):
        _part_time_below(scoring)
        return None  # 配备专职人员得3分；配备兼职人员得1分: one post staffed full- or part-time, a grade (once 4 for both)
    ways = next(((a, b) for i, a in enumerate(scoring) for b in scoring[i + 1:]
                 if one_requirement_ways([_option_label(a), _option_label(b)])), None)
    if ways is not None:
        # 设置专门机构得1分，配备专职人员得1分，配备兼职人员得0.5分: two ways of one requirement among others — one of
        # them, or both added? (once 2.5 of a 2-point item, both ticked)
        raise Unplaced(ways[1], f"“{_option_label(ways[0])}”与“{_option_label(ways[1])}”是同一项要求的不同情形，"
                                "是择一得分还是可以同时得分没有写明（如“配备专职人员得1分，仅配备兼职人员的得0.5分”）", certain=True)
    refuse_lesser_degree_not_less([(_option_label(clause), clause.outcome[1]) for clause in scoring],  # type: ignore[misc]
                                  scoring, ticked=True)
    # 有工作领导小组,有专职分管领导具体负责,…,措施到位,得2分: each point named by all its words since the point before
    # (once only 措施到位, the clause holding the points: a unit without the 领导小组 could be ticked as meeting it)
    described = [_described_by(clause, context, text) for clause in scoring]
    attached = {id(c) for words in described for c in words}
    if any(id(c) not in attached and c.end <= scoring[-1].start and c.words() and not any(t.kind in ("NUM", "PTS") for t in c.tokens)
           for c in context):
        return None  # (…服务项目。积极帮助…得9分: words apart from the point after them, which the items' reading keeps)
    after = [c for c in context if c.start >= scoring[-1].end]
    checked = next((c.start for c in after if evidence_only(c.text)), None)  # (…得1分.核查…文件、…等材料: how it is checked)
    if any(c.words() and all(t.kind in ("WORD", "SEP", "DE") for t in c.tokens) and (checked is None or c.start < checked)
           for c in after):
        return None  # 建立制度得2分,开展培训得3分,资料齐全: a requirement after the last point, with none of its own (once dropped)
    return _named_points([("，".join([c.text for c in words] + [_option_label(clause)]), clause.outcome[1])  # type: ignore[misc]
                          for words, clause in zip(described, scoring)], [[] for _ in scoring])


# 面积不减少 / 质量不降低 / 数量不下降: a level kept, a requirement met as written — its 不 grades nothing (基本不减少
# still grades: kept only in the main)
_KEPT_UP = lazy_compile(r"(?<!基本)(?<!基本上)不(减少|降低|下降)")


def _kept_up(text: str, others: list[str]) -> str:
    """The words without the levels they keep (基本农田面积不减少), unless another option says the level falls
    (面积减少得1分，面积不减少得3分: the two ways it may go, grades of one)."""
    words = without_titles(text)
    fallen = any(re.search(rf"(?<!不){verb}", other) for other in others for verb in set(_KEPT_UP.findall(words)))
    return words if fallen else _KEPT_UP.sub("", words)


# 专职 / 兼职: how one post is staffed; 国家级 / 省级 / 市级: the level of one honour; 一等 / 二等: its class — one
# requirement met in a better or a lesser way, a grade to choose, never two points to add
_ONE_WAY_OF = (lazy_compile(r"专兼职|专职|兼职"), lazy_compile(r"国家级|省部级|省级|地市级|市级|县级|区级|乡镇级|镇级"),
               lazy_compile(r"特等|一等|二等|三等|金奖|银奖|铜奖"))


def one_requirement_ways(labels: list[str]) -> bool:
    """配备专职人员 / 配备兼职人员 (or 兼职人员 alone, the verb shared) / 获得国家级表彰 / 获得省级表彰: every label alike but
    for one word of the same kind, a different one in each."""
    for ways in _ONE_WAY_OF:
        found = [ways.findall(label) for label in labels]
        if not all(len(words) == 1 for words in found) or len({words[0] for words in found}) < len(labels):
            continue
        frames = [ways.sub("□", label) for label in labels]
        if all(frame.endswith(frames[0]) or frames[0].endswith(frame) for frame in frames[1:]):
            return True
    return False


def _part_time_below(scoring: list[Clause]) -> None:
    """设立专职安全员得1.5分,设立兼职安全员得80分: the post staffed part-time priced above full-time — a figure written
    wrong, most likely (as a lesser degree above the whole, lesser_degree_points)."""
    full_time = [c.outcome[1] for c in scoring if "专职" in _option_label(c) and "专兼职" not in _option_label(c)]
    above = next((c for c in scoring if "兼职" in _option_label(c) and "专兼职" not in _option_label(c)
                  and any(c.outcome[1] > points for points in full_time)), None)
    if above is not None:
        raise Unplaced(above, f"“{_option_label(above)}”是兼职，得分却高于专职，可能是分数写错；请写明兼职的得分（低于专职）",
                       certain=True)


def _situation_count(clause: Clause, label: str) -> int | None:
    """How many points met the option names: 满足1项 → 1, 2项均符合 → 2, 均不满足 → 0; None for other words."""
    if _ORDINAL.search(clause.text):
        return None  # 第2名4分: a place in a ranking, not how many are met
    if clause.condition is not None:
        low = clause.condition.interval.low
        if not isinstance(low, Decimal) or low != low.to_integral_value() or low < 1:
            return None  # 1.5个 / 0个: no count of points met
        return int(low)
    if _NONE_MET.match(label):
        return 0
    counted = [t for t in clause.tokens if t.kind == "NUM" and t.unit in COUNT_UNITS]
    if len(counted) == 1 and (re.search(r"均|都|全部", label) or _POINTS_MET.match(label)) \
            and counted[0].value == int(counted[0].value):
        return int(counted[0].value)
    return None


# 等级得分：…，其余0分 / 第3名2分，其余不得分: the rest, a grade of its own among grades or places
_REST = lazy_compile(r"(?:其余|其他)(?:0分|不得分)$")
_ORDINAL = lazy_compile(r"第\d+(?:\.\d+)?[\u4e00-\u9fff]")
_UNMET_OPTION = lazy_compile(r"^(?:没有|没|无|不|未|否)")  # 没有不得分 / 未建立不得分: the point not met
# 保护不力遭受破坏的不得分 / 因主观原因未认领…的扣3分: the point not met, said with its cause first
_FAILED_OPTION = lazy_compile(rf"(?:没有|未|不(?!得|低|少|超|高)|无(?!论))[\u4e00-\u9fff]|^(?:{_LATE})")


def _veto_after_zero(clause: Clause, scoring: list[Clause]) -> bool:
    """发生森林火灾无分，并实行一票否决: the veto acts on the whole assessment, outside this indicator's score (its 0),
    as (实行“一票否决”) after a lone 不得分 does."""
    return bool(_VETO.fullmatch(clause.text)) and any(
        c.outcome == ("points", Decimal(0)) and 0 <= clause.start - c.end <= 1 for c in scoring)


_VETO = lazy_compile(r"并?(?:实行|执行|实施)?[“\"]?一票否决[”\"]?")


def _occurs(met: tuple[str, Decimal | None], unmet: tuple[str, Decimal | None]) -> bool:
    """全年无火灾得10分，发生森林火灾不得分: the point is that something does not happen; the other option is that it
    does (发生/出现/存在/有 what the point says 无/没有/未发生)."""
    happens = _HAPPENS.match(unmet[0])
    return happens is not None and any(m.group(1) in happens.group(1) for m in _NONE_HAPPENS.finditer(met[0]))


_HAPPENS = lazy_compile(r"^(?:发生|出现|存在|发现|有)([\u4e00-\u9fff]{2,})$")
_NONE_HAPPENS = lazy_compile(r"(?:无|没有|未发生|未出现|不存在)([\u4e00-\u9fff]{2})")


def _grade_names(options: list[Clause]) -> bool:
    """优秀 / 优良 / 中等…: every option is named by a grade's word (text/respective_grades.GRADE_NAMES)."""
    return all(_option_label(option) in GRADE_NAMES for option in options)


def _graded_scale(scoring: list[Clause]) -> bool:
    """工作开展好得满分，一般扣2分，差扣5分 / 好的得满分，较好的扣1分，…差的不得分: every option a grade of one scale (the
    first may name what is graded before its grade), at least three of them — one grade is given, so a deduction
    beside the best is that grade's score from the 分值, never a fault added to another (一般 and 差 both ticked)."""
    options = [c for c in scoring if (c.outcome is None) != (c.per is None) and c.condition is None and not c.step
               and c.occurrence is None and not c.unread and c.cap is None]
    if len(options) < 3 or len(options) != len(scoring) or all(c.per is None for c in options):
        return False
    names = [_option_label(c) for c in options]
    first = next((grade for grade in sorted(GRADE_NAMES, key=len, reverse=True) if names[0].endswith(grade)), None)
    return first is not None and all(name in GRADE_NAMES for name in names[1:]) and len(set(names[1:] + [first])) == len(names)


def _negates_option(unmet: str, met: str) -> bool:
    """没有 / 未完成 / 否则 / 未建立制度的 (因故未建立…) after 建立制度: the point before it not met — never another situation
    whose words hold a negation of their own (资料不齐全的扣1分 after 制定工作计划得1分 once read as the plan not made)."""
    unmet = _SITUATION_END.sub("", unmet)
    if "但" in unmet:  # 未及时到位但未影响项目进度: a case between the point met and not met
        return False
    if _GENERIC_UNMET.fullmatch(unmet):
        return True
    done = _SITUATION_END.sub("", met)
    if done and unmet.startswith(done) and _NEGATION_SAID.search(unmet[len(done):]):
        return False  # 建立台账不规范的 after 建立台账的: the point met badly, never the point not met
    core = _NEGATING.sub("", unmet)
    return any(core[i:i + 2] in met for i in range(len(core) - 1))


def _only_point_unmet(unmet: str, met: str, requirements_before: bool = False) -> bool:
    """没有标识、错误标识、破损残旧的 / 没有台账、台账不全的 after the point's award: read as the point not met only when
    every situation listed is — the others (met badly: a worn sign, an incomplete ledger) would be lost with the zero,
    the evaluator answering only whether the point is met."""
    listed = _LISTED.split(_SITUATION_END.sub("", unmet))
    done = _SITUATION_END.sub("", met)
    return _negates_option(unmet, met) and (
        len(listed) == 1 or all(_names_point_unmet(part, done, requirements_before) for part in listed))


def _names_point_unmet(situation: str, done: str, requirements_before: bool) -> bool:
    """没有台账 / 未建立台账 / 制度不健全 (after 建立健全…制度): the point's own words negated — never 台账不全 after 建立台账
    (the ledger there, incomplete) nor 未及时更新台账 (a requirement the point does not name). A situation without a
    negation (标牌污损 / 设备损坏 / 破损残旧) is the point met badly — unless requirements run before the award speak of
    it (按规定设立专户,专款专用,及时拨付补助资金 before 挪用资金: the point is named by all of them)."""
    core = _NEGATING.sub("", situation)
    if _NEGATION_SAID.search(situation):
        return bool(core) and all(char in done for char in core)
    return requirements_before and any(core[i:i + 2] in done for i in range(len(core) - 1))


_SITUATION_END = lazy_compile(r"[的者,，]+$")
# 无冒领养老金现象发生 / 没有发生安全事故 / 未出现违规问题: the absence of wrongdoing, a requirement met as it is written
# (全年无安全事故: the period it holds over may come first)
_NO_BAD_EVENT = lazy_compile(r"(?:全年|年内|年度内|本年度|当年|考核期内)?(?:无|没有|未发生|未出现|没有发生|没有出现)[\u4e00-\u9fff、]{1,16}?(?:现象|问题|事件|事故|行为|投诉)(?:发生)?的?")
_GENERIC_UNMET = lazy_compile(r"否则|其他|其余|反之|(?:没有|没|无|不|未|未能|否|达不到|做不到)(?:达到|做到|完成|落实|符合|满足|具备|实现|执行)?")
_NEGATING = lazy_compile(r"没有|没|无|不|未|否|的")
_LISTED = lazy_compile(r"、|或者|或")  # 没有台账、台账不全 / 未建立或未执行: situations listed in one clause
_NEGATION_SAID = lazy_compile(r"没|无|不|未|否|缺|欠|差")  # (迟报 is a situation of its own: 按时报送得2分，迟报的扣1分)


def _one_choice(options: list[tuple[str, Decimal | None]], clauses: list[Clause]) -> None:
    """Options to choose one of never hold two requirements: 有制度得1分，无制度不得分；制度执行到位得2分，执行不到位得1分 is
    two things scored apart (3 in all), once read as one grade to pick (2 at most). After a requirement met and then
    missed (有制度1分，无制度0分), an option scoring more than the miss begins another requirement (未建立0分，已建立1分，
    严格执行3分 rises from the miss: one grade)."""
    def pair_missed(at: int, points: Decimal) -> bool:
        name, missed = options[at]
        return _unmet(name) and missed is not None and points > missed and any(
            not _unmet(other) and met is not None and met > missed for other, met in options[:at])

    if all(name in GRADE_NAMES for name, _ in options):
        return  # 优秀13分，不合格0分，优4分: grade names, one scale in whatever order they are listed
    for later, (name, points) in enumerate(options):
        missed = next((options[at] for at in range(later) if points is not None and pair_missed(at, points)), None)
        if missed is not None and not _unmet(name) and not _lesser_degree_of(name, missed[0]):
            raise Unplaced(next((c for c in clauses if name in c.text), None) or name,
                           f"“{name}”是另一项要求（前面已写明“{missed[0]}”的得分），各项要求应分别计分，不能作为一组等级择一计分", certain=True)


_LESSER_SAID = lazy_compile(r"较为|比较|较|基本")  # 地面较干净 beside 地面干净: the same point, a lesser degree
_POINTS_SAID = lazy_compile(r"\(\d+(?:\.\d+)?分\)$")


def _requirement_among_grades(options: list[tuple[str, Decimal | None]], clauses: list[Clause]) -> None:
    """室内无杂物(3分);室内有少量杂物(1分);桌面整洁(2分): degrees of one thing (they share its words) and a requirement that
    shares none of them, earning points of its own — another requirement, added (3+2), or one more grade to choose
    (3 at most)? Not written; refused, naming it (once read as one grade among them: the tidy desk instead of the room).
    A failing option (未开展 / 0分) names no requirement and may share nothing."""
    def pairs(name: str) -> set[str]:
        return {name[i:i + 2] for i in range(len(name) - 1)}

    named = [(name, points, pairs(name)) for name, points in options]
    first = named[0][2]
    for name, points, own in named[1:]:  # (the first, the best, names the subject its lesser grades may leave out)
        others = [other for other in named if other[0] != name]
        if not points or len(name) < 3 or any(grade in name for grade in GRADE_NAMES) or _unmet(name) \
                or re.search(r"[未不没无差]", name) or re.match(r"(?:且|并|同时|而且|但)", name):
            continue  # (…，且职责明确0.5: the first option's words, cut off; 良好 / 不合格: grades of what the first names)
        if any(own & other for _, _, other in others):
            continue
        if sum(1 for _, _, other in others if other & first) >= 2:
            raise Unplaced(next((c for c in clauses if name in c.text), None) or name,
                           f"“{name}”与其余各档说的不是同一事项：是另一项要求（分别计分再相加），还是档次之一（择一计分），"
                           "没有写明；请分开写明（如“①…（3分）；②…（2分）”）", certain=True)


_LESSER_DEGREE = lazy_compile(r"(?:基本|大部分|部分|较为|比较|大体)([\u4e00-\u9fff]{1,8})的?")


def _lesser_degree_of(name: str, missed: str) -> bool:
    """达到验收标准得满分，不达标的不得分，基本达标的得一半分: 基本达标 is a degree of what 不达标 misses, one
    grade among them (not another requirement)."""
    found = _LESSER_DEGREE.fullmatch(name)
    return found is not None and found.group(1) == _NEGATING.sub("", missed)


# 没有挪用资金 / 不截留专项资金 / 无违规违纪: a wrongdoing said not to happen (as _NO_BAD_EVENT, named by the wrong done
# rather than by 现象/问题)
_NO_WRONGDOING = lazy_compile(r"(?:没有|不|未|无)(?:发生|出现|存在)?(?:挪用|截留|挤占|违规|违纪|违法|虚报|冒领|套取|弄虚作假|瞒报|"
                              r"漏报|乱收费|乱摊派|贪污|侵占|骗取)[\u4e00-\u9fff、]{0,12}?的?")


def _negates_another(first: str, second: str) -> bool:
    """没有挪用资金 after 建立健全管理制度: a wrongdoing said not to happen, that shares no two characters with the first
    requirement (无专职人员 after 组织机构健全, 未召开专题会议 after 领导重视 are the first's lesser grades)."""
    negated = _NO_WRONGDOING.fullmatch(second)
    return negated is not None and not _QUALIFIED.search(second) and not any(second[i:i + 2] in first for i in range(len(second) - 1))


_QUALIFIED = lazy_compile(r"但|而|仅|只|虽|然|其他|其余|较|基本")  # 无挪用但手续不全: a lesser grade, qualified


def _unmet(option: str) -> bool:
    return bool(_UNMET_OPTION.match(option) or _FAILED_OPTION.search(option))
_COUNTED_BY = lazy_compile(r"每([\u4e00-\u9fff]{1,6}?)1(?:项|个月|个|次|处|例|起|件|亩|户|人|家|宗|笔|篇|条|份|批|台|辆|天|日|周)")
_COUNT_MET = lazy_compile(r"(?:满足|符合|具备|完成)(?:上述|以上)?\d+项")
# (以上每项1.5分: the points of each item listed before, never one option's — text/shared_points.py reads such lists)
_NOT_AN_OPTION = lazy_compile(r"^(?:(?:以上|上述)(?:指标|各项)?,?每|每|最高|最多|最低|总分|满分|共计|合计|总计|共|上限)")
_POINTS_MET = lazy_compile(r"^(?:\d+项(?:标准|要求|条件)?(?:均|都)?(?:满足|符合|具备|完成)|(?:满足|符合|具备|完成)(?:上述|以上)?\d+项(?:标准|要求|条件)?)(?:[,，的]|$)")


_NONE_MET_SAID = lazy_compile(r"\(符合的要点得相应分值[,，](\d+)项均不符合的(?:得0分|不得分)\)")
_CUMULATIVE = lazy_compile(r"(?:再|另)(?:得|加|计|记)\d")  # 计划内容完整的再得1分: on top of the points before
# 三项均未开展的 / 以上2项都未落实: none of the points listed before met
_NONE_OF_THEM = lazy_compile(r"^(?:(?:上述|以上)?\d+项(?:标准|要求|条件|工作|内容)?(?:均|都|全部)|(?:上述|以上)?均|都)(?:未|没有|不)[\u4e00-\u9fff]{0,4}$")
_NONE_MET = lazy_compile(r"^(?:(?:上述|以上)?\d+项(?:标准|要求|条件)?)?(?:均|都|全部|各项均|两项均|以上均)?(?:不满足|不符合|未满足|不具备|没有)")


def _counted_situation(clause: Clause) -> bool:
    """满足1项计1分: a count that is part of the option's wording, not a measured band."""
    interval = clause.condition.interval  # type: ignore[union-attr]
    return interval.low == interval.high and clause.condition.unit in COUNT_UNITS  # type: ignore[union-attr]


def _option_label(clause: Clause) -> str:
    cuts = [t for t in clause.tokens if t.kind in ("VERB", "PTS", "ZERO", "FULL", "DEDUCT", "SCORE_IS")
            or (t.kind == "SCORING" and t.text == "得分" and t is clause.tokens[-2])]  # …符合要求,得分10分
    # 获得国家级表彰得5分: the clause opens with a verb of its situation, the score's verb comes later (the name was
    # once cut to nothing: ①（5分）；②（3分）)
    if len(cuts) >= 2 and cuts[0] is clause.tokens[0] and cuts[0].kind == "VERB" and clause.tokens[1].kind == "WORD":
        cuts = cuts[1:]
    cut = cuts[0] if cuts else None
    label = clause.text.split("，")[0] if cut is None else "".join(
        t.text for t in clause.tokens[: clause.tokens.index(cut)] if t.kind != "SEP"
    )
    label = re.sub(r"^(?:如(?!实)|若|评价等级为|等级为|评为|为|等级得分:?)", "", label)  # (如实反映…: 如实, a word)
    # (符合2项标准为2分: 为 says the score; 到位及时 keeps its 时, 违纪行为 its 为, 议事规则 / 实施细则 their 则)
    label = re.sub(r"(?:等级)?(?:的|者|(?<![及按准实适同定临当届超逾延])时|(?<![规原细准法总守])则|(?<![行作认成])为)+$", "", label)
    label = re.sub(r"(?:该项|此项|本项|该指标|本指标)$", "", label)  # 检查结果为合格，该项得20分
    label = re.sub(r"\((?:\d+(?:\.\d+)?-?)?$", "", label)  # 优(12-15分) / 较好(4分): the tier's name before its points
    label = _in_word_notes(label.strip("“”\",，:："), clause.text)
    widened = ALTERNATIVE_NOTE.search(clause.text)
    if widened is not None and widened.group(1) not in label:
        if label and _SITUATION_END.sub("", clause.text[:widened.start()]).endswith(label):
            # 迟报(或漏报)的得1分 / 如没有制定(或向省市上级越级反映问题的)扣2分: a second situation in brackets, once dropped
            # from the name the evaluator answers — kept in it
            return label + widened.group()
        raise Unplaced(clause, f"括号中的“{widened.group(1)}”是另一种情形，会从这一情形中丢掉（只按括号前的文字判断）；"
                               "请把它写进情形本身（如“没有制定或越级反映问题的，扣2分”）", certain=True)
    return label


def _in_word_notes(label: str, text: str) -> str:
    """明确专(兼)职协保人员 / 村(居)委会 / 镇(区)财政: a bracket inside a word is part of what the word names (a full- or
    part-time worker, a village or residents' committee), never a remark: the tokens pass over it as one, and the name
    the evaluator ticks read 明确专职协保人员 — a part-time worker no longer meeting it. Put back where the label holds
    the words on both sides of it."""
    for note in _IN_WORD_NOTE.finditer(text):
        left, right = text[max(0, note.start() - 2):note.start()], text[note.end():note.end() + 2]
        if left + right in label and left + note.group() + right not in label:
            label = label.replace(left + right, left + note.group() + right, 1)
    return label


_IN_WORD_NOTE = lazy_compile(r"(?<=[\u4e00-\u9fff])[(（](?!分[)）])[\u4e00-\u9fff、]{1,4}[)）](?=[\u4e00-\u9fff])")  # ((分): points lost)


# ---------------------------------------------------------------- per-item deductions


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


def compose_items(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    """每出现1个社区未完成的扣0.5分，扣完为止 / 存在社区没有覆盖的，不得分 / 符合规定得3分，有1处未执行扣1分"""
    if any(c.outcome and c.outcome[0] == "points" and c.outcome[1] and any(t.kind == "EACH" for t in c.tokens) for c in scoring):
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
        elif clause.outcome and clause.outcome[0] == "points" and clause.outcome[1] != 0 \
                and (clause.start < occurrence.start or _all_of_them_done(clause, occurrence)) and not clause.unread and not clause.otherwise and not based and clause.per is None and clause.step is None and clause.cap is None and (clause.condition is None or clause.condition.interval == Interval(
                    low=Decimal(0), high=Decimal(0), high_inclusive=True) or TARGET in clause.condition.interval.bounds() or _within_defined_ratio(clause, occurrence, context)):
            # 资料齐全得3分，每缺少一项扣0.5分 / 安全事故发生次数为0，得满分；发生1次扣2分 / 全部达到目标值得满分 (or after: …扣0.5分；全部接入得满分)
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
        named = "".join(t.text for t in itertools.takewhile(lambda t: t.kind != "EACH", occurrence.tokens) if t.kind == "WORD")
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
    words = "".join(t.text for t in zero.tokens if t.kind == "WORD")
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
    whole_rate = False  # the points said as a rate at 100%: every unit without the one kind of fault counted
    for index, clause in enumerate(scoring):
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
        if clause is scoring[0] and _level_awarded(clause, scoring[1:]):
            # 全年专题研究重点工作不少于3次。(3分)考核:未成立领导小组的扣0.5分;…每少一次扣0.5分: the requirement and its
            # points, the faults (the sessions short among them) taken from them
            award = (_level_words(clause), clause.outcome[1])  # type: ignore[index]
            continue
        if clause is scoring[0] and _whole_rate_awarded(clause, scoring[1:], text):
            award = (_level_words(clause), clause.outcome[1])  # type: ignore[index]  # 建制村通客车率100%得3分；每有1个…
            whole_rate = True
            continue
        stated = _STATED_FULL.fullmatch(clause.text)
        if stated and award is None:
            award = ("", Decimal(stated.group(1)))  # 以上各项均为扣分项，满分为10分，扣完为止
            continue
        if _ALL_DEDUCTIONS.fullmatch(clause.text) or _NONE_HAPPENED.fullmatch(clause.text):
            continue  # (未发生突发公共卫生事件的不扣分: no fault, nothing deducted — the 分值, said again)
        short = _short_of_standard(clause)
        if len(scoring) > 1 and clause.condition is not None and (
                (clause.outcome is not None and clause.outcome[0] == "minus") or short) \
                and clause.condition.interval.high == TARGET and clause.condition.interval.low is None:
            # 未完成组建任务的扣5分，底数不清扣2分… / 专职安全员低于标准要求的，每少1人扣2分: a fault named, among others
            clause = replace(clause, condition=None)
        if others_of_listed(clause, [fault for _, fault in listed]):
            clause = replace(clause, otherwise=False)  # 大作文缺一次扣3分,其它缺一次扣1分: the others missed, each (not 否则)
        fault = fault_of(clause, context)
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
        if not (_STATED_FULL.fullmatch(clause.text) or _ALL_DEDUCTIONS.fullmatch(clause.text) or _NONE_HAPPENED.fullmatch(clause.text)):
            _no_unread(clause)
    uncounted = next((fault for fault in faults.values() if fault.once and re.search(r"每(?:缺|少|差|漏)", fault.what)), None)
    if uncounted is not None:  # 每缺一本扣0.5份 (本 once unknown): 每 without what is counted, deducted once
        raise Unplaced(uncounted.what, f"“{uncounted.what}”没有写明按什么计数（如“每缺1项”）", certain=True)
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


_WHOLE_SAID = lazy_compile(r"(?:本项|本指标|该项|此项|以上|上述|累计|合计|共|总|全部|各项)")


def _cap_of_the_whole(cap: Clause, before: Clause, after: list[Clause], text: str) -> bool:
    """…每处扣1分。最多扣4分 after the last kind, in a sentence of its own (after 。 or ；, or 本项/累计/以上合计最多扣4分):
    the cap of every deduction, even where an earlier kind has a cap of its own ((1)…2分扣完为止。(2)…). After a comma
    (…每处扣1分,最多扣4分) it is written for the last kind, which _caps_of_kinds weighs with the other caps."""
    if any(c.per is not None or c.outcome is not None for c in after):
        return False
    return bool(_WHOLE_SAID.match(cap.text)) or any(stop in text[before.end:cap.start] for stop in "。；;")


def _count_at_least(condition: Condition) -> bool:
    """不少于3次 / 达到7次以上: a count of things, at least a number."""
    interval = condition.interval
    return condition.unit in COUNT_UNITS and isinstance(interval.low, Decimal) and interval.high is None \
        and interval.low_inclusive


def _level_awarded(clause: Clause, later: list[Clause]) -> bool:
    """全年专题研究重点工作不少于3次(3分) before faults, one of which counts the sessions short of the 3 (每少一次扣0.5分)."""
    condition = clause.condition
    if condition is None or clause.outcome is None or clause.outcome[0] != "points" or not clause.outcome[1] \
            or clause.step is not None or clause.per is not None or clause.cap is not None or clause.unread \
            or not _count_at_least(condition):
        return False
    shortfalls = [c for c in later if c.step is not None and c.step[0] == "below" and c.step[2] == condition.unit
                  and c.condition is None and c.per is not None]
    others = [c for c in later if c.outcome is not None and c.outcome[0] == "minus" and c.condition is None]
    return len(shortfalls) == 1 and bool(others)


def _whole_rate_awarded(clause: Clause, later: list[Clause], text: str) -> bool:
    """建制村通客车率100%得3分，每有1个建制村未通客车扣0.5分: a rate at 100% is every unit without the fault the
    deductions count, so its points are the whole and each failing unit takes its deduction (the rate is not scored apart).
    Only a rate at exactly 100% before one kind of fault counted per unit (每有1个… / 每发现1户… / 发现1次…), named
    with the rate's own words, and a cap — or before several kinds, each named by the rate's words or by what one of
    them names failing (按时足额发放率100%得4分，每发现1人次未按时发放扣0.2分，每发现1人次少发、错发扣0.5分)."""
    condition = clause.condition
    if condition is None or clause.outcome is None or clause.outcome[0] != "points" or clause.step is not None \
            or clause.per is not None or clause.cap is not None or clause.unread or condition.unit != "%" \
            or condition.interval.low != 1 or not condition.interval.low_inclusive or condition.interval.high is not None \
            or not is_rate_label(clause.label or ""):
        return False
    # (the 规范写法 reads back its own: 有行政村未通宽带的，每个扣0.5分 — counted per unit without 每有1个)
    faults = [c for c in later if c.per is not None and c.condition is None and c.step is None and c.outcome is None]
    caps = [c for c in later if c.cap is not None and c.outcome is None and c.per is None and c.condition is None]
    rated = (clause.label or "").removesuffix("率")
    pairs = {rated[i:i + 2] for i in range(len(rated) - 1) if _WORD_PAIR.fullmatch(rated[i:i + 2])}
    failings = tuple(failing for word, failing in _FAILING_OF.items() if word in rated)
    # the fault is what the rate counts (通客车率 / 未通客车, 合格率 / 不合格, 发放准确率 / 错发), never another failing
    # (资金到位率 beside 违规支出: what a rate short of 100% loses is then unsaid); several kinds only when each is one
    # (按时足额发放率: 未按时发放 and 少发、错发 — not 报告及时率 beside 漏报, a report missing, not late)
    # (each kind's words: from the end of the kind before it — 错发、多发的，每户扣0.5分 names it in a clause of its own)
    named = [text[start:fault.end] for start, fault in zip([clause.end] + [f.end for f in faults], faults)]
    return bool(faults) and len(faults) + len(caps) == len(later) \
        and not any(token.kind == "TIMES" for fault in faults for token in fault.tokens) \
        and (len(faults) == 1 and any(pair in text[clause.end:] for pair in pairs)  # (not 每×少分配1户: a formula's ×)
             or all(any(pair in words for pair in pairs) or any(re.search(failing, words) for failing in failings)
                    for words in named))


# what a rate's word names when it fails: 准确 (错发 / 错付), 足额 (少发 / 少拨), 及时 and 按时 (迟报 / 延迟 / 逾期) — the
# unit the rate counts short of 100%
_FAILING_OF = {"准确": r"错(?:发|付|拨|报|登)", "足额": r"少(?:发|付|拨)", "及时": r"迟(?:报|发|付|拨)|延迟|逾期",
               "按时": r"迟(?:报|发|付|拨)|延迟|逾期"}


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


def situation_award(clause: Clause) -> bool:
    """资金使用符合规定得4分 / 按期完成得满分: a situation in words and what it earns."""
    kinds = [token.kind for token in clause.tokens]
    if kinds[-3:] == ["VERB", "WORD", "PTS"] and clause.tokens[-2].text == "满":
        kinds = kinds[:-3] + ["VERB", "PTS"]  # 达到合同工期要求的得满30分
    if kinds[-3:] == ["OPEN", "PTS", "CLOSE"] and clause.outcome is not None and clause.outcome[0] == "points":
        kinds = [k for k in kinds[:-3] if k not in ("SEP",)] + ["VERB", "PTS"]  # 分工明确，工作开展正常(3分)
    words = kinds[1:-2] if kinds[:1] == ["BY"] else kinds[:-2]  # 按要求及时报送…的得3分: the manner, then the situation
    if "BY" in words and words[words.index("BY") - 1:words.index("BY")] == ["WORD"]:
        words = [k for k in words if k != "BY"]  # 评价报告严格按照“备注”规定排版印制的，计1分
    return kinds[-2:] in (["VERB", "PTS"], ["VERB", "FULL"]) and set(words) <= {"WORD", "DE", "CMP"} \
        and "WORD" in words and not clause.unread


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
    counted = re.search(r"1(篇|次|项|个|场|人)", subject)
    names = _kind_names(subject, len(points))
    limit = Decimal(_LIMIT.fullmatch(limits[0].text).group(1)) if limits else None  # type: ignore[union-attr]
    return AwardKinds(subject, tuple(zip(names, points)), counted.group(1) if counted else "次", limit)


# 每项措施各1.5分 / 每完成1项得2分 / (每一项得5分) (never 每项扣2分: points deducted per failing item)
_EACH_POINT = lazy_compile(r"\(?(?:评价要点|(?:符合|满足|达到)(?:以上|上述))?每(?:(?:完成|符合|达到|落实)?1)?(?:项|个|条)((?:(?!扣|减)[\u4e00-\u9fff]){0,6}?)(?:的[,，]?(?:得|计|记))?各?(\d+(?:\.\d+)?)分\)?")
# 以下要点符合一项得0.5分 / 符合1项得1分 (before or after the points listed): each point met earns the same
_EACH_MET = lazy_compile(r"(?:(?:以下|以上|上述)(?:要点|各项|评价要点)?)?(?:每)?(?:符合|满足|达到|落实|做到)1(?:项|个|条)(?:要点)?(?:的)?[,，]?(?:得|计|记|给)(\d+(?:\.\d+)?)分")
_POINT_MET = lazy_compile(r"(?:完成|符合|达到|落实|做到)的?(?:要点)?(?:计|得|记|给)(?:满分|(\d+(?:\.\d+)?)分)")
_POINT_UNMET = lazy_compile(r"(?:(?:没有|未|不)(?:完成|符合|达到|落实|做到)的?(?:要点)?|否则|反之[,，]?)(?:计|得|记|给)?(?:0分|不得分)")


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
    if count is None and listed_before and each_met is not None:
        count = len(listed_before)  # ①…；②…；③…。符合一项得1分: as many as listed
    for clause in scoring[1:] + context:
        if clause in listed_after:
            continue
        if clause is said_before and count is not None:
            continue
        in_all = _POINTS_IN_ALL.fullmatch(clause.text)
        if in_all and count is not None and clause.start > heads[0].start:
            if Decimal(in_all.group(1)) != each * count:  # 共25项，每项2分，共40分: which is it?
                raise Unplaced(clause, f"总分与各项分值之和（{count}项×{general_text(each)}分）不一致", certain=True)
            continue
        met = _POINT_MET.fullmatch(clause.text)
        if met and (met.group(1) is None or Decimal(met.group(1)) == each):
            continue  # 完成计满分: the point's own points, when met
        if _POINT_UNMET.fullmatch(clause.text):
            continue
        if clause in context and clause.end <= heads[0].start and not clause.unread and clause.condition is None \
                and any(c.marker for c in context):
            continue  # (1)…；(2)…。符合以上每项的，得2分: the points themselves, listed before
        if clause in context and clause.end <= heads[0].start and _bracketed_each(heads[0]) and _words_only(clause):
            continue  # 路面完好畅通；…；无废品垃圾。(每一项得5分): the points in words, their points after them
        return None
    return Checklist(each=each, count=count)


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


_PER_WORD = lazy_compile(r"每([\u4e00-\u9fff]{0,3}?)(\d+)?(" + "|".join(PER_OCCURRENCE) + r")([^扣减]*)(?=扣|减)")


def fault_of(clause: Clause, context: list[Clause]) -> Fault | None:
    """One kind of fault: 资料不齐全的每项扣0.5分 / 每发现1处不符合扣1分 / …未列入计划的，每项扣2分 /
    …回收率每少一项完成任务扣0.3分 (each item short, among other kinds)."""
    named_one = ""
    on_top = False  # 再扣5分 / 另扣1分: what is deducted on top of, said before
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
        if counted.group(4) and _ON_TOP.fullmatch(counted.group(4)):
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
                unit, what = unit + what, _situation_run(before, context)
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
    titled = _TITLE.sub("", what)  # 《2009年度减排工作意见》: a document's name, no number of the rule
    return Fault(what, per, unit, once=once, short=missing) if what and not re.search(r"\d", titled.replace(named_one, "") if named_one else titled) else None


_TITLE = lazy_compile(r"《[^《》\d]{0,20}\d{4}[^《》]{0,30}》")
_ON_TOP = lazy_compile(r"另|另外|再|并|同时|还|并且|另行|倒")
_SHORT_WITHIN = lazy_compile(r"([^\d，,；;]{2,20}?)(缺少|缺失|缺|少|漏)1([\u4e00-\u9fff]{1,2}?)([^\d，,；;]{1,10})")  # 指标的方案缺1项内容
_EXCESS = lazy_compile(r"超|超过|超出|超期|逾期|延期|延迟|推迟|拖延|拖")  # 每超1天: a day beyond a limit, no fault's name
_ON_TOP_AFTER = lazy_compile(r"的(?:另|另外|再|另行)$")
_BARE_NEGATION = lazy_compile(r"(?:未|没有|不)([\u4e00-\u9fff]{2})")  # 未设置: the verb of the requirement before, not done


_RISING = lazy_compile(r"每(?:增加|增长|提高|上升|高出|多)")


def _situation_run(before: Clause, context: list[Clause]) -> str:
    """(3)减排项目出现因工作不到位、督促不得力，导致…未能达到预计目标的 / 工作配合协调不力，遇事推诿…的: the whole situation
    a deduction counts, every clause of it back to the item's marker or the previous scoring clause."""
    run = [before]
    while run[0].marker is None and not EVERY_PERIOD.match(run[0].text) and (earlier := _just_before(
            context, run[0], 1, lambda c: not c.scoring and not c.unread and c.condition is None and bool(c.tokens))) is not None:
        run.insert(0, earlier)
    return "，".join(c.text for c in run).rstrip("，,的")


def _one_each(clause: Clause) -> re.Match[str] | None:
    """迟报1次扣1分 / 迟交1次报表扣0.5分; 发现1例违规扣2分 is the occurrence the clause grammar read."""
    one = _ONE_EACH.search(clause.text)
    return None if one is None or (one.group(2) and clause.occurrence is not None) else one


def _named_shortfall(clause: Clause) -> bool:
    """资金配额不足的，扣1分: what falls short is named (not 不足的，扣1分, the other side of a condition before)."""
    kinds = [t.kind for t in clause.tokens]
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


def others_fail(clause: Clause) -> bool:
    """其它指标未完成扣1分 / 其余项目不达标的不得分: 其它 and the things named, then their failure before the outcome —
    other indicators or matters failing, not the other side of the level before (否则)."""
    tokens = clause.tokens
    if len(tokens) < 3 or tokens[0].kind != "OTHER" or tokens[0].text not in ("其他", "其它", "其余") or tokens[1].kind != "WORD":
        return False
    outcome = next((t for t in tokens[2:] if t.kind in ("DEDUCT", "ZERO", "VERB", "PTS", "FULL", "MANUAL")), None)
    said = clause.text[tokens[1].start - clause.start:(outcome.start if outcome else clause.end) - clause.start]
    return re.search(r"未|没有|不", said) is not None


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
_PRINTED_LIMIT = lazy_compile(r"(?:超过|超出|超|高于|多于|低于|少于|不足|未达到)\d+(?:\.\d+)?(?:万元|元|人|个|次|项|户|家|天|%)")


# ---------------------------------------------------------------- the 单位自评 default


_GENERIC_TARGET = lazy_compile(
    r"B/A或A/B|完成值/指标值|实际值/目标值|(?:指标值|目标值)/(?:完成值|实际值)|A/B或B/A"
    r"|实际值\(B\)/(?:年度)?指标值\(A\)|指标值\(A\)/(?:全年)?实际值\(B\)"  # 正向/反向指标 spelled out
)


_TARGET_OVER_ACTUAL = lazy_compile(r"(?:指标值|目标值)/(?:完成值|实际值)")


def compose_target(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    """年度指标值：≥21933人 + 完成值达到指标值，记满分；未达到指标值，按B/A或A/B×该指标分值记分;
    or a bare target (≥21933人, 95%, 15万元) standing alone."""
    generic = [c for c in scoring if c.outcome and c.outcome[0] == "formula" and _GENERIC_TARGET.search(c.outcome[1])]
    stated = [c for c in scoring + context if c.condition is not None and not c.has_outcome and c.condition.interval.low != TARGET
              and c.condition.interval.high != TARGET]
    if not generic:
        if len(scoring + context) == 1 and stated and stated[0].text == text.strip("。;"):
            return target_from(stated[0])
        return None
    for clause in scoring:
        _no_unread(clause)
        if clause in generic or clause in stated or _GENERIC_TARGET.search(clause.text):
            continue  # 正向指标…全年实际值(B)/年度指标值(A)×该指标分值: the default restated
        if clause.condition is not None and TARGET in clause.condition.interval.bounds() and clause.outcome == ("points", None):
            continue  # 完成值达到指标值，记满分
        return None
    sources = " ".join(c.outcome[1] for c in generic)  # type: ignore[index]
    # B/A或A/B: either way, as the entered target's operator says (正向 ≥, 反向 ≤)
    op = "" if "或" in sources else ("≤" if _TARGET_OVER_ACTUAL.search(sources) else "≥")
    # (完成值达到指标值记满分 says met, either way: only a comparison with a direction can contradict the ratio)
    met = [c for c in scoring if c.condition is not None and TARGET in c.condition.interval.bounds() and c not in generic
           and not any(t.kind == "CMP" and t.text in ("达到", "达", "完成", "实现") for t in c.tokens)]
    if op and any((c.condition.interval.high == TARGET) != (op == "≤") for c in met):  # type: ignore[union-attr]
        # 成本≥目标值得满分，否则按目标值/实际值×分值: the full marks one way, the ratio the other
        raise Unplaced(met[0], "得满分的条件与按比例计分的公式方向相反（正向指标用实际值/目标值，反向指标用目标值/实际值）")
    levelled = next((c for c in generic if c.condition is not None
                     and all(isinstance(bound, Decimal) for bound in c.condition.interval.bounds() if bound is not None)), None)
    if levelled is not None:
        # 培训人数达到800人，得分=实际值/目标值×4分: the level printed before the formula is its target (once dropped for
        # the entered one); 单位成本控制在800元以内，得分=实际值/目标值×4分: a ceiling, which the ratio rewards passing
        # (880元 once scored full, 720元 3.6)
        ceiling = levelled.condition.interval.high is not None and levelled.condition.interval.low is None  # type: ignore[union-attr]
        if op and ceiling != (op == "≤"):
            raise Unplaced(levelled, "指标值写的是上限（越低越好），按实际值/目标值计分却是越高得分越多，方向相反；反向指标请写“目标值/实际值×分值”"
                           if ceiling else "指标值写的是下限（越高越好），按目标值/实际值计分却是越低得分越多，方向相反", certain=True)
        return target_from(replace(levelled, outcome=None))
    if stated:
        return target_from(stated[0])
    return TargetDefault(op=op)


# ≥95%(单位自评:完成值达到指标值记满分,未达到按完成值/指标值×分值记分): the default said in the bracket, or words
# that add nothing to it (以抽查结果为准 / 未达到按比例扣分); a zero, points or a second level in it (完成值低于指标值80%
# 的不得分 / 低于80%不得分) is a method of its own, which the default would drop
_BRACKET = lazy_compile(r"\(([^()]*)\)")
_BEYOND_DEFAULT = lazy_compile(r"不得分|[扣得]\d|\d+(?:\.\d+)?%")


def _refuse_bracketed_method(clause: Clause) -> None:
    """A bare target's bracket (the tokens leave it as a remark) says how it scores only as the default does."""
    for bracket in _BRACKET.finditer(clause.text):
        for part in re.split(r"[,;]", bracket.group(1)):
            if _BEYOND_DEFAULT.search(part) and not _GENERIC_TARGET.search(part):
                raise Unplaced(part, "指标值后括号内的这一计分说明无法与按指标值计分（完成值达到指标值记满分，未达到按完成值/指标值"
                                     "×分值记分）合并；请写在括号外，逐档写明得分（如“≥95%得满分，每低1%扣0.5分，低于80%不得分”）")


def target_from(clause: Clause) -> TargetDefault:
    _no_unread(clause)
    _refuse_bracketed_method(clause)
    if clause.cap is not None or clause.per is not None or clause.step is not None or clause.outcome is not None:
        raise Unplaced(clause, "指标值后面的计分说明无法识别")  # 超过80，最多扣4分: a target does not deduct
    if clause.reference is not None:  # 以1.5人为标准达到80% (fuzz): a standard and a target, the standard once dropped
        raise Unplaced(clause, "写了标准（以…为标准），又写了指标值，没有写明按哪一个计分")
    condition = clause.condition
    assert condition is not None
    interval = condition.interval
    if any(from_target(bound) for bound in interval.bounds()):
        raise Unplaced(clause, "指标值应为一个数值（如“≥95%”），不能以目标值本身表示")  # 超过目标值10%
    if interval.low is not None and interval.high is not None and interval.low != interval.high:
        raise Unplaced(clause, "指标值应为一个数值（如“≥95%”）")
    stated_op = any(token.kind in ("CMP", "SUF") for token in clause.tokens)
    if interval.low is not None and interval.high is not None:
        op, level = ("=" if stated_op else ""), interval.low
    elif interval.low is not None:
        op, level = ("≥" if stated_op or interval.low != 1 or condition.unit != "%" else ""), interval.low
    else:
        op, level = "≤", interval.high
    return TargetDefault(op=op, level=level, unit=condition.unit, magnitude=interval.magnitude)  # type: ignore[arg-type]


# ---------------------------------------------------------------- piecewise


_NOTHING_DEDUCTED = lazy_compile(r"不扣分|不予扣分")
# 每个社区 / 每一所学校 / 各村: a requirement that holds in each unit, not in the total
_DISTRIBUTIVE = lazy_compile(r"(?:每(?:一)?[个家所份座]|每一|各)(?!项|次|年|月|季度|类)[\u4e00-\u9fff]")
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

    compared = [c for c in scoring if c.condition is not None]
    if not any(relative(c) for c in compared):
        return
    printed = next((c.reference for c in scoring if c.reference is not None), None)
    for index, clause in enumerate(compared):
        if any(c.condition.interval.high == TARGET and c.condition.interval.low is None for c in compared[:index]):  # type: ignore[union-attr]
            return  # 控制在预算以内得满分，超出预算5%以内得3分，超出5%以上不得分: tried in order, within the budget is taken first
        kinds = [t.kind for t in clause.tokens]
        if not relative(clause) and kinds[:2] == ["CMP", "NUM"] and clause.tokens[0].text in _EXCEEDS \
                and clause.condition.unit == "%" and not beyond_printed(clause):  # type: ignore[union-attr]
            raise Unplaced(clause, f"“{clause.tokens[0].text}{clause.tokens[1].text}”没有写明与什么相比（其他档按与目标的差额计），"
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


def compose_piecewise(scoring: list[Clause], context: list[Clause], text: str, label: str = "完成率",
                      bare: bool = False) -> Scorer | None:
    if scoring and all(c.outcome and c.outcome[0] == "span" for c in scoring):
        return None  # spans of points are tiers: compose_tiers has said what is wrong with them
    scoring = first_rung_counted(scoring)  # 有体育消费数字平台，1分；有2个，1.5分: the first rung is one
    scoring = span_as_line(scoring)  # ≤25个工作日得满分6分，>50个工作日为0分，25-50个工作日按比例减分
    scoring = stated_reach_points(scoring)  # 基本完成分为1分。增幅低于26%的，按目标完成比例计分
    scoring = restated_share(scoring)  # …未完成的按比例得分。得分=(新引进项目个数/时序目标任务)×分值
    scoring = added_as_base(split_joint_limits(stated_goal(scoring, context), context))  # 加分和扣分均以基本分为限: each apart
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
    scoring = _requirement_met(_on_time(_failure_as_otherwise(at_least_happened(counted_from_none(scoring)), context)))
    scoring = [restated_points(c) for c in scoring]  # 否则按完成比例得分(15分): the points, said in brackets
    _one_thing_counted(scoring)
    # (合同签订率、代管率、兑现率均达100%，否则不得分: the level in a clause of its own, which 否则 reads as the band)
    _several_rates(scoring + [c for c in context if c.condition is not None])
    _gap_as_level(scoring)
    _reference_dropped(scoring)
    for clause in scoring:
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
                [c for c in scoring if c is not clause and c.outcome is None and (c.cap or c.clamp)]
            )
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
            if restated:
                raise Unplaced(clause, "括号中的分值无法确定是哪一档的得分")
            share = _completion_share(clause, cases)
            if share is not None:
                if otherwise is not None:
                    raise Unplaced(clause, "出现了两个“否则”")
                otherwise = share
                continue
            outcome = Scaled() if sole else _outcome(clause, label)  # 按完成比例计算得分: rate × 分值
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
    if deductions and distributed is not None:
        # 每个社区至少配备5名专职人员…每差1人扣0.2分: the level holds in each 社区, so the persons short are summed
        # over them; one completion value against 5名 would let one 社区's surplus hide another's shortfall
        raise Unplaced(distributed, "要求按每个单位分别计（如“每个社区至少5名”），扣分应按各单位差额之和计，不能由一个完成值算出")
    _one_rate(cases)
    _minus_beside_ladder(cases, otherwise, scoring)
    _ratio_beside_its_target(cases, otherwise, scoring)
    kept = next((c for _, o, c in cases if o == Award(None) and _NOTHING_DEDUCTED.search(c.text)), None)
    if kept is not None and len(cases) == 1 and not deductions and not bonuses and otherwise is None:
        # 合格率达到95%不扣分 alone: what falls short loses is not said (a 0 would be a guess)
        raise Unplaced(kept, "只写了不扣分的情形，未达到时扣多少分没有写明")
    cases, level = _relative_level(cases, deductions)
    cases = _completion_as_target(cases, deductions)
    shares = target_shares([c for c, _ in deductions], [c.step for c in bonuses if c.step is not None])
    unit = _rule_unit([c for c, _, _ in cases] + [d for _, d in deductions if d is not None],
                      [c.step for c, _ in deductions if c not in shares] + [c.step for c in bonuses if c.step is not None],
                      label, scoring, bare)
    if reference is not None and reference[1] not in ("", "%") and unit == "%" and not any(
            c.interval.bounds() and any(isinstance(b, Decimal) for b in c.interval.bounds()) for c, _, _ in cases):
        unit = reference[1]  # 以100人为标准。达到标准得5分: the standard's unit is the measure's (once a rate of 10000%)
    elif reference is not None and reference[1] not in ("", "%") and unit == "%" and level is None:
        # 以100人为标准。达到80%得5分: a share of the standard, perhaps — once the standard was dropped for the target
        raise Unplaced(reference_clause, "标准写的是数量，分档写的是比率，没有写明比率是否按该标准计算（如“实际人数/100人”）")
    if both is not None:
        return proportional_rule(both, cases, base_clause, otherwise, deductions + bonuses + ([line] if line else []), caps)
    cases = _levels_as_thresholds(_single_level_reached(cases, otherwise, bool(deductions or bonuses)))
    if unit == "%":
        cases = _fractions_as_rates(cases)
    intervals = _nothing_to_deduct(_printed_standard(
        _nest_cumulative([(_scale(condition, unit), outcome, clause) for condition, outcome, clause in cases])), otherwise)
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
    if len(deductions) > 1:
        raise Unplaced(deductions[1][0], "出现了两条扣分步长，无法确定按哪一条扣分")
    bonus_caps = [c for c in caps if c.cap is not None and (
        c.cap[0] in ("added", "added_base", "total") or (c.cap[0] == "limit" and not deductions))]
    caps = [c for c in caps if c not in bonus_caps]
    _check_opposed_steps(bonuses, deductions)
    if bonuses:
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
    intervals = _include_full_rate(_close_shared_bounds(_close_whole_number_gaps(intervals, unit)), unit)
    mixed = next((c for i, _, c in intervals if any(isinstance(b, FromTarget) for b in i.bounds())
                  and any(isinstance(b, Decimal) and b != 0 for b in i.bounds())), None)
    if mixed is not None:  # 低于标准10%以内的扣2分，低于20%以内的扣4分: a band from 目标值的90% up to a rate of 20%
        raise Unplaced(mixed, "分档中有的写成相对标准（目标值）的差距，有的写成数值，无法确定各档的界限")
    # 执行率95%-100%得10分，90%-95%得8分，90%以下得5分: with every band scoring and none above 100%, a
    # rate above 100% counts as 100% (as the regulations count 执行率); the 规范写法 says so
    capped = capped or (unit == "%" and not stated and reference is None and _tops_at_full(intervals) and all(
        outcome.implied_max() != 0 or (interval.low is None and gate is None) for interval, outcome, _ in intervals))  # (…，60%以下不得分 too)
    if capped and not intervals and isinstance(otherwise, Scaled) and otherwise.high == ONE and not otherwise.inverse:
        otherwise, capped = replace(otherwise, capped=True), False  # 执行率超过100%的按100%计算，得分=执行率×10
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
    return Piecewise(
        cases=tuple((interval, outcome) for interval, outcome, _ in intervals), otherwise=otherwise, unit=unit,
        stated_otherwise=stated, level=level, gate=gate, required=required, capped=capped,
        deadline=next((c.deadline for c in scoring if c.deadline), None),
    )


# 评价…/考核…: what the indicator looks at, not a state the score needs
_DESCRIBES = lazy_compile(r"^(?:评价|考察|考核|反映|衡量|用于|用以|主要|重点|以|根据|依据|按照|对|核算|核查|查看|查阅|统计|计算|超额|看|检查|抽查|调阅)")


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
    for name, clause in named[1:]:
        if name not in named[0][0] and named[0][0] not in name:
            kind = "比率" if name.endswith("率") and named[0][0].endswith("率") else "指标"
            raise Unplaced(clause, f"“{named[0][0]}”与“{name}”是两个{kind}，不能作为同一{kind}的分档")


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
    r"^(?:项目|工程|[\u4e00-\u9fff]{1,8}?(?<![未不没无非]))?(?:(?:提前或|提前和|提前、)?(?:按期|按时|如期|准时|在计划(?:完成)?时间内|按计划时间|按计划|于规定时间内|在规定时间内"
    # 按规定时间完成绩效自评 / 项目按计划完工 / 工程按期竣工
    r"|按规定时间|在规定时限内|按规定时限|按(?:照)?合同(?:约定)?(?:的)?(?:时间|工期|期限)|在合同(?:约定)?(?:时间|工期|期限)内)"
    r"(?:完成|完工|竣工|开工|上线|交付|投入使用)(?:(?![未不没延滞逾迟])[\u4e00-\u9fff]){0,10}"
    r"|(?:实际)?完成(?:时间|日期)(?:≤|不超过|不晚于)(?:计划|规定|合同约定)(?:完成)?(?:时间|日期)"  # 实际完成时间≤计划完成时间
    r"|(?:实际)?完成(?:时间|日期)在(?:计划|规定|合同约定)(?:完成)?(?:时间|日期|期限)(?:内|以内|之内)"  # 实际完成时间在计划时间内
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
        result.append(clause)
    return result


def _nest_cumulative(intervals: list) -> list:
    """90%以上得5分；80%以上得3分 / 5%以内得3分；10%以内得2分: each band, written after a stricter one, holds
    what that one leaves (80% up to 90%), as the reports read such lists."""
    result = shares_beside_target(list(intervals))  # (完成目标值90%以上 beside 达到目标值)
    refuse_bare_beside_share(result)
    result = _nest_beside_target(result)
    for side in ("low", "high"):
        # bands bounded on one side only, in the order written
        chain = [i for i, (interval, _, _) in enumerate(result) if not interval.magnitude
                 and isinstance(getattr(interval, side), Decimal)
                 and (getattr(interval, "high" if side == "low" else "low") is None or side == "high" and _after_on_time(interval))]
        bounds = [getattr(result[i][0], side) for i in chain]
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
    bounds = [getattr(result[i][0], side) for i in chain]
    lenient_first = all(a < b for a, b in zip(bounds, bounds[1:])) if side == "low" else all(a > b for a, b in zip(bounds, bounds[1:]))
    ranks = _ranks([result[i][1] for i in chain])
    if not lenient_first or None in ranks:
        return False
    rising = all(a < b for a, b in zip(ranks, ranks[1:]))
    others = [item[0] for index, item in enumerate(result) if index not in chain and not item[0].magnitude]
    if side == "high" and not rising and all(result[i][0].low is None for i in chain) and not any(
            other.low is None or (isinstance(other.low, Decimal) and other.low < bounds[0]) for other in others):
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
                    _holds(other, interval.low + 1) for other, _, _ in intervals if other is not interval):
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
_DEADLINE = lazy_compile(r"(?:项目|工程)?(?:在|于)?((?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?)(?:前|之前|以前)(?:完成|完工|竣工|办结)(?:的)?")


def _on_time(scoring: list[Clause]) -> list[Clause]:
    """按期完成得4分；逾期30天以内得2分: beside bands or steps of lateness, on time is a lateness of 0."""
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
            deadline = _DEADLINE.fullmatch(_option_label(clause))
            if deadline is not None or _ON_TIME.match(_option_label(clause)):
                clause = replace(clause, condition=Condition(Interval(high=Decimal(0), high_inclusive=True), unit),
                                 deadline=deadline.group(1) if deadline else "")
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
    below it — the deviation's size (an underspend of 12% passes no ≤5%); 偏差率=0得4分;0-2%(含)… keeps its sign."""
    if not _DEVIATION_RATE.search(text) or "±" in text or _SIGN_WORDS.search(text) or _RATE_DEFINED.search(text):
        return False  # (预算调整率=调整金额/年初预算: the ratio the rule defines, as defined)
    bounds = [b for interval, _, _ in intervals for b in interval.bounds() if b is not None]
    return all(isinstance(b, Decimal) and b > 0 for b in bounds) and not any(i.magnitude for i, _, _ in intervals)


_DEVIATION_RATE = lazy_compile(r"偏差率|差异率|误差率|调整率|调整幅度|调整比例|调整比率|浮动比例|浮动率|浮动幅度|差异在"
                             r"|偏离(?![\d每度])[\u4e00-\u9fff]{0,6}?(?:不超过|不高于|控制在|在\d|≤)")
_RATE_DEFINED = lazy_compile(r"(?:率|幅度|比例|比率)=(?![^,;。]*[-|])")  # (=|实际-预算|/预算 is a size either way)
_SIGN_WORDS = lazy_compile(r"超支|节约|结余|正偏差|负偏差|高于预算|低于预算|超出预算|负数|(?<![\d%)])-\d")
_ABSOLUTE_MEASURE = lazy_compile(r"偏离度|偏离率|偏差度|偏差(?!率)(?=在|控制|不超过|[≥≤<>])|(?:率|度)绝对值")


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
    late = [c for c in scoring if c.step is not None and c.step[2] in LATENESS_UNITS]
    if late and counts - set(LATENESS_UNITS):  # 按期设立信息员3名得30分，每推迟1个月扣10分: never 每超过1名扣10分
        raise Unplaced(late[0], "同一条评分标准中既有数量又有逾期时间，无法确定按哪一个扣分")
    if "%" in units:
        return "%"
    if counts:  # 达到2910人得7分，少5个扣1分: the reference's unit names the measure
        return next((unit for unit in condition_units if unit in counts), sorted(counts)[0])
    if not units and any(any(c.bare) for c in conditions) and any(_COUNTED_LABEL.search(c.label) for c in scoring):
        # 阅览座席400以上得10分 / 培训人数100以上得5分: a count whose unit goes unsaid, never 400% of a target (350 seats
        # scored 0 against a target of 400: 87.5% below the lowest band)
        return ""
    if not units and _PLAIN_NUMBER_LABEL.search(label):
        # 灌溉水有效利用系数达到0.56以上得满分，每低0.01扣0.5分: a coefficient is a plain number (once 56%, its step
        # 0.01%: 100 times too fine, and 0.57 entered was asked for as a rate)
        return ""
    if not (units or bare):
        _refuse_bare_beyond_percent(scoring)
        _refuse_bare_between_fraction_and_percent(conditions, label, scoring)
        _refuse_unitless_step_from_target(conditions, scoring)
    return "%" if is_rate_label(label) or not (units or bare) else ""


# (生师比不高于19 / 覆盖倍数≥1.1: a ratio of two counts written as one number, never 19% — but 占比 is a share)
_PLAIN_NUMBER_LABEL = lazy_compile(r"(?:系数|指数|倍数|(?<![占同环])比)$")


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
COUNTED_NOUNS = "人数|人次|座席|座位|户数|个数|件数|次数|数量|场次|床位|游客|读者|册数|套数|台数|批次|得分|分数|成绩"
_COUNTED_LABEL = lazy_compile(rf"(?:{COUNTED_NOUNS})[在为]?$")  # (培训人数在100以上的得5分 / 学生成绩为0的扣1分)
_SCORE_LABEL = lazy_compile(r"(?:得分|分数|成绩)$")


def _ratio_beside_its_target(cases: list, otherwise: Outcome | None, scoring: list[Clause]) -> None:
    """培训合格率达到90%的得满分，未达到的按实际培训人数/计划培训人数×分值计分: the ratio to a target scores what
    falls short of a level that is not that target — read as 培训合格率/目标值, the rate taken for the count. Only
    beside the target itself (达到计划数的记满分，未达到的按实际上线数/计划数×分值) are the two one measure."""
    if not isinstance(otherwise, Scaled) or otherwise.high != TARGET or otherwise.inverse or not cases:
        return
    if any(TARGET in condition.interval.bounds() for condition, _, _ in cases):
        return
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
_COUNT_TO_REACH = lazy_compile(r"(?:完成|开展|培训|新增|建成|举办)[\u4e00-\u9fff]{0,2}$")


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
    most 1, some between 0 and 1) is 90%, not 0.9%."""
    bare = [value for condition, _, _ in cases for value in condition.bare_numbers()]
    if not bare or not all(0 <= value <= 1 for value in bare) or not any(0 < value < 1 for value in bare):
        return cases
    return [(replace(condition, bare=(False, False)), outcome, clause) for condition, outcome, clause in cases]


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
FORMULA_MAX = lazy_compile(r"(?:最高(?:分)?(?:为|得|可得|不超过|不高于)?|最多(?:得|可得))\d+(?:\.\d+)?分")
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
    band = _one_band_reached(cases)
    if band is not None and not below and (clause.otherwise and counted_level(band[0], cases, clause)
                                           or _FALLING_SHORT.match(clause.text)):
        # 查处案件10例以上；否则按完成比例得分: the count done of the 10 required / 新增就业人数达到500人得满分，未达到的
        # 按比例得分: short of the level, as 低于500人的按比例得分 (人数/500)
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
            if any(_holds(item[0], middle) for item in result):
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


def _holds(interval: Interval, value: Decimal) -> bool:
    low, high = interval.low, interval.high
    if interval.magnitude or not isinstance(low, (Decimal, type(None))) or not isinstance(high, (Decimal, type(None))):
        return False
    return (low is None or value > low or (value == low and interval.low_inclusive)) and (
        high is None or value < high or (value == high and interval.high_inclusive))


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
    return [(closed.get(id(item), item[0]), item[1], item[2]) for item in intervals]


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
    where both bands mark it, the band written first."""
    result = list(intervals)
    for later_index, (later, outcome, clause) in enumerate(result):
        if later.magnitude:
            continue
        for earlier_index, (earlier, earlier_outcome, earlier_clause) in enumerate(result[:later_index]):
            if earlier.magnitude:
                continue
            if later.high_inclusive and isinstance(later.high, Decimal) and later.low != later.high and _holds(earlier, later.high):
                # 5%以上不得分；3%-5%(含)得2分: the later band's written mark, not the order, gives the point
                opened = yielded_by_convention(earlier, earlier_clause, clause, later.high)
                if opened is None:
                    later = replace(later, high_inclusive=False)
                else:
                    result[earlier_index] = earlier, _, _ = (opened, earlier_outcome, earlier_clause)
            if later.low_inclusive and isinstance(later.low, Decimal) and _holds(earlier, later.low):
                # 0-10%(含)得2分；预算调整率=0得3分: a point written after a range ending there is its own
                opened = yielded_by_convention(earlier, earlier_clause, clause, later.low) \
                    or yielded_upward(earlier, earlier_clause, later, clause)
                if opened is not None:
                    result[earlier_index] = earlier, _, _ = (opened, earlier_outcome, earlier_clause)
                elif later.low != later.high:
                    later = replace(later, low_inclusive=False)
        result[later_index] = (later, outcome, clause)
    return result


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


def _as_share_of_target(bound: object) -> Decimal | None:
    """目标值 / 目标值的80%: the bound as a share of the target, where it is one (no shift); 0 is none of it."""
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
    for interval, _, clause in intervals:
        low, high = (_as_share_of_target(bound) for bound in interval.bounds())
        if (low is None and interval.low is not None) or (high is None and interval.high is not None):
            return  # 目标值加5天: an amount off the target, which cannot be ordered without it
        low = -infinity if low is None else low
        high = infinity if high is None else high
        if low > high or low == high and not (interval.low_inclusive and interval.high_inclusive):
            raise Unplaced(clause, "分档的下限大于上限")
        if -infinity < low < 0:
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


def _outcome(clause: Clause, label: str) -> Outcome:
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
    return _scaled(clause, value, label)


def _scaled(clause: Clause, source: str, label: str) -> Outcome:
    """得分=完成率×5分 / 实际值/95%×分值 / (实际完成率-60%)/(1-60%)×指标分值 / 指标值/完成值×分值."""
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
    shape = _linear(tree, label, beside_level=clause.otherwise)  # (未达到的按…: the other side of the plan reached)
    if shape is None and not cap:
        line = _affine(tree, label)
        if line is not None:
            return line
    if shape is None:
        raise BareFormula(clause, source, tree)
    if cap:
        if shape.inverse or shape.high != Decimal(cap.group(1)) / 100:
            raise Unplaced(cap.group(), "计分公式的封顶值与公式的基准不一致")
        shape = replace(shape, capped=True)
    return shape


# 完成率(超过100%以100%计算)×20: the measure counts at most 100%
_MEASURE_CAP = lazy_compile(r"\((?:[\u4e00-\u9fff]{0,12}?)超过(\d+(?:\.\d+)?)%(?:的)?(?:部分)?(?:以|按)\1%计(?:算)?\)")


class BareFormula(Exception):
    """A formula that is not a scaled measure: read as a whole-rule formula (DOMAIN kind 9)."""

    def __init__(self, clause: Clause, source: str, tree: FNode) -> None:
        self.clause, self.source, self.tree = clause, source, tree
        super().__init__(source)


def _divides_by_zero(node: FNode) -> bool:
    node = _strip(node)
    if isinstance(node, FBin):
        if node.op in ("/", "÷") and isinstance(_strip(node.right), FNum) and _strip(node.right).value == 0:  # type: ignore[union-attr]
            return True
        return _divides_by_zero(node.left) or _divides_by_zero(node.right)
    return False


def _is_measure(node: FNode, label: str) -> bool:
    return isinstance(node, FName) and (node.name == label or node.name in MEASURE_NAMES or is_rate_label(node.name))


def _actual_of(node: FNode) -> bool:
    """实际人均成本 / 实际支出: the actual value of the one thing measured, named (no target, plan or budget)."""
    return isinstance(node, FName) and node.name.startswith("实际") and not re.search(r"目标|计划|预算|标准|上年|平均|应", node.name)


def _points(node: FNode) -> Decimal | None | bool:
    """分值 → None; a number → that number; anything else → False."""
    if isinstance(node, FName) and node.name in ("分值", "满分", "该指标分值", "指标分值", "权重", "该项分值", "满分值"):
        return None
    if isinstance(node, FNum) and not node.shown.endswith("%"):
        return node.value
    return False


def _strip(node: FNode) -> FNode:
    while isinstance(node, FGroup):
        node = node.inner
    return node


def _rate(node: FNode) -> Decimal | None:
    node = _strip(node)
    if isinstance(node, FNum):
        return node.value
    if isinstance(node, FBin) and node.op == "-":
        left, right = _rate(node.left), _rate(node.right)
        if left is not None and right is not None:
            return left - right
    return None


def _share(tree: FNode) -> Share | None:
    """分值×80%: a fixed share of the 分值, at most all of it."""
    node = _strip(tree)
    if not isinstance(node, FBin) or node.op not in ("×", "*"):
        return None
    for share_node, points_node in ((node.left, node.right), (node.right, node.left)):
        fraction = _rate(_strip(share_node))
        if _points(_strip(points_node)) is None and fraction is not None and 0 <= fraction <= 1:
            return Share(fraction)
    return None


def _target_named(name: str, beside_level: bool) -> bool:
    """目标值 / 计划数, or beside the level compared with it a reference the target is entered for (不超过批复标准得满分；
    超过的，按批复标准/实际单方投资×分值: the approved standard is the target, as in the level)."""
    return name in TARGET_NAMES or (beside_level and name in BASE_REFS)


def _linear(tree: FNode, label: str, beside_level: bool = False) -> Scaled | None:
    node = _strip(tree)
    if not isinstance(node, FBin) or node.op not in ("×", "*"):
        return None
    for factor, points_node in ((node.left, node.right), (node.right, node.left)):
        points = _points(_strip(points_node))
        if points is False:
            continue
        factor = _strip(factor)
        if _is_measure(factor, label):
            return Scaled(Decimal(0), ONE, points)  # type: ignore[arg-type]
        if isinstance(factor, FBin) and factor.op in ("/", "÷"):
            top, bottom = _strip(factor.left), _strip(factor.right)
            if isinstance(top, FName) and isinstance(bottom, FName) and (names_own_target(top.name, bottom.name) or (
                    beside_level and names_actual_and_plan(top.name, bottom.name))):
                return Scaled(Decimal(0), TARGET, points)  # type: ignore[arg-type]  # 投资额/投资额目标任务×50
            if _is_measure(top, label) or (beside_level and _actual_of(top)):  # 实际户均增收/1500×分值: the actual, named, over its level
                if isinstance(bottom, FName) and _target_named(bottom.name, beside_level):
                    return Scaled(Decimal(0), TARGET, points)  # type: ignore[arg-type]  # 完成率/目标值×5分
                level = _rate(bottom)
                if level is not None and level > 0:
                    return Scaled(Decimal(0), level, points)  # type: ignore[arg-type]
            if _is_measure(bottom, label) or _actual_of(bottom):
                # 500/实际人均成本×分值 / 目标值/实际值×分值: a cost or a time over its limit, the limit over the actual
                if isinstance(top, FName) and _target_named(top.name, beside_level):
                    return Scaled(Decimal(0), TARGET, points, inverse=True)  # type: ignore[arg-type]
                level = _rate(top)
                if level is not None and level > 0:
                    return Scaled(Decimal(0), level, points, inverse=True)  # type: ignore[arg-type]
            if isinstance(top, FBin) and top.op == "-" and _is_measure(_strip(top.left), label):
                low = _rate(top.right)
                span = _rate(bottom)
                if low is not None and span is not None and span > 0:
                    return Scaled(low, low + span, points)  # type: ignore[arg-type]
            if isinstance(top, FBin) and top.op == "-" and _is_measure(_strip(top.right), label):
                high, span = _rate(top.left), _rate(bottom)  # (50-实际值)/(50-25)×6分: the line falling (falling_line.py)
                if high is not None and span is not None and 0 < span <= high:
                    return Scaled(high - span, high, points, falling=True)  # type: ignore[arg-type]
    return None


def _affine(tree: FNode, label: str) -> Affine | None:
    """70×实际达标率-63 / 实际达标率×70-63: a number of points per unit of the measure, less (or plus) a number."""
    node = _strip(tree)
    if not isinstance(node, FBin) or node.op not in ("-", "+"):
        return None
    product, constant = _strip(node.left), _strip(node.right)
    if not isinstance(constant, FNum) or constant.shown.endswith("%") or not isinstance(product, FBin) or product.op not in ("×", "*"):
        return None
    for factor, measure in ((product.left, product.right), (product.right, product.left)):
        factor, measure = _strip(factor), _strip(measure)
        if isinstance(factor, FNum) and not factor.shown.endswith("%") and factor.value > 0 and _is_measure(measure, label):
            return Affine(factor.value, constant.value if node.op == "+" else -constant.value)
    return None


COMPOSERS: list[Composer] = [compose_external_score,  # 按…评分为准: the score is another assessment's, whatever else is said
                             compose_each_award,  # 各得N分 is read (or refused) before any reading of one point
                             compose_unmet_counts,  # 1项不达标得3分 after 全部达标得5分: bands of the points unmet
                             compose_two_requirements, compose_ranks, compose_deduction_range, compose_tiers, compose_met_or_manual, compose_manual, compose_per_unit, compose_award_kinds, compose_counted_awards, compose_each_point,
                             compose_on_time_only,  # 按期完成得满分，逾期不得分: days late, before a 评价要点 or grades
                             compose_checklist, compose_counted_alternatives, compose_waived, compose_fault_kinds, compose_item_deductions, compose_requirements, compose_choice, compose_items, compose_target, compose_judged,
             compose_described_failure,  # (its failure said over several clauses before 扣N分: a point met or not)
             compose_over_target,  # 每超目标任务引进1个项目加2分: units beyond the target, not every unit done
             compose_best_as_full,  # 以减排量最大的设区市为满分，其余按…比率得分: the best's amount is the target
             compose_band_requirement,  # …超过80%、70%，且运行管护效果良好，分别得6分、4分: a state each band needs as well
             compose_full_amount,  # 全额征收上交记15分。降低比例的按比例记分: 100% of the amount due, else its share
             compose_growth_bonus,  # 比上年每增长1个百分点加0.5分，最高30分: additions from no growth
             compose_bonus_on_top,  # …得1分；…有正面批示的，一个加1分，最多加2分: a rule, then capped additions on top
             compose_bonus_list]  # 受…表彰的加10分，受…表彰的加5分(，只取最高一档): additions each once
