"""在全市排名1-5名的依次赋予60分、57分、54分、51分、48分 / 排名第1名、第2名、第3名的分别计2分、1.9分、1.8分 /
前3名按照6、5、4分打分，有新培育的得3分，没有新培育的0分:
the points of each place of a ranking, in order, and options in words after them. The evaluator enters the place
(第3名) or the option that applies as the grade.

The places and the points pair one to one (前3名 with three points, 1-5名 with five), or the list is refused naming
it. Any other clause must be such an option (words, then its points): a step after the places (倒数第4名及以上的，
每进1名扣0.1分) is not read here.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from .clauses import Clause
from .errors import Unplaced
from .model import GradeMap

_POINTS = r"\d+(?:\.\d+)?分?(?:、\d+(?:\.\d+)?分?)+"
_RANK_LIST = lazy_compile(
    r"[\u4e00-\u9fff]*?(?:排名|名次|排在)?(?:(?P<low>\d+)(?:-|~|至)(?P<high>\d+)名|前(?P<top>\d+)名"
    r"|(?P<places>(?P<end>倒数)?第\d+名(?:、第\d+名)+))的?"
    rf"(?:依次|分别)?(?:按照|按)?(?:赋予|可得|得|计|记|给|赋)?(?P<points>{_POINTS})(?:打分|计分|赋分|评分)?")
_OPTION_WORDS = frozenset({"WORD", "DE", "EXCEPT", "AND", "ALL_MET", "OTHER"})


# 第一名10分;…;第四名扣5分: a place "deducted" points — below 0 for that place, or 5 off the 分值?
_PLACE_DEDUCTED = lazy_compile(r"(?:倒数)?第\d+名(?:的|及以后的?|以后的?)?(?:扣|倒扣|减)\d+(?:\.\d+)?分")
_PLACE_SCORED = lazy_compile(r"第\d+名(?:的)?(?:得|计|记)?(?:\d+(?:\.\d+)?分|不得分|满分)")


def compose_ranks(scoring: list[Clause], context: list[Clause], text: str) -> GradeMap | None:
    deducted = next((c for c in scoring if _PLACE_DEDUCTED.search(c.text)), None)
    if deducted is not None and any(_PLACE_SCORED.search(c.text) for c in scoring if c is not deducted):
        raise Unplaced(deducted, "名次得分中这一名次写作“扣…分”：是得负分（低于0分）还是从分值中扣，评分标准没有写明，"
                                 "而指标得分限于0至分值之间；请写明该名次的得分", certain=True)
    listed = [(clause, match) for clause in scoring if (match := _RANK_LIST.fullmatch(clause.text))]
    numbered = next((c for c in context if any(t.kind in ("NUM", "PTS") for t in c.tokens)), None)
    if len(listed) != 1 or (numbered is not None and not listed[0][1].group("places")):
        return None
    clause, match = listed[0]
    if numbered is not None:  # 第4名及以后的，每后退1名扣0.1分: a place past the list, and what it loses
        step = next((c for c in scoring if c is not clause and _option(c) is None), numbered)
        raise Unplaced(step, "名次得分之外的这一句不是另一情形的得分（如“其余单位得5分”），无法与名次一并计分", certain=True)
    points = [Decimal(number) for number in re.findall(r"\d+(?:\.\d+)?", match.group("points"))]
    if match.group("places"):  # 排名倒数第1名、第2名、第3名的分别计2分、1.9分、1.8分: the places one by one
        places = [int(place) for place in re.findall(r"第(\d+)名", match.group("places"))]
        first, last = places[0], places[-1]
        if places != list(range(first, first + len(places))):
            raise Unplaced(clause, "所列名次不连续，无法与得分一一对应", certain=True)
    else:
        first, last = (1, int(match.group("top"))) if match.group("top") else (int(match.group("low")), int(match.group("high")))
    if last - first + 1 != len(points) or first < 1:
        raise Unplaced(clause, f"名次（第{first}至第{last}名）与所列得分（{len(points)}个）不能一一对应", certain=True)
    grades = [(f"{match.group('end') or ''}第{place}名", score) for place, score in zip(range(first, last + 1), points)]
    for other in scoring:
        if other is clause:
            continue
        option = _option(other)
        if option is None:  # 第4名以后每后退1名扣0.5分: a step past the places, not a place or an option of its own
            raise Unplaced(other, "名次得分之外的这一句不是另一情形的得分（如“其余单位得5分”），无法与名次一并计分", certain=True)
        grades.append(option)
    if len({name for name, _ in grades}) < len(grades):
        return None
    return GradeMap(grades=tuple(grades))


def _option(clause: Clause) -> tuple[str, Decimal] | None:
    """有新培育的得3分 / 没有新培育的0分 / 其余单位得5分: an option in words and its points."""
    if clause.outcome is None or clause.outcome[0] != "points" or clause.outcome[1] is None or clause.condition is not None \
            or clause.step is not None or clause.per is not None or clause.occurrence is not None or clause.cap is not None \
            or clause.unread or clause.marker:
        return None
    said = next(i for i, t in enumerate(clause.tokens) if t.kind in ("VERB", "PTS", "ZERO"))
    words = clause.tokens[:said]
    if not words or any(t.kind not in _OPTION_WORDS for t in words) or any(
            t.kind not in ("VERB", "PTS", "ZERO") for t in clause.tokens[said:]):
        return None
    return "".join(t.text for t in words).rstrip("的者"), clause.outcome[1]
