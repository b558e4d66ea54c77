"""…乡级巡查发现火点扣3分,各级巡查核实过火面积超过300平方米以上的按相应等: the last clause after the deductions names a
situation by a number compared (超过300平方米以上的) and stops before saying what it costs — a cell cut off, or a
deduction left out. Read without it, the situation it names would score as if it were not there; refused, naming it."""

from __future__ import annotations

from .clauses import Clause
from .errors import Unplaced


def refuse_cut_condition(read: list[Clause]) -> None:
    """Raise for a last clause that compares a number and opens its consequence (…以上的 / …的按…) without one, after a
    clause that deducts."""
    if len(read) < 2:
        return
    last, before = read[-1], read[-2]
    if last.condition is None or last.definition or last.has_outcome or last.scoring or last.step is not None:
        return
    kinds = [token.kind for token in last.tokens]
    if "DE" not in kinds or "CMP" not in kinds or kinds.index("DE") < kinds.index("CMP"):
        return
    if before.per is None and (before.outcome is None or before.outcome[0] != "minus"):
        return
    raise Unplaced(last, "最后一种情形只写了条件，没有写明扣多少分（评分标准可能被截断）", certain=True)
