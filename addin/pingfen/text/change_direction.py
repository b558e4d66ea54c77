"""Points for the way a measure moved from last year, the three ways each scored: ``日常公用经费支出较上年下降的得2分，
持平的得1分，增加的不得分`` / ``较上年提高的得2分；持平的得1分；下降的不得分``.

Down, level and up are the change over last year below, at and above 0: the bands ``较上年下降>0%的得2分,
较上年下降=0%的得1分,较上年下降<0%的不得分``, which the reader scores from this year's and last year's amounts (the
change (上年−本年)/上年, or (本年−上年)/上年 as 较上年增长率 when the first way named is a rise). Read so only when all
three ways are named, the first and the last opposite ways and 持平 between them, each followed at once by its
points, or two with 持平 joined to the first (下降或持平的得2分，增长的不得分: at least 0, below 0): two ways alone leave
no change in no band, and 基本持平 is a judgement, not 0%. Nor for a rate, whose change
is in points or relative (see _RATE_MEASURE).
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_RISES = "增长|提高|提升|上升|增加"
_FALLS = "下降|降低|减少"
_LAST_YEAR = r"(?:(?:与|同|和)上一?年(?:度|同期)?(?:相比|比较)?|比上一?年(?:度|同期)?|较上一?年(?:度|同期)?|同比)"
_POINTS = r"(?:(?:得|计|记)(?:\d+(?:\.\d+)?分|满分)|不得分)"
_THREE_WAYS = lazy_compile(
    rf"(?P<last>{_LAST_YEAR})(?P<first>{_RISES}|{_FALLS})的?,?(?P<a>{_POINTS})[,;]"
    rf"(?<!基本)(?:{_LAST_YEAR})?持平的?,?(?P<b>{_POINTS})[,;]"
    rf"(?:{_LAST_YEAR})?(?P<third>{_RISES}|{_FALLS})的?,?(?P<c>{_POINTS})(?=[,;。]|$)")

# 较上年下降或持平的得2分，增长的不得分: one way with 持平, then the other way alone
_TWO_WAYS = lazy_compile(
    rf"(?P<last>{_LAST_YEAR})(?P<first>{_RISES}|{_FALLS})(?:或|或者|和|及)持平的?,?(?P<a>{_POINTS})[,;]"
    rf"(?:{_LAST_YEAR})?(?P<third>{_RISES}|{_FALLS})的?,?(?P<c>{_POINTS})(?=[,;。]|$)")


# 医疗服务收入占比较上年提高的得2分 / 占比=…×100%,较上年…: a rate's change is in points or relative (31.2% over 29.8% is
# 1.4 points, or 4.7%), and a rate entered is taken as the change itself — left as the grades the evaluator picks
_RATE_MEASURE = lazy_compile(r"(?:率|占比|比例|比重|满意度)$")


_POINTS_AFTER = lazy_compile(r"\(\d+(?:\.\d+)?分\)$")


def _as_bands(found: re.Match[str]) -> str:
    # (安全事故发生率:与上年相比下降的…: the measure named before the colon is the rate whose way is scored)
    measure = next((part for part in reversed(re.split(r"[,;:。]", found.string[:found.start()])) if part.strip()), "")
    measure = _POINTS_AFTER.sub("", measure)  # 投诉率(2分):较上年下降的…: the item's points after its name
    if _RATE_MEASURE.search(measure) or "=" in found.string:
        return found.group()
    falls = re.fullmatch(_FALLS, found.group("first")) is not None
    if falls == (re.fullmatch(_FALLS, found.group("third")) is not None):
        return found.group()  # (下降的得2分,持平的得1分,减少的不得分: one way twice, the other unsaid)
    change = f"{found.group('last')}{'下降率' if falls else '增长率'}"  # (率: the measure named, never taken for the heading's 变动率)
    if "b" not in found.re.groupindex:  # (下降或持平的得2分，增长的不得分: 持平 scored with the first way)
        return f"{change}≥0%的{found.group('a')},{change}<0%的{found.group('c')}"
    return f"{change}>0%的{found.group('a')},{change}=0%的{found.group('b')},{change}<0%的{found.group('c')}"


def directions_as_bands(text: str) -> str:
    """``text`` with down / level / up over last year, each scored, as the bands of the change above, at and below 0."""
    return _TWO_WAYS.sub(_as_bands, _THREE_WAYS.sub(_as_bands, text))
