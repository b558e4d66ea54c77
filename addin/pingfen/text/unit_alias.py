"""A count's unit with its other name in brackets: ``≥350台（套）`` / ``筹集保障性租赁住房≥3500套（间）`` / ``建成12个（处）``.
The bracket names the same things counted another way (a machine is a 台 or a 套, a home a 套 or a 间), no second
quantity and no remark: the number is counted in the first unit, as ``≥350台`` says it. Left, the bracket cut the level
from the clause that uses it (目标值≥350台(套)，完成目标得3分 once refused as a level not used).

Only one counting unit of one character in the bracket right after a number's own counting unit (not ``5人(次)`` made
into 人次 elsewhere, nor ``10个(含)``, a bound's mark, nor ``3处(附件2)``, a remark).
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

# the units that name a thing counted, each the other's alias when put side by side
_COUNTED = "台套间个处座辆件户所栋幢张册部艘架组"
_ALIASED = lazy_compile(rf"(?<=\d)([{_COUNTED}])\(([{_COUNTED}])\)")


def unit_alias_dropped(text: str) -> str:
    """``≥350台(套)`` → ``≥350台``."""
    return _ALIASED.sub(lambda found: found.group(1) if found.group(1) != found.group(2) else found.group(), text)
