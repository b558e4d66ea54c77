"""Clause boundaries a table's copy lost or put in brackets, found from the tokens around them.

``0-10%,0.5分超过10%,1分`` / ``±30%(含)以内得3分 ±30%-±35%(含)以内得2分``: the separator between two bands is gone,
but points end an outcome and a comparison starts a condition, so the next band starts there.
``3项以上1分(2项以下不得分,以报市备案后推广为准)``: a bracket after an award holding a condition with an outcome of
its own is a clause of the rule (here the other side of the band), not a remark on the points.
"""

from __future__ import annotations

from ..text.lexicon import Token



def band_after_points(current: list[Token], token: Token, following: Token | None) -> bool:
    """Whether ``token`` starts the next band after the points ``current`` ends with: a comparison (or a range's
    first number) right after points awarded (60分≤得分 compares a score: no verb before its 60分)."""
    if not current or current[-1].kind != "PTS" or following is None:
        return False
    awarded = len(current) == 1 or current[-2].kind in ("VERB", "DEDUCT", "ADD")
    starts = (token.kind in ("CMP", "PM") and following.kind in ("NUM", "PM")) or (
        token.kind == "NUM" and following.kind in ("RANGE", "SUF"))
    return awarded and starts


def bracketed_clauses(tokens: list[Token]) -> list[Token]:
    """``tokens`` with the brackets around a clause written after an award (…1分(2项以下不得分,…)) turned into
    separators, so that the clause inside is read as one of the rule's own."""
    result = list(tokens)
    for index, token in enumerate(tokens):
        if token.kind != "OPEN" or index < 2 or tokens[index - 1].kind != "PTS" or tokens[index - 2].kind in ("DEDUCT", "ADD", "OPEN"):
            continue  # 扣1分(不足1%按1%计): how a step counts, not a clause
        close = _closing(tokens, index)
        inside = tokens[index + 1:close] if close is not None else []
        # (2项以下不得分) / (3-4个得1分): the bracket awards something of its own (not 最高不超过5分, a limit)
        awarded = any(t.kind == "ZERO" for t in inside) or any(
            t.kind == "VERB" and u.kind in ("PTS", "FULL") for t, u in zip(inside, inside[1:]))
        # (弄虚作假的不得分) / (不投稿不得分): a situation of its own that zeroes the item, never a remark to drop
        situation = bool(inside) and inside[0].kind == "WORD" and any(t.kind == "ZERO" for t in inside[1:])
        if len(inside) < 2 or (inside[0].kind not in ("NUM", "CMP") and not situation) or not awarded \
                or any(t.kind in ("OPEN", "CLOSE") for t in inside):
            continue
        result[index] = Token("SEP", token.text, token.start, token.end, "hard")
        result[close] = Token("SEP", tokens[close].text, tokens[close].start, tokens[close].end, "hard")  # type: ignore[index]
    return result


def _closing(tokens: list[Token], start: int) -> int | None:
    depth = 0
    for index in range(start, len(tokens)):
        depth += {"OPEN": 1, "CLOSE": -1}.get(tokens[index].kind, 0)
        if depth == 0:
            return index
    return None
