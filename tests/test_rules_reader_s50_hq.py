"""Readings of session 50 by helper hq, through the user's entry points: days ahead of the deadline adding points
(按期完成得4分；每提前1天加0.2分，最多加1分；每延迟1天扣0.5分: once 每提前 was no step, the whole refused), written
also 每早于规定时限1天 (as 每提前1天) beside 每迟于 / 每晚于规定时限1天 (as 每逾期1天) and 达到规定时限得10分 (the deadline
kept, beside days late); the days counted from the planned and actual dates (a lateness entered as a count of days
cannot say a completion ahead of time). And the refusals beside them: no score on the day said, no score for a late
completion, a band that disagrees with the steps. Scored by `pingfen score --json` and its workbook recalculated by
LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _reads_through_cli, _refused_through_cli, _scored_and_recalculated

RUBRIC_S50_HQ = Path(__file__).parent / "data" / "new_readings_rubric_s50_hq.yaml"
EXPECTED_S50_HQ = {
    "1.1": ("4.6", "提前3天（9月27日对9月30日）：3×0.2=0.6，4+0.6=4.6"),
    "1.2": ("2", "延迟4天（10月4日）：4×0.5=2，4-2=2"),
    "1.3": ("5", "提前20天：20×0.2=4，最多加1分：4+1=5"),
    "1.4": ("2.2", "早2天（2月26日对2月28日）：2+0.2=2.2"),
    "1.5": ("0", "晚10天（3月10日，2025年2月有28天）：扣5分，扣完为止：0"),
    "1.6": ("13", "早3天：10+3=13（上限15）"),
    "1.7": ("4", "约定日期当天到货：4"),
    "1.8": ("2", "逾期2日：4-2=2"),
}


def test_s50_hq_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (4.6 + 2 + 5 + 2.2 + 0 + 13 + 4 + 2 = 32.8 of 45, 中: 27 ≤ 32.8 < 36)."""
    result = _scored_and_recalculated(RUBRIC_S50_HQ, EXPECTED_S50_HQ, Decimal("32.8"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, full, canonical", [
    ("工程按合同工期竣工得5分；每提前1天加0.2分，最多加2分；每延迟1天扣0.5分，扣完为止。", "5",
     "按期完成得5分，每逾期1天扣0.5分，扣完为止；每提前1天加0.2分，最多加2分"),
    ("按规定时间报送年度部门决算报表得3分，每早于规定时间1天加0.1分，加分不超过0.5分；每晚于规定时间1天扣0.5分，扣完为止。", "3",
     "按期完成得3分，每逾期1天扣0.5分，扣完为止；每提前1天加0.1分，最多加0.5分"),
    ("3)提供会计信息指标规定时限:以规定时限为基数,达到规定时限得10分;每早于规定时限1天,则在10分的基础上加1分,15分为上限;"
     "每迟于规定时限1天,则扣1分,扣完为止。", "15",
     "按期完成得10分，每逾期1天扣1分，扣完为止；每提前1天加1分，总分最高不超过15分"),
    ("防汛物资在合同约定交付日期前到货得4分；每提前1日加0.1分，最高加1分；每逾期1日扣1分，扣完为止。", "4",
     "按期完成得4分，每逾期1日扣1分，扣完为止；每提前1日加0.1分，最多加1分"),
    # beside bands of days late, and by a date printed with its year
    ("农村公路养护工程于2024年10月31日前完工得4分，每提前1天加0.1分，最多加1分；逾期30天以内得2分，逾期30天以上不得分。", "4",
     "2024年10月31日前完成得4分，每提前1天加0.1分，最多加1分；0天<逾期天数≤30天得2分；逾期天数>30天不得分"),
])
def test_s50_hq_readings_through_pingfen_rule(rule: str, full: str, canonical: str) -> None:
    _reads_through_cli(rule, full, canonical)


def test_s50_hq_days_ahead_need_the_dates() -> None:
    """A lateness entered as a count of days (3天) cannot say a completion ahead of time: the dates are asked for."""
    done = pingfen("按期完成得4分，每提前1天加0.1分，最多加1分；每逾期1天扣0.2分，扣完为止。", "--full", "4", "--actual", "3天")
    assert done.returncode != 0 and "计划完成日期与实际完成日期" in done.stderr, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, named", [
    # a late completion's score is not written (0, or 4 less something unsaid)
    ("按期完成得4分，每提前1天加0.1分，最多加1分。", "4", "按期完成得4分"),
    # the score on the deadline is not written: the steps have no base to add to or take from
    ("每提前1天加0.1分，每逾期1天扣0.2分，扣完为止。", "4", "每提前1天加0.1分"),
    # 10 days early: 1 by the steps, 2 by the band
    ("按期完成得4分，每提前1天加0.1分，每逾期1天扣0.2分，提前10天以上的加2分。", "4", "提前10天以上的加2分"),
])
def test_s50_hq_refusals_name_the_clause(rule: str, full: str, named: str) -> None:
    _refused_through_cli(rule, full, f"无法识别的部分：“{named}”")
