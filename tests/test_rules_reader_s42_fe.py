"""Readings of session 42 helper fe, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S42_FE = Path(__file__).parent / "data" / "new_readings_rubric_s42_fe.yaml"
EXPECTED_S42_FE = {
    "1.1": ("3", "每校次即每校每次：2校次 × 0.5 = 1，4−1 = 3（曾因“写了扣分，但没有写按什么扣”而拒读）"),
    "1.2": ("1.4", "高风险1项 × 1 + 中风险2项 × 0.3 = 1.6，3−1.6 = 1.4；低风险问题不扣分，不计数（曾拒读）"),
    "1.3": ("3", "每季度考核不合格扣1分：1个季度不合格，4−1 = 3（曾因“得分没有写明条件”而拒读）"),
    "1.4": ("2.2", "不规范卷宗4卷 × 0.2 = 0.8，3−0.8 = 2.2；“同一卷宗…不重复扣分”只说怎样计数（曾拒读）"),
    "1.5": ("1.5", "逾期未整改3台 × 0.5 = 1.5，3−1.5 = 1.5；“在总分中另扣5分”不在本项（曾拒读；去掉注释时曾把“并在总分中另”读作一种扣5分的情形）"),
    "1.6": ("3", "完成率写在标题：100%得4分，1处未完成整治扣1分，4−1 = 3（曾拒读）"),
    "1.7": ("1.5", "20日内公开得2分；公开不及时1项 × 0.5，2−0.5 = 1.5（曾拒读）"),
    "1.8": ("1.7", "回访100人只是样本：不知晓签约8人 × 0.1 + 虚假签约1人 × 0.5 = 1.3，3−1.3 = 1.7（曾拒读）"),
    "1.9": ("1.3", "扣0.1即扣0.1分：95%−93% = 2个百分点 × 0.1 = 0.2，1.5−0.2 = 1.3（曾拒读）"),
    "1.10": ("1", "每月2次 × 12 = 全年24次：少4次 × 0.5 = 2，3−2 = 1（曾拒读）"),
    "1.11": ("2", "指标值2800元/平方米：2884/2800 = 103%，高出3% × 1 = 3，5−3 = 2（曾拒读）"),
    "1.12": ("1.2", "计划50株得2分：少8株 × 0.1 = 0.8，2−0.8 = 1.2（曾因“50株”无法识别而拒读）"),
}


def test_s42_fe_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Faults counted per 校次, a finding's lowest grade free, faults per quarter, a counting note and a deduction from the
    total beside faults, a rate at 100% named as the heading, a time limit's points then its faults, a sample's size,
    a terse deduction without 分, a year's total beside a count per month, the 指标值 said first, a task's points in
    brackets: `pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (3+1.4+3+2.2+1.5+3+1.5+1.7+1.3+1+2+1.2 = 22.8 of 37.5, grade 中: 22.5 ≤ 22.8 < 30)."""
    result = _scored_and_recalculated(RUBRIC_S42_FE, EXPECTED_S42_FE, Decimal("22.8"), capsys, tmp_path)
    assert result["grade"] == "中"
