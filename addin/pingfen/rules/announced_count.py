"""What is counted, announced before the amount: ``按照未完成事项进行扣分，每项扣5分`` — the deduction per item of what
the announcing clause names, as ``每项未完成事项扣5分`` says it. Only a failure (未/不/没有/缺/错/违) is so announced:
``按照考核细则扣分，每项扣5分`` names the rules deducted by, not a thing counted, and stays unread.
"""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile

_ANNOUNCED = lazy_compile(r"按(?:照)?((?:(?!扣)[\u4e00-\u9fff]){0,8}?(?:未|不|没有|缺|错|违)[\u4e00-\u9fff]{1,10}?)(?:进行)?扣分,"
                          r"(每(?:项|例|次|处|个|件|起))(?=扣\d)")


def announced_counts(text: str) -> str:
    """The text with each announced count written into its per-item deduction."""
    return _ANNOUNCED.sub(r"\2\1", text)
