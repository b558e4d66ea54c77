"""A program's score as straight-line Python code, for the score-only runs that repeat (a worksheet
function recalculated down a column, a 校验 of a rubric whose leaves share a 评分标准).

The code is written from the same ``Expr`` tree the closures of ``closures`` compile, for one set of
input classes (which names are inputs, and whether each holds a number, a text, a logical or
nothing): what the closures decide each time they read a variable — an input or a named
intermediate, a number to take as it is or a value to convert, a cell a MIN skips — is then decided
once, and the named intermediates become local variables computed where the closures first read
them (so an error in a branch not taken stays out of the result, as in a worksheet). Every
operation is the closures' own: the same helpers of ``evaluate`` (excel_round, compare, _number …),
the same checks against Excel's largest number, the same #NUM! for what a numeric function's
arguments or its application raise. Programs using anything else (text functions, ranges,
IFERROR …) are not written: ``straight_score`` gives None and the closures run.
tests/test_closures.py holds the code to the closures' results on every corpus and rubric program, with
the inputs moved to blanks, texts, logicals, huge and tiny numbers.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any, Callable, Mapping

from .evaluate import (
    _AGGREGATES, _COMPARISONS, _LARGEST, _NUMERIC, _ROUNDINGS, Value, XlError, _Error, _fail, _number, _power,
    _truth, compare, excel_round,
)
from .expr import Bool, Call, Cmp, Expr, If, IsBlank, Logic, Neg, Not, Num, Op, Percent, Text, Var

ScoreCode = Callable[[Mapping[str, Any]], Value]

# the classes an input may hold for the code to be written, and what the code then knows of it
_KINDS: dict[type, str] = {Decimal: "num", str: "str", bool: "bool", type(None): "none"}
_BOOLEAN = (Bool, Cmp, Logic, Not, IsBlank)  # closures._BOOLEAN: nodes that always give a logical
_UNSET = object()  # an intermediate not computed yet
_MAX_LINES = 400  # a program whose intermediates are read in many branches is left to the closures


class _Unsupported(Exception):
    """A node the code is not written for: the closures run the program."""


def referenced_names(score: Expr, defs: Mapping[str, Expr]) -> tuple[str, ...]:
    """Every name the score may read: the inputs and intermediates it names, and theirs."""
    names: dict[str, None] = {}
    pending = [score]
    while pending:
        expr = pending.pop()
        if isinstance(expr, (Var, IsBlank)):
            if expr.name not in names:
                names[expr.name] = None
                if expr.name in defs:
                    pending.append(defs[expr.name])
            continue
        for value in vars(expr).values():  # the node's fields
            pending.extend(item for item in (value if isinstance(value, tuple) else (value,)) if hasattr(item, "__dataclass_fields__"))
    return tuple(names)


def straight_score(score: Expr, defs: Mapping[str, Expr], classes: Mapping[str, type]) -> ScoreCode | None:
    """The function computing ``Evaluator(values, defs).run(<closure of score>)`` for values whose
    names and classes are ``classes`` (a name absent from it is not an input), or None when the
    program uses something the code is not written for."""
    if any(cls not in _KINDS for cls in classes.values()):
        return None  # an error value or a range among the inputs
    writer = _Writer(defs, classes)
    try:
        source = writer.source(score)
    except _Unsupported:
        return None
    namespace = dict(writer.constants)
    try:
        exec(compile(source, "<pingfen score>", "exec"), namespace)
    except (SyntaxError, RecursionError, MemoryError):  # nested beyond what Python compiles
        return None
    run: ScoreCode = namespace["score"]
    run.source = source  # type: ignore[attr-defined]
    return run


class _Writer:
    """Writes the statements of one score: each node's value is a local name (or a constant), so
    operations happen in the closures' order and an exception stops at the same one."""

    def __init__(self, defs: Mapping[str, Expr], classes: Mapping[str, type]) -> None:
        self.defs, self.classes = defs, classes
        self.lines: list[str] = []
        self.depth = 1
        self.guarded = False  # inside a numeric function's try: what it converts to #NUM!, the code does
        self.constants: dict[str, Any] = {
            "Decimal": Decimal, "InvalidOperation": InvalidOperation, "XlError": XlError, "_Error": _Error,
            "_fail": _fail, "_number": _number, "_power": _power, "_truth": _truth, "compare": compare,
            "excel_round": excel_round, "_LARGEST": _LARGEST, "_NEGATIVE_LARGEST": -_LARGEST, "_UNSET": _UNSET,
        }
        self._constant_names: dict[tuple[type, Any], str] = {}
        self.inputs = {name: f"i{index}" for index, name in enumerate(classes)}
        self.def_names = {name: f"d{index}" for index, name in enumerate(defs)}
        self.done: set[str] = set()  # intermediates computed on every path to this point
        self.touched: set[str] = set()  # … on some path
        self.writing: set[str] = set()  # intermediates being written (one read inside itself: the closures recurse)
        self.kinds: dict[str, str] = {}
        self.checked: set[str] = set()  # locals known to be within Excel's largest number (as _checked leaves them)
        self.temps = 0

    def source(self, score: Expr) -> str:
        value, kind = self.value(score)
        if kind == "num" and value not in self.checked:
            self.emit(f"if abs({value}) > _LARGEST: raise _fail('#NUM!')")
        elif kind == "value":
            self.emit(f"if {value}.__class__ is Decimal and abs({value}) > _LARGEST: raise _fail('#NUM!')")
        self.emit(f"return {value}")
        head = ["def score(values):", "    try:"]
        head += [f"        {local} = values[{name!r}]" for name, local in self.inputs.items()]
        head += [f"        {local} = _UNSET" for name, local in self.def_names.items() if name in self.touched]
        return "\n".join(head + ["    " + line for line in self.lines] + [
            "    except _Error as failure:",
            "        return failure.error",
            "    except (InvalidOperation, OverflowError):",
            "        return XlError('#NUM!')",
            "    except RecursionError:",
            "        return XlError('#REF!')",
            "",
        ])

    # -- writing

    def emit(self, line: str) -> None:
        if len(self.lines) >= _MAX_LINES:  # an intermediate read on many paths is written on each
            raise _Unsupported("too long")
        self.lines.append("    " * self.depth + line)

    def temp(self, code: str) -> str:
        self.temps += 1
        name = f"t{self.temps}"
        self.emit(f"{name} = {code}")
        return name

    def constant(self, value: Any) -> str:
        key = (value.__class__, value if not isinstance(value, Decimal) else str(value))
        name = self._constant_names.get(key)
        if name is None:
            name = self._constant_names[key] = f"k{len(self._constant_names)}"
            self.constants[name] = value
        return name

    # -- values (closures._Compiler.closure)

    def value(self, expr: Expr) -> tuple[str, str]:
        """The local holding ``expr``'s value, and its kind: num, str, bool, none, or value (any of them)."""
        cls = expr.__class__
        if cls is Num:
            return self.constant(expr.value), "num"  # type: ignore[union-attr]
        if cls is Text:
            return self.constant(expr.value), "str"  # type: ignore[union-attr]
        if cls is Bool:
            return ("True" if expr.value else "False"), "bool"  # type: ignore[union-attr]
        if cls is Var:
            return self.variable(expr.name)  # type: ignore[union-attr]
        if cls is IsBlank:
            return self.is_blank(expr.name), "bool"  # type: ignore[union-attr]
        if cls is Op:
            return self.operation(expr), "num"  # type: ignore[arg-type]
        if cls is Neg:
            return self.temp(f"-{self.number(expr.item)}"), "num"  # type: ignore[union-attr]
        if cls is Percent:
            return self.temp(f"{self.number(expr.item)} / 100"), "num"  # type: ignore[union-attr]
        if cls is Cmp:
            return self.comparison(expr), "bool"  # type: ignore[arg-type]
        if cls is Logic:
            return self.logic(expr.op, expr.items), "bool"  # type: ignore[union-attr]
        if cls is Not:
            return self.temp(f"not {self.truth(expr.item)}"), "bool"  # type: ignore[union-attr]
        if cls is If:
            return self.choice(expr.cond, expr.then, expr.otherwise)  # type: ignore[union-attr]
        if cls is Call:
            return self.call(expr)  # type: ignore[arg-type]
        raise _Unsupported(cls.__name__)

    def variable(self, name: str) -> tuple[str, str]:
        """``closures._Compiler.var``: an input as it is, else the intermediate, computed where first read."""
        if name in self.inputs:
            return self.inputs[name], _KINDS[self.classes[name]]
        if name not in self.defs:
            self.emit(f"raise KeyError({name!r})")
            return "None", "none"
        local = self.def_names[name]
        if name in self.done:
            return local, self.kinds[name]
        if name in self.writing:
            raise _Unsupported("an intermediate read inside itself")
        if name in self.touched:  # computed on some paths only: test
            done = set(self.done)  # what it reads is computed only when it is
            self.emit(f"if {local} is _UNSET:")
            self.depth += 1
            kind = self.definition(name, local)
            self.depth -= 1
            self.done = done
        else:
            kind = self.definition(name, local)
        self.done.add(name)
        self.touched.add(name)
        return local, kind

    def definition(self, name: str, local: str) -> str:
        self.writing.add(name)
        value, kind = self.value(self.defs[name])
        self.writing.discard(name)
        self.emit(f"{local} = {value}")
        if value in self.checked:
            self.checked.add(local)
        self.kinds[name] = kind
        return kind

    def is_blank(self, name: str) -> str:
        """``closures._Compiler.is_blank``."""
        if name not in self.inputs and name not in self.defs:
            return "True"  # an input the data do not provide at all is blank
        value, kind = self.variable(name)
        if kind == "none":
            return "True"
        if kind in ("num", "bool"):
            return "False"
        if kind == "str":
            return self.temp(f"not {value}")
        return self.temp(f"{value} is None or ({value}.__class__ is str and not {value})")

    def number(self, expr: Expr) -> str:
        """``closures._Compiler.number``: the value as a number (text read, blank 0, TRUE 1)."""
        value, kind = self.value(expr)
        return value if kind == "num" else self.temp(f"_number({value})")

    def truth(self, expr: Expr) -> str:
        """``closures._Compiler.truth``."""
        value, kind = self.value(expr)
        if kind == "bool":
            return value
        if kind == "num":
            return self.temp(f"{value} != 0")
        return self.temp(f"_truth({value})")

    def operation(self, expr: Op) -> str:
        """``closures._Compiler.operation``: both sides as numbers, then the operator and Excel's limits."""
        left, right = self.number(expr.left), self.number(expr.right)
        if expr.op == "^":
            return self.temp(f"_power({left}, {right})")
        if expr.op == "/":
            if not (isinstance(expr.right, Num) and expr.right.value != 0):  # a step written into the rule is never 0
                self.emit(f"if {right} == 0: raise _fail('#DIV/0!')")
            value = self.temp(f"{left} / {right}")
            self.emit(f"if abs({value}) > _LARGEST: raise _fail('#NUM!')")
        elif expr.op in ("+", "-", "*"):
            value = self.temp(f"{left} {expr.op} {right}")
            self.emit(f"if not _NEGATIVE_LARGEST <= {value} <= _LARGEST: raise _fail('#NUM!')")
        else:
            raise _Unsupported(expr.op)
        self.checked.add(value)
        return value

    def comparison(self, expr: Cmp) -> str:
        """``closures._Compiler.comparison``: a computed side rounded to 6 decimals first."""
        if expr.op not in _COMPARISONS:
            raise _Unsupported(expr.op)
        (left, left_kind), (right, right_kind) = self.compared(expr, expr.left), self.compared(expr, expr.right)
        if left_kind == right_kind == "num":
            return self.temp(f"{left} {'==' if expr.op == '=' else '!=' if expr.op == '<>' else expr.op} {right}")
        return self.temp(f"compare({expr.op!r}, {left}, {right})")

    def compared(self, cmp: Cmp, side: Expr) -> tuple[str, str]:
        value, kind = self.value(side)
        if cmp.exact or isinstance(side, (Num, Text)) or isinstance(cmp.left, Text) or isinstance(cmp.right, Text):
            return value, kind
        if isinstance(side, Var) and side.name in self.inputs:
            return value, kind
        number = value if kind == "num" else self.temp(f"_number({value})")
        return self.temp(f"excel_round({number}, 6)"), "num"

    def logic(self, op: str, items: tuple[Expr, ...]) -> str:
        """``closures._Compiler.logic_of``: every argument evaluated; an input gives its number or
        logical (text and blanks passed over), other text than TRUE/FALSE is passed over."""
        if items and all(isinstance(item, _BOOLEAN) for item in items):
            truths = [self.value(item)[0] for item in items]
        else:
            truths = []
            for item in items:
                if isinstance(item, Var) and item.name in self.inputs:  # a reference: its number or logical
                    value, kind = self.value(item)
                    if kind in ("num", "bool"):
                        truths.append(value if kind == "bool" else self.temp(f"{value} != 0"))
                    continue
                value, kind = self.value(item)
                if kind in ("str", "value"):
                    raise _Unsupported("text among the conditions")
                truths.append(self.truth_of(value, kind))
            if not truths:
                self.emit("raise _fail('#VALUE!')")
                return "False"
        if all(truth in ("True", "False") for truth in truths):  # blanks tested of inputs that are no blanks
            return str(all(truth == "True" for truth in truths) if op == "AND" else any(truth == "True" for truth in truths))
        return self.temp(f" {'and' if op == 'AND' else 'or'} ".join(truths))

    def truth_of(self, value: str, kind: str) -> str:
        return value if kind == "bool" else "False" if kind == "none" else self.temp(f"{value} != 0")

    def choice(self, cond: Expr, then: Expr, otherwise: Expr) -> tuple[str, str]:
        """``closures._Compiler.choice``: only the branch taken is evaluated."""
        truth = self.truth(cond)
        if truth in ("True", "False"):  # known when the code is written: the other branch is never evaluated
            return self.value(then if truth == "True" else otherwise)
        self.temps += 1
        result = f"t{self.temps}"
        done, touched = set(self.done), set(self.touched)
        self.emit(f"if {truth}:")
        self.depth += 1
        then_value, then_kind = self.value(then)
        self.emit(f"{result} = {then_value}")
        self.depth -= 1
        then_done, then_touched, self.done, self.touched = self.done, self.touched, done, touched
        self.emit("else:")
        self.depth += 1
        other_value, other_kind = self.value(otherwise)
        self.emit(f"{result} = {other_value}")
        self.depth -= 1
        self.done &= then_done
        self.touched |= then_touched
        return result, then_kind if then_kind == other_kind else "value"

    def call(self, expr: Call) -> tuple[str, str]:
        """``closures._Compiler.call`` for the functions rule scores use."""
        fn, args = expr.fn.upper(), expr.args
        if fn in ("AND", "OR"):
            return self.logic(fn, args), "bool"
        if fn == "IF" and 2 <= len(args) <= 3:
            return self.choice(args[0], args[1], args[2] if len(args) == 3 else Bool(False))
        if fn == "NOT" and len(args) == 1:
            value, kind = self.value(args[0])
            return self.temp(f"not {value}" if kind == "bool" else f"not _truth({value})"), "bool"
        aggregate = _AGGREGATES.get(fn)
        if aggregate is not None:
            return self.aggregate(fn, args), "num"
        numeric = _NUMERIC.get(fn)
        if numeric is not None and numeric[0] <= len(args) <= numeric[1]:
            return self.numeric(fn, args), "num"
        raise _Unsupported(fn)

    def aggregate(self, fn: str, args: tuple[Expr, ...]) -> str:
        """``closures._Compiler.aggregate``: an input gives its number (text, logicals and blanks
        passed over), any other argument is read as a number."""
        numbers = []
        for arg in args:
            if isinstance(arg, Var) and arg.name in self.inputs:
                if self.classes[arg.name] is Decimal:
                    numbers.append(self.inputs[arg.name])
                continue
            numbers.append(self.number(arg))
        return self.temp(f"{self.constant(_AGGREGATES[fn])}([{', '.join(numbers)}])")

    def numeric(self, fn: str, args: tuple[Expr, ...]) -> str:
        """``closures._Compiler.rounded`` and ``numeric``: what the arguments or the function raise
        (InvalidOperation, ValueError, ZeroDivisionError) is #NUM!, once, around the outermost."""
        guarded = self.guarded
        if not guarded:
            self.emit("try:")
            self.depth += 1
            self.guarded = True
        if fn in _ROUNDINGS and isinstance(args[1], Num) and args[1].value.is_finite():
            number = self.number(args[0])
            value = self.temp(f"excel_round({number}, {int(args[1].value)}, {_ROUNDINGS[fn]!r})")
        else:
            numbers = [self.number(arg) for arg in args]
            value = self.temp(f"{self.constant(_NUMERIC[fn][2])}({', '.join(numbers)})")
        self.emit(f"if abs({value}) > _LARGEST: raise _fail('#NUM!')")
        self.checked.add(value)
        if not guarded:
            self.depth -= 1
            self.emit("except (InvalidOperation, ValueError, ZeroDivisionError):")
            self.emit("    raise _fail('#NUM!') from None")
            self.guarded = False
        return value

