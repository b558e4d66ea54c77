"""资金到位率每低10%扣1分，低于目标值的不得分: every value the steps would deduct from scores 0 already — the steps are never
applied, so the text says two things of the same shortfall (85% against 100%: 2.5 by the steps, 0 by the floor). Once
read with the floor winning, silently. Refused, naming the floor; a floor below the steps' start (低于60%的不得分)
reads as before."""

from __future__ import annotations

import re
from decimal import Decimal

from .errors import Unplaced
from .model import Scorer
from .piecewise import TARGET, Award, Deduction, Piecewise


def refuse_steps_never_reached(scorer: Scorer, text: str) -> None:
    if not isinstance(scorer, Piecewise) or not isinstance(scorer.otherwise, Deduction):
        return
    steps = scorer.otherwise
    start = TARGET if steps.reference is None else steps.reference
    for interval, outcome in scorer.cases:
        if not (isinstance(outcome, Award) and outcome.points == Decimal(0)):
            continue
        below = steps.direction == "below" and interval.low is None and interval.high == start
        above = steps.direction == "above" and interval.high is None and interval.low == start
        if below or above:
            floor = re.search(r"[^,，;；。\n]*(?:不得分|不计分|得0分|计0分)", text)
            raise Unplaced(floor.group() if floor else text,
                           "扣分步长从目标值（或所写水平）起扣，而未达到（超过）它就不得分：步长永远用不上，"
                           "两句说的是同一差距的两种得分，无法确定按哪一句计分", certain=True)
