"""An external oracle for the evaluator: the expected values of LibreOffice's self-checking function
sheets (tests/data/libreoffice_functions.yaml, transcribed from LibreOffice/core), evaluated by
pingfen's formula reader and evaluator; rows where Excel and LibreOffice are documented to differ
(engines/divergences.yaml) must be the ones that differ."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from pingfen.engines.differential import divergences, engine_value
from pingfen.rules.evaluate import XlError
from pingfen.workbook.file_values import FileValues
from pingfen.workbook.plan import coordinates
from pingfen.workbook.sheet_xml import RawCell

SHEETS = yaml.safe_load((Path(__file__).parent / "data" / "libreoffice_functions.yaml").read_text(encoding="utf-8"))
ROWS = [(sheet, formula, expected) for sheet, content in SHEETS.items() for formula, expected in content["rows"]]


def _value(sheet: str, formula: str) -> object:
    """``formula`` in A1 of a sheet holding the cells the function sheet's formulas read."""
    cells = {coordinates(address): RawCell(*_raw(value, coordinates(address))) for address, value in SHEETS[sheet]["cells"].items()}
    cells[(1, 1)] = RawCell(None, formula[1:], (1, 1))
    return FileValues({"S": cells}).cell("S", 1, 1)


def _raw(value: object, home: tuple[int, int]) -> tuple[object, str | None, tuple[int, int] | None]:
    if isinstance(value, str) and value.startswith("="):
        return None, value[1:], home
    return (Decimal(str(value)) if isinstance(value, (int, float)) and not isinstance(value, bool) else value), None, None


@pytest.mark.parametrize("sheet, formula, expected", ROWS, ids=[f"{sheet}:{formula}" for sheet, formula, _ in ROWS])
def test_libreoffice_function_sheets(sheet: str, formula: str, expected: object) -> None:
    excused = {text for entry in divergences() for text in entry.get("formulas", ())}
    result = _value(sheet, formula)
    if formula in excused:
        assert isinstance(result, XlError)  # refused, never a guessed number
    elif isinstance(expected, (int, float)) and not isinstance(expected, bool):
        assert result == Decimal(str(expected)), f"{sheet} {formula}: pingfen {result!r}, LibreOffice's sheet {expected!r}"
    else:
        assert engine_value(result) == expected, f"{sheet} {formula}: pingfen {result!r}, LibreOffice's sheet {expected!r}"
