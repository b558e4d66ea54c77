"""The 分值 shared out over the task, each unit missing costing its share: ``根据任务数,算出每人的平均分数,缺1例,扣减1人平均分``.
Each unit of the task is worth 分值/任务数, and each one missing loses that much, so the score is 分值 × 完成数/任务数 —
the completion rate × 分值, done beyond the task earning nothing more (the 分值 is all the units are worth). The sentence
must be the whole text: the task counted, the share per unit, and one unit missing losing one share."""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile
from .piecewise import Piecewise, Scaled

_UNIT = r"(?:人|例|户|个|项|件|家)"
_SHARED = lazy_compile(
    rf"(?:根据|按|按照)(?:下达的)?任务数[,，]?(?:算出|计算|计算出|求出)每{_UNIT}的?平均分(?:数|值)?[,，]"
    rf"(?:每)?(?:缺|少|差)(?:少)?1{_UNIT}[,，]?扣(?:减|除)?1{_UNIT}的?平均分(?:数|值)?[。;]?")


def read_unit_average(text: str) -> Piecewise | None:
    """完成率（超过100%按100%计）× 分值 when the text is only the share per unit and its loss; None otherwise."""
    if _SHARED.fullmatch(text.strip()) is None:
        return None
    return Piecewise((), Scaled(capped=True), unit="%", stated_otherwise=True)  # (as 按完成比例计分，超过100%按100%计 reads)
