"""One-sided thresholds of one measure read as tiers, and a ladder closed by its open 0 band before items of their own
(issue 9, session 33 helper c): 考核权重低于3%的扣0.25分,低于2%的扣0.5分
— each rung further out costing more is the measure's next tier, not a second deduction on top — alone, ending in
不得分, on the 高于 side, and among faults that deduct on top of the tier. A rubric with one leaf per reading scored by
`pingfen score --json` and its workbook recalculated by LibreOffice; each reading's 规范写法 read back to the same rule;
the neighbours whose rungs could only add up refused, naming the rung. Every expected score is worked by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.rules import RuleError, parse_rule
from test_rules_new_readings import _scored_and_recalculated

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_s33_c.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("2", "15%低于20%、不低于10%：一档扣3，5−3=2"),
    "1.2": ("2", "75%低于80%、不低于70%：扣3（不是1+3），5−3=2"),
    "1.3": ("1", "6%高于5%：扣3（不是1+3），4−3=1"),
    "1.4": ("2", "台账1 + 满意度85%低于90%扣1 + 投诉2起×0.5=1：5−3=2"),
    "1.5": ("0.75", "未纳入规划0.25 + 权重1.5%低于2%扣0.5（不是0.25+0.5）：1.5−0.75=0.75"),
    "1.6": ("6", "100%不在90%≤完成率<100%内：否则得满分6（曾读作≤100%，扣2得4）"),
    "1.7": ("3", "85%在80%—90%得2 + 按时报送1 + 未建立制度0 = 3"),
}
TOTAL = Decimal("16.75")  # 2+2+1+2+0.75+6+3


def test_tiers_of_one_measure_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    result = _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)
    assert result["grade"] == "差"


@pytest.mark.parametrize("text", [
    "评优比例低于20%的扣3分;评优比例低于10%的扣5分。",
    "群众满意度低于90%的扣1分，低于80%的扣3分，低于70%的不得分。",
    "投诉率高于2%的扣1分，高于5%的扣3分。",
    "满意度在90分以上满分,90分以下扣1分;80分以下扣5分",
    "未建立服务台账的扣1分；群众满意度低于90%的扣1分，低于80%的扣2分；每发现1起有效投诉扣0.5分，扣完为止。",
    "未纳入年度考核的扣1分,考核权重低于5%的扣0.5分,低于3%的扣0.8分,未落实工作经费的扣0.5分",
    "完成率低于100%的扣2分，低于90%的扣5分，低于80%的不得分。",
    # a ladder closed by its open band scoring 0, then items of their own (parts)
    "整改完成时间在10天以内得2分，10—20天得1分，20天以上不得分；建立整改台账得1分。",
    "群众满意度90%以上得3分，80%—90%得2分，80%以下不得分；按时报送总结材料得1分；建立工作制度得1分。",
    "镇区车行15分钟内可到达高速公路出入口得0.5分,15—30分钟到达得0.3分,30分钟以上不得分;镇区内部交通组织合理得0.5分;镇区人均道路面积达15平方米得0.5分",
])
def test_tiers_read_back_from_their_canonical_text(text: str) -> None:
    rule = parse_rule(text)
    assert parse_rule(rule.canonical()).scorer == rule.scorer


@pytest.mark.parametrize("text, clause", [
    ("群众满意度低于90%的扣2分，低于80%的扣1分。", "低于80%的扣1分"),  # further out, costing less: only a sum
    ("群众满意度低于90%的扣1分，低于80%的扣1分。", "低于80%的扣1分"),  # the same cost: tier (1) or sum (2)?
])
def test_rungs_that_may_add_up_are_refused(text: str, clause: str) -> None:
    with pytest.raises(RuleError) as raised:
        parse_rule(text)
    assert clause in str(raised.value) and "分档区间重叠" in str(raised.value)


def test_a_measure_is_not_named_by_another_parts_requirement() -> None:
    """镇区人均道路面积达15平方米 (an item's requirement) never names the minutes of the ladder before it."""
    rule = parse_rule("镇区车行15分钟内可到达高速公路出入口得0.5分,15—30分钟到达得0.3分,30分钟以上不得分;"
                      "镇区内部交通组织合理得0.5分;镇区人均道路面积达15平方米得0.5分")
    assert rule.label == "实际值" and rule.canonical().startswith("(1)实际值≤15分钟得0.5分")
