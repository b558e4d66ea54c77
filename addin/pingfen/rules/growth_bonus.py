"""Points per step of growth over last year, up to a limit: ``当年实绩比上年每增长一个百分点加0.5分，最高30分``,
or with the points in the table's 分值 column: ``当年实绩比上年每增长一个百分点 | 0.5(最高30分)``.

The measure is the growth itself (比上年、较上年、同比): its own start is no growth (0%), so the additions count
the whole points of growth — 12% adds 12×0.5 = 6 — up to the limit written, and a fall earns nothing. Written
after the level it passes (在当年增幅高于本区域出口平均增幅基础上，每高出一个百分点 | 0.5(最高15分)), the additions
start at that level, entered as the target (rate 25% against target 10% adds 15×0.5 = 7.5). Read as the
``Piecewise`` of ``增长率≥0%得0分，每超过1%加0.5分，最多加30分`` (as over_target.py reads the units beyond a target).
Only this shape is read: one step upwards in % on a growth over last year, its points (加N分, or a bare number in
the next table column), one limit (最高/最多N分), and nothing else that scores. A step on another measure
(满意度每提高1%加0.5分) has no written start and stays refused; a growth without a limit is refused as well
(the points added would have no end).
"""

from __future__ import annotations

from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from .clauses import Clause
from .errors import Unplaced
from .piecewise import TARGET, Award, Bonus, Interval, Piecewise

_GROWTH = lazy_compile(r"(?:(?:比|较|同比)(?:上年|去年|上一年|上年度|上年同期)(?:同期)?|同比)(?:增长率)?$")
# 在当年增幅高于本区域出口平均增幅基础上: the additions start at another level, entered as the target
_ABOVE_BASE = lazy_compile(r"在?[\u4e00-\u9fff]{1,20}?(?:高于|超过|超出)[\u4e00-\u9fff]{1,20}?的?基础上")
_LIMIT = lazy_compile(r"\(?(?:最高|最多|最高不超过|最多不超过|最多加|最高加|加分最多|加分不超过)(?P<limit>\d+(?:\.\d+)?)分(?:为限|封顶)?\)?")
_COLUMN_POINTS = lazy_compile(r"(?P<per>\d+(?:\.\d+)?)(?:分)?(?P<limit>\((?:最高|最多)\d+(?:\.\d+)?分\))?")


def compose_growth_bonus(scoring: list[Clause], context: list[Clause], text: str) -> Piecewise | None:
    steps = [c for c in scoring if c.step is not None]
    if len(steps) != 1:
        return None
    step = steps[0]
    direction, size, unit = step.step  # type: ignore[misc]
    before = step.text[: step.text.find("每")] if "每" in step.text else ""
    above = next((c for c in context if c.end <= step.start and _ABOVE_BASE.fullmatch(c.text) and not c.unread), None)
    growth = _GROWTH.search(before) is not None
    if growth and above is not None:
        return None  # 在增速高于平均的基础上，比上年每增长1%…: two starts, which the text does not settle
    reference: Decimal | object = Decimal(0) if growth else TARGET if above is not None and not before else None
    if direction != "above" or unit != "%" or size <= 0 or reference is None or step.condition is not None \
            or step.per is not None or step.occurrence is not None or step.unread:
        return None
    per = step.added
    rest = [c for c in scoring + context if c is not step and c is not above]
    column = next((c for c in rest if per is None and c.start > step.end and text[step.end:c.start].strip() == "|"
                   and _COLUMN_POINTS.fullmatch(c.text)), None)
    limit: Decimal | None = None
    if column is not None:  # 每增长一个百分点 | 0.5(最高30分): the points per step in the 分值 column
        found = _COLUMN_POINTS.fullmatch(column.text)
        per = Decimal(found.group("per"))  # type: ignore[union-attr]
        if found.group("limit"):  # type: ignore[union-attr]
            limit = Decimal(_LIMIT.fullmatch(found.group("limit")).group("limit"))  # type: ignore[union-attr]
        rest.remove(column)
    if per is None or per <= 0:
        return None
    limits = [c for c in rest if _LIMIT.fullmatch(c.text)]
    rest = [c for c in rest if c not in limits]
    if any(c.scoring or c.unread or c.condition is not None for c in rest):
        return None
    if limits:
        if limit is not None or len(limits) > 1:
            return None
        limit = Decimal(_LIMIT.fullmatch(limits[0].text).group("limit"))  # type: ignore[union-attr]
    if limit is None:
        raise Unplaced(step, "写了每增长加分，但没有写明最多加多少分（如“最高30分”）", certain=True)
    if limit <= 0:
        return None
    bonus = Bonus(base=Decimal(0), step=size, per=per, direction="above", reference=reference, cap=limit)  # type: ignore[arg-type]
    return Piecewise(((Interval(low=reference, low_inclusive=True), bonus),), Award(Decimal(0)), unit="%")  # type: ignore[arg-type]
