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
    "2.1": ("3", "每个乡镇不少于4场：白水镇3场未达到（青山乡5、柳林镇4达到），4−1=3"),
    "2.2": ("2", "每个街道不得超过60万元：西街61.5超出（东街58、南街60未超出），3−1=2"),
    "2.3": ("2", "三方面一项不符合：3−1=2"),
    "2.4": ("1", "超过24小时的停水1次扣1分，未提前公告2次×0.5=1分：3−2=1"),
}


def test_s35_e_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """自评表 rows copied with their column labels (三级指标, 年度指标值, an empty 实际完成值, 分值, 评分标准), apart by bars
    or full-width spaces; a requirement each unit meets, its task named before 每个 and all units met scoring the points,
    and a ceiling each unit is held under; aspects counted (三方面); faults with how long each lasts: `pingfen score` and
    the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (2+4+4 + 3+2+2+1 = 18 of 27, grade 中: from 16.2 up to 21.6)."""
    result = _scored_and_recalculated(RUBRIC_S35_E, EXPECTED_S35_E, Decimal("18"), capsys, tmp_path)
    assert result["grade"] == "中"
