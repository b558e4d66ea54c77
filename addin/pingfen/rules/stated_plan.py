"""The plan's quantity said first, in a clause of its own, then the score by its completion:
``计划新建改建旅游厕所20座，完成率100%得2分，完成率≥80%得1分`` / ``完成水土流失综合治理面积12平方公里，完成率100%得3分；
…按完成率×3分计`` / ``年度任务不少于1200批次；完成任务得3分，每少50批次扣0.5分``.

The clause names a plan, a target or a task (计划…, 目标…, 任务…, 完成…) and a quantity in a unit of its own, and scores
nothing: it says what is to be done. The 完成率 the bands are written in is then the amount done over that quantity, and
a 完成任务 or the steps in the quantity's unit are taken from it — as ``标准为20座，占标准的比例≥100%得2分`` and
``以1200批次为标准`` say it. Read as that standard (the clause given the reference it names), so that the plan's number is
the one the score is computed from, not a second requirement dropped or an entered target that may differ from it.

Only where nothing else could be the base: one such clause, before every scoring clause, no standard written (以…为标准),
and the bands all of the 完成率 (a 合格率 or 满意度 is no completion of the plan) or the steps all in the plan's own unit.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from ..text.lexicon import COMPLETION_SHARE
from .clauses import SHARE_ANNOUNCED, Clause, Condition
from .piecewise import LATENESS_UNITS, TARGET, FromTarget, Interval

ONE = Decimal(1)

# 计划新建… / 年度目标 / 全年任务 / 完成水土流失综合治理面积… / 下达新建高标准农田任务… / 新建森林防火通道…: words that say
# what is planned or assigned (the period first, if any)
_PLANNED = lazy_compile(r"^(?:年度|全年|本年度?|当年|今年|年内)?(?:计划|目标|任务|完成|(?:上级)?下达|新建|新增|合同|指标值)"
                        # 健身步道新建任务为25公里: the work named, then its task (or plan, target) — the words end in it
                        r"|^[\u4e00-\u9fff]{2,12}?(?:任务|计划|目标)$"
                        # 应发放12000张: what is due to be done (应 and its verb), whose 发放率 is the share of it done
                        r"|^(?P<due>应(?P<verb>[\u4e00-\u9fff]{2})[\u4e00-\u9fff]{0,6})$")
# 未完成的 / 实际清淤量不足合同量的: the plan fallen short of, said in words between it and the score
_SHORT_OF_PLAN = lazy_compile(r"(?:实际[\u4e00-\u9fff]{0,8}?)?(?:未完成|未达到|没有完成|不足|少于|低于)"
                              r"(?:(?:计划|目标|任务|合同)[\u4e00-\u9fff]{0,4}?)?的?")
# 流感疫苗接种人数年度指标值≥8000人 / 接种人数目标值为8000人: the measure's target, named after the measure (a 自评表's
# 年度指标值 column put after the indicator's name) — its 完成率 the share of it reached
_MEASURE_TARGET = lazy_compile(r"^[\u4e00-\u9fff]{2,20}?(?:年度)?(?:目标值|指标值)$")
_RATE_NAMED = lazy_compile(r"[率度]")  # 合格率每低1%: the steps are a rate's, not a share of the plan
# 不少于 / ≥ / 为 / 达到: the quantity as a minimum or as itself (not 不超过: a ceiling is no amount to complete)
_AT_LEAST = frozenset({"不少于", "不低于", "≥", "为", "是", "达到", "=", "至少"})
# 完成率 / 任务完成率 / 计划完成率: the rate of the plan done (not 合格率, 满意度: a quality of what was done); 开工率 / 建成率:
# the planned works started or built, a share of the plan's count too (计划改造小区86个，开工率100%得5分)
_COMPLETION = lazy_compile(r"(?:完成|开工|建成)率(?:在|为)?$")  # (完成率在80%-100%之间的: 在 kept in the name)
# 年度任务完成率 / 计划完成率: a 完成率 of the plan by its generic name (not 污水处理厂建设完成率: another thing's)
_GENERIC_NAME = lazy_compile(r"^(?:年度|全年|本年度?|当年)?(?:任务|计划|目标)?$")


def _plan(clause: Clause) -> tuple[Decimal, str] | None:
    """The quantity a clause that only states a plan names, else None."""
    condition = clause.condition
    if condition is None or clause.has_outcome or clause.scoring or clause.step is not None or clause.unread \
            or clause.definition or clause.reference is not None or clause.occurrence is not None:
        return None
    unit = condition.unit
    if unit in ("", "%") or unit in LATENESS_UNITS:
        return None  # (a rate is its own level; 30日内 is a time the work is held to)
    tokens = clause.tokens
    if tokens[-1].kind != "NUM" or any(t.kind not in ("WORD", "REF", "CMP") for t in tokens[:-1]) \
            or any(t.kind == "CMP" and t.text not in _AT_LEAST for t in tokens[:-1]):
        return None
    interval = condition.interval
    if not _PLANNED.match(_words(clause)) or not isinstance(interval.low, Decimal) or interval.high not in (None, interval.low):
        return None
    return interval.low, unit


def stated_plan(scoring: list[Clause], context: list[Clause]) -> tuple[list[Clause], bool]:
    """``scoring`` with the plan's clause first as the standard it names (以20座为标准), and whether the bands are
    its 完成率 (the share of it done); ``scoring`` unchanged when the text is not this shape."""
    named = [c for c in scoring if c.reference is not None]
    if named:
        # 年度目标为20座，完成率100%得2分: the plan already read as the standard it names (以20座为标准) — only whether
        # the bands are its share is left to say
        standard = named[0]
        words = _words(standard)
        if len(named) > 1 or not (_PLANNED.match(words) or _MEASURE_TARGET.match(words)) \
                or standard.reference[1] in ("", "%"):  # type: ignore[index]
            return scoring, False
        rest = [_points_closing(c) for c in scoring if c is not standard]
        if _share_alone(rest):  # 年度目标新建充电桩50个，按实际完成比例计分（2分）: the share of the target done
            return [standard] + rest, True
        share = _completion_bands([c for c in scoring if c is not standard], words)
        if share:
            return _reached_as_share(scoring), share
        # 年度目标600人次，完成目标得满分，每少完成1%扣0.1分: no rate named, the % is of the target (as of a 计划 below) —
        # the steps said as the target not done (少完成) or against it (每比指标值少5%); a bare 每低于5% beside 目标值为
        # 12000人 names no base (5% of the 12000, or points of a rate never defined?) and stays refused
        rest = [c for c in scoring if c is not standard]
        return scoring, _steps_share_of_plan(rest) and all(_SHARE_SAID.search(c.text) for c in rest if c.step is not None)
    plans = [(c, quantity) for c in context if (quantity := _plan(c)) is not None]
    if len(plans) != 1:
        return scoring, False
    clause, (quantity, unit) = plans[0]
    if any(c.start < clause.start for c in scoring) or any(c.condition is not None for c in context if c is not clause):
        return scoring, False
    first = min(c.start for c in scoring)
    if any(clause.end <= c.start < first and not _SHORT_OF_PLAN.fullmatch(c.text) and not SHARE_ANNOUNCED.fullmatch(c.text)
           for c in context):
        # 应参训教师420人，无故缺训的，每缺1人: a situation between the plan and the score counts apart (not 实际清淤量不足
        # 合同量的, the plan fallen short of, said in words; nor 按完成比例得分, the method announced before its formula)
        return scoring, False
    levels = [c for c in scoring if c.condition is not None or c.step is not None]
    steps = [c.step for c in scoring if c.step is not None]
    if _completion_bands(scoring, _words(clause)):
        scoring, share = _reached_as_share(scoring), True  # 完成率100%得2分，完成率≥80%得1分: the share of the plan done
    elif _share_alone([_points_closing(c) for c in scoring]):
        scoring = [_points_closing(c) for c in scoring]
        share = True  # 计划新建健身路径30处，按完成比例计分: the points in proportion to the share of the plan done
    elif steps and all(step[2] == unit for step in steps) and all(
            c.condition is None or TARGET in c.condition.interval.bounds() for c in levels):
        share = False  # 完成任务得3分，每少50批次扣0.5分: the steps short of the plan, in its unit
    elif _steps_share_of_plan(scoring):
        share = True  # 计划1200户。完成计划的得3分；未完成的，每少完成1%扣0.3分: no rate named, the % is of the plan
    elif levels and not steps and all(c.condition is not None and TARGET in c.condition.interval.bounds() for c in levels):
        # 计划建设健身路径50处，完成计划的得6分，未完成的按完成比例计分 (或不得分): the plan done, or short of it
        share = False
    else:
        return scoring, False
    standard = replace(clause, reference=(quantity, unit), condition=None)
    return [standard] + scoring, share


# 每少完成1% / 实际完成值每比指标值少5% / 每低于目标5%: a step said of the plan done, or against the target itself
_SHARE_SAID = lazy_compile(r"完成|(?:比|较|低于|少于)(?:年度)?(?:目标值?|指标值|计划数?|任务数?)")


def _steps_share_of_plan(scoring: list[Clause]) -> bool:
    """完成计划的得3分；未完成的，每少完成1%扣0.3分: steps in % of no rate named, every level the plan reached — the % is
    a share of the plan (1% of 1200户 is 12户)."""
    levels = [c for c in scoring if c.condition is not None or c.step is not None]
    steps = [c.step for c in scoring if c.step is not None]
    # (…每少完成1%扣0.2分，完成率低于80%不得分: a floor of the plan's 完成率, the share the steps are of)
    floors = [c for c in levels if c.step is None and c.condition is not None and c.condition.unit == "%"
              and _COMPLETION.search(c.label or "") and c.condition.interval.low is None]
    return bool(steps) and all(step[2] == "%" for step in steps) \
        and not any(_RATE_NAMED.search(c.label or "") for c in levels if c not in floors) \
        and all(c.condition is None or TARGET in c.condition.interval.bounds() for c in levels if c not in floors)


def _share_alone(scoring: list[Clause]) -> bool:
    """按完成比例计分, the only scoring clause: no level, no 否则 — the share of the plan done, times the points. A
    clause that only holds the score to the 分值 (超额完成不加分 / 最高不超过分值) may stand beside it: the share is
    capped there anyway."""
    scoring = [c for c in scoring if not _held_to_full(c)]
    return len(scoring) == 1 and scoring[0].outcome == ("prop", None) and scoring[0].condition is None \
        and not scoring[0].otherwise and not scoring[0].unread \
        and any(t.kind == "PROP" and t.text in COMPLETION_SHARE for t in scoring[0].tokens)


def _held_to_full(clause: Clause) -> bool:
    """超额完成不加分 / 最高不超过分值: a clause of the clamp alone (no level, step, points or cap of its own)."""
    return clause.clamp and clause.outcome is None and clause.condition is None and clause.step is None \
        and clause.cap is None and not clause.unread and all(t.kind == "CLAMP" for t in clause.tokens)


def _points_closing(clause: Clause) -> Clause:
    """``按完成比例计分（3分）``: the rule's points in brackets closing the share, kept as its stated total (the share of
    the plan done times those points); any other clause unchanged."""
    tokens = clause.tokens
    if clause.outcome == ("prop", None) and [t.kind for t in tokens[-3:]] == ["OPEN", "PTS", "CLOSE"] \
            and clause.unread == [tokens[-2]] and clause.stated_total is None and clause.condition is None and not clause.otherwise:
        return replace(clause, unread=[], stated_total=tokens[-2].value)
    return clause


def plan_stated(clause: Clause) -> bool:
    """计划建设500张 / 新建森林防火通道12公里: a clause that only states the plan's quantity."""
    return _plan(clause) is not None


