"""Readings of session 37 helper o, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S37_O = Path(__file__).parent / "data" / "new_readings_rubric_s37_o.yaml"
EXPECTED_S37_O = {
    "1.1": ("1.5", "目标值≥90%是最高一档的起点：85%在80%-90%之间，1.5（曾因“90%”无法识别而拒读）"),
    "1.2": ("5", "目标值≥95%即95%及以上一档：96%≥95%，5（曾因“各档都没有按该标准计分”而拒读）"),
    "1.3": ("2", "括号里的指标值100%即最高一档：97%在95%-100%之间，2（曾因“100%”无法识别而拒读）"),
    "1.4": ("2", "目标值1200人即满分一档的起点：1100人在1000-1200人之间，2"),
    "1.5": ("3", "括号里的目标值95%是扣分的起点：93%少2个百分点，每个扣1分：5−2=3（曾因“这一水平写在扣分之后”而拒读）"),
}


def test_s37_o_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A target as a table cell spaced from its bands, a target stated before bands in lines, a 指标值 in brackets
    after the measure's name, a count's target in brackets, a bracketed target the steps count down from: `pingfen
    score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (1.5+5+2+2+3 = 13.5 of 21, grade 中: 12.6 ≤ 13.5 < 16.8)."""
    result = _scored_and_recalculated(RUBRIC_S37_O, EXPECTED_S37_O, Decimal("13.5"), capsys, tmp_path)
    assert result["grade"] == "中"
