"""What a rubric's subtotals, total, grade and 得分率 mean, written once as expressions: the workbook
writes them as formulas over its score cells (ranges, so no formula grows with the rubric), and
``score``/``check``/``batch`` evaluate the very same expressions over the computed leaf scores with
the same evaluator. A subtotal or total is 待评 until every score under it is a number."""

from __future__ import annotations

from decimal import Decimal

from ..grading import DEFAULT_BANDS, GradeBand, grade_expr
from ..rules.evaluate import Cells, Evaluator, Value
from ..rules.expr import Call, Cmp, Expr, If, IsBlank, Logic, Not, Op, Text, Var, div, num, round_to

PENDING = "待评"
PENDING_GRADE = "待评（数据未录全）"
MAX_ARGUMENTS = 255  # Excel's limit per function call


def _chunked(fn: str, parts: list[Expr], join: str | None) -> Expr:
    """``fn`` over ``parts``, split into calls of at most 255 arguments (joined by ``join`` or nested)."""
    if len(parts) <= MAX_ARGUMENTS:
        return Call(fn, tuple(parts))
    chunks = [Call(fn, tuple(parts[i:i + MAX_ARGUMENTS])) for i in range(0, len(parts), MAX_ARGUMENTS)]
    if join is None:
        return _chunked(fn, chunks, None)  # type: ignore[arg-type]
    result: Expr = chunks[0]
    for chunk in chunks[1:]:
        result = Op(join, result, chunk)
    return result


def node_score(parts: list[Expr], count: int, pending: Expr = Text(PENDING)) -> Expr:
    """A subtotal or total over ``parts`` — score cells, or ranges of them, ``count`` scores in all;
    ``pending`` (待评) until every one is a number."""
    incomplete = Cmp("<", _chunked("COUNT", parts, "+"), num(count), exact=True)
    return If(incomplete, pending, _chunked("SUM", parts, None))


def grade(total: Expr, bands: tuple[GradeBand, ...] = DEFAULT_BANDS) -> Expr:
    """The grade of a total; compared after ROUND(…,6), so a float sum such as 89.99999999999999 of
    exact 90 is graded as 90 in every spreadsheet."""
    return If(Call("ISNUMBER", (total,)), grade_expr(round_to(total, 6), bands), Text(PENDING_GRADE))


def rate(score: Var, full: Var) -> Expr:
    """得分率: empty while the score is not a number (missing data, 待评) or the 分值 is 0."""
    return If(Logic("OR", (Not(Call("ISNUMBER", (score,))), Cmp("=", full, num(0)))), Text(""), div(score, full))


def entered_score(entered: Var, precision: int) -> Expr:
    """A score typed by the evaluator counts at the rubric's precision, as a computed one."""
    return round_to(entered, precision)


def with_entered(computed: Expr, precision: int) -> Expr:
    """The score of a leaf: the entered score when there is one, else what the rule computes."""
    return If(Not(IsBlank("entered")), entered_score(Var("entered"), precision), computed)


def evaluate_node(values: list[Decimal | str | None]) -> Value:
    """``node_score`` over scores already computed (None or 待评 where one is missing)."""
    return Evaluator({"parts": Cells(values)})(node_score([Var("parts")], len(values)))


def evaluate_grade(total: Value, bands: tuple[GradeBand, ...] = DEFAULT_BANDS) -> str:
    return str(Evaluator({"total": total})(grade(Var("total"), bands)))


def evaluate_entered(value: Decimal, precision: int) -> Decimal:
    result = Evaluator({"entered": value})(entered_score(Var("entered"), precision))
    assert isinstance(result, Decimal)
    return result
