"""A rule's program compiled once into Python closures, so scoring does not walk the ``Expr`` tree on
every call (a UDF recalculated down a column, a rubric's leaves that share a 评分标准).

Each closure takes the ``Evaluator`` of one evaluation as its frame: its inputs, its memo of named
intermediates, and (for a formula read from a file) its cells. The semantics are the tree
interpreter's in ``evaluate``, built from the same helpers; what compiling adds is only that
every decision that depends on the tree alone (which handler, which function, whether a side of a
comparison is a literal) is taken once. The worksheet functions written against the Evaluator's
argument methods (IFERROR, COUNT, MID …) are given their arguments as closures (``_OnClosures``), so
every ``Expr`` compiles and each function has one implementation. tests/test_closures.py holds the
two to the same results on every program of the wordings corpus and the seed rubrics and on each
worksheet function.
"""

from __future__ import annotations

import operator
from decimal import Decimal, InvalidOperation
from collections.abc import Callable, Mapping

from .evaluate import (
    _AGGREGATES, _COMPARISONS, _INSPECTIONS, _LARGEST, _NUMERIC, _ROUNDINGS, _SPECIAL, _TEXT_FUNCTIONS, Cells,
    Evaluator, Result, Value, XlError, _checked, _Error, _fail, _number, _power, _single, _text, _truth, compare,
    excel_round, format_number,
)
from .expr import (
    Area, Bool, Call, Cmp, Concat, ErrorValue, Expr, Fmt, If, IsBlank, Logic, Neg, Not, Num, Op, Percent, Ref,
    Text, Var,
)

Closure = Callable[[Evaluator], Result]
_UNSET = object()
_ARITHMETIC: dict[str, Callable[[Decimal, Decimal], Decimal]] = {"+": operator.add, "-": operator.sub, "*": operator.mul}


class CompiledProgram:
    """The closures of one program's named intermediates; ``compile`` turns any expression over them
    (the score, the explanation, a helper cell) into a closure run with ``Evaluator.run``."""

    def __init__(self, defs: Mapping[str, Expr]) -> None:
        self.defs = defs
        self._defs: dict[str, Closure] = {}
        for name, expr in defs.items():
            self._defs[name] = self.compile(expr)

    def compile(self, expr: Expr) -> Closure:
        return _Compiler(self.defs, self._defs).closure(expr)


