"""A file's formulas compiled once per shape into Python closures.

Every cell of a filled-down column or a shared formula has the same tree (``formula_text.parse_bound``);
compiling walks that tree once and returns one closure per node, each reading its references from
numbered slots, so a cell's evaluation is a chain of direct calls instead of a type dispatch and
wrapper calls per node. The semantics are the tree evaluator's (``rules.evaluate.Evaluator``), helper
for helper — errors raised in the same order, IF lazy, AND/OR evaluating every argument, the same
decimal operations; a construct the compiler does not specialise (a rarer function, an unusual
argument count) is evaluated by the tree evaluator, for that node only (``Context.tree``). A shape
that serves many cells is then evaluated by the same closures inlined into one function of
straight-line code (``straight_shapes``), kept between runs.
"""

from __future__ import annotations

import bisect
import builtins
import operator
import re
from types import CodeType, FunctionType
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, Callable, Protocol

from ..rules.evaluate import (
    _AGGREGATES, _COMPARISONS, _INSPECTIONS, _LARGEST, _NUMERIC, Cells, XlError, _Error, _checked, _fail, _number, _power,
    _single, _text, _truth, compare, excel_round, number_text,
)
from ..rules.expr import Area, Bool, Call, Cmp, Concat, ErrorValue, Expr, If, Logic, Neg, Not, Num, Op, Percent, Ref, Text
from ..cells import column_number
from .formula_text import SLOT, absolute, key_of, known_template, plain_absolute, sheet_name, template, template_key, tree_references
from . import straight_shapes
from .kept_templates import keep_code, keep_plan, kept_code, kept_plans

# A reference of one cell: (sheet, row, column) or, for a range, (sheet, top, left, bottom, right);
# None where the reference leaves the sheet (#REF! when it is read).
Slot = Any


class Context(Protocol):
    """The cells one formula cell reads."""

    known: dict[tuple[str, int, int], Any]  # the values known so far: read without a call to ``get``

    def get(self, key: tuple[str, int, int]) -> Any: ...  # a cell's value (its formula computed)

    def area(self, slot: tuple[str, int, int, int, int]) -> Cells: ...

    def tree(self, node: Expr) -> Any: ...  # the tree evaluator's _eval of a node, at this cell


Run = Callable[[tuple, Context], Any]

# result kinds a closure guarantees (never a range, never an error value): scalar wrappers are skipped
_NUMBER, _BOOL, _TEXT, _ANY = "number", "bool", "text", "any"


class Shape:
    """One formula tree compiled: ``run(slots, context)`` is the tree evaluator's ``_eval`` of it,
    ``slots`` holding the cells of its reference nodes in ``formula_text.tree_references`` order."""

    __slots__ = ("tree", "run", "references", "closures", "closure", "uses", "key")

    def __init__(self, tree: Expr) -> None:
        self.tree = tree
        self.references = tree_references(tree)
        self.closures = _Compiler({id(node): index for index, node in enumerate(self.references)})
        # the closures until the shape has served many cells, then the same evaluation written as
        # straight-line code (straight_shapes), kept between runs by template: compiling it costs
        # what some hundreds of cells save
        self.key = key_of(tree)
        code = kept_code(self.key, shape=True) if self.key is not None else None
        run = self._straight(code) if code is not None else None
        self.uses = 0
        if run is not None:
            self.run: Run = run
            return
        self.closure, _ = self.closures.compile(tree, scalar=False)
        self.run = self._counted

    def _counted(self, s: tuple, x: Context) -> Any:
        self.uses += 1
        # (the source is some 15–25 times as long as the template: not written when that is beyond what is left)
        if self.uses == _STRAIGHT_AFTER and len(self.key or "") * 15 < _CODE_LEFT[0]:
            source = straight_shapes.source(self.tree, self.closures.slots, self.closures)
            if source is not None and len(source) <= _CODE_LEFT[0]:
                _CODE_LEFT[0] -= len(source)
                code = straight_shapes.compiled(source)
                run = self._straight(code) if code is not None else None
                if run is not None:
                    self.run = run
                    if self.key is not None:
                        keep_code(self.key, code, shape=True)  # type: ignore[arg-type]
        return self.closure(s, x)

    def _straight(self, code: CodeType) -> Run | None:
        return straight_shapes.load(code, self.tree, self.closures, _number_text, _rounded, _NUMBER_TEXTS, _ROUNDED)


