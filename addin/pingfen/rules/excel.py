"""Excel-formula interpreter of ``Expr``.

Only constructs that Excel 2010+, WPS, LibreOffice 7.4 and the ``formulas`` package evaluate alike are
emitted (see shared/research/engines.md): CEILING/FLOOR always get a ROUND(…,6) guard, computed
numbers are compared after ROUND(…,6), numbers joined into text are rounded first, no ``--``, no
LET/IFS/TEXTJOIN.
"""

from __future__ import annotations

from decimal import Decimal
from .. import TYPE_CHECKING

from .evaluate import general_text
from .expr import Call, Cmp, Concat, Expr, Fmt, If, IsBlank, Logic, Not, Num, Op, Text, Var

if TYPE_CHECKING:
    from typing import Mapping

_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}


def quote_text(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _number_literal(value: Decimal) -> str:
    text = general_text(value)
    return f"({text})" if text.startswith("-") else text


class FormulaWriter:
    """Writes an expression as formula text. Inputs are resolved through ``cells`` (name → reference
    such as ``H5`` or ``'数据'!$C$4``); intermediates are written as their cell when ``cells`` has one,
    otherwise inlined from ``defs``."""

    def __init__(self, cells: Mapping[str, str], defs: Mapping[str, Expr] | None = None) -> None:
        self._cells = cells
        self._defs = defs or {}

    def formula(self, expr: Expr) -> str:
        return "=" + self.write(expr)

    def write(self, expr: Expr) -> str:
        if isinstance(expr, Num):
            return _number_literal(expr.value)
        if isinstance(expr, Text):
            return quote_text(expr.value)
        if isinstance(expr, Var):
            if expr.name in self._cells:
                return self._cells[expr.name]
            if expr.name in self._defs:
                return "(" + self.write(self._defs[expr.name]) + ")"
            raise KeyError(f"no cell bound for input {expr.name!r}")
        if isinstance(expr, IsBlank):
            return f'({self.write(Var(expr.name))}="")'
        if isinstance(expr, Op):
            return self._operation(expr)
        if isinstance(expr, Cmp):
            textual = isinstance(expr.left, Text) or isinstance(expr.right, Text)
            left, right = self.write(expr.left), self.write(expr.right)
            if not textual and not expr.exact:
                left, right = self._rounded(expr.left, left), self._rounded(expr.right, right)
            return f"{left}{expr.op}{right}"
        if isinstance(expr, Logic):
            return f"{expr.op}(" + ",".join(self.write(item) for item in expr.items) + ")"
        if isinstance(expr, Not):
            return f"NOT({self.write(expr.item)})"
        if isinstance(expr, If):
            return f"IF({self.write(expr.cond)},{self.write(expr.then)},{self.write(expr.otherwise)})"
        if isinstance(expr, Call):
            return self._call(expr)
        if isinstance(expr, Fmt):
            inner = self.write(expr.value)
            if expr.style == "pct":  # ROUND(…,6) first: see evaluate.format_number
                return f'ROUND(ROUND({inner}*100,6),2)&"%"'
            if expr.style == "date":
                return f'YEAR({inner})&"年"&MONTH({inner})&"月"&DAY({inner})&"日"'
            if expr.style == "yuan":
                return f'IF({inner}>=10000,ROUND({inner}/10000,2)&"万元",ROUND({inner},2)&"元")'
            return f'ROUND(ROUND({inner},6),2)&""'
        if isinstance(expr, Concat):
            return "&".join(self._concat_part(part) for part in expr.parts)
        raise TypeError(f"unknown expression {expr!r}")

    def _rounded(self, expr: Expr, text: str) -> str:
        if isinstance(expr, Num) or (isinstance(expr, Var) and expr.name in self._cells):
            return text
        return f"ROUND({text},6)"

    def _operation(self, expr: Op) -> str:
        level = _PRECEDENCE[expr.op]
        left = self.write(expr.left)
        right = self.write(expr.right)
        if isinstance(expr.left, Op) and _PRECEDENCE[expr.left.op] < level:
            left = f"({left})"
        if isinstance(expr.right, Op) and (
            _PRECEDENCE[expr.right.op] < level
            or (_PRECEDENCE[expr.right.op] == level and expr.op in "-/")
        ):
            right = f"({right})"
        return f"{left}{expr.op}{right}"

    def _call(self, expr: Call) -> str:
        args = [self.write(arg) for arg in expr.args]
        if expr.fn == "CEIL":
            return f"CEILING(ROUND({args[0]},6),1)"
        if expr.fn == "FLOOR":
            return f"FLOOR(ROUND({args[0]},6),1)"
        if expr.fn in ("MAX_CELLS", "MIN_CELLS"):  # MAX/MIN over cells skip blanks, as in Excel
            return f"{expr.fn[:3]}(" + ",".join(args) + ")"
        return f"{expr.fn}(" + ",".join(args) + ")"

    def _concat_part(self, part: Expr) -> str:
        text = self.write(part)
        return f"({text})" if isinstance(part, (Op, Cmp, Fmt)) else text
