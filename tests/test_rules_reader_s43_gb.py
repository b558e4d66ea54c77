"""Readings of session 43 helper gb, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S43_GB = Path(__file__).parent / "data" / "new_readings_rubric_s43_gb.yaml"
EXPECTED_S43_GB = {
    "1.1": ("2.7", "60.3%<67%，按实际完成值/指标值×分值：60.3/67=0.9，×3=2.7（曾因括号在“；”处断开、公式没有适用条件而拒读）"),
    "1.2": ("0", "88%<90%，未达到指标值，不得分（曾因括号内“未达到的不得分”无法识别而拒读）"),
    "1.3": ("3", "86%较88%少2个百分点，每个扣1分，5-2=3；不低于80%（曾因“低于80%”不知与什么相比而拒读）"),
    "1.4": ("2.7", "81%<90%，81/90=0.9，×3=2.7（没有实际完成值一栏的自评表行，曾因“3分”无法识别而拒读）"),
    "1.5": ("3.8", "93.1%<98%，93.1/98=0.95，×4=3.8（曾因公式没有写明适用条件而拒读）"),
    "1.6": ("3", "一中2、二中3、城关小学2达到2课时，实验小学1未达到：3/4×4=3（曾因“2课时”无法识别而拒读）"),
    "1.7": ("3.2", "城关镇100、河口乡82、龙泉镇81、石门乡95达到80%，白沙镇79未达到：4/5×4=3.2（曾因“×4”无法识别而拒读）"),
}


def test_s43_gb_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """自评表 rows whose target is a rate, the rule of several sentences read after the target stated, with or without
    the 实际完成值 column, and the share of units reaching a standard times the points: `pingfen score` and the built
    workbook recalculated by LibreOffice give the hand-worked scores and total (2.7+0+3+2.7+3.8+3+3.2 = 18.4 of 25,
    grade 中: 15 ≤ 18.4 < 20)."""
    result = _scored_and_recalculated(RUBRIC_S43_GB, EXPECTED_S43_GB, Decimal("18.4"), capsys, tmp_path)
    assert result["grade"] == "中"
