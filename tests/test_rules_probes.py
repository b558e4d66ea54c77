"""Common 评分标准 wordings written here (not from a page), the kind accountants write, each read and scored
through a user entry point (the SCORE_RATE worksheet function, `pingfen score`, `pingfen rule`) against a score
worked by hand."""

from __future__ import annotations

import pytest

from pingfen.cli import main
from pingfen.functions import SCORE_RATE

from helpers_rules import score_leaf


LATE = "按时完成的得3分，延迟1-5天的得2分，延迟6天及以上的不得分"
TRAINED = "培训人数≥500人次得5分，400-499人次得3分，399人次及以下不得分"
SELF_ASSESSED = "按规定时间完成绩效自评的得3分，延迟1-5天的得2分，延迟5天以上的得1分"


@pytest.mark.parametrize("rule, actual, full, expected", [
    # days come whole: 5½ days late is still within 1-5; 6 is the next band
    (LATE, "0天", 3, 3), (LATE, "1天", 3, 2), (LATE, "5.5天", 3, 2), (LATE, "6天", 3, 0),
    # 400-499 reaches up to 500; 399 and below (and 399.5) score nothing
    (TRAINED, "399.5人次", 5, 0), (TRAINED, "400人次", 5, 3), (TRAINED, "499.5人次", 5, 3), (TRAINED, "500人次", 5, 5),
    # 按规定时间完成绩效自评 is on time; 5 days late belongs to 5天以上 (a range's upper end goes to the band above)
    (SELF_ASSESSED, "0天", 3, 3), (SELF_ASSESSED, "3天", 3, 2), (SELF_ASSESSED, "5天", 3, 1),
])
def test_bands_of_whole_counts_leave_no_gap(rule: str, actual: str, full: int, expected: int) -> None:
    assert SCORE_RATE(actual, None, rule, full) == expected


def test_not_done_at_all_is_not_a_lateness() -> None:
    """未开展自评的不得分 is a situation beside the days late, which the lateness bands cannot hold: refused."""
    result = SCORE_RATE("3天", None, SELF_ASSESSED + "，未开展自评的不得分。", 3)
    assert isinstance(result, str) and "未开展自评的不得分" in result


SURVEY = "满意度=满意人数/调查总人数×100%，满意度在90%以上得6分，80%-89%得4分，70%-79%得2分，70%以下不得分。"


@pytest.mark.parametrize("rule, actual, full, expected", [
    # whole-number bands under a top band open above: 89.5% belongs to 80%-89% (once refused as a gap)
    (SURVEY, "89.5%", 6, 4), (SURVEY, "90%", 6, 6), (SURVEY, "79.9%", 6, 2), (SURVEY, "69%", 6, 0),
    # 按到位率×4分计算: the formula's 分 before 计算 (once refused); 90% × 4 = 3.6
    ("到位率100%得4分，到位率低于100%的按到位率×4分计算。", "90%", 4, 3.6),
    # 每延迟一周 is 1周: 3 weeks late → 5 − 3 = 2 (once refused)
    ("项目按计划完成得5分，未按计划完成的，每延迟一周扣1分。", "3周", 5, 2),
])
def test_common_band_and_formula_wordings(rule: str, actual: str, full: int, expected: float) -> None:
    assert SCORE_RATE(actual, None, rule, full) == pytest.approx(expected)


