"""Readings of session 45 by the lead, through the user's entry points: rankings cut in thirds or in shares of a field
whose size is printed, ranges of places in Chinese ordinals; a formula of the amount done over a plan printed as a
number or named by its unit; a rate defined over a bracketed plan and held at 100%; a level named without 以
(满意度90%为基准 — once dropped, the steps taken from 100%); a score rounded to fewer decimals than the table's
(保留一位小数, once refused); dates before what is paid out, a plan's date said before the tiers, the year's end with its
year, a term set by an approval or contract; and the refusals beside them (a field that does not divide, a measure
better the higher penalised for passing a level, a share plus a deduction). Scored by `pingfen score --json` and its
workbook recalculated by LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _refused_through_cli, _scored_and_recalculated

RUBRIC_S45_LEAD = Path(__file__).parent / "data" / "new_readings_rubric_s45_lead.yaml"
EXPECTED_S45_LEAD = {
    "1.1": ("2", "9个县市区分三等份，第5名在中间三分之一（第4-6名）：2分"),
    "1.2": ("3.75", "60/80×5=3.75"),
    "1.3": ("2.9", "95%×3=2.85，保留一位小数为2.9"),
    "1.4": ("3", "逾期5天（2024年3月31日至4月5日），扣1分：4-1=3"),
    "1.5": ("3", "30/40×4=3"),
}


def test_s45_lead_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (2 + 3.75 + 2.9 + 3 + 3 = 14.65 of 20, 中: 12 ≤ 14.65 < 16)."""
    result = _scored_and_recalculated(RUBRIC_S45_LEAD, EXPECTED_S45_LEAD, Decimal("14.65"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, full, actual, score", [
    # thirds of 12 places (once refused as a fraction): 1-4, 5-8, 9-12
    ("在全市县（市、区）年度考核中位次处于前三分之一的得4分，中间三分之一的得2分，后三分之一的不得分。（全市共12个县市区）", "4", "第4名", "4"),
    ("在全市县（市、区）年度考核中位次处于前三分之一的得4分，中间三分之一的得2分，后三分之一的不得分。（全市共12个县市区）", "4", "第9名", "0"),
    ("排名在全省前1/3的得3分，中间1/3的得2分，后1/3的得1分（全省共15个统筹区）。", "3", "第6名", "2"),
    # shares of 16: r/16 ≤ 20% is 1-3 (3.2 is no place), 20%-50% 4-8, the last 50% 9-16
    ("全省16个市州中，排名前20%的得3分，20%—50%的得2分，后50%的得1分。", "3", "第3名", "3"),
    ("全省16个市州中，排名前20%的得3分，20%—50%的得2分，后50%的得1分。", "3", "第8名", "2"),
    ("全省16个市州中，排名前20%的得3分，20%—50%的得2分，后50%的得1分。", "3", "第9名", "1"),
    # ordinals with no 名 after the first end (once 第一至 left in words: refused)
    ("全市考核排名第一至第三名的得4分，第四至第八名的得3分，第九至第十二名的得2分，其余得1分。", "4", "第8名", "3"),
    ("在全市评估中位列前三的得3分，位列第四至第六的得2分，其他得0.5分。", "3", "第5名", "2"),
    # the last band open already, the field's count beside it (once the 12 unread)
    ("全市12个县（市、区）中排名第1-2名得4分，第3-5名得3分，第6-9名得2分，第10名及以后不得分。", "4", "第11名", "0"),
    # the amount done over the plan printed as a number, or named by its unit
    ("年度计划送戏下乡120场，得分=实际完成场次/120×5，最高不超过5分。", "5", "96场", "4"),
    ("计划迁移保护120座，按实际完成座数/计划座数×6分计分。", "6", "96座", "4.8"),
    # a rate defined over its bracketed plan, held at 100%
    ("完成率=实际培训人次/计划培训人次（2000人次）×100%，得分=完成率×6分，完成率超过100%按100%计。", "6", "1800人次", "5.4"),
    ("完成率=实际培训人次/计划培训人次（2000人次）×100%，得分=完成率×6分，完成率超过100%按100%计。", "6", "2100人次", "6"),
    ("开工率=已开工小区数/计划改造小区数（32个）×100%，得分=开工率×4。", "4", "16个", "2"),
    # the level named without 以: 85% is 5 points short of 90% (once taken from 100%: 0)
    ("满意度90%为基准，每低1个百分点扣0.5分，扣完为止。", "4", "85%", "1.5"),
    # fewer decimals than the table's: 2.85 → 2.9; a whole number: 4.7 → 5
    ("得分=预算执行率×3，计算结果保留一位小数。", "3", "95%", "2.9"),
    ("实际合格率≥98%得3分；＜98%的，得分＝实际合格率÷98%×3（保留1位小数）。", "3", "90%", "2.8"),
    # the plan done, or short of it in proportion
    ("计划建设健身路径50处，完成计划的得6分，未完成的按完成比例计分（保留一位小数）。", "6", "43处", "5.2"),
])
def test_s45_lead_readings_through_pingfen_rule(rule: str, full: str, actual: str, score: str) -> None:
    done = pingfen(rule, "--full", full, f"--actual={actual}")
    assert done.returncode == 0 and f"得分：{score}\n" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, named, reason", [
    # 13 places do not divide in thirds
    ("考核排名：位次处于前三分之一的得3分，中间三分之一的得2分，后三分之一的得1分。（全市共13个县市区）", "3", "3分之一", "分数"),
    # passing a level of a measure better the higher costs points: the direction reversed (once the 90% dropped)
    ("群众满意度（4分）：满意度90%为基准，每超出1个百分点扣0.5分。", "4", "每超出1%扣0.5分", "越高越好"),
    ("合格率（5分）：以95%为标准，每高出1个百分点扣1分，扣完为止。", "5", "每高出1%扣1分", "越高越好"),
    # a share, then a deduction below a level: 70% × 6 − 2, or 6 − 2? (once the share dropped: 70% scored 4)
    ("培训任务完成率（6分）：按完成比例计分，完成率低于80%的扣2分。", "6", "按完成比例计分", "两者如何合并"),
    # done in 2025 before its end: neither tier nor the zero
    ("在2024年11月30日前通过验收的得3分；12月31日前通过验收的得1.5分；2025年底前未通过验收的不得分。", "3",
     "2025年底前未通过验收的不得分", "年份"),
    # more decimals than the table keeps
    ("得分=完成率×3，保留三位小数", "3", "保留三位小数", "保留的位数"),
    # a base said apart from steps that add (once dropped: a flat year scored the 分值)
    ("药品收入占比较上年每下降1个百分点加0.5分，每上升1个百分点扣0.5分，扣完为止。本项基础分3分。", "5", "本项基础分3分", "基础分"),
    # a cap of additions beside deductions alone (once 最多扣2分)
    ("每发现1处隐患未整改扣0.5分，加分以2分为限。", "5", "加分以2分为限", "限的是加分"),
])
def test_s45_lead_refusals_name_the_clause(rule: str, full: str, named: str, reason: str) -> None:
    _refused_through_cli(rule, full, named, reason)


def test_s45_lead_rounded_score_says_so() -> None:
    """The 得分计算过程 says the score was rounded, and from what; the Excel formula rounds it too."""
    done = pingfen("得分=完成率×3，保留一位小数", "--full", "3", "--actual=95%")
    assert "（得分保留一位小数：2.85分按2.9分计）" in done.stdout, done.stdout
    assert ",1),2)" in done.stdout, done.stdout
