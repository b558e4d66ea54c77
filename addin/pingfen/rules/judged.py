"""按程度进行计分 / 按牵线组织和衔接落实情况得分 / 按照功效系数法打分: the only scoring clause of the text says what
the score follows — a degree, a situation, or a method worked out over all the units assessed — and gives no
amounts. Nothing in the text computes it, so the evaluator enters the score (with a reason).

Only a text without any number is read so: a number would be a level or points that an entered score silently
drops (按完成情况得分，完成90%以上得5分 is read by the bands, its heading set aside by the reader).
"""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile
from .clauses import Clause
from .model import NO_METHOD, Manual

# what a judgement weighs (程度, 情况 …), or a method named but not spelled out (功效系数法 needs every unit's values)
_JUDGED = lazy_compile(r"[\u4e00-\u9fff]*(?:情况|程度|表现|成效|效果)(?:进行|来)?")
_UNSPELLED = lazy_compile(r"[\u4e00-\u9fff]{0,6}(?:功效系数法|综合指数法)(?:进行|来)?")


def compose_judged(scoring: list[Clause], context: list[Clause], text: str) -> Manual | None:
    if len(scoring) != 1:
        return None
    clause = scoring[0]
    kinds = [token.kind for token in clause.tokens]
    if len(kinds) < 3 or kinds[0] != "BY" or kinds[-1] != "SCORING" or any(kind not in ("WORD", "DE") for kind in kinds[1:-1]):
        return None
    if any(token.kind in ("NUM", "PTS") for other in scoring + context for token in other.tokens):
        return None
    basis = clause.tokens[-2].text
    if _UNSPELLED.fullmatch(basis):
        return Manual(NO_METHOD)
    if _JUDGED.fullmatch(basis):
        return Manual(clause.text)
    return None
