"""Scoring one rule: bind the inputs, compile the rule's program and run either interpreter."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any, Mapping

from .evaluate import Evaluator, XlError
from .excel import FormulaWriter
from .inputs import InputError, Shape, bind
from .model import Program, Rule


@dataclass(frozen=True)
class Score:
    value: Decimal | None  # None while required data is missing
    explanation: str
    missing: tuple[str, ...] = ()


def run(program: Program, values: Mapping[str, Any], *, explain: bool = True) -> Score:
    """``explain=False``: the score alone (a worksheet function shows no 得分计算过程)."""
    evaluate = Evaluator(program.with_columns(values), program.defs)
    value = evaluate(program.score)
    text = evaluate(program.explanation) if explain or isinstance(value, XlError) else ""
    if isinstance(value, XlError):
        raise InputError(f"计算出错（{value}），请检查数据：{text}")
    missing = tuple(name for name in program.needs if values.get(name) in (None, ""))
    if value == "" or value is None:
        return Score(None, str(text), missing)
    return Score(Decimal(value), str(text), missing)


def evaluate_rule(
    rule: Rule,
    data: Mapping[str, Any],
    full: Decimal | int | str,
    *,
    precision: int = 2,
    manual: object = None,
    reason: str | None = None,
    explain: bool = True,
) -> Score:
    bound = bind(data, Decimal(str(full)), manual, reason)
    return run(compiled(rule, bound.shape, precision), bound.values, explain=explain)


@lru_cache(maxsize=4096)
def compiled(rule: Rule, shape: Shape, precision: int = 2) -> Program:
    """``rule.compile``, once per rule, input shape and precision: a UDF recalculated over a column,
    or a rubric's leaves with the same 评分标准, share one program (programs are never changed)."""
    return rule.compile(shape, precision)


def excel_formulas(rule: Rule, shape: Shape, cells: Mapping[str, str], precision: int = 2) -> tuple[str, str]:
    """The score and explanation formulas for a worksheet whose input cells are ``cells``."""
    program = compiled(rule, shape, precision)
    writer = FormulaWriter(cells, program.defs)
    return writer.formula(program.score), writer.formula(program.explanation)