# cells of a shape after which its evaluation is written as straight-line code
_STRAIGHT_AFTER = 32
# Compiling the code costs more than a run of a few hundred cells saves: it pays back over the runs that
# find it kept. A run compiles at most _CODE_PER_FORMULA characters of source per formula of its workbook
# (allow_code; some 5 % of a first run's instructions), the shapes it does not write are written by the
# next runs, until every shape that serves many cells has its code.
_CODE_PER_FORMULA = 8
_CODE_LEFT = [0]  # characters this run may still compile


def allow_code(formulas: int) -> None:
    """Sets what this run may compile of straight-line code, for a workbook of ``formulas`` formulas."""
    _CODE_LEFT[0] = formulas * _CODE_PER_FORMULA


_SHAPES: dict[int, Shape] = {}  # id of a parsed tree (kept alive by its shape) → the compiled shape
_SHAPE_LIMIT = 8192
_PLAIN_SLOTS: dict[tuple[str, str, str], Slot] = {}  # (home sheet, sheet text, reference) → cells


def bind(text: str, origin: tuple[int, int], home: tuple[str, int, int]) -> tuple[Shape, tuple]:
    """The compiled shape of the formula ``text`` (written for ``origin``, row and column) in the
    cell ``home`` (sheet, row, column), and the cells its references stand for there."""
    sheet, row, col = home
    plan_key = written = None
    # written for its own cell: the digits say which cells it reads (a NUL, which XML text cannot
    # hold, would pass for a masked digit: such a text is bound as a shared formula's is)
    if origin == (row, col) and "\x00" not in text:
        written = text.encode("utf-8")
        plan_key = written.translate(_MASK)
        plans = _PLANS.get(plan_key)
        if plans is None and len(_PLANS) < _SHAPE_LIMIT:
            # first seen with runs of these lengths (row 100 after row 99): its text between the runs
            # is another's, so are its plans (the same references, columns and constants, run for run)
            collapsed = _runs_collapsed(plan_key)
            plans = _RUNS_ALIKE.get(collapsed)
            if plans is None:
                plans = _kept(collapsed)
            if plans is not None:
                _PLANS[plan_key] = plans
        if plans is not None:
            runs = written.translate(_RUNS).split()
            for plan in plans:
                cells = plan.cells(runs, sheet)
                if cells is not None:
                    return plan.shape, cells
    tree, shared, found = template(text, origin)
    shape, seen = _shape(tree)
    if not shared:
        return shape, tuple(_slot(node, home) for node in shape.references)
    if written is None:  # a shared formula's other cells: its references move with the cell (see absolute)
        return shape, tuple(_slot(absolute(name, reference, origin, (row, col)), home) for name, reference in found)
    cells = []
    for name, reference in found:
        key = (sheet, name, reference)
        slot = _PLAIN_SLOTS.get(key, _UNSET)
        if slot is _UNSET:
            if len(_PLAIN_SLOTS) >= 65536:
                _PLAIN_SLOTS.clear()
            slot = _PLAIN_SLOTS[key] = _plain_slot(name, reference, home)
        cells.append(slot)
    plans = _PLANS.get(plan_key)  # type: ignore[arg-type]
    # a plan once a template is met again (a tree kept from an earlier run is shared at its first
    # formula): many templates of a workbook have one formula
    if seen and (len(plans) < _PLANS_PER_TEXT if plans is not None else len(_PLANS) < _SHAPE_LIMIT):
        plan = _Plan.of(text, shape, len(found))
        if plan is not None and plan.cells(written.translate(_RUNS).split(), sheet) == tuple(cells):
            collapsed = _runs_collapsed(plan_key)  # type: ignore[arg-type]
            if plans is None:
                plans = _PLANS[plan_key] = _RUNS_ALIKE.setdefault(collapsed, [])  # type: ignore[index]
            plans.append(plan)
            keep_plan(collapsed, (template_key(text)[0], *plan.source))
    return shape, tuple(cells)


def _shape(tree: Expr) -> tuple[Shape, bool]:
    """(the compiled shape of ``tree``, whether it was compiled before in this run)."""
    shape = _SHAPES.get(id(tree))
    if shape is not None and shape.tree is tree:
        return shape, True
    if len(_SHAPES) >= _SHAPE_LIMIT:
        _SHAPES.clear()
    shape = _SHAPES[id(tree)] = Shape(tree)
    return shape, False


