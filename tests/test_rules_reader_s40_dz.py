"""Readings first written by session 39 helpers z and y and checked by session 40 helper dz, through the user's entry
points: a time limit that defines the timeliness rate scored (…应在2个工作日内办结，按时办结率每低1个百分点…), read as
the rate's rule, and a limit beside a rate of something else named; a closing 以…计 on which value is measured; an
amount planned bare before steps with no award (计划建设500张，每少建10张扣0.2分) as the level the steps start from; a
bracketed target closed by a full stop; 全年无违规的得满分（3分） after the faults. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.rules import RuleError, parse_rule
from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S40_DZ = Path(__file__).parent / "data" / "new_readings_rubric_s40_dz.yaml"
EXPECTED_S40_DZ = {
    "1.1": ("2.6", "按时办结率98%，低2个百分点×0.2=0.4：3-0.4=2.6（2个工作日是及时的界限，不是分档）"),
    "1.2": ("2", "及时率95%，低5个百分点×0.2=1：3-1=2（15日是及时的界限）"),
    "1.3": ("1", "平均用时35个工作日，在31-40之间：1分"),
    "2.1": ("3.2", "计划建设500张即步长的起点：少40张=4步×0.2=0.8，4−0.8=3.2（曾因“只写了该条件下如何扣分”而拒读）"),
    "2.2": ("3", "（目标：≥8万平方米）。即目标：少1万平方米=2步×0.5=1，4−1=3（曾因“这一水平写在扣分之后”而拒读）"),
    "2.3": ("1", "全年无违规的得满分（3分）：公车私用1起×1=1，未喷涂标识2辆×0.5=1，3−2=1（曾因“写了扣分，但没有写按什么扣”而拒读）"),
}


def test_s40_dz_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (2.6 + 2 + 1 = 5.6, + 3.2 + 3 + 1 = 12.8 of 19, 中: 11.4 ≤ 12.8 < 15.2)."""
    result = _scored_and_recalculated(RUBRIC_S40_DZ, EXPECTED_S40_DZ, Decimal("12.8"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, rate, score, working", [
    # the limit says what is on time, never a level of 2 working days (once refused: a % beside a count of days)
    ("12345热线转办的城管类诉求应在2个工作日内办结，按时办结率每低1个百分点扣0.2分，低于85%的不得分（3分）", "86%", "0.2",
     "较100%少14个百分点"),  # 14 × 0.2 = 2.8 → 0.2
    ("救助金发放及时率（应于审批后15日内发放）：及时率每低1个百分点扣0.2分，扣完为止（3分）", "95%", "2",
     "较100%少5个百分点"),  # 5 × 0.2 = 1 → 2
    ("投诉应在24小时内响应，及时响应率每低1个百分点扣0.5分，扣完为止（3分）", "97%", "1.5",
     "较100%少3个百分点"),  # 3 × 0.5 = 1.5 → 1.5
])
def test_a_time_limit_defines_the_timeliness_rate(rule: str, rate: str, score: str, working: str) -> None:
    done = pingfen(rule, "--full", "3", "--actual", rate)
    assert done.returncode == 0 and f"得分：{score}\n" in done.stdout and working in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, named", [
    # 办结率 names no timeliness: closed at all, or within the 5 days?
    ("投诉应在5个工作日内办结，办结率每低1个百分点扣0.2分，扣完为止（2分）", "投诉应在5个工作日内办结"),
    # the days to take a complaint in measure no closing in time: a second requirement, not the rate's definition
    ("投诉应在5个工作日内受理，按时办结率每低1个百分点扣0.2分，扣完为止（2分）", "投诉应在5个工作日内受理"),
    ("申报资料应在5个工作日内报送，资金拨付及时率每低1个百分点扣0.2分，扣完为止（2分）", "申报资料应在5个工作日内报送"),
    # the share late, not in time: its steps go up from 0, never down from 100%
    ("投诉应在5个工作日内办结，未按时办结率每高1个百分点扣0.2分，扣完为止（2分）", "投诉应在5个工作日内办结"),
])
def test_a_limit_beside_a_rate_it_does_not_define_is_named(rule: str, named: str) -> None:
    with pytest.raises(RuleError) as refused:
        parse_rule(rule)
    assert named in refused.value.fragment


