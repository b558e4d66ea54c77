"""A band's two ends written from the top down: ``100%>完成率≥85%`` / ``90%≥满意度>80%`` are ``85%≤完成率<100%`` /
``80%<满意度≤90%``, the measure between its ends as the band readers know them (written so, the first number was taken
for a condition of its own with no points and the text refused).

Each operator keeps its own mark as it turns round: ``>`` ends the band below the first number (not included), ``≥``
includes it, and the same for the second. Only where both operators point down, the first number is the larger, both
numbers are in one unit and the measure between them is a name (no number, operator or sign of a formula in it): any
other chain (``85%<完成率≥70%``, ``100>完成率≥85%``) stays as written, for the reader to refuse.
"""

from __future__ import annotations

from decimal import Decimal

from .lazy_regex import lazy_compile

# (a clause's opening: the chain's first number is its own, not a formula's result or a date's day)
_DESCENDING = lazy_compile(r"(?:^|(?<=[;；,，:：。(\n]))(?P<high>\d+(?:\.\d+)?)(?P<unit>%|‰|分|个|人|家|项|次|天|元|万元)?"
                           r"(?P<upper>[>≥])(?P<name>[\u4e00-\u9fffA-Za-z“”()]{1,20}?)(?P<lower>[>≥])"
                           r"(?P<low>\d+(?:\.\d+)?)(?P<low_unit>%|‰|分|个|人|家|项|次|天|元|万元)?(?![\d.])")
_TURNED = {">": "<", "≥": "≤"}


def ascending_bounds(text: str) -> str:
    """``100%>完成率≥85%`` → ``85%≤完成率<100%``."""
    def turned(found) -> str:  # type: ignore[no-untyped-def]
        unit, low_unit = found.group("unit") or "", found.group("low_unit") or ""
        if unit != low_unit or Decimal(found.group("high")) <= Decimal(found.group("low")):
            return found.group()
        return (f"{found.group('low')}{low_unit}{_TURNED[found.group('lower')]}{found.group('name')}"
                f"{_TURNED[found.group('upper')]}{found.group('high')}{unit}")
    return _DESCENDING.sub(turned, text)
