"""A floor under the score said after the steps: ``…每低于达标线1个百分点扣1分，低于达标线得分不低于4分``. Read, 低于
目标值 and the 4分 became a flat band (<目标值得4分): 97% against a 98% line scored 4 instead of 9, the steps never applied.
A floor is no band and is not read (最低得4分 is refused already): refused, naming it."""

from __future__ import annotations

from .errors import Unplaced
from ..text.lazy_regex import lazy_compile

_FLOOR = lazy_compile(r"[^,;。\n]*?得分(?:不低于|不少于|最低为?|最少为?)\d+(?:\.\d+)?分")


def refuse_score_floor(text: str) -> None:
    floor = _FLOOR.search(text)
    if floor is not None:
        raise Unplaced(floor.group(), f"“{floor.group()}”是得分的下限（扣分扣到此为止），不是一档得分；"
                                      "评分表不按下限计分，请写明各档得分，或录入得分并写明理由", certain=True)
