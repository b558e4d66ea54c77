"""A shape's straight-line code (``workbook/straight_shapes.py``) computes what its closures
(``workbook/compiled.py``) compute: every formula cell of the typed seed books, of a generated
评分表, of every function-oracle row and of thousands of random formulas over cells holding numbers
(huge, tiny, negative), texts (numeric, TRUE, empty), logicals, blanks and errors — the same value of
the same type (errors, text against number, logicals, empty results as 0) and the same problems.
Each book is computed once by the closures alone, then again with every shape's run replaced by its
written code. No timings here."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest
from helpers_fuzz import type_into
from oracle_rows import load_rows
from test_recalc_compiled import oracle_cells, seed_books  # noqa: F401 - seed_books: the typed seed books, a fixture

from pingfen.cli import main
from pingfen.rules.evaluate import XlError
from pingfen.workbook import compiled
from pingfen.workbook.file_values import FileValues
from pingfen.workbook.sheet_xml import RawCell, read_cells
from pingfen.workbook import straight_shapes

ROOT = Path(__file__).resolve().parents[1]


def _both(cells: dict, monkeypatch: pytest.MonkeyPatch) -> tuple[tuple, tuple, int]:
    """(values and problems by the closures, the same by the written code, shapes written)."""
    _forget()
    with monkeypatch.context() as patched:
        patched.setattr(compiled, "_STRAIGHT_AFTER", 1 << 60)  # the closures only
        patched.setattr(compiled, "kept_code", lambda key, shape=False: None)  # nor code kept by an earlier run
        closures = FileValues(cells)
        by_closures = (closures.all(), [(p.cell, p.message) for p in closures.problems])
        written = 0
        for shape in compiled._SHAPES.values():
            source = straight_shapes.source(shape.tree, shape.closures.slots, shape.closures)
            assert source is not None, shape.tree
            code = straight_shapes.compiled(source)
            assert code is not None, shape.tree
            run = shape._straight(code)
            assert run is not None, shape.tree
            shape.run = run
            written += 1
        straight = FileValues(cells)
        by_code = (straight.all(), [(p.cell, p.message) for p in straight.problems])
    _forget()
    return by_closures, by_code, written


def _forget() -> None:
    """No shape or plan of an earlier book: every shape of this one is met again (and in _SHAPES)."""
    for known in (compiled._SHAPES, compiled._PLANS, compiled._RUNS_ALIKE):
        known.clear()


def _same(cells: dict, label: str, monkeypatch: pytest.MonkeyPatch) -> int:
    (values, problems), (mine, my_problems), written = _both(cells, monkeypatch)
    assert written > 0
    assert list(values) == list(mine)
    for ref, value in values.items():
        assert type(mine[ref]) is type(value) and repr(mine[ref]) == repr(value), f"{label} {ref}: code {mine[ref]!r}, closures {value!r}"
    assert my_problems == problems, label
    return len(values)


def test_written_code_computes_what_the_closures_compute_on_the_typed_seed_books(seed_books: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    compared = sum(_same(read_cells(book), book.name, monkeypatch) for book in seed_books)
    assert compared > 20 * 180


def test_written_code_computes_what_the_closures_compute_on_a_generated_scoresheet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from recalc_bench import write_rubric

    rubric = write_rubric(60, tmp_path / "rubric.yaml")
    book = tmp_path / "book.xlsx"
    assert main(["build", str(rubric), "-o", str(book)]) == 0
    typed = tmp_path / "typed.xlsx"
    type_into(book, typed, seed=31, share=0.5)
    for path in (book, typed):
        assert _same(read_cells(path), path.name, monkeypatch) > 500


def test_written_code_computes_every_function_oracle_row_as_the_closures_do(monkeypatch: pytest.MonkeyPatch) -> None:
    compared = 0
    for row in load_rows():
        compared += _same({"S": oracle_cells(row)[0]}, row.formula, monkeypatch)
    assert compared > 100


# -- random formulas: every construct the code is written for, and some it leaves to the closures

_VALUES = [Decimal(0), Decimal(1), Decimal("-2.5"), Decimal("0.125"), Decimal("1E+300"), Decimal("-1E+300"), Decimal("1E-20"),
           Decimal("3.0"), Decimal("85.555"), "", "12", "abc", "TRUE", "false", " 7 ", "是", "否", "2024/7/31", True, False, None,
           XlError("#N/A"), XlError("#DIV/0!"), XlError("#VALUE!")]
_REFERENCES = ["A1", "A2", "B1", "B2", "C3", "$A$1", "S!A2", "S!B3", "D4"]
_THEN, _OTHERWISE = ["1", "0", '""'], ["2", '"x"']  # IF's constant results
_AREAS = ["A1:B2", "A1:C3", "B1:B3", "S!A1:A3", "C3:C3"]


def _formula(chooser: random.Random, depth: int) -> str:
    if depth <= 0 or chooser.random() < 0.25:
        pick = chooser.random()
        if pick < 0.5:
            return chooser.choice(_REFERENCES)
        if pick < 0.75:
            return chooser.choice(["0", "1", "2", "0.5", "100", "1E+308", "-3", "0.001"])
        return chooser.choice(['""', '"是"', '"否"', '"TRUE"', '"7"', "TRUE", "FALSE", "#N/A", "#DIV/0!", '"ａ"'])
    inner = lambda: _formula(chooser, depth - 1)  # noqa: E731
    forms = [
        lambda: f"{inner()}{chooser.choice(['+', '-', '*', '/', '^'])}{inner()}",
        lambda: f"-{inner()}", lambda: f"{inner()}%", lambda: f"({inner()})",
        lambda: f"{inner()}{chooser.choice(['=', '<>', '<', '>', '<=', '>='])}{inner()}",
        lambda: f"{chooser.choice(_REFERENCES)}=\"\"", lambda: f"({chooser.choice(_REFERENCES)}=\"\")",
        lambda: f"{inner()}&{inner()}",
        lambda: f"IF({inner()},{inner()},{inner()})", lambda: f"IF({inner()},{chooser.choice(_THEN)},{chooser.choice(_OTHERWISE)})",
        lambda: f"{chooser.choice(['AND', 'OR'])}({','.join(inner() for _ in range(chooser.randint(1, 3)))})",
        lambda: f"{chooser.choice(['AND', 'OR'])}({inner()}>{inner()},{inner()}=\"\")",
        lambda: f"NOT({inner()})",
        lambda: f"ROUND({inner()},{chooser.choice(['0', '1', '2', '6'])})", lambda: f"ROUND({inner()},{inner()})",
        lambda: f"{chooser.choice(['SUM', 'MIN', 'MAX', 'AVERAGE'])}({','.join(chooser.choice([inner(), chooser.choice(_AREAS)]) for _ in range(chooser.randint(1, 3)))})",
        lambda: f"{chooser.choice(['ISNUMBER', 'ISTEXT', 'ISBLANK', 'ISERROR', 'ISLOGICAL', 'ISERR', 'ISNA'])}({chooser.choice([inner(), chooser.choice(_AREAS)])})",
        lambda: f"{chooser.choice(['IFERROR', 'IFNA'])}({inner()},{chooser.choice([inner(), chooser.choice(_AREAS)])})",
        lambda: f"MID({inner()},{inner()},{inner()})",
        lambda: f"COUNT({chooser.choice(_AREAS)},{inner()})", lambda: f"ABS({inner()})", lambda: f"TRUNC({inner()})",
        lambda: f"LEN({inner()})", lambda: f"{chooser.choice(_AREAS)}",
    ]
    return chooser.choice(forms)()


@pytest.mark.parametrize("seed", range(8))
def test_written_code_computes_random_formulas_as_the_closures_do(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    chooser = random.Random(seed)
    compared = 0
    for _ in range(60):
        cells: dict = {}
        data: dict = {}
        for row in range(1, 5):
            for column in range(1, 5):
                value = chooser.choice(_VALUES)
                if value is not None or chooser.random() < 0.5:
                    data[(row, column)] = RawCell(value)
                    cells[(row, column)] = RawCell(value)
        for row in range(6, 6 + 12):  # formulas in their own cells: each its own shape
            text = _formula(chooser, chooser.randint(1, 4))
            cells[(row, 1)] = RawCell(None, text, (row, 1))
        cells[(2, 2)] = RawCell(None, "A6+1", (2, 2))  # a formula read by the others
        compared += _same({"T": cells, "S": data}, f"seed {seed}", monkeypatch)
    assert compared >= 60 * 13