def test_equal_points_and_a_restated_loss_per_point(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    """制度健全得1分，执行有效得1分，有监督检查记录得1分。缺一项扣1分: three 评价要点 of 1 point; the last sentence says
    the same (one missing costs its 1 point). Two met → 2, through `pingfen score`. A loss that disagrees is refused."""
    row = score_leaf(tmp_path, capsys, "制度健全得1分，执行有效得1分，有监督检查记录得1分。缺一项扣1分。", 3,
                {"met": [True, False, True]})
    assert row["score"] == 2, row
    result = SCORE_RATE("100%", None, "制度健全得1分，执行有效得1分，有监督检查记录得1分。缺一项扣0.5分。", 3)
    assert isinstance(result, str) and "不一致" in result


def test_grades_with_their_points_before_the_description(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    """优秀（4分）：目标明确…；良好（3分）：… — the description after the colon belongs to its grade: 良好 → 3."""
    row = score_leaf(tmp_path, capsys, "优秀（4分）：目标明确、措施得力；良好（3分）：目标较明确；一般（2分）：目标不够明确；较差（0分）：无目标。",
                4, {"grade": "良好"})
    assert row["score"] == 3, row


@pytest.mark.parametrize("failures, expected", [([2, 1], 1), ([2, 3], 0)])
def test_an_award_for_reporting_on_time_beside_two_kinds_of_fault(tmp_path, capsys, failures: list[int], expected: int) -> None:
    """按要求及时报送…的得3分，每迟报一次扣0.5分，未报送的每次扣1分: 3 points, less 0.5 per late report and 1 per
    report not sent (once refused at the manner 按要求). Late twice, not sent once: 3 − 1 − 1 = 1; not sent three
    times: 3 − 1 − 3 < 0 → 0."""
    row = score_leaf(tmp_path, capsys, "按要求及时报送月报、季报、年报的得3分，每迟报一次扣0.5分，未报送的每次扣1分。", 3,
                {"failures": failures})
    assert row["score"] == expected, row


def test_a_finding_is_named_as_falling_short_not_as_a_missed_target(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rule", "资金使用合规，无截留、挤占、挪用等情况得5分，发现一项扣2分，扣完为止。", "--full", "5"]) == 0
    assert "规范写法：全部符合得5分，每有1项不符合要求的，扣2分，扣完为止" in capsys.readouterr().out


@pytest.mark.parametrize("rule, actual, target, full, expected", [
    # 完成时间比计划提前或按时 is on time (once read as a situation to enter): 0 months late → 4, 1 month → 2
    ("完成时间比计划提前或按时的得4分，推迟1个月以内得2分，推迟1个月以上不得分。", "0个月", None, 4, 4),
    ("完成时间比计划提前或按时的得4分，推迟1个月以内得2分，推迟1个月以上不得分。", "1个月", None, 4, 2),
    # the formula with the 年度指标值 named: 90/100 × 5 = 4.5 (once refused)
    ("实际完成值≥年度指标值得满分，实际完成值<年度指标值的，得分=实际完成值/年度指标值×5。", "90", "100", 5, 4.5),
    # last year's value entered as the target: 110 against 100 is 10% higher, 2 steps of 5% → 4 − 2 = 2
    # (每高出5% was once read as a band at exactly 5%: 0 points without an error)
    ("人均成本不高于上年的得4分，每高出5%扣1分。", "110元", "100元", 4, 2),
    # 以100%为满分: 75% is 25 short, 3 started steps of 10% → 4 − 3 = 1
    ("计划完成及时率=按时完成任务数/计划任务数×100%，以100%为满分，每降低10%扣1分。", "75%", None, 4, 1),
    # the cap named with its measure inside the brackets: 110% counts as 100% → 10
    ("得分=实际完成率×10分（实际完成率超过100%的按100%计算）", "110%", None, 10, 10),
])
def test_more_common_wordings(rule: str, actual: str, target: str | None, full: int, expected: float) -> None:
    assert SCORE_RATE(actual, target, rule, full) == pytest.approx(expected)


def test_an_unknown_step_verb_is_refused_not_read_as_a_band() -> None:
    result = SCORE_RATE("110元", "100元", "人均成本不高于上年的得4分，每涨5%扣1分。", 4)
    assert isinstance(result, str) and "每涨5%扣1分" in result


def test_a_line_below_zero_says_it_counts_as_zero(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    """得分=70×达标率-63 at 80%: 56 − 63 = −7, which scores 0 — and the explanation says so."""
    row = score_leaf(tmp_path, capsys, "得分=70×达标率-63", 7, {"rate": "80%"})
    assert row["score"] == 0 and row["explanation"].endswith("=-7分，不足0分按0分计"), row


@pytest.mark.parametrize("rule, actual, full, expected", [
    # short of 4 篇, the 2 points in proportion: 3/4 × 2 = 1.5
    ("上报科普信息4篇以上记2分,完不成的按比例扣分。", "3篇", 2, 1.5),
    ("上报科普信息4篇以上记2分,完不成的按比例扣分。", "5篇", 2, 2),
    # 每年 says how often, not a step: 1件以上 → 2, none → 0
    ("6.每年向八角飘香科普栏目提供科技稿件1件以上记2分(不投稿不得分);", "2件", 2, 2),
    ("6.每年向八角飘香科普栏目提供科技稿件1件以上记2分(不投稿不得分);", "0件", 2, 0),
    # 不得少于 is 不少于; 未达要求的，不得分 is what falls short of it
    ("公示时间不得少于7天,得5分;未达要求的,不得分。", "8天", 5, 5),
    ("公示时间不得少于7天,得5分;未达要求的,不得分。", "6天", 5, 0),
    ("办结时间不得超过5天，得3分，否则不得分", "4天", 5, 3),
    ("办结时间不得超过5天，得3分，否则不得分", "6天", 5, 0),
])
def test_counts_durations_and_their_failing_side(rule: str, actual: str, full: int, expected: float) -> None:
    assert SCORE_RATE(actual, None, rule, full) == pytest.approx(expected)


def test_a_duration_is_named_as_written_not_as_lateness(capsys: pytest.CaptureFixture[str]) -> None:
    """公示时间不少于7天 is a duration the text names, not days late."""
    assert main(["rule", "--full", "5", "--actual", "8天", "公示时间不少于7天,得5分;未达到要求的,不得分。"]) == 0
    printed = capsys.readouterr().out
    assert "公示时间≥7天得5分" in printed and "逾期" not in printed, printed
    # a lateness rule keeps naming days late (not 项目按计划时间)
    assert main(["rule", "--full", "5", "--actual", "3天", "项目按计划时间完成的得5分，每逾期1天扣0.5分"]) == 0
    assert "逾期天数实际为3天" in capsys.readouterr().out
