"""The measured rate alone (SURVEY_RATE, explanations of rubric-level checks)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Mapping

from .evaluate import Evaluator, XlError
from .inputs import InputError, bind
from .model import Context, rate_measure


def measured_rate(data: Mapping[str, Any], label: str = "完成率") -> tuple[Decimal, str]:
    bound = bind(data, Decimal(0))
    ctx = Context(bound.shape, label)
    rate, text = rate_measure(ctx)
    evaluate = Evaluator(bound.values, ctx.defs)
    value = evaluate(rate)
    if isinstance(value, XlError) or not isinstance(value, Decimal):
        raise InputError(f"无法计算{label}（{value}）")
    return value, str(evaluate(text))
