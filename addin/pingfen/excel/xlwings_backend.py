"""The xlwings backend of the sheet plan: reads a live workbook as cell grids and writes a plan into it.

Every property read or write through xlwings is a round trip into Excel (COM on Windows, AppleEvents on
macOS, queued Office.js actions in xlwings Lite), so nothing here touches cells one by one. Two writers:

``StampWriter`` (desktop Excel on Windows, the ribbon's default)
    renders the sheets with the openpyxl backend into a temporary .xlsx (values, native formulas with
    cached values, styles, merges, validations, conditional formats, charts, print setup, protection,
    the hidden _pingfen sheet) and inserts all of them with one ``Sheets.Add(Type=<file>)`` call; the
    sheets they replace are renamed first and deleted after. The number of calls does not depend on the
    number of cells (about 30 for a first 生成评分表, see benchmarks/addin_calls.py). Writing the same
    formatting cell-range by cell-range would cost hundreds of calls: every leaf row carries three
    conditional-format rules, and Excel's 255-character limit on range addresses splits every
    style group into more calls as the sheet grows.

``DirectWriter`` (xlwings Lite, macOS, and the fallback when inserting from a file fails)
    keeps the existing sheet objects, clears them and writes in blocks: one ``.value`` call per sheet
    for the whole rectangle of values and formulas, one call per style property per style group
    (multi-area ranges), one call per merged area, validation group, column width and row height.
    Conditional formats, charts, print setup and sheet protection are left out (Lite cannot set most
    of them); the 评分表 still computes everything with native formulas.

Both keep Excel quiet while they work: screen updating, events and alerts off, calculation manual,
restored afterwards even when the action fails (``LiveBook.quiet``).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterator, Mapping

from openpyxl.utils import get_column_letter, range_boundaries

from ..cells import coordinates
from ..files import unused_path as new_sheet_path
from ..rules.evaluate import Value
from ..workbook.cached import write_cached_values
from ..workbook.plan import Book, Cell, CellRef, Sheet, formula_text, reference
from ..workbook.styles import STYLES
from ..workbook.xlsx import write_book

ADDRESS_LIMIT = 255  # Excel rejects longer range addresses
_OLD_PREFIX = "pingfen-old-"


class ExcelError(RuntimeError):
    """Excel refused an operation; the message is Chinese and says what to do."""


# ---------------------------------------------------------------- values as Excel receives them


def excel_text(text: str, number_format: str | None) -> str:
    """A text constant as it must be sent through ``Range.value`` so that Excel keeps it as text.

    Excel parses strings written through the object model as if typed: "1.1" becomes a number,
    "85%" 0.85, "2022-1-1" a date, "=…" a formula, "#N/A" an error. A leading apostrophe keeps the
    text (it is not part of the value); cells formatted as text ("@") keep it anyway."""
    if number_format == "@" or not text:
        return text
    stripped = text.strip()
    if (
        stripped[:1] in ("=", "+", "-", "@", "'", "#")
        or stripped.upper() in ("TRUE", "FALSE", "真", "假")
        or any(ch.isdigit() for ch in stripped)  # numbers, dates, times, fractions, "1.1", "２０２２年"
    ):
        return "'" + text
    return text


def com_formula(text: str) -> str:
    """A formula as typed in Excel: file-format prefixes such as ``_xlfn.`` are not part of it."""
    return re.sub(r'("[^"]*")|_xlfn\.|_xlws\.', lambda m: m.group(1) or "", text)


def cell_number_format(cell: Cell) -> str:
    return cell.number_format or STYLES[cell.style].number_format


def sheet_extent(sheet: Sheet) -> tuple[int, int]:
    rows = columns = 0
    for address in sheet.cells:
        row, column = coordinates(address)
        rows, columns = max(rows, row), max(columns, column)
    for merge in sheet.merges:
        _, _, max_col, max_row = range_boundaries(merge)
        rows, columns = max(rows, max_row), max(columns, max_col)
    return rows, columns


def sheet_grid(sheet: Sheet) -> list[list[Any]]:
    """The sheet's values and formulas as one rectangle from A1, ready for one ``.value`` write."""
    rows, columns = sheet_extent(sheet)
    grid: list[list[Any]] = [[None] * columns for _ in range(rows)]
    for address, cell in sheet.cells.items():
        row, column = coordinates(address)
        if cell.is_formula:
            value: Any = com_formula(formula_text(cell, sheet.name))
        elif isinstance(cell.value, str):
            value = excel_text(cell.value, cell_number_format(cell))
        else:
            value = cell.value
        grid[row - 1][column - 1] = value
    for merge in sheet.merges:  # Excel keeps only the top-left value of a merged area
        min_col, min_row, max_col, max_row = range_boundaries(merge)
        for row in range(min_row, max_row + 1):
            for column in range(min_col, max_col + 1):
                if (row, column) != (min_row, min_col):
                    grid[row - 1][column - 1] = None
    return grid


