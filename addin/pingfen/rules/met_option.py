"""A choice of two options, the requirement and its failure, answered met / not met: ``按照规定的项目和标准征收的,计5分;
擅自设立非税收入项目…的,计0分`` is a grade map (the option that holds is entered), but the evaluator naturally answers
whether the requirement was met (``met: [true]``). The answer decides the score only when the second option scores
nothing: met → the first option's points; not met → 0 whether the second option or some unlisted situation holds
(both score nothing). With any other points on the second option (部分完成的得3分) met/not met leaves the score open,
so the grade stays the only input; so does a scale of grades or places (优秀5分，合格0分: is 良好 met?). A grade entered
is read as before; this is only the reading of one ``met``.
"""

from __future__ import annotations

from decimal import Decimal
from .. import TYPE_CHECKING

from ..text.lazy_regex import lazy_compile
from .expr import Expr, Fmt, If, Text, Var, concat, num
from .inputs import Shape

# 优秀 / 良好 / 合格 / 第1名 / A级 / 一档: options on a scale, where met would not say which of them (or an unlisted one) holds
_SCALE = lazy_compile(r"优秀|良好|合格|较好|一般|较差|满意|第\d+名|名次|[A-EＡ-Ｅ]级|[一二三四五]级|[一二三四五]档|等级|等次")

if TYPE_CHECKING:
    from .model import Context, GradeMap


def answered_by_met(grades: GradeMap, shape: Shape) -> bool:
    """Two options, the first scoring (its points or 满分), the second nothing, no 酌情扣分 beside them, and one
    met answer entered instead of a grade."""
    if shape.has_grade or shape.points != 1 or grades.discretion or len(grades.grades) != 2:
        return False
    (name, first), (other, second) = grades.grades
    return second == Decimal(0) and (first is None or first > 0) and not _SCALE.search(name + other)


def met_or_failed(grades: GradeMap, ctx: Context, points: Expr) -> tuple[Expr, Expr]:
    """The score and its working from met_1: the first option's ``points`` when met, else 0."""
    from .model import met_inputs

    (name, _), (other, _) = grades.grades
    _, (met,) = met_inputs(ctx, 1)
    return If(met, points, num(0)), If(
        met, concat("符合“", name, "”，得", Fmt(Var("score")), "分"), Text(f"未符合“{name}”（如“{other}”），得0分"))
