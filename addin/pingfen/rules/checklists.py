"""Checklists (评价要点): points each met or not, with their points, the deduction for each point not met, and the
all-or-nothing checklist.
"""

from __future__ import annotations

import re
from decimal import Decimal
from collections.abc import Callable

from ..text.lexicon import COUNT_UNITS
from ..text.numbers import general_text
from ..text.titles import without_titles
from .clauses import Clause, situation_in_words as _words_only
from .checked_with_faults import names_a_point
from .model import Checklist, Scorer
from .errors import Unplaced
from .unmet_each import counts_unmet_points, lone_summary
from .lesser_degree_points import refuse_lesser_degree_not_less
from ..text.lazy_regex import lazy_compile
from .clause_words import _SITUATION_END, _ceiling, _option_label
from .piecewise_reading import _cap, _just_before, _no_unread
from .choices import (_BAD_TURN, _GRADED, _LESSER_SAID, _NEGATION_SAID, _NONE_MET_SAID, _NONE_OF_ABOVE, _POINTS_SAID,
                      _ZERO_RESTATED, _described_by, _grade_names, _named_points, _negates_option, _only_point_unmet,
                      graded_option)


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
    # …的(1分),…的(1分);不符合的，相应分值不得分: the closing line says again what the points score, after the last
    restating = [c for c in scoring if c not in paren_items and paren_items and c.start > paren_items[-1].start
                 and (_UNMET_UNSCORED.fullmatch(c.text) or not c.unread and any(
                     p.fullmatch(c.text) for p in (_MET_SCORED, _EACH_MET)))]
    if not groups and len(paren_items) >= 2:
        if len(paren_items) + len(restating) != len(scoring):
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
        groups[-1].extend(restating)
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
    each_met: list[Clause] = []  # 符合1项得1分 after the points: what each point met scores, said again
    # (unnumbered points with a level among them are read elsewhere, their heading's words kept with the first)
    level_ticked = _level_as_point(groups) if not described_words else None
    for group in groups:
        item_points: Decimal | None = None
        said: list[str] = list(described_words.get(id(group[0]), []))  # the point's own wording, up to its points
        for clause in group:
            if _each_met_said(clause, group):
                each_met.append(clause)
                continue
            if item_points is None and not clause.scoring and clause.condition is None and clause.tokens:
                said.append(clause.text)
            if not clause.scoring and clause.condition is None:
                continue  # the point's own wording, or a remark on it
            if clause.condition is not None and not _summary(clause) and clause is not level_ticked:
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
    if each_met and not (all(p is not None for p in points) and len(groups) > 1):
        return None  # 符合1项得1分 with no points of each to say again: a count of the points met, read elsewhere
    for clause in each_met:
        restates = clause.outcome and clause.outcome[0] == "points" and all(p == clause.outcome[1] for p in points)
        if not restates:  # (1)…(2分);(2)…(1分)。符合1项得1分: which is a point worth?
            raise Unplaced(clause, "各评价要点写明的分值与“符合1项得" + general_text(clause.outcome[1]) + "分”不一致，"
                           "无法确定每项评价要点的分值" if clause.outcome and clause.outcome[1] is not None
                           else "无法确定每项评价要点的分值", certain=True)
    if all(p is not None for p in points):
        stated = next((c for c in scoring + context if c.stated_total is not None), None)
        total = sum((p for p in points if p is not None), Decimal(0))
        if stated is not None and stated.stated_total != total:
            raise Unplaced(stated, f"各评价要点分值合计{total}分，与写明的{stated.stated_total}分不一致")
        penalty = _penalty(summary, context) if len(points) > 1 else None  # one heading's points are not a list
        if penalty is not None and names_a_point(penalty[0], names):
            penalty = None  # ③及时报送宣传信息（1分）…报送不及时的，每次扣0.5分: the point lost and each time too, or either?
        said = [c for c in summary if (m := _NONE_MET_SAID.fullmatch(c.text)) and int(m.group(1)) == len(points)]
        if said and penalty is None:  # (符合的要点得相应分值，3项均不符合的不得分): the 规范写法 of the none-met line
            summary, restated = [c for c in summary if c not in said], True
        for clause in summary:
            if penalty is None and _MET_SCORED.fullmatch(clause.text) and _nothing_else_unread(clause):
                continue  # 符合要求的给分(，不符合的不得分): each point met scores its points, said again in words
            if penalty is None and _UNMET_UNSCORED.fullmatch(clause.text):
                continue  # 不符合的，相应分值不得分 / 不符合的不得该要点分值: a point not met scores nothing, said again
            if penalty is None and (missed := _EACH_MISSED.fullmatch(clause.text)) is not None \
                    and all(p == Decimal(missed.group(1)) for p in points):
                continue  # ①…，1分；②…，1分；③…，1分，每少一项扣1分: each point missed loses its own points, said again
            if penalty is None and _each_missed_own(clause.text, names):
                continue  # ①预算管理制度，1.5分；…。制度每缺1项扣对应分值: the same, its points said as the point's own
            if penalty is None and not (clause.except_words and clause.outcome == ("points", Decimal(0)) and not clause.unread
                                        and clause.per is None and clause.step is None):  # (…每缺1项扣0.5分没有的不记分)
                raise Unplaced(clause, "已按评价要点各自的分值计分，这句评分说明无法与之合并")
        refuse_lesser_degree_not_less(list(zip(names, points)), scoring, ticked=True)  # (2)台账不完整得1分: no point to tick
        failing = _failing_point(names)
        if failing is not None:
            # 1、建立管理制度,得3分…3、未建立管理制度的,本项得1分: the first point not met, scored as a point of its own
            # (once all three ticked: 6 of 5) — the item's score when it is not met, or another requirement?
            raise Unplaced(groups[failing][0], f"“{names[failing]}”是另一评价要点未做到的情形，却写了得分：是该要点未做到时"
                                               "本项的得分，还是另一项要求，没有写明", certain=True)
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


