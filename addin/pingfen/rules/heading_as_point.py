"""A heading with its points before the parts that make them up, read as one more 评价要点: ``②低保动态管理计2分。入户率
100%计0.5分,按规定时间申报计0.5分…`` / ``是否公开扶贫清单和12317扶贫监督电话(4.5分),公开扶贫清单2分,公开12317扶贫监督电话
2.5分`` were ①低保动态管理（2分）；②入户率100%（0.5分）… — the heading counted twice (4 at most of an item worth 2).

A point is taken for a heading only when its points are the sum of the others' (at least two of them) and the text
marks it apart: it alone carries a list marker (②…计2分。入户率…), or it alone does not (①…得1分;②…得1分;项目立项规范性
(4分)…③…得2分), or its name holds another point's (是否公开扶贫清单和… over 公开扶贫清单). A first point so marked is the
heading, and the rest are read without it; one in the middle leaves the point before or after it with its explanation
run in, so the text is refused, naming it. Points that merely add up (建立网格员队伍(2分);开展入户走访(1分);建立工作台账
(1分)) are left as read.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from .errors import Unplaced
from .model import Checklist, Scorer
from ..text.lazy_regex import lazy_compile

_MARKER_BEFORE = lazy_compile(r"(?:[①-⑳]|\(\d{1,2}\)|（\d{1,2}）|(?<![\d.])\d{1,2}[、.．](?!\d)|[一二三四五六七八九十]{1,3}、)\s*$")
_ASKED = lazy_compile(r"^是否")
# a level in the heading's words: 达到3% / 不少于7次 / 90%以上 / 3月份前 (not a name's digits: 12317扶贫监督电话)
# (发放资料2600份以上 / 培训200人次: a count in any unit of one, or a number 以上/以下/以内)
_LEVEL_SAID = lazy_compile(r"(?:达到|达|不少于|不低于|不超过|低于|高于|超过|大于|小于|[≥≤<>])\s*\d"
                           r"|\d+(?:\.\d+)?\s*(?:%|个百分点|次|个|人|项|天|家|篇|件|份|名|户|场|期|套|台|张|本|册|所|处|座|条)"
                           r"|\d+(?:\.\d+)?\s*[\u4e00-\u9fff]{0,2}(?:以上|以下|以内)|\d+\s*(?:月份?|日)(?:底)?前")


def _marked(text: str, requirement: str) -> bool | None:
    """Whether the point's words stand right after a list marker; None when its words are not found as printed."""
    head = requirement[:4]
    # (the point's words whole first: 图书馆数字资源建设(4分):(1)数字资源总量达到10TB的 — 数字资源 is the item's name too)
    at = text.find(requirement) if len(requirement) > 4 else -1
    at = at if at >= 0 else text.find(head)
    if len(head) < 2 or at < 0:
        return None
    return _MARKER_BEFORE.search(text, 0, at) is not None


def _holds_another(name: str, others: list[str]) -> bool:
    asked = _ASKED.sub("", name)
    return any(len(other) >= 4 and other in asked for other in others)


def heading_dropped(scorer: Scorer, text: str) -> Scorer:
    if not isinstance(scorer, Checklist) or len(scorer.points) < 3 or len(scorer.requirements) != len(scorer.points) \
            or scorer.penalty is not None or scorer.limit is not None:
        return scorer
    total = sum(scorer.points, Decimal(0))
    for index, points in enumerate(scorer.points):
        if points * 2 != total:
            continue
        name = scorer.requirements[index]
        others = [r for i, r in enumerate(scorer.requirements) if i != index]
        marks = [_marked(text, r) for r in scorer.requirements]
        own = marks[index]
        # (the point after an unmarked heading may start with the heading's explanation, no marker: 项目立项规范性(4分)
        # 项目的申请…情况。③事前已经过…)
        dissent = [i for i, mark in enumerate(marks) if i != index and mark == own]
        set_apart = own is not None and None not in marks and (not dissent or not own and dissent == [index + 1])
        if not set_apart and not _holds_another(name, others):
            continue
        if index == 0 and _LEVEL_SAID.search(name):
            # 覆盖率达到3%;5分 / 全年开展培训不少于7次;5分 over the parts: a requirement of its own, lost with the heading
            raise Unplaced(name, "这一项的分值等于其余各项分值之和，像是标题，但其中写有要求（数值），按各项计分时这一要求"
                                 "没有计入；请写明这一要求如何计分", certain=True)
        if index == 0:
            return replace(scorer, points=scorer.points[1:], requirements=scorer.requirements[1:])
        raise Unplaced(name, "这一项的分值等于其余各项分值之和，是其余各项的标题（总分），不是另一个评价要点；"
                             "标题夹在各项之间，无法确定各项的内容，请把标题移到各项之前", certain=True)
    return scorer
