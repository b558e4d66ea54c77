"""Wordings accountants write that the engine reads, each through RULE_CHECK, scoring and the
canonical round trip."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pingfen.functions import RULE_CHECK
from pingfen.rules import RuleError, evaluate_rule, parse_rule

CASES = [
    # wording, data, 分值, score, reading
    # every traditional character is read as its simplified one (兩 賦 are not in the scoring vocabulary's own table)
    ("項目按期完成得滿分，每滯後1個月扣1分，扣完為止", {"planned_end": "2023-09-30", "actual_end": "2023-11-15"}, 5, "3",
     "【阶梯扣分】按期完成得满分，每逾期1个月扣1分，扣完为止"),
    # the score is another assessment's: the evaluator enters it
    ("7、班容班貌.(10分)按班级文化建设观摩评分为准。", {}, 10, None, "【酌情评分】按班级文化建设观摩评分为准：由评价人员在分值范围内录入得分"),
    # a lone numbered row deducting per time is no list of 1 评价要点: 3 times cost 3
    ("2.按要求及时、准确报送更新责任人信息。 未完成1次扣1分,扣完为止。", {"failures": 3}, 4, "1", "【逐项扣分】每有1次未完成的，扣1分，扣完为止"),
    # the band adding points starts where the steps the other way do: its start is written once
    ("设备故障率≤5%得4分，每超过1%扣1分，扣完为止；每降低1%加0.5分", {"rate": "3%"}, 4, "5",
     "【阶梯扣分】设备故障率≤5%得4分，每超过1%扣1分，扣完为止；每降低1%加0.5分"),
    ("完成得基本分,大于目标值的,每增加5%加1分;小于目标值的,每少1%扣1分,扣分至基本分值扣完为止。", {"actual": "110人", "target": "100人"}, 10, "12",
     "【阶梯扣分】完成率达到目标值（未设目标值时为100%）得满分，每少1%扣1分，扣完为止；每超过5%加1分"),
    # a level ending in 及时/按时 keeps its 时, and 自评 is a word, not the score verb 评
    ("到位及时(2分) 不及时但未影响项目进度(1分) 不及时并影响项目进度(0.5分)", {"grade": "到位及时"}, 2, "2",
     "【等级计分】等级得分：到位及时2分，不及时但未影响项目进度1分，不及时并影响项目进度0.5分"),
    ("按时提交自评报告3分，延期提交1分，未提交0分", {"grade": "延期提交"}, 3, "1", "【等级计分】等级得分：按时提交自评报告3分，延期提交1分"),
    # the words before 发现一处 are the standard kept, not the fault found
    ("城区内主次干道和街巷路面平整,下水道无垃圾堵塞现象,发现一处扣0.2分。", {"failures": 3}, 4, "3.4",
     "【逐项扣分】每有1处不符合“城区内主次干道和街巷路面平整、下水道无垃圾堵塞现象”的，扣0.2分，扣完为止"),
    ("有白色垃圾的每处扣1分", {"failures": 2}, 5, "3", "【分情形扣分】有白色垃圾的，每处扣1分"),
    # both bands hold 70%; the earlier scores it, so the later one is printed open there
    ("70%-90%得1分；90%以上得3分；70%以下不得分", {"rate": "70%"}, 3, "1", "【分档计分】70%≤完成率<90%得1分；完成率≥90%得3分；完成率<70%不得分"),
    ("满意度90%（含）以上得7分；80%（含）-90%得5分；80%以下得0分", {"rate": "80%"}, 7, "5", "【分档计分】满意度≥90%得7分；80%≤满意度<90%得5分；满意度<80%不得分"),
    ("满意度90%（含）以上得7分；80%（含）-90%得5分；80%以下得0分", {"rate": "90%"}, 7, "7", None),
    ("每超1%扣1分，最多扣5分", {"rate": "103.5%"}, 5, "1", "【阶梯扣分】"),
    ("①项目有绩效目标，得1分；②目标与工作内容相关，得1分", {"met": [True, False]}, 2, "1", "【评价要点】评价要点：①项目有绩效目标（1分）；②目标与工作内容相关（1分）"),
    ("优秀得15分，良好得12分，合格得8分", {"grade": "良好"}, 15, "12", "【等级计分】等级得分：优秀15分，良好12分，合格8分"),
    ("完成得满分，未完成不得分", {"met": [False]}, 3, "0", "【评价要点】"),
    # a deadline met or not: days late from the planned date (session 33 f; once a 评价要点 with no name, answered met)
    ("按时完成的得满分，未按时完成的不得分", {"planned_end": "2024-06-30", "actual_end": "2024-06-30"}, 3, "3",
     "【达标计分】按期完成得满分；否则不得分"),
]


@pytest.mark.parametrize("wording, data, full, score, reading", CASES)
def test_wording_is_read_scored_and_round_trips(wording: str, data: dict, full: int, score: str, reading: str | None) -> None:
    if reading:
        assert RULE_CHECK(wording).startswith(reading)
    rule = parse_rule(wording)
    expected = None if score is None else Decimal(score)
    assert evaluate_rule(rule, data, full).value == expected
    again = parse_rule(rule.canonical())
    assert evaluate_rule(again, data, full).value == expected


@pytest.mark.parametrize("wording, counts, full, score", [
    # a situation said before its deduction with a comma reads as without it; each 规范写法 reads back as the same rule
    ("资金未落实的，扣2分；资金配额不足的，扣1分", [1, 1], 3, "0"),
    ("资金未落实的，扣2分；资金配额不足的，扣1分", [0, 1], 3, "2"),
    ("1、未制定应急预案扣5分,预案不完善扣2分;2、应急队员人数低于规定标准的,每少1人扣1分;3、未开展应急演练扣3分。",
     [0, 1, 2, 0], 10, "6"),
    ("办公经费少于上年度的扣1分,年初未列入预算的扣2分;业务经费少于上年度的扣1分,年初未列入预算的扣2分。", [1, 0, 0, 1], 6, "3"),
    ("每月未完成在册对象线索排查全覆盖的,扣1分;每月未开展宣传活动的,扣0.5分", [2, 3], 5, "1.5"),
    ("标牌、宣传册少1种扣0.5分；宣传栏未设置扣1分。", [2, 0], 2, "1"),
])
def test_fault_lists_read_alike_with_or_without_commas_and_round_trip(wording: str, counts: list, full: int, score: str) -> None:
    rule = parse_rule(wording)
    assert evaluate_rule(rule, {"failures": counts}, full).value == Decimal(score)
    again = parse_rule(rule.canonical())
    assert again.canonical() == rule.canonical()
    assert evaluate_rule(again, {"failures": counts}, full).value == Decimal(score)


def test_a_single_situation_deducting_once_reads_back_once() -> None:
    # 未编制扣3分 deducts once; its 规范写法 without 扣完为止 (which would count each time) scores 3 − 3 = 0 for 2 times too
    rule = parse_rule("检查城市照明专项规划文本,未编制扣3分")
    again = parse_rule(rule.canonical())
    assert again.canonical() == rule.canonical() == "未编制的扣3分"


@pytest.mark.parametrize("wording", [
    "覆盖比例=已覆盖村数/行政村总数;得分=覆盖比例×分值",  # the defined parts stay the inputs
    "新增就业人数达到500人的得满分；300人及以下的不得分；300人至500人之间按线性内插赋分。",  # a formula of bare numbers
    "学员就业率不低于85%的得15分,达不到扣分",  # the entered range's band named, not 否则得0-15分
])
def test_more_readings_round_trip(wording: str) -> None:
    rule = parse_rule(wording)
    assert parse_rule(rule.canonical()).canonical() == rule.canonical()


def test_grade_words_inside_other_prose_are_not_a_grade_map() -> None:
    assert RULE_CHECK("优化得分方法，良好实践得分").startswith("【规则错误】")


def test_grade_bands_written_with_words_and_exclusive_bounds() -> None:
    from pingfen.functions import SCORE_GRADE

    assert SCORE_GRADE(180, "优秀大于180,良好大于140,合格") == "良好"
    assert SCORE_GRADE(180.5, "优秀大于180,良好大于140,合格") == "优秀"
    assert SCORE_GRADE(90, "优≥90,良≥80,中≥60,差") == "优"
    assert SCORE_GRADE(90, "优秀大于,良好").startswith("【数据错误】")


def test_the_no_method_reading_reads_back_as_the_evaluators_score() -> None:
    rule = parse_rule("考核项目实施的规范情况")
    assert rule.kind == "manual"
    again = parse_rule(rule.canonical())
    assert again.kind == "manual"
    assert evaluate_rule(again, {}, 5, manual=Decimal("3.5")).value == Decimal("3.5")


@pytest.mark.parametrize("wording, named", [
    # the 分值 column's 5 run into the text before the points: an even split of the points would drop it
    ("评价要点:5①项目是否按照规定的程序申请设立;②所提交的文件、材料是否符合相关要求;③事前是否已经过必要的可行性研究。", "5"),
    # a cap above the item's own points is the section's: deductions past the item's 6 points are not said
    ("1、基础信息正确填写,不得漏填,同时填写要具体。(6分)发现一处错误扣2分,扣完30分为止。", "扣完30分为止"),
    # another assessment's score beside a deduction of the text's own: which counts is not said
    ("按班级文化建设观摩评分为准，每发现1处违纪扣2分", "按班级文化建设观摩评分为准"),
    # 賦分 is 赋分 (a scoring method that is not read), not a text without any method read as the evaluator's score
    ("按其兩者之和比率賦分", "按其两者之和比率赋分"),
])
def test_wordings_refused_naming_the_clause(wording: str, named: str) -> None:
    with pytest.raises(RuleError) as refused:
        parse_rule(wording)
    assert named in refused.value.fragment
