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
    # (覆盖率 95%及以上 3分 90%（含）-95% 2分: a table's band cell then its points cell, no verb between)
    awarded = len(current) == 1 or current[-2].kind in ("VERB", "DEDUCT", "ADD", "SUF", "INCL") \
        or current[-2].kind == "NUM" and current[-2].unit == "%"
    starts = (token.kind in ("CMP", "PM") and following.kind in ("NUM", "PM")) or (
        token.kind == "NUM" and following.kind in ("RANGE", "SUF", "INCL"))
    return awarded and starts


def listed_band(current: list[Token], token: Token, following: Token | None, after: Token | None) -> bool:
    """Whether ``token`` is a 、 between two bands of a list (100%及以上记5分、90%（含）至100%记4分、…): the next band
    starts after it, as after a comma."""
    return token.kind == "WORD" and token.text == "、" and following is not None \
        and band_after_points(current, following, after)


def bracketed_clauses(tokens: list[Token]) -> list[Token]:
    """``tokens`` with the brackets around a clause written after an award (…1分(2项以下不得分,…)) turned into
    separators, so that the clause inside is read as one of the rule's own."""
    result = list(tokens)
    for index, token in enumerate(tokens):
        if token.kind != "OPEN" or index < 2:
            continue
        close = _closing(tokens, index)
        # …得满分(弄虚作假的不得分: the closing bracket cut off with the rest of the copy — to the end
        inside = tokens[index + 1:close] if close is not None else tokens[index + 1:]
        kinds = [t.kind for t in inside]
        # (弄虚作假的不得分): a situation of its own that zeroes the item, wherever it stands — never a remark to drop
        vetoed = any(kinds[i:i + 3] == ["WORD", "DE", "ZERO"] for i in range(len(kinds)))
        if not vetoed and (tokens[index - 1].kind not in ("PTS", "FULL", "ZERO") or tokens[index - 2].kind in ("DEDUCT", "ADD", "OPEN")):
            continue  # 扣1分(不足1%按1%计): how a step counts, not a clause
        # (不投稿不得分): the item's own 不得分 after its points
        situation = vetoed or (bool(inside) and inside[0].kind == "WORD" and "ZERO" in kinds[1:])
        if tokens[index - 1].kind != "PTS" and not situation:
            continue  # after 得满分 / 不得分, only a situation of its own is a clause
        # (2项以下不得分) / (3-4个得1分): the bracket awards something of its own (not 最高不超过5分, a limit)
        awarded = "ZERO" in kinds or any(a == "VERB" and b in ("PTS", "FULL") for a, b in zip(kinds, kinds[1:]))
        if len(inside) < 2 or (kinds[0] not in ("NUM", "CMP") and not situation) or not awarded \
                or "OPEN" in kinds or "CLOSE" in kinds:
            continue
        result[index] = Token("SEP", token.text, token.start, token.end, "hard")
        if close is not None:
            result[close] = Token("SEP", tokens[close].text, tokens[close].start, tokens[close].end, "hard")
    return result


def _closing(tokens: list[Token], start: int) -> int | None:
    depth = 0
    for index in range(start, len(tokens)):
        depth += {"OPEN": 1, "CLOSE": -1}.get(tokens[index].kind, 0)
        if depth == 0:
            return index
    return None
