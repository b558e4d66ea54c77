"""Points by how many of the listed points are met: ``在①入户坡道、②卫生间扶手、③厨房操作台改造、④门铃闪光提示四项中，完成三项
及以上的得6分，完成两项得4分，完成一项得2分，均未完成不得分`` / ``①…；②…；③…。符合两项及以上的得4分，符合一项得2分，均不符合不得分``.
The points are numbered before the sentences that price them, so how many there are is known (4); each sentence names a
count of them met (完成 / 符合 / 满足 / 落实 / 具备 / 做到 N项) and its points, the first (the most met) may hold from its count
up (及以上: 3 and 4 both score 6), and the last may be none met (均未完成不得分). The evaluator ticks the points met (or
enters how many), as 两项均符合计2分；满足一项计1分 is read (ByCount).

Once, a count with 及以上 was a band on a count entered (实际值≥3项), and the none-met sentence beside it was refused.
Only this shape is read: every scoring sentence one count and its points, the counts falling as the points do, none
above the points listed, none skipped (完成三项得6分，完成一项得2分 — and two?), and the 及以上 only on the first.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from ..text.lexicon import POINT_MET_VERBS
from .clauses import Clause
from .errors import Unplaced
from .model import ByCount, Scorer

_COUNT = lazy_compile(rf"^(?:{POINT_MET_VERBS})(?:其中|上述|以上)?(?P<count>\d+)项(?P<up>及以上|以上)?的?[,，]?"
                      r"(?:(?:得|计|记)(?P<points>\d+(?:\.\d+)?)分|(?P<zero>不得分|不计分|得0分))$")
_NONE = lazy_compile(rf"^(?:(?:上述|以上)?\d+项)?(?:均|都|全部)?(?:未|没有|不)(?:{POINT_MET_VERBS})的?[,，]?(?:不得分|不计分|得0分)$")
# 在①…、②…、③…、④…四项中 / ①…；②…；③…: the points listed before the first sentence that prices them
_IN_LISTED = lazy_compile(r"(?P<count>\d+)项中$")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def _listed(context: list[Clause], first: int) -> int | None:
    """How many points are numbered ①②③… (or (1)(2)(3)…, 1.2.3.) before ``first``, in order — None unless there are 2 or
    more, numbered one by one; an 在…N项中 closing them must count them alike."""
    marked = [c for c in context if c.marker and c.start < first]
    if len(marked) < 2 or any(c.marker and c.start > first for c in context):
        return None
    markers = [c.marker for c in marked]
    if markers[0] in _CIRCLED:
        if markers != list(_CIRCLED[:len(markers)]):
            return None
    elif [re.sub(r"\d+", "#", m) for m in markers] != [re.sub(r"\d+", "#", markers[0])] * len(markers) \
            or [int(re.search(r"\d+", m).group()) for m in markers] != list(range(1, len(markers) + 1)):  # type: ignore[union-attr]
        return None
    said = _IN_LISTED.search(marked[-1].text.rstrip("、,，"))
    if said is not None and int(said.group("count")) != len(markers):
        return None
    return len(markers)


def compose_listed_met_count(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    if len(scoring) < 2 or not any(_COUNT.match(c.text) for c in scoring):
        return None
    listed = _listed(context, min(c.start for c in scoring))
    if listed is None:
        return None
    priced: list[tuple[int, Decimal]] = []
    for index, clause in enumerate(scoring):
        if _NONE.match(clause.text) and index == len(scoring) - 1:
            continue  # 均未完成不得分: none met scores nothing, as a count not priced does
        found = _COUNT.match(clause.text)
        if found is None or clause.unread and not all(t.kind == "NUM" for t in clause.unread):
            return None
        count = int(found.group("count"))
        if found.group("up") and index != 0:
            return None  # (符合两项及以上 after 符合三项: which holds at 3?)
        points = Decimal(0) if found.group("zero") else Decimal(found.group("points"))
        priced.extend((n, points) for n in (range(listed, count - 1, -1) if found.group("up") else (count,)))
    counts = [n for n, _ in priced]
    if len(set(counts)) != len(counts) or any(n < 1 or n > listed for n in counts):
        return None
    if any(a <= b or pa < pb for (a, pa), (b, pb) in zip(priced, priced[1:])):
        return None  # the counts falling, and the points with them (fewer met never scoring more)
    skipped = [n for n in range(min(counts), max(counts)) if n not in counts]
    if skipped:
        raise Unplaced(next(c for c in scoring if _COUNT.match(c.text) and int(_COUNT.match(c.text).group("count")) < skipped[0]),
                       f"写明了符合{max(counts)}项与{min(counts)}项的得分，符合{'、'.join(str(n) for n in skipped)}项的得分没有写明",
                       certain=True)
    if max(counts) != listed:
        return None  # (all the points met unpriced: what does 4 of 4 score?)
    return ByCount(tuple(priced), listed)


__all__ = ["compose_listed_met_count"]
