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
    "1.6": ("4", "括号内年度指标值95%即目标，其后“分值5分”即满分：76/95=0.8，×5=4（曾因“总分无法确定是本项分值还是扣分上限”而拒读）"),
    "1.7": ("3.6", "最高不超过本项分值（4分）：45/50=0.9，×4=3.6（曾因“得分没有写明条件”而拒读）"),
    "1.8": ("3.6", "按实际拨付资金占预算资金的比例：180/200=0.9，×4=3.6（曾为“无法识别的评分语句”）"),
    "1.9": ("3.6", "完成…不少于5000亩即目标：4500/5000=0.9，×4=3.6（曾因“完成的得4分”没有条件而拒读）"),
    "1.10": ("5.4", "自评表各栏：年度指标值≥500人、分值6：450/500=0.9，×6=5.4（曾因“6，评分规则”而拒读）"),
}


def test_s38_t_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A 自评表's 年度指标值 as the target, a bracketed target with a colon closed by a comma, a target in 【】 the formula
    divides by, a ranking's place entered as 第8名, and a time cut from last year's: `pingfen score` and the built
    workbook recalculated by LibreOffice give the hand-worked scores and total; so do the 分值 said after a 自评表
    default, a cap's 分值 in brackets, 按实际X占Y的比例计分, a task's floor before 完成的得4分 and a 自评表 row as named
    cells (5.4+3.2+4.8+3+1.5 = 17.9, +4+3.6+3.6+3.6+5.4 = 38.1 of 47, grade 良: 37.6 ≤ 38.1 < 42.3)."""
    result = _scored_and_recalculated(RUBRIC_S38_T, EXPECTED_S38_T, Decimal("38.1"), capsys, tmp_path)
    assert result["grade"] == "良"
