"""The words of measured quantities, written as the lexicon reads them:

- square metres: ``6.5㎡`` (``6.5m2`` after NFKC), ``6.5m²``, ``6.5平米`` are ``6.5平方米`` (``85万㎡`` ``85万平方米``); ``㎥`` / ``m3`` are 立方米,
  so a range ``4㎡-6.5㎡`` and a step ``人均面积少1㎡`` carry their unit (never read as a bare number or a percentage);
- half a unit of time: ``每迟报半天`` is ``每迟报0.5天``, ``半小时`` / ``半个小时`` ``0.5小时``, ``半个月`` ``0.5个月``,
  ``半个工作日`` ``0.5个工作日`` (上半年/下半年 and 半年 name periods and stay words);
- an end of a range said again with its inclusion: ``4㎡-6.5㎡(不包括6.5㎡)`` is ``(不含6.5平方米)``, ``(包括4)`` ``(含4)``
  (the reader binds such a bracket to its own number only);
- places of a ranking in Chinese numerals: ``第一名`` … ``第十名``, ``倒数第二名`` are ``第1名`` …, a place (a rank), never
  a count of anything.

Nothing is dropped: each word becomes its number with the same unit.
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_SQUARE = lazy_compile(r"(?:(?<=\d)|(?<=\d[万千]))[ \t\u3000]*(?:m2|m²|平米)(?![\d\u00b2a-zA-Z])")
_CUBIC = lazy_compile(r"(?:(?<=\d)|(?<=\d[万千]))[ \t\u3000]*(?:m3|m³|立米)(?![\d\u00b3a-zA-Z])")
_HALF = lazy_compile(r"(?<![\d.上下前后多大一两])半(个)?(天|日|小时|工作日|月)")
_INCLUDING = lazy_compile(r"\((不)?(?:包括|包含)(?=\d+(?:\.\d+)?[^\d()]{0,6}\))")
# (第一至第三名 / 位列第四至第六的: a range of places, its first end or both without 名 after them)
_PLACE = lazy_compile(r"第([一二三四五六七八九十]{1,3})(?=名|(?:至|到|-|~)第[一二三四五六七八九十\d]{1,3}名)"
                      r"|(?<=位列)第([一二三四五六七八九十]{1,3})(?=[至到\-~的])|(?<=[至到\-~])第([一二三四五六七八九十]{1,3})(?=的)")
_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def place_number(numeral: str) -> str | None:
    """一 … 九十九 as a number; None for anything else (十十)."""
    if "十" not in numeral:
        return str(_DIGITS[numeral]) if len(numeral) == 1 else None
    tens, _, ones = numeral.partition("十")
    if "十" in ones or len(tens) > 1 or len(ones) > 1:
        return None
    return str((_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[ones] if ones else 0))


def _half(match) -> str:  # type: ignore[no-untyped-def]
    unit = match.group(2)
    if unit == "月" and not match.group(1):  # 半月 (a fortnight's report, 半月刊): only 半个月 is half a month
        return match.group()
    return "0.5" + ("个" if match.group(1) and unit in ("月", "工作日") else "") + unit


def measure_words(text: str) -> str:
    text = _CUBIC.sub("立方米", _SQUARE.sub("平方米", text))
    text = _HALF.sub(_half, text)
    text = _INCLUDING.sub(lambda m: f"({m.group(1) or ''}含", text)
    return _PLACE.sub(_place, text)


def _place(match) -> str:  # type: ignore[no-untyped-def]
    numeral = next(group for group in match.groups() if group)
    number = place_number(numeral)
    if number is None:
        return match.group()
    # (位列第四至第六的: the 名 the places are counted in, said)
    said_alone = match.group(3) or (match.group(2) and match.string.startswith("的", match.end()))
    return f"第{number}" + ("名" if said_alone else "")