def _kept(collapsed: bytes) -> list[_Plan] | None:
    """The plans an earlier run kept for formulas whose masked text, runs collapsed, is ``collapsed``,
    each with its template's tree compiled (kept_templates: the same checks as a kept tree's), None
    when none was kept; registered as this run's (even none fitting: looked up once)."""
    found_kept = kept_plans(collapsed)
    if found_kept is None:
        return None
    plans: list[_Plan] = []
    for kept in found_kept[:_PLANS_PER_TEXT]:
        try:
            key, constants, references, digits = kept
            found = [(name or "", "A1:A1" if second >= 0 else "A1") for name, _, _, second, _ in references]
            tree = known_template(key, found)
            if tree is None:
                continue
            shape, _ = _shape(tree)
            if len(shape.references) == len(references):
                plans.append(_Plan(shape, constants, references, digits))
        except (TypeError, ValueError, IndexError, KeyError):  # not a plan this code writes
            continue
    _RUNS_ALIKE[collapsed] = plans
    return plans


def _runs_collapsed(mask: bytes) -> bytes:
    """A masked text with each run of masked digits made one NUL: the text between the runs, and
    where the runs are, whatever their lengths (two runs always have something between them)."""
    pieces = mask.split(b"\x00")
    if len(pieces) < 3:
        return mask
    return b"\x00".join([pieces[0], *[piece for piece in pieces[1:-1] if piece], pieces[-1]])


# A formula's plan is found by its UTF-8 text with every ASCII digit masked (NUL, which XML text
# cannot hold): the same key means the same text between digit runs and runs of the same lengths —
# a filled-down column has a few keys per template (rows of 2, 3, 4 digits). Its digit runs are the
# text's other bytes blanked and split. Both are bytes.translate, a table lookup per byte: the
# cheapest pass over a long text with Chinese in it (a regex split walks it character by character,
# a pattern per template costs microseconds per character to compile).
_MASK = bytes(0 if 48 <= byte <= 57 else byte for byte in range(256))
_RUNS = bytes(byte if 48 <= byte <= 57 else 32 for byte in range(256))
# digit runs as references write rows: ASCII digits only (a reference never holds others; other digit
# characters stay in the template's text)
_DIGITS = re.compile(r"(\d+)", re.ASCII)


