"""Points by the day a thing was done, each tier closed by a date, read as bands of the days late from the first date:

    工程于2023年12月31日前竣工的得3分，2024年3月31日前竣工的得1.5分，之后竣工的不得分
        → 2023年12月31日前完成得3分；0天<逾期天数≤91天得1.5分；逾期天数>91天不得分 (2024 a leap year: 31 + 29 + 31)
    村卫生室设备配送：2023年6月30日前配送到位的得2分，7月31日前到位得1分，之后到位不得分 (到位: 配送到位, said shorter)
    应在汛期前(2023年5月31日)完工，按期完工的得5分;6月30日前完工的得3分;7月31日前完工的得1分;7月31日后完工的不得分
        (按期 beside the deadline said before the tiers)
    应于当年9月底前完成，按期完成得2分，10月完成得1分，11月及以后完成的不得分 (a tier within the month after the one
        before; no year printed, so the planned date is entered)
    烈士纪念设施修缮项目于清明节前（2023年4月5日）完工的得3分；于2023年6月30日前完工的得2分；2023年年底前完工的得1分；
        跨年未完工的不得分 (a named day, its date in brackets; 年底, and 跨年 after the year's end)
    复壮工程应于2024年11月30日前完工，按时完成得2分，逾期完成得1分，年底前未完成不得分 (late, but within the year the
        last clause closes: a tier ending at 2024年12月31日)

The dates were once read as grades to pick from, the evaluator matching the finishing day to a tier by hand. What is
scored is when the thing was done: days past the first date, which the model already counts (按期完成得3分；逾期30天以内
得2分), each later date ending a band of that lateness (前: on or before it, as a deadline is kept on its day). A first
date whose year is known is the deadline printed, so only the day the thing was done is entered; a year-less one is the
planned date, entered. A year-less date takes the year of the tier before it (or of the first one printed).

Read only as one ladder: one deed (完工 throughout; 到位 after 配送到位; 拨付到位 after 拨付), dates rising, points falling,
and a last clause scoring every day after the last date (之后 / 7月31日后 / 11月及以后 / 跨年 after 12月31日). Refused,
naming the clause: two deeds (6月30日前开工的得2分，9月30日前完工的得1分), a date not after the one before, days between
the tiers left unsaid (8月31日前… then 9月30日后…; 9月30日前报批的得2分；年内未报批的不得分: October to December), a
year-less run whose days depend on a 29 February (1月31日前… then 2月底前…), and a ladder that says nothing of the days
after its last date — never its tiers as 评价要点 to tick, which would add 4 and 2 for a thing done by the first date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from .clauses import Clause
from .errors import Unplaced
from .piecewise import Award, Interval, Piecewise, Share

# 2023年12月31日 / 9月30日 / 2023年11月底 / 8月末 / 2023年年底 / 年底 (never 2023年11月前: before November begins, or by
# its end?)
_DATE = r"(?:(?:19|20)\d{2}年)?(?:\d{1,2}月(?:\d{1,2}日|底|末)|年?底)"
_BEFORE = r"(?:前|之前|以前)"
# (完成全部隐患点汛前排查: what is done may name its object at length)
_DEED = r"(?P<deed>(?:(?![未不没无])[\u4e00-\u9fff]){1,16})"
# (8月31日前的得2分 after 7月31日前拨付到企业的得4分: a later tier may leave its deed unsaid, the deed of the tier before)
# a tier by a date (于2023年6月30日前完工), or by a named day with its date in brackets (于清明节前(2023年4月5日)完工), or
# a named time with its deadline in brackets (暑期内(8月31日前)完工); the first may name what is done (农村饮水安全工程
# 2024年4月30日前通水), never a lateness or a thing undone
# (按照上级文件（退役军人部发〔2023〕12号）调整标准并于…: the subject may cite a document by its number, in brackets)
_CITED = r"\([\u4e00-\u9fff]{0,12}〔(?:19|20)\d{2}〕\d{1,4}号\)"
# (“根治欠薪冬季行动”专项检查于…: a subject named in quotes)
# (2023年度优待金于2023年9月30日前发放到位: the year the subject is of, before its name)
_BY_DATE = lazy_compile(rf"(?P<subject>(?:(?:19|20)\d{{2}}年度)?(?:(?![未不没无]|逾期|延期|延迟|推迟|超期)[\u4e00-\u9fff“”]|{_CITED}){{0,18}}?)(?:应|须)?(?:于|在)?(?:当年|本年)?"
                        rf"(?:[\u4e00-\u9fff]{{1,6}}{_BEFORE}\((?P<named>{_DATE}){_BEFORE}?\)"
                        rf"|[\u4e00-\u9fff]{{1,6}}?(?:内|之内)\((?P<within>{_DATE}){_BEFORE}\)"
                        rf"|(?P<date>{_DATE}){_BEFORE})(?:{_DEED})?")
# a tier within the month after the one before (10月完成得1分 after 9月底)
_IN_MONTH = lazy_compile(rf"(?:在|于)?(?P<month>\d{{1,2}})月份?(?:内|当月)?{_DEED}")
# the first tier on time, beside the deadline said before it: 按期完工的得5分
_ON_TIME = lazy_compile(rf"(?:按期|按时|如期|准时){_DEED}")
# a tier of any lateness (逾期完成得1分), which only the year's end closing the ladder bounds (年底前未完成不得分)
_LATE_TO_YEAR_END = lazy_compile(rf"(?:逾期|延期|超期|延迟|推迟)(?:但年内)?{_DEED}")
# the deadline said before the tiers: 应于当年9月底前完成 / 应在汛期前(2023年5月31日)完工 / 计划2024年8月底前交付使用
_DEADLINE = lazy_compile(rf"(?:应|须|需|要求|计划)(?:在|于)?(?:当年|本年)?[\u4e00-\u9fff]{{0,6}}?"
                         rf"(?:(?P<date>{_DATE}){_BEFORE}|{_BEFORE}\((?P<named>{_DATE})\))")
# after the last date: 之后竣工的 / 逾期完工的 / 7月31日后完工的 / 11月及以后完成的
# (未按时完成的: not by the date, so after it)
_AFTER = lazy_compile(rf"(?:之后|此后|以后|其后|逾期|超期|延期|超过|(?:未能?|没有)(?:按时|按期|如期)|(?P<date>{_DATE})(?:后|之后|以后)"
                      r"|(?P<month>\d{1,2})月份?(?:及|及其)?(?:以后|之后))(?:的)?(?:才)?(?P<deed>[\u4e00-\u9fff]{0,10})")
# 跨年未完工的 / 年内未报批的: not done within the year, which is after the last date only when that is the year's end
# (2024年底前未通过验收的: the year's end with its year, which must be the tiers' own)
# (年底仍未建成的: still not done at the year's end, as 年底前未建成 says)
_YEAR_OUT = lazy_compile(r"(?:跨年|(?:(?P<year>(?:19|20)\d{2})(?=年底))?(?:年内|当年|年底前|年度内|年底)(?:仍然|仍|尚|还|依然)?(?=未))"
                         r"(?:未|才)?[\u4e00-\u9fff]{0,10}")
_SCORE = lazy_compile(r"(?:的)?[,，]?(?:本项)?(?:(?:则|可)?(?:得|计|记|给|赋)(?:满分|\d+(?:\.\d+)?分)|不得分|不计分|不记分|不给分"
                      r"|(?:得|计|记)?0分|得分=分值×\d+(?:\.\d+)?%)$")
# 9月份内完成得分值的50% (normalised 得分=分值×50%): a tier scoring a share of the 分值
_SHARE = lazy_compile(r"分值×(?P<percent>\d+(?:\.\d+)?)%")
_UNDONE = ("未", "不", "没", "无")
# 7月31日后仍未完成的 / 此后尚未完工的: still not done after the last date, as 未完成 is
_STILL = lazy_compile(r"^(?:仍|仍然|尚|还|依然)(?=[未没])")
# 此后完成或未完成的: the deed done after the last date or not at all (未完成 / 未能完成 its other half)
_DONE_OR_NOT = lazy_compile(r"([\u4e00-\u9fff]{1,6}?)或(?:未能?|没有)([\u4e00-\u9fff]{1,6})")


def _award_of(clause: Clause) -> tuple[Award | Share, Decimal] | None:
    """A tier's award and its rank among the others: points (得2分), the 分值 (得满分, ranked 1) or a share of it (得分值的50%,
    ranked 0.5) — the two kinds never compared with each other (得满分 beside 得2分 needs the 分值 to order them)."""
    if clause.outcome is None or clause.otherwise:
        return None
    kind, said = clause.outcome
    if kind == "points":
        return (Award(None), Decimal(1)) if said is None else (Award(said), said) if said else None
    share = _SHARE.fullmatch(said) if kind == "formula" and isinstance(said, str) else None
    if share is None or not 0 < Decimal(share.group("percent")) < 100:
        return None
    fraction = Decimal(share.group("percent")) / 100
    return Share(fraction), fraction


class _Tier:
    """One tier: its clause, points and deed, and the day it is reached by — (year or None, month, day or None for the
    month's end) — or only the month it is reached within (10月完成)."""

    def __init__(self, clause: Clause, deed: str, written: str | None, month: int | None = None) -> None:
        self.clause, self.deed, self.written = clause, deed, written
        self.award, self.points = _award_of(clause)  # type: ignore[misc]
        self.day = _said_day(written) if written is not None else None
        self.month = month


def compose_date_ladder(scoring: list[Clause], context: list[Clause], text: str) -> Piecewise | None:
    # (a date without its year, 9月30日前, is numbers the grammar left unread: the tier's pattern places them)
    scoring, context = _points_rejoined(scoring, context, text)
    if len(scoring) < 2 or any(c.condition is not None or c.step or c.per is not None or c.cap for c in scoring):
        return None
    deadline = None
    for clause in context:
        said = _DEADLINE.search(clause.text) if clause.end <= scoring[0].start else None
        if said is not None:
            deadline = said  # 应于当年9月底前完成，按期完成得2分: what 按期 keeps
        elif not (clause.start == 0 and text[clause.end:clause.end + 1] in (":", "：")) \
                and getattr(clause, "stated_total", None) is None:  # ((本项分值3分): the whole, which the parser checks)
            return None  # (公交场站建设项目（按合同工期）：the indicator's name; any other requirement is never dropped)
    tiers = _tiers(scoring, deadline)
    if not tiers and len(scoring) > 2 and scoring[0].start == 0 and text[scoring[0].end:scoring[0].end + 1] in (":", "："):
        # 公共法律服务中心建设(4分):…10月31日前建成运行得4分;11月30日前…得2分 (年底前未建成不得分 split off): the heading's
        # points before a ladder, which is never its tiers ticked beside the heading as 评价要点 (once 4 + 2 + 4, capped)
        return compose_date_ladder(scoring[1:], [*context, scoring[0]], text)
    _year_from_deadline(tiers, deadline)
    # (one date alone, with no year, is the planned date entered, as a ladder's first is: 资金于11月30日前拨付的得2分，逾期
    # 不得分 — its lateness past that day, nothing for any)
    if len(tiers) != len(scoring) - 1 or not tiers:
        _refuse_unclosed(tiers, scoring[len(tiers):])
        return None
    last = scoring[-1]
    if last.outcome != ("points", Decimal(0)):
        return None
    first = tiers[0]
    for tier in tiers[1:]:
        if not _same_deed(first.deed, tier.deed):
            # 6月30日前开工的得2分，9月30日前完工的得1分: two deeds, each by its own date (once read as one date's lateness)
            raise Unplaced(first.clause, f"各档是不同的事项（{first.deed}、{tier.deed}），不能按一个完成日期计分", certain=True)
    ends = _ends(tiers)
    if ends is None:
        return None
    points = [tier.points for tier in tiers]
    if any(later >= earlier for earlier, later in zip(points, points[1:])) or points[-1] <= 0:
        return None  # (a later date scoring as much or more: not a ladder of lateness)
    if len({isinstance(tier.award, Award) and tier.award.points is not None for tier in tiers}) > 1:
        return None  # (得满分 then 得2分: ordered only by the 分值, never assumed here)
    known = _year_of(tiers) is not None
    otherwise = _check_last(last, ends[-1], first.deed, known)
    late = [Decimal((end - ends[0]).days) for end in ends]
    cases = [(Interval(high=Decimal(0), high_inclusive=True), tiers[0].award)]
    for before, end, tier in zip(late, late[1:], tiers[1:]):
        cases.append((Interval(low=before, low_inclusive=False, high=end, high_inclusive=True), tier.award))
    if not otherwise:  # (之后完成的不得分: the zero band written out; 否则不得分 stays 否则)
        cases.append((Interval(low=late[-1], low_inclusive=False), Award(Decimal(0))))
    return Piecewise(cases=tuple(cases), otherwise=Award(Decimal(0)), unit="天", stated_otherwise=otherwise,
                     deadline=_written(ends[0]) if known else None)  # (year-less: the planned date, entered)


_POINTS_ONLY = frozenset({"VERB", "PTS", "ZERO", "FULL"})
_DATED = lazy_compile(r"\d{1,2}月|年底|跨年|之后|以后")


def _points_rejoined(scoring: list[Clause], context: list[Clause], text: str) -> tuple[list[Clause], list[Clause]]:
    """培训于当年10月底前全部完成的，计2分；11月底前完成的，计1分: a tier's date cut from its points by a comma (the
    date's number leaves the words before it unread), read as one tier (…完成的计2分) — only a dated situation (a month,
    年底, 跨年, 之后) ending in 的 just before points alone, so that no situation of another kind is joined to them."""
    joined: list[Clause] = []
    used: list[Clause] = []
    for clause in scoring:
        before = next((c for c in context if c.end <= clause.start and text[c.end:clause.start].strip() in (",", "，")), None)
        if before is None or not clause.tokens or any(t.kind not in _POINTS_ONLY for t in clause.tokens) \
                or not before.text.endswith("的") or before.has_outcome or not _DATED.search(before.text):
            joined.append(clause)
            continue
        joined.append(replace(clause, text=text[before.start:clause.end], start=before.start,
                              tokens=before.tokens + clause.tokens))
        used.append(before)
    return joined, [c for c in context if c not in used]


def _written(day: date, year: bool = True) -> str:
    """2023年9月30日, or 9月30日 when the text prints no year (the one assumed is never shown)."""
    return f"{day.year}年{day.month}月{day.day}日" if year else f"{day.month}月{day.day}日"


def _said(clause: Clause) -> str:
    """The tier's words without its points (brackets kept: 清明节前（2023年4月5日）)."""
    return _SCORE.sub("", re.sub(r"[。;；,，]+$", "", clause.text))


def _said_day(written: str) -> tuple[int | None, int, int | None]:
    """(year or None, month, day or None for the month's end) of 2023年12月31日 / 9月底 / 2023年年底 / 年底."""
    year = re.match(r"((?:19|20)\d{2})年", written)
    month = re.search(r"(\d{1,2})月", written)
    day = re.search(r"(\d{1,2})日", written)
    return (int(year.group(1)) if year else None, int(month.group(1)) if month else 12, int(day.group(1)) if day else None)


def _tiers(clauses: list[Clause], deadline: re.Match[str] | None) -> list[_Tier]:
    """The tiers the clauses open with, each with its date (the first on time beside the deadline said before it, a later
    one within a month), up to the first clause that is none (or names what is done after the first)."""
    tiers: list[_Tier] = []
    for index, clause in enumerate(clauses):
        if _award_of(clause) is None:
            break
        said = _said(clause)
        by_date = _BY_DATE.fullmatch(said)
        if by_date is not None and not (tiers and by_date.group("subject")) and (tiers or by_date.group("deed")):
            tiers.append(_Tier(clause, by_date.group("deed") or tiers[-1].deed,
                               by_date.group("named") or by_date.group("within") or by_date.group("date")))
            continue
        on_time = _ON_TIME.fullmatch(said) if not tiers and deadline is not None else None
        in_month = _IN_MONTH.fullmatch(said) if tiers else None
        # 按时完成得2分，逾期完成得1分，年底前未完成不得分: late, but by the year's end the last clause names
        late = _LATE_TO_YEAR_END.fullmatch(said) if tiers and index == len(clauses) - 2 \
            and _YEAR_OUT.fullmatch(_said(clauses[-1])) else None
        if late is not None:
            if tiers[-1].day is not None and tiers[-1].day[1:] in ((12, 31), (12, None)):
                raise Unplaced(clause, "完成期限已是年底，逾期完成就已跨年：这一档的逾期完成得分无从发生，请写明逾期多少天以内得此分",
                               certain=True)
            tiers.append(_Tier(clause, late.group("deed"), "年底"))
        elif on_time is not None:
            tiers.append(_Tier(clause, on_time.group("deed"), deadline.group("named") or deadline.group("date")))  # type: ignore[union-attr]
        elif in_month is not None:
            tiers.append(_Tier(clause, in_month.group("deed"), None, int(in_month.group("month"))))
        else:
            break
    return tiers


def _year_from_deadline(tiers: list[_Tier], deadline: re.Match[str] | None) -> None:
    """项目应在2024年11月底前全部完成验收。11月30日前完成得3分…: a year-less first tier on the day of the deadline said before
    the tiers takes its year (the deadline printed, only the day done entered); any other day keeps the ladder year-less."""
    if not tiers or _year_of(tiers) is not None or deadline is None or tiers[0].day is None:
        return
    said_year, month, day = _said_day(deadline.group("named") or deadline.group("date"))
    _, first_month, first_day = tiers[0].day
    if said_year is None or month != first_month:
        return
    last = calendar.monthrange(said_year, month)[1]
    if (day or last) == (first_day or last):
        tiers[0].day = (said_year, first_month, first_day)


def _same_deed(first: str, later: str) -> bool:
    """配送到位 then 到位, 拨付 then 拨付到位, 全部完成 then 完成: one deed, said shorter or longer (开工 then 完工 are two)."""
    return later in first or first in later


def _year_of(tiers: list[_Tier]) -> int | None:
    return next((tier.day[0] for tier in tiers if tier.day is not None and tier.day[0] is not None), None)


class _LeapDependent(Unplaced):
    """A year-less ladder whose days late depend on a 29 February between its dates."""


def _ends(tiers: list[_Tier]) -> list[date] | None:
    """The last day of each tier (None when one is no day: 2月30日). With no year printed the days late must not depend
    on it (a 29 February between two dates): worked out in a common year and a leap one, which must agree."""
    worked: list[list[date] | None] = []
    for assumed in (2023, 2024)[:1 if _year_of(tiers) is not None else 2]:
        try:
            worked.append(_on_calendar(tiers, assumed))
        except ValueError:
            worked.append(None)
    late = [None if ends is None else [(end - ends[0]).days for end in ends] for ends in worked]
    if late[0] is None and late[-1] is None:
        return None
    if late[0] != late[-1]:  # (2月29日前 with no year: a day of leap years only)
        raise _LeapDependent(tiers[0].clause, "各档日期没有写明年份，其间可能有2月29日，逾期天数因年份而不同：请写明年份", certain=True)
    return worked[0]


def _on_calendar(tiers: list[_Tier], assumed: int) -> list[date]:
    """The tiers' last days, a year-less date in the year of the tier before it (the first ones in the first year printed,
    else ``assumed``); refused when a date is not after the one before or a month leaves days out."""
    year = _year_of(tiers) or assumed
    ends: list[date] = []
    for tier in tiers:
        if tier.day is None:  # 10月完成: the month that begins the day after the tier before ends
            following = ends[-1] + timedelta(days=1)
            if following.day != 1 or following.month != tier.month:
                raise Unplaced(tier.clause, "这一档的月份不紧接前一档的日期：两档之间完成的得分未写明", certain=True)
            ends.append(date(following.year, following.month, calendar.monthrange(following.year, following.month)[1]))
            continue
        said_year, month, day = tier.day
        if not 1 <= month <= 12 or day is not None and not 1 <= day <= 31:  # (9月0日: a typo, never the month's end)
            raise Unplaced(tier.written or tier.clause, f"“{tier.written}”这一日期不存在，请改正", certain=True)
        year = said_year or (ends[-1].year if ends else year)
        ends.append(date(year, month, day or calendar.monthrange(year, month)[1]))
        if len(ends) > 1 and ends[-1] <= ends[-2]:
            raise Unplaced(tier.clause, f"“{tier.written}”不晚于前一档的日期：请写明年份，并按完成日期先后列出各档", certain=True)
    return ends


def _refuse_unclosed(tiers: list[_Tier], rest: list[Clause]) -> None:
    """One deed by rising dates for falling points is a ladder, never 评价要点 ticked together (4 + 2 for a thing done by
    June): refused when nothing after it says what the days after its last date score (6月30日前报批的得4分；9月30日前报批的
    得2分, and no more), or more follows than the clause closing it (…之后竣工的不得分公交场站建设项目…: a table's cells run
    together)."""
    if len(tiers) < 2 or any(not _same_deed(tiers[0].deed, tier.deed) for tier in tiers) \
            or any(later.points >= earlier.points for earlier, later in zip(tiers, tiers[1:])):
        return
    try:
        ends = _ends(tiers)
    except _LeapDependent:
        raise  # (a ladder all the same, whatever follows it: never its tiers ticked as 评价要点)
    except Unplaced:
        return
    if ends is None:
        return
    if not rest:
        raise Unplaced(tiers[-1].clause, f"未写明{_written(ends[-1], _year_of(tiers) is not None)}之后完成的得分（如“之后完成的不得分”）",
                       certain=True)
    closing = rest[0].outcome == ("points", Decimal(0)) and (rest[0].otherwise or _AFTER.fullmatch(_said(rest[0]))
                                                              or _YEAR_OUT.fullmatch(_said(rest[0])))
    raise Unplaced(rest[1] if closing else rest[0], "这一句不是按完成日期分档计分的一档，无法与前面各档合并计分", certain=True)


def _check_last(last: Clause, latest: date, deed: str, year: bool) -> bool:
    """Whether the zero is 否则; refused unless it starts the day after the last tier ends: after its date (7月31日后),
    from the next month (11月及以后 after October), after it (之后), or outside the year when that date ends it (跨年)."""
    if last.otherwise:
        return True
    said = _said(last)
    after = _AFTER.fullmatch(said)
    if after is not None:
        named = _STILL.sub("", after.group("deed"))
        done_or_not = _DONE_OR_NOT.fullmatch(named)
        if done_or_not is not None and done_or_not.group(2).startswith(done_or_not.group(1)):
            named = done_or_not.group(1)  # (此后完成或未完成的: done late, or never — zero either way)
        if named and not named.startswith(_UNDONE) and not _same_deed(deed, named):
            raise Unplaced(last, f"各档是不同的事项（{deed}、{named}），不能按一个完成日期计分", certain=True)
        if after.group("date"):
            said_year, month, day = _said_day(after.group("date"))
            # (7月31日后 after a tier ending on 7月31日, or 7月1日以后 after one ending on 6月30日: from the next day on)
            following = latest + timedelta(days=1)
            if (said_year or latest.year, month, day or calendar.monthrange(said_year or latest.year, month)[1]) not in \
                    ((latest.year, latest.month, latest.day), (following.year, following.month, following.day)):
                raise Unplaced(last, f"“{after.group('date')}”不是前一档的日期{_written(latest, year)}："
                                     "两档之间的完成日期得分未写明", certain=True)
        # (10月交付得1分，10月以后交付不得分: after the month the last tier ends with, 及 not said)
        after_its_month = after.group("month") and int(after.group("month")) == latest.month and "及" not in said \
            and (latest + timedelta(days=1)).day == 1
        if after.group("month") and not after_its_month \
                and (latest + timedelta(days=1)).timetuple()[1:3] != (int(after.group("month")), 1):
            raise Unplaced(last, f"“{after.group('month')}月”不紧接前一档的日期{_written(latest, year)}："
                                 "两档之间的完成日期得分未写明", certain=True)
        return False
    year_out = _YEAR_OUT.fullmatch(said)
    if year_out is not None:
        if year_out.group("year") and int(year_out.group("year")) != latest.year:
            raise Unplaced(last, f"“{year_out.group('year')}年底”与前面各档的年份（{latest.year}年）不同，"
                                 "这两个日期之间完成的得分未写明", certain=True)
        if (latest.month, latest.day) == (12, 31):
            return False
        raise Unplaced(last, f"{_written(latest, year)}之后、年底前完成的得分未写明（“{said}”只说年内未完成的情形）",
                       certain=True)
    raise Unplaced(last, "未写明最后一档日期之后完成的情形（如“之后完成的不得分”）")
