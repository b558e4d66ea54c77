"""Table mechanics for Word: fixed column widths that LibreOffice and Word both honour, borders,
a header row repeated on every page, vertical merges and landscape sections."""

from __future__ import annotations

from typing import Sequence

from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Twips
from docx.table import Table, _Cell


def new_section(document: DocumentObject, landscape: bool) -> None:
    """A new page in the wanted orientation, with the margins of the template's first section."""
    first = document.sections[0]
    width, height = sorted((first.page_width, first.page_height))
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (height, width) if landscape else (width, height)
    if landscape:  # the template's top/bottom margins become the long sides' margins
        section.left_margin, section.right_margin = first.top_margin, first.bottom_margin
        section.top_margin, section.bottom_margin = first.left_margin, first.right_margin


def text_width(document: DocumentObject) -> int:
    section = document.sections[-1]
    return int(section.page_width - section.left_margin - section.right_margin)


def add_table(document: DocumentObject, headers: Sequence[str], proportions: Sequence[float], header_style: str, repeat: bool = True) -> Table:
    """A bordered table as wide as the text area, columns in the given proportions; its first row
    ``headers`` is repeated on every printed page unless ``repeat`` is off."""
    table = document.add_table(rows=1, cols=len(headers))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    total = sum(proportions)
    width = text_width(document)
    widths = [int(width * share / total) for share in proportions]
    grid = table._tbl.tblGrid
    for column, gridcol in zip(table.columns, grid.findall(qn("w:gridCol"))):
        gridcol.set(qn("w:w"), str(int(Emu(widths[column._index]).twips)))
    _fixed_layout(table)
    _borders(table)
    for index, header in enumerate(headers):
        cell = table.rows[0].cells[index]
        put(cell, header, header_style)
    if repeat:
        _repeat_header(table.rows[0])
    for index, cell in enumerate(table.rows[0].cells):
        cell.width = widths[index]
    return table


def _widths(table: Table) -> list[int]:
    """The column widths (EMU) of the table's grid."""
    return [int(Twips(int(col.get(qn("w:w"))))) for col in table._tbl.tblGrid.findall(qn("w:gridCol"))]


def add_row(table: Table, values: Sequence[str | None], styles: Sequence[str]) -> list[_Cell]:
    row = table.add_row()
    widths = _widths(table)
    for index, cell in enumerate(row.cells):
        cell.width = widths[index]
        if values[index] is not None:
            put(cell, values[index] or "", styles[index])
        else:
            cell.paragraphs[0].style = styles[index]
    return list(row.cells)


def put(cell: _Cell, text: str, style: str) -> None:
    """Text into a cell, one paragraph per line, in the template's style."""
    lines = str(text).split("\n")
    paragraph = cell.paragraphs[0]
    paragraph.style = style
    paragraph.text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line, style=style)


def merge(table: Table, first: tuple[int, int], last: tuple[int, int]) -> None:
    """Merges the rectangle of cells; the text of the first cell stays."""
    if first == last:
        return
    top_left = table.cell(*first)
    keep = [p for p in top_left.paragraphs]
    merged = top_left.merge(table.cell(*last))
    # python-docx appends the (empty) paragraphs of the other cells: keep the first cell's only
    for paragraph in merged.paragraphs[len(keep):]:
        if not paragraph.text:
            paragraph._element.getparent().remove(paragraph._element)


def _fixed_layout(table: Table) -> None:
    tbl_pr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)


def _borders(table: Table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "single")
        element.set(qn("w:sz"), "4")
        element.set(qn("w:space"), "0")
        element.set(qn("w:color"), "000000")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _repeat_header(row) -> None:  # type: ignore[no-untyped-def]
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)
