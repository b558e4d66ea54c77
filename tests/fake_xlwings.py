"""A recording fake of the part of the xlwings object model that pingfen's Excel backend uses.

It stands in for Excel on machines without it (the add-in tests, the smoke-test checks, ``benchmarks/addin_calls.py``): App, Book,
Sheet and Range objects with ``.value``/``.formula``/``.number_format``/… and the few ``.api`` (COM)
members the desktop writer calls. Every operation that would cross into Excel is appended to
``app.calls`` — one entry per xlwings property access or method call that performs a COM round trip
(getting ``book.sheets``, ``sheet.range(...)``, reading ``.value``, setting ``.number_format``,
``api.Sheets.Add(...)``…); creating option views (``rng.options(...)``) and reading attributes the
Python objects already hold are free, as in xlwings.

Cell state follows Excel where it matters for pingfen: strings written through ``.value``/``.formula``
are parsed as if typed (numbers, percentages, dates, TRUE/FALSE, "=…" formulas) unless the cell is
formatted as text or the string starts with an apostrophe; numbers read back as floats, date-formatted
numbers as datetimes, empty cells as None. ``app.calculate()`` computes every formula with the
`formulas` engine (with pingfen's worksheet functions registered), the way Excel would.
"""

from __future__ import annotations

import datetime as dt
import re
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter, range_boundaries

from pingfen.cells import column_number

