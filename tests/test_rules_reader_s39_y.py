"""Readings of session 39 helper y, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S39_Y = Path(__file__).parent / "data" / "new_readings_rubric_s39_y.yaml"
EXPECTED_S39_Y = {
    "1.1": ("3", "一般故障超时2次×0.5=1，重大故障超时1次×2=2：6−3=3（曾因“逐项扣分的句子中出现了无法识别的条件”而拒读）"),
    "1.2": ("3.2", "（5分，扣完为止）即本项5分：违规4例×0.2=0.8，通报1次×1=1，5−1.8=3.2（曾因“写了扣分，但没有写按什么扣”而拒读）"),
    "1.3": ("1.5", "超时到场1起×0.5=0.5：2−0.5=1.5"),
    "1.4": ("1.5", "逾期报送1次×0.5=0.5，未报送1次×1=1：3−1.5=1.5"),
    "1.5": ("2.3", "抽查30份是样本数，不是水平：7份×0.1=0.7，3−0.7=2.3"),
    "1.6": ("2", "未按协议服务2人×0.5=1，信息虚假1人×1=1：4−2=2"),
    "1.7": ("3", "以上各项每项1分：①③④符合，②不符合：3（曾因“按次（项）得分的写法无法与其他语句组成计分方法”而拒读）"),
}


def test_s39_y_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Kinds of fault each held to its own time limit, the item's points with 扣完为止 in one bracket after the faults,
    a sample's size after the item's name and a colon, and listed points closed by 以上各项每项1分: `pingfen score` and
    the built workbook recalculated by LibreOffice give the hand-worked scores and total (3+3.2+1.5+1.5+2.3+2+3 = 16.5
    of 27, grade 中: 16.2 ≤ 16.5 < 21.6)."""
    result = _scored_and_recalculated(RUBRIC_S39_Y, EXPECTED_S39_Y, Decimal("16.5"), capsys, tmp_path)
    assert result["grade"] == "中"
