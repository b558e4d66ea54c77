"""An index named with its acronym: ``路况指数PQI≥80得30分；PQI每降低1扣2分，PQI＜70的本项不得分``.

Road and air tables name an index once in full with its Latin acronym (路面技术状况指数MQI, 空气质量指数(AQI)) and then
by the acronym alone. The acronym is the index's name: the text is read with the Chinese name in its place, so that
the levels are those of an index — plain numbers, as 系数/指数 always are — and never 80% of a target (the acronym cut
the name off, and 80 was read as a completion rate).
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_NAMED = lazy_compile(r"([\u4e00-\u9fff]{2,16}(?:指数|系数))\(?([A-Z]{2,6})\)?(?![A-Za-z])")


def index_names(text: str) -> str:
    found = _NAMED.search(text)
    if found is None:
        return text
    name, acronym = found.groups()
    if any(match.group(2) != acronym for match in _NAMED.finditer(text)):
        return text  # two indexes with acronyms of their own: each keeps its own words
    text = text[:found.start()] + name + text[found.end():]
    return re.sub(rf"(?<![A-Za-z\u4e00-\u9fff])(?:{acronym})(?![A-Za-z])", name, text)
