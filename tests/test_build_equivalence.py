"""``pingfen build`` writes the workbooks it wrote before the build was rewritten for speed (issue 13):
for three seed rubrics and a generated 1,000-leaf rubric, every cell's value or formula, its cached
value, its look (font, fill, border, alignment, number format, protection), every merge, validation,
conditional format, width, height, pane, print setting, chart, the sheet order and the defined names,
as openpyxl reads them, equal the main branch's workbooks of before (tests/workbook_dump.py keeps
their digests in tests/data/build_equivalence.json and says how to write them again)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from workbook_dump import GOLDEN, build, rubric_paths, sheet_texts

EXPECTED = json.loads(GOLDEN.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rubrics(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return rubric_paths(tmp_path_factory.mktemp("rubrics"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_build_writes_the_same_workbook(name: str, rubrics: dict[str, Path], tmp_path: Path) -> None:
    book = tmp_path / "book.xlsx"
    build(rubrics[name], book)
    texts = sheet_texts(book)
    assert sorted(texts) == sorted(EXPECTED[name])
    changed = [key for key, text in texts.items() if hashlib.sha256(text.encode("utf-8")).hexdigest() != EXPECTED[name][key]]
    assert not changed, f"{name}: {changed} differ from the workbook built before (see tests/workbook_dump.py --show)"
