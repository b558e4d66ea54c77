"""The rows of the external function oracles (tests/data/libreoffice_functions.yaml and
tests/data/formulas_functions.yaml), evaluated by pingfen's file-formula reader and evaluator; shared
by tests/test_function_oracle.py and benchmarks/function_oracle.py.

A data file maps a source (a LibreOffice function sheet, a sheet of the ``formulas`` test book, its
test_cell.py) to ``cells`` (the cells its formulas read: a value, or a formula such as ``=1/0`` for
an error) and ``rows``: ``[formula, expected]`` evaluated in A1, or ``[formula, expected, address]``
evaluated in that cell, or ``[formula, expected, address, cells]`` with cells of its own. Numbers are
read as the decimals written, digit for digit: Excel saves 2.55 as 2.5499999999999998.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import yaml

from pingfen.engines.differential import divergences
from pingfen.rules.evaluate import Value, XlError
from pingfen.workbook.file_values import FileValues
from pingfen.workbook.plan import coordinates
from pingfen.workbook.sheet_xml import RawCell

DATA = Path(__file__).parent / "data"
DATA_FILES = (DATA / "libreoffice_functions.yaml", DATA / "formulas_functions.yaml")
ERROR_CODES = {"#DIV/0!", "#VALUE!", "#N/A", "#NAME?", "#NUM!", "#REF!", "#NULL!"}


class _DecimalLoader(yaml.SafeLoader):
    """Numbers as exact decimals of the text written."""


_DecimalLoader.add_constructor("tag:yaml.org,2002:float", lambda loader, node: Decimal(loader.construct_scalar(node)))
_DecimalLoader.add_constructor("tag:yaml.org,2002:int", lambda loader, node: Decimal(loader.construct_scalar(node).replace("_", "")))


@dataclass(frozen=True)
class Row:
    origin: str
    formula: str
    expected: object
    address: str
    cells: tuple[tuple[str, object], ...]


def load(path: Path) -> dict[str, dict[str, object]]:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_DecimalLoader) or {}  # noqa: S506 (safe loader)


@lru_cache(maxsize=1)
def load_rows() -> tuple[Row, ...]:
    rows = []
    for path in DATA_FILES:
        for origin, content in load(path).items():
            shared = content.get("cells") or {}
            for entry in content["rows"]:
                formula, expected = entry[0], entry[1]
                address = entry[2] if len(entry) > 2 else "A1"
                cells = {**shared, **(entry[3] if len(entry) > 3 else {})}
                rows.append(Row(str(origin), formula, expected, address, tuple(cells.items())))
    return tuple(rows)


def evaluate(row: Row) -> Value:
    """``row.formula`` in its cell of a sheet holding the cells it reads."""
    cells = {}
    for address, value in row.cells:
        position = coordinates(address)
        if isinstance(value, str) and value.startswith("="):
            cells[position] = RawCell(None, value[1:], position)
        else:
            cells[position] = RawCell(value)
    home = coordinates(row.address)
    cells[home] = RawCell(None, row.formula[1:], home)
    return FileValues({"S": cells}).cell("S", *home)


def fifteen_digits(value: Decimal) -> Decimal:
    """Excel shows and compares numbers to 15 significant digits."""
    if value == 0:
        return Decimal(0)
    return value.quantize(Decimal(1).scaleb(value.adjusted() - 14)).normalize()


def matches(result: object, expected: object) -> bool:
    if isinstance(expected, bool) or isinstance(result, bool):
        return result is expected
    if isinstance(expected, Decimal):
        return isinstance(result, Decimal) and fifteen_digits(result) == fifteen_digits(expected)
    if isinstance(expected, str) and expected in ERROR_CODES:
        return isinstance(result, XlError) and result.code == expected
    if isinstance(expected, XlError):
        return isinstance(result, XlError) and result.code == expected.code
    return result == expected


@lru_cache(maxsize=1)
def _excused() -> dict[str, str]:
    return {text: entry["id"] for entry in divergences() for text in entry.get("formulas", ())}


def excused(row: Row) -> str | None:
    """The divergences.yaml entry that lists this row's formula (or ``origin!address``), if any."""
    return _excused().get(f"{row.origin}!{row.address}") or _excused().get(row.formula)


@lru_cache(maxsize=1)
def _libreoffice_rows() -> dict[str, str]:
    return {text: entry["id"] for entry in divergences() for text in entry.get("libreoffice_rows", ())}


def libreoffice_differs(row: Row) -> str | None:
    """The divergences.yaml entry under which LibreOffice computes this Excel-sourced row differently."""
    return _libreoffice_rows().get(row.formula)
