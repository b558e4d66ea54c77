"""Points earned in each period of the year, up to the year's: ``每季度,根据工作开展情况得分(0.3分),满分1.2分`` /
``每月按时报送的得0.5分,全年满分6分``.

The points are earned period by period (each quarter's work, each month's report), and the year's 满分 is the points
of every period: 4 × 0.3 = 1.2, 12 × 0.5 = 6. Read as 评价要点 of equal points, one for each period of the year (第一季度 …
第四季度), each met or not (a count for the year would let two reports in one month make up for none in another). Only when the 满分
is exactly the periods of a year times the points (else the 满分 is a cap of another kind, or the period is not the
year's): ``每月按时报送的得0.5分,全年满分6分`` was once two 评价要点, 每月按时报送 (0.5) and 全年 (6).

Only the whole text: requirements in words (no number, nothing scored), the period and its points, then the 满分.
"""

from __future__ import annotations

from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from .errors import Unplaced
from .model import Checklist
from ..text.numbers import general_text

_IN_A_YEAR = {"月": 12, "季度": 4, "季": 4, "半年": 2}
_QUARTERS = ("第一季度", "第二季度", "第三季度", "第四季度")
_NAMES = {"季度": _QUARTERS, "季": _QUARTERS, "半年": ("上半年", "下半年")}  # each period named, in words
_PERIOD_POINTS = lazy_compile(
    r"^(?:[^;；。\d分]+[。;；])?"  # 部署开展…活动,建立工作台账…。: what each period's work is
    r"每(?P<period>季度|半年|月|季)(?![度])(?:\d+次|[^;；。\d分])*?[,，]?(?:的)?[,，]?(?:得分)?[(（]?(?:得|计|记)?(?P<points>\d+(?:\.\d+)?)分[)）]?"
    r"[,，;；](?:全年)?(?:满分|最高|最多)(?:为|得)?(?P<full>\d+(?:\.\d+)?)分[。;；]?$"
)
_PERIOD = r"(?:季度|半年|月|季)(?![度])"
# 每季度首月15日前发放到位，按季考核，每季0.75分，逾期发放的当季不得分: what each period must do (a requirement, nothing
# scored in it), the periods assessed (按季考核), each one's points, and its failing scoring nothing that period — read
# under a heading whose points are the periods' of a year (高龄津贴按季发放（3分）: 4 × 0.75)
_EACH_PERIOD_DUE = lazy_compile(
    rf"^每(?P<period>{_PERIOD})(?P<what>[^;；。,，得扣计分]{{2,24}})[,，](?:按(?P<assessed>{_PERIOD})考核[,，])?"
    rf"每(?P<again>{_PERIOD})(?:得|计)?(?P<points>\d+(?:\.\d+)?)分"
    rf"(?:[,，;；][\u4e00-\u9fff]{{1,12}}?的(?:当|该)(?:期|(?P<failed>{_PERIOD}))不得分)?[。;；]?$"
)


def _one_period(*said: str | None) -> bool:
    """季度 / 季 the same period (never a quarter's points beside a month's requirement)."""
    return len({"季度" if word == "季" else word for word in said if word}) == 1


def read_period_points(text: str, headed: bool = False) -> Checklist | None:
    """One 评价要点 per period of the year, each worth the points written; None when the text is not only that
    (refused when the 满分 is not the year's points). ``headed``: under a heading whose points the reading must give —
    where each period's requirement and points are said without a 满分, the heading says the year's."""
    due = _EACH_PERIOD_DUE.match(text.strip()) if headed else None
    if due is not None and _one_period(due.group("period"), due.group("assessed"), due.group("again"), due.group("failed")):
        period, points = due.group("period"), Decimal(due.group("points"))
        if period not in _NAMES:
            return Checklist(count=_IN_A_YEAR[period], each=points)
        return Checklist(points=(points,) * _IN_A_YEAR[period],
                         requirements=tuple(f"{name}{due.group('what')}" for name in _NAMES[period]))
    match = _PERIOD_POINTS.match(text.strip())
    if match is None:
        return None
    period, count = match.group("period"), _IN_A_YEAR[match.group("period")]
    points = Decimal(match.group("points"))
    if points * count != Decimal(match.group("full")):  # (once 全年 read as a 评价要点 of 5分 beside 每月…0.5分)
        raise Unplaced(match.group(0)[match.start("full") - 2:].rstrip("。;；"),
                       f"满分{general_text(Decimal(match.group('full')))}分不是每{period}{general_text(points)}分的全年合计"
                       f"（全年{count}个{'季度' if period == '季' else period}），超出或不足部分如何计分没有写明")
    if period not in _NAMES:  # (一月 reads back as 1月, a number: twelve months stay counted)
        return Checklist(count=count, each=points)
    return Checklist(points=(points,) * count, requirements=_NAMES[period])
