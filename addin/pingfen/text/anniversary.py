"""庆祝中华人民共和国成立70周年、纪念五四运动100周年: an anniversary is part of the name of an event, not a number
the rule counts or compares. Written in Chinese numerals (七十周年、一百周年) it stays in the words of the clause,
as 十三五规划 does, and no reading takes it for a quantity (70周 would be weeks). Only N周年 after words is written
so; the numeral keeps the number (nothing is dropped).
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_DIGITS = "零一二三四五六七八九"
_ANNIVERSARY = lazy_compile(r"(?<=[\u4e00-\u9fff])(\d{1,3})(?=周年)")


def spelled(number: int) -> str:
    """0–999 in Chinese numerals (70 → 七十, 105 → 一百零五)."""
    hundreds, rest = divmod(number, 100)
    tens, ones = divmod(rest, 10)
    head = _DIGITS[hundreds] + "百" if hundreds else ""
    if tens:
        middle = ("" if tens == 1 and not hundreds else _DIGITS[tens]) + "十"
    else:
        middle = "零" if hundreds and ones else ""
    return head + middle + (_DIGITS[ones] if ones or not (hundreds or tens) else "")


def anniversaries(text: str) -> str:
    return _ANNIVERSARY.sub(lambda m: spelled(int(m.group(1))), text)


# 每30天 / 不超过5年 / ≥70%: a number right after a comparison or a step is a level, never a name to spell out
_COMPARED = lazy_compile(r"(?:每|超过?|不超过|不高于|不低于|低于|高于|大于|小于|不大于|不小于|达到|达|[≥≤<>=])$")


def compared_before(text: str, start: int) -> bool:
    """The words just before ``start`` compare (or step by) the number there: ages.py and period_named.py leave it as is."""
    return _COMPARED.search(text, 0, start) is not None
