"""Compute workbooks with the pure-Python `formulas` package (compat patch applied)."""
from __future__ import annotations

import functools
import os
import tempfile
import types
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import formulas
import schedula as sh
from formulas.tokens.operand import XlError

from . import CellKey, Value, formula_cells, is_formula, normalise, write_cells
from .formulas_compat import patch

# finish() draws a progress bar on stderr; TQDM_DISABLE only works if set before tqdm is imported.
_globals = formulas.ExcelModel.complete.__globals__
_globals["tqdm"] = types.SimpleNamespace(tqdm=functools.partial(_globals["tqdm"].tqdm, disable=True))


def evaluate_cells(cells: Mapping[str, object], sheet: str = "S") -> dict[str, Value]:
    """Values of the formula cells of a one-sheet workbook built from `cells`."""
    with tempfile.TemporaryDirectory(prefix="pingfen-formulas-") as tmp:
        path = Path(tmp) / "book.xlsx"
        write_cells(cells, path, sheet)
        values = evaluate_workbook(path)
    return {
        address: values[(sheet, address.upper())]
        for address, value in cells.items()
        if is_formula(value)
    }


def evaluate_workbook(path: str | os.PathLike[str]) -> dict[CellKey, Value]:
    """Values of every formula cell of the xlsx at `path`, keyed by (sheet, address)."""
    patch()
    path = Path(path).resolve()
    model = formulas.ExcelModel().loads(str(path)).finish()
    solution = model.calculate()
    # formulas names cells "'[book.xlsx]SHEET'!A1" and upper-cases parts of it; match case-blind.
    by_name = {str(key).upper(): value for key, value in solution.items()}
    return {
        (sheet, address): _value(by_name.get(_name(path.name, sheet, address).upper(), sh.EMPTY))
        for sheet, address in formula_cells(path)
    }


def _name(book: str, sheet: str, address: str) -> str:
    return "'[%s]%s'!%s" % (book, sheet.replace("'", "''"), address)


def _value(result: Any) -> Value:
    value = getattr(result, "value", result)  # a Ranges object for cell results
    if hasattr(value, "ravel"):
        value = value.ravel()[0] if value.size else sh.EMPTY
    if value is sh.EMPTY:
        return None
    if isinstance(value, XlError):
        return str(value)
    if isinstance(value, str):
        return str(value)  # drop the schedula Token subclass
    return normalise(value)