class _Compiler:
    def __init__(self, defs: Mapping[str, Expr], compiled_defs: dict[str, Closure]) -> None:
        self.defs = defs
        self.compiled_defs = compiled_defs

    def closure(self, expr: Expr) -> Closure:
        try:
            build = _BUILDERS[type(expr)]
        except KeyError:
            raise TypeError(f"unknown expression {expr!r}") from None
        return build(self, expr)

    # -- values as operators read them

    def scalar(self, expr: Expr) -> Callable[[Evaluator], Value]:
        """``Evaluator._scalar``: the value, a one-cell range as its cell, an error raised."""
        run = self.closure(expr)
        if _plain(expr):
            return run  # type: ignore[return-value]

        def scalar(ev: Evaluator) -> Value:
            value = run(ev)
            if value.__class__ in _ORDINARY:
                return value
            if isinstance(value, Cells):
                value = _single(value)
            if isinstance(value, XlError):
                raise _Error(value)
            return value
        return scalar

    def number(self, expr: Expr) -> Callable[[Evaluator], Decimal]:
        """``_number(Evaluator._scalar(expr))``."""
        if isinstance(expr, Num):
            value = expr.value
            return lambda ev: value
        if isinstance(expr, Var):  # the commonest operand: one closure less between it and its number
            read = self.var(expr)

            def variable(ev: Evaluator) -> Decimal:
                value = read(ev)
                if value.__class__ is Decimal:
                    return value  # type: ignore[return-value]
                if isinstance(value, Cells):
                    value = _single(value)
                if isinstance(value, XlError):
                    raise _Error(value)
                return _number(value)
            return variable
        run = self.scalar(expr)
        if _numeric(expr):
            return run  # type: ignore[return-value]

        def number(ev: Evaluator) -> Decimal:
            value = run(ev)
            return value if value.__class__ is Decimal else _number(value)  # type: ignore[return-value]
        return number

    def truth(self, expr: Expr) -> Callable[[Evaluator], bool]:
        run = self.scalar(expr)
        if type(expr) in _BOOLEAN:
            return run  # type: ignore[return-value]
        return lambda ev: _truth(run(ev))

    def lookup(self, name: str) -> Callable[[Evaluator], Result]:
        """``Evaluator._lookup``: an input, else a named intermediate computed once per evaluation."""
        compiled_defs = self.compiled_defs
        known = name in self.defs

        def lookup(ev: Evaluator) -> Result:
            value = ev._inputs.get(name, _UNSET)  # one call: a plan cell's inputs read each cell (workbook/plan.py)
            if value is not _UNSET:
                return value
            if not known:
                raise KeyError(name)
            value = ev._memo.get(name, _UNSET)
            if value is _UNSET:
                value = ev._memo[name] = compiled_defs[name](ev)
            return value
        return lookup

    def referenced(self, expr: Expr) -> Callable[[Evaluator], tuple[Value, ...]] | None:
        """``Evaluator._referenced`` where ``expr`` may be a reference (a cell, a range, an input),
        else None; whether a name is an input is known only when it runs: the closure gives None then."""
        if isinstance(expr, Area):
            return lambda ev: ev._area(expr)
        if isinstance(expr, Ref):
            return lambda ev: (ev._cell(expr),)
        if isinstance(expr, Var):
            name = expr.name
            lookup = self.lookup(name)

            def referenced(ev: Evaluator) -> tuple[Value, ...] | None:
                if name not in ev._inputs:
                    return None
                result = lookup(ev)
                return result if isinstance(result, Cells) else (result,)  # type: ignore[return-value]
            return referenced
        return None

    # -- nodes

    def constant(self, expr: Num | Text | Bool) -> Closure:
        value = expr.value
        return lambda ev: value

    def var(self, expr: Var) -> Closure:
        # ``lookup`` written out: a program reads its variables more than anything else
        name, compiled_defs, known = expr.name, self.compiled_defs, expr.name in self.defs

        def var(ev: Evaluator) -> Result:
            value = ev._inputs.get(name, _UNSET)  # one call: a plan cell's inputs read each cell (workbook/plan.py)
            if value is _UNSET:
                if not known:
                    raise KeyError(name)
                value = ev._memo.get(name, _UNSET)
                if value is _UNSET:
                    value = ev._memo[name] = compiled_defs[name](ev)
            if value.__class__ is XlError:
                raise _Error(value)  # type: ignore[arg-type]
            return value
        return var

    def ref(self, expr: Ref) -> Closure:
        return lambda ev: ev._ref(expr)

    def area(self, expr: Area) -> Closure:
        return lambda ev: ev._area(expr)

    def error(self, expr: ErrorValue) -> Closure:
        code = expr.code

        def error(ev: Evaluator) -> Result:
            raise _fail(code)
        return error

    def is_blank(self, expr: IsBlank) -> Closure:
        name, known = expr.name, expr.name in self.defs
        lookup = self.lookup(name)

        def is_blank(ev: Evaluator) -> bool:
            value = ev._inputs.get(name, _UNSET)
            if value is _UNSET:
                if not known:
                    return True  # an input the data do not provide at all is blank, as an empty cell
                value = lookup(ev)
            if isinstance(value, XlError):
                raise _Error(value)
            return value is None or (isinstance(value, str) and not value)  # value in (None, ""), without Decimal == ""
        return is_blank

    def operation(self, expr: Op) -> Closure:
        left, right, op = self.number(expr.left), self.number(expr.right), expr.op
        if op == "^":
            return lambda ev: _power(left(ev), right(ev))
        if op == "/":
            def divide(ev: Evaluator) -> Decimal:
                a, b = left(ev), right(ev)
                if b == 0:
                    raise _fail("#DIV/0!")
                return _checked(a / b)
            return divide
        apply = _ARITHMETIC[op]
        if isinstance(expr.right, Num):  # rate*5, full-0.5: the constant taken as it is
            constant = expr.right.value

            def with_constant(ev: Evaluator) -> Decimal:
                value = apply(left(ev), constant)
                if -_LARGEST <= value <= _LARGEST:  # _checked, written out on the commonest path
                    return value
                raise _fail("#NUM!")
            return with_constant

        def arithmetic(ev: Evaluator) -> Decimal:
            value = apply(left(ev), right(ev))
            if -_LARGEST <= value <= _LARGEST:
                return value
            raise _fail("#NUM!")
        return arithmetic

    def negation(self, expr: Neg) -> Closure:
        item = self.number(expr.item)
        return lambda ev: -item(ev)

    def percent(self, expr: Percent) -> Closure:
        item = self.number(expr.item)
        return lambda ev: item(ev) / 100

    def comparison(self, expr: Cmp) -> Closure:
        left, right = self.compared(expr, expr.left), self.compared(expr, expr.right)
        op, test = expr.op, _COMPARISONS[expr.op]

        def comparison(ev: Evaluator) -> bool:
            a, b = left(ev), right(ev)
            if a.__class__ is Decimal and b.__class__ is Decimal:
                return test(a, b)
            return compare(op, a, b)
        return comparison

    def compared(self, cmp: Cmp, side: Expr) -> Callable[[Evaluator], Value]:
        """``Evaluator._compared``: a computed number is compared after ROUND(…,6)."""
        value = self.scalar(side)
        if cmp.exact or isinstance(side, (Num, Text)) or isinstance(cmp.left, Text) or isinstance(cmp.right, Text):
            return value
        if isinstance(side, Var):
            name = side.name
            return lambda ev: value(ev) if name in ev._inputs else excel_round(_number(value(ev)), 6)
        return lambda ev: excel_round(_number(value(ev)), 6)

    def logic(self, expr: Logic) -> Closure:
        return self.logic_of(expr.op, expr.items)

    def logic_of(self, op: str, items: tuple[Expr, ...]) -> Closure:
        """``Evaluator._logic``: every argument evaluated, references give their logicals and numbers."""
        combine = all if op == "AND" else any
        if items and all(type(item) in _BOOLEAN for item in items):  # OR(ISBLANK(a), ISBLANK(b)): logicals only
            truths = [self.closure(item) for item in items]
            return lambda ev: combine([truth(ev) for truth in truths])
        parts = [(self.referenced(item), self.scalar(item)) for item in items]

        def logic(ev: Evaluator) -> bool:
            truths: list[bool] = []
            for referenced, scalar in parts:
                values = referenced(ev) if referenced is not None else None
                if values is not None:
                    for value in values:
                        if isinstance(value, XlError):
                            raise _Error(value)
                        if isinstance(value, (bool, Decimal)):
                            truths.append(bool(value))
                    continue
                value = scalar(ev)
                if isinstance(value, str) and value.upper() not in ("TRUE", "FALSE"):
                    continue  # other text typed into the argument list is passed over, as in Excel
                truths.append(_truth(value))
            if not truths:
                raise _fail("#VALUE!")
            return combine(truths)
        return logic

    def negated(self, expr: Not) -> Closure:
        item = self.truth(expr.item)
        return lambda ev: not item(ev)

    def choice(self, expr: If) -> Closure:
        cond, then, otherwise = self.truth(expr.cond), self.closure(expr.then), self.closure(expr.otherwise)
        return lambda ev: then(ev) if cond(ev) else otherwise(ev)

    def formatted(self, expr: Fmt) -> Closure:
        value, style = self.number(expr.value), expr.style
        return lambda ev: format_number(value(ev), style)

    def joined(self, expr: Concat) -> Closure:
        parts = [self.text(part) for part in expr.parts]
        return lambda ev: "".join([part(ev) for part in parts])

    def text(self, expr: Expr) -> Callable[[Evaluator], str]:
        if isinstance(expr, Text):
            value = expr.value
            return lambda ev: value
        run = self.scalar(expr)
        return lambda ev: _text(run(ev))

    def call(self, expr: Call) -> Closure:
        fn, args = expr.fn.upper(), expr.args
        if fn in ("AND", "OR"):
            return self.logic_of(fn, args)
        if fn == "IF" and 2 <= len(args) <= 3:
            return self.choice(If(args[0], args[1], args[2] if len(args) == 3 else Bool(False)))
        if fn in _INSPECTIONS and args:
            return self.inspection(_INSPECTIONS[fn], args[0])
        special = _SPECIAL.get(fn) or _TEXT_FUNCTIONS.get(fn)
        if special is not None:  # written against an Evaluator and its arguments: given closures instead
            arguments = tuple(self.argument(arg) for arg in args)
            return lambda ev: special(_OnClosures(ev), arguments)  # type: ignore[arg-type]
        aggregate = _AGGREGATES.get(fn)
        if aggregate is not None:
            return self.aggregate(aggregate, args)
        numeric = _NUMERIC.get(fn)
        if numeric is not None and numeric[0] <= len(args) <= numeric[1]:
            if fn in _ROUNDINGS and isinstance(args[1], Num) and args[1].value.is_finite():
                return self.rounded(args[0], int(args[1].value), _ROUNDINGS[fn])
            return self.numeric(numeric[2], args)

        def unknown(ev: Evaluator) -> Result:
            ev.unknown.add(fn)
            raise _fail("#NAME?")
        return unknown

    def argument(self, expr: Expr) -> _Argument:
        name = expr.name if isinstance(expr, Var) else None
        return _Argument(self.closure(expr), self.scalar(expr), self.referenced(expr), isinstance(expr, (Ref, Area)), name)

    def inspection(self, test: Callable[[Value], bool], arg: Expr) -> Closure:
        run = self.closure(arg)

        def inspection(ev: Evaluator) -> bool:
            try:
                value = run(ev)
                if isinstance(value, Cells):
                    value = _single(value)
            except _Error as failure:
                value = failure.error
            return test(value)
        return inspection

    def aggregate(self, aggregate: Callable[[list[Decimal]], Decimal], args: tuple[Expr, ...]) -> Closure:
        """``Evaluator._arguments``: references give their numbers, direct arguments are read as numbers."""
        if not any(isinstance(arg, (Var, Ref, Area)) for arg in args):  # MAX(0, full-deduction): no references
            numbers = [self.number(arg) for arg in args]
            return lambda ev: aggregate([number(ev) for number in numbers])
        parts = [(self.referenced(arg), self.number(arg)) for arg in args]

        def run(ev: Evaluator) -> Decimal:
            values: list[Decimal] = []
            for referenced, number in parts:
                cells = referenced(ev) if referenced is not None else None
                if cells is None:
                    values.append(number(ev))
                    continue
                for value in cells:
                    if isinstance(value, XlError):
                        raise _Error(value)
                    if isinstance(value, Decimal):
                        values.append(value)
            return aggregate(values)
        return run

    def rounded(self, value: Expr, places: int, rounding: str) -> Closure:
        """ROUND(x, 2) and its kin with the places written in: ``_round`` without reading them each time."""
        number = self.number(value)

        def run(ev: Evaluator) -> Decimal:
            try:
                return _checked(excel_round(number(ev), places, rounding))
            except (InvalidOperation, ValueError, ZeroDivisionError):
                raise _fail("#NUM!") from None
        return run

    def numeric(self, function: Callable[..., Decimal], args: tuple[Expr, ...]) -> Closure:
        numbers = [self.number(arg) for arg in args]

        def run(ev: Evaluator) -> Decimal:
            try:
                return _checked(function(*[number(ev) for number in numbers]))
            except (InvalidOperation, ValueError, ZeroDivisionError):
                raise _fail("#NUM!") from None
        return run


