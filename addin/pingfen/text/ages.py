"""65岁以上老年人健康管理率、0-6岁儿童、年满18周岁男性公民: an age that names a group of people is part of the
measure's name, not a level the rule compares (65岁 read as a number left the clause's other numbers unplaced, and
60周岁 was 60 weeks). Written in Chinese numerals (六十五岁以上老年人) it stays in the words, as an anniversary does
(anniversary.py); the numeral keeps the number. An age compared or stepped (平均年龄不超过45岁, 每超1岁) is a number
of the rule and stays one.
"""

from __future__ import annotations

import re

from .anniversary import compared_before, spelled
from .lazy_regex import lazy_compile

# the age, a range of ages, and the group it names right after it (以上/以下 between)
_AGE = lazy_compile(r"(?<![\d.])(\d{1,3})(?:[-~至](\d{1,3}))?(周岁|岁)(?=(?:及?以[上下]|及?以内|以?前)?的?"
                    r"[\u4e00-\u9fff]{0,3}?(?:人|儿|童|老|婴|幼|孕|妇|男|女|青|少|学生|居民|群众|患者|职工|农民|村民))")


def ages(text: str) -> str:
    return _AGE.sub(lambda m: m.group() if compared_before(text, m.start()) else _spelled_age(m), text)


def _spelled_age(match: re.Match) -> str:
    first, last, unit = match.groups()
    return spelled(int(first)) + ("至" + spelled(int(last)) if last else "") + unit
