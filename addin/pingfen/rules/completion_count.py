"""``年内查处非法捕捞案件10例以上；否则按完成比例得分``: short of a required count, the points in proportion to the
count done of the count required (8例 of 10 → 80% of the points). Only for a count or an amount with its unit (例,
个, 万元): for a rate (使用率达到90%，否则按比例得分) the proportion could be the rate itself or the rate of 90%, and
the reader keeps refusing it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ..text.lexicon import COUNT_UNITS, MONEY_SCALE
from .clauses import Clause
from .piecewise import Interval


def counted_level(interval: Interval, cases: list, clause: Clause) -> bool:
    """The one band reached is a count (10例以上) and 否则 scores the share of it completed (按完成比例)."""
    units = {case[0].unit for case in cases if case[0] is not None}
    if len(units) != 1 or not (units <= COUNT_UNITS or units <= set(MONEY_SCALE)):
        return False
    return isinstance(interval.low, Decimal) and interval.low > 0 and bool(re.search(r"完成(?:比例|比率|程度)", clause.text))


def restated_points(clause: Clause) -> Clause:
    """``否则按完成比例得分（15分）``: the rule's points in brackets closing the proportion, kept as its stated total
    (the count reached scores them, the shortfall its share of them); any other reading refuses the clause."""
    kinds = [t.kind for t in clause.tokens[-3:]]
    if clause.otherwise and clause.outcome == ("prop", None) and kinds == ["OPEN", "PTS", "CLOSE"] \
            and clause.unread == [clause.tokens[-2]] and clause.stated_total is None:
        return replace(clause, unread=[], stated_total=clause.tokens[-2].value)
    return clause
