"""满意度90%(5分),每下降1%扣0.5分 / 多孩控制率3%(12分)上升1个百分点扣1分: the points in brackets after a level.

A measure's level written bare with the item's points in brackets, then a step that says which way is worse, is the
band 满意度90%得5分 and its step (compose reads the level's side from the step: 每下降 below it, 上升 above it). Only
a rate or a degree (…率, …度) right before the level, and only when the step follows at once: a bare level whose side
no step says (投诉率1%(5分)) is left as written, and refused.
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_LEVEL_POINTS = lazy_compile(
    r"(?<=[率度])(\d+(?:\.\d+)?%)\((\d+(?:\.\d+)?)分\)[,，]?(?=每?(?:上升|下降|提高|降低|增加|减少|增长|超过|低于)\d)")


def level_points(text: str) -> str:
    return _LEVEL_POINTS.sub(r"\1得\2分,", text)
