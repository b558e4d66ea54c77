"""A level written with a step's verb and no 以上/以内: ``按时公开得10分;每逾期1天扣1分,超5天不得分`` / ``…每低1%扣1分,低10%
不得分`` / ``满意度90%以上得满分,低5%得3分``. Read, the verb became the band's subject and the number a level of its own:
逾期天数=5天不得分 (6 days late scored 4, not 0), 满意度=10% 不得分 and 5%≤满意度<90%得3分 (a shortfall of 5 points
read as a rate of 5%). How far below (or beyond) the reference the band starts and ends is not written either: refused,
naming it (超过5天不得分 / 低10%以上不得分 / 比目标低5%以内得3分 read as they stand)."""

from __future__ import annotations

from decimal import Decimal

from .. import TYPE_CHECKING
from ..text.lazy_regex import lazy_compile
from .errors import Unplaced
from .piecewise import Piecewise

if TYPE_CHECKING:
    from .model import Scorer

# 超5天不得分 / 逾期5天的不得分 / 低10%得0分 / 低5%得3分 (never 每低1%: the step itself; never 低10%以上: a band; never
# 最高10分, a ceiling, nor the 1 of 10 backtracked before 0分)
_BARE_LEVEL = lazy_compile(r"(?<![每最])(?:超|逾期|延迟|推迟|延期|迟报|迟交|低|少|差|缺|多|高)(\d+(?:\.\d+)?)(?![\d.])"
                           r"(%|个工作日|工作日|天|日|个月|月|周|人|项|个|次|处|件)?"
                           r"(?=的?[,，]?(?:不得分|不计分|不给分|[得计记]\d|0分))"
                           # 每超1人扣1分,超5人以上不得分: beyond the target by 5 and more, never 实际值≥5人 (逾期5天以上 is
                           # the lateness itself, read as it stands)
                           r"|(?<![每最])(?:超|多|高)(\d+(?:\.\d+)?)(?![\d.])(%|人|项|个|次|处|件|台|户|元|万元)(?=及?以上)")


_OVER_LAST_YEAR = lazy_compile(r"(?:较|比|与)(?:上一?年度?|去年)")


def refuse_bare_step_level(scorer: Scorer, text: str) -> None:
    if not isinstance(scorer, Piecewise):
        return
    bounds = {bound for interval, _ in scorer.cases for bound in (interval.low, interval.high) if bound is not None}
    for found in _BARE_LEVEL.finditer(text):
        if text[found.start() - 1: found.start()] == "提" and _OVER_LAST_YEAR.search(text):
            continue  # 较上年提高3%以上: the change over last year, its size (rate_change_said.py refuses it read as a level)
        number, unit = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
        value = Decimal(number) / (100 if unit == "%" else 1)
        if value in bounds:  # the shortfall (or the lateness beyond the plan) taken for the level itself
            raise Unplaced(found.group(), f"“{found.group()}”是与什么相比超出（或不足）、从这一数值起（含）还是超过这一数值，"
                                          "没有写明（请写明，如“超过5天不得分”“比目标值低10%以上不得分”“超过目标值5人以上不得分”）",
                           certain=True)
