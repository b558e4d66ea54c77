"""Points by the date the work was done (工程于2023年12月31日前竣工的得3分，2024年3月31日前竣工的得1.5分，之后竣工的不得分).

Each tier names a later date and fewer points; the last says what finishing after them scores. The dates were read
as grades to pick from (等级得分), asking the evaluator to match the finishing date to a tier by hand. What is scored
is when the work was done: days past the first date, which the model already counts (按期完成得3分；逾期30天以内得2分),
each later date a band of that lateness (2024年3月31日 is 91 days after 2023年12月31日). The first date is the
deadline printed, so only the date the work was done (actual_end) is entered.

Only one event done once (完成 / 完工 / 竣工 / 报批 / 验收 …), each tier with its date (a later one may leave its year to
the one before: 6月30日前…；9月30日前…). A last tier that leaves days unsaid (9月30日前报批的得2分；年内未报批的不得分:
October to December) is refused, not guessed.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..quantities import _EXCEL_EPOCH, as_excel_date
from ..text.lazy_regex import lazy_compile
from .clauses import Clause
from .errors import Unplaced
from .piecewise import Award, Interval, Piecewise

_VERB = r"(?:完成|完工|竣工|办结|报批|开工|上线|交付|验收|投入使用|报送|提交|上报|拨付|发放|兑付)"
# 2023年12月31日 / 9月30日 (the year of the tier before) / 2023年11月底 / 2023年年底 (never 2023年11月前: before
# November begins, or by its end?)
_DATE = r"(?:(?:19|20)\d{2}年)?(?:\d{1,2}月(?:\d{1,2}日|底)|年?底)"
_TIER = lazy_compile(
    r"(?P<subject>[\u4e00-\u9fff]{0,12}?)(?:于|在)?"
    # 于清明节前（2023年4月5日）完工: a named day, its date in brackets
    r"(?:[\u4e00-\u9fff]{1,6}(?:前|之前|以前)\((?P<named>" + _DATE + r")\)|(?P<date>" + _DATE + r")(?:前|之前|以前))"
    r"(?:全部|全面|整体)?(?P<verb>" + _VERB + r")[\u4e00-\u9fff]{0,6}?(?:的)?"
)
# 之后竣工的 / 此后完成 / 逾期完工的 / 2024年3月31日后完成的: after the last date
_AFTER = lazy_compile(r"(?:之后|此后|以后|其后|逾期|超期|延期|(?P<date>" + _DATE + r")(?:后|之后|以后))(?:才)?(?P<verb>" + _VERB
                      + r")?[\u4e00-\u9fff]{0,6}?(?:的)?")
# 跨年未完工的 / 年内未报批的: not done within the year, which is after the last date only when that is the year's end
_YEAR_OUT = lazy_compile(r"(?:跨年|(?:年内|当年|年底前|年度内)(?=未))(?:未|才)?" + _VERB + r"?[\u4e00-\u9fff]{0,6}?(?:的)?")
_SCORE = lazy_compile(r"(?:的)?[,，]?(?:(?:则|可)?(?:得|计|记|给|赋)(?:满分|\d+(?:\.\d+)?分)|不得分|不计分|不给分|(?:得|计|记)0分)$")


def compose_date_ladder(scoring: list[Clause], context: list[Clause], text: str) -> Piecewise | None:
    # (a date without its year, 9月30日前, is numbers the grammar left unread: the tier's pattern places them)
    if len(scoring) < 2 or any(c.condition is not None or c.step or c.per is not None or c.cap for c in scoring):
        return None
    if any(not (c.start == 0 and text[c.end:c.end + 1] in (":", "：")) for c in context):
        return None  # (公交场站建设项目（按合同工期）：the indicator's name; any other requirement is never dropped)
    *tiers, last = scoring
    if last.outcome != ("points", Decimal(0)):
        return None
    dates: list[tuple[Decimal, str]] = []
    points: list[Decimal] = []
    verbs: list[str] = []
    for index, clause in enumerate(tiers):
        if clause.outcome is None or clause.outcome[0] != "points" or clause.outcome[1] is None or clause.otherwise:
            return None
        match = _TIER.fullmatch(_said(clause))
        if match is None or (index and match.group("subject")):
            return None
        written = match.group("named") or match.group("date")
        day = _day(written, dates[-1][1] if dates else None)
        if day is None:
            return None
        if dates and day[0] <= dates[-1][0]:
            raise Unplaced(clause, f"“{written}”不晚于前一档的日期：请写明年份，并按完成日期先后列出各档", certain=True)
        if verbs and match.group("verb") != verbs[0]:
            # 6月30日前开工的得2分，9月30日前完工的得1分: two deeds, each by its own date (once read as one date's lateness)
            raise Unplaced(tiers[0], f"各档是不同的事项（{verbs[0]}、{match.group('verb')}），不能按一个完成日期计分", certain=True)
        verbs.append(match.group("verb"))
        dates.append(day)
        points.append(clause.outcome[1])
    if any(later >= earlier for earlier, later in zip(points, points[1:])) or points[-1] <= 0:
        return None  # (a later date scoring as much or more: not a ladder of lateness)
    _check_last(last, dates[-1], verbs[0])
    first = dates[0][0]
    cases = [(Interval(high=Decimal(0), high_inclusive=True), Award(points[0]))]
    for (day, _), (before, _), award in zip(dates[1:], dates, points[1:]):
        cases.append((Interval(low=before - first, low_inclusive=False, high=day - first, high_inclusive=True), Award(award)))
    return Piecewise(cases=tuple(cases), otherwise=Award(Decimal(0)), unit="天", stated_otherwise=True,
                     deadline=dates[0][1])


def _said(clause: Clause) -> str:
    """The tier's words without its points (brackets kept: 清明节前（2023年4月5日）)."""
    return _SCORE.sub("", re.sub(r"[。;；,，]+$", "", clause.text))


