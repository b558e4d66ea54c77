"""债券资金发行后6个月内支出比例达到70%的得4分 / 资金下达后30日内拨付率达到100%得2分: a period that names the measure (what
was paid within 30 days of its release) is part of the measure's name, not a deadline the rule compares — read as one
it left the measure's own level unplaced (70% 无法识别其含义). Written in Chinese numerals (六个月内支出比例) it stays in the
words, as an age naming a group does (ages.py); the numeral keeps the number.

Only a period closed by 内 straight before the measure (a rate, 比例 or 进度, up to 8 characters on) and the measure's
level after it; a period compared (不超过30日, 30日内完成的得2分) is a number of the rule and stays one.

So is a period inside the rate's definition in brackets after its name (及时率(中标通知书发出后30日内签订)达到100% /
热线接通率(15秒内人工接通)目标值≥92%).
So is the day the measure is taken on (截至12月底支出进度100%，得5分 / 截止12月31日资金拨付率达到100%): when it
is the text's only such day — two (截至6月底…50%…；截至12月底…100%…) are two measures, left for the reader to refuse;
and without 截至, the day straight before the measure (资金10月底支出进度应达到80% / 次年6月30日前开工的比例≥70%).
So is a span of years straight before a rate it names, with no 内 (引进人才三年留用率≥85%，计2分 / 5年生存率): how long
was kept, part of the rate's name, never a level of years.
"""

from __future__ import annotations

import re

from .anniversary import compared_before, spelled
from .lazy_regex import lazy_compile

# the period, then the measure it names, then that measure's level (达到70% / ≥70% / 为100%)
_PERIOD = lazy_compile(r"(?<![\d.])(\d{1,3})(个月|个工作日|工作日|日|天|年)(以内|之内|内)(?=[\u4e00-\u9fff]{0,8}?(?:率|比例|进度)"
                       r"(?:在|达到|达|为|不低于|不少于|≥|>|=)?\d)")


# 3年留用率≥85% / 70%≤毕业生2年就业稳定率<80% / 九年义务教育巩固率达到96%: a span of years, then the rate it names (up to 8
# characters on, as a period's), then
# that rate's level (below it too: a band's upper end)
_YEARS_OF_RATE = lazy_compile(r"(?<![\d.])(\d)(年)(?=[\u4e00-\u9fff]{1,8}?率(?:在|达到|达|为|不低于|不少于|低于|≥|>|=|≤|<)?\d)")


# 截至12月底 / 截止2023年12月31日: the day the measure (a rate, 比例 or 进度, up to 8 characters on) is taken, before its level
# (a year said too, 截至2023年12月底, is a date the reader already takes as one, 年 and all: left to it)
# (≤ and < too: the 规范写法's bands, 95%≤截至十二月底支出进度<100%, name it between their ends)
_AS_OF = lazy_compile(r"(?<!年)(截至|截止)(\d{1,2})月(底|末|(\d{1,2})日)?(?=,?[\u4e00-\u9fff]{0,8}?(?:率|比例|进度)"
                      r"(?:应)?(?:在|达到|达|为|不低于|不少于|≥|>|=|≤|<)?\d)")
_DAY_SAID = lazy_compile(r"(?:截至|截止)[^,;。]{0,8}?月")
# 资金10月底支出进度应达到80% / 当年签约项目在次年6月30日前开工的比例≥70%: the day written without 截至, straight before
# the measure it is taken on (a rate, 比例 or 进度, up to 8 characters on) and that measure's level — when it is the text's
# only day, however often said (6月底支付进度≥50%…；12月底支付进度≥95%… are two measures, left to the reader to refuse); 当年/次年 before it
# say which year, part of the name too (not 2023年10月底, a date the reader takes as one; not 每月, 1-10月, 至10月: periods)
_DAY_OF = lazy_compile(r"(?<![\d年每至到~-])(当年|次年|本年)?(\d{1,2})月(底|末|(\d{1,2})日)(前|以前|之前)?(?=[\u4e00-\u9fff]{0,8}?"
                       r"(?:率|比例|进度)(?:应)?(?:在|达到|达|为|不低于|不少于|≥|>|=|≤|<)?\d)")
_DAY_WRITTEN = lazy_compile(r"\d{1,2}月(?:底|末|\d{1,2}日)")


# 采购合同签订及时率(中标通知书发出后30日内签订)达到100%: the rate's definition in brackets after its name, its period
# the one that makes a contract timely (no points or share inside the bracket), before the rate's level
# (热线接通率(15秒内人工接通)目标值≥92%: a time of the clock too, and the level named the target)
_PERIOD_DEFINED = lazy_compile(r"(?<=率\()([^()分%]{0,16}?)(\d{1,3})(个月|个工作日|工作日|日|天|个小时|小时|分钟|秒钟|秒)(以内|之内|内)"
                               r"([^()分%]{0,8}\))(?=(?:目标值|指标值)?(?:在|达到|达|为|不低于|不少于|≥|>|=)?\d)")


def periods_named(text: str) -> str:
    text = _PERIOD_DEFINED.sub(lambda m: m.group(1) + spelled(int(m.group(2))) + "".join(m.groups()[2:]), text)
    text = _PERIOD.sub(lambda m: m.group() if compared_before(text, m.start()) else _spelled(m), text)
    text = _YEARS_OF_RATE.sub(lambda m: m.group() if compared_before(text, m.start()) else spelled(int(m.group(1))) + "年", text)
    # (the one day, however often said: the 规范写法 repeats it with the measure's name in every band)
    if len(set(_DAY_SAID.findall(text))) == 1:
        return _AS_OF.sub(_as_of_spelled, text)
    if not _DAY_SAID.search(text) and len(set(_DAY_WRITTEN.findall(text))) == 1:
        return _DAY_OF.sub(_day_of_spelled, text)
    return text


def _as_of_spelled(match: re.Match) -> str:
    """截至12月底 → 截至十二月底: the day in words, part of the measure's name."""
    said, month, end, day = match.groups()
    return f"{said}{spelled(int(month))}月{f'{spelled(int(day))}日' if day else (end or '')}"


def _day_of_spelled(match: re.Match) -> str:
    """10月底支出进度 → 十月底支出进度 / 次年6月30日前开工的比例 → 次年六月三十日前开工的比例."""
    year, month, end, day, before = match.groups()
    return f"{year or ''}{spelled(int(month))}月{f'{spelled(int(day))}日' if day else end}{before or ''}"


def _spelled(match: re.Match) -> str:
    number, unit, within = match.groups()
    return spelled(int(number)) + unit + within
