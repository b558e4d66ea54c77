"""Choices and grades: options the evaluator picks one of (情形选择、等级、具备其一、按符合项数), requirements each with its
points, and the words that tell an option, its negation and a lesser degree of it apart.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ..text.lexicon import COUNT_UNITS, HONOUR_LEVELS, POINT_MET_VERBS, RETRIED, tokenize
from ..text.numbers import general_text
from ..text.titles import without_titles
from ..text.respective_grades import GRADE_NAMES
from .clauses import Clause, situation_in_words as _words_only
from .fault_kinds import Fault
from .recurring import deducted_each
from .evidence_notes import evidence_only
from .errors import RuleError, Unplaced
from .formula import parse_formula
from .model import AnyOf, ByCount, Checklist, GradeMap, LessFull, Scorer
from .piecewise import ONE
from .lesser_degree_points import HALF_DONE, lesser_degree_of, refuse_lesser_degree_not_less
from ..text.lazy_regex import lazy_compile
from .clause_words import _SITUATION_END, _ceiling, _option_label, situation_award
from .formula_shape import _share
from .piecewise_reading import MINUS_BESIDE_LADDER, _just_before
from .lazy_composers import Deferred
from .task_ticked import tasks_ticked

# Helpers that only some texts reach, imported on their first call (rules/lazy_composers.py).
how_often_only = Deferred("period_each", "how_often_only")
each_closed = Deferred("closed_items", "each_closed")

_ANY_SHORT = lazy_compile(r"^(?:如|若|凡)?(?:缺少|缺失|缺|少|漏)(?:1|一)?项$")  # 缺项 / 缺1项 / 漏项: any one missing


_HAVING = lazy_compile(r"有[^未不没无\d]+")


# 基本按时完成 / 基本按期 beside 按时完成: a degree of lateness no number of days bounds
_BASICALLY_ON_TIME = lazy_compile(r"^基本(?:按时|按期|及时)")
_ON_TIME_OPTION = lazy_compile(r"^(?:按时|按期|及时)")


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
    if len(scoring) > 2 and any(_zeroes_the_item(c) for c in scoring[2:]):
        return None  # 按期完成得2分，逾期不得分；迁移中发生数据丢失的，本项不得分: the item zeroed whatever else, not a grade
    if len(scoring) > 2 and _bracketed_heading(scoring[0], text) and scoring[0].outcome == max(
            (c.outcome for c in scoring[1:] if c.outcome and c.outcome[0] == "points" and c.outcome[1] is not None),
            key=lambda outcome: outcome[1], default=None):
        # 新创建国家A级旅游景区(3分):创建成功AAA级…得3分: the item's name and points (the best grade's), never its first grade
        return None
    options: list[tuple[str, Decimal | None]] = []
    counts: list[int | None] = []  # 两项均符合 → 2, 满足一项 → 1, 均不满足 → 0
    described_by: list[list[Clause]] = []  # 有评价方案，原始记录详实，得满分: the words before the option's own clause
    named_total: list[Decimal] = []  # 3项标准均不符合为0分: how many points there are, said with none met
    otherwise_zero = False  # …，否则得0分: the rest of the grades score 0
    at_most_zero: int | None = None  # 落实一项及以下不得分: how many met, at most, score 0
    reached_counted = False  # 一项达到得1分: 达到 read as a count of points reached, never a level compared
    graded = "等级" in text
    scoring = _attainment_judged(scoring)  # 完全达到预期目标得满分；基本达到得分值的60%；未达到不得分: degrees judged
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
        fewest = _at_most_met_zero(clause)
        if fewest is not None and not graded:
            # 落实一项及以下不得分 after 三项全部落实得3分，落实两项得1.5分: the counts below those priced score nothing, as
            # 其余不得分 says (checked below: the count next above it must be priced)
            at_most_zero = fewest
            continue
        numbered = any(t.kind == "NUM" for t in clause.tokens)
        reached_counted = reached_counted or any(_reached_of_count(clause, t) for t in clause.tokens)
        if (
            clause.outcome is None or clause.outcome[0] != "points" or (clause.outcome[1] is None and not full_first)
            or (clause.condition and not _counted_situation(clause))
            or clause.step or clause.occurrence or clause.per is not None or (clause.marker and not exclusive) or clause.cap is not None
            or (shares is None and any(
                (t.kind in ("CMP", "SUF", "RANGE", "PM") and numbered and t.text != "为" and not _reached_of_count(clause, t))
                or (t.kind == "NUM" and t.unit == "%")
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
    counts = _all_listed_counted(counts, options, context, scoring)
    if (at_most_zero is not None or reached_counted) and any(count is None for count in counts):
        # 落实一项及以下不得分 / 一项达到的得2分 beside grades (均达到目标的得4分: which target?): no count of points met
        return None
    if at_most_zero is not None:
        fewest = min((count for count in counts if count), default=None)  # type: ignore[type-var]
        if fewest is None:
            return None  # 落实一项及以下不得分 alone: nothing priced above it
        if fewest != at_most_zero + 1:  # 三项全部落实得3分，落实一项及以下不得分: 2 met, between them, is not priced
            unpriced = "、".join(str(n) for n in range(at_most_zero + 1, fewest))
            raise Unplaced(next(name for (name, _), count in zip(options, counts) if count == fewest),
                           f"写明了符合{fewest}项与{at_most_zero}项及以下的得分，符合{unpriced}项的得分没有写明", certain=True)
    if len(options) < (1 if graded else 2):
        return None
    basically = next((c for c in scoring if _BASICALLY_ON_TIME.match(_option_label(c))), None)
    if basically is not None and any(_ON_TIME_OPTION.match(name) for name, _ in options):
        # 按时完成得满分，基本按时完成的得一半分值，未按时完成不得分: on time is measured in days late, and how many days
        # late are still 基本按时 is not written (5 days late: half the points, or none?)
        raise Unplaced(basically, "“基本按时（按期）”没有写明逾期多少天以内，与“未按时”无法区分（请写明天数，如“逾期10天以内得1分”）",
                       certain=True)
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
    # (优秀的得满分…不合格的不得分(本项5分): the 满分 the grades name, numbered after them — no situation of its own; beside
    # grades all in points, (…有总结0.5分,工作开展效果好3分,总分3分) may be points met together, left to the checklists)
    full_named = shares is not None or any(points is None for _, points in options)
    stray = next((c for c in context if c.start > first_option and c.tokens and not c.definition and id(c) not in attached
                  and not (c.total_only and full_named)
                  and not any(text[end:c.start] == ":" for end in described) and not _veto_after_zero(c, scoring)
                  and not _sanctioned(c, context)), None)
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


def _bracketed_heading(clause: Clause, text: str) -> bool:
    """A name with its points in brackets before a colon (新创建国家A级旅游景区(3分):), nothing done in it: the heading, which
    the parser reads apart from the grades after it."""
    kinds = [t.kind for t in clause.tokens]
    return kinds[-3:] == ["OPEN", "PTS", "CLOSE"] and set(kinds[:-3]) <= {"WORD"} and bool(kinds[:-3]) \
        and text[clause.end:clause.end + 1] in (":", "：")


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
def _zeroes_the_item(clause: Clause) -> bool:
    """…发生数据丢失的，本项不得分: a situation (words, then 的) that zeroes this item (本项 / 此项 / 该项 / 本指标), apart
    from the options before it."""
    kinds = [t.kind for t in clause.tokens]
    return clause.outcome == ("points", Decimal(0)) and clause.condition is None and not clause.otherwise \
        and len(kinds) >= 4 and kinds[-4:] == ["WORD", "DE", "WORD", "ZERO"] \
        and clause.tokens[-2].text in ("本项", "此项", "该项", "本指标") and set(kinds[:-2]) <= {"WORD", "DE"}


_ZERO_RESTATED = lazy_compile(r"^(?:上述|以上|前述)[^,;。]{0,6}?(?:均|都|全部)(?:不|未|没有)[^,;。\d]*?(?:(?<![\d.])0分|不得分)$")


def _item_loss(clause: Clause) -> bool:
    """缺一项扣1分 / 每少一项扣1分: one point of the list not met costs a number of points."""
    return clause.step is not None and clause.step[:2] == ("below", Decimal(1)) and clause.step[2] == "项" \
        and clause.per is not None and not clause.per_of_full and clause.condition is None and not clause.unread \
        and clause.outcome is None and clause.cap is None


# 完全达到预期目标 / 达到指标值 / 基本达到 / 大部分达到 / 部分达到 / 未达到: how far a target in words was reached
# (等级得分：达到年度目标3分，基本达到2分，否则不得分: the 规范写法 read back)
_ATTAINED = lazy_compile(r"(?:等级得分[:：])?(?P<degree>完全|全部|全面|基本|大部分|部分|未|没有)?(?:达到|达成|实现)(?:了)?(?:预期|年度)?"
                         r"(?:目标|指标值|要求)?")
_ATTAINMENT_END = lazy_compile(r"(?:的)?[,，]?(?:得满分|不得分|得0分|得分=分值×\d+(?:\.\d+)?%|得?\d+(?:\.\d+)?分)$")


def _attainment_judged(scoring: list[Clause]) -> list[Clause]:
    """完全达到预期目标得满分；基本达到得分值的60%；未达到不得分: with no number to compare, 达到目标 and 基本达到 are degrees the
    evaluator judges (a target in words: 明显改善), grades to choose — never a comparison with a target entered, which
    基本达到 could not be. Only when every option is such a degree and one is a lesser one (基本 / 大部分 / 部分)."""
    said = [_ATTAINED.fullmatch(_ATTAINMENT_END.sub("", clause.text)) for clause in scoring
            if not (clause.otherwise and clause.outcome == ("points", Decimal(0)) and clause.text.startswith("否则"))]
    if len(scoring) < 2 or any(match is None for match in said) \
            or not any(match.group("degree") in ("基本", "大部分", "部分") for match in said if match is not None):
        return scoring
    return [replace(clause, condition=None) for clause in scoring]


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
# (一次性通过 / 修改后通过: lexicon.RETRIED, grades of one review)
_GRADED = lazy_compile(r"较|基本(?:上)?(?:完成|达到|符合|合理|齐全|规范|到位|满足|实现)|一般|部分|良好|优秀|合格|不|未|没有|无|差|欠|否则|其他|其余"
                       rf"|{RETRIED}")
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
    pairs = {part[i:i + 2] for part in (before[-4:], negated[-4:]) for i in range(len(part) - 1)
             if _WORD_PAIR.fullmatch(part[i:i + 2])}
    rest = [_NEGATION.sub("", other) for other in others if other != words]
    if _WORD_PAIR.fullmatch(negated[:2]) and (not _WORD_PAIR.fullmatch(negated[1:3])
                                              or any(negated[:3] in other for other in rest)):
        # what the negation opens with, as a word of its own: 无专人负责 beside 有专人负责 — never 卫生 of 无卫生死角
        # found in 卫生间每日保洁 (two requirements, once read as one grade to choose)
        pairs.add(negated[:2])
    return any(pair in other for other in rest for pair in pairs)


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
    scoring = tasks_ticked(scoring)  # 按期完成建设任务得1分；通过市级验收得1分: the task done, a requirement like the rest
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
    if not all(how_often_only(c.tokens, c.text) for c in scoring) or any("分别" in c.text for c in scoring):
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
           and not (c.end <= scoring[0].start and text[c.end:c.end + 1] in ":：") for c in context):
        # (保洁服务：公共区域每日清扫的，得3分；…: a title before the points, a heading no point)
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


# 专职 / 兼职: how one post is staffed; 国家级 / 省级 / 市级: the level of one honour; 一等 / 二等: its class; AAA级 /
# AA级: a rating — one
# requirement met in a better or a lesser way, a grade to choose, never two points to add
# (省级以上 beside 市级: the level and all above it, one way still)
_ONE_WAY_OF = (lazy_compile(r"专兼职|专职|兼职"),
               HONOUR_LEVELS,
               lazy_compile(r"特等|一等|二等|三等|金奖|银奖|铜奖"),
               # 创建成功AAA级及以上 / 创建成功AA级: one scenic area's (or hotel's) rating, on a scale of A or 星
               lazy_compile(r"A{2,5}级(?:及以上|以上)?|[1-5一二三四五]星级?(?:及以上|以上)?"))


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


def _all_listed_counted(counts: list[int | None], options: list[tuple[str, Decimal | None]], context: list[Clause],
                        scoring: list[Clause]) -> list[int | None]:
    """(1)…；(2)…；(3)…。要点全部落实得2分，落实2项得1分: 全部 is as many as the points numbered before it (3), when every
    other option counts fewer of them — otherwise the count stays unknown (a grade named 全部落实)."""
    if len(counts) < 2 or counts[0] is not None or not _ALL_OF_LISTED.fullmatch(options[0][0]) \
            or not all(count for count in counts[1:]):  # (全部满足得3分 alone, the rest cut off: no count to compare)
        return counts
    first = min(c.start for c in scoring)
    listed = [c for c in context if c.marker and c.start < first]
    if len(listed) < 2 or [c.marker for c in listed] != [_marker_like(listed[0].marker, i) for i in range(len(listed))] \
            or any(c.marker and c.start > first for c in context) or len(listed) <= max(counts[1:]):  # type: ignore[type-var]
        return counts
    return [len(listed), *counts[1:]]


def _marker_like(first: str, index: int) -> str:
    """The marker numbered index in the style of the first: (1) → (index+1), ① → ①②…, 1. → index+1."""
    if re.search(r"\d", first):
        return re.sub(r"\d+", str(index + 1), first)
    circled = "①②③④⑤⑥⑦⑧⑨⑩"
    return circled[circled.index(first) + index] if first in circled and circled.index(first) + index < 10 else ""


def _at_most_met_zero(clause: Clause) -> int | None:
    """落实一项及以下不得分 / 符合1项以下不得分: N points met at most score nothing — N, else None."""
    condition = clause.condition
    if condition is None or clause.outcome != ("points", Decimal(0)) or condition.unit != "项" or clause.unread \
            or clause.per is not None or clause.step or clause.occurrence or not _MET_AT_MOST.match(_option_label(clause)):
        return None
    interval = condition.interval
    if interval.low is not None or not isinstance(interval.high, Decimal) or not interval.high_inclusive \
            or interval.high != interval.high.to_integral_value() or interval.high < 1:
        return None
    return int(interval.high)


def _reached_of_count(clause: Clause, token) -> bool:  # type: ignore[no-untyped-def]
    """一项达到得1分 (beside 两项均达到得2分): how many of the requirements are reached, not a level 达到 compares with."""
    tokens = clause.tokens
    return token.text == "达到" and len(tokens) > 2 and tokens[1] is token and tokens[0].kind == "NUM" \
        and tokens[0].unit == "项" and tokens[2].kind in ("VERB", "DE") and clause.condition is None


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


def _sanctioned(clause: Clause, context: list[Clause]) -> bool:
    """…不得分；综合医院未独立设置全科医学科，撤销培训基地资格: a situation whose consequence is a status withdrawn acts
    outside this indicator's score (as 一票否决 does) — it is no option of the score, and neither is the sanction."""
    if _SANCTION.fullmatch(clause.text):
        return True
    after = next((c for c in context if c.start > clause.end), None)
    return after is not None and 0 <= after.start - clause.end <= 1 and bool(_SANCTION.fullmatch(after.text)) \
        and clause.text.removesuffix("的") not in GRADE_NAMES \
        and not any(t.kind in ("NUM", "PTS", "ZERO", "FULL", "DEDUCT") for t in clause.tokens)
    # (合格得1分；不合格的，取消其评优资格: 不合格 is a grade, left without its points — never dropped as outside the score)


