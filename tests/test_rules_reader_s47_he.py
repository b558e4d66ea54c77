"""Readings of session 47 helper he, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S47_HE = Path(__file__).parent / "data" / "new_readings_rubric_s47_he.yaml"
EXPECTED_S47_HE = {
    "1.1": ("1.5", "台账已建立，错误1处，每处扣0.5分：2-0.5=1.5（曾读作“全部符合得2分”，未建立台账也得2分）"),
    "1.2": ("2", "1个月未按时发放，每月扣1分：3-1=2（曾因标题“低保金按月足额发放（3分）”中的“按”而拒读）"),
    "1.3": ("2", "1类辅具单价高于中标价，每类扣1分：3-1=2（曾因“一类”未读作计数而拒读）"),
    "1.4": ("3", "计划8个，建成6个，少2个，每少1个扣1分：5-2=3（曾因计划数单独成句而拒读）"),
}


def test_s47_he_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """An award for setting a ledger up beside errors found in it, a heading whose name holds 按, one kind counted after
    每, and a plan's count in a sentence of its own before the steps: `pingfen score` and the built workbook
    recalculated by LibreOffice give the hand-worked scores and total (1.5+2+2+3 = 8.5 of 13, grade 中:
    7.8 ≤ 8.5 < 10.4)."""
    result = _scored_and_recalculated(RUBRIC_S47_HE, EXPECTED_S47_HE, Decimal("8.5"), capsys, tmp_path)
    assert result["grade"] == "中"