class _Plan:
    """How the formulas of one template written for their own cells read their cells from their
    digits alone: the text with its digits masked finds the plan (``_MASK``); the runs that are not
    row numbers of references must be the template's (constants, sheet names), the others are the rows."""

    __slots__ = ("shape", "pick", "expected", "references", "unique", "same", "expand", "source", "layout", "cells", "uses")

    def __init__(self, shape: Shape, constants: list[tuple[int, bytes]], references: list[tuple[str | None, int, int, int, int]],
                 digits: list[bytes]) -> None:
        self.shape = shape
        self.source = (constants, references, digits)  # what an earlier run kept makes the plan again
        indices = [index for index, _ in constants]
        self.pick = operator.itemgetter(*indices) if indices else None
        texts = tuple(text for _, text in constants)
        self.expected = texts if len(texts) > 1 else texts[0] if texts else None  # as itemgetter gives them
        self.references = references  # (sheet or None, run of the row, column, run of the last row or -1, its column)
        # A long generated formula names the same few cells again and again (数据!B6 five times, I6 in
        # every branch): each cell is worked out once and put in every place that names it. Which
        # places name the same cell is learnt from the first formula (``digits``: its runs); a later
        # formula of the plan whose runs differ there is worked out place by place.
        unique: dict[tuple[Any, ...], int] = {}
        self.unique: list[tuple[str | None, int, int, int, int]] = []
        layout, repeated, first_runs = [], [], []
        for reference in references:
            name, first, column, second, last_column = reference
            key = (name, column, last_column, digits[first], digits[second] if second >= 0 else None)
            index = unique.get(key)
            if index is None:
                index = unique[key] = len(self.unique)
                self.unique.append(reference)
            else:
                repeated += (first, second) if second >= 0 else (first,)
                seen = self.unique[index]
                first_runs += (seen[1], seen[3]) if second >= 0 else (seen[1],)
            layout.append(index)
        self.same = (operator.itemgetter(*repeated), operator.itemgetter(*first_runs)) if repeated else None
        self.expand = operator.itemgetter(*layout) if repeated else None  # the unique cells → each place's
        self.layout = (layout, repeated, first_runs)
        # ``cells(runs, sheet)``: worked out reference by reference until the plan has served many
        # formulas, then by a function written for it (``_specialised``)
        self.cells: Callable[[list[bytes], str], tuple | None] = self._general
        self.uses = 0

    @classmethod
    def of(cls, text: str, shape: Shape, count: int) -> _Plan | None:
        runs = [(found.start(), found.end()) for found in _DIGITS.finditer(text)]
        starts = [start for start, _ in runs]
        owner: dict[int, int] = {}  # run → the reference it is the row of
        references = []
        for match in SLOT.finditer(text):
            ends = match.group(2).replace("$", "").split(":")
            first, last = match.span(2)
            inside = []  # the runs within the reference (both in text order: found from the first at or after it)
            for index in range(bisect.bisect_left(starts, first), len(runs)):
                if runs[index][1] > last:
                    break
                inside.append(index)
            letters = [end.rstrip("0123456789") for end in ends]
            if len(inside) != len(ends) or not all(letters) or any(part == end for part, end in zip(letters, ends)):
                return None  # whole rows or columns, or digits the plan cannot place
            owner.update((index, len(references)) for index in inside)
            columns = [column_number(part) for part in letters]
            last = (inside[1], columns[1]) if len(inside) == 2 else (-1, 0)
            references.append((sheet_name(match.group(1)) if match.group(1) else None, inside[0], columns[0], *last))
        if len(references) != count:
            return None
        digits = [text[start:end].encode("ascii") for start, end in runs]  # as bind splits them
        return cls(shape, [(index, run) for index, run in enumerate(digits) if index not in owner], references, digits)

    def _general(self, runs: list[bytes], sheet: str) -> tuple | None:
        """Each reference's cells in a formula whose text without digits is this plan's; None when a
        constant differs (then the formula is another template)."""
        self.uses += 1
        if self.uses == _SPECIALISED_AFTER:
            self.cells = self._specialised()
        if self.pick is not None and self.pick(runs) != self.expected:
            return None
        references, expand = self.unique, self.expand
        if expand is not None and self.same[0](runs) != self.same[1](runs):  # type: ignore[index]
            references, expand = self.references, None
        found = []
        for name, first, column, second, last_column in references:
            top = int(runs[first])
            if second < 0:
                found.append((name or sheet, top, column) if top >= 1 else None)
                continue
            bottom = int(runs[second])
            if top < 1 or bottom < 1:
                found.append(None)
            else:
                found.append((name or sheet, min(top, bottom), min(column, last_column), max(top, bottom), max(column, last_column)))
        if expand is not None:
            return expand(found)  # type: ignore[no-any-return]
        return tuple(found)

    def _specialised(self) -> Callable[[list[bytes], str], tuple | None]:
        """``cells`` as a function of its own: the constants compared, the runs of the rows read and
        each cell made by straight-line code, without the loop over the references and the tests of
        their kinds (half the time, for tens of thousands of formulas). Its code is kept between
        runs by its source text (kept_templates.kept_code), as Python keeps bytecode."""
        source = self._source()
        code = kept_code(source)
        if code is None:
            namespace: dict[str, Any] = {}
            exec(compile(source, "<pingfen plan>", "exec"), namespace)
            code = namespace["cells"].__code__
            keep_code(source, code)
        return FunctionType(code, {"__builtins__": builtins}, "cells", (self._general, int))  # type: ignore[no-any-return]

    def _source(self) -> str:
        # what comes from the workbook (sheet names, constant digits) enters only as repr() literals
        constants, references, _ = self.source
        layout, repeated, first_runs = self.layout
        lines = ["def cells(runs, sheet, general, int):"]
        if constants:  # another template masks alike (ROUND(…,2) and ROUND(…,6))
            lines.append(f"    if {' or '.join(f'runs[{index}] != {text!r}' for index, text in constants)}: return None")
        if repeated:  # the places that named one cell in the first formula still do: else place by place
            lines.append(f"    if {' or '.join(f'runs[{a}] != runs[{b}]' for a, b in zip(repeated, first_runs))}: return general(runs, sheet)")
        for index, (name, first, column, second, last_column) in enumerate(self.unique if repeated else references):
            where = repr(name) if name else "sheet"
            lines.append(f"    top = int(runs[{first}])")
            if second < 0:
                lines.append(f"    c{index} = ({where}, top, {column}) if top >= 1 else None")
                continue
            lines.append(f"    bottom = int(runs[{second}])")
            lines.append(f"    c{index} = ({where}, top if top <= bottom else bottom, {min(column, last_column)}, bottom if top <= bottom else top,"
                         f" {max(column, last_column)}) if top >= 1 and bottom >= 1 else None")
        places = layout if repeated else range(len(references))
        lines.append(f"    return ({''.join(f'c{index}, ' for index in places)})")
        return "\n".join(lines) + "\n"


