"""Readings of session 43 helper ga, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S43_GA = Path(__file__).parent / "data" / "new_readings_rubric_s43_ga.yaml"
EXPECTED_S43_GA = {
    "1.1": ("3", "上年签约人数42000人（文中写明）：(44520-42000)/42000=6%≥5%，得3分（曾因“42000人”没有用于计分而拒读）"),
    "1.2": ("2", "上年每人每月780元：(803.4-780)/780=3%，3%（含）-5%得2分（“提高幅度”曾被读作两数之比803.4/780=103%≥5%）"),
    "1.3": ("3", "上年4起，本年2起：较上年下降率=(4-2)/4=50%>0，得3分（曾因“4起”没有用于计分而拒读）"),
    "1.4": ("1.5", "较上年（12.5万人）：本年12.5万人，持平，得1.5分（曾因数值“12.5万人”无法识别而拒读）"),
    "1.5": ("2", "上年8.6万人次：(90300-86000)/86000=5%，5%（含）-10%得2分"),
    "1.6": ("1.5", "45.3%-45%=0.3个百分点，0-0.5个百分点得1.5分（曾因“较上年提高…是比率的差”而拒读）"),
    "1.7": ("2", "上年治理率32%（文中写明）：34%-32%=2个百分点，1-3个百分点得2分（曾因“32%”没有用于计分而拒读）"),
}


def test_s43_ga_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Last year's amount printed by the text (a closing sentence, or brackets after 上年) as the base of the change
    over last year, only this year's amount entered, and a rate's change in 百分点 from both years' rates:
    `pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (3+2+3+1.5+2+1.5+2 = 15 of 22, grade 中: 13.2 ≤ 15 < 17.6)."""
    result = _scored_and_recalculated(RUBRIC_S43_GA, EXPECTED_S43_GA, Decimal("15"), capsys, tmp_path)
    assert result["grade"] == "中"