def _check_last(last: Clause, latest: tuple[Decimal, str], verb: str) -> None:
    """The zero must start where the last tier ends: after its date, or outside the year when that date ends it."""
    if last.otherwise:
        return
    said = _said(last)
    after = _AFTER.fullmatch(said)
    if after is not None and after.group("verb") not in (None, verb):
        raise Unplaced(last, f"各档是不同的事项（{verb}、{after.group('verb')}），不能按一个完成日期计分", certain=True)
    if after is not None:
        if after.group("date") and _day(after.group("date"), latest[1]) != latest:
            raise Unplaced(last, f"“{after.group('date')}”不是前一档的日期{latest[1]}：两档之间的完成日期得分未写明", certain=True)
        return
    if _YEAR_OUT.fullmatch(said) is not None:
        if latest[1].endswith("12月31日"):
            return
        raise Unplaced(last, f"{latest[1]}之后、年底前完成的得分未写明（“{said}”只说年内未完成的情形）", certain=True)
    raise Unplaced(last, "未写明最后一档日期之后完成的情形（如“之后完成的不得分”）")


def _day(written: str, before: str | None) -> tuple[Decimal, str] | None:
    """The date as Excel's day number and as written out in full (2023年12月31日), the year taken from the tier
    before when left off; None without any year."""
    year = re.match(r"((?:19|20)\d{2})年", written)
    if year is None:
        if before is None:
            return None
        written = before[:5] + written
    written = re.sub(r"年年?底$", "年12月31日", written)
    month_end = written.endswith("底")
    serial = as_excel_date(written[:-1] if month_end else written)
    if month_end:  # (2023年11月底: the day written out, which the deadline prints)
        import datetime as dt

        day = dt.date.fromordinal(int(serial) + _EXCEL_EPOCH)
        written = f"{day.year}年{day.month}月{day.day}日"
    return serial, written

