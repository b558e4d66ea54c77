"""Readings of session 49 by the lead (corpus54's first pass), through the user's entry points: an award's absence
beside a veto that names nothing (发生的，本项不得分 / 发生一起的 / 发生的实行一票否决: the veto named by the award's situation;
once a point ticked apart from the veto), incidents of a degree and above (较大及以上: a class of incident, once a level),
how additions combine said in brackets after the last (（按最高级别计分） was passed over as a remark and the additions
summed: 省级 and 市级 both met scored 3 for 2) or as 可累加，最多3分; and the refusals beside them. Scored by
`pingfen score --json` and its workbook recalculated by LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _reads_through_cli, _refused_through_cli, _scored_and_recalculated

RUBRIC_S49_LEAD = Path(__file__).parent / "data" / "new_readings_rubric_s49_lead.yaml"
EXPECTED_S49_LEAD = {
    "1.1": ("5", "未发生重大药品安全事件：5分"),
    "1.2": ("0", "发生1起基金被挤占挪用：本项不得分"),
    "1.3": ("5", "未发生较大及以上道路运输安全责任事故：5分"),
    "1.4": ("2", "省级以上、市级都推广，按最高一项：2（不累加）"),
    "1.5": ("3", "国家级2+省级1=3，最多3分：3"),
    "1.6": ("0", "发生参保人信息泄露事件：0"),
    "1.7": ("2", "省级、市级表彰都获得，按最高级别：2（不是3）"),
}


def test_s49_lead_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (5 + 0 + 5 + 2 + 3 + 0 + 2 = 17 of 31, 差: 17 < 19)."""
    result = _scored_and_recalculated(RUBRIC_S49_LEAD, EXPECTED_S49_LEAD, Decimal("17"), capsys, tmp_path)
    assert result["grade"] == "差"


@pytest.mark.parametrize("rule, full, canonical", [
    ("药品安全（5分）：辖区内未发生重大药品安全事件的得5分，发生的实行一票否决，本项得0分。", "5",
     "符合规定的，得5分；如发生重大药品安全事件的实行一票否决，此项不得分"),
    ("基金安全（10分）：未发生基金被挤占挪用的得10分；发生一起的，本项不得分，并一票否决。", "10",
     "符合规定的，得10分；如发生1起基金被挤占挪用，此项不得分"),
    ("道路运输安全（5分）：全年未发生较大及以上道路运输安全责任事故的得5分；发生的，本项不得分。", "5",
     "符合规定的，得5分；如发生较大及以上道路运输安全责任事故，此项不得分"),
    ("工作经验被省级以上推广的加2分，被市级推广的加1分（按最高级别计分）。", "2",
     "工作经验被省级以上推广的，加2分；被市级推广的，加1分；以上加分中只取最高一档"),
    ("加分项（3分）：承办国家级赛事的加2分，承办省级赛事的加1分，可累加，最多3分。", "3",
     "承办国家级赛事的，加2分；承办省级赛事的，加1分；加分最多3分"),
    # months the text names, no lateness said: never 逾期月数 (once so labelled in the 规范写法 and the 得分计算过程)
    ("医保基金结余（4分）：累计结余可支付月数在6-9个月（含）得4分；3个月(含)-6个月或9-12个月(含)得2分；其他情况不得分。", "4",
     "6个月≤累计结余可支付月数≤9个月得4分；3个月≤累计结余可支付月数<6个月得2分；9个月<累计结余可支付月数≤12个月得2分；否则不得分"),
])
def test_s49_lead_readings_through_pingfen_rule(rule: str, full: str, canonical: str) -> None:
    _reads_through_cli(rule, full, canonical)


@pytest.mark.parametrize("rule, full, named", [
    # 3+2+1 past the item's 4 points, nothing said of how they combine: 国家级 and 省级 met are 4 (summed, capped) or 3
    ("表彰加分（4分）：获国家级表彰的加3分，获省级表彰的加2分，获市级表彰的加1分。", "4", "表彰加分(4分)"),
    # 不累加 alone beside additions (once passed over as a remark, the additions summed): which one counts is not said
    ("工作经验被省级以上推广的加2分，被市级推广的加1分（不累加）。", "2", "工作经验被省级以上推广的加2分"),
    # a note in brackets with a cap of its own: read as neither the highest alone nor the sum (once a remark)
    ("获国家级表彰的加3分，获省级表彰的加2分（不重复计分）。", "3", "获国家级表彰的加3分"),
    # one option weighed twice, 0.6 in the list and 0.8 in the rate's definition (once the list's read, the other dropped)
    ("群众满意度（4分）：问卷按“满意”“较满意”“不满意”分别计1、0.6、0分，满意度=（满意人数×1+较满意人数×0.8）/调查总人数；"
     "满意度≥90%得4分，80%-90%得2分，80%以下不得分。", "4", "问卷按“满意”“较满意”“不满意”分别计1、0.6、0分"),
])
def test_s49_lead_refusals_name_the_clause(rule: str, full: str, named: str) -> None:
    _refused_through_cli(rule, full, f"无法识别的部分：“{named}”")
