"""评价要点 whose points rise as a multiple of the first, one step per point: ``一季度社区管理率80.75%以上得0.2分;二季度…
81.5%以上得0.4分;三季度…得0.6分;四季度…得0.8分`` — the points of a standing reached by each period (0.8 the item's whole,
the score the last period reached), or each period's on top of the others (2.0 in all)? Once read as four points added
(2.0 for an item of 0.8). Which is meant is not written: refused, naming the second point. Points that do not climb so
(5, 2, 2 / 1, 1, 1 / 2, 3, 1), or points of requirements that do not name one measure (建立制度(1分);开展培训(2分);资料
归档(3分)), are added as before."""

from __future__ import annotations

from .errors import Unplaced
from .model import Checklist, Scorer
from ..text.lazy_regex import lazy_compile
from ..text.numbers import general_text



def refuse_rising_points(scorer: Scorer, text: str) -> None:
    if not isinstance(scorer, Checklist) or len(scorer.points) < 3 or not scorer.points[0]:
        return
    first = scorer.points[0]
    if any(points != first * (index + 1) for index, points in enumerate(scorer.points)):
        return
    if not _one_measure(scorer.requirements):
        return  # 建立制度(1分);开展培训(2分);资料归档(3分): three requirements, each its own points
    second = general_text(scorer.points[1])
    found = lazy_compile(r"[^,，;；。\n]*?" + second.replace(".", r"\.") + r"分").search(text)
    raise Unplaced(found.group() if found else f"{second}分",
                   f"各评价要点的分值逐项递增（{'、'.join(general_text(p) for p in scorer.points)}分），"
                   "是逐项累加，还是按达到的最后一项计分，没有写明", certain=True)


def _one_measure(requirements: tuple[str, ...]) -> bool:
    """Every point names the same thing (社区管理率 in each quarter's): 3 characters in common to all."""
    if len(requirements) < 2:
        return False
    first = requirements[0]
    return any(all(first[i:i + 3] in other for other in requirements[1:]) for i in range(len(first) - 2))
