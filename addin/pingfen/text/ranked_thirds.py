"""位次处于前三分之一（前1/3）的得4分，中间三分之一的得2分，后三分之一的不得分（全市共12个县市区）: a field of places cut in
thirds, read as the places each third holds (第1-4名, 第5-8名, 第9名及以后) once the field's size is printed and divides
by three.

A field that does not divide (13 places: is the 5th in the first third?) or whose size is not printed keeps its
fractions, which the reader refuses as it refuses every 几分之几.
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_THIRD = r"(?:3分之一|1/3)"
_THIRDS = lazy_compile(rf"前{_THIRD}(?P<first>.*?)中间{_THIRD}(?P<middle>.*?)后{_THIRD}")
_FIELD_SIZE = lazy_compile(r"共(\d+)个")
_RANKED = lazy_compile(r"排名|名次|位次")
_SIZE_NOTE = lazy_compile(r"\([\u4e00-\u9fff]{0,4}共\d+个[^()]{0,12}\)")


def ranked_thirds(text: str) -> str:
    """``位次处于前3分之一的得4分,中间3分之一的得2分,后3分之一的不得分(全市共12个县市区)`` →
    ``位次处于第1-4名的得4分,第5-8名的得2分,第9名及以后的不得分(全市共12个县市区)``."""
    thirds = _THIRDS.search(text)
    sizes = _FIELD_SIZE.findall(text)
    if not thirds or len(sizes) != 1 or not _RANKED.search(text) or re.search(_THIRD, text[thirds.end():]):
        return text
    size = int(sizes[0])
    if size < 3 or size % 3:
        return text
    third = size // 3
    places = f"第1-{third}名{thirds.group('first')}第{third + 1}-{2 * third}名{thirds.group('middle')}第{2 * third + 1}名及以后"
    # (全省共15个统筹区) in brackets: the size the places are worked from, said by them now
    return _SIZE_NOTE.sub("", text[: thirds.start()] + places + text[thirds.end():])
