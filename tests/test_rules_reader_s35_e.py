"""Readings of session 35 helper e, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S35_E = Path(__file__).parent / "data" / "new_readings_rubric_s35_e.yaml"
EXPECTED_S35_E = {
    "1.1": ("2", "指标值≥20件，分值3分：16件少4件即2步，2×0.5=1，3−1=2"),
    "1.2": ("4", "年度指标值≥95%，分值5分：94%低1个百分点即2步（每0.5个百分点），2×0.5=1，5−1=4"),
    "1.3": ("4", "年度指标值≥12个，分值6分：10个少2个，2×1=2，6−2=4"),
}


def test_s35_e_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """自评表 rows copied with their column labels (三级指标, 年度指标值, an empty 实际完成值, 分值, 评分标准), apart by bars
    or full-width spaces: `pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores
    and total (2+4+4 = 10 of 14, grade 中: from 8.4 up to 11.2)."""
    result = _scored_and_recalculated(RUBRIC_S35_E, EXPECTED_S35_E, Decimal("10"), capsys, tmp_path)
    assert result["grade"] == "中"
