"""本年事故起数较上年事故起数下降的得3分 / 本年门诊量与上年门诊量比较,增长5%以上的得3分: the measure named for each year is
one measure compared with last year — 事故起数较上年下降的, 门诊量与上年相比增长5%以上的 — its name said once, as the
changes over last year (their ways, bands and steps) are then read. Only the same name for both years, the change said
at once after it (a bare ratio of the two, 本年数/上年数, is not a change and is left as written)."""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_CHANGES = "增长|提高|提升|上升|增加|下降|降低|减少|缩短|持平"
_BOTH_YEARS = lazy_compile(
    r"(?:本年度?|今年|当年度?)(?P<measure>[^,;:。=/÷]{1,15}?)(?:(?P<than>较|比)|(?:与|同|和))(?:上一?年度?|去年)(?P=measure)"
    rf"(?(than)|(?:相比|比较),?)(?=每?(?:{_CHANGES}))")


def _named_once(found: re.Match[str]) -> str:
    return f"{found.group('measure')}{'较上年' if found.group('than') else '与上年相比'}"


def measure_named_once(text: str) -> str:
    """``text`` with a measure named for this year and for last year, then changed, as that measure over last year."""
    return _BOTH_YEARS.sub(_named_once, text)
