"""The .xlsx writer of our own writes the same workbook the openpyxl-era writer wrote: read back through
openpyxl, every cell of every seed rubric's workbook has the same value, formula, font, fill, border,
alignment, number format and protection; the merges, validations, conditional formats, links,
comments, charts, print settings and defined names are the same; calamine reads the same cached values."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from python_calamine import CalamineWorkbook

from openpyxl_era_writer import write_book as old_write_book
from pingfen.rubric import load_rubric, score_rubric
from pingfen.rubric.checks import run_checks
from pingfen.workbook.cached import write_cached_values
from pingfen.workbook.comments import Note
from pingfen.workbook.layout import build_layout, fit_rows
from pingfen.workbook.plan import BookValues
from pingfen.workbook.service import _input_cells, _inputs_from_rubric
from pingfen.workbook.xlsx import write_book

RUBRICS = sorted((Path(__file__).resolve().parents[1] / "rubrics").glob("*.yaml"))


def _color(color: Any) -> Any:
    return None if color is None else (color.rgb if color.type == "rgb" else (color.type, color.value))


def _look(cell: Any) -> tuple[Any, ...]:
    font, fill, border, align = cell.font, cell.fill, cell.border, cell.alignment
    return (
        font.name, font.sz, bool(font.b), bool(font.i), font.u, _color(font.color),
        fill.fill_type, _color(fill.fgColor) if fill.fill_type else None,
        tuple((getattr(border, side).style, _color(getattr(border, side).color) if getattr(border, side).style else None) for side in ("left", "right", "top", "bottom")),
        align.horizontal, align.vertical, bool(align.wrap_text), cell.number_format, cell.protection.locked,
    )


def _sheet(ws: Any) -> dict[str, Any]:
    blank = _look(Workbook().active["A1"])
    cells = {}
    for row in ws.iter_rows():
        for cell in row:
            look = _look(cell)
            if cell.value is None and look == blank and not cell.hyperlink and not cell.comment:
                continue
            cells[cell.coordinate] = (
                cell.value, look, cell.hyperlink.location if cell.hyperlink else None,
                (cell.comment.text, cell.comment.author) if cell.comment else None,
            )
    validations = sorted(
        (str(v.sqref), v.type, v.operator, v.formula1, v.formula2, bool(v.allow_blank), bool(v.showErrorMessage), bool(v.showInputMessage),
         v.error, v.errorTitle, v.prompt or None)
        for v in ws.data_validations.dataValidation
    )
    highlights = sorted(
        (str(area.sqref), rule.formula[0], ws.parent._differential_styles[rule.dxfId].fill.bgColor.rgb)
        for area in ws.conditional_formatting for rule in area.rules
    )
    charts = [
        (chart.tagname, "".join(run.t for p in chart.title.tx.rich.p for run in p.r), chart.anchor._from.col, chart.anchor._from.row,
         [(s.tx.strRef.f, s.cat.numRef.f, s.val.numRef.f) for s in chart.series])
        for chart in ws._charts
    ]
    margins = ws.page_margins
    return {
        "cells": cells, "merges": sorted(str(r) for r in ws.merged_cells.ranges), "validations": validations, "highlights": highlights,
        "charts": charts, "widths": {k: v.width for k, v in ws.column_dimensions.items() if v.customWidth},
        "heights": {k: v.height for k, v in ws.row_dimensions.items() if v.height},
        "freeze": ws.freeze_panes, "titles": ws.print_title_rows, "state": ws.sheet_state,
        "page": (ws.page_setup.orientation, ws.page_setup.paperSize, ws.page_setup.fitToWidth, ws.page_setup.fitToHeight,
                 ws.sheet_properties.pageSetUpPr.fitToPage, ws.print_options.horizontalCentered, ws.oddFooter.center.text,
                 (margins.left, margins.right, margins.top, margins.bottom, margins.header, margins.footer)),
        "protected": (ws.protection.sheet, ws.protection.formatColumns, ws.protection.formatRows),
    }


def _book(data: bytes) -> dict[str, Any]:
    book = load_workbook(io.BytesIO(data))
    return {"sheets": book.sheetnames, "active": book.active.title, **{name: _sheet(book[name]) for name in book.sheetnames}}


def _cached(data: bytes) -> dict[str, list[list[Any]]]:
    book = CalamineWorkbook.from_filelike(io.BytesIO(data))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


@pytest.mark.parametrize("path", RUBRICS, ids=[path.stem for path in RUBRICS])
def test_new_writer_writes_the_openpyxl_era_workbook(path: Path, tmp_path: Path) -> None:
    rubric = load_rubric(path)
    shapes, values = _inputs_from_rubric(rubric)
    layout = build_layout(rubric, shapes, values, run_checks(rubric, score_rubric(rubric)))
    computed = BookValues(layout.book, _input_cells(layout, values)).all()
    for sheet in layout.book.sheets:
        fit_rows(sheet, computed)
    first_leaf = next(iter(layout.leaves.values()))
    notes = {first_leaf.score: Note("张三", "得分已复核 <含引号\"与&>"), ("指标体系", "B2"): Note("李四", "项目名称按批复")}  # type: ignore[dict-item]
    old = io.BytesIO()
    old_write_book(layout.book, old, notes)
    old_file = tmp_path / "old.xlsx"
    write_cached_values(old, old_file, computed)
    new = io.BytesIO()
    write_book(layout.book, new, notes, values=computed)
    before, after = _book(old_file.read_bytes()), _book(new.getvalue())
    assert before["sheets"] == after["sheets"] and before["active"] == after["active"]
    for name in before["sheets"]:
        for key, value in before[name].items():
            assert after[name][key] == value, f"{name}: {key}"
    assert _cached(old_file.read_bytes()) == _cached(new.getvalue())
