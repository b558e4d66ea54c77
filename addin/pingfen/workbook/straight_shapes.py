"""A formula shape's evaluation as straight-line Python code, for the shapes that serve many cells
(a filled-down column of a 评分表: hundreds of cells per shape).

``compiled`` evaluates a shape as a chain of closures, one call per node; a cell of a long generated
formula made some twenty calls, half of its evaluation. The code written here is those closures
inlined, node for node, into one function ``run(s, x)`` with the same signature: the same reads of
the slots and of ``x``, the same helpers of ``rules.evaluate`` (_number, _truth, _text, compare,
excel_round …), the same tests against Excel's largest number, the same errors raised in the same
order, IF's branches as ``if`` blocks (the branch not taken is not evaluated), the ``try`` blocks where
the closures catch (ROUND's #NUM!, ISNUMBER's and IFERROR's errors). A node the code is not written for
(COUNT, AND/OR over references, a comparison that is not exact, the tree evaluator's functions) is a call
of its own closure, compiled by ``compiled._Compiler`` as before. tests/test_recalc_straight.py holds
the code to the closures on the typed seed books, every function-oracle row and mutated formulas.
"""

from __future__ import annotations

import builtins
from decimal import Decimal, InvalidOperation
from types import CodeType, FunctionType
from typing import Any, Callable

from ..rules.evaluate import (
    _AGGREGATES, _INSPECTIONS, _LARGEST, _NUMERIC, Cells, XlError, _checked, _Error, _fail, _number, _power, _single,
    _text, _truth, compare,
)
from ..rules.expr import Area, Bool, Call, Cmp, Concat, ErrorValue, Expr, If, Logic, Neg, Not, Num, Op, Percent, Ref, Text

_NUMBER, _BOOL, _TEXT, _ANY = "number", "bool", "text", "any"  # compiled's result kinds
_OPERATORS = {">=": ">=", ">": ">", "<=": "<=", "<": "<", "=": "==", "<>": "!="}  # rules.evaluate._COMPARISONS
_CONSTANTS = (Num, Text, Bool)
_UNSET = object()
_PLAIN = frozenset((Decimal, str, bool, type(None)))  # a cell's value read as it is (not an error, not unknown yet)


def _read(slot: Any, value: Any, get: Callable[[Any], Any]) -> Any:
    """A reference's value when the known values did not give a plain one (``compiled._Compiler._ref``):
    #REF! for a reference off the sheet, the cell computed when it is not known yet, an error raised."""
    if slot is None:
        raise _fail("#REF!")
    if value is _UNSET:
        value = get(slot)
    if type(value) is XlError:
        raise _Error(value)
    return value


def _off_sheet() -> Any:
    raise _fail("#REF!")


def load(code: CodeType, tree: Expr, closures: Any, number_text: Callable[[Decimal], str], rounded: Callable[[Decimal, int], Decimal],
         known_texts: dict, known_rounded: dict) -> Callable[[tuple, Any], Any] | None:
    """The function ``run(s, x)`` of ``code`` (``source`` compiled, now or in an earlier run) for
    the shape of ``tree``: its constants made and the closures of the nodes it calls compiled by
    ``closures`` (``compiled._Compiler``). ``number_text`` and ``rounded`` (with their caches
    ``known_texts``, ``known_rounded``) are the closures' own."""

    def as_text(value: Any) -> str:
        """Anything but text joined into text (``compiled._Compiler.text``): a number's text kept."""
        if type(value) is Decimal:
            text = known_texts.get(value)
            return text if text is not None else number_text(value)
        return _text(value)

    def closure(path: tuple[tuple[str, int], ...], scalar: bool) -> Any:
        node: Any = tree
        for field, index in path:
            node = getattr(node, field)
            if index >= 0:
                node = node[index]
        return closures.compile(node, scalar)[0]

    namespace = {
        "__builtins__": builtins, "Decimal": Decimal, "Cells": Cells, "XlError": XlError, "_Error": _Error, "_fail": _fail,
        "_checked": _checked, "_number": _number, "_power": _power, "_single": _single, "_text": _text, "_truth": _truth,
        "compare": compare, "_LARGEST": _LARGEST, "U": _UNSET, "_PLAIN": _PLAIN, "_read": _read, "_off_sheet": _off_sheet,
        "_NUMERIC_ERRORS": (InvalidOperation, ValueError, ZeroDivisionError), "_AGGREGATES": _AGGREGATES,
        "_NUMERIC": _NUMERIC, "_INSPECTIONS": _INSPECTIONS, "_closure": closure, "_number_text": number_text,
        "_rounded": rounded, "_known_text": known_texts.get, "_known_rounded": known_rounded.get,
        "_as_text": as_text,
    }
    try:
        exec(code, namespace)
        run = namespace["run"]
    except Exception:  # noqa: BLE001 - code of another version (a name it needs is gone): the closures run
        return None
    return run if type(run) is FunctionType else None  # type: ignore[no-any-return]


