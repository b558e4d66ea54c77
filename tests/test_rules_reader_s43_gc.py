"""Readings of session 43 helper gc, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S43_GC = Path(__file__).parent / "data" / "new_readings_rubric_s43_gc.yaml"
EXPECTED_S43_GC = {
    "1.1": ("3", "计划800户，完成600户：600/800=75%，75%×4=3（曾因“按比例”未写明按什么比例而拒读）"),
    "1.2": ("2.7", "计划人次即前面写明的1200人次：1080/1200×3=2.7（曾因计分公式前的数值“1200人次”而拒读）"),
    "1.3": ("9.2", "百分制平均分92×10%=9.2；满分100分时得10分，即标题的10分（曾因标题10分无法确定而拒读）"),
    "1.4": ("5.1", "平均分85/100×6=5.1（曾因“计算本项得分”的“本项”而拒读）"),
    "1.5": ("9.1", "平均分91×10%=9.1；（本项10分）即100分时所得（曾因公式后的括号而拒读）"),
    "1.6": ("1.6", "偏差率≤3%读作±3%，偏差按大小计：|−10%|=10%，2×(1−10%×2)=1.6（曾按带符号的−10%得2分）"),
    "1.7": ("2", "|−7%|超出±5%但在±10%以内（含）：2分（曾因“（含±5%）”的数值无法识别而拒读）"),
}


def test_s43_gc_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A plan's quantity then the share of it done (按完成比例计分, or a formula over the plan by name), a formula on
    another assessment's 百分制 score beside the item's points (a heading, 本项N分 after it, 计算本项得分), and a
    deviation held either way (its formula on the size, ± bands written 超出±5%但在±10%以内): `pingfen score` and the
    built workbook recalculated by LibreOffice give the hand-worked scores and total (3+2.7+9.2+5.1+9.1+1.6+2 = 32.7
    of 38, grade 良: 30.4 ≤ 32.7 < 34.2)."""
    result = _scored_and_recalculated(RUBRIC_S43_GC, EXPECTED_S43_GC, Decimal("32.7"), capsys, tmp_path)
    assert result["grade"] == "良"
