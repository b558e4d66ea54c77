"""Numbers inside an item's requirement or a fault's situation, and checklists whose item descriptions run over
several clauses (issue 9, reader-items): a rubric with one leaf per reading scored by `pingfen score --json`, the
same rubric built into a workbook that LibreOffice recalculates to the same values, and the 规范写法 that quotes
each requirement. Every expected score is worked by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.functions import SCORE_RATE
from pingfen.rules import evaluate_rule, parse_rule
from test_rules_new_readings import _scored_and_recalculated

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_reader_items.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("10", "机构和队伍齐备10；主街道保洁不足14小时0 → 10"),
    "1.2": ("7", "每周开放不少于40小时4 + 错时开放3 + 寒暑假延迟0 → 7"),
    "1.3": ("4", "组织机构、分管领导、1名办事员均落实 → 4"),
    "1.4": ("15", "综治办未配齐0 + 每年2次会议5 + 台帐10 → 15"),
    "1.5": ("2", "按3000人1个配备2 + 报酬未达80%计0 → 2"),
    "1.6": ("1", "逐级签订责任书 → 1"),
    "2.1": ("14", "未纳入考核扣3，评优比例低于20%扣3：20−6=14"),
    "2.2": ("2", "500米内有网吧扣1，占道经营2处×0.5=1：4−2=2"),
    "2.3": ("10", "没有便民设施扣2，延误3个工作日以上扣5：17−7=10"),
    "3.1": ("5", "勾选“开立独立银行账户” → 5"),
    "3.2": ("2", "4次会议×0.5=2，未超总分3"),
    "4.1": ("3", "方案0.5 + 效果好3 = 3.5，总分3 → 3"),
    "4.2": ("2", "设立并落实 → 分值2"),
    "4.3": ("0", "实施地点与方案不一致 → 计0分"),
    "4.4": ("5.5", "人员制度未落实1项扣1，7天内未巡查2次扣2，未及时录入3项扣1.5：10−4.5=5.5"),
    "4.5": ("2", "(1)符合2 + (2)不符合0 → 2"),
}
TOTAL = Decimal("84.5")  # 10+7+4+15+2+1 + 14+2+10 + 5+2 + 3+2+0+5.5+2


def test_items_and_faults_with_numbers_in_their_descriptions(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)


@pytest.mark.parametrize("text, quoted", [
    ("(1)有环卫管理机构和清扫保洁队伍,得10分;镇区主街道实行14小时以上保洁,得10分",
     "评价要点：①有环卫管理机构和清扫保洁队伍（10分）；②镇区主街道实行14小时以上保洁（10分）"
     "（符合的要点得相应分值，要点中的数值是要点的要求，由评价人判断是否符合）"),
    ("3.切实做好团员民主评议工作。(有方案0.5分,有总结0.5分,工作开展效果好3分,总分3分)",
     "评价要点：①切实做好团员民主评议工作，有方案（0.5分）；②有总结（0.5分）；③工作开展效果好（3分）（符合的要点得相应分值）；总分3分"),
    ("环境杂乱扣5分。因故障(不可抗力因素外)延误三个工作日以上扣5分。",
     "环境杂乱的扣5分；因故障(不可抗力因素外)延误3个工作日以上的扣5分；扣完为止"),
])
def test_the_reading_quotes_each_requirement_and_reads_back(text: str, quoted: str) -> None:
    rule = parse_rule(text)
    assert rule.canonical() == quoted
    again = parse_rule(quoted)
    assert again.scorer == rule.scorer


def test_a_fault_described_with_a_share_is_quoted() -> None:
    rule = parse_rule("没有安排专题研究的扣5分。 未纳入考核扣3分。评优比例低于20% 的扣3分。")
    assert rule.canonical() == "没有安排专题研究的扣5分；未纳入考核的扣3分；评优比例低于20%的扣3分；扣完为止"
    assert evaluate_rule(rule, {"failures": [0, 0, 1]}, Decimal(20)).value == 17  # 20−3 (评优比例低于20%)


@pytest.mark.parametrize("text, data, expected", [
    # two awards that add up (10 + 10): once read as one situation with 14小时以上 as its band (at most 10 of 20)
    ("(1)有环卫管理机构和清扫保洁队伍,得10分;镇区主街道实行14小时以上保洁,得10分,按实际情况评分 (查阅资料,实地查看)",
     {"met": [True, True]}, 20),  # 10+10
    # (two numbered items that add up, 4 + 2, with 10%以上 in the second: read as two parts, the second scoring the
    # share entered — tests/test_rules_reader_deduct.py)
])
def test_items_once_misread_as_bands_need_each_item_met(text: str, data: dict, expected: int) -> None:
    """A rate or duration entered alone is a data error (never a score from a band the text does not have)."""
    result = SCORE_RATE("16小时" if "小时" in text else "12%", None, text, 20)
    assert isinstance(result, str) and result.startswith("【数据错误】") and "met" in result, result
    assert evaluate_rule(parse_rule(text), data, Decimal(20)).value == expected
