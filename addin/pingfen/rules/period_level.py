"""每月开展巡查不少于2次，未达到的扣1分 / 每月报送信息不少于4条，未达到的月份，每月扣0.5分: a count required in every period is never one count for the whole year.

The level is set per month (or quarter, week, term): two inspections in one month do not make up for none in another,
so comparing the year's count with 2 (实际值≥2次) scores a year with one busy month full marks. How the months that fall
short are counted (the deduction once, or per month short, 未达到的月份每月扣1分) is what the text must say, and a
single threshold cannot say it: refused naming the requirement. Misses counted one by one (缺1次扣2分) are read by
period_misses.py; a level per year (每年…不少于2次) is the year's own count and reads as a threshold.
"""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile
from .clauses import PERIODS
from .errors import Unplaced
from .piecewise import LATENESS_UNITS, Piecewise

_PER_PERIOD = "|".join(p for p in PERIODS if p != "年")
# what the level counts: times, and the things done or sent each period (每月报送信息不少于4条 / 每季度编发简报不少于2期 —
# once read 实际值≥4条, the year's count against a month's level)
_COUNTED = "次|条|篇|件|份|场|期|项|例|起|人次|名|人|户|家|个"
_LEVEL_PER_PERIOD = lazy_compile(
    rf"[^,;。:\n]*?每(?:个)?(?:{_PER_PERIOD})[^,;。:\n]*?(?:不少于|不低于|至少|最少|达到|≥)\d+(?:\.\d+)?(?:{_COUNTED})"
    r"(?![工小个])[^,;。:\n]*")


def refuse_period_level_as_count(scorer: object, text: str) -> None:
    if not isinstance(scorer, Piecewise) or scorer.unit in ("%", "") or scorer.unit in LATENESS_UNITS or not scorer.cases:
        return
    said = _LEVEL_PER_PERIOD.search(text)
    if said is not None:
        raise Unplaced(said.group(), f"“{said.group()}”是每个周期的要求：按全期次数比较，多的周期会补足少的周期；"
                                     "未达到的周期如何扣分（扣一次，还是每个周期各扣）没有写明，请写明如“每有1个月未达到扣1分”",
                       certain=True)
