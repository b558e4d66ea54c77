"""The firm's workbook template: an .xlsx a firm restyles in Excel. Its “样式” sheet holds one sample
cell per style (font, fill, borders, alignment, number format are read from it); each other sheet
named like a generated sheet (评分表, 附件评分表, 自评表 …) gives that sheet's column widths by
header title, its margins and orientation. ``--template`` on ``build`` and ``report`` takes it."""

from __future__ import annotations

from dataclasses import field
from pathlib import Path
from typing import Any

from ..lazy_dataclass import dataclass
from .plan import Book, Cell, Sheet
from .styles import SIDES, Xf

STYLE_SHEET = "样式"
# style name → what a firm sees in the 样式 sheet
STYLE_LABELS = {
    "title": "表格标题", "subtitle": "说明行", "header": "表头", "group": "上级指标名称", "label": "栏目名称",
    "text": "正文（评分标准、计算过程）", "link": "链接", "plain": "隐藏数据", "number": "分值等数字",
    "score": "得分", "percent": "得分率", "total": "合计行文字", "total_number": "合计行数字",
    "total_percent": "合计行得分率", "input_text": "录入：文字", "input_number": "录入：数字", "input_pct": "录入：百分比",
    "input_date": "录入：日期", "input_choice": "录入：是/否", "severity_error": "校验：错误",
    "severity_warning": "校验：警告", "severity_info": "校验：提示",
}
TEMPLATE_SHEETS = ("评分表", "附件评分表", "自评表")


class TemplateError(ValueError):
    """A template that cannot be used; the message names the file, sheet and what is missing."""


@dataclass
class SheetSetup:
    widths: dict[str, float] = field(default_factory=dict)  # header title → column width
    landscape: bool | None = None
    margins: tuple[float, ...] | None = None  # left, right, top, bottom, header, footer (inches)


@dataclass
class WorkbookTemplate:
    path: str
    styles: dict[str, Xf]  # style name → as the 样式 sheet's sample cell shows it
    sheets: dict[str, SheetSetup]


def header_row(sheet: Sheet) -> int | None:
    """The row a generated sheet repeats on every page: its column headers."""
    if not sheet.title_rows:
        return None
    return int(sheet.title_rows.split(":")[0])


def load_workbook_template(path: str | Path) -> WorkbookTemplate:
    from openpyxl import load_workbook

    source = Path(path)
    if not source.is_file():
        raise TemplateError(f"{source}：模板文件不存在")
    try:
        book = load_workbook(source)
    except Exception as error:  # openpyxl raises several types for files that are not .xlsx
        raise TemplateError(f"{source}：无法作为 Excel 工作簿（.xlsx）打开（{type(error).__name__}）") from None
    if STYLE_SHEET not in book.sheetnames:
        raise TemplateError(f"{source}：模板缺少“{STYLE_SHEET}”工作表（每种样式一行：A列样式名，C列为示例单元格）")
    rows = {str(row[0].value).strip(): row[2] for row in book[STYLE_SHEET].iter_rows(min_row=2, max_col=3) if row[0].value}
    missing = [f"{name}（{label}）" for name, label in STYLE_LABELS.items() if name not in rows]
    if missing:
        raise TemplateError(f"{source}：“{STYLE_SHEET}”工作表缺少样式 {'、'.join(missing)}；请按 workbook_templates/评分表模板.xlsx 补齐")
    styles = {name: _sample_style(rows[name]) for name in STYLE_LABELS}
    sheets = {}
    for name in book.sheetnames:
        if name == STYLE_SHEET:
            continue
        ws = book[name]
        page = ws.page_margins
        margins = (page.left, page.right, page.top, page.bottom, page.header, page.footer)
        setup = SheetSetup(landscape=ws.page_setup.orientation == "landscape", margins=margins)
        for row in ws.iter_rows(min_row=1, max_row=min(ws.max_row, 20)):
            for cell in row:
                if isinstance(cell.value, str) and cell.value.strip():
                    width = ws.column_dimensions[cell.column_letter].width
                    if width:
                        setup.widths.setdefault(cell.value.strip(), float(width))
        sheets[name] = setup
    return WorkbookTemplate(str(source), styles, sheets)


def _sample_style(cell: Any) -> Xf:
    """The style of a sample cell as the parts of styles.xml it needs, exactly as the firm set it."""
    from openpyxl.xml.functions import tostring

    def xml(element: Any) -> str:
        return str(tostring(element).decode("utf-8"))

    fill = xml(cell.fill.to_tree()) if cell.fill is not None and cell.fill.fill_type else None
    border = cell.border
    sides = tuple((name, xml(side.to_tree(name))) for name in SIDES if (side := getattr(border, name)) is not None and side.style)
    alignment = xml(cell.alignment.to_tree())
    return Xf(xml(cell.font.to_tree()), fill, sides, "" if alignment == "<alignment/>" else alignment, cell.number_format)


def apply_widths(book: Book, template: WorkbookTemplate) -> None:
    """Gives each column whose header title the template's sheet of the same name also has that
    sheet's width — before row heights are fitted to the text, so nothing prints clipped."""
    for sheet in book.sheets:
        setup = template.sheets.get(sheet.name)
        row = header_row(sheet)
        if setup is None or row is None:
            continue
        for address, cell in sheet.cells.items():
            letters = address.rstrip("0123456789")
            if int(address[len(letters):]) == row and isinstance(cell.value, str) and cell.value.strip() in setup.widths:
                sheet.widths[letters] = setup.widths[cell.value.strip()]


def load_optional(path: str | Path | None) -> WorkbookTemplate | None:
    return load_workbook_template(path) if path else None


def write_default_template(path: str | Path, book: Book) -> None:
    """The template pingfen ships: the built-in styles on 样式, and the header rows, widths and page
    setup of the given book's 评分表, 附件评分表 and 自评表 sheets."""
    from .xlsx import write_book

    styles = Sheet(STYLE_SHEET, landscape=False)
    for column, title in enumerate(("样式名", "用途", "示例（修改此列单元格的字体、填充、边框、对齐、数字格式）"), start=1):
        styles.put(1, column, Cell(title, style="header"))
    for row, (name, label) in enumerate(STYLE_LABELS.items(), start=2):
        styles.put(row, 1, Cell(name, style=""))
        styles.put(row, 2, Cell(label, style=""))
        styles.put(row, 3, Cell("示例文字 123.45", style=name))
    styles.widths = {"A": 18, "B": 28, "C": 40}
    sheets = [styles]
    for sheet in book.sheets:
        if sheet.name not in TEMPLATE_SHEETS:
            continue
        row = header_row(sheet)
        kept = {address: cell for address, cell in sheet.cells.items() if row is not None and int(address.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) == row}
        sheets.append(Sheet(sheet.name, cells=kept, widths=dict(sheet.widths), landscape=sheet.landscape, title_rows=sheet.title_rows))
    write_book(Book(sheets), path)
