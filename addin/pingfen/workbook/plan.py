"""The sheet plan: every cell of the workbook as data — a constant, an input, or a formula given as an
``Expr`` with the cells its variables stand for — plus merges, validations, formats and charts.

Backends only translate a plan (workbook/xlsx.py writes it to disk, xlwings into a live workbook), and the
Python evaluator computes the same plan, so the numbers a reader sees come from the rule engine.
"""

from __future__ import annotations

import re
from dataclasses import field
from functools import cache
from decimal import Decimal
from typing import Any, Callable, Iterator, Mapping


from ..lazy_dataclass import dataclass
from ..cells import column_letter, coordinates  # noqa: F401 - coordinates is read from here by the layout
from ..rules.closures import CompiledProgram
from ..rules.evaluate import Cells, Evaluator, Value, XlError
from ..rules.excel import FormulaWriter
from ..rules.expr import Expr, Var

CellRef = tuple[str, str]  # (sheet, address)


# the name openpyxl users know (recalculating never imports openpyxl); a plan asks for the same few letters
# some 200,000 times
get_column_letter = cache(column_letter)


def quote_sheetname(name: str) -> str:
    return "'" + name.replace("'", "''") + "'" if re.search(r"[^A-Za-z0-9_\u4e00-\u9fff]", name) else name


class _Nothing(Mapping[str, Any]):
    """The empty variable map of a cell: hashable, so that it is a plain default of ``Cell`` rather
    than a factory called for each of a big plan's 150,000 cells."""

    __slots__ = ()

    def __getitem__(self, name: str) -> Any:
        raise KeyError(name)

    def __contains__(self, name: object) -> bool:
        return False

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0

    def __hash__(self) -> int:
        return 0

    def __repr__(self) -> str:
        return "{}"


_NOTHING: Mapping[str, Any] = _Nothing()


@dataclass(slots=True)  # a big workbook's plan holds some 150,000 cells
class Cell:
    value: Any = None  # a constant, or the initial value of an input
    expr: Expr | None = None  # a formula
    env: Mapping[str, CellRef] = _NOTHING  # variable → cell it reads
    defs: Mapping[str, Expr] = _NOTHING  # intermediates inlined into the formula
    style: str = "text"  # a name of workbook/styles.STYLES ("": Excel's default look)
    input: bool = False  # unlocked and marked for typing
    link: CellRef | None = None  # hyperlink target
    number_format: str | None = None
    typed_formula: str | None = None  # a formula the evaluator typed into an input cell, kept as is

    @property
    def is_formula(self) -> bool:
        return self.expr is not None


def constant_cell(value: Any, style: str) -> Cell:
    """``Cell(value, style=style)``, and below an input and a formula cell: the same cells made with
    positional arguments (the generated ``__init__`` matches keywords at some 0.4 µs a cell, and a big
    plan makes 150,000 cells)."""
    return Cell(value, None, _NOTHING, _NOTHING, style)


def input_value_cell(value: Any, style: str, typed_formula: str | None = None) -> Cell:
    """``Cell(value, style=style, input=True, typed_formula=typed_formula)``."""
    return Cell(value, None, _NOTHING, _NOTHING, style, True, None, None, typed_formula)


def formula_cell(expr: Expr, env: Mapping[str, CellRef], style: str, defs: Mapping[str, Expr] = _NOTHING) -> Cell:
    """``Cell(expr=expr, env=env, defs=defs, style=style)``."""
    return Cell(None, expr, env, defs, style)


@dataclass
class Validation:
    kind: str  # list | decimal | date
    cells: list[str]
    options: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    prompt: str = ""


@dataclass
class Highlight:
    """Conditional formatting: ``formula`` is relative to the top-left cell of ``cells``."""

    cells: str
    formula: str
    style: str  # error | warning | missing


@dataclass
class Chart:
    title: str
    anchor: str
    categories: str  # range on the same sheet, e.g. A4:A7
    values: list[str]  # ranges with a header cell first
    kind: str = "bar"


