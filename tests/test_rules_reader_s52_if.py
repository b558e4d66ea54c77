"""Readings of session 52 by helper if, through the user's entry points: the two amounts a rule compares, entered by name
(vars) — a deviation between two amounts the measure names (实际支出与预算偏差率 with 实际支出 and 预算:
(实际支出−预算)/预算, rules/named_pair.py), and the measure beside the amount it is compared with (本年及时受理率 and
上年及时受理率 for 未达到但高于上年的得2分; 本地增幅 and 全省平均增幅; 实有人数 and 编制数; 实际采购金额 and 预算,
rules/named_inputs.py) read as the 实际值 and 目标值 the rule reads; and A与B一致 (相符) before the bands of their
deviation as no deviation at all (偏差为0, text/agreed_as_no_deviation.py). Scored by `pingfen score --json` and its workbook
recalculated by LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.rules import InputError, parse_rule
from pingfen.rules.score import evaluate_rule
from test_rules_new_readings import _reads_through_cli, _refused_through_cli, _scored_and_recalculated

RUBRIC_S52_IF = Path(__file__).parent / "data" / "new_readings_rubric_s52_if.yaml"
EXPECTED_S52_IF = {
    "1.1": ("3", "(184−200)/200 = −8%: in ±5%～±10%（含10%） → 3"),
    "1.2": ("3", "(1050−1000)/1000 = 5%: 2 points beyond ±3% → 5 − 2 = 3"),
    "1.3": ("5", "(4.95−5)/5 = −1%: within ±2% → 5"),
    "1.4": ("2", "99.5% below 100% but above last year's 98% → 2"),
    "1.5": ("2", "6.5% equal to the provincial 6.5% → 2"),
    "1.6": ("1", "53 against 50: 3 over → 4 − 3 = 1"),
    "1.7": ("4", "(375−360)/360 = 4.17%: within ±5% → 4"),
    "1.8": ("3", "540/500 = 108%: in 105%～110% → 3"),
    "1.9": ("2", "(1560−1500)/1500 = 4%: not 一致, within 5% → 2"),
}


def test_s52_if_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (3 + 3 + 5 + 2 + 2 + 1 + 4 + 3 + 2 = 25 of 40, 中: 24 ≤ 25 < 32)."""
    result = _scored_and_recalculated(RUBRIC_S52_IF, EXPECTED_S52_IF, Decimal("25"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, full, canonical", [
    ("项目成本控制（5分）：实际支出与预算偏差率在±5%以内（含5%）的得5分；偏差率在±5%～±10%（含10%）的得3分；超出±10%的不得分。", "5",
     "实际支出与预算偏差率在±5%(含)以内得5分；实际支出与预算偏差率在±5%至±10%(含)得3分；实际支出与预算偏差率在±10%以外不得分"),
    ("项目投资控制（5分）：结算价与合同价偏差在±3%以内得5分，超过±3%的，每超出1个百分点扣1分，扣完为止。", "5",
     "结算价与合同价偏差在±3%(含)以内得5分，结算价与合同价偏差每增加1个百分点扣1分，扣完为止"),
    ("信访事项及时受理率（4分）：及时受理率达到100%的得4分，未达到但高于上年的得2分，其余不得分。", "4",
     "及时受理率≥100%得4分；及时受理率>目标值得2分；否则不得分"),
    ("人员编制控制（4分）：实有人数不超过编制数的得4分，超编的每超1人扣1分。", "4", "实际值不超过目标值得4分，每超过1人扣1分，扣完为止"),
    # 一致 (相符) before the bands of the deviation: no deviation at all
    ("结算金额控制（3分）：结算金额与合同金额相符的得3分，偏差在±3%以内的得2分，偏差超过±3%的不得分。", "3",
     "结算金额与合同金额偏差在±0%(含)至±0%(含)得3分；结算金额与合同金额偏差在±3%(含)以内得2分；结算金额与合同金额偏差在±3%以外不得分"),
])
def test_s52_if_readings_through_pingfen_rule(rule: str, full: str, canonical: str) -> None:
    _reads_through_cli(rule, full, canonical)


