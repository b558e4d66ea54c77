"""群众满意度（4分）：满意度90%为基准，每超出1个百分点扣0.5分: a measure of quality that is better the higher it is, with
points taken off for every point above its level and none for falling short — 95% would score 1.5 and 60% full marks.
The text says the opposite of what the measure means (每低于 written 每超出?), so it is refused naming the step rather
than scored either way. Rates that may rightly be held down (执行率, 使用率, 完成率 past a budget) are not among these."""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile
from .errors import Unplaced
from .model import Scorer
from .piecewise import Deduction, Piecewise

# (a share of people or things found good: it cannot pass 100% by doing too much)
# (不合格率 / 不满意率 / 未达标率: the share found wanting, rightly held down)
_QUALITIES = r"(?<![不未非])(?:满意度|满意率|合格率|达标率|知晓率|优良率|成活率|保存率|准确率|完好率|通过率|普及率|接种率|巩固率)"
_QUALITY = lazy_compile(_QUALITIES + "$")
# 群众满意度(4分):满意度以90%为基准: the measure named before its level, where the rule's label may not have caught it
_QUALITY_LEVEL = lazy_compile(r"(?:^|[:,;。])[\u4e00-\u9fff]{0,10}?(" + _QUALITIES + r")(?:以|为|达到)?\d")
_STEP_ABOVE = lazy_compile(r"每(?:超出|超过|高于|高出|提高|增加|上升)[^,，;；。]*?扣[^,，;；。]*")


def refuse_excess_penalized(scorer: Scorer, text: str, label: str) -> None:
    if not isinstance(scorer, Piecewise) or not isinstance(scorer.otherwise, Deduction):
        return
    named = _QUALITY_LEVEL.search(text)
    if not _QUALITY.search(label) and named is None:
        return
    label = label if _QUALITY.search(label) else named.group(1)  # type: ignore[union-attr]
    steps = scorer.otherwise
    if steps.direction != "above" or steps.magnitude or steps.upper is not None:
        return
    said = _STEP_ABOVE.search(text)
    raise Unplaced(said.group() if said else text,
                   f"{label}越高越好，评分标准却按超过所写水平扣分（越高得分越低，未达到反而得满分），与指标的方向相反；"
                   "请核对是否应为“每低于…扣…分”", certain=True)
