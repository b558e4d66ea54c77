"""A deduction written as a formula of the shortfall (资金到位率未达100%的，按（1-到位率）÷5%×0.4分扣分，扣完为止).

(100% − 到位率) ÷ 5% × 0.4 is 0.4 points for each 5% short, counted in proportion: the steps 每少5%扣0.4分（按比例扣分）
the reader already scores, from the same level (100%) the condition or the level before it names. Only that shape —
the level less the measure, over a step, times the points — and only from the level the text sets (1-到位率 after
未达90% would deduct from 100% while the condition starts at 90%: refused as before).
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from .clauses import Clause
from .formula import FBin, FName, FNum, parse_formula
from .formula_shape import _strip
from .errors import RuleError


def formula_as_steps(scoring: list[Clause], label: str) -> list[Clause]:
    """``scoring`` with each 按(L-measure)÷S×P分扣分 read as its steps (below L, S each, P points, in proportion)."""
    levels = [c.condition.interval for c in scoring if c.condition is not None and c.outcome is not None
              and c.outcome[0] == "points"]
    read = []
    for clause in scoring:
        steps = _steps(clause, label)
        if steps is not None:
            level, size, points = steps
            # the level the steps count from: the clause's own condition (未达100%的) or the one level reached before it
            bound = clause.condition.interval.high if clause.condition is not None else (  # type: ignore[union-attr]
                levels[0].low if clause.otherwise and len(levels) == 1 else None)
            if bound == level:
                clause = replace(clause, outcome=None, step=("below", size, "%"), per=points, policy="exact")
        read.append(clause)
    return read


def _steps(clause: Clause, label: str) -> tuple[Decimal, Decimal, Decimal] | None:
    """(1-到位率)÷5%×0.4分扣分 → (1, 0.05, 0.4): the level, the step and its points."""
    if clause.outcome is None or clause.outcome[0] != "formula" or not clause.outcome[1].endswith("扣分") \
            or clause.step is not None or clause.per is not None:
        return None
    source = clause.outcome[1].removesuffix("扣分").removesuffix("分")
    try:
        tree = _strip(parse_formula(source))
    except RuleError:
        return None
    if not isinstance(tree, FBin) or tree.op not in ("×", "*") or not isinstance(_strip(tree.right), FNum):
        return None
    points, over = _strip(tree.right), _strip(tree.left)
    if not isinstance(over, FBin) or over.op not in ("÷", "/") or not isinstance(_strip(over.right), FNum):
        return None
    size, short = _strip(over.right), _strip(over.left)
    if not isinstance(short, FBin) or short.op != "-" or not isinstance(_strip(short.left), FNum) \
            or not isinstance(_strip(short.right), FName) or not _named_measure(_strip(short.right).name, label):  # type: ignore[union-attr]
        return None
    level = _strip(short.left)
    if not size.shown.endswith("%") or points.shown.endswith("%") or size.value <= 0 or points.value <= 0 \
            or not 0 < level.value <= 1:  # type: ignore[union-attr]
        return None
    return level.value, size.value, points.value  # type: ignore[union-attr]


def _named_measure(name: str, label: str) -> bool:
    """到位率 in the formula, 资金到位率 the level's: one rate (never 完成率 beside 到位率)."""
    return name.endswith("率") and (label.endswith(name) or name.endswith(label))
