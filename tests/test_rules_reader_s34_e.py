"""Readings of session 34 helper e, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S34_E = Path(__file__).parent / "data" / "new_readings_rubric_s34_e.yaml"
EXPECTED_S34_E = {
    "1.1": ("0", "(95−100)/100=−5%：下降，低于增长0%的一档：0（曾因“下降的不得分”没有写明条件而拒读）"),
    "1.2": ("1", "收益率2%在0-5%之间：1（亏损即收益率低于0%）"),
    "1.3": ("4", "90%在85%-95%之间：满分5分的80%，5×80%=4（括号里的5分是满分）"),
    "1.4": ("2", "85%在80%-90%之间：标题4分的一半，2"),
    "1.5": ("2", "“两年”是稳定率名称的一部分：75%在70%-80%之间，2"),
    "1.6": ("2", "赋分3分是本项分值：96%在95%-98%之间，赋2分"),
    "1.7": ("2.25", "低于800人即“否则”：600/800×3=2.25"),
    "1.8": ("2.4", "每千人口拥有是指标名称：2/2.5×3=2.4"),
    "1.9": ("2.1", "未按时发放2人次×0.2=0.4，少发、错发1人次×0.5=0.5：3−0.9=2.1"),
}


def test_s34_e_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A fall after growth bands from 0, a loss, a share under points said after the rule, a share under a heading, a
    span of years in a rate's name, 赋分 as the item's 分值, the level's other side before its formula, per thousand
    people, faults of a rate at 100% of two kinds: `pingfen score` and the built workbook recalculated by LibreOffice give
    the hand-worked scores and total (0+1+4+2+2+2+2.25+2.4+2.1 = 17.75 of 31, grade 差: below 中's 18.6)."""
    result = _scored_and_recalculated(RUBRIC_S34_E, EXPECTED_S34_E, Decimal("17.75"), capsys, tmp_path)
    assert result["grade"] == "差"
