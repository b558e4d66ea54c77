"""迟到3次以内不扣分，超出部分每次扣0.5分 / 案件宗数低于区要求不扣分，超出部分每宗次扣1分: an allowance that costs
nothing, then each unit of the part beyond it (超出部分) deducts.

With the allowance a number (3次以内, 不超过3次) the part beyond it is the measure's excess over that number, each unit
of it one step: 迟到不超过3次不扣分，每超过1次扣0.5分, which the steps' reading scores from the count entered. With the
allowance named in words (低于区要求, 在区要求以内) its number is not in the rule: the evaluator counts the units beyond
it, each one a fault (案件宗数超出区要求部分每宗次扣1分). Only when the part beyond is counted in the allowance's own
unit (每次 after 3次), or in a unit of things (每宗次) after an allowance in words; anything else is left as written
(超出部分按比例扣分 / 偏差率控制在±3%以内得满分，超出部分每1个百分点扣0.5分 have readings of their own).
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_FREE = r"(?:的)?,?(?:不扣分|不予扣分),"
_BEYOND = r"(?:超出|超过)(?:的)?部分(?:的)?,?每(?:1|一)?"
_UNITS = r"宗次|人次|[次宗件个人项起例户处天日]"
# 3次以内 / 在3次以内 / 不超过3次: the allowance a number, in the unit the part beyond it is counted in
_NUMBERED = lazy_compile(
    rf"(?:(?<=[,;。:])|^)(?P<name>[\u4e00-\u9fff“”]{{2,20}}?)"
    rf"(?:(?:在)?(?P<level>\d+(?:\.\d+)?)(?P<unit>{_UNITS})(?:以内|之内|以下)|(?:不超过|未超过|不多于|不高于)(?P<level2>\d+(?:\.\d+)?)(?P<unit2>{_UNITS}))"
    rf"{_FREE}{_BEYOND}(?P<counted>{_UNITS})(?=扣|减)")
# 低于区要求 / 在区要求以内 / 不超过规定数: the allowance named in words, no number in it
_NAMED = lazy_compile(
    rf"(?:(?<=[,;。:])|^)(?P<name>[\u4e00-\u9fff“”]{{2,20}}?)"
    rf"(?:(?:低于|少于|不超过|未超过|不多于|不高于)(?P<ref>[\u4e00-\u9fff“”]{{2,20}}?)|在(?P<within>[\u4e00-\u9fff“”]{{2,20}}?)(?:以内|之内|范围内))"
    rf"{_FREE}{_BEYOND}(?P<counted>{_UNITS})(?=扣|减)")


def _numbered(match: re.Match[str]) -> str:
    level, unit = (match.group("level"), match.group("unit")) if match.group("level") else (match.group("level2"), match.group("unit2"))
    if unit != match.group("counted"):
        return match.group()  # (3天以内不扣分，超出部分每次扣1分: days allowed, times counted — left as written)
    return f"{match.group('name')}不超过{level}{unit}不扣分,每超过1{unit}"


def _named(match: re.Match[str]) -> str:
    reference = match.group("ref") or match.group("within")
    return f"{match.group('name')}超出{reference}部分每{match.group('counted')}"


def excess_parts(text: str) -> str:
    return _NAMED.sub(_named, _NUMBERED.sub(_numbered, text))
