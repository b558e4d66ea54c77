"""Bands of the day a thing is done, each closed by a date: ``2023年6月30日前配送到位的得2分，7月31日前到位得1分，之后到位
不得分`` / ``应在汛期前(2023年5月31日)完工，按期完工的得5分;6月30日前完工的得3分;7月31日前完工的得1分;7月31日后完工的
不得分`` / ``应于当年9月底前完成，按期完成得2分，10月完成得1分，11月及以后完成的不得分``.

The first band is on time: by its own date, or 按期 beside the deadline said before it. Each later band is reached by its
own date (前: on or before it, as a deadline is kept on its day) or within its month (10月完成: the month after the
deadline's), starting the day after the band before it ends; the last clause scores every day after the last band.
Dates are days apart on the calendar, so each band is a lateness in days from the deadline — ``0天<逾期天数≤30天得3分``,
which the reader scores from the planned and actual completion dates (the deadline's date kept when it has its year).

Read so only when the bands follow one another with no day left out or counted twice, their points fall, and each
later band names the first one's deed (到位 after 配送到位, 拨付到位 after 拨付) — 6月30日前开工…，9月30日前完工… are two deeds, left as written.
Dates without a year are a year's days when no 29 February can lie between them (the same year assumed; a band past
February, or into the next year, is left as written).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from .lazy_regex import lazy_compile

_DATE = r"(?:(?P<{p}y>(?:19|20)\d{{2}})年)?(?P<{p}m>\d{{1,2}})月(?:(?P<{p}d>\d{{1,2}})日|(?P<{p}e>底|末))"
_BEFORE = r"(?:前|之前|以前)"
_DEED = r"(?P<deed>(?:(?![未不没无得计记给扣])[\u4e00-\u9fff]){1,6}?)"
_POINTS = r"的?,?(?:本项)?(?:得|计|记)(?P<points>\d+(?:\.\d+)?)分"
_NONE = r"的?,?(?:本项)?(?:不得分|不计分|得0分|计0分)"

# a clause ending at a date (6月30日前完工的得3分), or within a month (10月完成得1分)
_BY_DATE = lazy_compile(rf"(?:在|于)?{_DATE.format(p='')}{_BEFORE}{_DEED}{_POINTS}")
# the first band after what is done (农村饮水安全工程2024年4月30日前通水的得4分), never a lateness or a deed undone before it
_NAMED_BY_DATE = lazy_compile(rf"(?P<subject>(?:(?![未不没无]|逾期|延期|延迟|推迟|超期)[\u4e00-\u9fff]){{2,16}}?)"
                              rf"(?:应|须)?(?:在|于)?{_DATE.format(p='')}{_BEFORE}{_DEED}{_POINTS}")
_IN_MONTH = lazy_compile(rf"(?:在|于)?(?P<m>\d{{1,2}})月份?(?:内|当月)?{_DEED}{_POINTS}")
# on time beside the deadline said before it: 按期完工的得5分
_ON_TIME = lazy_compile(rf"(?:按期|按时|如期|准时){_DEED}{_POINTS}")
# the deadline said before the bands: 应于当年9月底前完成 / 应在汛期前(2023年5月31日)完工
_DEADLINE = lazy_compile(rf"(?:应|须|需|要求)(?:在|于)?(?:当年|本年)?[\u4e00-\u9fff]{{0,6}}?"
                         rf"(?:{_DATE.format(p='')}{_BEFORE}?|{_BEFORE}\({_DATE.format(p='q')}\))")
# every day after the last band: 7月31日后完工的不得分 / 之后到位不得分 / 11月及以后完成的不得分
_AFTER_DATE = lazy_compile(rf"{_DATE.format(p='')}(?:后|之后|以后){_DEED}?{_NONE}")
_AFTER_MONTH = lazy_compile(rf"(?P<m>\d{{1,2}})月份?(?:及|及其)?(?:以后|之后){_DEED}?{_NONE}")
_AFTER_BARE = lazy_compile(rf"(?:之后|以后|此后|逾期|超过)(?:的)?{_DEED}?{_NONE}")


def _day(found: re.Match[str], prefix: str, year: int | None) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of a date written in ``found``'s groups named with ``prefix``."""
    month = int(found.group(f"{prefix}m"))
    said_year = found.group(f"{prefix}y")
    if not 1 <= month <= 12:
        return None
    if found.group(f"{prefix}e"):
        day = calendar.monthrange(int(said_year or year or 2023), month)[1]
        if month == 2 and said_year is None and year is None:
            return None  # (2月底: 28 or 29 days, the year unsaid)
    else:
        day = int(found.group(f"{prefix}d"))
    return (int(said_year) if said_year else None), month, day


class _Unread(Exception):
    """The clauses are not one run of dated bands."""


def _on_calendar(days: list[tuple[int | None, int, int]]) -> list[date]:
    """The days as dates: each year-less one in the year of the one before it (or of the first with a year); none at all
    said, a year with no 29 February between them — a year-less run reaching into March from January or February is unread."""
    known = next((year for year, _, _ in days if year is not None), None)
    if known is None and days[0][1] <= 2 < days[-1][1]:
        raise _Unread
    year = known or 2023
    dates = []
    for said, month, day in days:
        year = said or year
        try:
            dates.append(date(year, month, day))
        except ValueError:
            raise _Unread from None
    if any(later <= earlier for earlier, later in zip(dates, dates[1:])):
        raise _Unread
    return dates


