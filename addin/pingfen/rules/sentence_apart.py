"""A requirement sentence kept apart from the deductions after it: ``做好秸秆禁烧宣传工作(2分)。…各个自然村张贴禁烧公告不少于3张,
…对规模种植户(10亩以上)发放政府公告。自然村张贴公告每少1张扣0.5分,…`` — the heading's requirements in prose, then a
sentence that names again what it counts (自然村张贴公告) and deducts per unit of it. The requirement holds in each unit
(各个自然村…不少于3张), so the notices short are summed over the villages — the deduction's own count of faults, never one
completion value against 3张 (which piecewise_reading.py refuses) — and the levels of the requirement sentence (不少于3张,
10亩以上) are no condition waiting for that outcome.

Only a requirement made of each unit (各个 / 每个) and one unit of a count at a time (每少1张, not 每少2人, whose partial
steps would have to be summed per village) are kept apart this way: 培训人数不少于50人。
培训人数每少5人扣1分 stays one target with its steps, and a share (完成率每降低1%) is measured from its level.
"""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile
from ..text.lexicon import COUNT_UNITS
from .clauses import Clause

# 各个自然村张贴禁烧公告不少于3张 / 每个村至少2名: a level each unit must reach, opening a clause of the sentence
_EACH_UNIT_LEVEL = lazy_compile(r"(?:^|[,;:，；：)])(?:各个?|每一?个)(?!项|次|年|月|季度|类)[\u4e00-\u9fff()]{1,30}?"
                                r"(?:不少于|不低于|至少|达到)\d")


def kept_apart(text: str, first: Clause, second: Clause) -> bool:
    """``second`` is a sentence of its own (after 。) that names what it counts and deducts per unit of a count, and
    ``first`` ends a requirement sentence, with no outcome of its own, that a level in each unit opens."""
    if text[first.end:second.start].strip() != "。" or first.has_outcome or second.step is None \
            or second.step[2] not in COUNT_UNITS or second.step[1] != 1 or not second.tokens or second.tokens[0].kind != "WORD":
        return False
    sentence = text[text.rfind("。", 0, first.start) + 1:first.end]
    return bool(_EACH_UNIT_LEVEL.search("".join(sentence.split())))
