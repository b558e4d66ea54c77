"""A band's bound restated in its inclusion mark: ``90%以上(含90%)`` / ``80%以下(不含80%)`` / ``80%(含80%)以上``.
The mark names the number just said, so it is that number's ``(含)`` / ``(不含)`` — which the band readers read as
including it or not. A mark that excludes a number beyond the bound is the band's other end: ``90%以上(不含100%)`` is
90% up to 100%, not included (100% being the band above) — written as the range ``90%(含)-100%(不含)``, and
``20%以下(不含5%)`` as ``5%(不含)-20%(含)``. Any other mark naming another number (``90%以上(含85%)``, ``90%以上(不含80%)``:
no band reads so) stays as written, for the reader to refuse.
A mark said after 以上 before the band's upper end (``95%以上(含)不足100%`` / ``95%以上（含）低于100%``) is its lower
bound's, as ``95%(含)以上不足100%`` writes it; so before the upper end said with its own 以下 (``95%以上(含95%)98%以下``).
The two ends of one band joined by a 、 (``90%(含)以上、100%以下``) are the band ``90%(含)以上100%以下``, when the second is
the higher (else the 、 lists two levels, which stay for the reader).
So is a mark said apart from its number, later in the band's sentence: ``95%以上得3分(含95%)`` / ``达到50%以上的(含50%)得3分``
are ``95%以上(含)得3分`` / ``达到50%以上(含)的得3分``, and one bracket may mark both ends of a range, ``90%-95%(含95%,不含90%)``
being ``90%(不含)-95%(含)``. Only where each number named is said once in that sentence before the mark (else which
one it marks is not certain, and the mark stays for the reader to refuse); one mark right after a range
(``90%--95%(含90%)``) is left to the band readers, which bind it to the end it names.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .lazy_regex import lazy_compile

_MARK_BEFORE_END = lazy_compile(r"(?<![\d.])(\d+(?:\.\d+)?%?)以上\(含\)(?=(?:不足|低于|未达到|未满|不到|<)\d"
                                r"|\d+(?:\.\d+)?%?(?:以下|以内)(?![\d(]))")
_ENDS_LISTED = lazy_compile(r"(?<![\d.])(\d+(?:\.\d+)?)(%?)(\((?:不?含)\))?以上、(\d+(?:\.\d+)?)(%?)(?=(?:\((?:不?含)\))?以下)")
_RESTATED = lazy_compile(r"(?<![\d.])(\d+(?:\.\d+)?)(%?)((?:及|或)?以[上下])?\((不?含)(\d+(?:\.\d+)?)(%?)\)")


# (含95%) / (不含90%) / (含95%,不含90%): marks, each naming its number, in a bracket of their own
# (180-220元/盏(含220元): the number's unit said in the mark, the band's own)
_MARK_UNITS = r"(?:%|分|人|个|家|项|次|元|万元|天|日|小时|公里|吨|亩|户)"
_MARKS = lazy_compile(rf"\((不?含)(\d+(?:\.\d+)?{_MARK_UNITS}?)(?:[,、;](不?含)(\d+(?:\.\d+)?{_MARK_UNITS}?))?\)")
_AFTER_NUMBER = lazy_compile(r"\d%?$")
_SENTENCE_END = lazy_compile(r"[;。\n](?![^()]*\))")  # (a 、 or , inside the bracket is the bracket's own)


def _marks_apart(text: str) -> str:
    """``95%以上得3分(含95%)`` → ``95%以上(含)得3分``; ``90%-95%(含95%,不含90%)`` → ``90%(不含)-95%(含)``."""
    for found in reversed(list(_MARKS.finditer(text))):
        start = max((end.end() for end in _SENTENCE_END.finditer(text, 0, found.start())), default=0)
        named = [(found.group(1), found.group(2))] + ([(found.group(3), found.group(4))] if found.group(3) else [])
        if len(named) == 1 and _AFTER_NUMBER.search(text, 0, found.start()):
            continue  # 90%-95%(含90%): one mark right after a range, which the band readers bind to its end themselves
        places = []
        for mark, number in named:
            said = [m for m in re.compile(rf"(?<![\d.]){re.escape(number)}(?![\d.%])((?:及|或)?以[上下])?").finditer(
                text, start, found.start())]
            if len(said) != 1 or (len(named) == 2 and said[0].group(1)):
                break  # (a number said twice, or not at all; 以上 on a range's end)
            places.append((said[0].end(), mark))
        else:
            if len({place for place, _ in places}) != len(places):
                continue
            text = text[:found.start()] + text[found.end():]
            for place, mark in sorted(places, reverse=True):
                text = f"{text[:place]}({mark}){text[place:]}"
    return text


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
    text = _RANGE_END_MARKED.sub(_range_end_marked, text)
    text = _marks_apart(_MARK_BEFORE_END.sub(r"\1(含)以上", _RESTATED.sub(once, text)))
    return _ENDS_LISTED.sub(_one_band, text) if "以上、" in text else text


# 80-90%(含80%) / 80-90分(含80分): a range with its unit said once, at its end, and a mark naming one end in that unit
_RANGE_END_MARKED = lazy_compile(rf"(?<![\d.%])(\d+(?:\.\d+)?)(-|~|至|到)(\d+(?:\.\d+)?)({_MARK_UNITS})\((不?含)(\d+(?:\.\d+)?)\4\)")


def _range_end_marked(found: re.Match) -> str:
    """``80-90%(含80%)`` → ``80%(含)-90%``; ``80-90分(含90分)`` → ``80-90分(含)``; a mark naming neither end stays."""
    low, dash, high, unit, mark, named = found.groups()
    if named == low:
        return f"{low}{unit}({mark}){dash}{high}{unit}"
    if named == high:
        return f"{low}{dash}{high}{unit}({mark})"
    return found.group(0)


def _one_band(found: re.Match) -> str:
    """``90%(含)以上、100%以下`` → ``90%(含)以上100%以下``, when the second end is above the first in the same unit."""
    low, low_unit, mark, high, high_unit = found.groups()
    if low_unit != high_unit or Decimal(high) <= Decimal(low):
        return found.group(0)
    return f"{low}{low_unit}{mark or ''}以上{high}{high_unit}"
