"""Exact-decimal interpreter of ``Expr`` with Excel's semantics: blank cells count as 0 or "", text
is read as a number in arithmetic and in direct function arguments but skipped inside references
given to SUM/MIN/MAX/COUNT, text ranks above numbers and TRUE/FALSE above text in comparisons, IF is
lazy, errors propagate through AND/OR/SUM and every operator, ROUND rounds half away from zero.

The same interpreter evaluates a rule's program (variables are input cells or named intermediates)
and a formula read from a workbook (``Ref``/``Area`` read through a ``CellSource``). Known differences
between Excel and LibreOffice are listed in engines/divergences.yaml.
"""

from __future__ import annotations

import operator
from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_UP, ROUND_UP, Decimal, InvalidOperation
from collections.abc import Callable, Mapping

from .. import TYPE_CHECKING
from ..lazy_dataclass import dataclass
from ..text.numbers import general_text
from .coercion import excel_day, excel_serial, number_from_text
from .expr import (
    Area, Bool, Call, Cmp, Concat, ErrorValue, Expr, Fmt, If, IsBlank, Logic, Neg, Not, Num, Op, Percent, Ref,
    Text, Var,
)

if TYPE_CHECKING:
    from typing import Any, Protocol
else:
    Protocol = object  # a protocol is for type checkers; at run time a plain base (see pingfen/__init__.py)


@dataclass(frozen=True)
class XlError:
    """An error value of a cell, as a worksheet shows it."""

    code: str  # "#DIV/0!", "#VALUE!", "#N/A", "#NAME?", "#NUM!", "#REF!"

    def __str__(self) -> str:
        return self.code


class Cells(tuple):  # type: ignore[type-arg]
    """The values of a reference to a range of cells, row by row."""


Value = Decimal | str | bool | None | XlError
Result = Value | Cells

_COMPARE_PLACES = Decimal("0.000001")
_LARGEST = Decimal("1.7976931348623157E+308")


class CellSource(Protocol):
    """The cells a formula read from a file refers to."""

    def cell(self, sheet: str, row: int, col: int) -> Value: ...

    def area(self, sheet: str, first: tuple[int, int], last: tuple[int, int]) -> Cells: ...


def excel_round(value: Decimal, places: int, rounding: str = ROUND_HALF_UP) -> Decimal:
    if value == 0:  # no "-0" and no exponent for 0E-7
        return Decimal(0)
    return _fifteen_digits(value).quantize(_UNITS.get(-places) or _unit(-places), rounding)


def _fifteen_digits(value: Decimal) -> Decimal:
    """``value`` to the 15 significant digits Excel works to before it rounds or cuts: Excel saves
    a typed 2.55 as 2.5499999999999998, yet ROUND(…,1) of it is 2.6 and TRUNC(-0.9,1) stays -0.9.
    Whole numbers are kept as they are (ROUND(2^52+1,0) is 4503599627370497)."""
    if value == value.to_integral_value():
        return value
    exponent = value.adjusted() - 14  # (no keyword argument, the unit looked up in place: every score ends in two ROUNDs)
    return value.quantize(_UNITS.get(exponent) or _unit(exponent), ROUND_HALF_UP)


_UNITS: dict[int, Decimal] = {}


def _unit(exponent: int) -> Decimal:
    """1E``exponent``, made once per exponent (every ROUND of a score quantizes to one of a few)."""
    unit = _UNITS.get(exponent)
    if unit is None:
        unit = _UNITS[exponent] = Decimal(1).scaleb(exponent)
    return unit


def number_text(value: Decimal) -> str:
    """A number joined into text with ``&``: Excel keeps 15 significant digits."""
    if value == 0:
        return "0"
    digits = value.adjusted()
    rounded = value.quantize(Decimal(1).scaleb(digits - 14), rounding=ROUND_HALF_UP)
    if -10 < digits < 15:
        return general_text(rounded)
    mantissa = general_text(rounded.scaleb(-rounded.adjusted()))
    exponent = rounded.adjusted()
    return f"{mantissa}E{'+' if exponent >= 0 else '-'}{abs(exponent):02d}"


