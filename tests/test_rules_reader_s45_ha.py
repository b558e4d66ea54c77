"""Readings of session 45 helper ha, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S45_HA = Path(__file__).parent / "data" / "new_readings_rubric_s45_ha.yaml"
EXPECTED_S45_HA = {
    "1.1": ("3", "85%在80%-90%一档得2分；投诉1起：2-1=1；2+1=3（标题5分=分档最高3分+投诉扣分上限2分；曾因“每起扣1分”拒读）"),
    "1.2": ("2.5", "95%较100%低5个百分点扣0.5分得1.5分；死亡1株：2-1=1；1.5+1=2.5（曾因标题4分与最高2分不符拒读）"),
    "1.3": ("2", "99%扣0.5分得1.5分；资料缺失1份扣0.5分，逾期3次扣1.5分但最多扣1分：2-0.5-1=0.5；1.5+0.5=2"),
    "1.4": ("2", "覆盖率96%≥95%达标，满意度88%<90%未达标：仅一项达标，2分（曾因“得4分”没有条件拒读）"),
    "1.5": ("3", "达标率100%达到，宜存率98%未达到：任一项未达到扣2分，5-2=3"),
    "1.6": ("2", "辍学率1%在1%以内，大班额比例5%不超过5%：两项均达标，2分"),
    "1.7": ("2", "上年每人每月100元，本年110元：提高，2分（曾作等级由评价人选择）"),
    "1.8": ("1", "上年800万元，本年820万元：增长2.5%，在0-5%一档，1分"),
    "1.9": ("5", "基本分4分，表彰1次加1分（最多加1分），未发生安全事故：4+1=5，本项最高5分"),
    "1.10": ("2", "上年就业率92%为水平，本年90%：低2个百分点扣2分，4-2=2（曾要求录入上年的值作目标值）"),
}


def test_s45_ha_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Faults worth their caps as a part of their own beside a measured rule (the heading's points settle it), one kind
    or two, a zeroing on top; two rates each held to its own level scored by how many reach it; last year's amount
    printed as the base a change is worked from, or as the level held to; and base points with occurrences added and
    taken: `pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (3+2.5+2+2+3+2+2+1+5+2 = 24.5 of 37, grade 中: 22.2 ≤ 24.5 < 29.6)."""
    result = _scored_and_recalculated(RUBRIC_S45_HA, EXPECTED_S45_HA, Decimal("24.5"), capsys, tmp_path)
    assert result["grade"] == "中"