class _Argument:
    """A function's argument compiled: its value, its value as a scalar, the cells it refers to, and
    what ``Evaluator._is_reference`` asks of it."""

    __slots__ = ("run", "scalar", "referenced", "reference", "name")

    def __init__(self, run: Closure, scalar: Callable[[Evaluator], Value],
                 referenced: Callable[[Evaluator], tuple[Value, ...] | None] | None, reference: bool, name: str | None) -> None:
        self.run, self.scalar, self.referenced, self.reference, self.name = run, scalar, referenced, reference, name


class _OnClosures:
    """The part of ``Evaluator`` that the worksheet functions of ``evaluate`` (IFERROR, COUNT, MID …)
    use to read their arguments, over compiled arguments: one implementation of each function serves
    both interpreters."""

    __slots__ = ("ev",)

    def __init__(self, ev: Evaluator) -> None:
        self.ev = ev

    def _eval(self, arg: _Argument) -> Result:
        return arg.run(self.ev)

    def _scalar(self, arg: _Argument) -> Value:
        return arg.scalar(self.ev)

    def _numbers(self, args: tuple[_Argument, ...]) -> list[Decimal]:
        return [_number(arg.scalar(self.ev)) for arg in args]

    def _is_reference(self, arg: _Argument) -> bool:
        return arg.reference or (arg.name is not None and arg.name in self.ev._inputs)

    def _referenced(self, arg: _Argument) -> tuple[Value, ...]:
        assert arg.referenced is not None
        return arg.referenced(self.ev)  # type: ignore[return-value]

    def _logic(self, op: str, args: tuple[_Argument, ...]) -> bool:
        raise AssertionError("AND and OR are compiled as such")  # see _Compiler.call


