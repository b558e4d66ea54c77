"""Points for each of several requirements named together: ``建立和开发的各得2分，反之，不得分``. The words before 各 name
the requirements (split at 和、及与), each earning the points when met: 评价要点 of equal points, as if each were
written with its own (建立的得2分；开发的得2分). 反之/否则不得分 after them is what any one not met scores.

Only this shape is read: one award clause ending in 各得N分 (各计/各记/各N分) whose requirements are words (no number),
at least two, optionally followed by 反之/否则不得分 and nothing else that scores.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from .clauses import Clause
from .errors import Unplaced
from .model import Checklist, Scorer

_EACH_AWARD = lazy_compile(r"(?P<named>[\u4e00-\u9fff、“”]+?)的?各(?:得|计|记|给)?(?P<points>\d+(?:\.\d+)?)分")
_JOINED = lazy_compile(r"以及|和|及|与|、")
_AWARD_END = lazy_compile(r"各?(?:得|计|记|给)?\d+(?:\.\d+)?分$")  # 计10分 / 各计5分: what comes before names the point


def compose_each_award(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    later = next((c for c in scoring[1:] if _EACH_AWARD.fullmatch(c.text) and not c.text.startswith("每")), None)
    if later is not None:  # 制度健全得1分；建立和开发的各得2分: a point of several among others, which no reading counts
        totalled = _points_totalled(scoring, context)
        if totalled is not None:
            return Checklist(points=totalled)
        raise Unplaced(later, "“各得…分”与其他得分写在一起，各项的个数无法确定（请逐项写明得分）", certain=True)
    award = scoring[0] if scoring else None
    matched = _EACH_AWARD.fullmatch(award.text) if award is not None else None
    if award is None or matched is None or award.outcome is None or award.outcome[0] != "points" or not award.outcome[1] \
            or award.outcome[1] != Decimal(matched.group("points")) or award.condition is not None or award.unread \
            or award.per is not None or award.step is not None or award.occurrence is not None:
        return None
    if matched.group("named").startswith("每"):
        return None  # 每项措施各1.5分: as many points as there are, each worth this much (read as such elsewhere)
    named = [part.strip("“”") for part in _JOINED.split(matched.group("named"))]
    if len(named) < 2 or not all(named):
        # 和谐社区各得2分: 各 says there are several, which the words do not separate (once one point of 2)
        raise Unplaced(award, "“各得…分”前所列的各项无法分开（请用“、”“和”列出各项，或逐项写明得分）", certain=True)
    for clause in scoring[1:]:  # 反之，不得分 / 否则不得分: any one not met scores nothing
        if not clause.otherwise or clause.outcome != ("points", Decimal(0)) or clause.unread \
                or any(t.kind not in ("OTHER", "ZERO") for t in clause.tokens):
            # 建立和开发的各得2分，最多得3分: once ①2分 ②3分, the limit read as a second point
            raise Unplaced(clause, "“各得…分”之后的这一句无法与之合并（各项得分之外的上限、加分等没有写明如何计算）",
                           certain=True)
    if any(c.condition is not None or c.unread or any(t.kind == "NUM" for t in c.tokens) for c in context):
        return None
    if re.search(r"\d", matched.group("named")):
        return None
    # each point named by its own words (有健全的理事会、常务理事会(2分,每项1分) once printed ①（1分）；②（1分）, the
    # evaluator not told which is which)
    return Checklist(points=(award.outcome[1],) * len(named), requirements=tuple(named))


def _points_totalled(scoring: list[Clause], context: list[Clause]) -> tuple[Decimal, ...] | None:
    """按规定时间上交初稿计10分，按规定时间上交修改反馈稿和领导审定稿各计5分。合计20分: each point's own points, those
    named together (split at 和、及与) each earning theirs, when the total written last is exactly their sum."""
    stated = [c for c in context if c.total_only]
    if len(stated) != 1 or stated[0].start < max(c.end for c in scoring):
        return None
    points: list[Decimal] = []
    for clause in scoring:
        if clause.outcome is None or clause.outcome[0] != "points" or not clause.outcome[1] or clause.condition is not None \
                or clause.unread or clause.per is not None or clause.step is not None or clause.occurrence is not None \
                or clause.cap is not None or clause.otherwise or re.search(r"\d", _AWARD_END.sub("", clause.text)):
            return None
        matched = _EACH_AWARD.fullmatch(clause.text)
        named = _JOINED.split(matched.group("named")) if matched is not None else [clause.text]
        if matched is not None and (len(named) < 2 or not all(named) or named[0].startswith("每")):
            return None
        points.extend([clause.outcome[1]] * len(named))
    others = [c for c in context if c not in scoring and c is not stated[0] and c.tokens]
    if any(c.scoring or c.unread or any(t.kind == "NUM" for t in c.tokens) for c in others):
        return None
    return tuple(points) if sum(points) == stated[0].stated_total else None

