"""第1名得3分，第2名得2.5分，依次每降1名扣0.3分: a place in a ranking (第N名) with steps down the places that
text/rank_bands.py could not rewrite as steps from that place — here because the next place's points are not the step's
(3 − 0.3 is 2.7, not 2.5). Left alone the places read as a count of people: ≥1名 and 每少1名, the 4th place full marks.
Refused naming the steps.
"""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile
from ..text.place_words import DOWN_A_PLACE, PLACE_AWARDED
from .errors import Unplaced

# (每少1名 beside a place awarded is a place too: never a count of people short)
_STEPS_OVER_PLACES = lazy_compile(rf"(?:依次|逐名)?每(?:少1(?:名|位)|{DOWN_A_PLACE})扣\d+(?:\.\d+)?分")


def refuse_place_steps_unread(text: str) -> None:
    if "第" not in text or not PLACE_AWARDED.search(text):
        return
    steps = _STEPS_OVER_PLACES.search(text)
    if steps is not None:
        raise Unplaced(steps.group(), "“第…名”是名次：各名次的得分与每降1名的扣分不一致（或无法确定从哪一名次扣起），"
                                      "请写明，如“第1名得3分，每降1名扣0.3分”", certain=True)