# 撤销培训基地资格 / 取消其评优评先资格 / 并取消年度评优资格: a status withdrawn (never a score: 取消该项得分 is the lexicon's)
_SANCTION = lazy_compile(r"(?:并|则|将|应)?(?:撤销|取消)(?:其|该单位|该|本单位)?[\u4e00-\u9fff]{0,10}资格")


def _occurs(met: tuple[str, Decimal | None], unmet: tuple[str, Decimal | None]) -> bool:
    """全年无火灾得10分，发生森林火灾不得分: the point is that something does not happen; the other option is that it
    does (发生/出现/存在/有 what the point says 无/没有/未发生)."""
    happens = _HAPPENS.match(unmet[0])
    return happens is not None and any(m.group(1) in happens.group(1) for m in _NONE_HAPPENS.finditer(met[0]))


_HAPPENS = lazy_compile(r"^(?:发生|出现|存在|发现|有)([\u4e00-\u9fff]{2,})$")
_NONE_HAPPENS = lazy_compile(r"(?:无|没有|未发生|未出现|不存在)([\u4e00-\u9fff]{2})")


def graded_options(options: list[Clause]) -> bool:
    """考核等次为“优秀”的得6分，“良好”的得4.5分…“不合格”的不得分 (or 良好的得4-5分, a span the evaluator scores within): two or
    more options, each named by a grade's word (the first may say what is graded before it), nothing else scored."""
    names = [_option_label(option).strip("“”\"") for option in options]
    return len(names) > 1 and all(o.outcome is not None and o.outcome[0] in ("points", "span") and o.condition is None and not o.step
                                  for o in options) \
        and any(names[0].endswith(grade) for grade in GRADE_NAMES) and all(name in GRADE_NAMES for name in names[1:])


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
# 落实1项及以下 / 符合1项以下: at most so many points met
_MET_AT_MOST = lazy_compile(rf"^(?:{POINT_MET_VERBS})(?:上述|以上|其中)?\d+项(?:标准|要求|条件)?(?:及以下|以下)$")
# 要点全部落实 / 以上各项均符合: every point listed met, their count said by the list
_ALL_OF_LISTED = lazy_compile(rf"(?:(?:评价)?要点|(?:以上|上述)?各项)?(?:全部|均|都)(?:{POINT_MET_VERBS})")
_COUNT_MET = lazy_compile(r"(?:满足|符合|具备|完成)(?:上述|以上)?\d+项")
# (以上每项1.5分: the points of each item listed before, never one option's — text/shared_points.py reads such lists)
_NOT_AN_OPTION = lazy_compile(r"^(?:(?:以上|上述)(?:指标|各项)?,?每|每|最高|最多|最低|总分|满分|共计|合计|总计|共|上限)")
_POINTS_MET = lazy_compile(rf"^(?:\d+项(?:标准|要求|条件)?(?:均|都)?(?:{POINT_MET_VERBS}|达到)|(?:{POINT_MET_VERBS})(?:上述|以上|其中)?\d+项(?:标准|要求|条件)?)(?:[,，的]|$)")


