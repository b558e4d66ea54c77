"""The level a requirement each unit is held to prints: ``各乡镇…签约率均达到75%…每有1个乡镇未达到扣1分`` holds every
unit to 75% — not to the targets entered in the items table (once each unit was compared with an entered 80%, and a
unit at 78% counted short of a level the text sets at 75%). The printed level wins; the items' targets only tell the
scale their values are entered in (75% is 75 in a column of 78.2, 74.9…, and 0.75 in a column of 78.2%, 74.9%…; 1.5万人次
is 15000 where 15000 is the target entered), and a target that differs from the level is said in the explanation.

Only a requirement with one number, held at or above it (达到 / ≥ / 不低于 / 不少于) or at or under it (不超过 / ≤ / 不高于),
the number and its unit closing the requirement (…签约率均应达到75% / …运营补贴不得超过60万元). Several levels (不低于800元/生、
按季度拨付不少于4次) or a time limit (15个工作日内拨付) are left to the entered targets, as before.
"""

from __future__ import annotations

from decimal import Decimal

from ..lazy_dataclass import dataclass
from ..text.lazy_regex import lazy_compile
from .evaluate import general_text
from .expr import Cmp, Expr, If, num

# 未达到“卫生院签约率均应达到75%”: the requirement quoted, its one level at its end
_LEVEL = lazy_compile(r"^[^\d“”]*?(?P<cmp>达到|≥|不低于|不少于|不超过|不得超过|不高于|不得高于|≤)"
                      r"(?P<number>\d+(?:\.\d+)?)(?P<unit>%|[\u4e00-\u9fff]{1,4}(?:/[\u4e00-\u9fff]{1,2})?)?$")
_QUOTED = lazy_compile(r"^未达到“(?P<requirement>[^“”]+)”$")
_UNDER = frozenset({"不超过", "不得超过", "不高于", "不得高于", "≤"})
# the other scale a value may be entered in, and the point between the two (their geometric mean) as a multiple of the
# number: 75% as 0.75 or 75 (between them 7.5), 1.5万元 as 1.5 or 15000 (between them 150)
_OTHER_SCALE = {"%": (Decimal("0.01"), Decimal("0.1")), "万": (Decimal(10000), Decimal(100)),
                "亿": (Decimal(100000000), Decimal(10000))}


@dataclass(frozen=True)
class UnitLevel:
    number: Decimal  # as printed: 75 of 75%, 1.5 of 1.5万人次
    unit: str
    upper: bool  # held under it (不超过): a unit fails above it

    @property
    def shown(self) -> str:
        return f"{general_text(self.number)}{self.unit}"

    def in_scale_of(self, target: Expr) -> Expr:
        """The level in the scale the row's ``target`` is entered in: of the two ways the number may be entered, the one
        nearer the target (by ratio; the two meet at their geometric mean)."""
        scale = _OTHER_SCALE.get(self.unit[:1])
        if scale is None:
            return num(self.number)
        other, between = scale
        small, big = sorted((self.number, self.number * other))
        return If(Cmp(">", target, num(self.number * between)), num(big), num(small))


def printed_unit_level(situation: str) -> UnitLevel | None:
    """The one level the quoted requirement (未达到“…均应达到75%”) prints, or None."""
    quoted = _QUOTED.match(situation)
    if quoted is None:
        return None
    found = _LEVEL.match(quoted.group("requirement"))
    if found is None:
        return None
    return UnitLevel(Decimal(found.group("number")), found.group("unit") or "", found.group("cmp") in _UNDER)
