"""Manual scoring with no method to compute: discretion (酌情), tiers of points the evaluator judges within, a
range of deduction, met-or-judged rules.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ..text.lexicon import COUNT_UNITS
from .clauses import Clause, Condition, named_situation, own_situation
from .discretion import DeductionRange, MetOrDiscretion, Tier, Tiered
from .fault_units import PER_OCCURRENCE
from .model import Checklist, GradeMap, Manual, Scorer, marker
from .piecewise import Entered, Piecewise
from .errors import Unplaced
from ..text.lazy_regex import lazy_compile
from .clause_words import _only_kinds, _option_label
from .piecewise_reading import _just_before, _no_unread, _scale, compose_piecewise
from .choices import _UNMET_OPTION, _negates_option, _one_choice, compose_choice


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
            or remark.occurrence is not None or any(t.kind not in ("WORD", "EXCEPT", "AND", "DE", "MANUAL", "STEPV") for t in remark.tokens):  # (提高不明显的: words)
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
    for index, (name, condition) in enumerate(zip(names, conditions)):
        interval = _scale(condition, "%")  # 100-80%: the unit applies to both ends
        assert isinstance(interval.high, Decimal)
        low, high_inclusive = interval.low, interval.high_inclusive
        if low is None:
            # 成效一般的，得60%-80%；成效较差的，得60%以下: the lowest tier runs from 0; the end it shares with the tier
            # above belongs to that tier when it starts there (its 60% included), so the lowest stops short of it
            if index != len(conditions) - 1 or not tiers:
                raise Unplaced(clause, "只写了上限的档次（如“60%以下”）只能是最低一档")
            low, high_inclusive = Decimal(0), not (tiers[-1].low == interval.high and tiers[-1].low_inclusive)
        if high_inclusive is False and interval.high == 1:
            high_inclusive = True  # 得该项分值的80%-100%: the whole 分值 is the top tier's, there is none above it
        assert isinstance(low, Decimal)
        tiers.append(Tier(name.strip(), low, interval.high, interval.low_inclusive or low == 0, high_inclusive))
    if tiers[0].high != 1 or tiers[-1].low != 0 or any(
        upper.low != lower.high or upper.low_inclusive == lower.high_inclusive for upper, lower in zip(tiers, tiers[1:])
    ):
        raise Unplaced(clause, "各档区间应从分值的100%依次衔接到0，不能有空档或重叠", certain=True)
    return Tiered(tuple(tiers), of_full=True)


def _situation_of_tier(tier: Clause, context: list[Clause]) -> str:
    """达成年度指标的按100%-80%（含）记分 / 达成年度指标的，按分值的100%-80%（含）计分: the situation a tier is for, in its
    own clause or in the clause just before it; "" when none is written."""
    own = _TIER_SITUATION.match(tier.text)
    if own is not None:
        return own.group(1)
    before = next((c for c in context if 0 <= tier.start - c.end <= 1), None)
    return before.text.removesuffix("的") if before is not None and before.text.endswith("的") else ""


_TIER_SITUATION = lazy_compile(r"^([\u4e00-\u9fff]{1,30}?)的(?:按|得)")  # (差的按60%-0%计分)


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
        # (规范(10分)、较规范(7-9分): the 、 running the tiers together is no part of the next one's name)
        name = _option_label(clause).removeprefix("、") or marker(len(tiers))
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


def _heading_only(clause: Clause, text: str) -> bool:
    """部门整体绩效(10分): …综合评定: the indicator's name and points before its colon, no requirement met (once read as
    ①符合要求的得10分, the evaluator's whole judgement turned into a point ticked)."""
    kinds = [t.kind for t in clause.tokens]
    return kinds[-3:] == ["OPEN", "PTS", "CLOSE"] and set(kinds[:-3]) <= {"WORD"} and text[clause.end:clause.end + 1] == ":"


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
            and not _heading_only(clause, text)
        ):
            awards.append([clause.outcome[1], False])
        else:
            return None
    if not awards or not all(has_fallback for _, has_fallback in awards) or len(awards) > 1 and None in (p for p, _ in awards):
        return None  # (满分 is the points of a requirement that is the whole indicator)
    if fallback is not None and fallback[1] >= awards[0][0]:
        raise Unplaced(scoring[-1], "不符合时的得分范围不应达到符合时的得分")
    return MetOrDiscretion(tuple(points for points, _ in awards), fallback)