def rate_of_the_plan(clause: Clause, rate: str) -> bool:
    """计划新建健身步道25公里 … 完成率 / 应发放12000张 … 发放率: a clause that only states the plan's quantity, and a rate
    named as the share of it done."""
    return plan_stated(clause) and _of_the_plan(rate, _words(clause))


def _words(clause: Clause) -> str:
    return "".join(t.text for t in clause.tokens if t.kind in ("WORD", "REF"))


def _completion_bands(scoring: list[Clause], planned: str) -> bool:
    """完成率100%得2分，完成率≥80%得1分，低于80%不得分: every level (or step) in %, the first named the 完成率 of the plan
    (``planned``, its words) and the rest either so named or unnamed (the same measure, said once). Or the plan reached
    first, then shares of it said by the verb of doing it (年度目标任务480人。完成任务得4分；完成90%（含）以上的得3分；
    完成80%以下不得分): 完成90% is 90% of the task done, as 完成率90% is."""
    levels = [c for c in scoring if c.condition is not None or c.step is not None]
    if len(levels) > 1 and _plan_reached(levels[0]) and (_SHARE_DONE.match(levels[1].label) or _target_share(levels[1])):
        shares = levels[1:]
        return all(c.step is None or c.step[2] == "%" for c in shares) and all(
            c.condition is None or (c.condition.unit == "%" or _target_share(c))
            and bool(_SHARE_DONE.match(c.label) or _of_the_plan(c.label, planned) or _unnamed(c.label))
            for c in shares)
    return bool(levels) and _of_the_plan(levels[0].label, planned) \
        and all(c.step is None or c.step[2] == "%" for c in levels) \
        and all(c.condition is None or c.condition.unit == "%" and (_of_the_plan(c.label, planned) or _unnamed(c.label))
                for c in levels)


