"""Readings of session 47 helper hc, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S47_HC = Path(__file__).parent / "data" / "new_readings_rubric_s47_hc.yaml"
EXPECTED_S47_HC = {
    "1.1": ("3.2", "84%：≥90%得4分、≤60%不得分之间按插值计算，(84%-60%)/(90%-60%)×4=3.2（“按插值计算”曾无法识别）"),
    "1.2": ("4", "96%：括号写明80%得0分、100%得5分，(96%-80%)/(100%-80%)×5=4（从0分起的括号端点曾无法识别）"),
    "1.3": ("3", "8.5个月：〔得分=(务工月数-4)÷6×4〕，(8.5-4)÷6×4=3（〔〕中的公式曾无法识别）"),
    "1.4": ("3", "9万立方米：9/12×4=3；满分4分即公式的上限（曾读作没有条件的得分）"),
    "1.5": ("3.8", "380万元对400万元：380÷400×4=3.8；到位率100%的得满分与公式在100%时相同（曾无法识别）"),
    "1.6": ("4.7", "106万元对100万元：偏差6%未超过20%，(1-6/100)×5=4.7（“偏差超过20%的不得分”曾无法识别）"),
}


def test_s47_hc_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A line named by 按插值计算 alone between anchors that hold their ends, bracketed anchors from nothing, a band's
    formula in 〔〕 of the count of its unit, 满分N分 after a formula ×N, 到位率100%的得满分 beside the formula of its
    quotient, and 偏差超过20%的不得分 beside a formula of the deviation's size: `pingfen score` and the built workbook
    recalculated by LibreOffice give the hand-worked scores and total (3.2+4+3+3+3.8+4.7 = 21.7 of 26, grade 良:
    20.8 ≤ 21.7 < 23.4)."""
    result = _scored_and_recalculated(RUBRIC_S47_HC, EXPECTED_S47_HC, Decimal("21.7"), capsys, tmp_path)
    assert result["grade"] == "良"