def _failing_point(names: list[str]) -> int | None:
    """The index of a point that is another point with a negation put in (建立管理制度 / 未建立管理制度的), if any."""
    from .unmet_point_zeroing import negated_points

    return next((index for index, name in enumerate(names) if any(other != index for other in negated_points(name, names))),
                None)
# 符合要求的给分 / 满足的得相应分值 after ①…（1分）；②…（1分）: what a point met scores, said again without a number
_MET_SCORED = lazy_compile(r"(?:(?:以上|上述)?(?:每项|各项))?(?:符合|满足|达到|做到|落实)(?:要求|标准|条件)?的?[,，]?"
                           r"(?:给分|得分|计分|给予计分|得相应分值|得该项分值|得该要点分值)")
# 不符合的，相应分值不得分 / 不符合的不得该要点分值 / (以上每项)未达到的该项不得分: a point not met earns none of its own points
# (never the whole indicator's: 相应 / 该要点 / 该项 name the point's points)
# (每项未落实或资料不全的，该项不得分: a point without its papers is a point not met, the evaluator's tick)
_UNMET_UNSCORED = lazy_compile(
    r"(?:(?:以上|上述)?(?:每项|各项|任一项))?(?:不符合|未达到|不满足|未做到|未落实|未完成)(?:要求|标准|条件)?"
    r"(?:或(?:佐证)?(?:资料|材料)不(?:全|齐全|完整))?的?[,，]?"
    r"(?:(?:相应|对应|该项|该要点)(?:条目|要点)?(?:的?分值)?不得分|不得(?:相应|对应|该项|该要点)的?分值?)")
# 符合1项得1分 / 每符合1项得1分 / 满足1项得0.5分: what each point met scores, said again after their points
_EACH_MET = lazy_compile(r"每?(?:符合|满足|达到|做到|落实)(?:以上|上述)?1项(?:要求|要点|标准|条件)?的?[,，]?(?:得|计|记)\d+(?:\.\d+)?分")
_NOT_DONE = lazy_compile(r"(?:未|没有|未能|不)[\u4e00-\u9fff“”]{1,20}?的?[，,]?")
_TAKEN = lazy_compile(r"扣(\d+(?:\.\d+)?)分")