def rectangles(addresses: list[str]) -> list[str]:
    """Cell addresses merged into few rectangles (runs down each column, then equal runs side by
    side), as A1-style areas in a stable order."""
    by_column: dict[int, list[int]] = {}
    for address in addresses:
        row, column = coordinates(address)
        by_column.setdefault(column, []).append(row)
    runs: dict[tuple[int, int], list[int]] = {}  # (first row, last row) → columns
    for column, rows in by_column.items():
        rows.sort()
        start = previous = rows[0]
        for row in rows[1:] + [None]:  # type: ignore[list-item]
            if row is not None and row == previous + 1:
                previous = row
                continue
            runs.setdefault((start, previous), []).append(column)
            if row is not None:
                start = previous = row
    areas = []
    for (first, last), columns in sorted(runs.items(), key=lambda item: (item[0][0], min(item[1]))):
        columns.sort()
        start = previous = columns[0]
        for column in columns[1:] + [None]:  # type: ignore[list-item]
            if column is not None and column == previous + 1:
                previous = column
                continue
            top_left = f"{get_column_letter(start)}{first}"
            bottom_right = f"{get_column_letter(previous)}{last}"
            areas.append(top_left if top_left == bottom_right else f"{top_left}:{bottom_right}")
            if column is not None:
                start = previous = column
    return areas


def address_chunks(areas: list[str], limit: int = ADDRESS_LIMIT) -> list[str]:
    """Multi-area addresses ("A1:B2,D4"), each within Excel's length limit."""
    chunks: list[str] = []
    current = ""
    for area in areas:
        candidate = f"{current},{area}" if current else area
        if len(candidate) > limit and current:
            chunks.append(current)
            current = area
        else:
            current = candidate
    if current:
        chunks.append(current)
    return chunks


# ---------------------------------------------------------------- the live workbook


