"""Readings added in session 33 by helper b (issue 9): a rubric with one leaf per reading scored by `pingfen score
--json`, the same rubric built into a workbook that LibreOffice recalculates to the same values. Every expected score
is worked by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_s33_b.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("1.8", "6人次超过1500元标准发放，每人次0.2：3−1.2=1.8"),
    "1.2": ("1", "20人次少发放×0.2=4，最多扣3：4−3=1"),
    "1.3": ("1.2", "4件超过10个工作日办理×0.2=0.8：2−0.8=1.2"),
    "1.4": ("2", "2个社区未达标（次数或人次不足）×1：4−2=2"),
    "1.5": ("2", "65%在60%-70%之间（30%-40%或60%-70%得2分）：2"),
    "1.6": ("3", "95.5%在93%-98%之间（80%-85%或93%-98%得3分）：3"),
    "1.7": ("1", "在职52人，编制50人，超编2人×0.5=1：2−1=1"),
    "1.8": ("1.7", "覆盖率85%低于100%：0.85×2=1.7"),
    "1.9": ("2", "6个月内支出比例50%，比70%低20个百分点，2步×1=2：4−2=2"),
}
TOTAL = Decimal("15.7")  # 1.8 + 1 + 1.2 + 2 + 2 + 3 + 1 + 1.7 + 2


def test_session33_b_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A standard each payment (每人不超过1500元 / 每人每月不低于600元), each unit (每个社区不少于12次) or each case (审批时限
    不超过10个工作日) is held to, the ones breaching it counted: `pingfen score` and the built workbook recalculated by
    LibreOffice give the hand-worked scores and total; so do two ranges either side of the range scored best joined by 或
    (30%-40%或60%-70%得2分 / 80%-85%或93%-98%得3分), and a rate at most 100% before a deduction per person over the
    establishment (控制率≤100%的得2分，每超编1人扣0.5分), and all of it covered beside the rate of it below 100%
    (覆盖全部项目的得2分；自评覆盖率低于100%的，按覆盖率×2计分), and a period naming the measure (发行后6个月内支出比例)."""
    result = _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)
    assert result["grade"] == "差"
