"""Points for each unit that meets a requirement, the units counted in brackets: ``每个中心年服务人次达到3000人次的得1分，
未达到的不得分，本项共4分（4个中心）`` / ``每个乡镇合格率≥95%的得0.5分，否则不得分，本项满分3分（共6个乡镇）`` /
``村集体经营性收入达到10万元的村，每村得0.4分，满分2分（共5个村）`` / ``各客运站安全例检（4.5分）：每站1.5分，例检率达到100%
得1.5分，未达到的该站不得分`` (the units counted: the heading's points over each one's) / ``以乡镇为单位…接种率≥90%，得5分；
未达到的，每个乡镇扣1分`` (the units scored apart, each short of the level deducted).

When the units counted times the points each is the item's points (4 × 1 = 4), the sum over the units meeting it is
the item's points less those of each unit falling short — what ``每有1个中心年服务人次未达到3000人次的，扣1分，扣完为止
（本项4分）`` says, which the reader scores unit by unit from the items entered (each row's actual against its target).
Any other product (4 units of 1 point in a 5-point item: what does the fifth point score?) is left as written, and
refused; so is a requirement that is not a level reached (达到 / ≥ / 不低于 / 不少于 a number), or units whose names
disagree (每个中心 … (4个社区)).
"""

from __future__ import annotations

import re
from decimal import Decimal

from .lazy_regex import lazy_compile
from .numbers import general_text

_NUMBER = r"\d+(?:\.\d+)?"
_UNIT = r"[\u4e00-\u9fff]{1,4}?"
_EACH = "个所座家条"  # 每个中心 / 每所学校 / 每座水库: the measure word before the unit, the same in its count (4所学校)
# 年服务人次达到3000人次 / 合格率≥95% / 村集体经营性收入达到10万元: the measure, reached at a level
_REQUIREMENT = rf"(?P<measure>[\u4e00-\u9fffA-Za-z]{{1,16}}?)(?:达到|≥|不低于|不少于)(?P<level>{_NUMBER}(?:%|[\u4e00-\u9fff]{{1,3}}?))"
_NOTHING_ELSE = r"(?:[,;](?:未达到的?|达不到的?|未达标的?|不达标的?|否则)[,]?不得分)?"
_TOTAL = rf"[,;。]?(?:本项)?(?:共|满分|总分|分值)?(?P<total>{_NUMBER})分"
_COUNTED = r"\((?:共)?(?P<count>\d+)(?:个|(?P=each))(?P=unit)\)"  # (the units counted are those each scoring: never 每个中心…(4个社区))
# 每个中心年服务人次达到3000人次的得1分,未达到的不得分,本项共4分(4个中心)
_EACH_FIRST = lazy_compile(rf"每(?P<each>[{_EACH}])(?P<unit>{_UNIT}){_REQUIREMENT}的?[,]?(?:得|计|记)(?P<points>{_NUMBER})分"
                           rf"{_NOTHING_ELSE}{_TOTAL}{_COUNTED}")
# 村集体经营性收入达到10万元的村,每村得0.4分,满分2分(共5个村)
_UNIT_AFTER = lazy_compile(rf"{_REQUIREMENT}的(?P<unit>{_UNIT}),每(?P<each>[{_EACH}])?(?P=unit)(?:得|计|记)(?P<points>{_NUMBER})分"
                           rf"{_NOTHING_ELSE}{_TOTAL}{_COUNTED}")


# 各客运站安全例检(4.5分):每站1.5分,例检率达到100%得1.5分,未达到的该站不得分 / 各标段养护质量(6分):按标段分别考核,每个标段
# 2分;标段优良路率≥85%的得2分,低于85%的不得分: the units named with 各 in the heading, the points each carries of the
# heading's, then what a unit must reach for them and that short of it it scores nothing
_HEADED = lazy_compile(
    rf"(?P<head>各(?P<heading>[\u4e00-\u9fff]{{2,18}})\((?P<total>{_NUMBER})分\):)(?:按[\u4e00-\u9fff]{{1,4}}分别(?:考核|计分|评分)[,;])?"
    rf"每(?P<each>[{_EACH}])?(?P<unit>{_UNIT})(?P<points>{_NUMBER})分[,;]{_REQUIREMENT}的?[,]?(?:得|计|记)(?P=points)分[,;]"
    rf"(?:未达到的?|达不到的?|未达标的?|不达标的?|低于(?P=level)的?|否则)[,]?(?:该[\u4e00-\u9fff]{{1,4}}?)?不得分")
# 以乡镇为单位适龄儿童…接种率≥90%,得5分;未达到的每个乡镇扣1分: the level each unit must reach (以…为单位: the units
# scored apart), the points when all reach it, and each unit short of it deducted
_BY_UNIT = lazy_compile(
    rf"以(?P<unit>{_UNIT})为单位[,]?{_REQUIREMENT}的?[,]?(?:得|计|记)(?P<total>{_NUMBER})分[,;]"
    rf"(?:未达到的?|达不到的?|未达标的?|不达标的?)[,]?每(?P<each>[{_EACH}])(?P=unit)(?:扣|减)(?P<points>{_NUMBER})分")


