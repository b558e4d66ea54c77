"""Readings of session 42 helper fc, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S42_FC = Path(__file__).parent / "data" / "new_readings_rubric_s42_fc.yaml"
EXPECTED_S42_FC = {
    "1.1": ("1.8", "结余率11%>5%：3×[1-(11%-5%)/15%]=3×0.6=1.8（曾因“计分公式只能单独使用”而拒读）"),
    "1.2": ("1.8", "|180-200|/200=10%>5%：2×(1-10%)=1.8；少支的偏差也按其大小计（不是2×(1+10%)）"),
    "1.3": ("2", "覆盖率50%在40%与60%之间：(50%-40%)/(60%-40%)×4=2（曾因“60%”无法识别而拒读）"),
    "1.4": ("1.5", "650元在500元与800元之间，线性递减：(800-650)/(800-500)×3=1.5"),
    "1.5": ("3.5", "合格率80%在70%-90%之间，从2分到5分：2+(80%-70%)/(90%-70%)×3=3.5"),
    "1.6": ("3.2", "88%在60%与95%之间：(88%-60%)/(95%-60%)×4=3.2（−是减号；曾因“公式中有无法识别的符号”而拒读）"),
    "1.7": ("3", "不少于80场即公式所除的目标：60/80×4=3（曾因“计分公式前的数值”而拒读）"),
}


def test_s42_fc_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A band's formula of the measure alone (a deviation's size beside bands of its size), 线性内插 anchored at one
    value or said 线性递减, a band's line between two stated point scores, the minus sign −, and a count's level the
    formula divides by: `pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and
    total (1.8+1.8+2+1.5+3.5+3.2+3 = 16.8 of 25, grade 中: 15 ≤ 16.8 < 20)."""
    result = _scored_and_recalculated(RUBRIC_S42_FC, EXPECTED_S42_FC, Decimal("16.8"), capsys, tmp_path)
    assert result["grade"] == "中"
