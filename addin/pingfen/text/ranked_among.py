"""在全市12个县（市、区）中排名第1-4名的得5分，第5-8名的得3分，第9-12名的得1分: the number ranked, said before the
places — no place is below the last, so the band that ends there is every place from its first on (第9名及以后), and
the count is the field's size, not a level to reach.

Only where the count is said once (在…N个…中排名 / 在N个…中排名), the last band of places ends at it (or is open
already: 第10名及以后) and no place beyond it is named; anything else keeps its number (a count the reader refuses).
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

# 在全市12个县(市、区)中排名 / 在参评的20个单位中排名: the field, counted
_AMONG = lazy_compile(r"(?:在|(?<![\u4e00-\u9fff]))(?P<where>[\u4e00-\u9fff]{0,6}?)(?P<count>\d+)个[\u4e00-\u9fff]{1,8}(?:\([^()]{1,10}\))?中"
                      r"(?:(?=排名|的排名|名次)|(?P<places>,(?=前\d+名|第?\d+(?:-|~|至|到)第?\d+名)))")
_PLACES = lazy_compile(r"(?P<first>\d+)(?:-|~|至|到)第?(?P<last>\d+)名")
_PLACE = lazy_compile(r"(\d+)名")
# 第10名及以后不得分: the last band open, every place from its first on (the field's size then only says how many)
_OPEN_LAST = lazy_compile(r"\d+名(?:及|或)?(?:以后|之后|以下)")


def ranked_among(text: str) -> str:
    """``在全市12个县(市、区)中排名第1-4名…,第9-12名的得1分`` → ``在全市排名第1-4名…,第9名及以后的得1分``."""
    among = _AMONG.findall(text)
    if len(among) != 1:
        return text
    count = int(among[0][1])
    places = list(_PLACES.finditer(text))
    if not places or any(int(p) > count for p in _PLACE.findall(text)):
        return text
    last = places[-1]
    if int(last.group("last")) == count:
        text = text[: last.start()] + f"{last.group('first')}名及以后" + text[last.end():]
    elif not _OPEN_LAST.search(text, last.end()):
        return text  # (第10-11名 the last places named of 12: the 12th's points not said)
    # (全县18个乡镇中,前6名…: the field said with no 排名 after it, the places listed next — a ranking all the same)
    return _AMONG.sub(lambda match: f"{match.group('where')}排名," if match.group("places") else f"在{match.group('where')}", text)
