"""External oracles for the evaluator: the expected values of LibreOffice's self-checking function
sheets (tests/data/libreoffice_functions.yaml, transcribed from LibreOffice/core), the values Microsoft
Excel cached in the test book of the ``formulas`` package and the cases of its test_cell.py
(tests/data/formulas_functions.yaml), each row evaluated by pingfen's formula reader and evaluator.
Rows where Excel and the source are documented to differ (engines/divergences.yaml) must be the ones
that differ. benchmarks/function_oracle.py prints the same rows per function, beside LibreOffice's
own recalculation of each."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

import pytest
from oracle_rows import Row, evaluate, excused, load_rows, matches

from pingfen.rules.evaluate import FUNCTIONS, XlError

# Rows pingfen still gets wrong, with the reason; each must stay wrong, so that a fix is noticed.
KNOWN_GAPS = {
    "=IFERROR(H9,I9)": "a formula whose result is an empty cell shows 0 in Excel; FileValues keeps it blank",
    "=_xlfn.IFNA(H10,I10)": "a formula whose result is an empty cell shows 0 in Excel; FileValues keeps it blank",
    "=+H6": "a formula whose result is an empty cell shows 0 in Excel; FileValues keeps it blank",
    "=AXS1": "a formula whose result is an empty cell shows 0 in Excel; FileValues keeps it blank",
    "=VAL1": "a formula whose result is an empty cell shows 0 in Excel; FileValues keeps it blank",
}

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
