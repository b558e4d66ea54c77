"""A level required then a fault said right after it: ``每年至少开展2次演练,未开展的扣1分`` / ``覆盖率不低于90%,未覆盖的不
得分`` / ``全年专题研究重点工作不少于3次。未成立领导小组的扣0.5分``. Read as bands, the level became the condition of the
deduction (≥2次扣1分: 2 drills lost the point, none kept it). The fault may be the level missed, nothing done at all, or
another matter: refused, naming the fault."""

from __future__ import annotations

from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from .errors import Unplaced
from .piecewise import Award, Minus

# 全年专题研究不少于3次。未成立领导小组的扣0.5分 / 覆盖率不低于90%,未覆盖的不得分: a level required (≥) said right
# before a fault (未/没有/无…), which is no band of that level
_REQUIREMENT_THEN_FAULT = lazy_compile(
    r"(?:不少于|不低于|至少|达到|最少)[\u4e00-\u9fff]{0,6}?(?P<level>\d+(?:\.\d+)?)(?P<unit>%|个|次|名|人|项|户|场|家|篇|条|份|处|件|所|座|天|期|万元|元|)"
    r"[^;；。，,\d]*?[。，,](?P<fault>(?:未|没有|无)[^;；。，,\d]*?(?:扣\d+(?:\.\d+)?分|不得分))")


def refuse_requirement_as_condition(scorer: object, text: str) -> None:
    """全年专题研究法治政府建设重点工作不少于3次。未成立领导小组的扣0.5分;…每少一次扣0.5分 / 每年至少开展2次演练,未开展的
    扣1分 / 覆盖率不低于90%,未覆盖的不得分: once read as 实际值≥3次扣0.5分 / ≥2次扣1分 / ≥90%不得分 (the level required
    taken for the condition of the deduction after it: 2 drills lost the point, none kept it). A band ≥N deducting or
    zeroing, where N is a level required (不少于/至少) followed by a fault (未/没有/无…), is refused naming the fault:
    short of N, none at all, or another matter?"""
    found = _REQUIREMENT_THEN_FAULT.search(text)
    cases = getattr(scorer, "cases", None)
    if found is None or not isinstance(cases, tuple):
        return
    level = Decimal(found.group("level")) / (100 if found.group("unit") == "%" else 1)
    if any((isinstance(outcome, Minus) or outcome == Award(Decimal(0))) and interval.low == level and interval.high is None
           for interval, outcome in cases):  # (≥2次不得分 as much as ≥2次扣1分)
        required, fault = found.group("level") + found.group("unit"), found.group("fault")
        raise Unplaced(fault, f"“{fault}”前的要求（{required}）不是这项扣分的条件：是未达到{required}就扣、完全没有才扣，"
                              f"还是另一事项，没有写明（请写明，如“未达到{required}的扣1分”或“每少1…扣…分”）", certain=True)
