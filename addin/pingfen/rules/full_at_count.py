"""``发布1个产品得0.2分，5个满分``: points per unit, with the count at which the score is full. The limit is the
points of that many units (5 × 0.2 = 1分), which the 分值 must then be; the count alone names no other limit. A count
in another unit than the award's (5次满分 after 每个) is not this construction.
"""

from __future__ import annotations

from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from .clauses import Clause
from .errors import Unplaced

_FULL_AT = lazy_compile(r"(?P<count>\d+)(?P<unit>[\u4e00-\u9fff]{1,2}?)(?:及以上|以上)?的?(?:得|计|记|即得|即为)?满分")


def full_at_count(clauses: list[Clause], unit: str, limited: bool) -> tuple[Clause, Decimal] | None:
    """The one clause 5个满分 / 5个得满分 in the award's unit, and its count (the limit is that many units' points);
    refused beside a written limit (最多2分: which one?) or in another unit (5次满分 after 1个)."""
    found = [(c, m) for c in clauses if (m := _FULL_AT.fullmatch(c.text))]
    if len(found) != 1 or Decimal(found[0][1].group("count")) <= 0:
        return None
    clause, match = found[0]
    if match.group("unit") != unit:
        raise Unplaced(clause, f"得满分的数量以“{match.group('unit')}”计，与每{unit}的得分单位不同，无法确定上限", certain=True)
    if limited:
        raise Unplaced(clause, "既写了达到多少得满分，又写了最多得分，无法确定上限按哪一个", certain=True)
    return clause, Decimal(match.group("count"))
