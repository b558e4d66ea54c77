"""An item's title with its points, said again by the award right after it: ``城市污水处理厂建设3分,当年应建成投运
的…已建成投运的得3分,否则得0分``. The title names the item and its
points; the award that follows (same points, same thing named) is how they are earned — one item of 3, never two
items of 3 each (once 12 of a 6-point criterion). The title's number is used: it must equal the award's. A title
with a verb (信息预警记20分) is left alone: it reads as an award of its own."""

from __future__ import annotations

from decimal import Decimal

from .clauses import Clause
from .compose import shared_words

_TITLE_KINDS = frozenset({"WORD", "PTS", "VERB", "OPEN", "CLOSE"})


def _title_points(clause: Clause) -> Decimal | None:
    """城市污水处理厂建设3分 / 信访信息员(30分): words, then the points (no verb)."""
    kinds = [token.kind for token in clause.tokens]
    if not kinds or kinds[0] != "WORD" or not set(kinds) <= _TITLE_KINDS or kinds.count("PTS") != 1 \
            or kinds.count("VERB") > 1 or clause.condition is not None or clause.step or clause.per is not None \
            or clause.cap is not None or clause.unread or clause.otherwise:
        return None
    tail = [kind for kind in kinds if kind not in ("OPEN", "CLOSE")]
    if tail[-1] != "PTS" or ("VERB" in tail and tail[-2:] != ["VERB", "PTS"]):
        return None
    if "VERB" in tail:
        return None  # (资金使用规范得4分 is an award; 信息预警记20分 before …的记20分 may be either — not read here)
    if clause.outcome is None or clause.outcome[0] != "points" or not clause.outcome[1]:
        return None
    return clause.outcome[1]


def drop_restated_titles(scoring: list[Clause]) -> list[Clause]:
    """The scoring clauses without each title whose points the award after it says again."""
    kept: list[Clause] = []
    for index, clause in enumerate(scoring):
        following = scoring[index + 1] if index + 1 < len(scoring) else None
        points = _title_points(clause)
        if points is not None and following is not None and following.outcome == ("points", points) \
                and _title_points(following) is None and any(t.kind == "VERB" for t in following.tokens) \
                and shared_words(clause, following):
            continue
        kept.append(clause)
    return kept
