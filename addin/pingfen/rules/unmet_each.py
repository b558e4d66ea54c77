"""每不符合1项扣N分 after a sentence about all the points: each point not met, counted with 每.

``符合全部3项指标的按100分计，每不符合1项扣40分`` / ``5个评价要点都符合得5分，每有1个不符合扣1分`` say what
``…，1项不符合扣40分`` says: the deduction per 评价要点 not met. 每 here counts the points themselves, not
occurrences of something else (每发生1起违法案件扣1分 stays a fault counted apart), so only a clause whose
occurrence is one 项/个/条 of the points *not met* (不符合、不满足、未达到、未完成、缺), or whose step is one 项/个/条
short (每缺1项、每少1项), qualifies, and only after a clause that awards points for all of them met.
"""

from __future__ import annotations

from .clauses import Clause
from ..text.lazy_regex import lazy_compile

_POINT_UNITS = ("项", "个", "条")
_UNMET = lazy_compile(r"(?:有)?(?:不符合|不满足|未达到|未完成|缺)(?:要求)?")


def counts_unmet_points(clause: Clause, first: Clause) -> bool:
    """Whether ``clause`` (one with 每) deducts per point not met, after ``first`` awards all of them met."""
    occurrence, step = clause.occurrence, clause.step
    unmet = (
        occurrence is not None and step is None and occurrence[0] == 1 and occurrence[1] in _POINT_UNITS
        and _UNMET.fullmatch(occurrence[2]) is not None
    ) or (  # 每缺1项 / 每少1项: the points short of all, one by one
        occurrence is None and step is not None and step[0] == "below" and step[1] == 1 and step[2] in _POINT_UNITS
    )
    return (
        unmet and first.all_met and first.outcome is not None and first.outcome[0] == "points" and clause is not first
        and clause.per is not None and clause.outcome is None and not clause.unread
    )


def lone_summary(groups: list[list[Clause]]) -> bool:
    """1.评分标准：符合全部3项指标的按100分计，每不符合1项扣40分: one numbered point whose first scoring sentence is
    about all the points met — the row's own number, not a list of 评价要点 with one in it."""
    if len(groups) != 1:
        return False
    first = next((c for c in groups[0] if c.scoring), None)
    return first is not None and first.all_met and first.outcome is not None and first.outcome[0] == "points" \
        and any(counts_unmet_points(c, first) for c in groups[0] if c is not first)
