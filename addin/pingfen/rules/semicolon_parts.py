"""Parts of one indicator a semicolon apart, with no (1)(2) marks: ``森林防火宣传和巡护（4分）：护林员按要求巡山并有巡护
轨迹记录的得2分，抽查发现巡护轨迹缺失的每人次扣0.2分（本小项扣完为止）；防火期内悬挂标语、发放宣传资料的得2分`` /
``绩效自评质量（4分）：按时报送绩效自评报告的得1分；自评结果与复核结果偏差在5分以内的得3分，偏差5-10分的得1分，偏差超过10分
的不得分``. Each sentence opens by awarding points of its own (得N分, N > 0) — what a part says first — and the rest of it
(deductions, lower bands) is that part's. Tried last, when nothing else reads the whole, and only under a heading with
its points (…（4分）：), which the parts must add up to. The parts' reader reads each part alone, joins items checked,
refuses two parts reading the same input (bands of one measure a semicolon apart are one ladder, never parts) and any
part whose level is per period (每季度开展走访不少于1次得2分: alone, the year's count). A sentence after a full stop
(…得1分。缺一项扣该项分值) may speak of all of them: no parts then."""

from __future__ import annotations

from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from .clauses import Clause

# 按期完成建设任务得1分: a part alone reads 完成任务 as the completion rate reaching its target, the 按期 lost — one
# done late would earn the point (no parts then: the whole stays refused)
_ON_TIME_DONE = lazy_compile(r"(?:按期|按时|如期|准时|及时)(?:全面|全部)?完成")


def _opens_with_award(clause: Clause) -> bool:
    """得1分 / 的得3分 / 再得2分: points earned, no step, no deduction, no 否则 (the rest of the sentence before it)."""
    return clause.outcome is not None and clause.outcome[0] == "points" and isinstance(clause.outcome[1], Decimal) \
        and clause.outcome[1] > 0 and clause.step is None and clause.per is None and not clause.otherwise \
        and clause.occurrence is None and not clause.marker


def semicolon_starts(scoring: list[Clause], context: list[Clause], text: str) -> list[int]:
    """Where each part starts: the first scoring clause, then each scoring clause right after a semicolon, when every
    such sentence opens with an award and holds nothing but scoring clauses."""
    if not text or any(c.marker for c in scoring + context):
        return []
    ordered = sorted(scoring + context, key=lambda c: c.start)
    first = next((i for i, c in enumerate(ordered) if c in scoring), None)
    if first is None or any(c in context and c.start > ordered[first].start for c in ordered):
        return []  # (a note or a level said between the sentences: not parts that each read alone)
    if "。" in text[ordered[first].start:ordered[-1].start]:
        return []  # (…得1分。缺一项扣该项分值: a sentence after a full stop may speak of them all)
    starts = [ordered[first].start]
    for before, clause in zip(ordered[first:], ordered[first + 1:]):
        if ";" in text[before.end:clause.start]:
            if not _opens_with_award(clause):
                return []
            starts.append(clause.start)
    if len(starts) < 2 or not _opens_with_award(ordered[first]) or any(_ON_TIME_DONE.search(c.text) for c in scoring):
        return []
    return starts
