"""Readings of session 41 helper ee, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S41_EE = Path(__file__).parent / "data" / "new_readings_rubric_s41_ee.yaml"
EXPECTED_S41_EE = {
    "1.1": ("3.6", "未完成的按完成比例计分即完成值/指标值×分值：10800/12000=0.9，0.9×4=3.6（曾因“12000平方米”没有用于计分而拒读）"),
    "1.2": ("3.6", "按完成值与指标值的比例：81%/90%=0.9，0.9×4=3.6（曾因“90%”没有用于计分而拒读）"),
    "1.3": ("3", "年度目标建设村级服务站点120个即目标值120个，标题4分即公式的分值：90/120×4=3（曾因“120个”没有用于计分而拒读）"),
    "1.4": ("4.8", "3500套（间）即3500套：2800/3500=0.8，0.8×6=4.8（曾因“3500套”没有用于计分而拒读）"),
    "1.5": ("1.8", "每少完成5%即目标值的5%：315/350=90%，少10%，2档×0.6=1.2，3-1.2=1.8（曾因百分比与数量单位并存而拒读）"),
    "1.6": ("4.5", "完成率=实际完成值/8000人：7200/8000=90%，在60%-100%之间，90%×5=4.5（曾因“8000人”没有用于计分而拒读）"),
    "1.7": ("0", "该项得分为0即该项不得分：出现截留挪用，0（不出现时90%×3=2.7）（曾被拒读）"),
    "1.8": ("2.4", "按实际值/目标值计算得分率即得分率=实际值/目标值：96/120=80%，80%×3=2.4（曾被拒读）"),
    "1.9": ("2.4", "按照（A÷B）计算支付比例即支付比例=A÷B：56/100=56%<70%，56%/70%×3=2.4（曾被拒读）"),
    "1.10": ("1.7", "×分值（满分2分）即×2分：85%≥75%，85%×2=1.7（曾因“(满分2分)”多出内容而拒读）"),
}


def test_s41_ee_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The 单位自评 ratio said in words, a target named before the work it counts under a title of its points, a unit's
    other name in brackets, 每少完成5% as a share of the target, a measure's own 年度指标值 with its 完成率 bands, 该项得分为0,
    按A/B计算X率 and ×分值（满分2分）: `pingfen score` and the built workbook recalculated by LibreOffice give the
    hand-worked scores and total (3.6+3.6+3+4.8+1.8+4.5+0+2.4+2.4+1.7 = 27.8 of 37, grade 中: 22.2 ≤ 27.8 < 29.6)."""
    result = _scored_and_recalculated(RUBRIC_S41_EE, EXPECTED_S41_EE, Decimal("27.8"), capsys, tmp_path)
    assert result["grade"] == "中"
