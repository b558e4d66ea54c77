"""openpyxl backend: writes a sheet plan to an .xlsx file, styled as Chinese government reports are
(宋体 headings, 仿宋 body, A4 landscape, repeated header rows, page numbers)."""

from __future__ import annotations

from copy import copy
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Mapping

from openpyxl import Workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import range_boundaries
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.page import PageMargins

from pingfen.workbook.plan import Book, Cell, CellRef, Sheet, formula_text, reference

if TYPE_CHECKING:
    from pingfen.workbook.comments import Note
from pingfen.workbook.template import WorkbookTemplate

_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_TOTAL_FILL = PatternFill("solid", fgColor="EDEDED")
BODY, HEADING = "仿宋", "宋体"

# style name → font, fill, alignment, border, number format
STYLES: dict[str, tuple[Font, PatternFill | None, Alignment, Border | None, str]] = {
    "title": (Font(name=HEADING, size=14, bold=True), None, Alignment(horizontal="center", vertical="center"), None, "General"),
    "subtitle": (Font(name=BODY, size=10), None, Alignment(horizontal="left", vertical="center", wrap_text=True), None, "General"),
    "header": (Font(name=HEADING, size=10, bold=True), _HEADER_FILL, Alignment(horizontal="center", vertical="center", wrap_text=True), _BOX, "General"),
    "group": (Font(name=HEADING, size=10, bold=True), None, Alignment(horizontal="center", vertical="center", wrap_text=True), _BOX, "General"),
    "label": (Font(name=HEADING, size=10, bold=True), None, Alignment(vertical="center"), _BOX, "General"),
    "text": (Font(name=BODY, size=10), None, Alignment(vertical="top", wrap_text=True), _BOX, "General"),
    "link": (Font(name=BODY, size=10, color="0563C1", underline="single"), None, Alignment(vertical="top", wrap_text=True), _BOX, "General"),
    "plain": (Font(name=BODY, size=10), None, Alignment(), None, "@"),
    "number": (Font(name=BODY, size=10), None, Alignment(horizontal="center", vertical="center"), _BOX, "General"),
    "score": (Font(name=BODY, size=10, bold=True), None, Alignment(horizontal="center", vertical="center"), _BOX, "General"),
    "percent": (Font(name=BODY, size=10), None, Alignment(horizontal="center", vertical="center"), _BOX, "0.00%"),
    "total": (Font(name=HEADING, size=10, bold=True), _TOTAL_FILL, Alignment(horizontal="center", vertical="center", wrap_text=True), _BOX, "General"),
    "total_number": (Font(name=HEADING, size=10, bold=True), _TOTAL_FILL, Alignment(horizontal="center", vertical="center"), _BOX, "General"),
    "total_percent": (Font(name=HEADING, size=10, bold=True), _TOTAL_FILL, Alignment(horizontal="center", vertical="center"), _BOX, "0.00%"),
    "input_text": (Font(name=BODY, size=10), _INPUT_FILL, Alignment(vertical="top", wrap_text=True), _BOX, "@"),
    "input_number": (Font(name=BODY, size=10), _INPUT_FILL, Alignment(horizontal="center", vertical="center"), _BOX, "General"),
    "input_pct": (Font(name=BODY, size=10), _INPUT_FILL, Alignment(horizontal="center", vertical="center"), _BOX, "0.00%"),
    "input_date": (Font(name=BODY, size=10), _INPUT_FILL, Alignment(horizontal="center", vertical="center"), _BOX, "yyyy-mm-dd"),
    "input_choice": (Font(name=BODY, size=10), _INPUT_FILL, Alignment(horizontal="center", vertical="center"), _BOX, "General"),
    "severity_error": (Font(name=HEADING, size=10, bold=True, color="C00000"), None, Alignment(horizontal="center", vertical="top"), _BOX, "General"),
    "severity_warning": (Font(name=HEADING, size=10, bold=True, color="C65911"), None, Alignment(horizontal="center", vertical="top"), _BOX, "General"),
    "severity_info": (Font(name=HEADING, size=10, color="2F5597"), None, Alignment(horizontal="center", vertical="top"), _BOX, "General"),
}
HIGHLIGHT_FILLS = {
    "error": PatternFill("solid", fgColor="FFC7CE", bgColor="FFC7CE"),
    "warning": PatternFill("solid", fgColor="F8CBAD", bgColor="F8CBAD"),
    "missing": PatternFill("solid", fgColor="FFEB9C", bgColor="FFEB9C"),
}


