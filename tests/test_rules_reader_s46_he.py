"""Readings of session 46 helper he, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S46_HE = Path(__file__).parent / "data" / "new_readings_rubric_s46_he.yaml"
EXPECTED_S46_HE = {
    "1.1": ("4.5", "漂浮物2处扣1分，垃圾1处扣0.5分：(3-1)+(3-0.5)=4.5（曾因“评价方式：现场核查。”一行未读而拒读）"),
    "1.2": ("1", "一般事故3起，每起扣1分：4-3=1（“（4分，一票否决）”曾使标题不能识别而拒读）"),
    "1.3": ("3.6", "完成1960人，为目标2000人的98%，少2%，每少1%扣0.2分：4-0.4=3.6（曾因百分比步长与“人”不符而拒读）"),
    "1.4": ("2.5", "3个村卫生室开诊时间不足，每个扣0.5分：4-1.5=2.5（曾因“不少于5天”在逐项扣分句中而拒读）"),
}


def test_s46_he_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A labelled line saying how the evaluator checks, a heading's points with a note after them said again, steps in %
    of a printed target count, and a requirement each unit checked must meet: `pingfen score` and the built workbook
    recalculated by LibreOffice give the hand-worked scores and total (4.5+1+3.6+2.5 = 11.6 of 18, grade 中:
    10.8 ≤ 11.6 < 14.4)."""
    result = _scored_and_recalculated(RUBRIC_S46_HE, EXPECTED_S46_HE, Decimal("11.6"), capsys, tmp_path)
    assert result["grade"] == "中"