def format_number(value: Decimal, style: str) -> str:
    # Rounded to 6 decimals first, as the Excel formula does: a deduction that is exactly 0.005 comes
    # out of Excel's binary arithmetic as 0.004999999999999449 (0.9-0.8999), which ROUND(…,2) alone
    # would show as 0 where exact arithmetic shows 0.01.
    if style == "pct":
        return general_text(excel_round(excel_round(value * 100, 6), 2)) + "%"
    if style == "date":  # Excel's serial day as the reports write dates: 2024年5月31日
        year, month, day = serial_day(value)
        return f"{year}年{month}月{day}日"
    if style == "yuan":  # amounts as the reports write them: 286.54万元, 9800元
        if value >= 10000:
            return general_text(excel_round(value / 10000, 2)) + "万元"
        return general_text(excel_round(value, 2)) + "元"
    return general_text(excel_round(excel_round(value, 6), 2))


def serial_day(value: Decimal) -> tuple[int, int, int]:
    """(year, month, day) of a serial day as Excel's YEAR/MONTH/DAY read it (the time of day dropped)."""
    if value < 0 or value >= 2958466:
        raise _Error(XlError("#NUM!"))
    return excel_day(int(value))


class _Error(Exception):
    def __init__(self, error: XlError) -> None:
        self.error = error


def _fail(code: str) -> _Error:
    return _Error(XlError(code))


def _number(value: Result) -> Decimal:
    """A value used as a number by an operator or a function's direct argument."""
    if isinstance(value, Cells):
        value = _single(value)
    if isinstance(value, XlError):
        raise _Error(value)
    if value is None:
        return Decimal(0)
    if isinstance(value, bool):
        return Decimal(int(value))
    if isinstance(value, Decimal):
        return value
    number = number_from_text(value)
    if number is None:
        raise _fail("#VALUE!")
    return number


def _single(cells: Cells) -> Value:
    if len(cells) == 1:
        return cells[0]  # type: ignore[no-any-return]
    raise _fail("#VALUE!")


def _text(value: Result) -> str:
    if isinstance(value, Cells):
        value = _single(value)
    if isinstance(value, XlError):
        raise _Error(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, Decimal):
        return number_text(value)
    return value


def _truth(value: Result) -> bool:
    if isinstance(value, Cells):
        value = _single(value)
    if isinstance(value, str):
        if value.upper() in ("TRUE", "FALSE"):
            return value.upper() == "TRUE"
        raise _fail("#VALUE!")
    return _number(value) != 0


def _rank(value: Value) -> int:
    return 2 if isinstance(value, bool) else 1 if isinstance(value, str) else 0


def compare(op: str, left: Value, right: Value) -> bool:
    """Excel's comparison: blank is 0, "" or FALSE beside the other side; numbers < text < logicals;
    text without regard to case."""
    for side in (left, right):
        if isinstance(side, XlError):
            raise _Error(side)
    if left is None:
        left = "" if isinstance(right, str) else (False if isinstance(right, bool) else Decimal(0))
    if right is None:
        right = "" if isinstance(left, str) else (False if isinstance(left, bool) else Decimal(0))
    a: object
    b: object
    if _rank(left) != _rank(right):
        a, b = _rank(left), _rank(right)
    elif isinstance(left, str):  # without regard to case; casefold makes "Aß"="ass" TRUE, as formulas' cases have it
        a, b = left.casefold(), str(right).casefold()
    else:
        a, b = left, right
    return _COMPARISONS[op](a, b)


_COMPARISONS: dict[str, Callable[[object, object], bool]] = {
    ">=": operator.ge, ">": operator.gt, "<=": operator.le, "<": operator.lt, "=": operator.eq, "<>": operator.ne,
}


def _checked(value: Decimal) -> Decimal:
    if abs(value) > _LARGEST:
        raise _fail("#NUM!")
    return value


