"""A deadline named by an event, its date in brackets: ``慰问金在春节前（2024年2月9日前）发放到位的得3分，春节后1周内发放的得1分``
/ ``2024年汛前（5月31日前）完工的得4分；6月30日前完工的得2分``. The date is the deadline (2024年2月9日前, 2024年5月31日前, the
year said before the event carried into the date), and the event named again after it with 后 is time past that date
(春节后1周内 → 逾期1周内): the text as the dates' ladder reads it.

The event may also stand in brackets after the date (``须于2024年5月15日（入汛前）前完成入库`` / ``计划于2024年5月31日（汛期前）
完工``): a note of what the date is, dropped so that the date stands with its 前.

Only an event of a few characters right before 前 and the bracket, the bracket holding a month and day (and its year, or
the year said right before the event) and nothing else.
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_EVENT_DATE = lazy_compile(r"(?:(?P<year>\d{4}年)|(?<=[在于])|(?<![\u4e00-\u9fff]))(?P<event>[\u4e00-\u9fff]{1,4}?)前\((?P<date>(?:\d{4}年)?\d{1,2}月\d{1,2}日)"
                           r"(?:前|之前|以前)?\)")


# 2024年5月15日(入汛前)前 / 2024年5月31日(汛期前): the event named after the date (never (含当日), the day itself)
_DATE_NOTE = lazy_compile(r"(?P<date>\d{4}年\d{1,2}月\d{1,2}日)\((?![^()]*(?:含|当日|当天))[\u4e00-\u9fff]{1,6}\)")


def event_dates(text: str) -> str:
    """``春节前(2024年2月9日前)…春节后1周内`` → ``2024年2月9日前…逾期1周内``; ``2024年汛前(5月31日前)`` → ``2024年5月31日前``."""
    text = _DATE_NOTE.sub(r"\g<date>", text)
    found = _EVENT_DATE.search(text)
    if found is None or len(_EVENT_DATE.findall(text)) != 1:
        return text
    date = found.group("date")
    if not date[:4].isdigit():
        if found.group("year") is None:
            return text  # (汛前(5月31日前) with no year: which year's is not said)
        date = found.group("year") + date
    elif found.group("year") is not None:
        return text  # (a year both before the event and in the bracket: which one is the date's?)
    event = re.escape(found.group("event"))
    rest = re.sub(rf"{event}后(?=\d)", "逾期", text[found.end():])
    # 汛期前未完工但于2024年6月30日前完工的: the event's date missed, the later date met — the later date's band alone says it
    rest = re.sub(rf"(?<=[;；。,，]){event}前(?:未|没有)[\u4e00-\u9fff]{{1,4}}?但(?=(?:在|于)?(?:19|20)?\d{{1,4}}年?\d{{1,2}}月)", "", rest)
    return text[:found.start()] + date + "前" + rest