def _unnamed(label: str) -> bool:
    """A band with no measure named: nothing but its range (80%-90%之间得5分 after 完成率在90%-100%之间得8分: 之间 is the
    range's word, the same 完成率 said once)."""
    return label in ("", "之间")


# 完成90%以上 / 达到80%（含）-90% / 完成目标值90%以上: a share said by the verb of doing the plan (its noun left out, or the
# plan's own: 目标值 / 任务 / 计划, said before)
_SHARE_DONE = lazy_compile(r"^(?:完成|达到)(?:年度)?(?:任务|计划|目标|指标)?值?的?$")  # (完成目标的90%（含）以上)


def _reached_as_share(scoring: list[Clause]) -> list[Clause]:
    """The plan reached (完成任务得4分) as the share of it done that reaches it: 完成率≥100%; a share of the target
    (完成目标的90%(含)以上) as that share done: 完成率≥90%."""
    return [replace(c, condition=Condition(Interval(low=ONE), "%")) if _plan_reached(c)
            else replace(c, condition=Condition(replace(c.condition.interval, low=c.condition.interval.low.factor), "%"))  # type: ignore[union-attr]
            if _target_share(c) else c for c in scoring]


def _target_share(clause: Clause) -> bool:
    """完成目标的90%(含)以上: a level that is a share of the target (its factor), nothing above it."""
    condition = clause.condition
    return condition is not None and isinstance(condition.interval.low, FromTarget) and not condition.interval.low.shift \
        and condition.interval.low.factor < ONE and condition.interval.high is None and not clause.label


