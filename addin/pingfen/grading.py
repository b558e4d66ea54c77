"""Grade bands (优/良/中/差 of 财预〔2020〕10号, or a rubric's own such as 优秀/良好/合格)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable

from .rules.evaluate import Evaluator
from .rules.expr import Cmp, Expr, If, Text, Var, num
from .quantities import QuantityError, as_number


@dataclass(frozen=True)
class GradeBand:
    name: str
    minimum: Decimal
    inclusive: bool = True  # 90（含）以上 / ≥90; False for 大于90


DEFAULT_BANDS = (
    GradeBand("优", Decimal(90)), GradeBand("良", Decimal(80)), GradeBand("中", Decimal(60)), GradeBand("差", Decimal(0)),
)


class GradeError(ValueError):
    pass


def make_bands(pairs: Iterable[tuple[str, object]]) -> tuple[GradeBand, ...]:
    bands = []
    for name, minimum in pairs:
        try:
            bands.append(GradeBand(str(name).strip(), as_number(minimum, where=f"等级“{name}”的下限")))
        except QuantityError as error:
            raise GradeError(str(error)) from None
    if not bands:
        raise GradeError("等级划分为空")
    ordered = tuple(sorted(bands, key=lambda band: band.minimum, reverse=True))
    return ordered


_AT_LEAST = r"≥|>=|＞=|大于等于|不低于|不少于|:|："
_ABOVE = r">|＞|大于|高于|超过"


def parse_bands(text: str) -> tuple[GradeBand, ...]:
    """``"优≥90,良≥80,中≥60,差"`` or ``"优秀大于180,良好大于140,合格"`` → bands; a name without a
    bound is the lowest band (0)."""
    bands = []
    for part in re.split(r"[,，;；、\s]+", text.strip()):
        if not part:
            continue
        match = re.fullmatch(
            rf"([^\d≥>=＞:：]+?)(?:({_AT_LEAST})|({_ABOVE}))?(\d+(?:\.\d+)?)?(?:分)?(?:\(含\)|（含）)?(及以上|以上)?", part
        )
        if not match or (match.group(4) is None and (match.group(2) or match.group(3))):
            raise GradeError(f"无法识别的等级划分“{part}”（应如：优≥90,良≥80,中≥60,差）")
        name = match.group(1)
        if name.endswith(("大于", "高于", "超过", "不低于", "不少于")):
            raise GradeError(f"无法识别的等级划分“{part}”（应如：优≥90,良≥80,中≥60,差）")
        inclusive = not match.group(3)
        try:
            minimum = as_number(match.group(4) or 0, where=f"等级“{name}”的下限")
        except QuantityError as error:
            raise GradeError(str(error)) from None
        bands.append(GradeBand(name.strip(), minimum, inclusive))
    if not bands:
        raise GradeError("等级划分为空")
    return tuple(sorted(bands, key=lambda band: band.minimum, reverse=True))


def grade_for(total: Decimal, bands: tuple[GradeBand, ...] = DEFAULT_BANDS) -> str:
    """The grade of a known total: ``grade_expr`` evaluated, the formula the workbook writes."""
    return str(Evaluator({"total": total})(grade_expr(Var("total"), bands)))


def grade_expr(total: Expr, bands: tuple[GradeBand, ...] = DEFAULT_BANDS) -> Expr:
    result: Expr = Text(bands[-1].name)
    for band in reversed(bands[:-1]):
        result = If(Cmp(">=" if band.inclusive else ">", total, num(band.minimum)), Text(band.name), result)
    return result
