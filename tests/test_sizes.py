"""Formulas that scale: a 2,000-leaf rubric, 260 first-level indicators (a total over more than 255
cells), the 24 contracts of seed 001 and a per-community items table of 50 rows × 4 checks — every formula within Excel's limits, every cached value
equal to LibreOffice's recalculation; a formula beyond Excel's limits is refused with a Chinese
message before anything is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers_fuzz import run_fuzz
from helpers_sizes import COMPLETE_KINDS, items_rubric, sized_rubric, write_rubric
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


def test_fifty_rows_by_four_checks(tmp_path: Path) -> None:
    # 10 of 50 communities miss one of their 4 targets (every 5th, see items_rubric): 10 × 0.5 = 5
    # points off 10. The rows' checks sit in helper columns, so the score's formula does not grow.
    book = _built(tmp_path, items_rubric(50))
    _within_limits_and_agreeing(book, tmp_path)
    values = cached_values(book)
    assert values[("评分表", "K4")] == 5
    explanation = values[("评分表", "M4")]
    assert explanation.startswith("未达标：社区5（个案咨询11<12）、社区10（个案辅导11<12）、社区15（社区讲座11<12）、社区20（小组活动11<12）")
    assert explanation.endswith("社区50（个案辅导11<12），共10个，每个扣0.5分，扣5分，得5分")
    lengths = {}
    for rows in (5, 200):
        (tmp_path / str(rows)).mkdir()
        lengths[rows] = max(len(text) for text in read_formulas(_built(tmp_path / str(rows), items_rubric(rows))).values())
    assert lengths[200] <= lengths[5] + 20, lengths  # only the row numbers in the addresses get longer


def test_fifty_rows_typed_as_accountants_type_agree_with_libreoffice(tmp_path: Path) -> None:
    # blanks, numbers as text, error values and typed formulas in the items table: the helper
    # columns and the leaf (待录入数据 while a row is incomplete) compute what LibreOffice computes
    base = _built(tmp_path, items_rubric(50))
    folder = tmp_path / "books"
    folder.mkdir()
    report = run_fuzz([base], 4, folder, seed=5, regenerate_every=0)
    print(report.summary())
    assert report.cells >= 4 * len(read_formulas(base)) and {"blank", "numeric text", "error"} <= set(report.kinds)
    assert not report.disagreements, "\n".join(f"{book} {found}" for book, found in report.disagreements[:20])


def test_a_formula_beyond_excels_limits_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 120 评价要点 entered one by one: their checks are written into one formula of about 9,800
    # characters, which Excel cannot hold
    leaf = {
        "code": "1.1", "name": "制度建设", "weight": 10, "criteria": "评价要点都符合得满分，1个不符合扣0.1分，扣完为止",
        "data": {"met": [i % 7 != 0 for i in range(120)]},
    }
    document = {"project": "评价要点", "total": 10, "indicators": [{"code": "1", "name": "产出", "weight": 10, "children": [leaf]}]}
    rubric = tmp_path / "rubric.yaml"
    write_rubric(document, rubric)
    book = tmp_path / "book.xlsx"
    capsys.readouterr()
    assert main(["build", str(rubric), "-o", str(book)]) == 2
    err = capsys.readouterr().err
    assert "评分表!" in err and "超过 Excel 的上限 8192" in err and not book.exists()
