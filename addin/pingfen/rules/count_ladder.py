"""A ladder of counts whose first rung names the thing without a number: ``有体育消费数字平台，1分；有2个，1.5分；超过2个，
2分`` / ``有1个平台得1分，有2个以上得2分``. The next rung (有2个 / 有2个以上) counts the same thing, so having it at all
(有…) is having one: the first rung reads as exactly 1 in the ladder's unit. Nothing (0) is below every rung and scores
0, as in any ladder of bands.

Only this shape is read: the first clause is 有 + words + its points (no comparison, no step; a number only as 有1个…),
and the second is 有 + exactly 2, or 2 or more, in the same unit that counts, with its points and no other words; the rest are the
ladder's own bands. Rungs of counts are never 评价要点 (有平台得1分，有2个以上得2分 once summed to 3): ``counted_rungs``
says when a text is such a ladder, which the reading of items must leave alone.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from ..text.lexicon import COUNT_UNITS
from .clauses import Clause, Condition
from .piecewise import Interval

_BARE_RUNG = lazy_compile(r"有\d+(?:\.\d+)?[\u4e00-\u9fff]{1,2}?(?:及?以上)?的?[,，]?(?:得|计|记)?\d+(?:\.\d+)?分")
_NUMBERED_RUNG = lazy_compile(r"^有(\d+(?:\.\d+)?)([\u4e00-\u9fff]{1,2}?)(?=[\u4e00-\u9fff,，以及得计记(]|$)")


def first_rung_counted(scoring: list[Clause]) -> list[Clause]:
    """``scoring`` with the first rung (有体育消费数字平台，1分 / 有1个平台得1分) read as exactly one, when the second rung
    is two (or two or more) of the same thing counted (有2个，1.5分 / 有2个以上得2分); otherwise ``scoring`` as it is."""
    if len(scoring) < 2:
        return scoring
    first, second = scoring[0], scoring[1]
    if not second.text.startswith("有") or second.condition is None:
        return scoring
    interval, unit = second.condition.interval, second.condition.unit
    if unit not in COUNT_UNITS or interval.low != Decimal(2) or not interval.low_inclusive \
            or interval.high not in (Decimal(2), None) or second.step is not None \
            or second.per is not None or second.unread or not second.outcome or second.outcome[0] != "points":
        return scoring
    kinds = [t.kind for t in second.tokens]
    if second.tokens[0].text != "有" or kinds not in (["WORD", "NUM", "PTS"], ["WORD", "NUM", "VERB", "PTS"],
                                                     ["WORD", "NUM", "SUF", "PTS"], ["WORD", "NUM", "SUF", "VERB", "PTS"]):
        return scoring  # (有2项以上措施均落实3分: two or more of something else, not the first rung's thing)
    if not _first_rung(first, unit):
        return scoring
    one = Condition(Interval(low=Decimal(1), low_inclusive=True, high=Decimal(1), high_inclusive=True), unit)
    return [replace(first, condition=one, unread=[])] + scoring[1:]


def counted_rungs(scoring: list[Clause]) -> bool:
    """有1个平台得1分，有3个得2分: two or more rungs counting the same unit at different numbers (or a first rung
    read as one) — a ladder of one count, never points to add up."""
    if first_rung_counted(scoring) is not scoring:
        return True
    counts: dict[str, set[str]] = {}
    bare: set[str] = set()  # units of rungs that count and say nothing else (有3个得2分 / 有2个以上，2分)
    for clause in scoring:
        found = _NUMBERED_RUNG.match(clause.text)
        if found and found.group(2) in COUNT_UNITS:
            counts.setdefault(found.group(2), set()).add(found.group(1))
            if _BARE_RUNG.fullmatch(clause.text):
                bare.add(found.group(2))
    return any(len(values) > 1 and unit in bare for unit, values in counts.items())


def _first_rung(clause: Clause, unit: str) -> bool:
    """有体育消费数字平台，1分 / 有创业孵化基地的，得1分 / 有1个平台得1分: 有 + words (or 1 of the unit), then the points."""
    kinds = [t.kind for t in clause.tokens]
    if not clause.text.startswith("有") or clause.condition is not None or clause.step is not None or clause.per is not None \
            or clause.occurrence is not None or clause.otherwise or clause.cap is not None \
            or clause.outcome is None or clause.outcome[0] != "points" or not clause.outcome[1]:
        return False
    numbered = _NUMBERED_RUNG.match(clause.text)
    if numbered:  # 有1个平台得1分: the one written, in the ladder's unit (the grammar left it unread)
        one = [t for t in clause.tokens if t.kind == "NUM"]
        return numbered.group(1) == "1" and numbered.group(2) == unit and clause.unread == one and len(one) == 1 \
            and kinds in (["WORD", "NUM", "WORD", "PTS"], ["WORD", "NUM", "WORD", "VERB", "PTS"], ["WORD", "NUM", "VERB", "PTS"])
    return not clause.unread and kinds in (["WORD", "PTS"], ["WORD", "VERB", "PTS"], ["WORD", "DE", "PTS"], ["WORD", "DE", "VERB", "PTS"])
