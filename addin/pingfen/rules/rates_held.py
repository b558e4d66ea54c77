"""Rates held at 100% inside a formula of several: ``得分=(宫颈癌筛查完成率×50%+乳腺癌筛查完成率×50%)×6分，完成率超过100%的按
100%计``. The sentence names the rates by the end their names share (完成率; 各项完成率 / 各完成率 the same); each rate of the
formula whose name ends so counts at most 100% where the formula weighs it, so an over-completion of one never makes up
for a shortfall of the other (120% and 60% score (100%×50%+60%×50%)×6 = 4.8, never 5.4). Only where two or more of the
formula's names end with the rate said (a formula of one rate is the rate times the points, read as such elsewhere),
and the sentence saying nothing else."""

from __future__ import annotations

from .. import TYPE_CHECKING
from ..text.lazy_regex import lazy_compile
from .expr import Cmp, Fmt, If, Text, minimum, num

if TYPE_CHECKING:
    from collections.abc import Callable

    from .clauses import Clause
    from .expr import Expr
    from .formula import FNode
    from .model import Context

# 完成率超过100%的按100%计 / 各项完成率高于100%的，按100%计算 / 完成率超过100%的以100%计
_HELD = lazy_compile(r"(?:各项|各|单项)?(?P<rate>[\u4e00-\u9fff]{0,12}?率)(?:超过|超出|高于|大于)100%(?:的)?[,，]?(?:按|以)100%(?:计算|计|算)")


def rates_held(tree: "FNode", scoring: list["Clause"], context: list["Clause"]) -> tuple[str | None, list["Clause"]]:
    """(the rate's name said, the scoring clauses without that sentence) where a sentence (scoring, or of the context:
    …按100%计算) holds two or more of the formula's rates at 100%; (None, the scoring clauses) otherwise."""
    from .formula import formula_names

    names = formula_names(tree)
    for clause in scoring + context:
        said = _HELD.fullmatch(clause.text)
        if said is None:
            continue
        rate = said.group("rate")
        if sum(name.endswith(rate) for name in names) >= 2:
            return rate, [c for c in scoring if c is not clause]
    return None, scoring


def held_at_whole(rate: str, ctx: "Context", names: "Callable[[str], tuple[Expr, Expr]] | None"):
    """The formula's names as ``names`` (or the formula's own way) finds them, each rate ending with ``rate`` held at
    100% (shown as a percentage, 100% where it was above)."""
    from .formula import FName, compile_formula

    def held(name: str) -> tuple["Expr", "Expr"]:
        value, shown = names(name) if names is not None else compile_formula(FName(name), ctx)
        if not name.endswith(rate):
            return value, shown
        return minimum(value, num(1)), If(Cmp(">", value, num(1)), Text("100%"), Fmt(value, "pct"))

    return held
