"""Headless recalculation engines: `formulas` (pure Python) and LibreOffice.

Both engines share one contract, so tests can run the same sheet through either:

- ``evaluate_cells(cells, sheet="S")``: ``cells`` maps an address such as ``"B3"`` to a value; a
  ``str`` starting with ``"="`` is a formula, any other ``str`` is written as text, and so is a
  `Text`, even one starting with ``"="``. Returns the value of every formula cell.
- ``evaluate_workbook(path)``: the value of every formula cell of an existing xlsx, keyed by
  ``(sheet, address)``.

Values come back as ``float`` (numbers), ``str`` (text), ``bool``, the error text such as
``"#DIV/0!"``, or ``None`` for an empty result.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

Value = float | str | bool | None
CellKey = tuple[str, str]


class Text(str):
    """A string that is written as text even when it starts with "=" (user input, not a formula)."""


def write_cells(cells: Mapping[str, object], path: Path, sheet: str = "S") -> None:
    """Write a one-sheet xlsx; text starting with "=" stays text (openpyxl would make it a formula)."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for address, value in cells.items():
        cell = ws[address]
        cell.value = value
        if isinstance(value, str) and not is_formula(value):
            cell.data_type = "s"
            cell.quotePrefix = value.startswith("=")  # Excel's leading apostrophe
    wb.save(path)


def is_formula(value: object) -> bool:
    return (
        isinstance(value, str)
        and not isinstance(value, Text)
        and len(value) > 1
        and value.startswith("=")
    )


def formula_cells(path: Path) -> list[CellKey]:
    """Every formula cell of a workbook, as (sheet title, address)."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    try:
        return [
            (ws.title, cell.coordinate)
            for ws in wb.worksheets
            for row in ws.iter_rows()
            for cell in row
            if cell.data_type == "f"
        ]
    finally:
        wb.close()


def normalise(value: object) -> Value:
    """One Python type per kind of result, whichever engine produced it."""
    if value is None or isinstance(value, (str, bool)):
        return value
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, dt.datetime):  # a date-formatted number, read back as its serial day
        return (value - dt.datetime(1899, 12, 30)).total_seconds() / 86400
    # numpy scalars and the like
    item = getattr(value, "item", None)
    if callable(item):
        return normalise(item())
    return str(value)
