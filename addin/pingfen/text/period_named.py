"""债券资金发行后6个月内支出比例达到70%的得4分 / 资金下达后30日内拨付率达到100%得2分: a period that names the measure (what
was paid within 30 days of its release) is part of the measure's name, not a deadline the rule compares — read as one
it left the measure's own level unplaced (70% 无法识别其含义). Written in Chinese numerals (六个月内支出比例) it stays in the
words, as an age naming a group does (ages.py); the numeral keeps the number.

Only a period closed by 内 straight before the measure (a rate, 比例 or 进度, up to 8 characters on) and the measure's
level after it; a period compared (不超过30日, 30日内完成的得2分) is a number of the rule and stays one.
"""

from __future__ import annotations

import re

from .anniversary import compared_before, spelled
from .lazy_regex import lazy_compile

# the period, then the measure it names, then that measure's level (达到70% / ≥70% / 为100%)
_PERIOD = lazy_compile(r"(?<![\d.])(\d{1,3})(个月|个工作日|工作日|日|天|年)(以内|之内|内)(?=[\u4e00-\u9fff]{0,8}?(?:率|比例|进度)"
                       r"(?:在|达到|达|为|不低于|不少于|≥|>|=)?\d)")


def periods_named(text: str) -> str:
    return _PERIOD.sub(lambda m: m.group() if compared_before(text, m.start()) else _spelled(m), text)


def _spelled(match: re.Match) -> str:
    number, unit, within = match.groups()
    return spelled(int(number)) + unit + within
