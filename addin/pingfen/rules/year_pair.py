"""本年接待人次 and 上年接待人次 entered for 接待人次较上年增长5%及以上得3分: this year's amount and last year's, the two a
change over last year is worked from — (本年−上年)/上年 — as the 实际值 and 目标值 would be.

Only a pair named alike but for the year (本年/本年度/今年 beside 上年/上年度/去年) is taken, and only for a measure that is
a change over last year: two amounts named otherwise (预算数 and 执行数) say nothing of which year each is."""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile

_THIS_YEAR = lazy_compile(r"^(?:本年度?|今年|当年度?)(?P<rest>.+)$")
_LAST_YEAR = lazy_compile(r"^(?:上一?年度?|去年)(?P<rest>.+)$")
# the measure a year pair is worked into: one compared with last year, or a rate of growth (fall) by its name
_OVER_LAST_YEAR = lazy_compile(r"上一?年|去年|同比|增长率|增幅|增加率|下降率|降幅|降低率|减少率|缩短率")
# 本年增幅 / 上年增幅 (门诊次均费用增幅不高于上年增幅…每高出1个百分点): each year's growth itself, compared in points — never
# amounts to work a growth from; nor two years' rates (本年出险率), whose change is in points or relative
_RATE_ITSELF = lazy_compile(r"(?:率|增幅|降幅|占比|比例|比重|满意度)$")


def this_and_last_year(label: str, names: tuple[str, ...]) -> tuple[str, str] | None:
    """The names of this year's and last year's amounts among the variables entered, when the measure is a change
    over last year and exactly one such pair was entered; otherwise None."""
    if not _OVER_LAST_YEAR.search(label):
        return None
    this = {found.group("rest"): name for name in names if (found := _THIS_YEAR.match(name))}
    last = {found.group("rest"): name for name in names if (found := _LAST_YEAR.match(name))}
    pairs = [(this[rest], last[rest]) for rest in this.keys() & last.keys() if not _RATE_ITSELF.search(rest)]
    return pairs[0] if len(pairs) == 1 else None


def year_pair(names: tuple[str, ...]) -> tuple[str, str, str] | None:
    """This year's and last year's value of one measure among the variables entered, and the measure's name
    (本年投诉举报率 / 上年投诉举报率 → 投诉举报率), when exactly one such pair was entered — rates too: which way a
    measure moved is the same in points as relative (31.2% against 29.8% rose either way)."""
    this = {found.group("rest"): name for name in names if (found := _THIS_YEAR.match(name))}
    last = {found.group("rest"): name for name in names if (found := _LAST_YEAR.match(name))}
    pairs = [(this[rest], last[rest], rest) for rest in this.keys() & last.keys()]
    return pairs[0] if len(pairs) == 1 else None


__all__ = ["this_and_last_year", "year_pair"]