_EPOCH = dt.datetime(1899, 12, 30)
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$")
_DATE = re.compile(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$")
_ERRORS = ("#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!")

Pos = tuple[int, int]


def _parse(address: str) -> list[tuple[int, int, int, int]]:
    """"A1:B2,D4" → [(min_row, min_col, max_row, max_col), …]; also "A:A" and "3:3"."""
    areas = []
    for part in address.replace("$", "").split(","):
        part = part.split("!")[-1].strip()
        if re.fullmatch(r"[A-Z]+:[A-Z]+", part):
            first, last = part.split(":")
            areas.append((1, column_number(first), 1048576, column_number(last)))
        elif re.fullmatch(r"\d+:\d+", part):
            first, last = part.split(":")
            areas.append((int(first), 1, int(last), 16384))
        else:
            min_col, min_row, max_col, max_row = range_boundaries(part)
            areas.append((min_row, min_col, max_row, max_col))
    return areas


def _addr(row: int, column: int) -> str:
    return f"{get_column_letter(column)}{row}"


def _is_date_format(fmt: str) -> bool:
    plain = re.sub(r'"[^"]*"|\[[^\]]*\]', "", fmt.lower())
    return fmt not in ("General", "@") and any(token in plain for token in ("yy", "dd", "mm-", "m/d"))


class FakeCell:
    __slots__ = ("value", "formula", "number_format", "style", "computed")

    def __init__(self) -> None:
        self.value: Any = None  # the constant (float, str, bool, datetime)
        self.formula: str | None = None  # "=…"
        self.number_format = "General"
        self.style: dict[str, Any] = {}
        self.computed: Any = None  # the value Excel computed for a formula

    @property
    def empty(self) -> bool:
        return self.value is None and self.formula is None

    @property
    def formatted(self) -> bool:
        return self.number_format != "General" or bool(self.style)


class FakeApp:
    """``xw.App``. ``calls`` records every cross-application operation."""

    def __init__(self, *, fail_stamp: bool = False) -> None:
        self.calls: list[str] = []
        self.alerts: list[tuple[str, str]] = []
        self._props: dict[str, Any] = {
            "screen_updating": True, "calculation": "automatic", "enable_events": True,
            "display_alerts": True, "status_bar": False,
        }
        self.books = FakeBooks(self)
        self.fail_stamp = fail_stamp  # make api.Sheets.Add(Type=…) fail, as on macOS
        self.history: list[tuple[str, Any]] = []  # property changes, in order

    def hit(self, what: str) -> None:
        self.calls.append(what)

    def _get(self, name: str) -> Any:
        self.hit(f"app.{name}")
        return self._props[name]

    def _set(self, name: str, value: Any) -> None:
        self.hit(f"app.{name}={value!r}")
        self._props[name] = value
        self.history.append((name, value))

    screen_updating = property(lambda self: self._get("screen_updating"), lambda self, v: self._set("screen_updating", v))
    calculation = property(lambda self: self._get("calculation"), lambda self, v: self._set("calculation", v))
    enable_events = property(lambda self: self._get("enable_events"), lambda self, v: self._set("enable_events", v))
    display_alerts = property(lambda self: self._get("display_alerts"), lambda self, v: self._set("display_alerts", v))
    status_bar = property(lambda self: self._get("status_bar"), lambda self, v: self._set("status_bar", v))

    def state(self, name: str) -> Any:
        """A property's current value without recording a call (for assertions)."""
        return self._props[name]

    @contextmanager
    def properties(self, **kwargs: Any) -> Iterator["FakeApp"]:
        initial = {}
        for name, value in kwargs.items():
            initial[name] = getattr(self, name)
            setattr(self, name, value)
        try:
            yield self
        finally:
            for name, value in initial.items():
                setattr(self, name, value)

    def calculate(self) -> None:
        self.hit("app.calculate()")
        for book in self.books:
            book._calculate()

    def alert(self, prompt: str, title: str | None = None, buttons: str = "ok", mode: str | None = None, callback: str | None = None) -> str:
        self.hit("app.alert()")
        self.alerts.append((title or "", prompt))
        return "ok"

    @property
    def engine(self) -> Any:
        return type("Engine", (), {"name": "excel"})()


class FakeBooks:
    def __init__(self, app: FakeApp) -> None:
        self.app = app
        self._books: list[FakeBook] = []

    def __iter__(self) -> Iterator["FakeBook"]:
        return iter(list(self._books))

    def add(self, name: str = "工作簿1.xlsx", fullname: str | None = None) -> "FakeBook":
        book = FakeBook(self.app, name, fullname or name)
        self._books.append(book)
        return book


class FakeBook:
    """``xw.Book``."""

    def __init__(self, app: FakeApp, name: str, fullname: str) -> None:
        self.app = app
        self._name = name
        self._fullname = fullname
        self._sheets: list[FakeSheet] = []
        self.api = _BookApi(self)
        self.saved_copies: list[str] = []
        self.active: str | None = None

    @property
    def name(self) -> str:
        self.app.hit("book.name")
        return self._name

    @property
    def fullname(self) -> str:
        self.app.hit("book.fullname")
        return self._fullname

    @property
    def sheets(self) -> "FakeSheets":
        self.app.hit("book.sheets")
        return FakeSheets(self)

    @property
    def sheet_names(self) -> list[str]:
        return [sheet.name for sheet in self.sheets]

    # -- test helpers (no calls recorded)

    def sheet(self, name: str) -> "FakeSheet":
        return next(sheet for sheet in self._sheets if sheet._name == name)

    def names(self) -> list[str]:
        return [sheet._name for sheet in self._sheets]

    def new_sheet(self, name: str, grid: list[list[Any]] | None = None, *, typed: bool = False) -> "FakeSheet":
        """A sheet holding ``grid`` from A1: stored as is, or parsed as if typed (``typed=True``)."""
        sheet = FakeSheet(self, name)
        self._sheets.append(sheet)
        for r, row in enumerate(grid or [], start=1):
            for c, value in enumerate(row, start=1):
                if value is None:
                    continue
                if typed:
                    sheet._enter(r, c, value)
                else:
                    sheet._cell(r, c).value = float(value) if isinstance(value, int) and not isinstance(value, bool) else value
        return sheet

    def load_xlsx(self, path: str | Path, before: "FakeSheet | None" = None, after: "FakeSheet | None" = None) -> list["FakeSheet"]:
        """Inserts every sheet of an .xlsx file (what ``Sheets.Add(Type=path)`` does in Excel)."""
        formulas = load_workbook(path)
        cached = load_workbook(path, data_only=True)
        added = []
        for ws in formulas.worksheets:
            if ws.title in self.names():
                raise RuntimeError(f"工作表“{ws.title}”已存在")
            sheet = FakeSheet(self, ws.title)
            values = cached[ws.title]
            for row in ws.iter_rows():
                for cell in row:
                    if cell.__class__.__name__ == "MergedCell" and cell.number_format == "General" and not cell.has_style:
                        continue
                    target = sheet._cell(cell.row, cell.column)
                    if isinstance(cell.value, str) and cell.data_type == "f":
                        target.formula = cell.value
                        target.computed = values.cell(cell.row, cell.column).value
                    elif cell.value is not None:
                        target.value = float(cell.value) if isinstance(cell.value, int) and not isinstance(cell.value, bool) else cell.value
                    target.number_format = cell.number_format
                    if cell.has_style:
                        target.style = {"font": cell.font.name, "bold": bool(cell.font.b), "locked": cell.protection.locked}
                    if cell.hyperlink is not None:
                        sheet.hyperlinks[(cell.row, cell.column)] = cell.hyperlink.location or cell.hyperlink.target
            sheet.merges = [str(merged) for merged in ws.merged_cells.ranges]
            sheet.hidden = ws.sheet_state != "visible"
            sheet.protected = bool(ws.protection.sheet)
            sheet.validations = [(dv.type, str(dv.sqref)) for dv in ws.data_validations.dataValidation]
            sheet.conditional_formats = sum(len(rules) for rules in ws.conditional_formatting._cf_rules.values())
            sheet.widths = {key: dim.width for key, dim in ws.column_dimensions.items() if dim.width}
            sheet.freeze = ws.freeze_panes
            sheet.charts = len(ws._charts)
            added.append(sheet)
        anchor = before or after
        index = len(self._sheets) if anchor is None else self._sheets.index(anchor) + (0 if before else 1)
        self._sheets[index:index] = added
        return added

    def _remove(self, sheet: "FakeSheet") -> None:
        if len([s for s in self._sheets if not s.hidden and s is not sheet]) == 0:
            raise RuntimeError("工作簿中至少要保留一张可见工作表")
        self._sheets.remove(sheet)

    def _calculate(self) -> None:
        """Computes every formula with the `formulas` engine (pingfen's functions registered)."""
        if not any(cell.formula for sheet in self._sheets for cell in sheet.cells.values()):
            return
        import tempfile

        from pingfen.engines import formulas_engine
        from pingfen.excel.udfs import register_formulas_udfs

        register_formulas_udfs()
        with tempfile.TemporaryDirectory(prefix="pingfen-fake-") as directory:
            path = Path(directory) / "book.xlsx"
            self._save(path)
            values = formulas_engine.evaluate_workbook(path)
        for sheet in self._sheets:
            for (row, column), cell in sheet.cells.items():
                if cell.formula:
                    value = values.get((sheet._name, _addr(row, column)))
                    cell.computed = "" if value is None else value

    def _save(self, path: str | Path, cached: bool = False) -> None:
        workbook = Workbook()
        workbook.remove(workbook.active)
        computed = {}
        for sheet in self._sheets:
            ws = workbook.create_sheet(sheet._name)
            for (row, column), cell in sheet.cells.items():
                target = ws.cell(row, column)
                if cell.formula:
                    target.value = cell.formula
                    computed[(sheet._name, _addr(row, column))] = cell.computed
                elif cell.value is not None:
                    target.value = cell.value
                    if isinstance(cell.value, str):
                        target.data_type = "s"
                target.number_format = cell.number_format
            for merge in sheet.merges:
                ws.merge_cells(merge)
            if sheet.hidden:
                ws.sheet_state = "hidden"
        workbook.save(path)
        if cached:
            from decimal import Decimal

            from pingfen.workbook.cached import write_cached_values

            values = {ref: (Decimal(repr(float(v))) if isinstance(v, (int, float)) and not isinstance(v, bool) else v) for ref, v in computed.items() if v is not None}
            write_cached_values(path, path, values)


class _BookApi:
    """``book.api``: the COM members the desktop writer and the export use."""

    def __init__(self, book: FakeBook) -> None:
        self._book = book

    @property
    def Sheets(self) -> "_SheetsApi":  # noqa: N802 - COM name
        self._book.app.hit("book.api.Sheets")
        return _SheetsApi(self._book)

    def Worksheets(self, name: str) -> "_SheetApi":  # noqa: N802
        self._book.app.hit(f"book.api.Worksheets({name!r})")
        return self._book.sheet(name).api

    def SaveCopyAs(self, path: str) -> None:  # noqa: N802
        self._book.app.hit("book.api.SaveCopyAs()")
        self._book._save(path, cached=True)
        self._book.saved_copies.append(path)


class _SheetsApi:
    def __init__(self, book: FakeBook) -> None:
        self._book = book

    def Add(self, Before: Any = None, After: Any = None, Count: Any = None, Type: Any = None) -> "_SheetApi":  # noqa: N802,N803
        self._book.app.hit("book.api.Sheets.Add()")
        if self._book.app.fail_stamp:
            raise AttributeError("Sheets.Add(Type=…) is not available")
        before = Before._sheet if Before is not None else None
        after = After._sheet if After is not None else None
        added = self._book.load_xlsx(Type, before=before, after=after)
        return added[0].api


class _SheetApi:
    def __init__(self, sheet: "FakeSheet") -> None:
        self._sheet = sheet

    def _hit(self, what: str) -> None:
        self._sheet.book.app.hit(f"sheet({self._sheet._name}).api.{what}")

    def Delete(self) -> None:  # noqa: N802
        self._hit("Delete()")
        if self._sheet.book.app.state("display_alerts"):
            raise RuntimeError("Excel would ask for confirmation: display_alerts is on")
        self._sheet.book._remove(self._sheet)

    def Activate(self) -> None:  # noqa: N802
        self._hit("Activate()")
        self._sheet.book.active = self._sheet._name

    def Protect(self, **kwargs: Any) -> None:  # noqa: N802
        self._hit("Protect()")
        self._sheet.protected = True

    def Unprotect(self, *args: Any) -> None:  # noqa: N802
        self._hit("Unprotect()")
        self._sheet.protected = False


class _RangeApi:
    """``rng.api``: the COM Range members the desktop writer uses (Windows only in xlwings)."""

    def __init__(self, rng: "FakeRange") -> None:
        object.__setattr__(self, "_range", rng)

    def __setattr__(self, name: str, value: Any) -> None:
        if name != "Locked":
            raise AttributeError(name)
        self._range._hit(f"api.Locked = {value!r}")
        if self._range.sheet.protected:
            raise RuntimeError("Excel: 受保护的工作表中不能更改单元格的锁定属性")
        for row, column in self._range._positions():
            self._range.sheet._cell(row, column).style["locked"] = bool(value)


class FakeSheets:
    """``book.sheets``."""

    def __init__(self, book: FakeBook) -> None:
        self.book = book

    def __len__(self) -> int:
        self.book.app.hit("sheets.count")
        return len(self.book._sheets)

    def __iter__(self) -> Iterator["FakeSheet"]:
        for index in range(len(self)):
            self.book.app.hit(f"sheets[{index}]")
            yield self.book._sheets[index]

    def __getitem__(self, key: int | str) -> "FakeSheet":
        self.book.app.hit(f"sheets[{key!r}]")
        if isinstance(key, int):
            return self.book._sheets[key]
        return self.book.sheet(key)

    def __call__(self, key: int | str) -> "FakeSheet":
        return self[key - 1 if isinstance(key, int) else key]

    def add(self, name: str | None = None, before: "FakeSheet | None" = None, after: "FakeSheet | None" = None) -> "FakeSheet":
        self.book.app.hit("sheets.add()")
        sheet = FakeSheet(self.book, name or f"Sheet{len(self.book._sheets) + 1}")
        if name in self.book.names():
            raise ValueError(f"Sheet named '{name}' already present in workbook")
        anchor = before or after
        index = len(self.book._sheets) if anchor is None else self.book._sheets.index(anchor) + (0 if before else 1)
        self.book._sheets.insert(index, sheet)
        return sheet


class FakeSheet:
    """``xw.Sheet``; also holds the sheet's state."""

    def __init__(self, book: FakeBook, name: str) -> None:
        self.book = book
        self._name = name
        self.cells: dict[Pos, FakeCell] = {}
        self.merges: list[str] = []
        self.validations: list[tuple[str, str]] = []
        self.conditional_formats = 0
        self.hyperlinks: dict[Pos, str] = {}
        self.widths: dict[str, float] = {}
        self.heights: dict[int, float] = {}
        self.freeze: str | None = None
        self.hidden = False
        self.protected = False
        self.charts = 0
        self.api = _SheetApi(self)

    def _hit(self, what: str) -> None:
        self.book.app.hit(f"sheet({self._name}).{what}")

    def _cell(self, row: int, column: int) -> FakeCell:
        cell = self.cells.get((row, column))
        if cell is None:
            cell = self.cells[(row, column)] = FakeCell()
        return cell

    def _enter(self, row: int, column: int, value: Any) -> None:
        """A value written through the object model, parsed as Excel parses typed input."""
        cell = self._cell(row, column)
        if self.protected and cell.style.get("locked", True):
            raise RuntimeError(f"工作表“{self._name}”受保护，不能写入锁定的单元格 {_addr(row, column)}")
        cell.value, cell.formula, cell.computed = None, None, None
        if value is None or value == "":
            return
        if isinstance(value, bool) or isinstance(value, dt.datetime):
            cell.value = value
            return
        if isinstance(value, (int, float)):
            cell.value = float(value)
            return
        text = str(value)
        if cell.number_format == "@":
            cell.value = text
        elif text.startswith("'"):
            cell.value = text[1:]
        elif text.startswith("=") and len(text) > 1:
            cell.formula = text
        elif _NUMBER.match(text.strip()):
            plain = text.strip()
            cell.value = float(plain[:-1]) / 100 if plain.endswith("%") else float(plain)
        elif text.strip().upper() in ("TRUE", "FALSE"):
            cell.value = text.strip().upper() == "TRUE"
        elif _DATE.match(text.strip()):
            year, month, day = (int(part) for part in _DATE.match(text.strip()).groups())  # type: ignore[union-attr]
            cell.value = dt.datetime(year, month, day)
        elif text.strip().upper() in _ERRORS:
            cell.value = text.strip().upper()
        else:
            cell.value = text

    @property
    def name(self) -> str:
        self._hit("name")
        return self._name

    @name.setter
    def name(self, value: str) -> None:
        self._hit(f"name={value!r}")
        if value in self.book.names() and value != self._name:
            raise ValueError("name taken")
        self._name = value

    def range(self, first: Any, second: Any = None) -> "FakeRange":
        self._hit(f"range({first!r})")
        if second is not None:
            (r1, c1), (r2, c2) = first, second
            return FakeRange(self, [(r1, c1, r2, c2)])
        return FakeRange(self, _parse(first))

    def __getitem__(self, address: str) -> "FakeRange":
        return self.range(address)

    @property
    def used_range(self) -> "FakeRange":
        self._hit("used_range")
        used = [pos for pos, cell in self.cells.items() if not cell.empty or cell.formatted]
        if not used:
            return FakeRange(self, [(1, 1, 1, 1)])
        rows = [r for r, _ in used]
        columns = [c for _, c in used]
        return FakeRange(self, [(min(rows), min(columns), max(rows), max(columns))])

    def clear(self) -> None:
        self._hit("clear()")
        if self.protected:
            raise RuntimeError(f"工作表“{self._name}”受保护，不能清除")
        self.cells.clear()
        self.merges.clear()
        self.validations.clear()
        self.conditional_formats = 0
        self.hyperlinks.clear()

    def delete(self) -> None:
        self._hit("delete()")
        self.book._remove(self)

    @property
    def visible(self) -> bool:
        self._hit("visible")
        return not self.hidden

    @visible.setter
    def visible(self, value: bool) -> None:
        self._hit(f"visible={value!r}")
        self.hidden = not value

    def activate(self) -> None:
        self._hit("activate()")
        self.book.active = self._name

    @property
    def freeze_panes(self) -> Any:
        sheet = self

        class _Freeze:
            def freeze_at(self, address: str) -> None:
                sheet._hit(f"freeze_panes.freeze_at({address!r})")
                sheet.freeze = address

        return _Freeze()

    # -- test helpers

    def state(self) -> dict[str, Any]:
        """values/formulas, merges and number formats, comparable with ``openpyxl_state``."""
        hidden = _covered(self.merges)
        return {
            "cells": {_addr(r, c): (cell.formula if cell.formula else cell.value) for (r, c), cell in self.cells.items() if not cell.empty},
            "merges": sorted(self.merges),
            "formats": {
                _addr(r, c): cell.number_format for (r, c), cell in self.cells.items()
                if cell.number_format != "General" and (r, c) not in hidden
            },
        }


def _covered(merges: list[str]) -> set[Pos]:
    """The cells of merged areas other than their top-left cells (not visible on their own)."""
    covered = set()
    for merge in merges:
        min_col, min_row, max_col, max_row = range_boundaries(merge)
        covered |= {(r, c) for r in range(min_row, max_row + 1) for c in range(min_col, max_col + 1)} - {(min_row, min_col)}
    return covered


def openpyxl_state(ws: Any) -> dict[str, Any]:
    """The same state as ``FakeSheet.state`` for an openpyxl worksheet."""
    cells, formats = {}, {}
    hidden = _covered([str(r) for r in ws.merged_cells.ranges])
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is not None:
                cells[cell.coordinate] = float(cell.value) if isinstance(cell.value, int) and not isinstance(cell.value, bool) else cell.value
            if cell.number_format != "General" and (cell.row, cell.column) not in hidden:
                formats[cell.coordinate] = cell.number_format
    return {"cells": cells, "merges": sorted(str(r) for r in ws.merged_cells.ranges), "formats": formats}


class FakeRange:
    """``xw.Range`` over one or more rectangular areas."""

    def __init__(self, sheet: FakeSheet, areas: list[tuple[int, int, int, int]], options: dict[str, Any] | None = None) -> None:
        self.sheet = sheet
        self.areas = areas
        self._options = options or {}

    def _hit(self, what: str) -> None:
        self.sheet._hit(f"range[{self._label()}].{what}")

    def _label(self) -> str:
        return ",".join(f"{_addr(a, b)}:{_addr(c, d)}" for a, b, c, d in self.areas)

    def _positions(self) -> Iterator[Pos]:
        for r1, c1, r2, c2 in self.areas:
            for row in range(r1, min(r2, 5000) + 1):
                for column in range(c1, min(c2, 200) + 1):
                    yield row, column

    @property
    def api(self) -> "_RangeApi":
        return _RangeApi(self)

    def options(self, **kwargs: Any) -> "FakeRange":
        return FakeRange(self.sheet, self.areas, {**self._options, **kwargs})

    # -- geometry

    @property
    def row(self) -> int:
        self._hit("row")
        return self.areas[0][0]

    @property
    def column(self) -> int:
        self._hit("column")
        return self.areas[0][1]

    @property
    def address(self) -> str:
        self._hit("address")
        return ",".join(
            f"${get_column_letter(b)}${a}" + ("" if (a, b) == (c, d) else f":${get_column_letter(d)}${c}")
            for a, b, c, d in self.areas
        )

    # -- values and formulas

    def _read(self, row: int, column: int) -> Any:
        cell = self.sheet.cells.get((row, column))
        if cell is None or cell.empty:
            return None
        value = cell.computed if cell.formula else cell.value
        if value == "" and cell.formula:
            return ""
        if isinstance(value, str) and value in _ERRORS and not self._options.get("err_to_str"):
            return None
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = float(value)
            if _is_date_format(cell.number_format):
                return _EPOCH + dt.timedelta(days=value)
        return value

    def _shaped(self, fn: Any) -> Any:
        r1, c1, r2, c2 = self.areas[0]
        rows = [[fn(r, c) for c in range(c1, c2 + 1)] for r in range(r1, r2 + 1)]
        if self._options.get("ndim") == 2:
            return rows
        if len(rows) == 1 and len(rows[0]) == 1:
            return rows[0][0]
        if len(rows) == 1:
            return rows[0]
        if all(len(row) == 1 for row in rows):
            return [row[0] for row in rows]
        return rows

    @property
    def value(self) -> Any:
        self._hit("value")
        return self._shaped(self._read)

    @value.setter
    def value(self, data: Any) -> None:
        self._hit("value=")
        self._write(data)

    def _write(self, data: Any) -> None:
        r1, c1 = self.areas[0][0], self.areas[0][1]
        rows = data if isinstance(data, list) and data and isinstance(data[0], list) else [data if isinstance(data, list) else [data]]
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.sheet._enter(r1 + r, c1 + c, value)

    @property
    def formula(self) -> Any:
        self._hit("formula")

        def text(row: int, column: int) -> str:
            cell = self.sheet.cells.get((row, column))
            if cell is None or cell.empty:
                return ""
            if cell.formula:
                return cell.formula
            value = cell.value
            if isinstance(value, bool):
                return "TRUE" if value else "FALSE"
            if isinstance(value, float):
                return repr(int(value)) if value.is_integer() else repr(value)
            return str(value)

        r1, c1, r2, c2 = self.areas[0]
        if (r1, c1) == (r2, c2):
            return text(r1, c1)
        return tuple(tuple(text(r, c) for c in range(c1, c2 + 1)) for r in range(r1, r2 + 1))

    @formula.setter
    def formula(self, data: Any) -> None:
        self._hit("formula=")
        self._write(data)

    # -- formats

    @property
    def number_format(self) -> str:
        self._hit("number_format")
        return self.sheet._cell(self.areas[0][0], self.areas[0][1]).number_format

    @number_format.setter
    def number_format(self, value: str) -> None:
        self._hit(f"number_format={value!r}")
        for pos in self._positions():
            self.sheet._cell(*pos).number_format = value

    def _style(self, key: str, value: Any) -> None:
        self._hit(f"{key}={value!r}")
        for pos in self._positions():
            self.sheet._cell(*pos).style[key] = value

    @property
    def font(self) -> Any:
        self._hit("font")
        rng = self

        class _Font:
            def __setattr__(self, key: str, value: Any) -> None:
                rng._style(f"font.{key}", value)

        return _Font()

    color = property(lambda self: None, lambda self, v: self._style("color", v))
    horizontal_alignment = property(lambda self: None, lambda self, v: self._style("horizontal", v))
    vertical_alignment = property(lambda self: None, lambda self, v: self._style("vertical", v))
    wrap_text = property(lambda self: None, lambda self, v: self._style("wrap", v))

    @property
    def borders(self) -> Any:
        self._hit("borders")
        rng = self

        class _Borders:
            def __setattr__(self, key: str, value: Any) -> None:
                rng._style(f"border.{key}", value)

        return _Borders()

    @property
    def column_width(self) -> float | None:
        return None

    @column_width.setter
    def column_width(self, value: float) -> None:
        self._hit(f"column_width={value!r}")
        for _, c1, _, c2 in self.areas:
            for column in range(c1, c2 + 1):
                self.sheet.widths[get_column_letter(column)] = value

    @property
    def row_height(self) -> float | None:
        return None

    @row_height.setter
    def row_height(self, value: float) -> None:
        self._hit(f"row_height={value!r}")
        for r1, _, r2, _ in self.areas:
            for row in range(r1, r2 + 1):
                self.sheet.heights[row] = value

    def merge(self, across: bool = False) -> None:
        self._hit("merge()")
        for r1, c1, r2, c2 in self.areas:  # Excel keeps the top-left value only
            for row in range(r1, r2 + 1):
                for column in range(c1, c2 + 1):
                    cell = self.sheet.cells.get((row, column))
                    if cell is not None and (row, column) != (r1, c1):
                        cell.value, cell.formula = None, None
            self.sheet.merges.append(f"{_addr(r1, c1)}:{_addr(r2, c2)}")

    @property
    def data_validation(self) -> Any:
        self._hit("data_validation")
        rng = self

        class _Validation:
            def set_list(self, source: list[Any], *, in_cell_dropdown: bool = True) -> None:
                rng._hit("data_validation.set_list()")
                rng.sheet.validations.append(("list", rng._label()))

            def set_decimal(self, operator: str, formula1: Any, formula2: Any = None) -> None:
                rng._hit("data_validation.set_decimal()")
                rng.sheet.validations.append(("decimal", rng._label()))

        return _Validation()

    def add_hyperlink(self, address: str, text_to_display: str | None = None, screen_tip: str | None = None) -> None:
        self._hit("add_hyperlink()")
        r1, c1 = self.areas[0][0], self.areas[0][1]
        self.sheet.hyperlinks[(r1, c1)] = address
        if text_to_display is not None:
            cell = self.sheet._cell(r1, c1)
            cell.value, cell.formula = text_to_display, None


def new_app(**kwargs: Any) -> FakeApp:
    return FakeApp(**kwargs)


# ---------------------------------------------------------------- workbooks to start from


def rubric_grid(rubric: Any) -> list[list[Any]]:
    """The 指标体系 sheet of ``rubric`` as an evaluator's workbook stores it (values from A1)."""
    from pingfen.workbook.layout import rubric_sheet
    from pingfen.excel.xlwings_backend import sheet_grid

    return [[v[1:] if isinstance(v, str) and v.startswith("'") else v for v in row] for row in sheet_grid(rubric_sheet(rubric))]


def synthetic_rubric(leaves: int, seed_path: str | Path | None = None) -> Any:
    """A rubric with ``leaves`` leaf indicators under four first-level and four second-level
    indicators, whose 评分标准 cycle through the leaves of seed 000 (all its rule kinds)."""
    import yaml

    from pingfen.rubric import load_rubric

    seed_path = seed_path or Path(__file__).resolve().parents[1] / "rubrics" / "seed000_luohu_dangqun_2022.yaml"
    seed = load_rubric(str(seed_path)).leaves()
    groups: list[list[dict[str, Any]]] = [[] for _ in range(4)]
    for index in range(leaves):
        source = seed[index % len(seed)]
        group = index % 4
        groups[group].append({
            "code": f"{group + 1}.1.{len(groups[group]) + 1}", "name": f"{source.name}{index + 1}",
            "weight": float(source.weight), "criteria": source.criteria or source.rule_text or "酌情评分",
            **({"rule": source.rule_text} if source.rule_text else {}),
        })
    indicators = []
    for group, children in enumerate(groups):
        weight = sum(child["weight"] for child in children)
        indicators.append({
            "code": str(group + 1), "name": ("决策", "过程", "产出", "效益")[group], "weight": weight,
            "children": [{"code": f"{group + 1}.1", "name": f"第{group + 1}组", "weight": weight, "children": children}],
        })
    document = {"project": f"合成项目（{leaves}个指标）", "year": 2024, "total": sum(i["weight"] for i in indicators), "indicators": indicators}
    text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    return load_rubric(f"synthetic{leaves}.yaml", text=text)


def book_with_rubric(app: FakeApp, rubric: Any, name: str = "评分.xlsx", fullname: str | None = None) -> FakeBook:
    """A workbook holding only the 指标体系 sheet of ``rubric`` (what 生成评分表 starts from)."""
    book = app.books.add(name, fullname or name)
    book.new_sheet("指标体系", rubric_grid(rubric))
    return book
