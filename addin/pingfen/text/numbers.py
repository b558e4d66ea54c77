"""Numbers as text, the way Excel's general format shows them (one home for every module that writes a
number into Chinese text: explanations, messages, rule wordings)."""

from __future__ import annotations

from decimal import Decimal


def general_text(value: Decimal) -> str:
    """How Excel's general format shows a rounded number: no trailing zeros, no exponent."""
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text
