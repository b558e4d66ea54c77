"""Readings of session 44 helper hb, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S44_HB = Path(__file__).parent / "data" / "new_readings_rubric_s44_hb.yaml"
EXPECTED_S44_HB = {
    "1.1": ("5", "城东97%≥95%得3分；城西93%少2个百分点扣1分得2分；城北88%少7个百分点扣3.5分→0；3+2+0=5（曾因“每片区3分”无法组成计分方法而拒读）"),
    "1.2": ("5.8", "520/500→2分（不超过每所2分）；450/500×2=1.8；500/500→2；合计5.8（曾因“每所2分”而拒读）"),
    "1.3": ("5.5", "40/40→2；30/40×2=1.5；44/40→2；合计5.5（曾因“每标段40公里”无法识别而拒读）"),
    "1.4": ("1.5", "(120-118.8)/120=1%，下降0～3%得1.5分（曾因“能耗上升的不得分”没有条件而拒读）"),
    "1.5": ("2", "90%：九十（含）至九十五，即90%（含）-95%，得2分（曾因“九十(含)至九十五”没有条件而拒读）"),
    "1.6": ("1.5", "完成1个：不足2个、达到1个，得1.5分（曾被当作等级得分，要求录入等级）"),
    "1.7": ("2", "220元/盏：180-220元/盏（含220元），得2分（曾因数值“220元”无法识别而拒读）"),
    "1.8": ("2", "2.6名≥2.5名，得2分（曾因标题“每千人…(2分)”被当作按次得分而拒读）"),
}


def test_s44_hb_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Units named before their count and each unit's points or target said apart, a change's other way named with
    its quantity, Chinese-numeral shares said once, counts done opening bands, a mark naming its unit, a per-capita
    heading: `pingfen score` and the built workbook recalculated by LibreOffice give the
    hand-worked scores and total (5+5.8+5.5+1.5+2+1.5+2+2 = 25.3 of 35, grade 中: 21 ≤ 25.3 < 28)."""
    result = _scored_and_recalculated(RUBRIC_S44_HB, EXPECTED_S44_HB, Decimal("25.3"), capsys, tmp_path)
    assert result["grade"] == "中"
