"""Readings of session 45 helper hd, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S45_HD = Path(__file__).parent / "data" / "new_readings_rubric_s45_hd.yaml"
EXPECTED_S45_HD = {
    "1.1": ("8", "(62+25×0.8+10×0.6+3×0)/100=88%，在80%-90%一档得8分（“四个选项”夹在选项与赋分之间，赋分曾未读出）"),
    "1.2": ("5.7", "(176+20×0.6)/200=94%，较95%少1个百分点扣0.3分：6-0.3=5.7（公式未列出的不满意按0计）"),
    "1.3": ("2", "(30+30+30×0.6+0)/100=78%，在75%-85%一档得2分（非常满意、满意共用100%的赋分）"),
    "1.4": ("2.72", "平均分(20×5+10×4+10×3+0)/50=3.4，×0.8=2.72"),
    "1.5": ("3.4", "(150+40×0.5+0)/200=85%，×4=3.4（“不满意”不计即0）"),
    "1.6": ("2.4", "良得2.4分（“注：评价期间为…”曾使整条拒读）"),
    "1.7": ("2", "录入“整改后通过”（各项共有的“验收结论为”省去）：2分"),
    "1.8": ("2", "第(1)(3)项落实：1+1=2（“以上每项未落实的，该项不得分”曾拒读）"),
    "1.9": ("1", "年报应于2024年1月15日前报送，1月17日报送逾期2天扣1分：2-1=1"),
}


def test_s45_hd_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Survey credits printed in five more ways (a count of options between the list and its credits, options sharing
    a credit, quoted options 计N%/不计, a rate summed from bare and weighted options, points averaged then multiplied),
    a closing note of the evaluation's span, a grade typed as its own words, 评价要点 closed by 以上每项未落实的，该项不得分,
    and a deadline printed with what is handed in: `pingfen score` and the built workbook recalculated by LibreOffice
    give the hand-worked scores and total (8+5.7+2+2.72+3.4+2.4+2+2+1 = 29.22 of 40, grade 中: 24 ≤ 29.22 < 32)."""
    result = _scored_and_recalculated(RUBRIC_S45_HD, EXPECTED_S45_HD, Decimal("29.22"), capsys, tmp_path)
    assert result["grade"] == "中"
