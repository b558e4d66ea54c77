"""Readings of issue 9 by reader-numbers through the user's entry points: a rubric with one leaf per reading
(numbers that describe — a year, a deadline, a standard's amount —, bands whose separator was lost or bracketed,
scoring by a judgement or a named rate, 得分 with no number, 差欠 and 扣该项分值, ranked places) scored by `pingfen score --json`,
and the same rubric built into a workbook that LibreOffice recalculates to the same scores. Every expected score
is worked by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_reader-numbers.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("4", "600平方米达到500平方米（2019年只说明范围）→ 4"),
    "1.2": ("5", "2023年6月30日前完成 → 5"),
    "1.3": ("1", "拨付为标准（人均1.5元）的95%，低5个百分点：2−5×0.2=1"),
    "1.4": ("2", "90%在85%-95%一档 → 2"),
    "1.5": ("1", "4个在3-4个一档（括号内）→ 1"),
    "1.6": ("3.5", "按检查情况计分：评价人员录入3.5"),
    "1.7": ("4", "实际执行率80%×5=4"),
    "1.8": ("3", "250人达到200人以上，“得分”即得该项分值 → 3"),
    "1.9": ("8", "差欠4个百分点=2步×1：10−2=8"),
    "1.10": ("0", "发现弄虚作假1项 → 扣该项分值 → 0"),
    "1.11": ("7", "功效系数法由评价人员计算后录入7"),
    "1.12": ("8", "排名第三名，前5名依次10、9、8…：8"),
}
TOTAL = Decimal("46.5")  # 4+5+1+2+1+3.5+4+3+8+0+7+8


def test_reader_numbers_readings_score_and_recalculate(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    result = _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)
    assert result["grade"] == "中"  # 中 from 39 to 52
