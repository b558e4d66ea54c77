"""Steps down from a level and a formula below a floor that do not meet: ``执行率达到100%得10分，每降低1%扣1分，执行率低于
80%的按执行率×10计分``. The steps reach 0 at 90%, and below 80% the formula gives 7.9 — a lower rate scoring more. Which
part the writer meant to bend (a step of 0.5? a floor at 90%?) the text does not settle: refused, naming the formula's
band. Tried on the reading itself (the Python score at values through the range) only where steps and a formula stand in
one reading, and only where the best score is at the high end (a range to land in, scoring its middle best, is none)."""

from __future__ import annotations

from decimal import Decimal

from .errors import Unplaced
from .piecewise import Deduction, Piecewise, Scaled
from ..text.lazy_regex import lazy_compile

_FORMULA_BAND = lazy_compile(r"[^,;。]*(?:按|得分=)[^,;。]*[×*][^,;。]*")


def refuse_steps_below_formula(scorer: object, text: str, label: str) -> None:
    if not isinstance(scorer, Piecewise) or scorer.unit != "%" or scorer.gate is not None or scorer.elements is not None:
        return
    outcomes = [scorer.otherwise, *(outcome for _, outcome in scorer.cases)]
    if not any(isinstance(o, Deduction) for o in outcomes) or not any(isinstance(o, Scaled) for o in outcomes):
        return
    from .model import Rule
    from .score import evaluate_rule

    rule = Rule(scorer, label)
    full = Decimal(100)
    scores: list[Decimal] = []
    for tenth in range(0, 1501, 5):  # 0% … 150% by 0.5%
        try:
            value = evaluate_rule(rule, {"rate": f"{Decimal(tenth) / 10}%"}, full, explain=False).value
        except Exception:  # noqa: BLE001 — a reading this sampling cannot score is weighed by nothing here
            return
        if value is None:
            return
        scores.append(Decimal(value))
    if scores[-1] != max(scores):
        return
    rising_again = any(scores[i] > scores[i + 1] for i in range(len(scores) - 1))
    if rising_again:
        band = _FORMULA_BAND.search(text)
        raise Unplaced(band.group() if band else text,
                       "按步长扣分与这一公式计分的一档没有衔接：较低的比率反而得分较高（如扣到0分后，更低的比率按公式又得分），"
                       "请核对各档的界限或步长", certain=True)


__all__ = ["refuse_steps_below_formula"]
