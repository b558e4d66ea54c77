"""Readings added in session 33 by helper h, scored in a rubric and in its LibreOffice-recalculated workbook."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S33_H = Path(__file__).parent / "data" / "new_readings_rubric_s33_h.yaml"
EXPECTED_S33_H = {
    "1.1": ("2", "计划1200批次，完成1100批次，少100批次即2个50批次，每个0.5：3−1=2（括号里的计划曾被丢掉，要求录入目标值）"),
    "1.2": ("2.6", "目标任务42.5公里，完成40.5公里，少2公里，每公里0.2：3−0.4=2.6（曾因“平方公里”一类四字单位读不出任务）"),
    "1.3": ("3", "计划2.6万亩=26000亩，实际完成24000亩，少2000亩即2个1000亩，每个0.5：4−1=3（曾因“实际完成每少”被拒）"),
    "1.4": ("2", "“好、较好、一般、差”分别计3、2、1、0分，评为较好：2分（曾因引号里的等级被拒）"),
    "1.5": ("1", "A级4分、B级3分、C级1分、D级0分，评为C级：1分（曾因等级之间的顿号被拒）"),
    "1.6": ("6", "1900/2000=95%，比100%低5个百分点，每个0.4：8−2=6（曾因实际完成值一栏的空白被当作未填写的模板）"),
    "1.7": ("4", "2024年6月30日到期，7月20日完成，逾期20天即2个10天，每个1分：6−2=4"),
}


def test_session33_h_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A plan said in brackets after the measure's name, a target task in a unit of four characters, the steps counted
    on what is actually done, grades quoted before their points, grades with points run by 、, 自评表 rows with the
    实际完成值 column blank: `pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked
    scores and the total 2 + 2.6 + 3 + 2 + 1 + 6 + 4 = 20.6 (中: at least 18.6 of 31, under 24.8)."""
    result = _scored_and_recalculated(RUBRIC_S33_H, EXPECTED_S33_H, Decimal("20.6"), capsys, tmp_path)
    assert result["grade"] == "中"
