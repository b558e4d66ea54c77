"""Numbers as text, the way Excel's general format shows them (one home for every module that writes a
number into Chinese text: explanations, messages, rule wordings)."""

from __future__ import annotations

import re
from decimal import Decimal


def general_text(value: Decimal) -> str:
    """How Excel's general format shows a rounded number: no trailing zeros, no exponent."""
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


_DIGITS = "零一二三四五六七八九"


def spelled_place(text: str) -> str:
    """第2名 as 第二名 (and 第12名 as 第十二名): a place of a ranking as it is also typed."""
    def spell(number: int) -> str:
        tens, ones = divmod(number, 10)
        return (("" if tens == 1 else _DIGITS[tens]) + "十" if tens else "") + (_DIGITS[ones] if ones or not tens else "")
    return re.sub(r"(?<=第)(\d{1,2})(?=名)", lambda m: spell(int(m.group(1))), text)
