"""Readings of session 41 by the lead, through the user's entry points: places in a ranking stepped down from the first
(第1名得3分，每降一名减0.3分 — once read as a count of people, 达到1名, so the 4th place scored full marks), scored by
`pingfen score --json` and its workbook recalculated by LibreOffice; and `pingfen rule` refusing what would be a guess.
Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S41_LEAD = Path(__file__).parent / "data" / "new_readings_rubric_s41_lead.yaml"
EXPECTED_S41_LEAD = {
    "1.1": ("2.1", "第4名：较第1名降3名，3−3×0.3=2.1（第2名得2.7分即3−0.3；曾读作人数达到1名，得3分）"),
    "1.2": ("2", "第3名：后退2名，3−2×0.5=2"),
    "1.3": ("0", "第9位：降8位，8×0.4=3.2>3，扣完为止，0"),
}


def test_s41_lead_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (2.1 + 2 + 0 = 4.1 of 9, 差: 4.1 < 5.4)."""
    result = _scored_and_recalculated(RUBRIC_S41_LEAD, EXPECTED_S41_LEAD, Decimal("4.1"), capsys, tmp_path)
    assert result["grade"] == "差"


@pytest.mark.parametrize("rule, named", [
    # the next place's points are not the step's (3 − 0.3 ≠ 2.5): once a count of people, the 4th place full marks
    ("第1名得3分，第2名得2.5分，依次每降一名减0.3分", "每降1名扣0.3分"),
    # 村 counting villages right before 得: once 30%, 90% scoring full marks
    ("完成年度目标30村得3分，未完成的按比例得分", "30村"),
    # the plan not completed is the completion rate short: 90% would be both 2 and 0
    ("完成率100%得4分，每少1%扣0.2分，未完成计划的不得分", "未完成计划的不得分"),
    # a rate times a number over a bare small one: 5 × the rate, or the rate over 2%? (once rate/2% × 10: 90% → 450, capped)
    ("得分=质量达标率×10÷2", "得分=质量达标率×10÷2"),
])
def test_s41_guesses_refused_name_their_clause(rule: str, named: str) -> None:
    done = pingfen(rule, "--full", "4", "--actual", "90%")
    said = done.stdout + done.stderr
    assert done.returncode != 0 and named in said and "无法识别" in said, said


def test_s41_refusals_leave_their_neighbours_read() -> None:
    """A zero that names something of its own (发生安全事故) beside the steps, 未完成 alone closing bands of counts done,
    and 村 opening a list's item are read as before."""
    done = pingfen("完成率100%得4分，每少1%扣0.2分；发生安全事故的不得分", "--full", "4", "--actual", "90%")
    assert done.returncode == 0 and "得分：2" in done.stdout, done.stdout + done.stderr
    done = pingfen("排名第1得5分，每后退1名扣0.5分", "--full", "5", "--actual", "第3名")
    assert done.returncode == 0 and "得分：4" in done.stdout, done.stdout + done.stderr
