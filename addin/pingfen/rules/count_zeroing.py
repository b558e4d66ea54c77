"""A sentence zeroing the whole item at a count of something else than the faults counted: ``每1处地块不到位扣2分。
淹死或烧死树木10株以上的该项不得分``. The count (10株以上) is the evaluator's to check, as any 如存在…此项不得分 is:
the situation, its number kept in its words, becomes the rule's zeroing condition. Only a sentence of its own, closed by
该项/此项/本项 (the whole item, said), whose unit is none of the units the faults are counted in (有5处以上的，该项不得分
beside 每处扣1分 is the count's own band, read with it)."""

from __future__ import annotations

import re

from ..text.lazy_regex import lazy_compile

_COUNT_ZEROING = lazy_compile(
    r"(?:^|(?<=[;。\n]))(?:如果|如|若|凡)?(?P<situation>[\u4e00-\u9fff、]{2,20}?(?P<count>\d+)(?P<unit>株|棵|亩|平方米|头|只|人|户|起|次|处|个|件|宗|例)"
    r"(?:及|或)?以上)的?,?(?:则)?(?:此项|该项|本项|本指标|该指标)(?:得0分|不得分|为0分|计0分|记0分)[;。]?(?=$|\n)")
_COUNTED_UNIT = r"每(?:[\u4e00-\u9fff]{0,3}?)1?"


def split_count_zeroing(text: str) -> tuple[str, str] | None:
    """The text without the sentence, and its situation (淹死或烧死树木10株以上); None when there is no such sentence."""
    match = _COUNT_ZEROING.search(text)
    if match is None:
        return None
    rest = (text[: match.start()] + text[match.end():]).strip(",;。\n ")
    unit = re.escape(match.group("unit"))
    if not rest or re.search(_COUNTED_UNIT + unit, rest) or re.search(rf"(?<![\d.])1{unit}", rest):
        return None  # (每一处错误扣1分；有5处以上的，该项不得分 / 发现1次的扣1分；2次及以上的: the count's own band)
    return rest, match.group("situation")