# 实际完成≥目标值 / 完成值达到目标值: the amount done named as such (no measure of its own), the plan reached
_AMOUNT_DONE = lazy_compile(r"(?:实际)?完成(?:值|数|量)?|实际值")


def _plan_reached(clause: Clause) -> bool:
    """完成任务得4分 / 完成目标得3分 / 实际完成≥目标值得3分: the plan itself reached — its level the target, no measure named
    (or only the amount done), nothing above it."""
    condition = clause.condition
    return condition is not None and (not clause.label or bool(_AMOUNT_DONE.fullmatch(clause.label))) \
        and condition.unit == "" and condition.interval.low == TARGET \
        and condition.interval.low_inclusive and condition.interval.high is None


def _of_the_plan(label: str, planned: str) -> bool:
    """完成率 / 任务完成率 / 治理面积完成率 after 完成水土流失综合治理面积12平方公里: the rate named generically or by words
    of the plan (污水处理厂建设完成率 after 完成污水管网建设20公里 is the completion of another work)."""
    due = _PLANNED.match(planned)
    if due is not None and due.group("due"):
        # 应发放12000张 … 发放率 / 应接种儿童1500人 … 接种率: the share of what was due, done
        return label.removesuffix("在").removesuffix("为") == f"{due.group('verb')}率"
    found = _COMPLETION.search(label)
    if found is None:
        return False
    named = label[: found.start()]
    return bool(_GENERIC_NAME.match(named)) or named in planned


# 计划改造28个片区: a plan's count with the thing counted named after it (plan_noun.py moves it before the count when the
# steps count the same thing)
_PLAN_COUNT_NAMED = lazy_compile(r"^(?:年度|全年|本年度?)?(?:计划|目标|任务)[\u4e00-\u9fff]{0,6}?\d+(?:\.\d+)?"
                                 r"(?P<unit>个|座|处|所|家|条|户|套|栋|辆|台|项|场|次|期|人)(?P<thing>[\u4e00-\u9fff]{2,6})$")
_SHORT = lazy_compile(r"少|缺|差")


def plan_of_another_thing(clause: Clause, what: str, unit: str) -> str | None:
    """计划改造28个片区 beside 每少完成1个小区扣0.3分: the plan counts 片区, the steps short of it 小区 — in the same measure
    word, yet another thing (a 片区 holds many 小区), so how far short of the plan a count of 小区 is cannot be said. The
    thing the plan counts, when ``clause`` states such a plan and the fault ``what`` (counted in ``unit``) is a shortfall
    of something else; else None."""
    planned = _PLAN_COUNT_NAMED.fullmatch(clause.text)
    if planned is None or planned.group("unit") != unit or not _SHORT.search(what) or planned.group("thing") in what:
        return None
    return planned.group("thing")
