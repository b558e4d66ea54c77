"""The sign of the measure as a band: ``有正订正技巧5%以上的得1分，正技巧在5%以下得0.5分，负技巧的不得分``.

A skill score (订正技巧: the forecast's score relative to the guidance forecast) is positive or negative; 正技巧 is
the band above 0, 负技巧 the band below it. A level written with the positive sign narrows that band (正技巧在5%以下:
above 0 and up to 5%); a level with the negative sign (负技巧在5%以下: how far below 0?) is not read. Exactly 0
is neither: it lies in no band, which the reader's coverage check and the explanation (不在评分档位内) say.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from ..text.lexicon import Token
from .piecewise import Interval

ZERO = Decimal(0)
_SIGNED = lazy_compile(r"[正负](订正技巧|技巧)")


def signed_label(text: str) -> str | None:
    """订正技巧 for a rule whose bands are 正订正技巧 / 负技巧: the measure the sign is of."""
    found = _SIGNED.search(text)
    return None if found is None else "订正技巧"


def signed_condition(condition, sign: Token):
    """``condition`` (a Condition or None) within the band the sign names; None when the two cannot hold together."""
    from .clauses import Condition

    if sign.value == "<0":
        return None if condition is not None else Condition(Interval(low_inclusive=False, high=ZERO, high_inclusive=False), "", (False, True))
    if condition is None:
        return Condition(Interval(low=ZERO, low_inclusive=False), "", (True, False))
    interval = condition.interval
    if not all(bound is None or isinstance(bound, Decimal) for bound in interval.bounds()) or interval.magnitude:
        return None  # a bound set off from the target, or a size either way: not a level of the sign's measure
    if interval.high is not None and interval.high <= 0:
        return None  # 正技巧在-5%以下: nothing is both
    if interval.low is None or interval.low < 0 or (interval.low == 0 and interval.low_inclusive):
        interval = replace(interval, low=ZERO, low_inclusive=False)  # 正技巧在5%以下: (0, 5%]
    return replace(condition, interval=interval)
