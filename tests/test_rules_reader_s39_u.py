"""Readings of session 39 helper u, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S39_U = Path(__file__).parent / "data" / "new_readings_rubric_s39_u.yaml"
EXPECTED_S39_U = {
    "1.1": ("3", "期限2023年5月31日（括号内所印），6月15日完工逾期15天，在6月30日前（逾期≤30天）：3分"),
    "1.2": ("1", "期限2023年6月30日，7月15日到位逾期15天，在7月31日前（逾期≤31天）：1分"),
    "1.3": ("1", "期限9月30日，10月31日完成逾期31天，仍在10月（逾期≤31天）：1分"),
    "1.4": ("2", "期限10月31日，11月20日出版延迟20天，不足1个月：2分"),
    "1.5": ("1", "期限2024年4月30日，6月10日通水逾期41天，过了5月31日（31天）、在6月30日前（61天）：1分"),
    "1.6": ("5.5", "每标段2分：一标段100/100→2，二标段85/100→1.7，三标段90/100→1.8，合计5.5"),
    "1.7": ("2.5", "每个组织1分：甲2500/5000→0.5，乙5000/5000→1，丙6000/5000超过按1，合计2.5"),
}


def test_s39_u_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Bands of the completion day closed by dates (a printed deadline in brackets, one with its year opening the bands,
    one named by its month's end and bands by month), 按时 after a title in 《》, and units scored apart on their shares:
    `pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (3+1+1+2+1+5.5+2.5 = 16 of 25, grade 中)."""
    result = _scored_and_recalculated(RUBRIC_S39_U, EXPECTED_S39_U, Decimal("16"), capsys, tmp_path)
    assert result["grade"] == "中"
