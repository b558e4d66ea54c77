"""补贴资金于当年6月30日前兑付到户的得3分；…（评价年度：2024年）: the year evaluated, said in a note, names the year of
the dates written against it — 当年 (本年, 本年度) is that year, 次年 the one after, 上年 the one before — so the dates
are printed with their year (2024年6月30日前) and only the day the thing was done is entered. Without such a note a
relative date stays year-less, and its planned date is entered (the year is never guessed from the day done).

Only a note of the year alone (评价年度/考核年度/评价年份, in brackets or a closing 注:) and only when some date is
written against it; the note is then dropped, having been read.
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_YEAR = r"(?P<year>(?:19|20)\d{2})年度?"
_NAMED = r"(?:评价|考核|绩效评价|考评)(?:年度|年份)(?:为|是|:)"
# (评价年度:2024年) / 注:评价年度为2024年。
_BRACKETED = lazy_compile(rf"\((?:注:)?{_NAMED}{_YEAR}\)")
_CLOSING = lazy_compile(rf"(?:(?<=[。;\n])|^)\s*(?:注|说明|备注):{_NAMED}{_YEAR}[。;]?\s*$")
_RELATIVE = lazy_compile(r"(当年度?|本年度?|次年|上年度?)(?=\d{1,2}月)")
_SHIFT = {"当年": 0, "当年度": 0, "本年": 0, "本年度": 0, "次年": 1, "上年": -1, "上年度": -1}


def evaluation_year(text: str) -> str:
    """``text`` with its dates against the year evaluated (当年6月30日, 次年3月31日) printed with that year, and the note
    naming it dropped."""
    notes = [*_BRACKETED.finditer(text), *_CLOSING.finditer(text)]
    if len(notes) != 1 or _RELATIVE.search(text) is None:
        return text
    note = notes[0]
    year = int(note.group("year"))
    text = (text[:note.start()] + text[note.end():]).rstrip()
    return _RELATIVE.sub(lambda match: f"{year + _SHIFT[match.group(1)]}年", text)