def apply_style(target, name: str, styles: dict = STYLES, *, unlocked: bool = False, number_format: str | None = None) -> None:  # type: ignore[no-untyped-def,type-arg]
    font, fill, alignment, border, fmt = styles[name]
    target.font = font
    if fill is not None:
        target.fill = fill
    target.alignment = alignment
    if border is not None:
        target.border = border
    target.number_format = number_format or fmt
    if unlocked:
        target.protection = Protection(locked=False)


class _Styler:
    """Styles cells of one workbook. Setting a font, fill or border through openpyxl hashes the style
    object to find its index in the workbook, for every cell; here the first cell of each (style,
    unlocked, number format) is styled that way and the others get a copy of its index array, so
    the workbook's style lists grow in the same order and the file is the same."""

    def __init__(self, styles: dict) -> None:  # type: ignore[type-arg]
        self.styles = styles
        self._prepared: dict[tuple[str, bool, str | None], StyleArray] = {}
        self._merges: dict[tuple[Any, ...], dict[tuple[bool, bool, bool, bool], StyleArray]] = {}

    def apply(self, target, name: str, *, unlocked: bool = False, number_format: str | None = None) -> None:  # type: ignore[no-untyped-def]
        key = (name, unlocked, number_format)
        prepared = self._prepared.get(key)
        if prepared is None:
            apply_style(target, name, self.styles, unlocked=unlocked, number_format=number_format)
            self._prepared[key] = copy(target._style)
        else:
            target._style = copy(prepared)

    def merge(self, ws, merge: str, top_left: Cell | None) -> None:  # type: ignore[no-untyped-def]
        """``ws.merge_cells(merge)`` after styling the range as its top-left cell (every cell of a
        merged range needs the border, or only the top-left edges are drawn). openpyxl then replaces
        the other cells and recomputes their borders, hashing styles cell by cell, and checks the range
        against every earlier one; the first range of each kind (style, size class) goes that way, the
        next ones get the same style arrays by position (corner, edge, inside)."""
        min_col, min_row, max_col, max_row = range_boundaries(merge)
        if top_left is None:
            ws.merge_cells(merge)
            return
        start = ws._cells[(min_row, min_col)]
        kind = (top_left.style, tuple(start._style), min(max_col - min_col, 2), min(max_row - min_row, 2))
        cells = [(row, column) for row in range(min_row, max_row + 1) for column in range(min_col, max_col + 1)]

        def position(row: int, column: int) -> tuple[bool, bool, bool, bool]:
            return row == min_row, column == min_col, column == max_col, row == max_row

        known = self._merges.get(kind)
        if known is None:
            for row, column in cells[1:]:
                self.apply(ws.cell(row, column), top_left.style)
            ws.merge_cells(merge)
            self._merges[kind] = {position(row, column): copy(ws._cells[(row, column)]._style) for row, column in cells}
            return
        ws.merged_cells.ranges.add(MergedCellRange(ws, merge))  # the plan's merged ranges never overlap
        start._style = copy(known[position(min_row, min_col)])
        for row, column in cells[1:]:
            merged = MergedCell(ws, row=row, column=column)
            merged._style = copy(known[position(row, column)])
            ws._cells[(row, column)] = merged


def _write_cell(ws, address: str, cell: Cell, sheet: Sheet, styler: _Styler, formula: str | None) -> None:  # type: ignore[no-untyped-def]
    target = ws[address]
    if cell.is_formula:
        target.value = formula if formula is not None else formula_text(cell, sheet.name)
    elif cell.typed_formula:
        target.value = "=" + cell.typed_formula
    else:
        target.value = cell.value
        if isinstance(cell.value, str):
            target.data_type = "s"  # text stays text, even "=…" typed by a user
    styler.apply(target, cell.style, unlocked=cell.input, number_format=cell.number_format)
    if cell.link:
        target.hyperlink = "#" + reference(cell.link, "")
        target.hyperlink.location = reference(cell.link, "")
        target.hyperlink.target = None


