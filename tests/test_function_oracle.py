"""External oracles for the evaluator: the expected values of LibreOffice's self-checking function
sheets (tests/data/libreoffice_functions.yaml, transcribed from LibreOffice/core), the values Microsoft
Excel cached in the test book of the ``formulas`` package and the cases of its test_cell.py
(tests/data/formulas_functions.yaml), each row evaluated by pingfen's formula reader and evaluator.
Rows where Excel and the source are documented to differ (engines/divergences.yaml) must be the ones
that differ. benchmarks/function_oracle.py prints the same rows per function, beside LibreOffice's
own recalculation of each."""

from __future__ import annotations

import subprocess
import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from oracle_rows import Row, evaluate, excused, load_rows, matches

from pingfen.rules.evaluate import FUNCTIONS, XlError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import function_oracle  # noqa: E402

# Rows pingfen still gets wrong, with the reason; each must stay wrong, so that a fix is noticed.
KNOWN_GAPS: dict[str, str] = {}  # rows pingfen is known to get wrong (none left)

BY_ORIGIN: dict[str, list[Row]] = defaultdict(list)
for _row in load_rows():
    BY_ORIGIN[_row.origin].append(_row)


@pytest.mark.parametrize("origin", list(BY_ORIGIN))
def test_rows_of_each_source(origin: str) -> None:
    wrong = []
    for row in BY_ORIGIN[origin]:
        result = evaluate(row)
        entry = excused(row)
        if row.formula in KNOWN_GAPS:
            if matches(result, row.expected):
                wrong.append(f"{row.formula}: now right, remove it from KNOWN_GAPS")
        elif entry == "lo-only-syntax":
            if not isinstance(result, XlError):  # refused, never a guessed number
                wrong.append(f"{row.formula}: pingfen {result!r} for a formula Excel does not accept")
        elif entry is not None:
            if matches(result, row.expected):
                wrong.append(f"{row.formula}: listed in divergences.yaml ({entry}) but pingfen gives the source's {result!r}")
        elif not matches(result, row.expected):
            wrong.append(f"{row.address} {row.formula}: pingfen {result!r}, expected {row.expected!r}")
    assert not wrong, f"{origin}: " + "\n".join(wrong)


def test_the_oracles_cover_the_functions_pingfen_implements() -> None:
    """Every function pingfen evaluates in a file is checked against some external row."""
    tested = {name for row in load_rows() for name in _called(row.formula)}
    assert FUNCTIONS - tested == set()


def test_excel_figures_that_the_fixes_rest_on() -> None:
    """The Excel-cached values behind the fixes, worked by hand: 2.55 saved by Excel as
    2.5499999999999998 still rounds to 2.6; CEILING(-2.5,2) goes toward zero, FLOOR(-2.5,2) away
    from it; text that is not TRUE/FALSE typed into AND is passed over; serial 0 is 1900-01-00."""
    cases = {
        "=ROUND(B1,1)": Decimal("2.6"),
        "=TRUNC(B2,1)": Decimal("-0.9"),
        "=CEILING(-2.5,2)": Decimal(-2),
        "=FLOOR(-2.5,2)": Decimal(-4),
        "=CEILING(-2.5,-2)": Decimal(-4),
        "=FLOOR(-2.5,-2)": Decimal(-2),
        '=AND(TRUE,"0")': True,
        "=YEAR(0)": Decimal(1900),
        "=DAY(60)": Decimal(29),
        "=DATE(1900,3,1)": Decimal(61),
        "=DATE(1900,1,0)": Decimal(0),
        "=VALUE(TRUE)": "#VALUE!",
    }
    cells = (("B1", Decimal("2.5499999999999998")), ("B2", Decimal("-0.89999999999999991")))
    for formula, expected in cases.items():
        result = evaluate(Row("hand", formula, expected, "A1", cells))
        assert matches(result, expected), f"{formula}: pingfen {result!r}, Excel {expected!r}"


def _called(formula: str) -> set[str]:
    import re

    names = set()
    for name in re.findall(r"([A-Za-z_][\w.]*)\(", re.sub(r'"(?:[^"]|"")*"', "", formula)):
        names.add(name.upper().removeprefix("_XLFN."))
    return names


@pytest.mark.libreoffice
def test_a_libreoffice_function_sheet_is_transcribed_row_by_row(tmp_path: Path) -> None:
    """benchmarks/function_oracle.py reads a function sheet as LibreOffice saves one: Sheet2 with the
    formula in A, the expected value in B and FORMULA()'s text in D; functions pingfen lacks are counted."""
    from openpyxl import Workbook

    from pingfen.engines.libreoffice import soffice_path

    book = Workbook()
    book.active.title = "Sheet1"
    checks = book.create_sheet("Sheet2")
    rows = [("=MOD(J3,3)", 1), ('=MID(J4,2,2)', "ff"), ("=MOD(J3,0)", "error"), ("=PI()", 3.14159265358979)]
    for number, (formula, expected) in enumerate(rows, start=2):
        checks[f"A{number}"], checks[f"B{number}"] = formula, expected
        checks[f"D{number}"] = f"=_xlfn.FORMULATEXT(A{number})"
    checks["J3"], checks["J4"] = 7, "office"
    book.save(tmp_path / "sheet.xlsx")
    subprocess.run([str(soffice_path()), f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "fods", "--outdir", str(tmp_path), str(tmp_path / "sheet.xlsx")],
                   check=True, capture_output=True, timeout=120)

    text, left_out = function_oracle.transcribe_fods(tmp_path / "sheet.fods", "test")

    entry = yaml.safe_load(text)["sheet.fods"]
    assert entry["cells"] == {"J3": 7, "J4": "office"}
    assert entry["rows"] == [["=MOD(J3,3)", 1], ["=MID(J4,2,2)", "ff"], ["=MOD(J3,0)", "#DIV/0!"]]
    assert left_out == {("function pingfen does not implement", "PI"): 1}


def test_each_libreoffice_row_in_divergences_names_a_transcribed_row() -> None:
    from pingfen.engines.differential import divergences

    formulas = {row.formula for row in load_rows()}
    listed = [text for entry in divergences() for text in entry.get("libreoffice_rows", ())]
    assert listed and [text for text in listed if text not in formulas] == []
