"""Readings added in session 33 by helper a, through the user's entry points: a rubric with one leaf per reading
scored by `pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S33_A = Path(__file__).parent / "data" / "new_readings_rubric_s33_a.yaml"
EXPECTED_S33_A = {
    "1.1": ("0", "合格率93%本可得2分，但培训学时不足规定学时：不得分（曾把学时不足丢掉，得2分）"),
    "1.2": ("2", "92%在90%—95%之间，未发生质量安全事故：2分"),
    "1.3": ("4.95", "目标98%，97%/98%×5=4.949→4.95（曾除以录入目标值的默认100%：4.85）"),
    "1.4": ("4.5", "目标1500元，1350/1500×5=4.5"),
    "1.5": ("2.4", "超过批复标准：10/12.5×3=2.4"),
    "1.6": ("3", "485/500=97%，比98%低1个百分点：4−1=3"),
    "1.7": ("2", "乙级5份×0.2=1，丙级1份×1=1：4−2=2（抽查100份是样本数）"),
    "1.8": ("4", "91%在90%—95%之间，系数0.8：0.8×5=4"),
    "1.9": ("2.25", "4个要点满足3个：3/4×3=2.25"),
    "1.10": ("0.5", "51人比核定编制48人超3人：2−3×0.5=0.5（曾按缺编数算，0人，得2分）"),
}


def test_s33_a_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A band 或 a situation scoring nothing, a printed target the ratio divides by, a reference over the actual, a rate
    defined by 按A/B计算, a sample's size before deductions per thing found, coefficient bands, the 分值 shared among the
    points met, each person over the establishment: `pingfen score` and the built workbook recalculated by LibreOffice
    give the hand-worked scores and total (0+2+4.95+4.5+2.4+3+2+4+2.25+0.5 = 25.6 of 36, grade 中)."""
    result = _scored_and_recalculated(RUBRIC_S33_A, EXPECTED_S33_A, Decimal("25.6"), capsys, tmp_path)
    assert result["grade"] == "中"