def test_a_late_share_needs_its_target() -> None:
    """未按时办结率 is the share late: 100% never stands in for its target (once 5% late kept all 2 points)."""
    done = pingfen("未按时办结率每高1个百分点扣0.2分，扣完为止（2分）", "--full", "2", "--actual", "5%")
    assert done.returncode != 0 and "需要目标值" in done.stdout + done.stderr, done.stdout + done.stderr


@pytest.mark.parametrize("rule, canonical", [
    ("公示时间不少于7天的得2分，少于7天的不得分，以实际公示天数计。", "公示时间≥7天得2分；否则不得分"),
    ("办结时限：5个工作日内办结的得3分，6-10个工作日的得1分，超过10个工作日的不得分。抽查件以平均办结时间计。", "5个工作日及以下得3分"),
])
def test_the_value_counted_as(rule: str, canonical: str) -> None:
    """以…计 at the end says which value is entered, as 按…计 does (once refused as cut off after 计)."""
    read = parse_rule(rule)
    assert canonical in read.canonical() and parse_rule(read.canonical()).canonical() == read.canonical()


def test_a_date_no_calendar_holds_is_named() -> None:
    """9月0日 in a ladder of dates: named, never a crash (once a QuantityError out of the reader)."""
    with pytest.raises(RuleError) as refused:
        parse_rule("2023年6月30日前完工的得2分，9月0日前完工的得1分，之后完工的不得分。")
    assert refused.value.fragment == "9月0日" and "不存在" in str(refused.value)


@pytest.mark.parametrize("rule, full, actual, score, canonical", [
    # the plan reached keeps the 分值: 1700亩 is 3 steps of 100亩 short, 3 − 0.6 = 2.4
    ("年度计划植树造林2000亩，每少完成100亩扣0.2分，最多扣2分（本项3分）。", "3", "1700亩", "2.4", "实际值达到2000亩得3分"),
    # the bracketed target closed by a full stop is the target 达到目标 names: 46 km is 2 steps of 2 km short, 5 − 1 = 4
    ("乡村公路新改建里程（目标：≥50公里）。达到目标得5分；每少2公里扣0.5分，扣完为止。", "5", "46公里", "4", "实际值达到50公里得5分"),
])
def test_the_amount_planned_is_where_the_steps_start(rule: str, full: str, actual: str, score: str, canonical: str) -> None:
    done = pingfen(rule, "--full", full, "--actual", actual)
    assert done.returncode == 0 and f"得分：{score}\n" in done.stdout and canonical in done.stdout, done.stdout + done.stderr
    read = parse_rule(rule)
    assert parse_rule(read.canonical()).canonical() == read.canonical()  # the 规范写法 reads back to the same rule


@pytest.mark.parametrize("rule, named", [
    # the part's plan, or the whole's?
    ("全年送戏下乡120场，其中村级60场，每少5场扣0.5分（本项3分）", "其中村级60场，每少5场扣0.5分"),
    # a ceiling said (控制在), steps below it
    ("控制在500张，每少建10张扣0.2分（本项4分）。", "控制在500张，每少建10张扣0.2分"),
    # the bracketed count is no standard for the rate scored after it (once the 3000人 dropped unread)
    ("服务人次（目标：≥3000人）。满意度达到90%得4分，每低1%扣0.5分。", "目标≥3000人"),
])
def test_a_plan_that_is_not_the_steps_start_is_named(rule: str, named: str) -> None:
    with pytest.raises(RuleError) as refused:
        parse_rule(rule)
    assert named in refused.value.fragment, refused.value.fragment


def test_no_violation_all_year_is_the_points_the_faults_come_off() -> None:
    """全年无违规的得满分（3分） after the faults: the 3 they come off (scored in the rubric: 3 − 1 − 2×0.5 = 1)."""
    read = parse_rule("食堂管理：发现食品过期的，每批次扣0.5分；从业人员无健康证的，每人扣1分；全年无违规的得满分（3分）。")
    assert read.canonical().startswith("全年无违规得3分") and parse_rule(read.canonical()).canonical() == read.canonical()
