"""Readings of session 42 by the lead, through the user's entry points: one award beside a veto. When the award names a
requirement of its own (建立台账的得2分；发生安全事故的，本项不得分) it is one 评价要点 — once read as the veto's absence,
so a 台账 never set up scored 2; when it is the veto's other side (按计划完成整改的得3分；未按计划完成整改的，本项不得分,
未发生的得5分, 资金使用符合规定 beside 截留、挤占) the points stand unless the veto happened, as before. Scored by
`pingfen score --json` and its workbook recalculated by LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import pingfen
from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S42_LEAD = Path(__file__).parent / "data" / "new_readings_rubric_s42_lead.yaml"
EXPECTED_S42_LEAD = {
    "1.1": ("0", "未建立台账：评价要点不符合，0（未发生事故；曾读作未出现否决情形，得2分）"),
    "1.2": ("4", "按期完工，未发生事故：4"),
    "1.3": ("3", "按计划完成整改：3"),
}


def test_s42_lead_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (0 + 4 + 3 = 7 of 9, 中: 5.4 ≤ 7 < 7.2)."""
    result = _scored_and_recalculated(RUBRIC_S42_LEAD, EXPECTED_S42_LEAD, Decimal("7"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, canonical", [
    ("建立台账的得2分；发生安全事故的，本项不得分", "评价要点：①建立台账（2分）"),
    ("按时完成的得满分；发生安全事故的，本项不得分", "评价要点：①按时完成"),
    ("资金使用符合规定得4分；如存在截留、挤占、挪用、虚列支出等情况，此项不得分。", "符合规定的，得4分"),
    ("全年无安全事故的得2分；发生安全事故的，本项不得分", "符合规定的，得2分"),
    ("1. 制定方案(3分);完成得3分,未完成本项不得分。", "如未完成，此项不得分"),
])
def test_s42_award_beside_veto_is_a_point_unless_its_other_side(rule: str, canonical: str) -> None:
    done = pingfen(rule, "--full", "4")
    assert done.returncode == 0 and canonical in done.stdout, done.stdout + done.stderr
