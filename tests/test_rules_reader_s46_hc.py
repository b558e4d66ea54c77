"""Readings of session 46 helper hc, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S46_HC = Path(__file__).parent / "data" / "new_readings_rubric_s46_hc.yaml"
EXPECTED_S46_HC = {
    "1.1": ("2", "350人：200-500人之间按线性比例计分，(350-200)/(500-200)×4=2（“线性比例计分”曾无法识别）"),
    "1.2": ("2.6", "98%：在90%得1分与100%得3分之间，1+(98%-90%)/(100%-90%)×(3-1)=2.6（“按插值计分”曾无法识别）"),
    "1.3": ("1.8", "3%：增长0-5%之间的按比例计分，3%/5%×3=1.8（为0及负增长不得分，比例与从0起的直线相同）"),
    "1.4": ("5.1", "34辆：得分=34/40×6=5.1；计划40辆，超过计划的按满分计即公式的上限6分"),
    "1.5": ("1", "2.2元对2.5元：浮动幅度=(2.2-2.5)/2.5=-12%，在±8%至±15%之间得1分（曾读作完成率≤8%）"),
}


def test_s46_hc_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A line named 按线性比例计分 / 按插值计分 between its anchors, a 0-to-level band's 按比例 beside nothing at and below
    0, a formula dividing by the plan's printed number capped by 超过计划的按满分计, and 上下浮动 as the float's size:
    `pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (2+2.6+1.8+5.1+1 = 12.5 of 19, grade 中: 11.4 ≤ 12.5 < 15.2)."""
    result = _scored_and_recalculated(RUBRIC_S46_HC, EXPECTED_S46_HC, Decimal("12.5"), capsys, tmp_path)
    assert result["grade"] == "中"
