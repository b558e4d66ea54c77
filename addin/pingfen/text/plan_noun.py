"""A plan's count with the thing counted named after it, and the steps short of it counting that thing again:
``计划改造28个片区，每少完成1个片区扣0.3分`` / ``计划新建20座公厕，每少建成1座公厕扣0.5分``. The thing after the count
(片区 / 公厕) is what both counts are of; written there, it cut the plan's number from its clause (no level read) and
made the steps a fault named 少完成片区, counted by the evaluator apart from the plan. Said as the readers know a plan
and its steps: ``计划改造片区28个，每少完成1个扣0.3分`` — the plan 28个 the level, each one short of it deducting.

Only a plan, target or task (计划 / 目标 / 任务) whose count is followed right away by the steps counting the same unit
and the same thing (每少1个片区 / 每少2个片区), a thing of two characters at least (培训农民2000人次: 次 is the unit's own,
never a thing); any other words between stay as written."""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_PLAN_THEN_STEPS = lazy_compile(
    r"(?P<plan>(?:年度|全年|本年度?)?(?:计划|目标|任务)[\u4e00-\u9fff]{0,6}?)(?P<count>\d+(?:\.\d+)?)"
    r"(?P<unit>人次|批次|户次|个|座|处|所|家|条|户|套|栋|辆|台|项|场|次|期|人)(?P<thing>[\u4e00-\u9fff]{2,6}?)(?P<sep>[,;，；])"
    r"(?P<step>每少(?:完成|建成|改造|新建|建设|开展|举办|实施)?\d+(?:\.\d+)?(?P=unit))(?P=thing)(?=扣)")


def plan_noun_first(text: str) -> str:
    """计划改造28个片区,每少完成1个片区扣 → 计划改造片区28个,每少完成1个扣."""
    def moved(found: re.Match[str]) -> str:
        return (f"{found.group('plan')}{found.group('thing')}{found.group('count')}{found.group('unit')}"
                f"{found.group('sep')}{found.group('step')}")

    return _PLAN_THEN_STEPS.sub(moved, text)
