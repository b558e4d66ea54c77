"""A band's bound restated in its inclusion mark: ``90%以上(含90%)`` / ``80%以下(不含80%)`` / ``80%(含80%)以上``.
The mark names the number just said, so it is that number's ``(含)`` / ``(不含)`` — which the band readers read as
including it or not. A mark naming another number (``90%以上(不含100%)``: the band stops short of 100%) is a bound of
its own and stays as written.
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_RESTATED = lazy_compile(r"(?<![\d.])(\d+(?:\.\d+)?)(%?)((?:及|或)?以[上下])?\((不?含)(\d+(?:\.\d+)?)(%?)\)")


def restated_bounds(text: str) -> str:
    """``90%以上(含90%)`` → ``90%以上(含)``: the bracket's number, when it is the bound's own, is said once."""
    def once(found):
        number, unit, side, mark, named, named_unit = found.groups()
        if named != number or (named_unit and named_unit != unit):
            return found.group(0)
        return f"{number}{unit}{side or ''}({mark})"
    return _RESTATED.sub(once, text)