@dataclass
class LiveBook:
    """The user's workbook, open in Excel, seen through xlwings."""

    book: Any
    lite: bool = False  # xlwings Lite: no app properties, no files, no .api
    writer: str | None = None  # "stamp" | "direct"; default: stamp on Windows desktop, else direct
    _sheets: dict[str, Any] | None = field(default=None, repr=False)

    @property
    def app(self) -> Any:
        return self.book.app

    @property
    def label(self) -> str:
        """The workbook's name, for messages."""
        return str(self.book.name)

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """Screen updating, events and alerts off, calculation manual; restored even on error."""
        if self.lite:
            yield
            return
        with self.app.properties(screen_updating=False, calculation="manual", enable_events=False, display_alerts=False):
            yield

    # -- reading

    def sheets(self) -> dict[str, Any]:
        """Sheet objects by name, in workbook order (one scan, kept until the structure changes)."""
        if self._sheets is None:
            self._sheets = {sheet.name: sheet for sheet in self.book.sheets}
        return self._sheets

    def sheet_names(self) -> list[str]:
        return list(self.sheets())

    def forget_sheets(self) -> None:
        self._sheets = None

    def read_grid(self, name: str) -> list[list[Any]]:
        """The sheet's values from A1 to its last used cell (3 calls whatever its size). Numbers come
        as floats, dates as datetimes, empty cells as None, error cells as text ("#N/A")."""
        used = self.sheets()[name].used_range
        values = used.options(ndim=2, err_to_str=True).value
        top, left = _origin(used.address)
        grid = [[None] * (left - 1) + list(row) for row in (values or [])]
        return [[] for _ in range(top - 1)] + grid

    def read_grids(self, names: list[str]) -> dict[str, list[list[Any]]]:
        present = self.sheets()
        return {name: self.read_grid(name) for name in names if name in present}

    def read_formulas(self, name: str) -> dict[str, str]:
        """The formulas of a sheet by address, without the leading "=" (3 calls). xlwings Lite reads
        formulas only asynchronously: NotImplementedError there."""
        if self.lite:
            raise NotImplementedError("xlwings Lite: await rng.get_formula()")
        used = self.sheets()[name].used_range
        formulas = used.formula
        top, left = _origin(used.address)
        if isinstance(formulas, str):
            formulas = ((formulas,),)
        found = {}
        for r, row in enumerate(formulas or ()):
            for c, text in enumerate(row if isinstance(row, (list, tuple)) else (row,)):
                if isinstance(text, str) and text.startswith("="):
                    found[f"{get_column_letter(left + c)}{top + r}"] = text[1:]
        return found

    def calculate(self) -> None:
        if not self.lite:
            self.app.calculate()

    # -- messages and files

    def tell(self, message: str, title: str = "绩效评分", critical: bool = False) -> None:
        try:
            self.app.alert(message, title=title, mode="critical" if critical else "info")
        except Exception:  # noqa: BLE001 - a message box must never hide the result
            print(f"{title}：{message}")

    def saved_path(self) -> Path | None:
        """The workbook's file, or None while it has never been saved."""
        if self.lite:
            return None
        fullname = str(self.book.fullname)
        path = Path(fullname)
        return path if path.is_absolute() and path.suffix else None

    def save_copy(self, target: Path) -> None:
        """A copy of the workbook as it is now, without changing the open workbook's file name."""
        if self.lite:
            raise ExcelError("xlwings Lite 无法在本机保存文件，请使用桌面版 Excel 的“绩效评分”选项卡")
        self.book.api.SaveCopyAs(str(target))

    # -- writing

    def replace_sheets(self, book: Book, values: Mapping[CellRef, Value], remove: list[str], active: str | None) -> str:
        """Writes the plan's sheets into the workbook in place of the sheets named in ``remove``
        (and of same-named sheets); returns the name of the writer used."""
        choice = self.writer or ("direct" if self.lite or not sys.platform.startswith("win") else "stamp")
        if choice == "stamp":
            try:
                StampWriter(self).replace(book, values, remove, active)
                return "stamp"
            except StampUnavailable:
                pass  # nothing changed yet: write the sheets through the object model instead
        DirectWriter(self).replace(book, values, remove, active)
        return "direct"


def _origin(address: str) -> tuple[int, int]:
    """(row, column) of the top-left cell of an address such as "$B$2:$Q$140" or "'S'!$A$1"."""
    return coordinates(address.split("!")[-1].split(":")[0])


# ---------------------------------------------------------------- desktop: insert rendered sheets


class StampUnavailable(Exception):
    """The sheets could not be inserted from a file; nothing in the workbook was changed."""