# uses of a plan from which its cells are worked out by a function written for it: compiling one
# costs about as much as a few hundred uses save, so a plan of a few rows never pays it (its code is
# kept between runs once written)
_SPECIALISED_AFTER = 64


# masked text (``_MASK``) → the plans of its formulas: one per set of constants (ROUND(…,2) and
# ROUND(…,6), 得1分 and 得2分 mask alike)
_PLANS: dict[bytes, list[_Plan]] = {}
_RUNS_ALIKE: dict[bytes, list[_Plan]] = {}  # the same lists by the masked text with its runs collapsed
_PLANS_PER_TEXT = 16


_UNSET = object()


def _plain_slot(name: str, reference: str, home: tuple[str, int, int]) -> Slot:
    """The cells of a reference written in its own cell (no shift): cells and ranges of cells read
    directly, whole rows and columns through the tokenizer's rules."""
    points = []
    for end in reference.replace("$", "").split(":"):
        letters = end.rstrip("0123456789")
        if not letters or letters == end:  # 3:5 or A:C
            return _slot(plain_absolute(name, reference), home)
        points.append((int(end[len(letters):]), column_number(letters)))
    sheet = sheet_name(name) if name else home[0]
    (r1, c1), (r2, c2) = points[0], points[-1]
    if min(r1, c1, r2, c2) < 1:
        return None
    if len(points) == 1:
        return (sheet, r1, c1)
    return (sheet, min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2))


def _slot(node: Ref | Area, home: tuple[str, int, int]) -> Slot:
    """A reference node's cells at ``home``, as ``Evaluator._position`` places them."""
    sheet, row, col = home
    if type(node) is Ref:
        r = node.row if node.row_abs else row + node.row
        c = node.col if node.col_abs else col + node.col
        return (node.sheet or sheet, r, c) if r >= 1 and c >= 1 else None
    first, last = node.first, node.last  # type: ignore[union-attr]
    r1 = first.row if first.row_abs else row + first.row
    c1 = first.col if first.col_abs else col + first.col
    r2 = last.row if last.row_abs else row + last.row
    c2 = last.col if last.col_abs else col + last.col
    if min(r1, c1, r2, c2) < 1:
        return None
    return (first.sheet or sheet, min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2))


def _ref_failed() -> _Error:
    return _fail("#REF!")


