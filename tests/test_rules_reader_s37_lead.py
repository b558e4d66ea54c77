"""Readings of session 37 by the lead, through the user's entry points: a rubric scored by `pingfen score --json` and
its workbook recalculated by LibreOffice; `pingfen rule` on wordings now refused (a complaint count's target reached
which way, a rate times a tenth of a point, a number held by two bands in so many words) and on an entered target that
differs from the printed one. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S37_LEAD = Path(__file__).parent / "data" / "new_readings_rubric_s37_lead.yaml"
EXPECTED_S37_LEAD = {
    "1.1": ("8", "四个要点中①②④符合：3+3+2=8（无卫生死角是一项要求，曾因“卫生”也见于“卫生间”被读作择一的等级，最多3分）"),
    "1.2": ("3", "偏差率=(110-100)/100=10%，“10%以内”含10%：得3分（曾按“10%以上”得0分）"),
}


def test_s37_lead_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (8 + 3 = 11 of 13, 良: 10.4 ≤ 11 < 11.7)."""
    result = _scored_and_recalculated(RUBRIC_S37_LEAD, EXPECTED_S37_LEAD, Decimal("11"), capsys, tmp_path)
    assert result["grade"] == "良"


@pytest.mark.parametrize("rule, named", [
    # fewer complaints are better: reached from below or above? (once read as at least 5: 8 complaints, full marks)
    ("投诉件数目标值为5件，达到目标值得满分", "投诉件数目标值为5件"),
    # 85% × 0.1 = 0.085 of 10 points, or 85 × 0.1 = 8.5? (once 0.09)
    ("满意度（10分）：得分=满意度×0.1", "得分=满意度×0.1"),
    # 10% held by both bands in so many words (once the first's: 0)
    ("偏差率≥10%不得分；偏差率≤10%得3分", "偏差率≤10%得3分"),
    ("偏差率10%及以上不得分；偏差率10%以内得3分", "偏差率10%以内得3分"),
    ("逾期30天及以上不得分，逾期30天以内得2分", "逾期30天以内得2分"),
    # corpus40/41's first pass: a number of people stepped in batches (once 每少1批 asked of the 人数 itself)
    ("培训人数达到计划的得满分（3分），每少一批扣1分。", "每少1批扣1分"),
    # a time with no unit (once 响应时间≤30%)
    ("系统故障响应时间不超过30的得2分，超过的不得分。", "系统故障响应时间不超过30的得2分"),
    # four grades, three points (once 第1类…第3类 awards per occurrence)
    ("项目管理情况：好、较好、一般、差分别得10分、8分、6分。", "好、较好、一般、差分别得10分、8分、6分"),
    # the more complaints the higher the score, its ≤ target once dropped for the 自评表's default
    ("投诉率：得分=实际值/目标值×分值（目标值≤2%，分值3分）。", "得分=实际值/目标值×分值"),
])
def test_s37_wordings_now_refused_name_their_clause(rule: str, named: str) -> None:
    done = pingfen(rule, "--full", "10", "--actual", "85%")
    assert done.returncode != 0 and named in done.stderr + done.stdout and "无法识别" in done.stderr + done.stdout, \
        done.stdout + done.stderr


def test_a_rate_times_points_written_in_points_still_reads() -> None:
    """按完成率×0.5分计 says the points (a half-point indicator): 80% × 0.5 = 0.4."""
    done = pingfen("按完成率×0.5分计", "--full", "0.5", "--actual", "80%")
    assert done.returncode == 0 and "得分：0.4" in done.stdout, done.stdout + done.stderr


def test_an_entered_target_other_than_the_printed_one_is_reported() -> None:
    """The printed 1200人次 scores (1100 is 100 short, 2 steps of 0.5: 4 − 1 = 3); the entered 1000人次 is not silently
    dropped: `pingfen rule` says so, as 校验's TARGET_CONFLICT does for a rubric."""
    done = pingfen("目标值为1200人次，达到目标值得满分，每少50人次扣0.5分", "--full", "4", "--actual", "1100人次",
                   "--target", "1000人次")
    assert done.returncode == 0 and "得分：3" in done.stdout, done.stdout + done.stderr
    assert "评分标准写明的标准为1200人次，录入的目标值为1000人次" in done.stdout
    same = pingfen("目标值为1200人次，达到目标值得满分，每少50人次扣0.5分", "--full", "4", "--actual", "1100人次",
                   "--target", "1200人次")
    assert same.returncode == 0 and "注意" not in same.stdout, same.stdout



def test_bare_numbers_of_the_measured_value_keep_its_unit() -> None:
    """corpus40's misread: PM2.5 实际值≤35得5分 (target ≤35微克/立方米) read 35 as 35% of a 完成率 (33 µg/m³ scored 0);
    the numbers are the value's own: 33 ≤ 35 → 5; 38 in (35, 38] → 3."""
    rule = "PM2.5年均浓度（目标值：≤35微克/立方米）。实际值≤35得5分；35-38（含）得3分；38以上不得分。"
    done = pingfen(rule, "--full", "5", "--actual", "33微克/立方米")
    assert done.returncode == 0 and "实际值≤35得5分" in done.stdout and "得分：5" in done.stdout, done.stdout + done.stderr
    done = pingfen(rule, "--full", "5", "--actual", "38微克/立方米")
    assert done.returncode == 0 and "得分：3" in done.stdout, done.stdout + done.stderr


def test_a_deviation_named_without_its_rate_is_its_size() -> None:
    """项目成本偏差超过5%的扣1分 (once 完成率>5%: every completion above 5% lost the point): 94 against 100 is −6%, past
    ±5%: 2 − 1 = 1; 103 is 3%: 2."""
    done = pingfen("项目成本偏差超过5%的扣1分（2分）。", "--full", "2", "--actual", "94万元", "--target", "100万元")
    assert done.returncode == 0 and "偏差率" in done.stdout and "得分：1" in done.stdout, done.stdout + done.stderr
    done = pingfen("项目成本偏差超过5%的扣1分（2分）。", "--full", "2", "--actual", "103万元", "--target", "100万元")
    assert done.returncode == 0 and "得分：2" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, actual, score", [
    # a service line's number is its name (once 数值“12345”无法识别): 96.5% is 1.5 points short of 98%, two steps
    # begun (a step begun counts, as the other step rules): 5 − 2 = 3
    ("12345热线按时办结率≥98%得5分，每下降1个百分点扣1分，扣完为止", "96.5%", "3"),
    ("12345政务服务便民热线满意率达到95%得满分，否则不得分", "96%", "5"),
])
def test_a_service_line_number_is_part_of_the_name(rule: str, actual: str, score: str) -> None:
    done = pingfen(rule, "--full", "5", "--actual", actual)
    assert done.returncode == 0 and f"得分：{score}" in done.stdout and "热线" in done.stdout, done.stdout + done.stderr
