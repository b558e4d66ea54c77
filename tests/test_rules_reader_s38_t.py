"""Readings of session 38 helper t, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S38_T = Path(__file__).parent / "data" / "new_readings_rubric_s38_t.yaml"
EXPECTED_S38_T = {
    "1.1": ("5.4", "年度指标值≥800人次即目标：720/800=0.9，×6=5.4（曾因“800人次没有用于计分”而拒读）"),
    "1.2": ("3.2", "括号内“目标值：≥25公里”后接逗号：20/25=0.8，×4=3.2（曾因“计分方法与目标值比较”而拒读）"),
    "1.3": ("4.8", "【目标值：≥30个】即公式的除数：24/30×6=4.8"),
    "1.4": ("3", "第8名即8名，在第6-10名之间：3（曾因“第8名”无法识别为数值而无法计分）"),
    "1.5": ("1.5", "较上年缩短即下降：(16−15)/16=6.25%，不足20%：1.5（曾读作完成率15/16=93.75%≥20%，得3分）"),
}


def test_s38_t_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A 自评表's 年度指标值 as the target, a bracketed target with a colon closed by a comma, a target in 【】 the formula
    divides by, a ranking's place entered as 第8名, and a time cut from last year's: `pingfen score` and the built
    workbook recalculated by LibreOffice give the hand-worked scores and total (5.4+3.2+4.8+3+1.5 = 17.9 of 24,
    grade 中: 14.4 ≤ 17.9 < 19.2)."""
    result = _scored_and_recalculated(RUBRIC_S38_T, EXPECTED_S38_T, Decimal("17.9"), capsys, tmp_path)
    assert result["grade"] == "中"