class StampWriter:
    """Renders the plan with the openpyxl backend and inserts the sheets from that file at once."""

    def __init__(self, live: LiveBook) -> None:
        self.live = live

    def replace(self, book: Book, values: Mapping[CellRef, Value], remove: list[str], active: str | None) -> None:
        live = self.live
        sheets = live.sheets()
        names = [sheet.name for sheet in book.sheets]
        old = [name for name in sheets if name in names or name in remove]
        directory = Path(tempfile.mkdtemp(prefix="pingfen-", dir=temp_directory()))
        stamp = directory / "pingfen.xlsx"
        try:
            write_book(replace(book, active=None), directory / "plan.xlsx")
            write_cached_values(directory / "plan.xlsx", stamp, values)
            api = live.book.api
            order = list(sheets)
            anchor = sheets[old[0]] if old else sheets[order[-1]]
            renamed = []
            try:
                for index, name in enumerate(old):
                    sheets[name].name = f"{_OLD_PREFIX}{index}"
                    renamed.append(name)
                if old:
                    api.Sheets.Add(Before=anchor.api, Type=str(stamp))
                else:
                    api.Sheets.Add(After=anchor.api, Type=str(stamp))
            except Exception as error:  # noqa: BLE001 - COM errors have no useful type
                for name in renamed:  # put the names back: nothing else was changed
                    try:
                        sheets[name].name = name
                    except Exception:  # noqa: BLE001
                        pass
                raise StampUnavailable(_com_message(error)) from None
            for name in old:
                sheets[name].api.Delete()
            if active:
                api.Worksheets(active).Activate()
        finally:
            live.forget_sheets()
            for path in directory.iterdir():
                path.unlink(missing_ok=True)
            directory.rmdir()


def _com_message(error: Exception) -> str:
    text = str(error)
    if "protect" in text.lower() or "保护" in text:
        return "工作簿结构受保护，无法增删工作表：请先在“审阅”选项卡中撤销工作簿保护"
    return f"Excel 拒绝了操作：{text}"


# ---------------------------------------------------------------- Lite, macOS, fallback: block writes


_ALIGN = {None: None, "general": "general", "left": "left", "center": "center", "right": "right"}


@dataclass(frozen=True)
class StyleProps:
    """One plan style as xlwings range properties (workbook/styles.STYLES)."""

    font: str
    size: float
    bold: bool
    color: str | None
    fill: str | None
    horizontal: str | None
    vertical: str | None
    wrap: bool
    border: bool
    number_format: str


def style_props(name: str) -> StyleProps:
    look = STYLES[name]
    return StyleProps(
        font=look.font, size=float(look.size), bold=look.bold, color=f"#{look.color}" if look.color else None,
        fill=f"#{look.fill}" if look.fill else None, horizontal=look.horizontal, vertical=look.vertical, wrap=look.wrap,
        border=look.border, number_format=look.number_format,
    )


