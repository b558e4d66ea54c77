"""Make the `formulas` package compute like Excel/LibreOffice where 评分表 formulas care.

`formulas` 1.3.4 works on raw binary floats, so ``CEILING((1-0.7)/0.1,1)`` gives 4 where
LibreOffice gives 3, ``ROUND(0.285,2)`` gives 0.28, and ``"扣"&(5-3.3)`` gives
``"扣1.7000000000000002"``. Excel and LibreOffice work to 15 significant digits; `patch()` does the
same before rounding and when numbers turn into text (research/engines.md §1.2).

`register_udf()` makes a plain Python function callable from cells, with xlwings-like arguments.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from decimal import ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, Context, Decimal, localcontext
from typing import Any

import numpy as np
import schedula as sh
from formulas.errors import FoundError
from formulas.functions import Error, get_functions, wrap_func, wrap_ufunc
from formulas.functions import operators as _operators
from formulas.functions import text as _text
from formulas.tokens.operand import XlError

_patched = False

_DIGITS = 15
# Enough precision for quantize() on any double: 309 integer digits plus the decimals kept.
_WIDE = Context(prec=1000)


def snap(x: float) -> float:
    """Round to 15 significant digits, as Excel and LibreOffice do before CEILING, INT, ROUND…"""
    if not math.isfinite(x) or x == 0:
        return x + 0.0  # also turns -0.0 into 0.0
    return float(f"{x:.{_DIGITS}g}")


def xl_text(value: object) -> str:
    """Text of a value as `&` and the text functions see it (Excel's General format)."""
    if isinstance(value, (bool, np.bool_)):
        return "TRUE" if value else "FALSE"
    if isinstance(value, (int, float, np.integer, np.floating)):
        if value == 0:
            return "0"
        return (f"{float(value):.{_DIGITS}g}").upper()
    return str(value)


def _ceiling(num: float, sig: float, ceil: Callable[[float], int] = math.ceil, dfl: Any = 0) -> Any:
    # Same branches as formulas.functions.math.xceiling, with the quotient snapped.
    if sig == 0:
        return dfl
    if sig < 0 < num:
        return np.nan
    return snap(ceil(snap(snap(num) / snap(sig))) * sig)


def _floor(num: float, sig: float) -> Any:
    return _ceiling(num, sig, math.floor, Error.errors["#DIV/0!"])


def _ceiling_math(num: float, sig: float | None = None, mode: float = 0, up: bool = True) -> float:
    sig = 1.0 if sig is None else abs(sig)
    if sig == 0:
        return 0.0
    q = snap(snap(num) / sig)
    if mode and num < 0:  # the other direction for negative numbers: away from / toward zero
        up = not up
    return snap((math.ceil(q) if up else math.floor(q)) * sig)


def _floor_math(num: float, sig: float | None = None, mode: float = 0) -> float:
    return _ceiling_math(num, sig, mode, up=False)


def _int(x: float) -> int:
    return math.floor(snap(x))


def _round(x: float, digits: float = 0, mode: str = ROUND_HALF_UP) -> float:
    d = int(digits)  # Excel truncates the digits argument
    x = snap(x)
    if d > 400 or x == 0 or not math.isfinite(x):
        return x
    if d < -400:
        return 0.0
    with localcontext(_WIDE):
        q = Decimal(f"{x:.{_DIGITS}g}").quantize(Decimal(1).scaleb(-d), rounding=mode)
    return float(q) + 0.0


def _roundup(x: float, digits: float) -> float:
    return _round(x, digits, ROUND_UP)


def _rounddown(x: float, digits: float = 0) -> float:
    return _round(x, digits, ROUND_DOWN)


def _round_half_up(x: float, digits: float) -> float:
    return _round(x, digits)


def patch() -> None:
    """Replace the rounding functions and number-to-text conversion; safe to call many times.

    Must run before `ExcelModel().loads()`: constant sub-expressions are folded while loading.
    """
    global _patched
    if _patched:
        return
    table = get_functions()
    replacements: dict[str, Callable[..., Any]] = {
        "CEILING": _ceiling,
        "FLOOR": _floor,
        "CEILING.MATH": _ceiling_math,
        "_XLFN.CEILING.MATH": _ceiling_math,
        "CEILING.PRECISE": _ceiling_math,
        "_XLFN.CEILING.PRECISE": _ceiling_math,
        "ISO.CEILING": _ceiling_math,
        "FLOOR.MATH": _floor_math,
        "_XLFN.FLOOR.MATH": _floor_math,
        "FLOOR.PRECISE": _floor_math,
        "_XLFN.FLOOR.PRECISE": _floor_math,
        "INT": _int,
        "ROUND": _round_half_up,
        "ROUNDUP": _roundup,
        "ROUNDDOWN": _rounddown,
        "TRUNC": _rounddown,  # LibreOffice: TRUNC(0.3/0.1)=3, like ROUNDDOWN
    }
    for name, fn in replacements.items():
        table[name] = wrap_ufunc(fn)
    # `&` (operators) and CONCATENATE, LEFT, MID, FIND… (text) look `_str` up as a module
    # global at call time, so replacing it there covers all of them.
    _text._str = xl_text
    _operators._str = xl_text
    _patched = True


def to_python(x: Any) -> Any:
    """A `formulas` argument as xlwings would pass it: None for empty, list of lists for ranges."""
    if isinstance(x, np.ndarray):
        if x.size != 1:
            return [[to_python(v) for v in row] for row in np.atleast_2d(x)]
        x = x.ravel()[0]
    if x is sh.EMPTY:
        return None
    if isinstance(x, XlError):
        raise FoundError(err=x)  # the error propagates to the cell, as in Excel
    if isinstance(x, np.generic):
        return x.item()
    return x


def register_udf(name: str, fn: Callable[..., Any]) -> None:
    """Make `fn` callable as `=NAME(...)`; register before `loads()` or cells show #NAME?.

    An exception inside `fn` becomes #VALUE! in the cell.
    """

    def impl(*args: Any) -> Any:
        result = fn(*(to_python(a) for a in args))
        if result is None:
            return sh.EMPTY
        if isinstance(result, list):
            return np.asarray(result, object)
        return result

    get_functions()[name.upper()] = wrap_func(impl)
