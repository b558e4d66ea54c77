"""A requirement's points and its failure described over several clauses before a bare deduction of the same points:
``合理确定棚改安置方式的得2分。因棚改安置方式不合理，导致棚户区居民没有及时安置…，产生恶劣影响的，扣2分``. The clauses
between the award and ``扣2分`` say in words when the points are lost (a negation: 不合理, 未, 没有), ending in …的; they
are the deduction's situation, which takes away exactly what the award gives: one point, met or not.

Only this shape is read: two scoring clauses (an award in words, then ``扣N分`` alone with the same N), and between
them only words (no number, no comparison, no score) that end in 的 and name a failure.
"""

from __future__ import annotations

from dataclasses import replace

from ..text.lazy_regex import lazy_compile
from .clauses import Clause, situation_in_words
from .model import Scorer

_FAILURE = lazy_compile(r"(?:没有|未|不(?!得|低|少|超|高)|无(?!论))[\u4e00-\u9fff]")
_AWARD_KINDS = frozenset({"BY", "WORD", "DE", "VERB", "PTS"})  # (按规定公开…的得3分)


def compose_described_failure(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    """The award and the failure joined into one deduction clause, read as the choice it then is (compose_choice)."""
    if len(scoring) != 2:
        return None
    award, deduct = scoring
    if award.outcome is None or award.outcome[0] != "points" or not award.outcome[1] or award.condition is not None \
            or award.unread or award.marker or deduct.marker or any(t.kind not in _AWARD_KINDS for t in award.tokens):
        return None
    if [t.kind for t in deduct.tokens] != ["DEDUCT", "PTS"] or deduct.per != award.outcome[1] or deduct.occurrence \
            or deduct.step or deduct.cap:
        return None
    between = [c for c in context if award.end <= c.start and c.end <= deduct.start]
    if not between or any(not situation_in_words(c) or c.marker or c.definition for c in between) \
            or any(c not in between for c in context if award.end <= c.start < deduct.start) \
            or not between[-1].text.endswith("的") or not any(_FAILURE.search(c.text) for c in between):
        return None
    if any(text[a.end:b.start].strip() not in (",", "，", ";", "；", "。") for a, b in zip([award, *between], [*between, deduct])):
        return None  # the clauses must follow one another
    merged = replace(
        deduct, text="，".join(c.text for c in between) + "，" + deduct.text, start=between[0].start,
        tokens=[t for c in between for t in c.tokens] + list(deduct.tokens),
        outcome=("minus", deduct.per), per=None, negated=True,
    )
    from .choices import compose_choice

    return compose_choice([award, merged], [c for c in context if c not in between], text)