class DirectWriter:
    """Writes the plan through the xlwings object model, in blocks (see the module docstring)."""

    def __init__(self, live: LiveBook) -> None:
        self.live = live

    def replace(self, book: Book, values: Mapping[CellRef, Value], remove: list[str], active: str | None) -> None:
        live = self.live
        sheets = live.sheets()
        previous = None
        try:
            for plan in book.sheets:
                target = sheets.get(plan.name)
                if target is None:
                    after = previous if previous is not None else list(sheets.values())[-1]
                    target = live.book.sheets.add(plan.name, after=after)
                else:
                    if not live.lite:
                        self._unprotect(target)
                    target.clear()
                    if not target.visible:
                        target.visible = True
                self.write_sheet(target, plan)
                previous = target
            keep = {sheet.name for sheet in book.sheets}
            for name in remove:
                if name in sheets and name not in keep:
                    sheet = sheets[name]
                    if not sheet.visible:
                        sheet.visible = True
                    sheet.delete()
            if active:
                live.book.sheets[active].activate()
        finally:
            live.forget_sheets()

    def write_sheet(self, target: Any, plan: Sheet) -> None:
        self._formats(target, plan)  # first: text-formatted cells then keep "1.1" as text
        grid = sheet_grid(plan)
        if grid and grid[0]:
            last = f"{get_column_letter(len(grid[0]))}{len(grid)}"
            target.range(f"A1:{last}").value = grid
        for merge in plan.merges:
            target.range(merge).merge()
        for column, width in plan.widths.items():
            target.range(f"{column}:{column}").column_width = width
        for row, height in plan.heights.items():
            target.range(f"{row}:{row}").row_height = height
        self._validations(target, plan)
        for address, cell in plan.cells.items():
            if cell.link:
                text = cell.value if isinstance(cell.value, str) else None
                target.range(address).add_hyperlink("#" + reference(cell.link, ""), text_to_display=text)
        if plan.freeze:
            target.freeze_panes.freeze_at(plan.freeze)
        if plan.hidden:
            target.visible = False
        if plan.protected and not self.live.lite and self._unlock_inputs(target, plan):
            self._protect(target)

    def _formats(self, target: Any, plan: Sheet) -> None:
        groups: dict[tuple[str, str | None], list[str]] = {}
        for address, cell in plan.cells.items():
            groups.setdefault((cell.style, cell.number_format), []).append(address)
        for merge in plan.merges:  # every cell of a merged area carries its top-left cell's style
            min_col, min_row, max_col, max_row = range_boundaries(merge)
            top_left = plan.cells.get(f"{get_column_letter(min_col)}{min_row}")
            if top_left is None:
                continue
            for row in range(min_row, max_row + 1):
                for column in range(min_col, max_col + 1):
                    address = f"{get_column_letter(column)}{row}"
                    if address not in plan.cells:
                        groups[(top_left.style, top_left.number_format)].append(address)
        for (style, number_format), addresses in groups.items():
            props = style_props(style)
            for chunk in address_chunks(rectangles(addresses)):
                rng = target.range(chunk)
                rng.font.name = props.font
                rng.font.size = props.size
                if props.bold:
                    rng.font.bold = True
                if props.color:
                    rng.font.color = props.color
                if props.fill:
                    rng.color = props.fill
                if props.horizontal:
                    rng.horizontal_alignment = _ALIGN.get(props.horizontal, props.horizontal)
                if props.vertical:
                    rng.vertical_alignment = props.vertical
                if props.wrap:
                    rng.wrap_text = True
                if props.border:
                    rng.borders.line_style = "continuous"
                fmt = number_format or props.number_format
                if fmt != "General":
                    rng.number_format = fmt

    def _validations(self, target: Any, plan: Sheet) -> None:
        lists: dict[tuple[str, ...], list[str]] = {}
        for validation in plan.validations:
            if validation.kind == "list":
                lists.setdefault(validation.options, []).extend(validation.cells)
            elif validation.kind == "decimal" and validation.minimum is not None and validation.maximum is not None:
                for address in validation.cells:
                    target.range(address).data_validation.set_decimal("between", validation.minimum, validation.maximum)
        for options, cells in lists.items():
            for chunk in address_chunks(rectangles(cells)):
                target.range(chunk).data_validation.set_list(list(options))

    @staticmethod
    def _unprotect(target: Any) -> None:
        try:
            target.api.Unprotect()
        except Exception:  # noqa: BLE001 - no .api (Lite) or not protected
            pass

    @staticmethod
    def _unlock_inputs(target: Any, plan: Sheet) -> bool:
        """Unlocks the input cells, so that the evaluator can type into them once the sheet is
        protected; False when the platform cannot (then the sheet is left unprotected, editable)."""
        inputs = [address for address, cell in plan.cells.items() if cell.input]
        try:
            for chunk in address_chunks(rectangles(inputs)):
                target.range(chunk).api.Locked = False
        except Exception:  # noqa: BLE001 - macOS/appscript has another API
            return False
        return True

    @staticmethod
    def _protect(target: Any) -> None:
        try:
            target.api.Protect(AllowFormattingColumns=True, AllowFormattingRows=True)
        except Exception:  # noqa: BLE001 - macOS/appscript has another API; the sheet stays editable
            pass


def timestamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def temp_directory() -> Path:
    """Where files for Excel to open are put: on macOS inside Excel's sandbox container, so that
    Excel may read them without asking the user for access."""
    if sys.platform == "darwin":
        container = Path.home() / "Library" / "Containers" / "com.microsoft.Excel" / "Data" / "tmp"
        try:
            container.mkdir(parents=True, exist_ok=True)
            return container
        except OSError:
            pass
    return Path(tempfile.gettempdir())


__all__ = [
    "LiveBook", "StampWriter", "DirectWriter", "ExcelError", "excel_text", "com_formula", "sheet_grid",
    "rectangles", "address_chunks", "style_props", "new_sheet_path", "timestamp", "temp_directory",
]
