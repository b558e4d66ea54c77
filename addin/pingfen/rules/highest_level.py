"""Levels of one thing, then the note that only the highest counts: ``获得国家级表彰的得3分，省级表彰的得2分，市级表彰的得1分，
同一事项按最高级别计分，不重复计分``. Without the note the levels are refused (one honour at two levels: the better, or both
added? choices.one_requirement_ways); the note answers it — the highest level reached is the grade, its points the
score (a GradeMap, whose 规范写法 等级得分：… reads back as the same grades). Additions (加N分) with their highest taken
are bonus_list's; levels of different things, or points that do not fall level by level, are no such list."""

from __future__ import annotations

from .choices import one_requirement_ways
from .clause_words import _option_label
from .clauses import Clause
from .highest_note import highest_note, only_highest
from .model import GradeMap, Scorer


def compose_highest_level(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    notes = [c for c in scoring + context if highest_note(c.text)]
    if not notes or not only_highest("，".join(c.text for c in notes)):
        return None
    levels = [c for c in scoring if c not in notes]
    if len(levels) < 2 or any(c.start > min(n.start for n in notes) for c in levels) or any(c not in notes for c in context):
        return None  # (the note closes the levels; words beside them are no level)
    if any(c.outcome is None or c.outcome[0] != "points" or c.outcome[1] is None or c.outcome[1] <= 0 or c.condition is not None
           or c.step is not None or c.per is not None or c.added is not None or c.cap is not None or c.otherwise or c.manual
           or c.unread for c in levels):
        return None
    labels = [_option_label(c) for c in levels]
    points = [c.outcome[1] for c in levels]  # type: ignore[index]
    if not one_requirement_ways(labels) or any(a <= b for a, b in zip(points, points[1:])):
        return None  # (levels said from the highest down, each below the one before: 国家级 3, 省级 2, 市级 1)
    return GradeMap(tuple(zip(labels, points)))  # type: ignore[arg-type]