@pytest.mark.parametrize("rule, full, data, score, said", [
    # the deviation of the first amount named from the second, either way (ABS by the ± tolerance)
    ("储备规模（5分）：实际储备量与下达计划储备量偏差率在±2%以内的得5分，±2%至±5%之间得3分，超过±5%不得分。", "5",
     {"计划储备量": "5万吨", "实际储备量": "4.8万吨"}, "3", "(4.8-5)/5×100%=-4%"),
    ("工程造价控制（5分）：竣工决算价与中标价偏差在±5%以内得5分，超出±5%的，每超出1个百分点扣1分，扣完为止。", "5",
     {"中标价": "800万元", "竣工决算价": "720万元"}, "0", "较±5%超过5个百分点"),
    # the amount compared with, named as entered, with its value
    ("城乡居民医保参保率（4分）：参保率达到98%的得4分；未达到但高于上年的得2分；其余不得分。", "4",
     {"本年参保率": "96.5%", "上年参保率": "97%"}, "0", "参保率=96.5%"),
    ("城乡居民医保参保率（4分）：参保率达到98%的得4分；未达到但高于上年的得2分；其余不得分。", "4",
     {"本年参保率": "97.5%", "上年参保率": "97%"}, "2", "参保率>上年参保率（97%）"),
    ("城镇新增就业人数增幅（4分）：增幅高于全市平均水平的得4分，等于全市平均的得2分，低于的不得分。", "4",
     {"本县增幅": "5.2%", "全市平均增幅": "4.8%"}, "4", "增幅>全市平均增幅（4.8%）"),
    # 5.2万人 against 5万人 is 2,000 people over, never 0.2 of one
    ("人员编制控制（4分）：实有人数不超过编制数的得4分，超编的每超1人扣1分。", "4",
     {"实有人数": "50003人", "编制数": "5万人"}, "1", "超过3人"),
    ("设备采购成本（4分）：实际采购金额控制在采购预算的±3%以内得4分，超出±3%不得分。", "4",
     {"采购预算": "200万元", "实际采购金额": "190万元"}, "0", "(190-200)/200×100%=-5%"),
    ("学生资助标准执行（4分）：实际发放资助金额与核定资助标准一致的得4分；偏差在2%以内的得2分；偏差超过2%的不得分。", "4",
     {"核定资助标准": "2000元/人", "实际发放资助金额": "2000元/人"}, "4", "=0%"),
    ("学生资助标准执行（4分）：实际发放资助金额与核定资助标准一致的得4分；偏差在2%以内的得2分；偏差超过2%的不得分。", "4",
     {"核定资助标准": "2000元/人", "实际发放资助金额": "1980元/人"}, "2", "=-1%"),
])
def test_s52_if_amounts_entered_by_name(rule: str, full: str, data: dict, score: str, said: str) -> None:
    result = evaluate_rule(parse_rule(rule), {"vars": data}, full)
    assert result.value == Decimal(score) and said in result.explanation, result.explanation


@pytest.mark.parametrize("rule, full, data", [
    # a third amount entered: which two the rule compares is not known
    ("人员编制控制（4分）：实有人数不超过编制数的得4分，超编的每超1人扣1分。", "4", {"实有人数": "53人", "编制数": "50人", "上年实有人数": "49人"}),
    ("项目成本控制（5分）：实际支出与预算偏差率在±5%以内（含5%）的得5分；超出±5%的不得分。", "5",
     {"预算": "200万元", "实际支出": "208万元", "调整预算": "210万元"}),
    # neither amount follows a word comparing: which is the one compared with is not known
    ("人员编制控制（4分）：实有人数符合规定的得4分，超编的每超1人扣1分。", "4", {"实有人数": "53人", "编制数": "50人"}),
    # the measure is the gap between the two (in points, in 分), not either of them
    ("经费支出进度（4分）：实际支出进度与计划进度差异在10个百分点以内（含）的得4分；差异超过10个百分点的不得分。", "4",
     {"计划进度": "80%", "实际支出进度": "72%"}),
    ("绩效自评质量（4分）：自评得分与复核得分偏差在5分以内得4分；偏差5分以上得0分。", "4", {"自评得分": "90分", "复核得分": "88分"}),
    # two growths entered as bare numbers: rates, or amounts to work a growth from?
    ("农村居民人均可支配收入增幅（4分）：增幅高于全省平均水平的得4分，等于全省平均的得2分，低于的得0分。", "4",
     {"本地增幅": "6.8", "全省平均增幅": "6.5"}),
    # a rate beside an amount: no pair of the one measure
    ("人员编制控制（4分）：实有人数不超过编制数的得4分，超编的每超1人扣1分。", "4", {"实有人数": "53人", "编制数": "95%"}),
])
def test_s52_if_amounts_by_name_not_a_pair_are_asked_for(rule: str, full: str, data: dict) -> None:
    with pytest.raises(InputError):
        evaluate_rule(parse_rule(rule), {"vars": data}, full)


@pytest.mark.parametrize("rule, full, clause", [
    ("城镇居民人均可支配收入增幅（4分）：增幅明显高于全省平均水平的得4分，略高于全省平均水平的得2分，低于的不得分。", "4",
     "略高于全省平均水平的得2分"),
    ("信访事项办结率（4分）：办结率达到100%的得4分，未达到但较上年明显提高的得2分，其余不得分。", "4", "未达到但较上年明显提高的得2分"),
    ("法律援助办案补贴标准执行（4分）：实际发放补贴与核定标准基本一致的得4分；偏差在5%以内的得2分；偏差超过5%的不得分。", "4",
     "实际发放补贴与核定标准基本一致的得4分"),
])
def test_s52_if_degrees_unsaid_are_refused(rule: str, full: str, clause: str) -> None:
    _refused_through_cli(rule, full, clause)
