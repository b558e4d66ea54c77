"""开展庆祝…主题系列活动，1次1分: one unit and its points as a cell's shorthand, with no limit written.

``1次1分`` (``1篇2分``) standing as its own clause after the words naming what is done is the points per unit —
what 每1次加1分 says; with no limit written the points add up to the indicator's 分值 (a ``PerUnit`` without a
limit, as 每开展1次加1分 is read). Only the bare shorthand (the count 1 opening the clause, its unit, its points,
nothing else) qualifies without a limit; 发表论文1篇0.5分 and the like still need one written beside them
(最多2分), and a clause that deducts is never read so.
"""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile
from .clauses import Clause

_BARE = lazy_compile(r"1(?:次|篇|项|场|个|家|件)\d+(?:\.\d+)?分")


def bare_unit_points(clause: Clause) -> bool:
    return _BARE.fullmatch(clause.text) is not None and not clause.unread  # (its 1次 read as a level of one: the unit)
