"""An item whose points the items after 其中 make up: ``村(社区)建立群众工作组记2分,其中,明确有信访专(兼)干的记1分,
报酬落实的记1分`` / ``建立工作台账记3分,其中,台账齐全的记2分,按时更新的记1分``.

The items after 其中 are the parts of the one before it, not 评价要点 to add to it (once 3+2+1 on a 3-point item):
the item is scored by its parts, each met or not. Read so only when the parts run to the end of the list and add
up to the item's points exactly; otherwise which points the parts make up is not written, and the text is refused.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .errors import Unplaced
from .model import Checklist, GradeMap, Scorer
from ..text.lazy_regex import lazy_compile

_AMONG = lazy_compile(r"其中[,，:：]?")
_POINTS = lazy_compile(r"(?<![\d.])\d+(?:\.\d+)?分")


def parts_for_their_whole(scorer: Scorer, text: str) -> Scorer:
    """The checklist with the item the parts after 其中 make up replaced by them (or refused, see above)."""
    if isinstance(scorer, GradeMap) and any(_POINTS.search(text, among.end()) for among in _AMONG.finditer(text)):
        # 建立工作台账记3分，其中，台账齐全的记2分，按时更新的记1分。未建立的不得分: parts met together, not grades
        raise Unplaced("其中", "“其中”后的分值是一项的组成部分（或各项的权重），不是可供选择的等级", certain=True)
    if not isinstance(scorer, Checklist) or len(scorer.points) < 2:
        return scorer
    among = list(_AMONG.finditer(text))
    if not among:
        return scorer
    whole = len(_POINTS.findall(text, 0, among[0].start())) - 1  # the item just before 其中
    parts = scorer.points[whole + 1:]
    if len(among) > 1 or whole < 0 or len(_POINTS.findall(text)) != len(scorer.points) or len(parts) < 2 or sum(parts) != scorer.points[whole] \
            or len(_POINTS.findall(text, among[0].end())) != len(parts):
        raise Unplaced("其中", "“其中”后的分值是前一项的组成部分，不能与前一项一并相加", certain=True)
    said = scorer.requirements[:whole] + scorer.requirements[whole + 1:] if scorer.requirements else ()
    if said:  # (其中台账齐全: without a comma 其中 stays on the first part's requirement)
        said = said[:whole] + (_AMONG.sub("", said[whole], count=1) if said[whole].startswith("其中") else said[whole],) + said[whole + 1:]
    # the whole's points stay in the reading as the total of its parts (总分3分: the 规范写法 keeps every number)
    limit = scorer.points[whole] if whole == 0 and len(scorer.points) == whole + 1 + len(parts) else scorer.limit
    return replace(scorer, points=scorer.points[:whole] + parts, requirements=said, limit=limit)
