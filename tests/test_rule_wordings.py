"""Wordings accountants write that the engine reads, each through RULE_CHECK, scoring and the
canonical round trip."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pingfen.functions import RULE_CHECK
from pingfen.rules import evaluate_rule, parse_rule

CASES = [
    # wording, data, 分值, score, reading
    # a level ending in 及时/按时 keeps its 时, and 自评 is a word, not the score verb 评
    ("到位及时(2分) 不及时但未影响项目进度(1分) 不及时并影响项目进度(0.5分)", {"grade": "到位及时"}, 2, "2",
     "【等级计分】等级得分：到位及时2分，不及时但未影响项目进度1分，不及时并影响项目进度0.5分"),
    ("按时提交自评报告3分，延期提交1分，未提交0分", {"grade": "延期提交"}, 3, "1", "【等级计分】等级得分：按时提交自评报告3分，延期提交1分"),
    # the words before 发现一处 are the standard kept, not the fault found
    ("城区内主次干道和街巷路面平整,下水道无垃圾堵塞现象,发现一处扣0.2分。", {"failures": 3}, 4, "3.4",
     "【逐项扣分】每有1处不符合“下水道无垃圾堵塞现象”的，扣0.2分，扣完为止"),
    ("有白色垃圾的每处扣1分", {"failures": 2}, 5, "3", "【分情形扣分】有白色垃圾的，每处扣1分"),
    # both bands hold 70%; the earlier scores it, so the later one is printed open there
    ("70%-90%得1分；90%以上得3分；70%以下不得分", {"rate": "70%"}, 3, "1", "【分档计分】70%≤完成率<90%得1分；完成率≥90%得3分；完成率<70%不得分"),
    ("满意度90%（含）以上得7分；80%（含）-90%得5分；80%以下得0分", {"rate": "80%"}, 7, "5", "【分档计分】满意度≥90%得7分；80%≤满意度<90%得5分；满意度<80%不得分"),
    ("满意度90%（含）以上得7分；80%（含）-90%得5分；80%以下得0分", {"rate": "90%"}, 7, "7", None),
    ("每超1%扣1分，最多扣5分", {"rate": "103.5%"}, 5, "1", "【阶梯扣分】"),
    ("①项目有绩效目标，得1分；②目标与工作内容相关，得1分", {"met": [True, False]}, 2, "1", "【评价要点】评价要点：①（1分）；②（1分）"),
    ("优秀得15分，良好得12分，合格得8分", {"grade": "良好"}, 15, "12", "【等级计分】等级得分：优秀15分，良好12分，合格8分"),
    ("完成得满分，未完成不得分", {"met": [False]}, 3, "0", "【评价要点】"),
    ("按时完成的得满分，未按时完成的不得分", {"met": [True]}, 3, "3", "【评价要点】"),
]


@pytest.mark.parametrize("wording, data, full, score, reading", CASES)
def test_wording_is_read_scored_and_round_trips(wording: str, data: dict, full: int, score: str, reading: str | None) -> None:
    if reading:
        assert RULE_CHECK(wording).startswith(reading)
    rule = parse_rule(wording)
    assert evaluate_rule(rule, data, full).value == Decimal(score)
    again = parse_rule(rule.canonical())
    assert evaluate_rule(again, data, full).value == Decimal(score)


def test_grade_words_inside_other_prose_are_not_a_grade_map() -> None:
    assert RULE_CHECK("优化得分方法，良好实践得分").startswith("【规则错误】")


def test_grade_bands_written_with_words_and_exclusive_bounds() -> None:
    from pingfen.functions import SCORE_GRADE

    assert SCORE_GRADE(180, "优秀大于180,良好大于140,合格") == "良好"
    assert SCORE_GRADE(180.5, "优秀大于180,良好大于140,合格") == "优秀"
    assert SCORE_GRADE(90, "优≥90,良≥80,中≥60,差") == "优"
    assert SCORE_GRADE(90, "优秀大于,良好").startswith("【数据错误】")