_NONE_MET_SAID = lazy_compile(r"\(符合的要点得相应分值[,，](\d+)项均不符合的(?:得0分|不得分)\)")
_CUMULATIVE = lazy_compile(r"(?:再|另)(?:得|加|计|记)\d")  # 计划内容完整的再得1分: on top of the points before
# 三项均未开展的 / 以上2项都未落实: none of the points listed before met
_NONE_OF_THEM = lazy_compile(r"^(?:(?:上述|以上)?\d+项(?:标准|要求|条件|工作|内容)?(?:均|都|全部)|(?:上述|以上)?均|都)(?:未|没有|不)[\u4e00-\u9fff]{0,4}$")
# (均未落实 / 都未完成: none of the points met, said with the verb that meets them — never 未落实 alone, a situation)
_NONE_MET = lazy_compile(rf"^(?:(?:上述|以上)?\d+项(?:标准|要求|条件)?)?(?:(?:均|都|全部|各项均|两项均|以上均)?(?:不满足|不符合|未满足|不具备|没有)"
                         rf"|(?:均|都|全部|各项均|以上均)未(?:{POINT_MET_VERBS})(?:的|$))")


def _counted_situation(clause: Clause) -> bool:
    """满足1项计1分: a count that is part of the option's wording, not a measured band."""
    interval = clause.condition.interval  # type: ignore[union-attr]
    return interval.low == interval.high and clause.condition.unit in COUNT_UNITS  # type: ignore[union-attr]