class Evaluator:
    """Evaluates expressions over input values and the rule's named intermediates (computed once).
    A formula read from a file evaluates at ``home`` (sheet, row, column) over ``source``; ``bound``
    puts this cell's references in place of a shared formula template's (by node id, see
    workbook/formula_text.parse_bound), so one tree serves every cell of the template.
    Functions it does not know give #NAME? and are collected in ``unknown``."""

    def __init__(
        self,
        inputs: Mapping[str, Result],
        defs: Mapping[str, Expr] | None = None,
        source: CellSource | None = None,
        home: tuple[str, int, int] = ("", 0, 0),
        bound: Mapping[int, Ref | Area] | None = None,
    ) -> None:
        self._inputs = inputs
        self._defs = defs or {}
        self._memo: dict[str, Result] = {}
        self._source = source
        self._home = home
        self._bound = bound or {}
        self.unknown: set[str] = set()

    def __call__(self, expr: Expr) -> Value:
        return self.run(lambda ev: ev._eval(expr))

    def run(self, compute: Callable[[Evaluator], Result]) -> Value:
        """The value of ``compute`` (the tree walk of an expression, or its compiled closure, see
        rules/closures.py) on this evaluation, as a cell would hold it: an error is a value."""
        try:
            result = compute(self)
            if isinstance(result, Cells):
                result = _single(result)
            if isinstance(result, Decimal):
                _checked(result)
            return result
        except _Error as failure:
            return failure.error
        except (InvalidOperation, OverflowError):  # beyond 28 digits (ROUND(1E+22,6)): Excel's #NUM! overflow
            return XlError("#NUM!")
        except RecursionError:
            return XlError("#REF!")

    def _lookup(self, name: str) -> Result:
        if name in self._inputs:
            return self._inputs[name]
        if name in self._defs:
            if name not in self._memo:
                self._memo[name] = self._eval(self._defs[name])
            return self._memo[name]
        raise KeyError(name)

    def _is_reference(self, expr: Expr) -> bool:
        return isinstance(expr, (Ref, Area)) or (isinstance(expr, Var) and expr.name in self._inputs)

    def _referenced(self, expr: Expr) -> tuple[Value, ...]:
        """The values a reference stands for, errors included (not raised)."""
        if isinstance(expr, Area):
            return self._area(expr)
        if isinstance(expr, Ref):
            return (self._cell(expr),)
        result = self._lookup(expr.name)  # type: ignore[union-attr]
        return result if isinstance(result, Cells) else (result,)

    def _scalar(self, expr: Expr) -> Value:
        value = self._eval(expr)
        if isinstance(value, Cells):
            value = _single(value)
        if isinstance(value, XlError):
            raise _Error(value)
        return value

    def _eval(self, expr: Expr) -> Result:
        # one lookup by the node's type instead of a chain of isinstance tests (the evaluator's hot path)
        try:
            handler = _HANDLERS[type(expr)]
        except KeyError:
            raise TypeError(f"unknown expression {expr!r}") from None
        return handler(self, expr)

    def _var(self, expr: Var) -> Result:
        value = self._lookup(expr.name)
        if isinstance(value, XlError):
            raise _Error(value)
        return value

    def _ref(self, expr: Ref) -> Result:
        value = self._cell(expr)
        if isinstance(value, XlError):
            raise _Error(value)
        return value

    def _is_blank(self, expr: IsBlank) -> bool:
        if expr.name not in self._inputs and expr.name not in self._defs:
            return True  # an input the data do not provide at all is blank, as an empty cell
        value = self._lookup(expr.name)
        if isinstance(value, XlError):  # written as (cell=""), which passes the error on
            raise _Error(value)
        return value in (None, "")

    def _if(self, expr: If) -> Result:
        return self._eval(expr.then if _truth(self._scalar(expr.cond)) else expr.otherwise)

    def _compared(self, cmp: Cmp, side: Expr) -> Value:
        # mirrors rules/excel.py: a computed number is compared after ROUND(…,6)
        value = self._scalar(side)
        if cmp.exact or isinstance(side, (Num, Text)) or isinstance(cmp.left, Text) or isinstance(cmp.right, Text):
            return value
        if isinstance(side, Var) and side.name in self._inputs:
            return value
        return excel_round(_number(value), 6)

    def _operation(self, expr: Op) -> Decimal:
        a = _number(self._scalar(expr.left))
        b = _number(self._scalar(expr.right))
        if expr.op == "+":
            return _checked(a + b)
        if expr.op == "-":
            return _checked(a - b)
        if expr.op == "*":
            return _checked(a * b)
        if expr.op == "^":
            return _power(a, b)
        if b == 0:
            raise _fail("#DIV/0!")
        return _checked(a / b)

    def _cell(self, ref: Ref) -> Value:
        if self._source is None:
            raise _fail("#REF!")
        ref = self._bound.get(id(ref), ref)  # type: ignore[assignment]
        sheet, row, col = self._position(ref)
        return self._source.cell(sheet, row, col)

    def _position(self, ref: Ref) -> tuple[str, int, int]:
        home_sheet, home_row, home_col = self._home
        row = ref.row if ref.row_abs else home_row + ref.row
        col = ref.col if ref.col_abs else home_col + ref.col
        if row < 1 or col < 1:
            raise _fail("#REF!")
        return ref.sheet or home_sheet, row, col

    def _area(self, area: Area) -> Cells:
        if self._source is None:
            raise _fail("#REF!")
        area = self._bound.get(id(area), area)  # type: ignore[assignment]
        sheet, first_row, first_col = self._position(area.first)
        _, last_row, last_col = self._position(area.last)
        top, bottom = sorted((first_row, last_row))
        left, right = sorted((first_col, last_col))
        return self._source.area(sheet, (top, left), (bottom, right))

    # -- arguments

    def _arguments(self, args: tuple[Expr, ...]) -> list[Decimal]:
        """The values of a SUM/MIN/MAX-like call: references give their numbers (text, logicals and
        blanks skipped), direct arguments are read as numbers (text converted)."""
        values: list[Decimal] = []
        for arg in args:
            if self._is_reference(arg):
                for value in self._referenced(arg):
                    if isinstance(value, XlError):
                        raise _Error(value)
                    if isinstance(value, Decimal):
                        values.append(value)
            else:
                values.append(_number(self._scalar(arg)))
        return values

    def _logic(self, op: str, items: tuple[Expr, ...]) -> bool:
        truths: list[bool] = []
        for item in items:  # every argument is evaluated: an error anywhere is the result
            if self._is_reference(item):
                for value in self._referenced(item):
                    if isinstance(value, XlError):
                        raise _Error(value)
                    if isinstance(value, (bool, Decimal)):
                        truths.append(bool(value))
            else:
                value = self._scalar(item)
                if isinstance(value, str) and value.upper() not in ("TRUE", "FALSE"):
                    continue  # other text typed into the argument list is passed over, as in Excel
                truths.append(_truth(value))
        if not truths:
            raise _fail("#VALUE!")
        return all(truths) if op == "AND" else any(truths)

    def _numbers(self, args: tuple[Expr, ...]) -> list[Decimal]:
        return [_number(self._scalar(arg)) for arg in args]

    # -- functions

    def _call(self, expr: Call) -> Result:
        fn = expr.fn.upper()
        args = expr.args
        special = _SPECIAL.get(fn)
        if special is not None:
            return special(self, args)
        aggregate = _AGGREGATES.get(fn)
        if aggregate is not None:
            return aggregate(self._arguments(args))
        numeric = _NUMERIC.get(fn)
        if numeric is not None and numeric[0] <= len(args) <= numeric[1]:
            try:
                return _checked(numeric[2](*self._numbers(args)))
            except (InvalidOperation, ValueError, ZeroDivisionError):
                raise _fail("#NUM!") from None
        if fn in _TEXT_FUNCTIONS:
            return _TEXT_FUNCTIONS[fn](self, args)
        self.unknown.add(fn)
        raise _fail("#NAME?")


