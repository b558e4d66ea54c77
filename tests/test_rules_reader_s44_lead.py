"""Readings of session 44 by the lead, through the user's entry points: a completion share said before the band that
earns full marks (按任务完成比例得分，完成率≥100%得满分 — once dropped as a heading naming the method, so 85% scored 0);
the same share before a band reached at another level refused (85% × 6 or 85%/90% × 6?); a step with no unit beside
a quantity written in 万亩 refused (1万亩 or 1亩?); steps that a floor at their own start makes unreachable refused.
Scored by `pingfen score --json` and its workbook recalculated by LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import pingfen
from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S44_LEAD = Path(__file__).parent / "data" / "new_readings_rubric_s44_lead.yaml"
EXPECTED_S44_LEAD = {
    "1.1": ("5.1", "85%未达到100%：按完成比例85%×6=5.1（曾把“按任务完成比例得分”当作标题略去，得0）"),
    "1.2": ("4", "102%≥100%：4"),
}


def test_s44_lead_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (5.1 + 4 = 9.1 of 10, 优: 9.1 ≥ 9)."""
    result = _scored_and_recalculated(RUBRIC_S44_LEAD, EXPECTED_S44_LEAD, Decimal("9.1"), capsys, tmp_path)
    assert result["grade"] == "优"


@pytest.mark.parametrize("rule, actual, score", [
    ("按任务完成比例得分，完成率≥100%得满分。", "85%", "5.1"),
    ("按任务完成比例得分，完成率≥100%得满分。", "100%", "6"),
    ("按任务完成比例得分，完成率≥100%得满分。", "40%", "2.4"),
    # bands that give every value its points: the words before them a heading, as before
    ("按完成比例得分：完成率≥90%得6分，80%（含）-90%得4分，低于80%不得分。", "85%", "4"),
])
def test_s44_lead_share_said_first_through_pingfen_rule(rule: str, actual: str, score: str) -> None:
    done = pingfen(rule, "--full", "6", f"--actual={actual}")
    assert done.returncode == 0 and f"得分：{score}\n" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, named, reason", [
    # the full-marks band at 90%: 85% × 6 = 5.1, or 85%/90% × 6 = 5.67? (once 0: the share dropped as a heading)
    ("筛查任务完成率（6分）：按完成比例得分，完成率≥90%得满分。", "6", "按完成比例得分", "满分一档不是完成率达到100%"),
    # 每少1 beside 2.5万亩: 1万亩 or 1亩? (once 1亩: 2,000亩 short deducted 400 points)
    ("人工造林（4分）：计划造林2.5万亩，完成计划得满分，每少1扣0.2分，扣完为止。", "4", "每少1扣0.2分", "扣分的步长没有写单位"),
    # steps from the target, and 0 for anything below it: 85% gives 2.5 by the steps, 0 by the floor
    ("资金到位率（4分）：资金到位率每低10%扣1分，低于目标值的不得分。", "4", "低于目标值的不得分", "步长永远用不上"),
    ("资金到位率达到100%得4分，每低10%扣1分，低于100%的不得分。", "4", "低于100%的不得分", "步长永远用不上"),
])
def test_s44_lead_refusals_name_the_clause(rule: str, full: str, named: str, reason: str) -> None:
    done = pingfen(rule, "--full", full)
    assert done.returncode != 0 and named in done.stderr and reason in done.stderr, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, actual, score", [
    ("计划造林2.5万亩，完成计划得满分，每少1000亩扣0.2分，扣完为止。", "4", "2.3万亩", "3.6"),  # the step's unit written
    ("资金到位率达到100%得4分，每低10%扣1分，低于60%的不得分。", "4", "85%", "2"),  # a floor below the steps' start
])
def test_s44_lead_neighbours_still_read(rule: str, full: str, actual: str, score: str) -> None:
    done = pingfen(rule, "--full", full, f"--actual={actual}")
    assert done.returncode == 0 and f"得分：{score}\n" in done.stdout, done.stdout + done.stderr