class _Compiler:
    def __init__(self, slots: dict[int, int]) -> None:
        self.slots = slots  # id of a reference node → its slot

    def compile(self, node: Expr, scalar: bool) -> tuple[Run, str]:
        """(closure, kind): in scalar mode the closure gives ``Evaluator._scalar`` (a range made one
        value, an error raised), else ``Evaluator._eval``."""
        kind = type(node)
        if kind is Num or kind is Text or kind is Bool:
            value = node.value  # type: ignore[union-attr]
            return (lambda s, x: value), (_NUMBER if kind is Num else _TEXT if kind is Text else _BOOL)
        if kind is Ref:
            return self._ref(node), _ANY  # type: ignore[arg-type]
        if kind is Area:
            index = self._slot(node)  # type: ignore[arg-type]

            def area(s: tuple, x: Context) -> Any:
                slot = s[index]
                if slot is None:
                    raise _ref_failed()
                return x.area(slot)
            return (_scalarised(area), _ANY) if scalar else (area, _ANY)
        if kind is ErrorValue:
            code = node.code  # type: ignore[union-attr]

            def error(s: tuple, x: Context) -> Any:
                raise _fail(code)
            return error, _ANY
        if kind is Op:
            return self._operation(node), _NUMBER  # type: ignore[arg-type]
        if kind is Neg:
            item = self.number(node.item)  # type: ignore[union-attr]
            return (lambda s, x: -item(s, x)), _NUMBER
        if kind is Percent:
            item = self.number(node.item)  # type: ignore[union-attr]
            return (lambda s, x: item(s, x) / 100), _NUMBER
        if kind is Cmp and node.exact:  # type: ignore[union-attr]
            return self._comparison(node), _BOOL  # type: ignore[arg-type]
        if kind is Logic:
            return self._logic(node.op, node.items), _BOOL  # type: ignore[union-attr]
        if kind is Not:
            item = self.truth(node.item)  # type: ignore[union-attr]
            return (lambda s, x: not item(s, x)), _BOOL
        if kind is If:
            cond = self.truth(node.cond)  # type: ignore[union-attr]
            then, then_kind = self.compile(node.then, scalar)  # type: ignore[union-attr]
            other, other_kind = self.compile(node.otherwise, scalar)  # type: ignore[union-attr]
            joined = then_kind if then_kind == other_kind else _ANY
            if type(node.then) in _CONSTANTS and type(node.otherwise) in _CONSTANTS:  # type: ignore[union-attr]
                # IF(数据!B6="否",1,0), a generated formula's commonest: both results given, no call for them
                yes, no = node.then.value, node.otherwise.value  # type: ignore[union-attr]
                return (lambda s, x: yes if cond(s, x) else no), joined
            return (lambda s, x: then(s, x) if cond(s, x) else other(s, x)), joined
        if kind is Concat:
            return self._concat(node.parts), _TEXT  # type: ignore[union-attr]
        if kind is Call:
            compiled = self._call(node, scalar)  # type: ignore[arg-type]
            if compiled is not None:
                return compiled
        return self._tree(node, scalar)

    # -- values in the forms operators and functions read them

    # A cell's value is mostly already of the form asked for (a score a number, a label text): that is
    # tested by its type before the general conversion is called.

    def number(self, node: Expr) -> Run:
        run, kind = self.compile(node, scalar=True)
        if kind == _NUMBER:
            return run

        def as_number(s: tuple, x: Context) -> Decimal:
            value = run(s, x)
            return value if type(value) is Decimal else _number(value)
        return as_number

    def truth(self, node: Expr) -> Run:
        run, kind = self.compile(node, scalar=True)
        if kind == _BOOL:
            return run

        def as_truth(s: tuple, x: Context) -> bool:
            value = run(s, x)
            return value if type(value) is bool else _truth(value)
        return as_truth

    def text(self, node: Expr) -> Run:
        run, kind = self.compile(node, scalar=True)
        if kind == _TEXT:
            return run

        def as_text(s: tuple, x: Context) -> str:
            value = run(s, x)
            kind = type(value)
            if kind is str:
                return value
            if kind is Decimal:  # a number joined into text: the same number, the same text (_text)
                text = _NUMBER_TEXTS.get(value)
                return text if text is not None else _number_text(value)
            return _text(value)
        return as_text

    def _slot(self, node: Ref | Area) -> int:
        return self.slots[id(node)]

    def _ref(self, node: Ref) -> Run:
        index = self._slot(node)

        def ref(s: tuple, x: Context) -> Any:
            slot = s[index]
            if slot is None:
                raise _ref_failed()
            value = x.known.get(slot, _UNSET)
            if value is _UNSET:
                value = x.get(slot)
            if type(value) is XlError:
                raise _Error(value)
            return value
        return ref

    def _raw(self, node: Ref | Area) -> Run:
        """A reference's values as a tuple, errors included (``Evaluator._referenced``)."""
        index = self._slot(node)
        if type(node) is Ref:
            def cell(s: tuple, x: Context) -> tuple:
                slot = s[index]
                if slot is None:
                    raise _ref_failed()
                return (x.get(slot),)
            return cell

        def area(s: tuple, x: Context) -> tuple:
            slot = s[index]
            if slot is None:
                raise _ref_failed()
            return x.area(slot)
        return area

    # -- operators

    def _operation(self, node: Op) -> Run:
        left, right = self.number(node.left), self.number(node.right)
        op = node.op
        if op in _ARITHMETIC:
            apply = _ARITHMETIC[op]

            def arithmetic(s: tuple, x: Context) -> Decimal:
                value = apply(left(s, x), right(s, x))
                if abs(value) > _LARGEST:
                    raise _fail("#NUM!")
                return value
            return arithmetic
        if op == "^":
            return lambda s, x: _power(left(s, x), right(s, x))

        def divide(s: tuple, x: Context) -> Decimal:
            a = left(s, x)
            b = right(s, x)
            if b == 0:
                raise _fail("#DIV/0!")
            return _checked(a / b)
        return divide

    def _comparison(self, node: Cmp) -> Run:
        op = node.op
        if op == "=" and type(node.right) is Text and node.right.value == "" and type(node.left) is Ref:
            # (cell="") — the blank test of every generated formula: True for a blank or empty text
            ref = self._ref(node.left)

            def blank(s: tuple, x: Context) -> bool:
                value = ref(s, x)  # only text equals "": tested by type (a number compared with text asks abc's isinstance)
                return value is None or (type(value) is str and not value)
            return blank
        left, _ = self.compile(node.left, scalar=True)
        test = _COMPARISONS[op]
        if type(node.right) in _CONSTANTS:  # 数据!B6="是": the constant side given, no call for it
            b = node.right.value  # type: ignore[union-attr]
            right_kind = type(b)
            folded = b.casefold() if right_kind is str else b

            def compared(s: tuple, x: Context) -> bool:
                a = left(s, x)
                kind = type(a)
                if kind is right_kind:  # as comparison below
                    if kind is Decimal:
                        return test(a, b)
                    if kind is str:
                        return test(a.casefold(), folded)
                return compare(op, a, b)
            return compared
        right, _ = self.compile(node.right, scalar=True)

        def comparison(s: tuple, x: Context) -> bool:
            a = left(s, x)
            b = right(s, x)
            kind = type(a)
            if kind is type(b):  # two numbers, or two texts (数据!B6="否"): without regard to case, as compare does
                if kind is Decimal:
                    return test(a, b)
                if kind is str:
                    return test(a.casefold(), b.casefold())
            return compare(op, a, b)
        return comparison

    def _logic(self, op: str, items: tuple[Expr, ...]) -> Run:
        """AND/OR: every argument evaluated in order, an error anywhere the result; references give
        their logicals and numbers, other text typed into the list is passed over."""
        combine = all if op == "AND" else any
        compiled = [self.compile(item, scalar=True) if type(item) not in (Ref, Area) else (self._raw(item), "reference") for item in items]
        if all(kind == _BOOL for _, kind in compiled):
            runs = [run for run, _ in compiled]
            return lambda s, x: combine([run(s, x) for run in runs])
        parts = [(run, kind) for run, kind in compiled]

        def logic(s: tuple, x: Context) -> bool:
            truths: list[bool] = []
            for run, kind in parts:
                if kind == "reference":
                    for value in run(s, x):
                        if type(value) is XlError:
                            raise _Error(value)
                        if isinstance(value, (bool, Decimal)):
                            truths.append(bool(value))
                    continue
                value = run(s, x)
                if kind == _BOOL:
                    truths.append(value)
                elif isinstance(value, str) and value.upper() not in ("TRUE", "FALSE"):
                    continue
                else:
                    truths.append(_truth(value))
            if not truths:
                raise _fail("#VALUE!")
            return combine(truths)
        return logic

    def _concat(self, parts: tuple[Expr, ...]) -> Run:
        runs = [self.text(part) for part in parts]
        return lambda s, x: "".join([run(s, x) for run in runs])

    # -- functions

    def _call(self, node: Call, scalar: bool) -> tuple[Run, str] | None:
        name, args = node.fn.upper(), node.args
        aggregate = _AGGREGATES.get(name)
        if aggregate is not None:
            return self._aggregate(aggregate, args), _NUMBER
        numeric = _NUMERIC.get(name)
        if numeric is not None and numeric[0] <= len(args) <= numeric[1]:
            return self._numeric(numeric[2], args), _NUMBER
        if name == "COUNT":
            return self._count(args), _NUMBER
        if name in _INSPECTIONS and len(args) >= 1:
            return self._inspect(_INSPECTIONS[name], args[0]), _BOOL
        if name in ("IFERROR", "IFNA") and len(args) == 2:
            run = self._iferror(args, name == "IFNA")
            return (_scalarised(run), _ANY) if scalar else (run, _ANY)
        if name == "MID" and len(args) == 3:
            return self._mid(args), _TEXT
        return None

    def _arguments(self, args: tuple[Expr, ...]) -> list[tuple[Run, bool]]:
        return [(self._raw(arg), True) if type(arg) in (Ref, Area) else (self.number(arg), False) for arg in args]

    def _aggregate(self, aggregate: Callable[[list[Decimal]], Decimal], args: tuple[Expr, ...]) -> Run:
        """SUM/MIN/MAX/AVERAGE: references give their numbers (text, logicals, blanks skipped, errors
        raised), direct arguments are read as numbers."""
        parts = self._arguments(args)

        def run(s: tuple, x: Context) -> Decimal:
            values: list[Decimal] = []
            for part, reference in parts:
                if reference:
                    for value in part(s, x):
                        if type(value) is XlError:
                            raise _Error(value)
                        if type(value) is Decimal:
                            values.append(value)
                else:
                    values.append(part(s, x))
            return aggregate(values)
        return run

    def _numeric(self, function: Callable[..., Decimal], args: tuple[Expr, ...]) -> Run:
        numbers = [self.number(arg) for arg in args]
        if function is _NUMERIC["ROUND"][2] and type(args[1]) is Num:
            first, places = numbers[0], int(args[1].value)  # ROUND(x, n) with n written: the usual case

            def rounded(s: tuple, x: Context) -> Decimal:
                try:
                    value = first(s, x)
                    key = (value, places)
                    result = _ROUNDED.get(key)
                    return result if result is not None else _rounded(value, places)
                except (InvalidOperation, ValueError, ZeroDivisionError):
                    raise _fail("#NUM!") from None
            return rounded

        def run(s: tuple, x: Context) -> Decimal:
            try:  # the arguments are computed inside, as in Evaluator._call
                return _checked(function(*[number(s, x) for number in numbers]))
            except (InvalidOperation, ValueError, ZeroDivisionError):
                raise _fail("#NUM!") from None
        return run

    def _count(self, args: tuple[Expr, ...]) -> Run:
        from ..rules.coercion import number_from_text

        parts = [(self._raw(arg), True) if type(arg) in (Ref, Area) else (self.compile(arg, scalar=True)[0], False) for arg in args]

        def run(s: tuple, x: Context) -> Decimal:
            count = 0
            for part, reference in parts:
                if reference:
                    count += sum(1 for value in part(s, x) if type(value) is Decimal)
                    continue
                try:
                    value = part(s, x)
                except _Error:
                    continue
                if isinstance(value, (Decimal, bool)) or (isinstance(value, str) and number_from_text(value) is not None):
                    count += 1
            return Decimal(count)
        return run

    def _inspect(self, test: Callable[[Any], bool], arg: Expr) -> Run:
        item, _ = self.compile(arg, scalar=False)

        def run(s: tuple, x: Context) -> bool:
            try:
                value = item(s, x)
                if type(value) is Cells:
                    value = _single(value)
            except _Error as failure:
                value = failure.error
            return test(value)
        return run

    def _iferror(self, args: tuple[Expr, ...], only_na: bool) -> Run:
        first, _ = self.compile(args[0], scalar=True)
        other, _ = self.compile(args[1], scalar=False)

        def run(s: tuple, x: Context) -> Any:
            try:
                return first(s, x)
            except _Error as failure:
                if only_na and failure.error.code != "#N/A":
                    raise
                return other(s, x)
        return run

    def _mid(self, args: tuple[Expr, ...]) -> Run:
        text, start, length = self.text(args[0]), self.number(args[1]), self.number(args[2])

        def run(s: tuple, x: Context) -> str:
            value = text(s, x)
            first, count = int(start(s, x)), int(length(s, x))
            if first < 1 or count < 0:
                raise _fail("#VALUE!")
            return value[first - 1 : first - 1 + count]
        return run

    def _tree(self, node: Expr, scalar: bool) -> tuple[Run, str]:
        """Anything else: the tree evaluator, for this node (``Context.tree`` knows this cell's
        references by node)."""
        run: Run = lambda s, x: x.tree(node)  # noqa: E731
        return (_scalarised(run), _ANY) if scalar else (run, _ANY)


