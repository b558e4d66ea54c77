"""Readings of session 42 helper ff, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S42_FF = Path(__file__).parent / "data" / "new_readings_rubric_s42_ff.yaml"
EXPECTED_S42_FF = {
    "1.1": ("2", "第1、3项符合，各1分：1+0+1=2；末行“注：以…为准，无佐证资料的视同未完成”只说数据来源（曾因“得分没有写明条件”而拒读）"),
    "1.2": ("2", "未发生事故，登记不规范2次：3-2×0.5=2；“并扣减总分”是本项之外的后果（曾因“得分没有写明条件”而拒读）"),
    "1.3": ("2", "优良率65%在60%（含）至80%之间：2；抽查发现虚假卷宗才计0分（曾因“得分没有写明条件”而拒读）"),
    "1.4": ("3.4", "巡护一项：2-3×0.2=1.4；宣传一项符合：2；两项分号隔开各自计分：1.4+2=3.4（曾因“得分没有写明条件”而拒读）"),
    "1.5": ("4.5", "目标签约率(45%)即除数45%：40.5%/45%×5=4.5（曾因“(45%)×5”公式多出内容而拒读）"),
    "1.6": ("2.76", "规定储备品种数（25种）即除数25：23/25×3=2.76（曾因“(25种)×3”公式多出内容而拒读）"),
    "1.7": ("2", "按时报送1分；偏差8分在5-10分之间：1；1+1=2（曾因“得分没有写明条件”而拒读）"),
}


def test_s42_ff_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A closing note on where the facts come from, a consequence beyond the item after its zero, a false file found
    after bands, parts a semicolon apart, a divisor named with its value in brackets: `pingfen score` and the built
    workbook recalculated by LibreOffice give the hand-worked scores and total (2+2+2+3.4+4.5+2.76+2 = 18.66 of 25,
    grade 中: 15 ≤ 18.66 < 20)."""
    result = _scored_and_recalculated(RUBRIC_S42_FF, EXPECTED_S42_FF, Decimal("18.66"), capsys, tmp_path)
    assert result["grade"] == "中"
