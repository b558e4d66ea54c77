"""The .xlsx file says what the sheet plan says: read back through openpyxl (a reader we did not write),
every cell of every seed rubric's workbook has the plan's value or formula and the look of its named
style (font, fill, border, alignment, number format, locked or not); a merged range shows its border on
every edge cell; merges, validations, conditional formats, links, comments, charts, widths, heights,
frozen panes, print titles and page setup are the plan's; calamine reads the computed values."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from pingfen.cells import column_letter, coordinates
from pingfen.cli import main
from pingfen.rubric import load_rubric, score_rubric
from pingfen.rubric.checks import run_checks
from pingfen.workbook.comments import Note
from pingfen.workbook.layout import build_layout, fit_rows
from pingfen.workbook.plan import BookValues, Cell
from pingfen.workbook.service import _inputs_from_rubric
from pingfen.workbook.styles import HIGHLIGHTS, STYLES
from pingfen.workbook.xlsx import DEFAULT_MARGINS, write_book

RUBRICS = sorted((Path(__file__).resolve().parents[1] / "rubrics").glob("*.yaml"))


def _rgb(color: Any) -> str | None:
    return color.rgb[-6:] if color is not None and color.type == "rgb" else None


def _expected_look(cell: Cell) -> tuple[Any, ...]:
    look = STYLES[cell.style]
    boxed = ("thin", "000000") if look.border else (None, None)
    return (look.font, look.size, look.bold, look.color, "single" if look.underline else None, look.fill,
            look.horizontal, look.vertical, look.wrap, (boxed,) * 4, cell.number_format or look.number_format, not cell.input)


def _look(cell: Any) -> tuple[Any, ...]:
    font, fill, border, align = cell.font, cell.fill, cell.border, cell.alignment
    sides = tuple((getattr(border, s).style, _rgb(getattr(border, s).color) if getattr(border, s).style else None) for s in ("left", "right", "top", "bottom"))
    return (font.name, font.sz, bool(font.b), _rgb(font.color), font.u, _rgb(fill.fgColor) if fill.fill_type == "solid" else None,
            align.horizontal, align.vertical, bool(align.wrap_text), sides, cell.number_format, cell.protection.locked)


def _covered(merges: list[str]) -> dict[str, tuple[str, set[str]]]:
    """Each cell a merge hides → (the merge's top-left cell, the range edges it lies on)."""
    covered = {}
    for merge in merges:
        first, last = merge.split(":")
        (top, left), (bottom, right) = coordinates(first), coordinates(last)
        for row in range(top, bottom + 1):
            for column in range(left, right + 1):
                if (row, column) != (top, left):
                    edges = {name for name, on in (("left", column == left), ("right", column == right), ("top", row == top), ("bottom", row == bottom)) if on}
                    covered[f"{column_letter(column)}{row}"] = (first, edges)
    return covered


@pytest.mark.parametrize("path", RUBRICS, ids=[path.stem for path in RUBRICS])
def test_the_file_is_the_plan(path: Path, tmp_path: Path) -> None:
    rubric = load_rubric(path)
    shapes, values = _inputs_from_rubric(rubric)
    layout = build_layout(rubric, shapes, values, run_checks(rubric, score_rubric(rubric)))
    computed = BookValues(layout.book, layout.input_values).all()
    for sheet in layout.book.sheets:
        fit_rows(sheet, computed)
    formulas = layout.formulas()
    score = next(iter(layout.leaves.values())).score
    assert score is not None
    notes = {score: Note("张三", "得分已复核 <含“引号”与&>"), ("指标体系", "B2"): Note("李四", "项目名称按批复")}
    written = io.BytesIO()
    write_book(layout.book, written, notes, formulas=formulas, values=computed)
    book = load_workbook(io.BytesIO(written.getvalue()))

    assert book.sheetnames == [sheet.name for sheet in layout.book.sheets]
    assert book.active.title == layout.book.active
    for sheet in layout.book.sheets:
        ws = book[sheet.name]
        assert ws.sheet_state == ("hidden" if sheet.hidden else "visible")
        covered = _covered(sheet.merges)
        for address, cell in sheet.cells.items():
            if address in covered:
                continue
            got = ws[address]
            if cell.expr is not None:
                assert got.value == formulas[(sheet.name, address)], address
            elif cell.typed_formula:
                assert got.value == "=" + cell.typed_formula
            else:
                expected = None if cell.value == "" else cell.value  # an empty text reads back as an empty cell
                assert got.value == (float(expected) if isinstance(expected, Decimal) else expected), f"{sheet.name}!{address}"
            assert _look(got) == _expected_look(cell), f"{sheet.name}!{address}"
            assert (got.hyperlink.location if got.hyperlink else None) == (f"{cell.link[0]}!{cell.link[1]}" if cell.link else None)
        for address, (first, edges) in covered.items():  # the range's border drawn on its edge cells
            start, got = sheet.cells.get(first), ws[address]
            boxed = start is not None and STYLES[start.style].border
            sides = {side for side in ("left", "right", "top", "bottom") if getattr(got.border, side).style == "thin"}
            assert sides == (edges if boxed else set()), f"{sheet.name}!{address}"
            assert got.protection.locked == (start is None or not start.input)
        assert sorted(str(merge) for merge in ws.merged_cells.ranges) == sorted(sheet.merges)
        rules = [(str(v.sqref), v.type, v.formula1, v.formula2, v.prompt or "", v.error) for v in ws.data_validations.dataValidation]
        assert rules == [
            (" ".join(v.cells), v.kind, '"' + ",".join(v.options) + '"' if v.kind == "list" else str(v.minimum),
             None if v.kind == "list" else str(v.maximum), v.prompt, v.prompt or "输入不符合要求")
            for v in sheet.validations
        ]
        marks = [(str(area.sqref), rule.formula[0], book._differential_styles[rule.dxfId].fill.bgColor.rgb[-6:])
                 for area in ws.conditional_formatting for rule in area.rules]
        assert sorted(marks) == sorted((h.cells, h.formula, HIGHLIGHTS[h.style]) for h in sheet.highlights)
        charts = [("".join(run.t for p in chart.title.tx.rich.p for run in p.r), len(chart.series)) for chart in ws._charts]
        assert charts == [(chart.title, len(chart.values)) for chart in sheet.charts]
        assert {k: v.width for k, v in ws.column_dimensions.items() if v.customWidth} == sheet.widths
        assert {k: v.height for k, v in ws.row_dimensions.items() if v.height} == sheet.heights
        assert ws.freeze_panes == sheet.freeze
        assert ws.print_title_rows == (f"${sheet.title_rows.replace(':', ':$')}" if sheet.title_rows else None)
        assert ws.page_setup.orientation == ("landscape" if sheet.landscape else "portrait") and ws.page_setup.paperSize == 9  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        margins = ws.page_margins
        assert (margins.left, margins.right, margins.top, margins.bottom, margins.header, margins.footer) == DEFAULT_MARGINS
        assert ws.oddFooter.center.text == "第 &P 页，共 &N 页"
        assert bool(ws.protection.sheet) == sheet.protected
    for (sheet_name, address), note in notes.items():
        comment = book[sheet_name][address].comment
        assert (comment.text, comment.author) == (note.text, note.author)

    cached = CalamineWorkbook.from_filelike(io.BytesIO(written.getvalue()))
    grids = {name: cached.get_sheet_by_name(name).to_python(skip_empty_area=False) for name in cached.sheet_names}
    for (sheet_name, address), value in computed.items():
        row, column = coordinates(address)
        shown = grids[sheet_name][row - 1][column - 1]
        if isinstance(value, Decimal):
            assert shown == pytest.approx(float(value)), f"{sheet_name}!{address}"
        elif isinstance(value, str):
            assert shown == value, f"{sheet_name}!{address}"


def test_build_writes_the_file_through_the_cli(tmp_path: Path) -> None:
    """`pingfen build` replaces an existing file only with --force, keeping the old one as .bak; the new
    file holds the published total of the seed (91 分, 表1 of the 罗湖 report) as a cached value, and
    recalculating it (values already current) leaves the file byte for byte as it was."""
    output = tmp_path / "评分表.xlsx"
    seed = next(path for path in RUBRICS if path.name.startswith("seed000"))
    assert main(["build", str(seed), "-o", str(output)]) == 0
    first = output.read_bytes()
    assert main(["build", str(seed), "-o", str(output), "--force"]) == 0
    assert output.with_name(output.name + ".bak").read_bytes() == first
    rows = CalamineWorkbook.from_path(str(output)).get_sheet_by_name("评分表").to_python()
    assert any(row and row[0] == "合计" and 91 in row for row in rows)
    built = output.read_bytes()
    assert main(["recalc", str(output)]) == 0
    assert output.read_bytes() == built