def _month_end(start: date, month: int) -> date:
    """The last day of ``month`` when that month begins the day after ``start`` (10月 after 9月30日)."""
    following = start + timedelta(days=1)
    if following.day != 1 or following.month != month:
        raise _Unread
    return date(following.year, month, calendar.monthrange(following.year, month)[1])


def _same_deed(first: str, later: str) -> bool:
    """配送到位 then 到位, 拨付 then 拨付到位: one deed, said shorter or longer (开工 then 完工 are two)."""
    return later in first or first in later


def _closed(after: re.Match[str], last: date) -> bool:
    """The closing clause scores the days after the last band: its date is the band's end (7月31日后), its month the
    next one (11月及以后 after October), or it names none (之后)."""
    if after.re.pattern == _AFTER_DATE.pattern:
        said = _day(after, "", last.year)
        return said is not None and (said[0] or last.year, said[1], said[2]) == (last.year, last.month, last.day)
    if after.re.pattern == _AFTER_MONTH.pattern:
        following = last + timedelta(days=1)
        return following.day == 1 and following.month == int(after.group("m"))
    return True


def _opening(clause: str, deadline: re.Match[str] | None) -> tuple[re.Match[str], tuple[int | None, int, int] | None] | None:
    """The on-time band and the deadline's day: its own date, or 按期 beside the deadline said before it."""
    by_date = _BY_DATE.fullmatch(clause) or _NAMED_BY_DATE.fullmatch(clause)
    if by_date is not None:
        return by_date, _day(by_date, "", None)
    on_time = _ON_TIME.fullmatch(clause)
    if on_time is None or deadline is None:
        return None
    return on_time, _day(deadline, "q" if deadline.group("qm") else "", None)


def _rewrite(clauses: list[str], first: int, deadline: re.Match[str] | None) -> tuple[list[str], int] | None:
    """The run of bands starting at clause ``first`` as bands of lateness in days, and the index of its closing clause;
    None when it is no such run."""
    opened = _opening(clauses[first], deadline)
    if opened is None or opened[1] is None:
        return None
    opening, deadline_day = opened
    deed = opening.group("deed")
    days: list[tuple[int | None, int, int] | int] = [deadline_day]  # a month (int) for 10月完成
    points = [opening.group("points")]
    index = first + 1
    while index < len(clauses):
        band = _BY_DATE.fullmatch(clauses[index])
        found = band or _IN_MONTH.fullmatch(clauses[index])
        if found is None or not _same_deed(deed, found.group("deed")):
            break
        known = next((day[0] for day in reversed(days) if not isinstance(day, int) and day[0]), None)
        day = _day(band, "", known) if band is not None else int(found.group("m"))
        if day is None:
            return None
        days.append(day)
        points.append(found.group("points"))
        index += 1
    if len(points) < 2 or index >= len(clauses):
        return None
    if 2 in days and not any(day[0] for day in days if not isinstance(day, int)):
        return None  # (2月完成 with no year printed: 28 or 29 days)
    after = _AFTER_DATE.fullmatch(clauses[index]) or _AFTER_MONTH.fullmatch(clauses[index]) \
        or _AFTER_BARE.fullmatch(clauses[index])
    if after is None or (after.group("deed") and not _same_deed(deed, after.group("deed"))):
        return None
    if any(float(later) >= float(earlier) for earlier, later in zip(points, points[1:])):
        return None
    try:
        dated = iter(_on_calendar([day for day in days if not isinstance(day, int)]))
        ends: list[date] = []
        for day in days:
            ends.append(_month_end(ends[-1], day) if isinstance(day, int) else next(dated))
    except _Unread:
        return None
    if not _closed(after, ends[-1]):
        return None
    late = [(end - ends[0]).days for end in ends]
    # (what is done, named before the first band, stays as the heading: 农村饮水安全工程:2024年4月30日前完成的得4分)
    named = f"{opening.group('subject')}:" if "subject" in opening.re.groupindex else ""
    if deadline_day[0] is not None:  # the date printed with its year: kept, whatever planned date is entered
        head = f"{named}{ends[0].year}年{ends[0].month}月{ends[0].day}日前完成的得{points[0]}分"
    else:
        head = f"{named}按期完成得{points[0]}分"
    bands = [f"{late[n - 1]}天<逾期天数≤{late[n]}天得{points[n]}分" for n in range(1, len(points))]
    return [head, *bands, f"逾期天数>{late[-1]}天不得分"], index


_CLAUSES = lazy_compile(r"([,;。:])")


def dated_bands(text: str) -> str:
    """``text`` with bands of the day a thing is done, each closed by a date, as bands of its lateness in days."""
    parts = _CLAUSES.split(text)
    clauses, separators = parts[0::2], parts[1::2]
    deadline = None
    for first, clause in enumerate(clauses):
        rewritten = _rewrite(clauses, first, deadline)
        if rewritten is not None:
            bands, closing = rewritten
            before = "".join(clauses[k] + separators[k] for k in range(first))
            after = "".join(separators[k] + clauses[k + 1] for k in range(closing, len(clauses) - 1))
            return before + ";".join(bands) + after
        deadline = _DEADLINE.search(clause) or deadline
    return text
