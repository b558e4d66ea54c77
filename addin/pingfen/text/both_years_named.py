"""本年事故起数较上年事故起数下降的得3分 / 本年门诊量与上年门诊量比较,增长5%以上的得3分: the measure named for each year is
one measure compared with last year — 事故起数较上年下降的, 门诊量与上年相比增长5%以上的 — its name said once, as the
changes over last year (their ways, bands and steps) are then read. Only the same name for both years, the change said
at once after it (a bare ratio of the two, 本年数/上年数, is not a change and is left as written).

Above or below last year beside 持平 (本年度低保退出户数多于上年低保退出户数的得3分，持平的得1分，少于上年的不得分 /
升学率…，与上年持平的得2分，低于上年的不得分) is the change over last year that way: 低保退出户数较上年增加的, 较上年下降的 —
the three ways of change_direction.py and rules/situations.py. Only bare (高于上年, or 少于上年门诊人次 naming the measure named for this year, its points at once after: never
低于上年10% / 低于上年水平 / 不低于上年) and only where 持平 is scored beside it: 高于上年得3分，低于上年不得分 says nothing of
level, and 不低于上年 beside it is last year's value as the target (unchanged_level.py)."""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_CHANGES = "增长|提高|提升|上升|增加|下降|降低|减少|缩短|持平"
_BOTH_YEARS = lazy_compile(
    r"(?:本年度?|今年|当年度?)(?P<measure>[^,;:。=/÷]{1,15}?)(?:(?P<than>较|比)|(?:与|同|和))(?:上一?年度?|去年)(?P=measure)"
    rf"(?(than)|(?:相比|比较),?)(?=每?(?:{_CHANGES}))")


_COMPARED_WORDS = {"高于": "提高", "多于": "增加", "低于": "下降", "少于": "减少"}
_COMPARED = lazy_compile(
    r"(?<![不未没])(?:(?:本年度?|今年|当年度?)(?P<measure>[^,;:。=/÷]{1,15}?))?(?P<word>高于|多于|低于|少于)"
    r"(?:上一?年度?|去年)(?:同期)?(?(measure)(?P=measure)|(?P<after>[\u4e00-\u9fff]{0,15}?))"
    r"(?=的?[,;]?(?:(?:得|计|记|给)(?:满分|\d)|不(?:得|计|记)分))")
_LEVEL_SCORED = lazy_compile(r"(?<!基本)持平的?[,;]?(?:(?:得|计|记|给)(?:满分|\d)|不(?:得|计|记)分)")


def compared_with_last_year(text: str) -> str:
    """``text`` with above / below last year, beside 持平 scored, as the change over last year that way."""
    if _LEVEL_SCORED.search(text) is None:
        return text

    def as_change(found: re.Match[str]) -> str:
        after = found.group("after")
        if after and not re.search(rf"(?:本年度?|今年|当年度?){re.escape(after)}", text):
            return found.group()  # (低于上年水平 / 少于上年任务数: not the measure named for this year)
        return f"{found.group('measure') or ''}较上年{_COMPARED_WORDS[found.group('word')]}"

    return _COMPARED.sub(as_change, text)


def _named_once(found: re.Match[str]) -> str:
    return f"{found.group('measure')}{'较上年' if found.group('than') else '与上年相比'}"


def measure_named_once(text: str) -> str:
    """``text`` with a measure named for this year and for last year, then changed, as that measure over last year."""
    return _BOTH_YEARS.sub(_named_once, text)
