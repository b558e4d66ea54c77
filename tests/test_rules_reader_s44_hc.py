"""Readings of session 44 helper hc, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S44_HC = Path(__file__).parent / "data" / "new_readings_rubric_s44_hc.yaml"
EXPECTED_S44_HC = {
    "1.1": ("7.2", "合同约定120万页（文中写明），公式再写作120万页：108/120=90%，×8=7.2分（曾因公式中的“120万页”无法识别而拒读）"),
    "1.2": ("3.36", "目标观看人次5万人次（文中写明），公式按其名称相除：4.2/5=84%，×4=3.36分（曾因公式中的名称没有对应数据而无法计分）"),
    "1.3": ("7", "计划12平方公里：10.5/12=87.5%，×8=7分；超额完成不加分只限得分不超过分值（曾因“12平方公里”没有用于计分而拒读）"),
    "1.4": ("3.6", "使用率=已结算/到位补贴资金，到位补贴资金2850万元（文后写明）：2565/2850=90%，×4=3.6分（曾因“2850万元”没有用于计分而拒读）"),
    "1.5": ("4.75", "合同约定面积120万平方米（文后写明）：114/120=95%，×5=4.75分；最高为分值（曾因“120万平方米”没有用于计分而拒读）"),
}


def test_s44_hc_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The plan printed before a formula, the formula dividing by it again in its unit or by its name, and the plan's
    share beside 超额完成不加分, and the divisor printed by its name after the formula (a rate's definition put in for
    it): `pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (7.2+3.36+7+3.6+4.75 = 25.91 of 29, grade 良: 23.2 ≤ 25.91 < 26.1)."""
    result = _scored_and_recalculated(RUBRIC_S44_HC, EXPECTED_S44_HC, Decimal("25.91"), capsys, tmp_path)
    assert result["grade"] == "良"