@dataclass
class Sheet:
    name: str
    cells: dict[str, Cell] = field(default_factory=dict)
    merges: list[str] = field(default_factory=list)
    widths: dict[str, float] = field(default_factory=dict)
    heights: dict[int, float] = field(default_factory=dict)
    validations: list[Validation] = field(default_factory=list)
    highlights: list[Highlight] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    title_rows: str | None = None  # rows repeated on every printed page, e.g. "3:3"
    freeze: str | None = None
    landscape: bool = True
    protected: bool = False
    hidden: bool = False

    def put(self, row: int, column: int, cell: Cell) -> str:
        address = f"{get_column_letter(column)}{row}"
        self.cells[address] = cell
        return address


@dataclass
class Book:
    sheets: list[Sheet]
    active: str | None = None  # the sheet a reader sees first

    def sheet(self, name: str) -> Sheet:
        return next(sheet for sheet in self.sheets if sheet.name == name)

    def formula_cells(self) -> Iterator[tuple[CellRef, Cell]]:
        for sheet in self.sheets:
            for address, cell in sheet.cells.items():
                if cell.is_formula:
                    yield (sheet.name, address), cell


def reference(target: CellRef, home: str) -> str:
    sheet, address = target
    return address if sheet == home else f"{quote_sheetname(sheet)}!{address}"


class _Through(Mapping[str, Any]):
    """A formula's variables, each looked up through ``read`` from the cell it stands for only when
    the formula names it (a helper column's cells share one map of the whole table)."""

    def __init__(self, env: Mapping[str, CellRef], read: Callable[[CellRef], Any]) -> None:
        self._env = env
        self._read = read

    def __getitem__(self, name: str) -> Any:
        return self._read(self._env[name])

    def __contains__(self, name: object) -> bool:
        return name in self._env

    def __iter__(self) -> Iterator[str]:
        return iter(self._env)

    def __len__(self) -> int:
        return len(self._env)


def formula_text(cell: Cell, home: str) -> str:
    """The formula of ``cell`` as written on sheet ``home``: each variable as its reference."""
    assert cell.expr is not None
    return FormulaWriter(_Through(cell.env, lambda ref: reference(ref, home)), cell.defs).formula(cell.expr)


_MARK = "\x00"  # no formula can hold it (XML cannot); a text that does anyway is written without a template


class _Marks(Mapping[str, str]):
    """A formula's variables written as marks (``\\0name\\0``), and which names the writer asked
    about: the text depends on the tree, the definitions, which names have a cell, and nothing else."""

    def __init__(self, env: Mapping[str, CellRef]) -> None:
        self._env = env
        self.asked: dict[str, bool] = {}
        self.written: list[str] = []

    def __getitem__(self, name: str) -> str:
        self.written.append(name)
        return _MARK + name + _MARK

    def __contains__(self, name: object) -> bool:
        found = self.asked[name] = name in self._env  # type: ignore[index]
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._env)

    def __len__(self) -> int:
        return len(self._env)


@dataclass(slots=True)
class _Template:
    text: str  # the formula with a {} where each variable's reference goes (its own braces doubled)
    variables: tuple[str, ...]  # the variables, in the order of the {}s
    present: frozenset[str]  # the names the writer asked about that had a cell
    absent: frozenset[str]  # and those that had none

    def fits(self, env: Mapping[str, CellRef]) -> bool:
        """Whether ``env`` gives the same text: the names asked about alone decide it (two set tests
        rather than comparing a helper table's shared map of 80 names for each of its cells)."""
        names = env.keys()
        return names >= self.present and names.isdisjoint(self.absent)

    def fill(self, env: Mapping[str, CellRef], home: str) -> str:
        references = []
        for name in self.variables:
            sheet, address = env[name]
            references.append(address if sheet == home else _quoted_sheet(sheet) + "!" + address)
        return self.text.format(*references)


@cache
def _quoted_sheet(name: str) -> str:
    return quote_sheetname(name)


