"""The measured rate alone (SURVEY_RATE, explanations of rubric-level checks)."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from .. import TYPE_CHECKING

from .closures import Closure, CompiledProgram
from .evaluate import Evaluator, XlError
from .expr import Expr
from .inputs import InputError, Shape, bind
from .model import Context, rate_measure

if TYPE_CHECKING:
    from typing import Any, Mapping


def measured_rate(data: Mapping[str, Any], label: str = "完成率", explain: bool = True) -> tuple[Decimal, str]:
    """(rate, how it was computed); ``explain=False``: the rate alone (the text stays empty), for
    checks that report only a few of the rates they compute."""
    bound = bind(data, Decimal(0))
    rate, text, defs = _measure(bound.shape, label)
    evaluate = Evaluator(bound.values, defs)
    value = evaluate.run(rate)
    if isinstance(value, XlError) or not isinstance(value, Decimal):
        raise InputError(f"无法计算{label}（{value}）")
    return value, str(evaluate.run(text)) if explain else ""


@lru_cache(maxsize=1024)
def _measure(shape: Shape, label: str) -> tuple[Closure, Closure, dict[str, Expr]]:
    """The rate and its sentence compiled, once per input shape and label (校验 asks for every leaf)."""
    ctx = Context(shape, label)
    rate, text = rate_measure(ctx)
    closures = CompiledProgram(ctx.defs)
    return closures.compile(rate), closures.compile(text), ctx.defs
