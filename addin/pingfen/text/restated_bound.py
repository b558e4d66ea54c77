"""A band's bound restated in its inclusion mark: ``90%以上(含90%)`` / ``80%以下(不含80%)`` / ``80%(含80%)以上``.
The mark names the number just said, so it is that number's ``(含)`` / ``(不含)`` — which the band readers read as
including it or not. A mark that excludes a number beyond the bound is the band's other end: ``90%以上(不含100%)`` is
90% up to 100%, not included (100% being the band above) — written as the range ``90%(含)-100%(不含)``, and
``20%以下(不含5%)`` as ``5%(不含)-20%(含)``. Any other mark naming another number (``90%以上(含85%)``, ``90%以上(不含80%)``:
no band reads so) stays as written, for the reader to refuse.
A mark said after 以上 before the band's upper end (``95%以上(含)不足100%`` / ``95%以上（含）低于100%``) is its lower
bound's, as ``95%(含)以上不足100%`` writes it.
"""

from __future__ import annotations

from decimal import Decimal

from .lazy_regex import lazy_compile

_MARK_BEFORE_END = lazy_compile(r"(?<![\d.])(\d+(?:\.\d+)?%?)以上\(含\)(?=(?:不足|低于|未达到|未满|不到|<)\d)")
_RESTATED = lazy_compile(r"(?<![\d.])(\d+(?:\.\d+)?)(%?)((?:及|或)?以[上下])?\((不?含)(\d+(?:\.\d+)?)(%?)\)")


def restated_bounds(text: str) -> str:
    """``90%以上(含90%)`` → ``90%以上(含)``; ``90%以上(不含100%)`` → ``90%(含)-100%(不含)``."""
    def once(found):
        number, unit, side, mark, named, named_unit = found.groups()
        if named_unit and named_unit != unit:
            return found.group(0)
        if named == number:
            return f"{number}{unit}{side or ''}({mark})"
        if mark == "不含" and side is not None and side.endswith("以上") and Decimal(named) > Decimal(number):
            return f"{number}{unit}(含)-{named}{unit}(不含)"
        if mark == "不含" and side is not None and side.endswith("以下") and Decimal(named) < Decimal(number):
            return f"{named}{unit}(不含)-{number}{unit}(含)"
        return found.group(0)
    return _MARK_BEFORE_END.sub(r"\1(含)以上", _RESTATED.sub(once, text))