def write_sheet(ws, sheet: Sheet, template: WorkbookTemplate | None = None, styler: _Styler | None = None,  # type: ignore[no-untyped-def]
                formulas: Mapping[CellRef, str] | None = None) -> None:
    """``formulas``: the formula texts already written out for this plan (``Layout.formulas``)."""
    styler = styler or _Styler(template.styles if template else STYLES)
    formulas = formulas or {}
    for address, cell in sheet.cells.items():
        _write_cell(ws, address, cell, sheet, styler, formulas.get((sheet.name, address)))
    for merge in sheet.merges:
        min_col, min_row, _, _ = range_boundaries(merge)
        styler.merge(ws, merge, sheet.cells.get(ws.cell(min_row, min_col).coordinate))
    setup = template.sheets.get(sheet.name) if template else None
    for column, width in sheet.widths.items():
        ws.column_dimensions[column].width = width
    for row, height in sheet.heights.items():
        ws.row_dimensions[row].height = height
    for validation in sheet.validations:
        if validation.kind == "list":
            rule = DataValidation(type="list", formula1='"' + ",".join(validation.options) + '"', allow_blank=True)
        else:
            rule = DataValidation(type=validation.kind, operator="between", formula1=str(validation.minimum), formula2=str(validation.maximum), allow_blank=True)
        rule.showErrorMessage = True
        rule.error = validation.prompt or "输入不符合要求"
        rule.errorTitle = "数据校验"
        rule.prompt = validation.prompt
        rule.showInputMessage = bool(validation.prompt)
        for address in validation.cells:
            rule.add(address)
        ws.add_data_validation(rule)
    for highlight in sheet.highlights:
        ws.conditional_formatting.add(highlight.cells, FormulaRule(formula=[highlight.formula], fill=HIGHLIGHT_FILLS[highlight.style]))
    for chart_plan in sheet.charts:
        chart = BarChart()
        chart.title = chart_plan.title
        chart.y_axis.number_format = "0%"
        for values in chart_plan.values:
            min_col, min_row, max_col, max_row = range_boundaries(values)
            chart.add_data(Reference(ws, min_col=min_col, min_row=min_row, max_col=max_col, max_row=max_row), titles_from_data=True)
        min_col, min_row, max_col, max_row = range_boundaries(chart_plan.categories)
        chart.set_categories(Reference(ws, min_col=min_col, min_row=min_row, max_col=max_col, max_row=max_row))
        chart.height, chart.width = 8, 14
        ws.add_chart(chart, chart_plan.anchor)
    # narrow side margins: the 评分表 then prints at ≥ 9 pt on A4 landscape (see layout.level_widths)
    ws.page_margins = setup.margins if setup and setup.margins else PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.6, header=0.3, footer=0.3)
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    landscape = setup.landscape if setup and setup.landscape is not None else sheet.landscape
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"
    if sheet.title_rows:
        ws.print_title_rows = sheet.title_rows
    if sheet.freeze:
        ws.freeze_panes = sheet.freeze
    if sheet.protected:
        ws.protection.sheet = True
        ws.protection.formatColumns = False
        ws.protection.formatRows = False
    if sheet.hidden:
        ws.sheet_state = "hidden"


def write_book(
    book: Book, path: str | Path | BinaryIO, notes: Mapping[CellRef, Note] | None = None,
    template: WorkbookTemplate | None = None, formulas: Mapping[CellRef, str] | None = None,
) -> None:
    """The plan as an .xlsx file, with the cell comments ``notes`` (kept through a regeneration);
    ``template``: a firm's workbook template (workbook/template.py) for styles, margins and
    orientation; its column widths are applied to the plan before (``apply_widths``). ``formulas``:
    the plan's formula texts when already written out (``Layout.formulas``)."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    styler = _Styler(template.styles if template else STYLES)  # style indexes belong to one workbook
    for sheet in book.sheets:
        write_sheet(workbook.create_sheet(sheet.name), sheet, template, styler, formulas)
    for (sheet_name, address), note in (notes or {}).items():
        if sheet_name in workbook.sheetnames:
            workbook[sheet_name][address].comment = Comment(note.text, note.author, width=240, height=120)
    if book.active:
        workbook.active = [sheet.name for sheet in book.sheets].index(book.active)
    workbook.save(path)
