"""满意度90%(5分),每下降1%扣0.5分 / 多孩控制率3%(12分)上升1个百分点扣1分: the points in brackets after a level.

A measure's level written bare with the item's points in brackets, then a step that says which way is worse, is the
band 满意度90%得5分 and its step (compose reads the level's side from the step: 每下降 below it, 上升 above it). Only
a rate or a degree (…率, …度) right before the level, and only when the step follows at once: a bare level whose side
no step says (投诉率1%(5分)) is left as written, and refused.

So is a level said with its side (≥ / 不低于 / 不少于) and the item's points in brackets, then 达到 scored with those
points: ``出厂水水质综合合格率≥95%(2分):达到得满分,未达到不得分`` is the band ``合格率≥95%的得2分,未达到不得分`` —
the 达到 the level just said, its 满分 the points in brackets. Only 达到 scored with 满分 or the same points (达到得1分
under (2分): which is the item's?), and only right after the bracket.
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_LEVEL_POINTS = lazy_compile(
    r"(?<=[率度])(\d+(?:\.\d+)?%)\((\d+(?:\.\d+)?)分\)[,，]?(?=每?(?:上升|下降|提高|降低|增加|减少|增长|超过|低于)\d)")


_SIDED_LEVEL_REACHED = lazy_compile(
    r"(?P<level>(?:≥|>=|不低于|不少于)\d+(?:\.\d+)?(?:%|[\u4e00-\u9fff]{1,3}?)?)\((?P<points>\d+(?:\.\d+)?)分\)[:,]"
    r"达到(?:的|要求的?|标准的?)?[,]?(?:得|计|记)(?:满分|(?P=points)分)(?=[,;。]|$)")


def level_points(text: str) -> str:
    text = _SIDED_LEVEL_REACHED.sub(r"\g<level>的得\g<points>分", text)
    return _LEVEL_POINTS.sub(r"\1得\2分,", text)
