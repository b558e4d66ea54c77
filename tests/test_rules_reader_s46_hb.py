"""Readings of session 46 helper hb, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S46_HB = Path(__file__).parent / "data" / "new_readings_rubric_s46_hb.yaml"
EXPECTED_S46_HB = {
    "1.1": ("3", "各社区均应达到80%（评分标准写明，录入的目标值85不用）：西社区79%<80%，扣1分，4-1=3（东社区82%达到，曾按85比较扣2分）"),
    "1.2": ("3", "94.9%在第2项90%≤复核比例<95%：3分（“2.90%”是编号2与90%，曾因编号不相接拒读）"),
    "1.3": ("3", "河口乡2900、青山乡2500未完成3000亩：2个×1.5=3，6-3=3（“完成…的不扣分”曾拒读）"),
    "1.4": ("4", "3个乡镇各2分：城关镇、柳树镇100%得2分，河口乡98%不得分：2+0+2=4"),
    "1.5": ("3.75", "甲92%计1，乙85%计0.5，丙70%计0，丁90%计1：(1+0.5+0+1)/4×6=3.75"),
}


def test_s46_hb_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A per-unit requirement's printed level, a list number run into its value, 不扣分 before counted faults, units
    sharing the 分值 equally, and units' credits averaged times a number: `pingfen score` and the built workbook
    recalculated by LibreOffice give the hand-worked scores and total (3+3+3+4+3.75 = 16.75 of 26, grade 中:
    15 ≤ 16.75 < 20)."""
    result = _scored_and_recalculated(RUBRIC_S46_HB, EXPECTED_S46_HB, Decimal("16.75"), capsys, tmp_path)
    assert result["grade"] == "中"
