"""A task completed, beside other requirements each with its points, is one of the 评价要点 to tick:

    水土保持生态清洁型小流域建设（2分）：按期完成建设任务得1分；通过市级验收得1分
    完成年度培训任务得3分；培训资料齐全得1分

完成…任务 alone reads as the target reached (完成年度任务得满分，未完成的按比例得分: the completion rate of the entered
target). Among requirements that carry no level of their own — 通过市级验收, 资料齐全 — it is a requirement like them,
met or not: the evaluator ticks it, as the others (once refused: the other points had no condition beside its level).

Only a bare completion (no number, no band, no steps: 完成任务的80%得1分 is a share of it) beside at least one plain
requirement; the checklist's own reading then decides whether the list is one.
"""

from __future__ import annotations

from dataclasses import replace

from .clauses import Clause
from .piecewise import TARGET


def tasks_ticked(scoring: list[Clause]) -> list[Clause]:
    """``scoring`` with each bare 完成…任务 read as a requirement met or not, when a plain requirement stands beside it."""
    done = [c for c in scoring if _task_done(c)]
    if not done or not any(c.condition is None and c not in done for c in scoring):
        return scoring
    return [replace(c, condition=None) if c in done else c for c in scoring]


def _task_done(clause: Clause) -> bool:
    condition = clause.condition
    if condition is None or condition.unit or condition.interval.low != TARGET or not condition.interval.low_inclusive \
            or condition.interval.high is not None or condition.interval.magnitude:
        return False
    return any(t.kind == "CMP" and t.text == "完成" for t in clause.tokens) and any(t.kind == "REF" for t in clause.tokens) \
        and not any(t.kind == "NUM" for t in clause.tokens)
