"""Readings of session 43 helper gf, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S43_GF = Path(__file__).parent / "data" / "new_readings_rubric_s43_gf.yaml"
EXPECTED_S43_GF = {
    "1.1": ("7.2", "1080公里未达到≥1200公里，1080/1200×8=7.2（行内没有指标名称，“年度”曾被当作名称而拒读）"),
    "1.2": ("4", "48辆较50辆少2辆×0.5=1，5-1=4（一级、二级指标列在前，没有实际完成值列，曾拒读）"),
    "1.3": ("1", "联网率97%较100%低3个百分点×1=3，4-3=1；97%不低于96%（曾因“100%”无法识别而拒读）"),
    "1.4": ("5.4", "3150人未完成≥3500人，3150/3500×6=5.4（各列以全角空格隔开，曾因公式没有适用条件而拒读）"),
    "1.5": ("0", "指标值=100%，99.8%未完成，不得分（“完成值”列、指标值后无冒号，曾拒读）"),
    "1.6": ("3", "500家次在500（含）-600家次，得3分（“家次”曾读作“家”加“次以下”而拒读）"),
    "1.7": ("2", "目标15座，13座在12座（含）以上未全部完成，得2分（指标值列写名称和数量，曾拒读）"),
}


def test_s43_gf_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """自评表 rows copied whole with their columns apart by tabs or wide spaces (no name, 完成值 / 实际值 columns or
    none, 一级/二级指标 columns, 指标值=100% with no colon, the target naming what it counts) and 家次 a count's unit:
    `pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (7.2+4+1+5.4+0+3+2 = 22.6 of 36, grade 中: 21.6 ≤ 22.6 < 28.8)."""
    result = _scored_and_recalculated(RUBRIC_S43_GF, EXPECTED_S43_GF, Decimal("22.6"), capsys, tmp_path)
    assert result["grade"] == "中"
