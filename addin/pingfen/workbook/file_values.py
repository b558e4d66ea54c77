"""The formulas that are in a workbook file, computed as Excel computes them: each cell's own formula
(a generated one, an accountant's override, ``=286.54/288`` typed into an input cell, references
across sheets) is parsed and compiled once per formula shape (``compiled``) and evaluated over the
file's cells, each cell once. What cannot be computed is listed cell by cell in ``problems`` instead
of being taken as empty."""

from __future__ import annotations

import sys
from decimal import Decimal, InvalidOperation
from typing import Any

from ..cells import column_letter
from ..lazy_dataclass import dataclass
from ..rules.evaluate import Cells, Evaluator, Value, XlError, _checked, _Error, _single
from .cached import value_xml
from .compiled import allow_code, bind
from .formula_text import FormulaError, parse_bound
from .sheet_xml import Position, RawCell, Span

CellRef = tuple[str, str]  # (sheet, address)
Key = tuple[str, int, int]  # (sheet, row, column)
_LARGE_AREA = 20000  # cells: a bigger range is read from the cells that exist
_UNSET = object()


@dataclass
class Problem:
    """A formula cell that could not be computed, and why (in Chinese, for the user)."""

    cell: CellRef
    message: str


class FileValues:
    """The cells of a workbook file (``sheet_xml.read_cells``) with every formula computed on demand."""

    def __init__(self, cells: dict[str, dict[Position, RawCell]]) -> None:
        self.cells = cells
        self.problems: list[Problem] = []
        # each cell's value once read (typed values are copied here on first read, not all up front:
        # most cells of a 评分表 — its texts, the 指标体系 — are never read by a formula), each
        # formula's result once computed
        self._values: dict[Key, Value] = {}
        self.formulas: dict[Key, RawCell] = {}  # every formula cell, in the file's order
        self._pending: set[Key] = set()
        self._context: _Cell | None = None  # made when a formula is computed; it refers back (see all)
        formulas = self.formulas
        for sheet, sheet_cells in cells.items():
            formulas.update({(sheet, row, col): raw for (row, col), raw in sheet_cells.items() if raw.formula is not None})
        allow_code(len(formulas))

    def get(self, key: Key) -> Value:
        value = self._values.get(key, _UNSET)
        if value is not _UNSET:
            return value  # type: ignore[return-value]
        cells = self.cells.get(key[0])
        if cells is None:
            return XlError("#REF!")
        raw = cells.get((key[1], key[2]))
        if raw is None:
            return None
        if raw.formula is not None:
            return self._formula(key, raw)
        value = self._values[key] = raw.value
        return value

    def cell(self, sheet: str, row: int, col: int) -> Value:
        return self.get((sheet, row, col))

    def area(self, sheet: str, first: tuple[int, int], last: tuple[int, int]) -> Cells:
        return self.range((sheet, *first, *last))

    def range(self, slot: tuple[str, int, int, int, int]) -> Cells:
        sheet, top, left, bottom, right = slot
        cells = self.cells.get(sheet)
        if cells is None:
            return Cells((XlError("#REF!"),))
        get = self.get
        if (bottom - top + 1) * (right - left + 1) > _LARGE_AREA:
            positions = sorted(p for p in cells if top <= p[0] <= bottom and left <= p[1] <= right)
            return Cells([get((sheet, r, c)) for r, c in positions])
        known = self._values  # typed values and computed formulas read directly, the others computed
        keys = [(sheet, r, c) for r in range(top, bottom + 1) for c in range(left, right + 1)]
        return Cells([value if (value := known.get(key, _UNSET)) is not _UNSET else get(key) for key in keys])

    def _formula(self, key: Key, raw: RawCell) -> Value:
        sheet, row, col = key
        pending = self._pending
        if key in pending:
            self.problems.append(Problem((sheet, f"{column_letter(col)}{row}"), "循环引用：公式直接或间接引用了自身"))
            return XlError("#VALUE!")  # as LibreOffice saves its Err:522
        pending.add(key)
        try:
            shape, cell_slots = bind(raw.formula or "", raw.origin or (row, col), key)
        except FormulaError as error:
            self.problems.append(Problem((sheet, f"{column_letter(col)}{row}"), f"公式无法识别（{error}）：={raw.formula}"))
            value: Value = XlError("#NAME?")
        else:
            context = self._context or self._new_context()
            outer = context.key, context.raw, context.unknown
            context.key, context.raw, context.unknown = key, raw, None
            try:  # errors as values, as a cell holds them (rules.evaluate.Evaluator.run)
                value = shape.run(cell_slots, context)
                kind = type(value)
                if kind is Cells:
                    value = _single(value)
                    kind = type(value)
                if kind is Decimal:
                    _checked(value)
            except _Error as failure:
                value = failure.error
            except (InvalidOperation, OverflowError):  # beyond 28 digits (ROUND(1E+22,6)): Excel's #NUM! overflow
                value = XlError("#NUM!")
            except RecursionError:
                value = XlError("#REF!")
            unknown = context.unknown
            context.key, context.raw, context.unknown = outer
            if value is None:
                value = Decimal(0)  # =H6 of an empty H6: a formula's result is never empty in Excel, it shows 0
            for name in sorted(unknown) if unknown else ():
                self.problems.append(Problem((sheet, f"{column_letter(col)}{row}"), f"函数 {name} 无法由 pingfen 计算（结果记为 #NAME?）：={raw.formula}"))
        pending.discard(key)
        self._values[key] = value
        return value

    def _new_context(self) -> _Cell:
        self._context = _Cell(self)
        return self._context

    def stale_sheets(self) -> set[str]:
        """The sheets where a formula's computed value is not the one cached in the file (as the
        XML would write it), or has none: the sheets whose cached values must be written."""
        stale = set()
        get = self.get
        for key, raw in self.formulas.items():
            if key[0] in stale:
                continue
            cached = raw.value
            if cached is None:
                stale.add(key[0])
                continue
            value = get(key)
            # the same value of the same type is written the same (the commonest case, tested first)
            if not (type(cached) is type(value) and cached == value) and value_xml(cached) != value_xml(value):
                stale.add(key[0])
        return stale

    def placed(self, sheets: set[str]) -> dict[str, list[tuple[Span | None, Position, Value]]]:
        """Each formula cell of ``sheets`` with its place in the sheet XML and its computed value (what
        ``cached.splice_cached_values`` writes)."""
        placed: dict[str, list[tuple[Span | None, Position, Value]]] = {sheet: [] for sheet in sheets}
        get, known = self.get, self._values
        for key, raw in self.formulas.items():
            cells = placed.get(key[0])
            if cells is not None:
                value = known.get(key, _UNSET)
                cells.append((raw.span, (key[1], key[2]), get(key) if value is _UNSET else value))
        return placed

    def all(self) -> dict[CellRef, Value]:
        """Every formula cell of the workbook by (sheet, address)."""
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(limit, 20000))  # a long chain of cells referring to each other
        letters: dict[int, str] = {}
        try:
            values = {}
            for key, raw in self.formulas.items():
                sheet, row, col = key
                value = self._values.get(key, _UNSET)
                if value is _UNSET:
                    value = self._formula(key, raw)
                letter = letters.get(col) or letters.setdefault(col, column_letter(col))
                values[(sheet, f"{letter}{row}")] = value
            return values
        finally:
            sys.setrecursionlimit(limit)
            self._context = None  # the cycle through it broken: freed as soon as the last reference goes


class _Cell:
    """The formula cell being computed, as its compiled shape sees the workbook (``compiled.Context``):
    one object for every cell, its ``key`` and ``raw`` set while that cell's formula runs (and put back
    when a formula it reads has run), so no object is made per cell."""

    __slots__ = ("known", "get", "area", "values", "key", "raw", "unknown")

    def __init__(self, values: FileValues) -> None:
        self.known = values._values
        self.get = values.get
        self.area = values.range
        self.values = values
        self.key: Key = ("", 0, 0)
        self.raw: RawCell | None = None
        self.unknown: set[str] | None = None  # functions the tree evaluator could not compute, in this cell

    def tree(self, node: Any) -> Any:
        sheet, row, col = self.key
        raw = self.raw
        assert raw is not None
        _, bound = parse_bound(raw.formula or "", raw.origin or (row, col), (row, col))
        evaluator = Evaluator({}, source=self.values, home=self.key, bound=bound)
        try:
            return evaluator._eval(node)
        finally:
            if evaluator.unknown:
                self.unknown = (self.unknown or set()) | evaluator.unknown
