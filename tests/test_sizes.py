"""Formulas that scale: a 2,000-leaf rubric, 260 first-level indicators (a total over more than 255
cells) and the 24 contracts of seed 001 — every formula within Excel's limits, every cached value
equal to LibreOffice's recalculation; a formula beyond Excel's limits is refused with a Chinese
message before anything is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers_sizes import COMPLETE_KINDS, sized_rubric, write_rubric
from pingfen.cli import main
from pingfen.engines import libreoffice
from pingfen.engines.differential import cached_values, compare
from pingfen.workbook.limits import MAX_ARGUMENTS, MAX_LENGTH, MAX_NESTING, measure
from pingfen.workbook.sheet_xml import read_formulas

ROOT = Path(__file__).resolve().parents[1]


def _built(tmp_path: Path, document: dict | None, rubric: Path | None = None) -> Path:  # type: ignore[type-arg]
    if rubric is None:
        rubric = tmp_path / "rubric.yaml"
        write_rubric(document, rubric)
    book = tmp_path / "book.xlsx"
    assert main(["build", str(rubric), "-o", str(book)]) == 0
    return book


def _within_limits_and_agreeing(book: Path, tmp_path: Path) -> tuple[int, int]:
    widest = 0
    for ref, text in read_formulas(book).items():
        found = measure("=" + text)
        assert found.length <= MAX_LENGTH and found.arguments <= MAX_ARGUMENTS and found.nesting <= MAX_NESTING, (ref, found)
        widest = max(widest, found.arguments)
    (theirs,) = libreoffice.recalc([book], tmp_path / "lo")
    mine, other = cached_values(book), cached_values(theirs)
    disagreements = compare(mine, other)
    print(f"{book.name}: {len(mine)} formula cells, {len(disagreements)} disagreements with LibreOffice, widest call {widest} arguments")
    assert not disagreements, disagreements[:10]
    return len(mine), widest


def test_two_thousand_leaves(tmp_path: Path) -> None:
    book = _built(tmp_path, sized_rubric(4, 25, 20, seed=7, kinds=COMPLETE_KINDS))
    cells, _ = _within_limits_and_agreeing(book, tmp_path)
    assert cells > 8000
    values = cached_values(book)
    total, grade = values[("汇总", "C7")], values[("评分表", _grade_cell(book))]
    assert isinstance(total, float) and grade in ("优", "良", "中", "差")


def _grade_cell(book: Path) -> str:
    from pingfen.workbook.read import read_book

    return read_book(book).meta["grade"][1]


def test_260_first_level_indicators_total_in_chunks(tmp_path: Path) -> None:
    book = _built(tmp_path, sized_rubric(260, 1, 1, seed=3, kinds=COMPLETE_KINDS))
    _, widest = _within_limits_and_agreeing(book, tmp_path)
    assert widest == MAX_ARGUMENTS  # the total's SUM and COUNT are split at 255 arguments


def test_twenty_four_contracts(tmp_path: Path) -> None:
    book = _built(tmp_path, None, ROOT / "rubrics" / "seed001_contracts_2020.yaml")
    _within_limits_and_agreeing(book, tmp_path)


def test_a_formula_beyond_excels_limits_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A per-community items table of 50 rows × 2 checks: the rule model compiles the count of failing
    # rows into one formula (about 10,000 characters), which Excel cannot hold.
    rows = {f"社区{i}": [10 + i % 5, 13 - i % 4] for i in range(1, 51)}
    leaf = {
        "code": "1.1", "name": "服务完成情况", "weight": 10,
        "criteria": "根据各社区完成情况进行评分，每出现1个社区未完成的扣1分，扣完为止",
        "data": {"items": {"columns": ["小组活动", "个案咨询"], "targets": [12, 12], "rows": rows}},
    }
    document = {"project": "明细表", "total": 10, "indicators": [{"code": "1", "name": "产出", "weight": 10, "children": [leaf]}]}
    rubric = tmp_path / "rubric.yaml"
    write_rubric(document, rubric)
    book = tmp_path / "book.xlsx"
    capsys.readouterr()
    assert main(["build", str(rubric), "-o", str(book)]) == 2
    err = capsys.readouterr().err
    assert "评分表!" in err and "超过 Excel 的上限 8192" in err and not book.exists()