def formula_texts(book: Book) -> dict[CellRef, str]:
    """Every formula of the plan as Excel text. A tree is written out once per sheet, with marks for
    its variables, and each cell that shares it (the rows of a helper column, the leaves with the same
    评分标准, every 得分率) fills its own references in."""
    templates: dict[tuple[int, int, str], _Template | None] = {}
    texts: dict[CellRef, str] = {}
    for sheet in book.sheets:
        home = sheet.name
        for address, cell in sheet.cells.items():
            if cell.expr is None:
                continue
            key = (id(cell.expr), id(cell.defs), home)  # the plan keeps every tree alive: ids stay unique
            template = templates.get(key)
            if template is None and key not in templates:
                template = templates[key] = _template(cell)
            texts[(home, address)] = template.fill(cell.env, home) if template and template.fits(cell.env) else formula_text(cell, home)
    return texts


def _template(cell: Cell) -> _Template | None:
    """None when the marks cannot be told apart from the text (never for a plan's own formulas)."""
    assert cell.expr is not None
    marks = _Marks(cell.env)
    parts = FormulaWriter(marks, cell.defs).formula(cell.expr).split(_MARK)
    if parts[1::2] != marks.written:
        return None
    text = "{}".join(part.replace("{", "{{").replace("}", "}}") for part in parts[::2])
    asked = marks.asked
    return _Template(text, tuple(marks.written), frozenset(name for name in asked if asked[name]), frozenset(name for name in asked if not asked[name]))


def _as_value(value: Any) -> Value:
    if isinstance(value, bool) or value is None or isinstance(value, (str, Decimal)):
        return value
    if isinstance(value, (int, float)):
        return Decimal(repr(value))
    return str(value)


_UNSET = object()


class _Reading(_Through):
    """A formula's variables read from the plan's values: a cell computed or read before straight
    from the memo (most reads: every score, total and explanation reads cells read before)."""

    def __init__(self, env: Mapping[str, CellRef], values: BookValues) -> None:
        self._env = env
        self._read = values.value
        self._memo = values._memo

    def __getitem__(self, name: str) -> Any:
        ref = self._env[name]
        found = self._memo.get(ref, _UNSET)
        return self._read(ref) if found is _UNSET else found

    def get(self, name: str, default: Any = None) -> Any:
        """``self[name]`` or ``default`` in one call, where ``Mapping.get`` would make two (the
        compiled formulas read every variable this way)."""
        ref = self._env.get(name)
        if ref is None:
            return default
        found = self._memo.get(ref, _UNSET)
        return self._read(ref) if found is _UNSET else found


