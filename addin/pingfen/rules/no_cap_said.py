"""``上不封顶`` / ``多超多得`` said of a reading that never scores above the 分值 (得分=完成率×分值,上不封顶 / 计算完成率,按其
比率赋分,多超多得): the words were dropped and 120% scored the 分值. Only the readings that score past it (points per
unit, counted awards, bonuses with no limit: no ``ceiling``) pass it; any other is refused, naming the words."""

from __future__ import annotations

from .errors import Unplaced
from .model import Scorer
from ..text.lazy_regex import lazy_compile

_NO_CAP = lazy_compile(r"上不封顶|不封顶|多超多得|多完成多得|多引多得|不设上限")


def refuse_dropped_no_cap(scorer: Scorer, text: str) -> None:
    said = _NO_CAP.search(text)
    if said is None:
        return
    if hasattr(scorer, "ceiling") and scorer.ceiling() is None:
        return  # (每少死亡1人加1分,加分不封顶 / 每完成1个项目得10分,多超多得: the score passes the 分值)
    raise Unplaced(said.group(), f"写了“{said.group()}”，但这种计分方法的得分不超过分值，无法按不封顶计分"
                                 "（请写明超过部分如何计分，如“每超过1个加2分”）", certain=True)