def source(tree: Expr, slots: dict[int, int], closures: Any) -> str | None:
    """The source of a module defining ``run(s, x)``, which computes what ``closures.compile(tree,
    scalar=False)`` computes (``slots``: id of a reference node → its place in ``s``), or None when
    the tree is nested too deep to write."""
    writer = _Writer(tree, slots, closures)
    try:
        result, _ = writer.value(tree, scalar=False)
    except RecursionError:
        return None
    writer.emit(f"return {result}")
    preamble = ["def run(s, x):"]
    if writer.reads:
        preamble.append("    known_get = x.known.get; get = x.get")
    return "\n".join(writer.constants + preamble + writer.lines) + "\n"


def compiled(source: str) -> CodeType | None:
    """``source`` compiled (about 1,800 instructions a character), or None when Python cannot compile
    it (too many nested blocks)."""
    try:
        return compile(source, "<pingfen shape>", "exec")
    except (SyntaxError, RecursionError, MemoryError):
        return None


class _Writer:
    def __init__(self, tree: Expr, slots: dict[int, int], closures: Any) -> None:
        self.slots = slots
        self.closures = closures
        self.tree = tree
        self.lines: list[str] = []
        self.constants: list[str] = []  # the module's lines before ``run``: K0 = …
        self.depth = 1
        self.count = 0
        self.reads = False  # a cell read through known_get / get
        self.numeric_try = False  # inside a numeric function's try, nothing catching errors between

    def _path(self, target: Expr) -> tuple[tuple[str, int], ...]:
        """Where ``target`` is in the tree: (field, index in a tuple or -1) from the root down."""
        pending: list[tuple[Any, tuple[tuple[str, int], ...]]] = [(self.tree, ())]
        while pending:
            node, path = pending.pop()
            if node is target:
                return path
            for field, value in vars(node).items():
                if type(value) is tuple:
                    pending.extend((item, (*path, (field, index))) for index, item in enumerate(value) if hasattr(item, "__dataclass_fields__"))
                elif hasattr(value, "__dataclass_fields__"):
                    pending.append((value, (*path, (field, -1))))
        raise LookupError("a node outside the tree")

    def emit(self, line: str) -> None:
        self.lines.append("    " * self.depth + line)

    def local(self) -> str:
        self.count += 1
        return f"v{self.count}"

    def constant(self, made: str) -> str:
        """A global of the module, made by the expression ``made`` (from literals only)."""
        name = f"K{len(self.constants)}"
        self.constants.append(f"{name} = {made}")
        return name

    def value(self, node: Expr, scalar: bool) -> tuple[str, str]:
        """(a local or a constant holding the node's value, its kind): ``_Compiler.compile``."""
        kind = type(node)
        if kind is Num:
            value = node.value  # type: ignore[union-attr]
            if type(value) is not Decimal:
                return self._closure(node, scalar)
            return self.constant(f"Decimal({str(value)!r})"), _NUMBER
        if kind is Text:
            if type(node.value) is not str:  # type: ignore[union-attr]
                return self._closure(node, scalar)
            return repr(node.value), _TEXT  # type: ignore[union-attr]
        if kind is Bool:
            if type(node.value) is not bool:  # type: ignore[union-attr]
                return self._closure(node, scalar)
            return repr(node.value), _BOOL  # type: ignore[union-attr]
        if kind is Ref:
            return self._ref(node), _ANY  # type: ignore[arg-type]
        if kind is Area:
            value = self._area(node)  # type: ignore[arg-type]
            if scalar:
                self._scalarise(value)
            return value, _ANY
        if kind is ErrorValue:
            self.emit(f"raise _fail({node.code!r})")  # type: ignore[union-attr]
            return "None", _ANY
        if kind is Op:
            return self._operation(node), _NUMBER  # type: ignore[arg-type]
        if kind is Neg or kind is Percent:
            item = self.number(node.item)  # type: ignore[union-attr]
            out = self.local()
            self.emit(f"{out} = -{item}" if kind is Neg else f"{out} = {item} / 100")
            return out, _NUMBER
        if kind is Cmp and node.exact:  # type: ignore[union-attr]
            return self._comparison(node), _BOOL  # type: ignore[arg-type]
        if kind is Logic:
            return self._logic(node), _BOOL  # type: ignore[arg-type]
        if kind is Not:
            item = self.truth(node.item)  # type: ignore[union-attr]
            out = self.local()
            self.emit(f"{out} = not {item}")
            return out, _BOOL
        if kind is If:
            return self._if(node, scalar)  # type: ignore[arg-type]
        if kind is Concat:
            parts = [self.text(part) for part in node.parts]  # type: ignore[union-attr]
            out = self.local()
            self.emit(f"{out} = \"\".join(({''.join(f'{part}, ' for part in parts)}))")
            return out, _TEXT
        if kind is Call:
            written = self._call(node, scalar)  # type: ignore[arg-type]
            if written is not None:
                return written
        return self._closure(node, scalar)

    def _closure(self, node: Expr, scalar: bool) -> tuple[str, str]:
        """A node the code is not written for: its closure, called."""
        _, kind = self.closures.compile(node, scalar)
        name = self.constant(f"_closure({self._path(node)!r}, {scalar!r})")
        out = self.local()
        self.emit(f"{out} = {name}(s, x)")
        return out, kind

    # -- values in the forms operators and functions read them (_Compiler.number, truth, text)

    def number(self, node: Expr) -> str:
        value, kind = self.value(node, scalar=True)
        if kind == _NUMBER:
            return value
        out = self.local()
        self.emit(f"{out} = {value} if type({value}) is Decimal else _number({value})")
        return out

    def truth(self, node: Expr) -> str:
        value, kind = self.value(node, scalar=True)
        if kind == _BOOL:
            return value
        out = self.local()
        self.emit(f"{out} = {value} if type({value}) is bool else _truth({value})")
        return out

    def text(self, node: Expr) -> str:
        value, kind = self.value(node, scalar=True)
        if kind == _TEXT:
            return value
        out = self.local()
        if kind == _NUMBER:  # a number joined into text: the closures' kept texts
            self.emit(f"{out} = _known_text({value})")
            self.emit(f"if {out} is None: {out} = _number_text({value})")
            return out
        self.emit(f"{out} = {value} if type({value}) is str else _as_text({value})")
        return out

    # -- references (_Compiler._ref, _raw and the area closure)

    def _ref(self, node: Ref) -> str:
        slot = self.slots[id(node)]
        self.reads = True
        out = self.local()
        self.emit(f"{out} = known_get(s[{slot}], U)")
        self.emit(f"if type({out}) not in _PLAIN: {out} = _read(s[{slot}], {out}, get)")
        return out

    def _area(self, node: Area) -> str:
        slot = self.slots[id(node)]
        out = self.local()
        self.emit(f"{out} = x.area(s[{slot}]) if s[{slot}] is not None else _off_sheet()")
        return out

    def _scalarise(self, value: str) -> None:
        self.emit(f"if type({value}) is Cells: {value} = _single({value})")
        self.emit(f"if type({value}) is XlError: raise _Error({value})")

    # -- operators

    def _operation(self, node: Op) -> str:
        left, right = self.number(node.left), self.number(node.right)
        out = self.local()
        if node.op in ("+", "-", "*"):
            self.emit(f"{out} = {left} {node.op} {right}")
            self.emit(f"if abs({out}) > _LARGEST: raise _fail('#NUM!')")
        elif node.op == "^":
            self.emit(f"{out} = _power({left}, {right})")
        else:
            self.emit(f"if {right} == 0: raise _fail('#DIV/0!')")
            self.emit(f"{out} = _checked({left} / {right})")
        return out

    def _comparison(self, node: Cmp) -> str:
        op = node.op
        if op == "=" and type(node.right) is Text and node.right.value == "" and type(node.left) is Ref:
            value = self._ref(node.left)
            out = self.local()
            self.emit(f"{out} = {value} is None or (type({value}) is str and not {value})")
            return out
        symbol = _OPERATORS[op]
        left, _ = self.value(node.left, scalar=True)
        if type(node.right) in _CONSTANTS:
            b = node.right.value  # type: ignore[union-attr]
            out = self.local()
            if type(b) is Decimal:
                right = self.constant(f"Decimal({str(b)!r})")
                self.emit(f"{out} = {left} {symbol} {right} if type({left}) is Decimal else compare({op!r}, {left}, {right})")
            elif type(b) is str:
                self.emit(f"{out} = {left}.casefold() {symbol} {b.casefold()!r} if type({left}) is str else compare({op!r}, {left}, {b!r})")
            elif type(b) is bool:
                self.emit(f"{out} = compare({op!r}, {left}, {b!r})")
            else:  # not a constant the reader makes
                self.emit(f"{out} = compare({op!r}, {left}, {self._closure(node.right, True)[0]})")
            return out
        right, _ = self.value(node.right, scalar=True)
        out = self.local()
        self.emit(f"if type({left}) is type({right}) and type({left}) is Decimal: {out} = {left} {symbol} {right}")
        self.emit(f"elif type({left}) is type({right}) and type({left}) is str: {out} = {left}.casefold() {symbol} {right}.casefold()")
        self.emit(f"else: {out} = compare({op!r}, {left}, {right})")
        return out

    def _logic(self, node: Logic) -> str:
        """AND/OR: every argument computed, in order; over references the closure."""
        if any(type(item) in (Ref, Area) for item in node.items):
            return self._closure(node, scalar=True)[0]
        start, written = len(self.lines), []  # (value, kind, where its code ends)
        for item in node.items:
            value, kind = self.value(item, scalar=True)
            written.append((value, kind, len(self.lines)))
        out = self.local()
        if all(kind == _BOOL for _, kind, _ in written):  # the closure's combine([...]) of logicals
            self.emit(f"{out} = {(' and ' if node.op == 'AND' else ' or ').join(value for value, _, _ in written)}")
            return out
        # each value taken in as soon as it is computed, as the closure's loop does: text other than
        # TRUE/FALSE passed over, the rest read as a logical
        truths, indent = self.local(), "    " * self.depth
        for value, kind, end in reversed(written):
            self.lines.insert(end, f"{indent}{truths}.append({value})" if kind == _BOOL else
                              f"{indent}if not (isinstance({value}, str) and {value}.upper() not in ('TRUE', 'FALSE')): {truths}.append(_truth({value}))")
        self.lines.insert(start, f"{indent}{truths} = []")
        self.emit(f"if not {truths}: raise _fail('#VALUE!')")
        self.emit(f"{out} = {'all' if node.op == 'AND' else 'any'}({truths})")
        return out

    def _if(self, node: If, scalar: bool) -> tuple[str, str]:
        cond = self.truth(node.cond)
        out = self.local()
        if type(node.then) in _CONSTANTS and type(node.otherwise) in _CONSTANTS:
            (then, then_kind), (other, other_kind) = self.value(node.then, scalar), self.value(node.otherwise, scalar)
            self.emit(f"{out} = {then} if {cond} else {other}")
            return out, then_kind if then_kind == other_kind else _ANY
        self.emit(f"if {cond}:")
        self.depth += 1
        then, then_kind = self.value(node.then, scalar)
        self.emit(f"{out} = {then}")
        self.depth -= 1
        self.emit("else:")
        self.depth += 1
        other, other_kind = self.value(node.otherwise, scalar)
        self.emit(f"{out} = {other}")
        self.depth -= 1
        return out, then_kind if then_kind == other_kind else _ANY

    # -- functions (_Compiler._call)

    def _call(self, node: Call, scalar: bool) -> tuple[str, str] | None:
        name, args = node.fn.upper(), node.args
        if name in _AGGREGATES:
            return self._aggregate(name, args), _NUMBER
        numeric = _NUMERIC.get(name)
        if numeric is not None and numeric[0] <= len(args) <= numeric[1]:
            return self._numeric(name, args), _NUMBER
        if name in _INSPECTIONS and len(args) >= 1:
            return self._inspect(name, args[0]), _BOOL
        if name in ("IFERROR", "IFNA") and len(args) == 2:
            return self._iferror(args, name == "IFNA", scalar), _ANY
        if name == "MID" and len(args) == 3:
            return self._mid(args), _TEXT
        return None

    def _aggregate(self, name: str, args: tuple[Expr, ...]) -> str:
        """SUM/MIN/MAX/AVERAGE: references give their numbers (errors raised), direct arguments are
        read as numbers, argument by argument."""
        values = self.local()
        self.emit(f"{values} = []")
        for arg in args:
            if type(arg) is Ref:  # _raw's one value
                slot, item = self.slots[id(arg)], self.local()
                self.emit(f"{item} = x.get(s[{slot}]) if s[{slot}] is not None else _off_sheet()")
                self.emit(f"if type({item}) is Decimal: {values}.append({item})")
                self.emit(f"elif type({item}) is XlError: raise _Error({item})")
            elif type(arg) is Area:
                raw, item = self._area(arg), self.local()
                self.emit(f"for {item} in {raw}:")
                self.emit(f"    if type({item}) is Decimal: {values}.append({item})")
                self.emit(f"    elif type({item}) is XlError: raise _Error({item})")
            else:
                self.emit(f"{values}.append({self.number(arg)})")
        out = self.local()
        self.emit(f"{out} = {self.constant(f'_AGGREGATES[{name!r}]')}({values})")
        return out

    def _numeric(self, name: str, args: tuple[Expr, ...]) -> str:
        """ROUND and the other numeric functions: what computing the arguments or the function raises
        (InvalidOperation …) is #NUM! — written once for directly nested calls (ROUND(ROUND(…))),
        where the outer try makes the same error of what the inner one would catch."""
        out = self.local()
        guarded = not self.numeric_try
        if guarded:
            self.emit("try:")  # the arguments are computed inside, as in Evaluator._call
            self.depth += 1
            self.numeric_try = True
        if name == "ROUND" and type(args[1]) is Num:
            value, places = self.number(args[0]), int(args[1].value)  # type: ignore[attr-defined]
            self.emit(f"{out} = _known_rounded(({value}, {places}))")
            self.emit(f"if {out} is None: {out} = _rounded({value}, {places})")
        else:
            numbers = [self.number(arg) for arg in args]
            self.emit(f"{out} = _checked({self.constant(f'_NUMERIC[{name!r}][2]')}({', '.join(numbers)}))")
        if guarded:
            self.numeric_try = False
            self.depth -= 1
            self.emit("except _NUMERIC_ERRORS:")
            self.emit("    raise _fail('#NUM!') from None")
        return out

    def _catching(self, write: Callable[[], str]) -> str:
        """The code of ``write`` inside a try that catches the errors of cells (IFERROR, ISNUMBER):
        a numeric function there catches its own."""
        outer, self.numeric_try = self.numeric_try, False
        try:
            return write()
        finally:
            self.numeric_try = outer

    def _inspect(self, name: str, arg: Expr) -> str:
        item = self.local()
        self.emit("try:")
        self.depth += 1
        value, _ = self._catching(lambda: self.value(arg, scalar=False))
        self.emit(f"{item} = {value}")
        self.emit(f"if type({item}) is Cells: {item} = _single({item})")
        self.depth -= 1
        self.emit("except _Error as failure:")
        self.emit(f"    {item} = failure.error")
        out = self.local()
        self.emit(f"{out} = {self.constant(f'_INSPECTIONS[{name!r}]')}({item})")
        return out

    def _iferror(self, args: tuple[Expr, ...], only_na: bool, scalar: bool) -> str:
        out = self.local()
        self.emit("try:")
        self.depth += 1
        first, _ = self._catching(lambda: self.value(args[0], scalar=True))
        self.emit(f"{out} = {first}")
        self.depth -= 1
        self.emit("except _Error as failure:")
        self.depth += 1
        if only_na:
            self.emit("if failure.error.code != '#N/A': raise")
        other, _ = self.value(args[1], scalar=False)
        self.emit(f"{out} = {other}")
        self.depth -= 1
        if scalar:
            self._scalarise(out)
        return out

    def _mid(self, args: tuple[Expr, ...]) -> str:
        text = self.text(args[0])
        start = self.number(args[1])
        first = self.local()
        self.emit(f"{first} = int({start})")
        length = self.number(args[2])
        count, out = self.local(), self.local()
        self.emit(f"{count} = int({length})")
        self.emit(f"if {first} < 1 or {count} < 0: raise _fail('#VALUE!')")
        self.emit(f"{out} = {text}[{first} - 1 : {first} - 1 + {count}]")
        return out