def _raise(expr: ErrorValue) -> Result:
    raise _fail(expr.code)


_HANDLERS: dict[type, Callable[[Evaluator, Any], Result]] = {
    Num: lambda ev, expr: expr.value,
    Text: lambda ev, expr: expr.value,
    Bool: lambda ev, expr: expr.value,
    Var: Evaluator._var,
    Ref: Evaluator._ref,
    Area: Evaluator._area,
    ErrorValue: lambda ev, expr: _raise(expr),
    IsBlank: Evaluator._is_blank,
    Op: Evaluator._operation,
    Neg: lambda ev, expr: -_number(ev._scalar(expr.item)),
    Percent: lambda ev, expr: _number(ev._scalar(expr.item)) / 100,
    Cmp: lambda ev, expr: compare(expr.op, ev._compared(expr, expr.left), ev._compared(expr, expr.right)),
    Logic: lambda ev, expr: ev._logic(expr.op, expr.items),
    Not: lambda ev, expr: not _truth(ev._scalar(expr.item)),
    If: Evaluator._if,
    Call: Evaluator._call,
    Fmt: lambda ev, expr: format_number(_number(ev._scalar(expr.value)), expr.style),
    Concat: lambda ev, expr: "".join(_text(ev._scalar(part)) for part in expr.parts),
}


