"""Readings of session 42 by the lead, through the user's entry points: one award beside a veto, and a formula said in words (以A除以B再乘以分值计算). When the award names a
requirement of its own (建立台账的得2分；发生安全事故的，本项不得分) it is one 评价要点 — once read as the veto's absence,
so a 台账 never set up scored 2; when it is the veto's other side (按计划完成整改的得3分；未按计划完成整改的，本项不得分,
未发生的得5分, 资金使用符合规定 beside 截留、挤占) the points stand unless the veto happened, as before. Scored by
`pingfen score --json` and its workbook recalculated by LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S42_LEAD = Path(__file__).parent / "data" / "new_readings_rubric_s42_lead.yaml"
EXPECTED_S42_LEAD = {
    "1.1": ("0", "未建立台账：评价要点不符合，0（未发生事故；曾读作未出现否决情形，得2分）"),
    "1.2": ("4", "按期完工，未发生事故：4"),
    "1.3": ("3", "按计划完成整改：3"),
    "1.4": ("3", "30%÷40%×4=3（曾读作超过目标值得满分、否则0分）"),
}


def test_s42_lead_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (0 + 4 + 3 + 3 = 10 of 13, 中: 7.8 ≤ 10 < 10.4)."""
    result = _scored_and_recalculated(RUBRIC_S42_LEAD, EXPECTED_S42_LEAD, Decimal("10"), capsys, tmp_path)
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


@pytest.mark.parametrize("rule, named", [
    # a note flipping the bands' bounds: 90% once scored 4 (≥90%) where the note makes it 3
    ("满意度90%以上得4分，85%-90%得3分，85%以下不得分。注：区间含上限不含下限。", "含上限不含下限"),
    # the shortfall's share: signing nobody scored 4
    ("得分=（目标签约率-实际签约率）/目标签约率×4", "(目标签约率-实际签约率)/目标签约率×4"),
    # the bands cover every rate, then points for 其他: once never used, silently
    ("满意度90%以上得4分，60%以上得2分，其他得0.5分，60%以下不得分。", "其他得0.5分"),
    # steps reach 0 at 90%, the formula below 80% gives 7.9: a lower rate scoring more
    ("执行率达到100%得10分，每降低1%扣1分，执行率低于80%的按执行率×10计分。", "执行率低于80%的按执行率×10计分"),
    # a veto merged into the next deduction and gone from the reading (a fire over 1 公顷 once cost 3 points)
    ("发生火灾的，每起扣1分，受害面积超过1公顷的一票否决，受害面积超过1公顷的每起扣3分。", "受害面积超过1公顷的一票否决"),
])
def test_s42_guesses_refused_name_their_clause(rule: str, named: str) -> None:
    done = pingfen(rule, "--full", "10", "--actual", "90%")
    said = done.stdout + done.stderr
    assert done.returncode != 0 and named in said and "无法识别" in said, said


def test_s42_refusals_leave_their_neighbours_read() -> None:
    """Steps and a formula that meet (8 at 80% either way), a rest of 0 the bands leave unused, a saving's formula
    (less spent, more points) are read as before."""
    done = pingfen("执行率达到100%得10分，每降低1%扣0.1分，执行率低于80%的按执行率×10计分。", "--full", "10", "--actual", "70%")
    assert done.returncode == 0 and "得分：7" in done.stdout, done.stdout + done.stderr
    done = pingfen("100%得2分，90%（含）-100%得1分，90%以下得0.5分，否则不得分。", "--full", "2", "--actual", "80%")
    assert done.returncode == 0 and "得分：0.5" in done.stdout, done.stdout + done.stderr


def test_s42_a_counts_breakdown_in_brackets_leaves_its_target_read() -> None:
    """目标值20座（其中改建8座）: the bracket only breaks the 20 down; 18座 is 2 short, 4 − 2×0.5 = 3 (once the target was
    asked for as an input)."""
    done = pingfen("新建农村公厕目标值20座（其中改建8座），完成目标得4分，每少1座扣0.5分。", "--full", "4", "--actual", "18座")
    assert done.returncode == 0 and "得分：3" in done.stdout, done.stdout + done.stderr
