"""A task done or not, then a rate's formula for each: ``完成年度任务的,按资金到位率×10计分;未完成年度任务的,按资金到位率
×5计分``. The task is another fact than the rate scored; read as the rate's own target (资金到位率≥目标值) it gave a done
task at 90% 到位率 4.5 instead of 9. A reading that puts the rate's target where the text names a task is refused,
naming the task."""

from __future__ import annotations

from .errors import Unplaced
from .model import Scorer
from ..text.lazy_regex import lazy_compile

# 完成年度任务的,按资金到位率… / 达到考核要求的,得分=监测完成率×…: a situation, then a rate's formula
_TASK_THEN_RATE = lazy_compile(r"(?P<task>(?:未|没有)?(?:完成|达到|实现)(?P<what>[^,，;；。按=]{1,14}?(?:任务|计划|要求|目标)))的?[,，]?"
                               r"(?:按|得分=|得分为)(?P<rate>[^,，;；。×*]{1,14}?率)")


def refuse_task_read_as_target(scorer: Scorer, text: str, label: str) -> None:
    found = _TASK_THEN_RATE.search(text)
    if found is None or found.group("rate") in found.group("what"):
        return
    written = scorer.canonical(label)
    if "目标值" in written and found.group("what") not in written:
        raise Unplaced(found.group("task"), "这一情形（是否完成任务）与计分的比率不是同一项数据，不能作为该比率的目标值；"
                                            "暂不能按此计分（请分别写明两种情形，由评价人选择）", certain=True)
