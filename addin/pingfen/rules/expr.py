"""The scalar expression language every rule compiles to.

A rule never computes a score itself: it builds an ``Expr`` tree, and two interpreters read that tree —
``evaluate`` (exact decimals, in Python) and ``excel`` (a native, portable Excel formula). Keeping the
tree scalar (lists are unrolled into one variable per cell) means every Excel construct we emit is one
that Excel 2010+, WPS and LibreOffice agree on.
"""

from __future__ import annotations

from decimal import Decimal
from .. import TYPE_CHECKING

from ..lazy_dataclass import dataclass

if TYPE_CHECKING:
    from typing import Any

# Every node class has a docstring: without one, @dataclass writes one from inspect.signature, which
# adds to the start-up of every command (the rules package creates some sixty dataclasses on import).
# (Expr, the union of the node classes, follows them.)


@dataclass(frozen=True)
class Num:
    """A number written into the program (a threshold, a step, points)."""

    value: Decimal


@dataclass(frozen=True)
class Text:
    """A text constant (a word of the explanation, a grade's name)."""

    value: str


@dataclass(frozen=True)
class Var:
    """An input cell (``actual``, ``met_3`` …) or a named intermediate of the rule (``rate``)."""

    name: str


@dataclass(frozen=True)
class Op:
    """Arithmetic on two numbers."""

    op: str  # one of + - * / ^
    left: Expr
    right: Expr


@dataclass(frozen=True)
class Cmp:
    """A comparison. A computed number (not a literal, not a cell) is rounded to 6 decimals in both
    interpreters, so a computed 0.30000000000000004 equals 0.3 in Excel as it does in exact
    arithmetic. Formulas read from a file are compared exactly as written (``exact``)."""

    op: str  # one of >= > <= < = <>
    left: Expr
    right: Expr
    exact: bool = False  # as written in a file: no rounding added by either interpreter


@dataclass(frozen=True)
class Logic:
    """AND / OR over conditions (every one evaluated, as in a worksheet)."""

    op: str  # AND / OR
    items: tuple[Expr, ...]


@dataclass(frozen=True)
class Not:
    """The negation of a condition."""

    item: Expr


@dataclass(frozen=True)
class If:
    """A choice; only the branch taken is evaluated."""

    cond: Expr
    then: Expr
    otherwise: Expr


@dataclass(frozen=True)
class Call:
    """MIN, MAX, ROUND(x, n), CEIL (to an integer), FLOOR (to an integer), ABS, MID(text, start, n)."""

    fn: str
    args: tuple[Expr, ...]


@dataclass(frozen=True)
class Fmt:
    """A number shown in an explanation: ``num`` → up to 2 decimals, ``pct`` → percent with up to 2
    decimals (0.9944 → "99.44%")."""

    value: Expr
    style: str = "num"


@dataclass(frozen=True)
class Concat:
    """Parts of an explanation joined into one text."""

    parts: tuple[Expr, ...]


@dataclass(frozen=True)
class IsBlank:
    """Whether an input cell is empty (a value not given is empty too)."""

    name: str


@dataclass(frozen=True)
class Bool:
    """TRUE or FALSE as typed in a formula."""

    value: bool


@dataclass(frozen=True)
class ErrorValue:
    """An error constant typed in a formula (#N/A …)."""

    code: str  # "#N/A" … as typed in a formula


@dataclass(frozen=True)
class Neg:
    """A minus sign before an operand."""

    item: Expr


@dataclass(frozen=True)
class Percent:
    """A value followed by % (a hundredth of it)."""

    item: Expr


@dataclass(frozen=True)
class Ref:
    """A cell named in a formula read from a file. ``row``/``col`` are absolute when their flag is
    set, otherwise offsets from the formula's own cell, so one parsed formula serves every cell that
    has the same shape (a filled-down column, a shared formula)."""

    sheet: str | None
    row: int
    col: int
    row_abs: bool = True
    col_abs: bool = True


@dataclass(frozen=True)
class Area:
    """A range ``first:last`` (``A:A`` and ``3:3`` are ranges whose other bound is the sheet's edge)."""

    first: Ref
    last: Ref


Expr = Num | Text | Var | Op | Cmp | Logic | Not | If | Call | Fmt | Concat | IsBlank | Bool | ErrorValue | Neg | Percent | Ref | Area


# Small constructors keep rule code readable.

def num(value: Decimal | int | str) -> Num:
    return Num(Decimal(str(value)))


def add(a: Expr, b: Expr) -> Expr:
    return Op("+", a, b)


def sub(a: Expr, b: Expr) -> Expr:
    return Op("-", a, b)


def mul(a: Expr, b: Expr) -> Expr:
    return Op("*", a, b)


def div(a: Expr, b: Expr) -> Expr:
    return Op("/", a, b)


def minimum(*items: Expr) -> Expr:
    return Call("MIN", tuple(items))


def maximum(*items: Expr) -> Expr:
    return Call("MAX", tuple(items))


def round_to(value: Expr, places: int) -> Expr:
    return Call("ROUND", (value, num(places)))


def ceil(value: Expr) -> Expr:
    return Call("CEIL", (value,))


def floor(value: Expr) -> Expr:
    return Call("FLOOR", (value,))


def concat(*parts: Expr | str) -> Expr:
    return Concat(tuple(Text(p) if isinstance(p, str) else p for p in parts))


def any_of(*items: Expr) -> Expr:
    return items[0] if len(items) == 1 else Logic("OR", tuple(items))


def all_of(*items: Expr) -> Expr:
    return items[0] if len(items) == 1 else Logic("AND", tuple(items))


def total(items: list[Expr]) -> Expr:
    if not items:
        return num(0)
    result = items[0]
    for item in items[1:]:
        result = add(result, item)
    return result


def clamp(value: Expr, low: Expr, high: Expr) -> Expr:
    return maximum(low, minimum(high, value))


def renamed(node: Any, names: dict[str, str]) -> Any:
    """The expression with some of its names replaced: a part's intermediates and score under its own names,
    or inputs moved along (met_1 → met_2)."""
    from dataclasses import fields, is_dataclass, replace  # here: reading a workbook's formulas needs no dataclasses

    if isinstance(node, (Var, IsBlank)):
        return replace(node, name=names.get(node.name, node.name))
    if isinstance(node, tuple):
        return tuple(renamed(item, names) for item in node)
    if is_dataclass(node) and not isinstance(node, type):
        changed = {item.name: renamed(getattr(node, item.name), names) for item in fields(node)}
        return replace(node, **changed)
    return node