def _each_met_said(clause: Clause, group: list[Clause]) -> bool:
    """符合1项得1分 after a point's own points: what each point met scores, said again (not a point of its own)."""
    return clause is not group[0] and _EACH_MET.fullmatch(clause.text) is not None and not clause.unread


def _closing_said(clause: Clause, group: list[Clause]) -> bool:
    """未达到的对应条目不得分 / 每项符合得相应分值 after the last point: each point's own points, said again in words."""
    return clause is not group[0] and _nothing_else_unread(clause) and (
        _UNMET_UNSCORED.fullmatch(clause.text) is not None or _MET_SCORED.fullmatch(clause.text) is not None)


def _nothing_else_unread(clause: Clause) -> bool:
    """Nothing unread but the 每 of 每项符合得相应分值 (each point, which the points already are)."""
    return all(t.kind == "EACH" for t in clause.unread) and not re.search(r"\d", clause.text)


def _level_as_point(groups: list[list[Clause]]) -> Clause | None:
    """(1)建立…制度，得1分；(2)开展事后质量抽查，得1分；(3)抽查差错率控制在1%以内，得1分: one point among other
    requirements states a level of its own — a point met or not like the rest (the evaluator ticks it), not a band of a
    band list (①满意度≥90%得7分；②80%-90%得5分 has a level in every item, never one alone among three or more)."""
    # (…(4)建立读者意见反馈渠道(1分)。符合1项得1分: the closing says again what a point scores, no level of its own)
    groups = [[c for c in group if not _each_met_said(c, group) and not _closing_said(c, group)] for group in groups]
    levelled = [c for group in groups for c in group if c.condition is not None and c.scoring and not _summary(c)]
    if len(groups) < 3 or len(levelled) != 1:
        return None
    level = levelled[0]
    others = [[c for c in group if c.scoring] for group in groups if level not in group]
    if any(len(scored) != 1 for scored in others):
        return None
    awards = [scored[0] for scored in others]
    plain = all(c.condition is None and c.outcome and c.outcome[0] == "points" and c.outcome[1]
                and not c.otherwise and not c.except_words and not c.unread and c.step is None and c.per is None
                for c in awards)
    # (2)基本完成得2分；(3)未完成得1分 / 较好得2分: degrees of the level's own measure, not requirements of their own
    # (较上年增长 compares with last year: no lesser degree)
    graded = any(_GRADED.search(re.sub(r"较(?:上年|去年|上一年|同期)", "", " ".join(c.text for c in group)))
                 for group in groups if level not in group)
    if not plain or graded or _grade_names(awards) or level.otherwise or level.unread or level.step is not None \
            or not (level.outcome and level.outcome[0] == "points" and level.outcome[1]):
        return None
    return level


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


_EACH_MISSED = lazy_compile(r"每?(?:少|缺|缺少|有|出现)1项(?:不符合|未达到|未完成|未落实|不达标)?(?:的|者)?,?扣(\d+(?:\.\d+)?)分")
# 制度每缺1项扣对应分值 / 每缺少1项扣相应分值: each point missed loses its own points, said in words (a noun before 每 names
# what the points are, as every point's name says: 预算管理制度, 合同管理制度)
_EACH_MISSED_OWN = lazy_compile(r"(?P<noun>[\u4e00-\u9fff]{1,4}?)?每?(?:少|缺|缺少|缺失)(?:1|一)项(?:的|者)?,?"
                                r"扣(?:对应|相应|该项|该要点)的?(?:分值|分数)")


def _each_missed_own(text: str, names: list[str]) -> bool:
    """制度每缺1项扣对应分值 after ①预算管理制度，1.5分；…: each point missed loses its own points, said again."""
    found = _EACH_MISSED_OWN.fullmatch(text)
    return found is not None and (not found.group("noun") or all(found.group("noun") in (name or "") for name in names))


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
