"""Readings of session 45 helper hb, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S45_HB = Path(__file__).parent / "data" / "new_readings_rubric_s45_hb.yaml"
EXPECTED_S45_HB = {
    "1.1": ("3", "任务480人，完成450人：450/480=93.75%，在90%（含）-100%一档得3分（“完成90%”曾不作任务的比例而拒读）"),
    "1.2": ("3", "指标值≥300套，完成312套：达到指标值得3分（逐格标明的自评表行曾拒读）"),
    "1.3": ("4", "指标值≥1500户，完成1400户：1400/1500=93.3%，在90%（含）以上一档得4分（表头行与数据行曾拒读）"),
    "1.4": ("4", "指标值≥12000人，完成11760人：完成率98%，低2个百分点扣1分，5-1=4"),
    "1.5": ("4", "双河卫生院74.9%<75%，1个未达到扣1分：5-1=4（石门卫生院75%达到）"),
    "1.6": ("3", "8元/平方米：第一档写明“（含）以下”，8在第一档得3分"),
    "1.7": ("3", "46万人次/50万人次=92%：达到目标值90%，得3分（“达到80%”曾因不知是否目标值的比例而拒读）"),
}


def test_s45_hb_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A plan reached and the shares of it below, a 自评表 row by its labelled cells (lines, a header line over one row,
    a value pasted in the target's unit), every unit reaching a level less per unit short, and a bound's (含) after its
    unit, and a counted measure's bare percentages as shares of its target: `pingfen score` and the built workbook
    recalculated by LibreOffice give the hand-worked scores and total (3+3+4+4+4+3+3 = 24 of 30, grade 良: 24 ≤ 24 < 27)."""
    result = _scored_and_recalculated(RUBRIC_S45_HB, EXPECTED_S45_HB, Decimal("24"), capsys, tmp_path)
    assert result["grade"] == "良"
