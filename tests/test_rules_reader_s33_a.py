"""Readings added in session 33 by helper a, through the user's entry points: a rubric with one leaf per reading
scored by `pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S33_A = Path(__file__).parent / "data" / "new_readings_rubric_s33_a.yaml"
EXPECTED_S33_A = {
    "1.1": ("0", "合格率93%本可得2分，但培训学时不足规定学时：不得分（曾把学时不足丢掉，得2分）"),
    "1.2": ("2", "92%在90%—95%之间，未发生质量安全事故：2分"),
}


def test_s33_a_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A band 或 a situation scoring nothing (the situation zeroes the item whatever the rate): `pingfen score` and
    the built workbook recalculated by LibreOffice give the hand-worked scores and total (0 + 2 = 2, grade 差)."""
    result = _scored_and_recalculated(RUBRIC_S33_A, EXPECTED_S33_A, Decimal("2"), capsys, tmp_path)
    assert result["grade"] == "差"
