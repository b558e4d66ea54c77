"""The points of a criterion's heading as its 满分: ``1、项目4分,全年新增低于5个项目本项不计分`` — the rest says only when
nothing is scored (否则得满分), and the heading (项目4分) says how much the rest is worth. The heading's points take the
place of 满分 in the rest's reading, so that the number is used (and 校验 compares it with the indicator's 分值).

Only bands that award 满分, a share of the 分值 or nothing (or, beside 满分, points of their own below the heading's),
a lone formula × 分值 (得分=资金到位率×分值。分值2分), and steps, 评价要点 and counted faults deducted from 满分, are
filled; any other outcome (a formula beside points, points of their own) is the rest's own reading, which the heading
must then match as it stands. The same holds for the points written after the rule in brackets (…每缺一项扣0.75分。(1分)).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ..text.lazy_regex import lazy_compile

from .fault_kinds import FaultKinds
from .formula import full_multiplied, points_multiplied
from .model import Checklist, Formula, ItemFailures, Scorer, TargetDefault
from .piecewise import Award, Bonus, Deduction, Minus, Piecewise, Scaled, Share


def filled_by_heading(scorer: Scorer, points: Decimal, named: str = "", said_after: bool = False) -> Scorer | None:
    """The rest's reading with the heading's points for its 满分, or None when it awards anything else. Deductions are
    taken from the points when each is counted (每缺一项扣0.75分。(1分) / …制度(2分)。未落实的每项扣1分); a single fault
    under a heading that names a requirement with its points (制定年度工作方案(3分);未制定方案的,扣2分) leaves unsaid what
    the rest of them scores. ``named`` is the heading's own words, when it has any: what the one 评价要点 it fills
    is named by. ``said_after``: the points are the total said after the rule (…。分值2分 / 共4分), which a lone formula
    × 分值 and shares of the 分值 are of too (a heading's points before a formula may be a part's: 加附加分15分;…按照比例加附加分)."""
    if isinstance(scorer, FaultKinds) and scorer.award is None and not any(fault.once for fault in scorer.faults):
        return replace(scorer, award=("", points))
    if scorer.kind == "fault_ranges" and scorer.base is None:  # type: ignore[attr-defined]
        # 执法检查(6分)。无检查计划扣1分;完成率达不到100%扣0.1-1分 (its 规范写法 满分为6分；…): the faults, fixed and
        # ranged, are taken from the heading's points
        return replace(scorer, base=points)  # type: ignore[type-var]
    if isinstance(scorer, Checklist) and scorer.base is None and scorer.per_fail is not None and not scorer.points:
        return replace(scorer, base=points)
    if isinstance(scorer, Checklist) and scorer.each is not None and scorer.count is None and points > 0 \
            and points % scorer.each == 0:
        # 森林防火工作(4分)评价要点:①…；④…。每一要点1分: as many points as the heading's points make at each one's
        return replace(scorer, count=int(points / scorer.each))
    if isinstance(scorer, Checklist) and scorer.equal and scorer.count == 1:
        # 制定实施方案(3分)：有的得满分，没有的不得分: the heading's requirement, met or not — named as the heading says
        # (建立台账(5分),未建立台账不得分 printed ①（5分）, a point with no name to tick)
        return Checklist(points=(points,), requirements=_point_named(named, scorer.requirements))
    # (社保待遇发放及时性(6分):每月10日前足额发放的得满分，全年每出现1个月延迟发放扣1分: the requirement earns the 满分,
    # the heading's points)
    if isinstance(scorer, ItemFailures) and scorer.base is None and scorer.per is not None \
            and points and (scorer.cap is None or scorer.cap <= points):
        return replace(scorer, base=points)  # 每有一户未达标扣2分，共计10分 / 名录库维护(10)。每发现一处差异扣1分 (扣完20分为止 under (6分): whose cap?)
    if scorer.kind == "unit_shares" and scorer.total is None and points % scorer.per == 0 \
            and scorer.count in (None, points / scorer.per):  # type: ignore[attr-defined]
        # 各签约服务站点服务人次完成情况(6分)：按站点分别考核，每个站点…得2分: the units' points added make the heading's
        return replace(scorer, total=points)  # type: ignore[type-var]
    if isinstance(scorer, Formula):
        return _formula_under(scorer, points, said_after)
    if isinstance(scorer, TargetDefault):
        # 优抚对象覆盖人数(10分):实际完成值/指标值×10 / 强检数量(8分):…未完成按实际/目标×分值: the 单位自评 default scores
        # the 分值 in full, which the item's name in brackets says (as 分值10分 said after it does) — when the ratio
        # multiplies those points or the 分值 itself (×10 under (8分) is no one 分值)
        return replace(scorer, printed_points=points) \
            if said_after and scorer.method_said and scorer.printed_points in (None, points) else None
    if not isinstance(scorer, Piecewise) or scorer.gate is not None or scorer.elements is not None:
        return None
    outcomes = [outcome for _, outcome in scorer.cases] + [scorer.otherwise]
    if said_after and not scorer.cases and isinstance(scorer.otherwise, Scaled) and scorer.otherwise.points is None:
        return replace(scorer, otherwise=replace(scorer.otherwise, points=points))  # 得分=到位率×分值。分值2分
    # 機插秧面積10分。完成鎮交機插秧面積的得基本分,完不成的按比例計分: the share of the 满分 short of the target
    shares = [outcome for outcome in outcomes if isinstance(outcome, Scaled)]
    # 出勤率(50分):100%得满分;95%-100%得40分: a band's points of its own below the heading's, beside a 满分 they name
    lower = any(isinstance(outcome, Award) and outcome.points is None for _, outcome in scorer.cases)
    # (定期召开…会议。(3分)…全年少于2次的,扣3分: a fixed deduction is taken from the heading's points)
    if not all((isinstance(outcome, Award) and (outcome.points in (None, Decimal(0)) or lower and outcome.points < points))
               or ((said_after or lower) and isinstance(outcome, Share))  # (90%-100%得该项分值的80%: of the points said
               # after; under a heading, only beside a band of 满分 — 满意度(5分):≥90%得满分;80%-90%得满分的60%: one 满分)
               or (isinstance(outcome, Deduction) and outcome.base is None)
               or (isinstance(outcome, Minus) and outcome.points <= points)  # (never more than the heading gives: 0分 … 扣5分)
               # (a band's 按完成率×分值计分 with the 分值 said after the rule: 达到60%以上的按完成率×分值计分…。(4分))
               or (isinstance(outcome, Scaled) and outcome.points is None and (outcome is scorer.otherwise or said_after))
               # (知晓率达到90%及以上得满分；低于90%的，按知晓率/90%×3计分 under (3分): the share's own points are the
               # heading's, so the 满分 beside it is them too)
               or (isinstance(outcome, Scaled) and outcome.points == points and lower)
               # (服务站点建设数量(4分):…完成目标得4分;未完成的按实际完成数/目标数×分值计分: the band's points are the item's
               # own, said in its title, so the 分值 the share multiplies is them too)
               or (isinstance(outcome, Award) and outcome.points == points and said_after and shares)
               or (isinstance(outcome, Bonus) and outcome.base is None and not outcome.cap_at_base)
               # (成果转化收入(4分):…达到500万元得满分;…介于100万元至500万元之间的,得分=(实际金额-100)/(500-100)×4: a band's
               # formula of the measure reaching the heading's points at its end, so the 满分 beside it is them too)
               or (type(outcome).__name__ == "Curve" and outcome.implied_max() == points and lower) for outcome in outcomes) \
            or not any(getattr(outcome, "points", 0) is None or isinstance(outcome, (Deduction, Share))
                       or isinstance(outcome, Bonus) for outcome in outcomes) \
            or shares and not said_after and not any((isinstance(outcome, Award) and outcome.points is None)
                                  or (isinstance(outcome, Bonus) and outcome.base is None) for _, outcome in scorer.cases):
        return None

    def full(outcome: Award | Deduction | Scaled | Bonus | Minus) -> Award | Deduction | Scaled | Bonus:
        if isinstance(outcome, Minus):  # 扣3分 from the heading's 10: 7, the points written out (its 规范写法 reads back alike)
            return Award(points - outcome.points)
        if isinstance(outcome, (Deduction, Bonus)):  # 插秧机购置20分。…得基本分…每超1台加5分: the additions from 20
            return replace(outcome, base=points)
        if isinstance(outcome, Scaled):
            return replace(outcome, points=points)
        if isinstance(outcome, Share):
            return Award(points * outcome.fraction)
        if type(outcome).__name__ == "Curve":
            return outcome  # (its own points written: the heading's, checked above)
        return Award(points) if outcome.points is None else outcome

    return replace(scorer, cases=tuple((interval, full(outcome)) for interval, outcome in scorer.cases),  # type: ignore[arg-type]
                   otherwise=full(scorer.otherwise))  # type: ignore[arg-type]


def _formula_under(formula: Formula, points: Decimal, said_after: bool) -> Formula | None:
    """A lone formula under the item's points: ``验收通过率(5分):得分=验收通过项目数÷到期应验收项目数×5`` multiplies by
    them (the points it gives when the ratio is whole), ``成本控制(3分):未超支的得满分;超支的,得分=分值×(1-超支金额/预算金额)``
    by the 分值 the item's name in brackets says. Either way the heading is the formula's highest score, which caps it
    (as ``最高5分`` after it would: a ratio past its whole, 17 of 16 passed, never scores above the item's points).
    A formula multiplying by other points (加附加分15分;…×10) or by the 分值 under a heading that is not the item's name
    with its points (加附加分15分;得分=分值×…: a part's points, perhaps) is left unread."""
    if formula.cap is not None:  # (a zero beside it, 偏差超过25%的不得分, leaves its highest score the heading's)
        return None
    multiplied = points_multiplied(formula.tree)
    if multiplied == points or (multiplied is None and said_after and full_multiplied(formula.tree)):
        return replace(formula, cap=points)
    return None


_ANY_REQUIREMENT = lazy_compile(r"(?:达到|符合|满足|完成)(?:要求|标准|规定)?")  # 达不到要求不得分: no requirement named


def _point_named(heading: str, said: tuple[str, ...]) -> tuple[str, ...]:
    """The point's name: the heading's words (建立台账(5分),未建立台账不得分), with the requirement its failure names when
    that says more than the heading (组织领导(5分)。未成立领导小组的不得分: 组织领导，成立领导小组) — never 有 from
    没有的不得分, nor 达到要求 from 达不到要求不得分, nor 建立 alone."""
    failure_says = said[0] if len(said) == 1 else ""
    if len(failure_says) < 3 or _ANY_REQUIREMENT.fullmatch(failure_says):
        failure_says = ""
    if not heading or not failure_says:
        return (heading or failure_says,) if heading or failure_says else ()
    pairs = {failure_says[i:i + 2] for i in range(len(failure_says) - 1)}
    if 2 * sum(pair in heading for pair in pairs) >= len(pairs):
        return (heading,)  # (运用工作简报,新闻媒体等形式实行政府信息公开 / 未运用简报、新闻媒体公开政府信息: the same)
    return (f"{heading}，{failure_says}",)


# 认证商品个数,每个0.04分,5个得满分。0.2: a bare number after the rule's last sentence, the table's 分值 column copied in
# …5个得满分。0.2 / …支持不够的,扣1分。\n2分: the 分值 column copied after the rule (with its 分 after deductions only:
# …(0.5)及岗位职责(0.5)。1分 is the points' total, read with them)
_POINTS_COLUMN = lazy_compile(r"^(.*[。;])\s*(\d+(?:\.\d+)?)$|^(.*扣\d+(?:\.\d+)?分[。;])\s*(\d+(?:\.\d+)?)分。?$", re.S)


def points_column(text: str) -> tuple[str, Decimal] | None:
    """The rule without the bare number it ends with, and the number; None when it ends otherwise. The number must
    then be the reading's highest score (the 分值 it was copied from), else it is refused as a number not read."""
    found = _POINTS_COLUMN.match(text)
    if found is None:
        return None
    return (found.group(1), Decimal(found.group(2))) if found.group(1) is not None else (found.group(3), Decimal(found.group(4)))