def _power(a: Decimal, b: Decimal) -> Decimal:
    if a == 0 and b <= 0:
        raise _fail("#NUM!" if b == 0 else "#DIV/0!")
    if a < 0 and b != b.to_integral_value():
        raise _fail("#NUM!")
    try:
        return _checked(a ** b)
    except InvalidOperation:
        raise _fail("#NUM!") from None


def _sum(values: list[Decimal]) -> Decimal:
    return sum(values, Decimal(0))


def _average(values: list[Decimal]) -> Decimal:
    if not values:
        raise _fail("#DIV/0!")
    return _sum(values) / len(values)


_AGGREGATES: dict[str, Callable[[list[Decimal]], Decimal]] = {
    "SUM": _sum,
    "MIN": lambda values: min(values) if values else Decimal(0),  # (a keyword default costs twice the call)
    "MAX": lambda values: max(values) if values else Decimal(0),
    "MIN_CELLS": lambda values: min(values) if values else Decimal(0),  # earlier name of MIN over cells
    "MAX_CELLS": lambda values: max(values) if values else Decimal(0),
    "AVERAGE": _average,
}


def _round(rounding: str) -> Callable[[Decimal, Decimal], Decimal]:
    def apply(value: Decimal, places: Decimal) -> Decimal:
        return excel_round(value, int(places), rounding)
    return apply


def _multiple(rounding: str) -> Callable[..., Decimal]:
    """CEILING/FLOOR(x, step) as Excel 2010+: the multiple of step above (CEILING) or below (FLOOR)
    x/step, so a negative x with a positive step goes toward zero with CEILING and away from it with
    FLOOR, and with a negative step the other way round; a positive x with a negative step is #NUM!."""
    def apply(value: Decimal, step: Decimal = Decimal(1)) -> Decimal:
        if step == 0:
            if rounding == ROUND_CEILING or value == 0:
                return Decimal(0)
            raise _fail("#DIV/0!")
        if value > 0 and step < 0:
            raise _fail("#NUM!")
        return _fifteen_digits(value / step).to_integral_value(rounding=rounding) * step
    return apply


def _mod(a: Decimal, b: Decimal) -> Decimal:
    if b == 0:
        raise _fail("#DIV/0!")
    return a - b * (a / b).to_integral_value(rounding=ROUND_FLOOR)


def _date(year: Decimal, month: Decimal, day: Decimal) -> Decimal:
    """DATE as Excel: arguments taken down to whole numbers, years 0…1899 counted from 1900, months
    and days beyond their range carried into the next (or previous) month or year."""
    y, m, d = (int(n.to_integral_value(rounding=ROUND_FLOOR)) for n in (year, month, day))
    if 0 <= y < 1900:
        y += 1900
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    if not 1900 <= y <= 9999:
        raise _fail("#NUM!")
    import datetime as dt  # here: reading a workbook's formulas rarely meets DATE

    serial = excel_serial(dt.date(y, m, 1)) + d - 1
    if not 0 <= serial <= 2958465:
        raise _fail("#NUM!")
    return serial


def _integer_part(rounding: str) -> Callable[..., Decimal]:
    def apply(value: Decimal, places: Decimal = Decimal(0)) -> Decimal:
        return excel_round(value, int(places), rounding)
    return apply


_ROUNDINGS = {"ROUND": ROUND_HALF_UP, "ROUNDUP": ROUND_UP, "ROUNDDOWN": ROUND_DOWN}

