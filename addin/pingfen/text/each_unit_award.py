"""Points for each unit that meets a requirement, the units counted in brackets: ``每个中心年服务人次达到3000人次的得1分，
未达到的不得分，本项共4分（4个中心）`` / ``每个乡镇合格率≥95%的得0.5分，否则不得分，本项满分3分（共6个乡镇）`` /
``村集体经营性收入达到10万元的村，每村得0.4分，满分2分（共5个村）``.

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


def _as_units_short(found: re.Match[str]) -> str:
    unit = found.group("unit")
    points, total, count = Decimal(found.group("points")), Decimal(found.group("total")), int(found.group("count"))
    if points * count != total:
        return found.group()
    return (f"每有1{found.group('each') or '个'}{unit}{found.group('measure')}未达到{found.group('level')}的,扣{general_text(points)}分,"
            f"扣完为止(本项{general_text(total)}分)")


def each_unit_awarded(text: str) -> str:
    """``text`` with points for each unit meeting a level, over units that share the item's points, as the points of
    each unit short of it deducted."""
    return _UNIT_AFTER.sub(_as_units_short, _EACH_FIRST.sub(_as_units_short, text))
