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
from pingfen.rules.evaluate import Evaluator
from pingfen.workbook.formula_text import parse_formula

SHEETS = yaml.safe_load((Path(__file__).parent / "data" / "libreoffice_functions.yaml").read_text(encoding="utf-8"))
ROWS = [(sheet, formula, expected) for sheet, rows in SHEETS.items() for formula, expected in rows]


@pytest.mark.parametrize("sheet, formula, expected", ROWS, ids=[f"{sheet}:{formula}" for sheet, formula, _ in ROWS])
def test_libreoffice_function_sheets(sheet: str, formula: str, expected: object) -> None:
    excused = {text for entry in divergences() for text in entry.get("formulas", ())}
    result = Evaluator({})(parse_formula(formula[1:], (1, 1)))
    if formula in excused:
        assert engine_value(result) == "#NAME?"
    elif isinstance(expected, (int, float)) and not isinstance(expected, bool):
        assert result == Decimal(str(expected)), f"{sheet} {formula}: pingfen {result!r}, LibreOffice's sheet {expected!r}"
    else:
        assert engine_value(result) == expected, f"{sheet} {formula}: pingfen {result!r}, LibreOffice's sheet {expected!r}"
