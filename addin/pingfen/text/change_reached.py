"""A change's target completed, and the other way said by what moves: ``完成年度下降目标3.5%的得6分；未完成的，按实际下降率/
3.5%×6计分；能耗上升的不得分``.

``完成年度下降目标3.5%`` is the fall reaching its target, ``下降率达到3.5%`` (as 完成年度目标 is reaching the target): the
target of a fall, a rise (增长目标) or a cut (降低目标) is a level of that change's rate, and completing it is at least it
(read as the words they are, 3.5% was the band's only value: 3.6% scored by the formula, not 6).

``能耗上升的不得分`` beside a 下降率 scored is the fall below 0 — the 下降率为负, as ``增长率为负的不得分`` is the growth
below 0 — when what rises is the text's own measure, the words said falling elsewhere in the text
(``单位工业增加值能耗下降（6分）`` names 能耗下降). The same for a 增长率 and what falls. A rise of another measure
(``安全事故上升的不得分`` beside 能耗下降率) keeps its words, and so does one naming nothing (``上升的不得分``), which the
reader already takes as the rate below 0 under the rate's own name.
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

# 完成年度下降目标3.5% / 完成增长目标10% / 完成降低目标5%: the change's target, a rate
_TARGET_DONE = lazy_compile(r"(?:(?<=[,;。:])|^)完成(?:年度|全年|本年度?|当年)?(?P<way>下降|降低|增长)目标(?:值)?(?P<level>\d+(?:\.\d+)?%)"
                            r"(?=的|以上|及以上|[,;。]|$)")
_OPPOSITE = {"下降": "上升|增长|增加|升高|不降反升", "降低": "上升|增长|增加|升高|不降反升", "增长": "下降|降低|减少|不增反降"}
_ZERO = r"(?=的?,?(?:不得分|得0分|计0分|记0分))"


def change_reached(text: str) -> str:
    """``完成年度下降目标3.5%的`` → ``下降率达到3.5%的``; ``能耗上升的不得分`` beside 下降率 → ``下降率为负的不得分``."""
    text = _TARGET_DONE.sub(lambda found: f"{found.group('way')}率达到{found.group('level')}", text)
    for way, opposite in _OPPOSITE.items():
        if f"{way}率" not in text:
            continue
        other_way = re.compile(rf"(?:(?<=[,;。:])|^)(?P<what>[\u4e00-\u9fff]{{0,6}}?)(?:{opposite}){_ZERO}")
        text = other_way.sub(lambda found: _negative(found, way, text), text)
    return text


def _negative(found: re.Match[str], way: str, text: str) -> str:
    what = found.group("what")
    if what.endswith(("未", "不", "没有", "没", "无")):
        return found.group()  # (未下降的: not the other way, no change at all)
    if not what or f"{what}{way}" not in text:
        # (安全事故上升的 beside 能耗下降率: another measure rising; 上升的不得分 alone: read as it was, the rate's label kept)
        return found.group()
    return f"{way}率为负"
