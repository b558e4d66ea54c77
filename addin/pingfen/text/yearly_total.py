"""每月巡检2次(全年24次),每少1次扣0.5分 / 每季度至少举办1场(全年不少于4场),每少1场扣1分 / 每月组织集中教育学习不少于1次,
全年12次,每少1次扣0.25分: a count required in every period, with the year's total said right after it — the total is the
requirement the steps count down from (the shortfall from 24), as 全年巡检24次,每少1次扣0.5分 says it.

A count per period alone is refused (rules/period_level.py: two inspections in one month do not make up for none in
another) or read as misses (rules/period_misses.py); the year's total written beside it says how the text counts. It is
taken only when it is the period's count times the periods in a year (2 a month and 24 a year; 1 a quarter and 4 a year)
— any other total (6 a quarter and 20 a year) is a second requirement, left as written for the reader to refuse — and the
count is in the same unit. The per-period words go; the year's total takes the count's place, with its verb and what is
done (按运维合同每月巡检2次(全年24次) → 按运维合同全年巡检24次).
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_PERIODS_IN_A_YEAR = {"月": 12, "个月": 12, "季度": 4, "季": 4, "个季度": 4, "半年": 2, "半年度": 2}
_AT_LEAST = r"不少于|不低于|至少|最少|不得少于"
_UNITS = r"次|场|期|篇|轮|批次"
# 每月巡检2次(全年24次) / 每季度至少举办1场(全年不少于4场) / 每月组织集中教育学习不少于1次,全年12次 (the total then a comma
# or a bracket closing it, never a total that goes on to other words: 全年12次检查中…)
_PER_PERIOD_THEN_YEAR = lazy_compile(
    rf"每(?P<period>个月|个季度|季度|半年度|半年|月|季)(?P<before>[\u4e00-\u9fff]{{0,16}}?)(?P<least>{_AT_LEAST})?"
    rf"(?P<what>[\u4e00-\u9fff]{{0,8}}?)(?P<count>\d+)(?P<unit>{_UNITS})"
    rf"(?:\((?:即)?全年(?P<least2>{_AT_LEAST})?(?P<total>\d+)(?P=unit)\)|,(?:即)?全年(?P<least3>{_AT_LEAST})?(?P<total2>\d+)(?P=unit)(?=[,;。]))")
# 合同约定每季度不少于6次,全年不少于24次。: the per-period count said in a clause of its own, the year's total next
_PER_PERIOD_CLAUSE = lazy_compile(
    rf"每(?P<period>个月|个季度|季度|半年度|半年|月|季)(?P<least>{_AT_LEAST})(?P<count>\d+)(?P<unit>{_UNITS}),"
    rf"(?=全年(?:{_AT_LEAST})(?P<total>\d+)(?P=unit)[,;。])")


def yearly_total(text: str) -> str:
    """``每月巡检2次(全年24次),每少1次扣0.5分`` → ``全年巡检24次,每少1次扣0.5分``; unchanged unless the year's total is
    the period's count times its periods in a year."""
    if "全年" not in text:
        return text
    return _PER_PERIOD_CLAUSE.sub(_clause_dropped, _PER_PERIOD_THEN_YEAR.sub(_year_said, text))


def _agrees(period: str, count: str, total: str) -> bool:
    return int(count) * _PERIODS_IN_A_YEAR[period] == int(total) if count.isdigit() and total.isdigit() else False


def _year_said(found: re.Match[str]) -> str:
    total = found.group("total") or found.group("total2")
    if not _agrees(found.group("period"), found.group("count"), total):
        return found.group()
    least = found.group("least") or found.group("least2") or found.group("least3") or ""
    # (a total said after a comma: the comma after it stays, closing the requirement)
    return f"全年{found.group('before')}{least}{found.group('what')}{total}{found.group('unit')}"


def _clause_dropped(found: re.Match[str]) -> str:
    return "" if _agrees(found.group("period"), found.group("count"), found.group("total")) else found.group()