# Nodes whose value is never a range or an error value, so reading them as a scalar adds nothing;
# among them those that always give a number or always a logical.
_PLAIN = frozenset({Num, Text, Bool, Op, Neg, Percent, Cmp, Logic, Not, IsBlank, Fmt, Concat})
_NUMBERS = frozenset({Num, Op, Neg, Percent})
_ORDINARY = frozenset({Decimal, str, bool, type(None)})  # values that are neither a range nor an error
_BOOLEAN = frozenset({Bool, Cmp, Logic, Not, IsBlank})


def _numeric_call(expr: Expr) -> bool:
    """A call the compiler runs as an aggregate or a numeric function: a number, or an error raised."""
    if not isinstance(expr, Call):
        return False
    fn = expr.fn.upper()
    if fn in _SPECIAL or fn in _TEXT_FUNCTIONS:
        return False
    numeric = _NUMERIC.get(fn)
    return fn in _AGGREGATES or (numeric is not None and numeric[0] <= len(expr.args) <= numeric[1])


def _numeric(expr: Expr) -> bool:
    return type(expr) in _NUMBERS or _numeric_call(expr)


def _plain(expr: Expr) -> bool:
    return type(expr) in _PLAIN or _numeric_call(expr)

_BUILDERS: dict[type, Callable[[_Compiler, Expr], Closure]] = {
    Num: _Compiler.constant,
    Text: _Compiler.constant,
    Bool: _Compiler.constant,
    Var: _Compiler.var,
    Ref: _Compiler.ref,
    Area: _Compiler.area,
    ErrorValue: _Compiler.error,
    IsBlank: _Compiler.is_blank,
    Op: _Compiler.operation,
    Neg: _Compiler.negation,
    Percent: _Compiler.percent,
    Cmp: _Compiler.comparison,
    Logic: _Compiler.logic,
    Not: _Compiler.negated,
    If: _Compiler.choice,
    Call: _Compiler.call,
    Fmt: _Compiler.formatted,
    Concat: _Compiler.joined,
}  # type: ignore[dict-item]
