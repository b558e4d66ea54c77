"""A 评价要点 not met, said again as the situation that zeroes the whole item: ``1、资金整合计划全部落实,得8分。2、整合资金规模
占年度总投资的30%以上…分别得6分、4分和2分。3、资金整合计划未全部落实,本项指标不得分``. The point unmet scores 0 and the
whole item with it — the bands of item 2 as well. Read as a point and a zeroing situation asked apart, the plan answered
as not carried out with the situation left unanswered scored the bands (6 instead of 0): so the point's own answer is
the situation's (point_gate.PointGated), where the situation is that one point and the point is the rule's one
checklist's; elsewhere (两个情形 joined by 或, the points of two checklists) the text is refused naming the situation.
A situation of its own (发生违规使用资金的,本项不得分) is read as before; so is one whose words differ from the point's
(制度未建立 beside 建立资金整合制度 keeps its own question).
"""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile
from .errors import Unplaced

_NEGATION = lazy_compile(r"没有|未能|未|没|不")
_SITUATION_END = lazy_compile(r"[的者,，]+$")


def _checklists(scorer: object) -> list[object]:
    """The scorer's checklists (itself, or its parts'), each with points of its own."""
    parts = getattr(scorer, "parts", None)
    if parts is not None:
        return [found for part in parts for found in _checklists(part)]
    return [scorer] if getattr(scorer, "requirements", None) else []


def _point_words(scorer: object) -> list[str]:
    """The 评价要点 of the scorer, of each of its parts when it has parts."""
    parts = getattr(scorer, "parts", None)
    if parts is not None:
        return [words for part in parts for words in _point_words(part)]
    return list(getattr(scorer, "requirements", None) or ())


def point_unmet_as_zeroing(scorer: object, zeroing: str | None) -> int | None:
    """The number (1: met_1) of the 评价要点 a zeroing situation is, with a negation put in (资金整合计划未全部落实 after
    资金整合计划全部落实): the point's answer is the situation's. None where the situation is no point; refused where it
    is one but cannot be tied to its answer."""
    if not zeroing:
        return None
    points = _point_words(scorer)
    situations = zeroing.split("或")
    for situation in situations:
        tied = negated_points(situation, points)
        if tied:
            checklists = _checklists(scorer)
            own = checklists[0] if len(checklists) == 1 else None
            if len(situations) == 1 and own is not None and len(tied) == 1 and not getattr(own, "penalty", None) \
                    and len(getattr(own, "points", ())) == len(points):
                return tied[0] + 1
            raise Unplaced(situation, "不得分的情形就是前面评价要点未达到：该要点未达到时整项不得分（其余各项也不得分），"
                           "评价要点与不得分情形分开作答无法体现，请写明未达到时的得分", certain=True)
    return None


def negated_points(situation: str, points: list[str]) -> list[int]:
    """The indices of the 评价要点 ``situation`` is with a negation put in (资金整合计划未全部落实 / 制度未建立 after
    资金整合计划全部落实 / 建立制度: the same characters, a negation among them)."""
    said = _SITUATION_END.sub("", situation)
    if not _NEGATION.search(said):
        return []
    core = sorted(_NEGATION.sub("", said))
    if len(core) < 3:
        return []
    return [i for i, point in enumerate(points) if core == sorted(_SITUATION_END.sub("", point))]