def _headed_units_short(found: re.Match[str]) -> str:
    """The heading's points over each unit's are the units counted (4.5/1.5: three stations), as the text adds them up;
    read as each unit short of the level deducting its points. Not when the units do not divide the heading's points
    whole (what would the rest score?) or the heading does not name the units counted (各乡镇… with 每站)."""
    unit, points, total = found.group("unit"), Decimal(found.group("points")), Decimal(found.group("total"))
    if unit not in found.group("heading")[:8] or total % points or total / points < 2:
        return found.group()
    measure = found.group("measure").removeprefix(unit)  # (标段优良路率: the unit named again before its measure)
    return (f"{found.group('head')}每有1{found.group('each') or '个'}{unit}{measure}未达到{found.group('level')}的,"
            f"扣{general_text(points)}分,扣完为止")


def _by_unit_short(found: re.Match[str]) -> str:
    unit, measure, level = found.group("unit"), found.group("measure").removeprefix(found.group("unit")), found.group("level")
    return (f"各{unit}{measure}均达到{level}的,得{found.group('total')}分;"
            f"每有1{found.group('each')}{unit}{measure}未达到{level}的,扣{found.group('points')}分")


def _as_units_short(found: re.Match[str]) -> str:
    unit = found.group("unit")
    points, total, count = Decimal(found.group("points")), Decimal(found.group("total")), int(found.group("count"))
    if points * count != total:
        return found.group()
    return (f"每有1{found.group('each') or '个'}{unit}{found.group('measure')}未达到{found.group('level')}的,扣{general_text(points)}分,"
            f"扣完为止(本项{general_text(total)}分)")


# 各分馆年借阅量达到1万册次的,每个分馆得0.5分 / 各服务站点服务人次分别达到3000人次的,每个站点得1分: the units named with 各
# before the level, then the points of each (the unit said again, or the last words of its name): as 每个分馆…的得0.5分
_EACH_AFTER_LEVEL = lazy_compile(
    rf"各(?P<named>[\u4e00-\u9fff]{{0,4}}?)(?P<unit>[\u4e00-\u9fff]{{1,4}})(?P<measure>[\u4e00-\u9fffA-Za-z]{{1,16}}?)(?:分别)?"
    rf"(?P<reached>(?:达到|≥|不低于|不少于){_NUMBER}(?:%|[\u4e00-\u9fff]{{1,3}}?))的,每(?P<each>[{_EACH}])(?P=unit)"
    rf"(?P<points>(?:得|计|记){_NUMBER}分)")
# (本项3分,共3个站点) / (共6个分馆,满分3分): the item's points and the units counted in one bracket, as 本项共3分(3个站点)
_TOTAL_AND_COUNT = lazy_compile(rf"\((?:本项|满分|总分|分值)(?:共)?(?P<total>{_NUMBER})分,共(?P<count>\d+)(?P<each>[{_EACH}])(?P<unit>{_UNIT})\)$"
                                rf"|\(共(?P<count2>\d+)(?P<each2>[{_EACH}])(?P<unit2>{_UNIT}),(?:本项|满分|总分|分值)(?:共)?(?P<total2>{_NUMBER})分\)$")


def _units_said_apart(text: str) -> str:
    """``各分馆…达到1万册次的,每个分馆得0.5分(共6个分馆,满分3分)`` → ``每个分馆…达到1万册次的得0.5分,本项共3分(6个分馆)``: the
    wording _EACH_FIRST reads. The units counted named as the clause names them (每个技改项目…(4个项目): 4个技改项目)."""
    if _TOTAL_AND_COUNT.search(text) is None:
        return text  # (各康复服务点…每个服务点得1分(3分): no units counted, read as passing units by rules/passing_units.py)
    text = _EACH_AFTER_LEVEL.sub(lambda m: f"每{m.group('each')}{m.group('unit')}{m.group('measure')}{m.group('reached')}的"
                                           f"{m.group('points')}", text)
    bracket = _TOTAL_AND_COUNT.search(text)
    if bracket is None:
        return text
    total, count = bracket.group("total") or bracket.group("total2"), bracket.group("count") or bracket.group("count2")
    each, unit = bracket.group("each") or bracket.group("each2"), bracket.group("unit") or bracket.group("unit2")
    named = re.search(rf"每{each}([\u4e00-\u9fff]{{1,3}}?){unit}", text[:bracket.start()])  # (每个技改项目 … 4个项目)
    unit = (named.group(1) if named else "") + unit
    before = text[:bracket.start()].rstrip("。")
    return f"{before},本项共{total}分({count}{each}{unit})"


def each_unit_awarded(text: str) -> str:
    """``text`` with points for each unit meeting a level, over units that share the item's points, as the points of
    each unit short of it deducted."""
    text = _units_said_apart(text)
    text = _BY_UNIT.sub(_by_unit_short, _HEADED.sub(_headed_units_short, text))
    return _UNIT_AFTER.sub(_as_units_short, _EACH_FIRST.sub(_as_units_short, text))
