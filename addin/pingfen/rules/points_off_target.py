"""A band set a distance off the target beside steps counted off it in percentage points: ``…每高于达标线1%扣2分；
高于达标线3%的不得分``. A band 超过目标值N% is read as a share of the target (目标值×(1+N%)), where the steps beside it
count points: a 3% complaint rate against a 1% line, 2 points over, scored 0 (past 1%×1.03) instead of 16. Whether the
band's distance is points or a share is not written: refused, naming the band. So is a bare 超过5%以上的不得分 after steps
off a target (read as past 105%: from the target, or 5% itself?).
A band written in percentage points off the target (低于目标值5个百分点以内得2分, 高于达标线3个百分点的不得分) says points
plainly: normalize keeps its 个百分点 and it is read as the target less (plus) 5 points — 56% against 60%, 4 points
short, scores 2 (once compared as 目标值×95%, 57%, it scored 0). Refused only where another reading took it."""

from __future__ import annotations

from decimal import Decimal

from .errors import Unplaced
from ..text.lazy_regex import lazy_compile
from ..text.normalize import POINTS_BAND, POINTS_OFF_TARGET

_STEPS = lazy_compile(r"每(?:低于|高于|超过|超出|少于|低|高|超|少)(?:目标值|达标线)?\d+(?:\.\d+)?%")
# 高于达标线3%的不得分, or 超过5%以上的不得分 opening its clause, no measure named (完成率不高于70%不得分 is 70% itself)
_BAND = lazy_compile(r"(?:(?<![每不])(?:低于|高于|超过|超出)(?:目标值|达标线)|(?:^|(?<=[,;。]))(?:低于|高于|超过|超出))"
                     r"\d+(?:\.\d+)?%(?:及?以上)?的?(?:不得分|[扣得]\d+(?:\.\d+)?分)")
_TARGET = lazy_compile(r"目标值|达标线")

# 目标值35% / 目标值：100%: the target printed, a level of the rate itself
_PRINTED_TARGET = lazy_compile(r"(?:目标值|达标线)[:：为是]?(\d+(?:\.\d+)?)%")
_BARE_LEVEL = lazy_compile(r"(低于|高于|超过|超出)(\d+(?:\.\d+)?)%")


def _level_past_printed_target(band: str, text: str) -> bool:
    """目标值35%，每低1个百分点扣0.5分，低于30%不得分: the target printed as a rate, a bare band below it, nearer to it
    than to nothing (30% of 35%), is a level of the same rate — a distance of 30 points (or 30% of the target) would
    leave 5% (24.5%), which no one writes bare as 低于30%. A band far below the target (目标值95%…低于5%不得分: 5% itself,
    or 5 points short?), above it, or with no target printed, stays refused."""
    printed = _PRINTED_TARGET.search(text)
    level = _BARE_LEVEL.match(band)
    if printed is None or level is None or level.group(1) != "低于":
        return False
    target, value = Decimal(printed.group(1)), Decimal(level.group(2))
    return target / 2 < value < target


def refuse_band_off_target_beside_steps(text: str) -> None:
    band = _BAND.search(text)
    if band is None or not _STEPS.search(text) or not _TARGET.search(text, 0, band.start()):
        return  # (投诉率不超过2%得满分,每超过1%扣2分;超过5%的不得分: 5% itself, no target entered)
    if _level_past_printed_target(band.group(), text):
        return
    raise Unplaced(band.group(),
                   f"“{band.group()}”与按百分点扣分并列：这里的距离是否从目标值算起，是百分点（目标1%时到4%），还是"
                   "目标值的百分比（目标1%时到1.03%），没有写明；请写成具体数值，如“投诉率超过4%的不得分”", certain=True)


def refuse_points_band_off_target(raw: str, read: object, label: str) -> None:
    """低于目标值5个百分点以内得2分 read so that its 规范写法 says no 个百分点: the points lost somewhere (a share of the
    target, 目标值×95%, or a level of 5%) — refused, naming the band."""
    band = POINTS_BAND.search(raw)
    if band is None or POINTS_OFF_TARGET in read.canonical(label):  # type: ignore[attr-defined]
        return
    raise Unplaced(band.group(),
                   f"“{band.group()}”按百分点计与目标值的距离，这里未能读作目标值加减若干个百分点（按目标值的百分比比较时，"
                   "目标60%时低5个百分点为57%而不是55%）；请写成“低于目标值5个百分点以内得2分”，或写成具体数值，如“满意度低于55%的不得分”",
                   certain=True)
