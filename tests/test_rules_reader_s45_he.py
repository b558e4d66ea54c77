"""Readings of session 45 helper he, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S45_HE = Path(__file__).parent / "data" / "new_readings_rubric_s45_he.yaml"
EXPECTED_S45_HE = {
    "1.1": ("1", "未报修2处扣1分，台账不全5次扣1分，共扣2分（扣分以3分为限）：3-2=1（曾因“扣分以3分为限”未读而拒读）"),
    "1.2": ("1", "违规收费6起，每起扣1分，扣6分，扣分以4分为限：5-4=1"),
    "1.3": ("2", "93%低于95%：低于100%扣1分，再扣2分，5-1-2=2"),
    "1.4": ("1", "逾期30天：16-30天（含）一档扣2分，3-2=1（30天只在这一档写了“含”）"),
    "1.5": ("3", "认定依据不充分2份扣1分，不符合条件1人扣1分：5-2=3（曾因“扣分以5分为限”未读而拒读）"),
    "1.6": ("2.5", "1人未按要求巡山：扣0.5分，3-0.5=2.5（“2人及以上未按要求巡山的”曾被拆开，“2人”无法计分而拒读）"),
    "1.7": ("3", "建成18座，较计划20座少2座，每座扣0.5分：4-1=3（曾读作“少建成公厕”逐项扣分，计划数未用）"),
    "1.8": ("2.5", "支付进度80%，较序时进度85%低5个百分点，每个扣0.5分：5-2.5=2.5（“百份点”曾读作“100份点”而拒读）"),
}


def test_s45_he_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A cap said as a limit (扣分以N分为限) over counted faults, a rung said on top (再扣) after the rung closer in, a
    range's end marked 含 in it alone, a count's level of two naming its thing again, a plan's count with its thing
    after it, and 百份点: `pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores
    and total (1+1+2+1+3+2.5+3+2.5 = 16 of 33, grade 差: 16 < 19.8)."""
    result = _scored_and_recalculated(RUBRIC_S45_HE, EXPECTED_S45_HE, Decimal("16"), capsys, tmp_path)
    assert result["grade"] == "差"
