"""Readings of session 41 helper eb, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S41_EB = Path(__file__).parent / "data" / "new_readings_rubric_s41_eb.yaml"
EXPECTED_S41_EB = {
    "1.1": ("3", "符合一项得1分是各要点1分的重述：(1)(3)(4)符合，1+1+1=3（曾因“得分没有写明条件”而拒读）"),
    "1.2": ("2", "不符合的，相应分值不得分：第1、3项符合，1+1=2（曾因“得分没有写明条件”而拒读）"),
    "1.3": ("3", "（满分5分）是标题的分值，2+2+1=5与之相符：(1)(3)符合，2+1=3（曾因“得分没有写明条件”而拒读）"),
    "1.4": ("2", "差错率控制在1%以内是与其余要点并列的一项要求，由评价人判断：(1)(2)符合，1+1=2"),
    "1.5": ("0", "低于任务的即低于上级下达任务：38.19<38.2，不得分（曾因“得分没有写明条件”而拒读）"),
    "1.6": ("2", "超支即超过预算：18.6≤20，得2分"),
    "1.7": ("2", "基础分4分是达到30家的得分：少10家即2个5家，扣2分，4-2=2"),
    "1.8": ("4.8", "基础分4分是达到90%的得分：高4个百分点，加0.8分，4+0.8=4.8"),
    "1.9": ("1", "15分钟之“分”不是分值，（本项分值2分）是本项分值：超过10分钟即2个5分钟，扣1分，2-1=1"),
    "1.10": ("1", "（满分2分）与“评价要点：”之下的①②：仅②符合，得1分"),
}


def test_s41_eb_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """评价要点 closed by a line saying their points again, a heading's (满分N分) over a labelled list, a level ticked as a
    point, a level's other side naming its reference again, 基础分 said after two-way steps, (本项分值N分) after minutes:
    `pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (3+2+3+2+0+2+2+4.8+1+1 = 20.8 of 32, grade 中: 19.2 ≤ 20.8 < 25.6)."""
    result = _scored_and_recalculated(RUBRIC_S41_EB, EXPECTED_S41_EB, Decimal("20.8"), capsys, tmp_path)
    assert result["grade"] == "中"
