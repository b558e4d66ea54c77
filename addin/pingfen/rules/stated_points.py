"""The item's points stated inside its rule: ``达成市检上站任务数,该项根基分值为0.6分未达成市检上站任务数的村,每少一人扣0.2分``.

该项(根基)分值为0.6分 says what the rest scores from: the rule is read without the statement, and the statement's
points take the place of 满分 in it (``heading_points.filled_by_heading``), or must be the reading's highest score.
Any other reading (points of its own that differ, two statements) is refused naming the statement, never dropped.
A statement opening the text (本项分值为2分。…) is the preface ``parser._PREFACE`` already takes.
"""

from __future__ import annotations

from decimal import Decimal

from ..text.lazy_regex import lazy_compile

# …治理率指标值≥40%,分值3分。每低于指标值1%扣0.3分: 分值 alone, just after a level in its unit (% or a word), before
# the steps — never an award (after a sentence, 最低0分。分值2分。, it is the points in all, which other readers take)
# — and only where the steps follow (指标值≥12000平方米,分值4分。未完成的按完成比例计分 is the 单位自评 frame's, its 分值 said)
_STATED = lazy_compile(r"(?:(?<=[,;。\n])(?:该|本|此)项(?:根基|基本)?(?:分值|满分)为(\d+(?:\.\d+)?)分(?!\))[,;。]?"
                       r"|(?:(?<=\d%,)|(?<=\d[\u4e00-\u9fff],)|(?<=\d[\u4e00-\u9fff]{2},)|(?<=\d[\u4e00-\u9fff]{3},))分值为?"
                       r"(\d+(?:\.\d+)?)分(?!\))[,;。]?(?=每))")


def split_stated_points(text: str) -> tuple[str, str, Decimal] | None:
    """(the text without the statement, the statement, its points), or None when there is not exactly one."""
    found = list(_STATED.finditer(text))
    if len(found) != 1:
        return None
    match = found[0]
    rest = text[: match.start()] + text[match.end():]
    return rest.strip(",;。 "), match.group().strip(",;。"), Decimal(match.group(1) or match.group(2))