_NUMERIC: dict[str, tuple[int, int, Callable[..., Decimal]]] = {
    **{name: (2, 2, _round(rounding)) for name, rounding in _ROUNDINGS.items()},
    "TRUNC": (1, 2, _integer_part(ROUND_DOWN)),
    "INT": (1, 1, lambda value: _fifteen_digits(value).to_integral_value(rounding=ROUND_FLOOR)),
    # CEIL/FLOOR with one argument: the rule model's "to a whole number, after ROUND(…,6)"
    "CEIL": (1, 1, lambda value: excel_round(value, 6).to_integral_value(rounding=ROUND_CEILING)),
    "FLOOR": (1, 2, lambda value, *step: _multiple(ROUND_FLOOR)(value, *step) if step else excel_round(value, 6).to_integral_value(rounding=ROUND_FLOOR)),
    "CEILING": (1, 2, _multiple(ROUND_CEILING)),
    "ABS": (1, 1, abs),
    "SIGN": (1, 1, lambda value: Decimal((value > 0) - (value < 0))),
    "MOD": (2, 2, _mod),
    "POWER": (2, 2, _power),
    "SQRT": (1, 1, lambda value: value.sqrt()),  # negative: InvalidOperation → #NUM!
    "YEAR": (1, 1, lambda value: Decimal(serial_day(value)[0])),
    "MONTH": (1, 1, lambda value: Decimal(serial_day(value)[1])),
    "DAY": (1, 1, lambda value: Decimal(serial_day(value)[2])),
    "DATE": (3, 3, _date),
}


def _if(ev: Evaluator, args: tuple[Expr, ...]) -> Result:
    if not 2 <= len(args) <= 3:
        raise _fail("#VALUE!")
    if _truth(ev._scalar(args[0])):
        return ev._eval(args[1])
    return ev._eval(args[2]) if len(args) == 3 else False


def _iferror(ev: Evaluator, args: tuple[Expr, ...]) -> Result:
    try:
        return ev._scalar(args[0])
    except _Error:
        return ev._eval(args[1])


def _ifna(ev: Evaluator, args: tuple[Expr, ...]) -> Result:
    try:
        return ev._scalar(args[0])
    except _Error as failure:
        if failure.error.code != "#N/A":
            raise
        return ev._eval(args[1])


_INSPECTIONS: dict[str, Callable[[Value], bool]] = {
    "ISNUMBER": lambda v: isinstance(v, Decimal),
    "ISTEXT": lambda v: isinstance(v, str),
    "ISBLANK": lambda v: v is None,
    "ISLOGICAL": lambda v: isinstance(v, bool),
    "ISERROR": lambda v: isinstance(v, XlError),
    "ISERR": lambda v: isinstance(v, XlError) and v.code != "#N/A",
    "ISNA": lambda v: isinstance(v, XlError) and v.code == "#N/A",
}


def _inspect(test: Callable[[Value], bool]) -> Callable[[Evaluator, tuple[Expr, ...]], bool]:
    def apply(ev: Evaluator, args: tuple[Expr, ...]) -> bool:
        try:
            value = ev._eval(args[0])
            if isinstance(value, Cells):
                value = _single(value)
        except _Error as failure:
            value = failure.error
        return test(value)
    return apply


def _count(ev: Evaluator, args: tuple[Expr, ...]) -> Decimal:
    count = 0
    for arg in args:
        if ev._is_reference(arg):
            count += sum(1 for v in ev._referenced(arg) if isinstance(v, Decimal))
        else:
            try:
                value = ev._scalar(arg)
            except _Error:
                continue
            if isinstance(value, (Decimal, bool)) or (isinstance(value, str) and number_from_text(value) is not None):
                count += 1
    return Decimal(count)


def _counta(ev: Evaluator, args: tuple[Expr, ...]) -> Decimal:
    count = 0
    for arg in args:
        if ev._is_reference(arg):
            count += sum(1 for v in ev._referenced(arg) if v is not None)
            continue
        try:
            ev._scalar(arg)
        except _Error:
            pass
        count += 1
    return Decimal(count)