class BookValues:
    """Computes every formula cell of a plan in Python from the input values, each once — also the
    formulas an evaluator typed into input cells (=286.54/288, ='数据'!B4*2), read as Excel reads them."""

    def __init__(self, book: Book, inputs: Mapping[CellRef, Value]) -> None:
        self._sheets = {sheet.name: sheet.cells for sheet in book.sheets}
        self._inputs = inputs
        self._memo: dict[CellRef, Value] = {}
        self._pending: set[CellRef] = set()
        self._typing = 0  # typed formulas being computed
        self._seen: set[tuple[int, int]] = set()
        self._closures: dict[tuple[int, int], Callable[[Evaluator], Any]] = {}
        self._programs: dict[int, CompiledProgram] = {}

    def value(self, ref: CellRef) -> Value | Cells:
        found = self._memo.get(ref, _UNSET)
        if found is not _UNSET:
            return found  # type: ignore[return-value]
        if ":" in ref[1]:  # a range: its cells row by row
            (top, left), (bottom, right) = (coordinates(end) for end in ref[1].split(":"))
            cells = Cells(self.value((ref[0], f"{get_column_letter(c)}{r}")) for r in range(top, bottom + 1) for c in range(left, right + 1))
            if not self._typing:  # the plan's own formulas never read a cell that is being computed
                self._memo[ref] = cells
            return cells
        sheet = self._sheets.get(ref[0])
        cell = sheet.get(ref[1]) if sheet is not None else None
        if cell is None or (cell.expr is None and not cell.typed_formula):
            result = self._inputs.get(ref, _UNSET)
            if result is _UNSET:
                result = _as_value(cell.value) if cell else None
            self._memo[ref] = result
            return result
        pending = self._pending
        if ref in pending:  # a typed formula that refers to itself: as LibreOffice saves Err:522
            return XlError("#VALUE!")
        pending.add(ref)
        if cell.typed_formula:
            self._typing += 1  # while it is computed, a range may hold a cell's #VALUE! of the moment
            result = self._typed(ref, cell.typed_formula)
            self._typing -= 1
        else:
            source = self._copied(cell) if cell.expr.__class__ is Var else None
            if source is not None:  # a score or explanation shown again (附件评分表, 汇总): its value as it is
                result = self.value(source)
            else:
                evaluator = Evaluator(_Reading(cell.env, self), cell.defs)  # type: ignore[arg-type]
                closure = self._closures.get((id(cell.expr), id(cell.defs))) or self._closure(cell)
                result = evaluator.run(closure) if closure else evaluator(cell.expr)  # type: ignore[arg-type]
        pending.discard(ref)
        self._memo[ref] = result
        return result

    def _copied(self, cell: Cell) -> CellRef | None:
        """The formula cell that ``cell`` (``=X``) only copies: X's value is already as a cell holds
        it, so that evaluating the reference would give it unchanged (an error as the same error)."""
        expr = cell.expr
        if expr.__class__ is not Var or expr.name in cell.defs:  # type: ignore[union-attr]
            return None
        source = cell.env.get(expr.name)  # type: ignore[union-attr]
        if source is None or ":" in source[1]:
            return None
        sheet = self._sheets.get(source[0])
        target = sheet.get(source[1]) if sheet is not None else None
        return source if target is not None and target.expr is not None else None

    def _closure(self, cell: Cell) -> Callable[[Evaluator], Any] | None:
        """The cell's tree compiled into closures once it is met a second time (the rows of a helper
        column, the leaves with the same 评分标准); a tree met once is walked (compiling costs more).
        The plan keeps every tree alive, so their ids stay unique."""
        key = (id(cell.expr), id(cell.defs))
        closure = self._closures.get(key)
        if closure is None:
            if key not in self._seen:
                self._seen.add(key)
                return None
            program = self._programs.get(key[1])
            if program is None:
                program = self._programs[key[1]] = CompiledProgram(cell.defs)
            closure = self._closures[key] = program.compile(cell.expr)  # type: ignore[arg-type]
        return closure

    def _typed(self, ref: CellRef, text: str) -> Value:
        from .formula_text import FormulaError, parse_formula  # it reads get_column_letter from here

        home = coordinates(ref[1])
        try:
            expr = parse_formula(text, home)
        except FormulaError:
            return XlError("#NAME?")
        return Evaluator({}, source=self, home=(ref[0], *home))(expr)

    def cell(self, sheet: str, row: int, col: int) -> Value:
        value = self.value((sheet, f"{get_column_letter(col)}{row}"))
        return value[0] if isinstance(value, Cells) else value

    def area(self, sheet: str, first: tuple[int, int], last: tuple[int, int]) -> Cells:
        return Cells(self.cell(sheet, r, c) for r in range(first[0], last[0] + 1) for c in range(first[1], last[1] + 1))

    def all(self) -> dict[CellRef, Value]:
        """Every formula cell, and every input cell holding a typed formula."""
        computed = [
            (name, address) for name, cells in self._sheets.items() for address, cell in cells.items()
            if cell.expr is not None or cell.typed_formula
        ]
        # most reads are of inputs: each is taken as given straight from the memo, as ``value`` would
        # give it, except where the cell is computed after all (a formula typed into an input cell)
        memo, formulas = self._memo, set(computed)
        for ref, value in self._inputs.items():
            if ref not in formulas:
                memo.setdefault(ref, value)
        value = self.value
        return {ref: value(ref) for ref in computed}  # type: ignore[misc]
