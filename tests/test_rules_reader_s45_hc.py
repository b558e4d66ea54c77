"""Readings of session 45 helper hc, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S45_HC = Path(__file__).parent / "data" / "new_readings_rubric_s45_hc.yaml"
EXPECTED_S45_HC = {
    "1.1": ("2.2", "97%：在95%得1分与100%得4分之间，1+(97%-95%)/(100%-95%)×(4-1)=2.2（“95%得1分”曾使线性内插拒读）"),
    "1.2": ("3.5", "90%：达到80%得2分、达到100%得5分之间线性计分，2+(90%-80%)/(100%-80%)×3=3.5（“线性计分”曾无法识别）"),
    "1.3": ("2", "95%：括号中写明90%得1分、100%得3分，1+(95%-90%)/(100%-90%)×2=2"),
    "1.4": ("3.2", "84%：60%-90%之间按插值法计分，即得分=(84%-60%)/(90%-60%)×4=3.2（公式曾因没有条件而拒读）"),
    "1.5": ("3.75", "6%：0-8%之间按比例计分（增长率÷8%×5），6%/8%×5=3.75"),
    "1.6": ("2.5", "1250万元：介于500万元至2000万元之间，(1250-500)/(2000-500)×5=2.5"),
    "1.7": ("2.5", "700人次：600人次至1000人次之间，(700-600)/400×2+2=2.5"),
    "1.8": ("2", "单位养护成本=160万元/100000平方米=16元/平方米，超出1元扣1分：3-1=2"),
    "1.9": ("4", "带动比=0.09亿元/300万元=900万元/300万元=3，≥3得4分"),
    "1.10": ("1", "人均服务时长=18000/1200=15小时，10-20小时得1分"),
}


def test_s45_hc_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Lines between two scoring anchors (written as bands, or in brackets after the method, 线性计分 among the line's
    words), a method word spelled out by its formula, a band of an amount or a count scored by a formula anchored at the
    band's end, and amounts, times and multiples defined by parts entered by name: `pingfen score` and the built workbook
    recalculated by LibreOffice give the hand-worked scores and total (2.2+3.5+2+3.2+3.75+2.5+2.5+2+4+1 = 26.65 of 39,
    grade 中: 23.4 ≤ 26.65 < 31.2)."""
    result = _scored_and_recalculated(RUBRIC_S45_HC, EXPECTED_S45_HC, Decimal("26.65"), capsys, tmp_path)
    assert result["grade"] == "中"
