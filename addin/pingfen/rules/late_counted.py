"""Lateness counted in things, beside a level in the same things: ``按时报送月报12次得2分，迟报1次扣0.2分，漏报1次扣0.5分``.
迟报1次 before a count of reports is each report sent late — a fault counted as 漏报1次 is — never a step past the level
of reports (once read ``完成率≤12次得2分，每超过1次扣0.2分``: twelve reports all on time scored as twelve late). A step of
time (每迟报1天) stays a step."""

from __future__ import annotations

from ..text.lexicon import LATE_VERBS
from .clauses import Clause
from .piecewise import LATENESS_UNITS

# the units lateness is measured in, beside 天 / 日 / 个月 / 周: a time past a limit, never things counted late
_TIME_SPANS = frozenset(LATENESS_UNITS) | {"工作日", "个工作日", "自然日", "小时", "个小时", "分钟", "年", "季度", "个季度", "月"}


def late_things_beside_level(scoring: list[Clause]) -> bool:
    """A step past a level whose verb is lateness (迟报 / 逾期 / 延迟) and whose unit is things (次 / 期 / 笔), beside
    points awarded at a level written in those things: the steps' reading must not take it."""
    # (迟报一次扣1分，迟报两次及以上不得分: the level is of the late ones themselves, whose count the steps go by)
    levels = {c.condition.unit for c in scoring if c.condition is not None and c.step is None
              and c.outcome is not None and c.outcome[0] == "points" and not any(verb in c.text for verb in LATE_VERBS)}
    return any(_late_things(clause) for clause in scoring if clause.step is not None and clause.step[2] in levels)


def _late_things(clause: Clause) -> bool:
    direction, size, unit = clause.step  # type: ignore[misc]
    if direction != "above" or size != 1 or unit in _TIME_SPANS:
        return False
    tokens = clause.tokens
    return any(token.kind == "STEPV" and token.text in LATE_VERBS and after.kind == "NUM"
               for token, after in zip(tokens, tokens[1:]))
