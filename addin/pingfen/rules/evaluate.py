"""Exact-decimal interpreter of ``Expr``, following Excel's semantics where they matter
(blank cells count as 0 or "", IF is lazy, errors propagate, ROUND rounds half away from zero)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Mapping, Union

from ..text.numbers import general_text
from .expr import Call, Cmp, Concat, Expr, Fmt, If, IsBlank, Logic, Not, Num, Op, Text, Var


@dataclass(frozen=True)
class XlError:
    code: str  # "#DIV/0!", "#VALUE!", "#N/A"

    def __str__(self) -> str:
        return self.code


Value = Union[Decimal, str, bool, None, XlError]

_COMPARE_PLACES = Decimal("0.000001")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_LAST_EXCEL_DAY = Decimal(2958465)


def excel_round(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def format_number(value: Decimal, style: str) -> str:
    # Rounded to 6 decimals first, as the Excel formula does: a deduction that is exactly 0.005 comes
    # out of Excel's binary arithmetic as 0.004999999999999449 (0.9-0.8999), which ROUND(…,2) alone
    # would show as 0 where exact arithmetic shows 0.01.
    if style == "pct":
        return general_text(excel_round(excel_round(value * 100, 6), 2)) + "%"
    if style == "date":  # Excel's serial day as the reports write dates: 2024年5月31日
        day = _EXCEL_EPOCH + dt.timedelta(days=int(value))
        return f"{day.year}年{day.month}月{day.day}日"
    if style == "yuan":  # amounts as the reports write them: 286.54万元, 9800元
        if value >= 10000:
            return general_text(excel_round(value / 10000, 2)) + "万元"
        return general_text(excel_round(value, 2)) + "元"
    return general_text(excel_round(excel_round(value, 6), 2))


class _Error(Exception):
    def __init__(self, error: XlError) -> None:
        self.error = error


def _number(value: Value) -> Decimal:
    if isinstance(value, XlError):
        raise _Error(value)
    if value is None:
        return Decimal(0)
    if isinstance(value, bool):
        return Decimal(int(value))
    if isinstance(value, Decimal):
        return value
    raise _Error(XlError("#VALUE!"))


def _text(value: Value) -> str:
    if isinstance(value, XlError):
        raise _Error(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, Decimal):
        return general_text(value)
    return value


def _truth(value: Value) -> bool:
    if isinstance(value, str):
        raise _Error(XlError("#VALUE!"))
    return _number(value) != 0


def _compare(op: str, left: Value, right: Value) -> bool:
    for side in (left, right):
        if isinstance(side, XlError):
            raise _Error(side)
    # Excel compares a blank cell as 0 against numbers and as "" against text.
    if left is None:
        left = "" if isinstance(right, str) else Decimal(0)
    if right is None:
        right = "" if isinstance(left, str) else Decimal(0)
    if isinstance(left, bool):
        left = Decimal(int(left))
    if isinstance(right, bool):
        right = Decimal(int(right))
    if isinstance(left, str) or isinstance(right, str):
        if isinstance(left, str) and isinstance(right, str):
            a: object = left.lower()
            b: object = right.lower()
        else:  # Excel ranks any text above any number
            a, b = (1 if isinstance(left, str) else 0), (1 if isinstance(right, str) else 0)
    else:
        a = left.quantize(_COMPARE_PLACES, rounding=ROUND_HALF_UP)
        b = right.quantize(_COMPARE_PLACES, rounding=ROUND_HALF_UP)
    return {
        ">=": lambda: a >= b,  # type: ignore[operator]
        ">": lambda: a > b,  # type: ignore[operator]
        "<=": lambda: a <= b,  # type: ignore[operator]
        "<": lambda: a < b,  # type: ignore[operator]
        "=": lambda: a == b,
        "<>": lambda: a != b,
    }[op]()


class Evaluator:
    """Evaluates expressions over input values and the rule's named intermediates (computed once)."""

    def __init__(self, inputs: Mapping[str, Value], defs: Mapping[str, Expr] | None = None) -> None:
        self._inputs = inputs
        self._defs = defs or {}
        self._memo: dict[str, Value] = {}

    def __call__(self, expr: Expr) -> Value:
        try:
            return self._eval(expr)
        except _Error as failure:
            return failure.error
        except InvalidOperation:  # beyond 28 digits (ROUND(1E+22,6)): Excel's #NUM! overflow
            return XlError("#NUM!")

    def _lookup(self, name: str) -> Value:
        if name in self._inputs:
            return self._inputs[name]
        if name in self._defs:
            if name not in self._memo:
                self._memo[name] = self._eval(self._defs[name])
            return self._memo[name]
        raise KeyError(name)

    def _eval(self, expr: Expr) -> Value:
        if isinstance(expr, Num):
            return expr.value
        if isinstance(expr, Text):
            return expr.value
        if isinstance(expr, Var):
            value = self._lookup(expr.name)
            if isinstance(value, XlError):
                raise _Error(value)
            return value
        if isinstance(expr, IsBlank):
            if expr.name not in self._inputs and expr.name not in self._defs:
                return True  # an input the data do not provide at all is blank, as an empty cell
            return self._lookup(expr.name) in (None, "")
        if isinstance(expr, Op):
            a = _number(self._eval(expr.left))
            b = _number(self._eval(expr.right))
            if expr.op == "+":
                return a + b
            if expr.op == "-":
                return a - b
            if expr.op == "*":
                return a * b
            if b == 0:
                raise _Error(XlError("#DIV/0!"))
            return a / b
        if isinstance(expr, Cmp):
            return _compare(expr.op, self._eval(expr.left), self._eval(expr.right))
        if isinstance(expr, Logic):
            values = [_truth(self._eval(item)) for item in expr.items]
            return all(values) if expr.op == "AND" else any(values)
        if isinstance(expr, Not):
            return not _truth(self._eval(expr.item))
        if isinstance(expr, If):
            return self._eval(expr.then if _truth(self._eval(expr.cond)) else expr.otherwise)
        if isinstance(expr, Call):
            return self._call(expr)
        if isinstance(expr, Fmt):
            number = _number(self._eval(expr.value))
            if expr.style == "date" and not 0 <= number <= _LAST_EXCEL_DAY:
                raise _Error(XlError("#NUM!"))  # Excel's dates end at 9999-12-31
            return format_number(number, expr.style)
        if isinstance(expr, Concat):
            return "".join(_text(self._eval(part)) for part in expr.parts)
        raise TypeError(f"unknown expression {expr!r}")

    def _call(self, expr: Call) -> Value:
        fn = expr.fn
        if fn == "MID":
            text = _text(self._eval(expr.args[0]))
            start = int(_number(self._eval(expr.args[1])))
            length = int(_number(self._eval(expr.args[2])))
            return text[start - 1 : start - 1 + length]
        if fn in ("SUM", "MAX_CELLS", "MIN_CELLS"):  # Excel over cells: text and blanks are skipped
            values = [self._eval(arg) for arg in expr.args]
            for value in values:
                if isinstance(value, XlError):
                    raise _Error(value)
            numbers = [v for v in values if isinstance(v, Decimal) and not isinstance(v, bool)]
            if fn == "SUM":
                return sum(numbers, Decimal(0))
            if not numbers:
                return Decimal(0)
            return max(numbers) if fn == "MAX_CELLS" else min(numbers)
        args = [_number(self._eval(arg)) for arg in expr.args]
        try:
            if fn == "MIN":
                return min(args)
            if fn == "MAX":
                return max(args)
            if fn == "ABS":
                return abs(args[0])
            if fn == "ROUND":
                return excel_round(args[0], int(args[1]))
            if fn == "CEIL":
                return excel_round(args[0], 6).to_integral_value(rounding=ROUND_CEILING)
            if fn == "FLOOR":
                return excel_round(args[0], 6).to_integral_value(rounding=ROUND_FLOOR)
        except InvalidOperation:
            raise _Error(XlError("#NUM!")) from None
        raise TypeError(f"unknown function {fn}")
