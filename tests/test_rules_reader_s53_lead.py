"""Readings of session 53 by the lead, through `pingfen rule`: two levels, each of a measure of its own, for the same
points (①覆盖病种达到90%以上，得2分；②医保基金支出占比达到70%以上，得2分) are two 评价要点 — once read as two bands of the
second measure, so 80% of 医保基金支出占比 scored 2 whatever the 覆盖病种 (noticed by helper ii); a table row's cells
between bars (质量指标｜农产品抽检合格率｜合格率达到95%…) are no absolute value (noticed by helper ih)."""

from __future__ import annotations

import json

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _reads_through_cli


@pytest.mark.parametrize("rule, full, canonical", [
    ("①覆盖病种达到90%以上，得2分；②医保基金支出占比达到70%以上，得2分。", "4",
     "评价要点：①覆盖病种达到90%以上（2分）；②医保基金支出占比达到70%以上（2分）"
     "（符合的要点得相应分值，要点中的数值是要点的要求，由评价人判断是否符合）"),
    ("家庭医生签约：①重点人群签约服务覆盖达到80%以上，得2分；②签约居民续约占比达到70%以上，得2分。", "4",
     "评价要点：①重点人群签约服务覆盖达到80%以上（2分）；②签约居民续约占比达到70%以上（2分）"
     "（符合的要点得相应分值，要点中的数值是要点的要求，由评价人判断是否符合）"),
])
def test_s53_lead_two_measures_for_the_same_points_are_two_points(rule: str, full: str, canonical: str) -> None:
    _reads_through_cli(rule, full, canonical)
    # the second measure at 80% no longer scores: the points are the evaluator's ticks (one met: 2 of 4)
    done = pingfen(rule, "--full", full, "--actual", "80%", "--json")
    assert done.returncode != 0 and "评价要点" in done.stderr + done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, said", [
    # bands of two measures that differ in their points still say which two measures they name
    ("年度执法检查计划完成率100%得2分，每低5个百分点扣0.5分；重大事故隐患整改率100%得2分，每有1项未整改扣1分。",
     "“年度执法检查计划完成率”与“重大事故隐患整改率”是两个不同的指标"),
])
def test_s53_lead_two_measures_refused_naming_both(rule: str, said: str) -> None:
    done = pingfen(rule, "--full", "4")
    assert done.returncode == 2 and said in done.stderr, done.stderr


@pytest.mark.parametrize("rule, full, canonical", [
    # a table row's cells between bars (once |农产品抽检合格率| as an absolute value: 量指标农产品抽检合格率绝对值合格率
    # in ±95%, a garbled name, and 200% would have been outside ±95%)
    ("质量指标｜农产品抽检合格率｜合格率达到95%得4分，每低1个百分点扣1分，扣完为止", "4",
     "合格率达到95%得4分，每少1个百分点扣1分，扣完为止"),
])
def test_s53_lead_bars_of_a_table_row_are_no_absolute_value(rule: str, full: str, canonical: str) -> None:
    _reads_through_cli(rule, full, canonical)


def test_s53_lead_bars_before_their_comparison_stay_an_absolute_value() -> None:
    """|偏差率|≤10%…: −15% is 15% away, in the 10%–20% band (2 of 4)."""
    done = pingfen("|偏差率|≤10%得4分，10%＜|偏差率|≤20%得2分，|偏差率|＞20%不得分", "--full", "4", "--actual=-15%", "--json")
    assert done.returncode == 0 and json.loads(done.stdout)["score"] == 2, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, actual, score", [
    # 年度目标任务 / 全年目标任务 name the target printed after them (once 6000人 was a number of no known meaning):
    # 5400/6000 × 8 = 7.2; 1.2万亩/1.5万亩 × 5 = 4
    ("城镇新增就业（8分）：完成年度目标任务6000人的得满分，未完成的按完成比例计分。", "8", "5400人", 7.2),
    ("造林绿化（5分）：完成年度目标任务1.5万亩的得5分，未完成的按完成比例计分。", "5", "1.2万亩", 4),
])
def test_s53_lead_a_yearly_task_names_its_target(rule: str, full: str, actual: str, score: float) -> None:
    done = pingfen(rule, "--full", full, "--actual", actual, "--json")
    assert done.returncode == 0 and json.loads(done.stdout)["score"] == score, done.stdout + done.stderr
