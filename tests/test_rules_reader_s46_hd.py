"""Readings of session 46 helper hd, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S46_HD = Path(__file__).parent / "data" / "new_readings_rubric_s46_hd.yaml"
EXPECTED_S46_HD = {
    "1.1": ("3", "第(1)(2)(4)项符合：1+1+1=3（“符合一项得1分”曾使有数值要求的第(3)项不能作为要点勾选）"),
    "1.2": ("6", "第(3)项未达到：2+1+2+1=6（“以上通过…评定，未达到的对应条目不得分”曾拒读）"),
    "1.3": ("4", "第(2)项未落实：2+2=4（“每项未落实或资料不全的，该项不得分”曾拒读）"),
    "1.4": ("3", "①③符合：1.5+1.5=3（“【评分标准】每项符合得相应分值”曾拒读）"),
    "1.5": ("3", "录入“通过”即第一项“专家评审结论为“通过””：3分（曾因“修改后通过”“不通过”也含“通过”而报#N/A）"),
    "1.6": ("4", "录入的等级带全角括号（监测户），与所列第一项相同：4分"),
    "1.7": ("3", "轻度不宜存：3分（“说明：指标数据由实施单位提供，评价组抽查核实”曾拒读）"),
    "1.8": ("3.5", "较好（3-4分，不含4分），评价人录入3.5分"),
    "1.9": ("2", "2024年12月20日前完成，12月30日完成逾期10天，即2个起算周：4-2=2"),
    "1.10": ("2", "9月30日上线日期，10月15日上线延期15天（含）：2分（“三、产出时效”曾使整条拒读）"),
    "1.11": ("3", "按规定落实：3分"),
}


def test_s46_hd_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """评价要点 closed by a line saying their points again beside a point with a level of its own, a quoted grade after
    the first option's 结论为, a grade typed with full-width brackets, a note of who supplies the figures, tiers whose
    upper end is the next tier's, weeks late from the dates, and a first-level indicator's cell before the numbered one:
    `pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (3+6+4+3+3+4+3+3.5+2+2+3 = 36.5 of 50, grade 中: 30 ≤ 36.5 < 40)."""
    result = _scored_and_recalculated(RUBRIC_S46_HD, EXPECTED_S46_HD, Decimal("36.5"), capsys, tmp_path)
    assert result["grade"] == "中"
