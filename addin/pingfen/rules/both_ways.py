"""Steps both ways around one level, and the limits said of them together.

``完成得基本分10分,多完成1%加1分,少完成1%扣1分,以此类推,加扣分均不突破基本分`` / ``达到100%得满分,每超1个百分点加1分,
每低1个百分点扣1分。加分和扣分均以基本分为限`` / ``加分或减分最高为1分`` / ``本项最多加减10分``: the points added above
the level and the points deducted below it are one ``Piecewise`` (a band from the level that adds, ``Bonus``; the
rest deducted, ``Deduction``). A limit said of both at once (加分和扣分均…) binds each of them: the points added
stop at the limit, and so do the points deducted. Only one of the two ever applies (the measure lies on one side
of the level), so 均 / 各 / or nothing at all says the same. The limit is the 基本分 (the band's points, the 分值
when it is 满分) or a number of points.

This module turns such a clause into the two limits the reader already reads — ``加分至基本分值为止`` beside
``扣完为止``, or ``最多加N分`` beside ``最多扣N分`` — which then bind the ``Bonus`` and the ``Deduction`` as if
written apart. A limit that does not say which of the two it bounds (``以基本分为限`` alone after both steps) is
refused naming it, as is a limit cut off (``加分和扣分均``).

``以此类推`` after a step (少完成1%扣1分,以此类推) only says the step goes on as written: it is no method of its
own there, and is left out; after bands (90%得9分,80%得8分,以此类推) it stays refused (which bands, scoring what?).

The same family, read by the pieces below: ``每超控制目标1人扣2分,每少死亡1人加2分`` (steps both ways from the target
with no band: the target scores in full, ``implied_start``; ``加分不封顶`` says the additions have no limit); an item
scored by additions alone (``不少于4次加2分,每增加1次加1分``, ``added_as_base``); ``超额完成或未完成…按比例相应增减``
beside both steps (they count in proportion); ``扣分至基本分值最多扣4分`` (at most 4 deducted); and a target stated as a
rate (``…确定的增长8%的目标,达目标的计满分…每超目标两个百分点加1分``, ``stated_goal``: read as 以8%为目标).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from ..text.lexicon import Token
from .clauses import Clause
from .errors import Unplaced

# 加分和扣分 / 加扣分 / 加分或减分 / 扣分、加分 / 加减分 / 增减分: both the points added and the points deducted
_BOTH = (r"(?:本项|该项|本指标|该指标)?(?:加分(?:和|与|及|或|、|/)?(?:扣分|减分)|加(?:和|与|及|或|、|/)?(?:扣|减)分|(?:扣分|减分)(?:和|与|及|或|、|/)?加分"
         r"|扣加分|减加分|增减分|加分扣分)")
_EACH = r"(?:均|各|都|皆|分别|也均|均各)?"
_BASE = r"(?:该项|本项|本指标|该指标)?基本分值?"
# …以基本分为限 / 不突破基本分 / 不超过基本分值 / 至基本分值为止
_AT_BASE = (rf"(?:以{_BASE}为(?:限|上限|最高限)|(?:最多|最高)?(?:不突破|不得突破|不超过|不得超过|不超出|不能超过|不高于){_BASE}"
            rf"|(?:至|到){_BASE}(?:为止|封顶))")
_POINTS = r"(?P<points>\d+(?:\.\d+)?)分"
# …最高为1分 / 不超过5分 / 以5分为限 / 最多5分
_AT_POINTS = (rf"(?:(?:最多|最高)(?:为|不超过|不得超过)?|不超过|不得超过|不超出|以){_POINTS}(?:为限|封顶)?")
JOINT = lazy_compile(rf"{_BOTH}{_EACH}(?:(?P<base>{_AT_BASE})|{_AT_POINTS})")
# 本项最多加减10分 / 最高加扣5分: the limit before the two verbs
JOINT_BEFORE = lazy_compile(rf"(?:本项|该项|本指标|该指标)?{_EACH}(?:最多|最高)(?:可)?(?:加减|加扣|增减|扣加|减加){_POINTS}")
# 加分和扣分均 / 加扣分均不: a joint limit cut off before it says how far
_CUT = lazy_compile(rf"{_BOTH}{_EACH}(?:以|不|至|最多|最高)?")
# 以基本分为限 / 均不突破基本分 / 最多5分, said after both steps without saying of which
_BARE = lazy_compile(rf"{_EACH}(?:(?:{_AT_BASE})|(?:(?:最多|最高)(?:为)?|以)\d+(?:\.\d+)?分(?:为限)?)")
_ETC = lazy_compile(r"[以依]此类推|依次类推|以次类推")
# …每超过1%加1分,最高20分 / 最高为20分 / 最高得20分: said right after the step adding points, the highest score
# (base and additions together, as 20分为上限 is: piecewise_reading._bonus_limit refuses it at or below the base)
_SCORE_CEILING = lazy_compile(r"(?:则)?最高(?:为|得|可得)?(?P<points>\d+(?:\.\d+)?)分")
# 以下所有扣分以扣完该项基本分值为止: every deduction at most the item's points (扣完为止), said of all of them
_ALL_DEDUCTIONS = lazy_compile(r"(?:以下|本项|该项|本指标|该指标)?(?:所有|全部|各项)?(?:扣分|减分)(?:均|都|一律)?以?")
# 扣分至基本分值最多扣4分: the deductions, taken from the 基本分, at most 4 points (扣分至基本分值扣完为止 with a number)
_DEDUCTIONS_AT_MOST = lazy_compile(r"(?:扣分|减分)(?:至|从)?(?:该项|本项)?基本分值?中?(?:最多扣|最高扣|最多扣除|最多减)(?P<points>\d+(?:\.\d+)?)分")
# 控制目标考核加分不封项 (不封顶 as the page prints it): the points added have no limit
_NO_LIMIT = lazy_compile(r"[\u4e00-\u9fff]{0,10}?加分(?:均|都)?(?:上不封顶|不封顶|不封项|不设上限)")


def _cap_clause(clause: Clause, cap: tuple[str, Decimal | None], verb: str) -> Clause:
    """The clause read as one of its two limits (tokens the reader knows for it, so nothing is left unread)."""
    token = Token("CAP", verb, clause.start, clause.end, cap[0] if cap[0] in ("added", "added_base") else None)
    return replace(clause, tokens=[token], cap=cap, unread=[], clamp=False, outcome=None, condition=None, step=None,
                   per=None, added=None)


def split_joint_limits(scoring: list[Clause], context: list[Clause]) -> list[Clause]:
    """``scoring`` with each limit said of both the points added and deducted read as the two limits apart, a limit
    said of all deductions (以下所有扣分以扣完该项基本分值为止) read as 扣完为止; 加分不封顶 checked against the rest."""
    steps = [c for c in scoring if c.step is not None and (c.added is not None or c.per is not None)]
    both = any(c.added is not None for c in steps) and any(c.per is not None for c in steps)
    unlimited = next((c for c in scoring + context if _NO_LIMIT.fullmatch(c.text.strip(",;。 "))), None)
    if unlimited is not None and (not any(c.added is not None for c in steps) or any(
            c is not unlimited and (c.cap is not None and c.cap[0] in ("added", "added_base", "total") or c.clamp) for c in scoring)
            or any(JOINT.fullmatch(c.text) or JOINT_BEFORE.fullmatch(c.text) for c in scoring)):
        # 加分不封顶 beside 最多加5分 (or with no points added at all): which one holds?
        raise Unplaced(unlimited, "写了加分不封顶，但同时写了加分上限（或没有加分步长）", certain=True)
    result: list[Clause] = []
    for clause in scoring:
        text = clause.text.strip(",;。 ")
        if clause.cap == ("all", None) and [t.kind for t in clause.unread] == ["DEDUCT"] \
                and _ALL_DEDUCTIONS.fullmatch(text[: text.find(clause.tokens[-1].text)]) and clause.tokens[-1].kind == "CAP_ALL":
            result.append(_cap_clause(clause, ("all", None), "扣完为止"))  # 以下所有扣分以扣完该项基本分值为止
            continue
        if clause.cap is not None and clause.cap[0] == "points" and [t.kind for t in clause.unread] == ["DEDUCT"] \
                and _DEDUCTIONS_AT_MOST.fullmatch(text):
            result.append(_cap_clause(clause, clause.cap, "最多扣"))  # 扣分至基本分值最多扣4分
            continue
        if clause.outcome == ("both", None) and both and clause.condition is None:
            # 超额完成或未完成下达指标按比例相应增减,每超额完成任务10%加0.5分,每降低10%扣0.5分: the steps say the
            # proportion, and 按比例 that they count in proportion (not by whole steps)
            token = Token("POLICY", clause.text, clause.start, clause.end, "exact")
            result.append(replace(clause, outcome=None, policy="exact", tokens=[token], unread=[]))
            continue
        if clause is unlimited:
            continue  # the additions have no limit: as the steps read without one
        ceiling = _SCORE_CEILING.fullmatch(text)
        if ceiling is not None and result and result[-1].added is not None and result[-1].step is not None \
                and clause.condition is None and clause.step is None and any(
                    c is not clause and c.outcome is not None and c.outcome[0] == "points" and c.step is None for c in scoring):
            # (with no points written for the additions to start from, 最高5分 stays the words named)
            result.append(_cap_clause(clause, ("total", Decimal(ceiling.group("points"))), "最高"))
            continue
        found = JOINT.fullmatch(text) or JOINT_BEFORE.fullmatch(text)
        if found is None:
            if both and _CUT.fullmatch(text):
                raise Unplaced(clause, "加分和扣分的限额没有写完（评分标准可能被截断）", certain=True)
            if both and _BARE.fullmatch(text) and clause.cap is None and not clause.clamp:
                raise Unplaced(clause, "这一限额没有写明限的是加分还是扣分（如“加分和扣分均以基本分为限”）", certain=True)
            result.append(clause)
            continue
        if not both:  # 加分和扣分均以基本分为限 with one step unread: that step is named, as before
            result.append(clause)
            continue
        if found.groupdict().get("base"):
            result += [_cap_clause(clause, ("added_base", None), "加分至基本分值为止"), _cap_clause(clause, ("all", None), "扣完为止")]
        else:
            points = Decimal(found.group("points"))
            if points <= 0:
                raise Unplaced(clause, "加分和扣分的限额为0分，无从加扣", certain=True)
            result += [_cap_clause(clause, ("added", points), "最多加"), _cap_clause(clause, ("points", points), "最多扣")]
    return result


def implied_start(cases: list, otherwise: object, deductions: list, bonuses: list[Clause], base: Decimal | None) -> list:
    """每超控制目标1人扣2分,每少死亡1人加2分: steps both ways from the target and no band written — the target scores
    in full (as the deduction step alone reads it: 每超1人扣2分 from the 分值), or the points written before the steps
    (保持编制稳定的，得1.5分；每增加1名…加0.05分；每减少1名…扣0.1分), and the additions start there."""
    from .clauses import Condition
    from .piecewise import TARGET, Award, Interval

    if cases or otherwise is not None or len(deductions) != 1 or deductions[0][1] is not None or len(bonuses) != 1:
        return cases
    bonus, deduction = bonuses[0], deductions[0][0]
    if bonus.step is None or bonus.added is None or bonus.condition is not None or deduction.reference is not None \
            or bonus.reference is not None or {bonus.step[0], deduction.step[0]} != {"above", "below"}:  # type: ignore[index]
        return cases
    start = Interval(high=TARGET, high_inclusive=True) if bonus.step[0] == "below" else Interval(low=TARGET)
    return [(Condition(start, ""), Award(base), bonus)]


# 全面实现全市经济工作会议确定的增长8%的目标: the target the rule's 目标 then names, written as a rate
_STATED_GOAL = lazy_compile(r"[\u4e00-\u9fff]{0,30}?(?:确定|下达|提出|制定|明确)的(?:增长|增幅|达到|实现|完成)?"
                            r"(?P<number>\d+(?:\.\d+)?%)的(?:年度)?目标")


def stated_goal(scoring: list[Clause], context: list[Clause]) -> list[Clause]:
    """``全面实现…确定的增长8%的目标,达目标的计满分,不达目标不计分,每超目标两个百分点加1分``: the rate the 目标 is,
    read as 以8%为目标 (the standard the bands and steps at the target then take) when the clause says nothing else."""
    goal = next((c for c in context if _STATED_GOAL.fullmatch(c.text.strip(",;。 ")) and len(c.unread) == 1
                 and c.unread[0].kind == "NUM" and c.condition is None and c.outcome is None and c.step is None), None)
    if goal is None or not any(c.condition is not None and "target" in c.condition.interval.bounds() for c in scoring) \
            or any(c.reference is not None for c in scoring):
        return scoring
    number = goal.unread[0]
    return [replace(goal, reference=(number.value, number.unit), unread=[])] + scoring


def added_as_base(scoring: list[Clause]) -> list[Clause]:
    """``全年组织专题学习不少于4次加2分,每增加1次加1分``: an item scored by additions alone — the level reached adds its
    points (as 得2分 would give them: nothing else is awarded), and each step beyond it adds more. Read as the band
    ``不少于4次得2分`` beside the step; with any points awarded otherwise (得/计N分) 加2分 stays an addition on top."""
    reached = [c for c in scoring if c.outcome is not None and c.outcome[0] == "added" and c.step is None]
    steps = [c for c in scoring if c.added is not None and c.step is not None]
    if len(reached) != 1 or len(steps) != 1 or steps[0].step[0] != "above" or steps[0].condition is not None:  # type: ignore[index]
        return scoring
    band = reached[0]
    interval = band.condition.interval if band.condition is not None else None
    if interval is None or interval.low is None or interval.high is not None or interval.magnitude or band.start > steps[0].start \
            or any(c.outcome is not None and c is not band for c in scoring) or any(c.per is not None for c in scoring):
        return scoring
    limit = next((c for c in scoring if c.cap is not None and c.cap[0] in ("added", "added_base")), None)
    if limit is not None:  # 达到3次以上的加1分,每增加1次加0.5分,最多加3分: 3 in all, or 3 on top of the 1?
        raise Unplaced(limit, "加分上限没有写明是否包括达到起点时所加的分（全部加分最多几分，还是另加最多几分）", certain=True)
    return [replace(c, outcome=("points", c.outcome[1])) if c is band else c for c in scoring]  # type: ignore[index]


def continued_steps(read: list[Clause]) -> list[Clause]:
    """``read`` without a 以此类推 that only says the step just before it goes on (少完成1%扣1分,以此类推)."""
    kept: list[Clause] = []
    for index, clause in enumerate(read):
        before = kept[-1] if kept else None
        if _ETC.fullmatch(clause.text.strip(",;。 ")) and before is not None and before.step is not None \
                and (before.per is not None or before.added is not None) and not before.unread:
            continue
        kept.append(clause)
    return kept
