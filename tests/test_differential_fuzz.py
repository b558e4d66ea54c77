"""The differential fuzz: 80 workbooks typed as accountants type — numbers, numbers and dates as
text, blanks, error values, typed formulas, 是/否, an edited 指标体系 regenerated — recalculated by
pingfen and by LibreOffice (zh-CN); every formula cell's cached value must equal LibreOffice's.
The counts are printed (pytest -s); benchmarks/differential_fuzz.py runs the same on more books (200 were 100 s of the
suite: a CI-sized sample here, the hundreds in the script)."""

from __future__ import annotations

from pathlib import Path

from helpers_fuzz import run_fuzz
from helpers_sizes import KINDS, sized_rubric, write_rubric
from pingfen.cli import main


def test_typed_books_agree_with_libreoffice(tmp_path: Path) -> None:
    bases = []
    for seed in (11, 12):
        rubric = tmp_path / f"rubric{seed}.yaml"
        write_rubric(sized_rubric(1, 2, 4, seed=seed, kinds=KINDS), rubric)
        bases.append(tmp_path / f"base{seed}.xlsx")
        assert main(["build", str(rubric), "-o", str(bases[-1])]) == 0
    folder = tmp_path / "books"
    folder.mkdir()
    report = run_fuzz(bases, 80, folder, seed=1, regenerate_every=16)
    print(report.summary())
    assert report.books == 80 and report.regenerated == 5 and report.cells > 80 * 30
    assert {"numeric text", "date text", "typed formula", "error", "blank", "指标体系 edit"} <= set(report.kinds)
    assert not report.disagreements, "\n".join(f"{book} {found}" for book, found in report.disagreements[:20])
