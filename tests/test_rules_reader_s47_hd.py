"""Readings of session 47 helper hd, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S47_HD = Path(__file__).parent / "data" / "new_readings_rubric_s47_hd.yaml"
EXPECTED_S47_HD = {
    "1.1": ("1.5", "计划竣工时间2024年10月31日（冒号后的日期），11月12日竣工逾期12天，在1个月以内：1.5分（曾要求录入计划完成日期）"),
    "1.2": ("2", "2024年6月30日前竣工（“确保下半年投入使用”是目的），7月10日竣工逾期10天：3-1=2（曾要求录入计划完成日期）"),
    "1.3": ("1.5", "资金下达后45天开工，在30-60天（含）：1.5分（“超过60天未开工的不得分”曾拒读）"),
    "1.4": ("1", "考核年度2024年，次年即2025年：3月10日报送，晚于2月28日、早于3月15日：1分（曾拒读）"),
    "1.5": ("3", "合格：3分（“未参加能力验证的按“不合格”计”曾使整条拒读）"),
    "1.6": ("3", "(50×100+40×80+10×60)/100=88分，在80-90分：3分（曾拒读）"),
    "1.7": ("4.3", "(50×1+30×0.8+20×0.6)/100=86%，86%×5=4.3（“权重分别为”曾未读出各选项赋分）"),
    "1.8": ("0", "5个月仍未验收，超过4个月：0分（“4个月以上仍未验收的不得分”曾拒读）"),
}


def test_s47_hd_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A deadline's date after its label's colon, a tier's deadline followed by its purpose, bands of the time taken
    closed by 超过N天未开工的, the year evaluated in a note giving 次年 its year, grades closed by a case given one of
    them, a survey's options with their points in brackets, and credits named 权重: `pingfen score` and the built
    workbook recalculated by LibreOffice give the hand-worked scores and total
    (1.5+2+1.5+1+3+3+4.3+0 = 16.3 of 30, grade 差: 16.3 < 18)."""
    result = _scored_and_recalculated(RUBRIC_S47_HD, EXPECTED_S47_HD, Decimal("16.3"), capsys, tmp_path)
    assert result["grade"] == "差"