def _logic_call(op: str) -> Callable[[Evaluator, tuple[Expr, ...]], bool]:
    return lambda ev, args: ev._logic(op, args)


_SPECIAL: dict[str, Callable[[Evaluator, tuple[Expr, ...]], Result]] = {
    "IF": _if,
    "IFERROR": _iferror,
    "IFNA": _ifna,
    "AND": _logic_call("AND"),
    "OR": _logic_call("OR"),
    "NOT": lambda ev, args: not _truth(ev._scalar(args[0])),
    "TRUE": lambda ev, args: True,
    "FALSE": lambda ev, args: False,
    **{name: _inspect(test) for name, test in _INSPECTIONS.items()},
    "COUNT": _count,
    "COUNTA": _counta,
    "NA": lambda ev, args: XlError("#N/A"),
}


def _mid(ev: Evaluator, args: tuple[Expr, ...]) -> str:
    text = _text(ev._scalar(args[0]))
    start, length = (int(n) for n in ev._numbers(args[1:3]))
    if start < 1 or length < 0:
        raise _fail("#VALUE!")
    return text[start - 1 : start - 1 + length]


def _find(ev: Evaluator, args: tuple[Expr, ...]) -> Decimal:
    """FIND(find_text, within_text[, start_num]): the 1-based position, case-sensitive, no wildcards;
    #VALUE! when absent or the start is out of range (Excel and LibreOffice alike)."""
    wanted, text = _text(ev._scalar(args[0])), _text(ev._scalar(args[1]))
    start = int(ev._numbers(args[2:3])[0]) if len(args) > 2 else 1
    if start < 1 or start > len(text) + 1:
        raise _fail("#VALUE!")
    found = text.find(wanted, start - 1)
    if found < 0:
        raise _fail("#VALUE!")
    return Decimal(found + 1)


def _side(left: bool) -> Callable[[Evaluator, tuple[Expr, ...]], str]:
    def apply(ev: Evaluator, args: tuple[Expr, ...]) -> str:
        text = _text(ev._scalar(args[0]))
        count = int(ev._numbers(args[1:2])[0]) if len(args) > 1 else 1
        if count < 0:
            raise _fail("#VALUE!")
        return text[:count] if left else (text[len(text) - count:] if count else "")
    return apply


_TEXT_FUNCTIONS: dict[str, Callable[[Evaluator, tuple[Expr, ...]], Result]] = {
    "MID": _mid,
    "FIND": _find,
    "LEFT": _side(True),
    "RIGHT": _side(False),
    "LEN": lambda ev, args: Decimal(len(_text(ev._scalar(args[0])))),
    "CONCATENATE": lambda ev, args: "".join(_text(ev._scalar(arg)) for arg in args),
    "TRIM": lambda ev, args: " ".join(part for part in _text(ev._scalar(args[0])).split(" ") if part),
    "UPPER": lambda ev, args: _text(ev._scalar(args[0])).upper(),
    "LOWER": lambda ev, args: _text(ev._scalar(args[0])).lower(),
    "N": lambda ev, args: _n(ev, args[0]),
    "VALUE": lambda ev, args: _value(ev._scalar(args[0])),
}


def _n(ev: Evaluator, arg: Expr) -> Decimal:
    """N: a number as it is, TRUE/FALSE as 1/0, anything else 0; of a range, its first cell."""
    value = ev._referenced(arg)[0] if ev._is_reference(arg) else ev._scalar(arg)
    if isinstance(value, XlError):
        raise _Error(value)
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        return Decimal(int(value))
    return Decimal(0)


def _value(value: Value) -> Decimal:
    """VALUE: text read as a number (#VALUE! where it is none); TRUE/FALSE are not numbers here."""
    if isinstance(value, bool):
        raise _fail("#VALUE!")
    return _number(value)


# The worksheet functions a formula read from a file may call (CEIL, MIN_CELLS and MAX_CELLS are names
# of the rule model only).
FUNCTIONS = frozenset((*_SPECIAL, *_AGGREGATES, *_NUMERIC, *_TEXT_FUNCTIONS)) - {"CEIL", "MIN_CELLS", "MAX_CELLS"}
