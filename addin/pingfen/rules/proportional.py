"""Points that follow completion both ways: 完成目标值得10分，未完成或超额完成的按比例扣分或加分，总分最高不超过15分.

The base points stand at the target; short of it they fall, beyond it they rise, in proportion: 10 ×
实际值/目标值 (90万人次 against 100万人次 is 9, 120万人次 is 12), up to the highest score written. The base
is written as reaching the target (完成目标值得10分, or in words: 完成年初市下达的…指导性目标，得10分). Nothing
else may score beside it: another band, steps or a line would make two methods for the same value.
"""

from __future__ import annotations

from decimal import Decimal

from .clauses import Clause
from .errors import Unplaced
from .piecewise import TARGET, Award, Piecewise, Proportional

_BASE_KINDS = frozenset({"WORD", "DE", "REF", "CMP", "VERB", "PTS"})


def completes_target(clause: Clause) -> bool:
    """完成年初市下达的国内旅游接待人次指导性目标，得10分: completing a target named in words, for points."""
    kinds = {token.kind for token in clause.tokens}
    return clause.condition is None and kinds <= _BASE_KINDS and "REF" in kinds and clause.text.startswith("完成")


def proportional_rule(both: Clause, cases: list, base: Clause | None, otherwise, others: list, caps: list[Clause]) -> Piecewise:
    """The rule: the base points and the highest score (总分最高不超过N分), or the clause that does not fit."""
    if others or otherwise is not None:
        first = others[0] if others else both
        raise Unplaced(first[0] if isinstance(first, tuple) else first, "按比例扣分或加分不能与其他计分方法一起使用")
    reached = [item for item in cases if item[0].interval.low == TARGET and item[0].interval.high is None
               and isinstance(item[1], Award) and item[1].points]
    if len(reached) != len(cases) or len(reached) + (base is not None) != 1:
        clause = next((item[2] for item in cases if item not in reached), both)
        raise Unplaced(clause, "按比例扣分或加分需要写明完成目标值时的得分（如“完成目标值得10分”），且只写一次")
    points: Decimal = base.outcome[1] if base is not None else reached[0][1].points  # type: ignore[index,union-attr]
    totals = [c for c in caps if c.cap is not None and c.cap[0] == "total"]
    if len(totals) != len(caps) or len(totals) > 1:
        raise Unplaced(next(c for c in caps if c not in totals[:1]), "按比例扣分或加分只能写明总分上限（如“总分最高不超过15分”）")
    cap = totals[0].cap[1] if totals else None  # type: ignore[index]
    if cap is not None and cap <= points:
        raise Unplaced(totals[0], "总分上限不高于完成目标值时的得分，超额完成无从加分")
    return Piecewise((), Proportional(points, cap), unit="%", stated_otherwise=True)
