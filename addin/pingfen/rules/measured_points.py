"""A level written in 分 that is the score of what is evaluated, not the points this item awards:
``综合评分达60分得2分，综合评分每低1分扣0.5分`` / ``满意度90分以上得满分，80-90分得4分，80分以下不得分``.

The lexicon reads every ``N分`` as points. Before the clause's own outcome (得…分, 扣…分, 不得分, 满分), a number in
分 that a comparison, a range or 以上/以下 bounds, or a step (每低1分) counts, is a level of the measure instead;
it becomes a number in the unit 分, like 4次 or 90%. So is one in a fragment that is such a level alone, closed by 的
with no score word (考核得分90分(含)以上的，本项得4分: the outcome follows after the comma). Levels of the item's own
score (得分低于60分的, 扣分超过5分的) stay points: they say nothing the measure could be entered as.
"""

from __future__ import annotations

from dataclasses import replace

from ..text.lexicon import SCORE_UNIT, Token

_OUTCOME_AFTER_VERB = frozenset({"PTS", "FULL", "ZERO", "NUM"})
_BOUNDING = frozenset({"CMP", "RANGE"})
_BOUNDED_AFTER = frozenset({"SUF", "RANGE", "INCL", "CMP"})


_SCORE_WORDS = frozenset({"VERB", "DEDUCT", "ADD", "ZERO", "FULL"})


def _outcome_at(tokens: list[Token]) -> int | None:
    """Where the clause's outcome starts, when its first score word starts one: 得/计 followed by points, 扣 followed
    by points, 不得分 or 满分. Levels come before it; none after (扣5-10分 is a deduction's range)."""
    index = next((i for i, t in enumerate(tokens) if t.kind in _SCORE_WORDS), None)
    if index is None:
        return None
    token, following = tokens[index], tokens[index + 1] if index + 1 < len(tokens) else None
    if token.kind in ("ZERO", "FULL") or (following is not None and (
            (token.kind == "VERB" and following.kind in _OUTCOME_AFTER_VERB)
            or (token.kind in ("DEDUCT", "ADD") and following.kind == "PTS"))):
        return index
    return None


def _is_level(tokens: list[Token], index: int) -> bool:
    before = tokens[index - 1] if index > 0 else None
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if before is not None and before.kind == "STEPV" and after is not None and after.kind in ("DEDUCT", "ADD"):
        return True  # 每低1分扣0.5分: a step of the measure's score
    return (before is not None and before.kind in _BOUNDING) or (after is not None and after.kind in _BOUNDED_AFTER)


def measured_points(tokens: list[Token]) -> list[Token]:
    """The clause's tokens with each level in 分 before its outcome read as a number in the unit 分."""
    if not any(t.kind == "PTS" for t in tokens) or (tokens and tokens[0].kind in ("SCORING", "DEDUCT")):
        return tokens
    outcome = _outcome_at(tokens)
    if outcome is None and tokens[-1].kind == "DE" and not any(t.kind in _SCORE_WORDS for t in tokens):
        # 考核得分90分(含)以上的，本项得4分: the level alone, its outcome in the next fragment (no score word here that
        # the 90分 could be the points of)
        outcome = len(tokens) - 1
    if outcome is None:
        return tokens
    levels = [i for i in range(outcome) if tokens[i].kind == "PTS" and _is_level(tokens, i)]
    if not levels:
        return tokens
    result = list(tokens)
    for index in levels:
        result[index] = replace(tokens[index], kind="NUM", unit=SCORE_UNIT)
    return result