# ROUND(x, n) and a number joined into text depend on the number's value alone (equal decimals, 3 and
# 3.0, give the same result): worked out once per value. A score is ROUNDed and written into its
# explanation again and again (85 % of the calls of a generated book repeat an earlier one).
_ROUNDED: dict[tuple[Decimal, int], Decimal] = {}
_NUMBER_TEXTS: dict[Decimal, str] = {}
_KNOWN_LIMIT = 65536


def _number_text(value: Decimal) -> str:
    """``number_text`` of a number not met yet, kept."""
    if len(_NUMBER_TEXTS) >= _KNOWN_LIMIT:
        _NUMBER_TEXTS.clear()
    text = _NUMBER_TEXTS[value] = number_text(value)
    return text


def _rounded(value: Decimal, places: int) -> Decimal:
    """ROUND(value, places) of a pair not met yet, kept."""
    result = _checked(excel_round(value, places, ROUND_HALF_UP))
    if len(_ROUNDED) >= _KNOWN_LIMIT:
        _ROUNDED.clear()
    _ROUNDED[(value, places)] = result
    return result


def _scalarised(run: Run) -> Run:
    def scalar(s: tuple, x: Context) -> Any:
        value = run(s, x)
        if type(value) is Cells:
            value = _single(value)
        if type(value) is XlError:
            raise _Error(value)
        return value
    return scalar


_ARITHMETIC = {"+": operator.add, "-": operator.sub, "*": operator.mul}
_CONSTANTS = (Num, Text, Bool)  # nodes compiled to their value (``_Compiler.compile``)
