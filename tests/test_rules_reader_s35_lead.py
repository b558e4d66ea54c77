"""Readings of session 35 by the lead, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice; `pingfen rule` on a step over last year in
percent (the guesses now refused are in test_cli_rule.py). Every expected score is worked by hand."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S35_LEAD = Path(__file__).parent / "data" / "new_readings_rubric_s35_lead.yaml"
EXPECTED_S35_LEAD = {
    "1.1": ("3", "未按要求备份2次，每次扣1分：5−2=3；没有数据丢失（曾把“本项0分”读作本项分值0分，得0分，丢掉了数据丢失的情形）"),
    "1.2": ("0", "因备份缺失导致数据丢失：本项不得分，0"),
    "1.3": ("7", "路况指数77比80低3，每低1扣1分：10−3=7（曾把80读作完成率80%）"),
    "1.4": ("2", "2.5秒比2秒超过0.5秒，每超过0.5秒扣1分：3−1=2（曾不识别“秒”）"),
    "1.5": ("3", "1.8秒不超过2秒：3（曾把2秒读作2%）"),
    "1.6": ("8", "括号里先写考核方式再写分值：99.6%在99.5%—99.9%之间，8（曾拒绝）"),
    "1.7": ("2", "标题行写分值：90%在85%—95%之间，2（曾把标题与第一档连成一句）"),
    "1.8": ("2.2", "本项满分3分写在最后：72辆比80辆少8辆×0.1=0.8，3−0.8=2.2"),
    "1.9": ("3", "计划完工15座：12座少3座×1=3，6−3=3（曾不识别“每少完工”）"),
    "1.10": ("2.5", "未供餐的学校3所×0.5=1.5，4−1.5=2.5（曾不接受“每所”）"),
    "1.11": ("0.6", "扣完本项分值（1分）为止：2起×0.2=0.4，1−0.4=0.6"),
    "1.12": ("1", "延期3个月，“1个月以上3个月以内（含）”：1"),
    "1.13": ("1", "差评率2.5%在1%—3%之间：1（曾把“差评率”的“评”读作计分动词）"),
    "1.14": ("3.6", "标题（4分）即分值：900/1000×4=3.6"),
    "1.15": ("1", "逾期6个月，“3个月以上6个月以内”：以内含本数，1"),
}


def test_s35_lead_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The item's points after a situation, an index named by its acronym, seconds, headings and bands of lateness: `pingfen score` and the built
    workbook recalculated by LibreOffice give the hand-worked scores and total (3+0+7+2+3+8+2+2.2+3+2.5+0.6+1+1+3.6+1
    = 39.9 of 67, grade 差 below 中's 40.2)."""
    result = _scored_and_recalculated(RUBRIC_S35_LEAD, EXPECTED_S35_LEAD, Decimal("39.9"), capsys, tmp_path)
    assert result["grade"] == "差"


def test_a_step_in_percent_over_last_year_is_the_growth_rate() -> None:
    """较上年每增加1个百分点: the step names the growth, a rate (the unit said): 3% growth is 3 steps, 3 − 3 = 0 … of 5: 2."""
    done = pingfen("人均公用经费较上年每增加1个百分点扣1分（5分）", "--full", "5", "--actual", "3%")
    assert done.returncode == 0 and "得分：2" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, actual, score", [
    # 1.26万元 is 105% of the 1.2万元 standard: one step of 5% over, 4 − 1 = 3 (once 12600 against 1.2: 0)
    ("单位成本不高于1.2万元得4分，每高于标准5%扣1分", "4", "1.26万元", 3),
    ("单位成本不高于1.2万元得4分，每高于标准5%扣1分", "4", "12600元", 3),
    # 450万元 is 90% of 500万元: two steps of 5% short, 2 − 2×0.5 = 1 (once 4500000 against 500: full marks)
    ("达到目标值500万元得2分，每低于目标值5%扣0.5分", "2", "450万元", 1),
])
def test_an_amount_against_a_standard_in_another_money_unit(rule: str, full: str, actual: str, score: float) -> None:
    done = pingfen(rule, "--full", full, "--actual", actual, "--json")
    assert done.returncode == 0 and json.loads(done.stdout)["score"] == score, done.stdout + done.stderr
