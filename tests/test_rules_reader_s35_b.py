"""Readings added in session 35 by helper b, through the user's entry points: a rubric with one leaf per reading
scored by `pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S35_B = Path(__file__).parent / "data" / "new_readings_rubric_s35_b.yaml"
EXPECTED_S35_B = {
    "1.1": ("1", "1.1‰比0.9‰超0.2个千分点，每0.1个千分点扣1分：3−2=1"),
    "1.2": ("4", "满意度88%比90%低2个百分点：5−2×0.5=4（选项赋分100、60、0即100%、60%、0）"),
    "1.3": ("2", "10800/12000=90%，比目标值少10%，一步：3−1=2（曾把10%当作0.1人，或拒读）"),
    "1.4": ("2", "6月30日计划、8月15日完工，逾期46天，在30天以上60天以内：2分"),
    "1.5": ("1", "10月31日计划、12月20日完工，1个多月，不足1个月按1个月计：2个月，3−2=1"),
    "1.6": ("2.5", "7个比8个少1个：3−0.5=2.5"),
    "1.7": ("2", "92%在90%以上95%以内：2分"),
}


def test_s35_b_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A rate in ‰ stepped by 千分点, survey credits out of 100, a count target with steps that are shares of it, bands
    with two ends said 以上…以内 (days late, a rate), a started month counted whole, additions capped in words: `pingfen
    score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (1+4+2+2+1+2.5+2 = 14.5 of 24, grade 中)."""
    result = _scored_and_recalculated(RUBRIC_S35_B, EXPECTED_S35_B, Decimal("14.5"), capsys, tmp_path)
    assert result["grade"] == "中"
