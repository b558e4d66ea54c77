"""Readings of session 47 by the lead (corpus52's first pass), through the user's entry points: a target noted in
brackets after the scoring (（目标值90%）: once dropped, the steps counted from 100%), a time taken worked from its start
date, two ranges of one band joined by 或, steps below the lowest band on top of its points (在3分基础上), a ceiling
target stated as a sentence (目标值≤35微克/立方米。达到目标值得6分), a budget printed in brackets with steps as shares of
it, a formula's bracketed cap, an event's bracketed date as the deadline (春节前（2024年2月9日前）… 春节后1周内), a curve
of the measure under a heading's points, a divisor's rate run into its name; and the refusals beside them (各得 under a
zeroing situation — corpus52's first-pass misread —, a fault priced twice, a noted target no reading uses, a plan's
count divided by a rate's formula). Scored by `pingfen score --json` and its workbook recalculated by LibreOffice;
every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _refused_through_cli, _scored_and_recalculated

RUBRIC_S47_LEAD = Path(__file__).parent / "data" / "new_readings_rubric_s47_lead.yaml"
EXPECTED_S47_LEAD = {
    "1.1": ("2.5", "目标值90%，85%较90%少5个百分点，每少1%扣0.5分：5-2.5=2.5"),
    "1.2": ("2", "2024-05-10至2024-08-20用时3个月10天（3.32个月），2-4个月：2分"),
    "1.3": ("1.5", "115%在110%～120%之间：1.5分"),
    "1.4": ("1.5", "77%低于80%，少3个百分点，在3分基础上每少1个百分点扣0.5分：3-1.5=1.5"),
    "1.5": ("3", "38超出目标值35微克/立方米3微克/立方米，每超出1扣1分：6-3=3"),
    "1.6": ("2", "81.6万元超出预算80万元2%，每超出1%扣0.5分：3-1=2"),
    "1.7": ("3.2", "1200/1500×4=3.2"),
    "1.8": ("1", "2月14日为春节（2月9日）后5天，在1周内：1分"),
    "1.9": ("2.5", "4-(1-85%)×10=2.5"),
    "1.10": ("4", "5×(12%/15%)=4"),
}


def test_s47_lead_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (2.5 + 2 + 1.5 + 1.5 + 3 + 2 + 3.2 + 1 + 2.5 + 4 = 23.2 of 41, 差: 23.2 < 24)."""
    result = _scored_and_recalculated(RUBRIC_S47_LEAD, EXPECTED_S47_LEAD, Decimal("23.2"), capsys, tmp_path)
    assert result["grade"] == "差"


@pytest.mark.parametrize("rule, full, actual, score", [
    # the noted target where the bands name it (once 85% scored 0: steps from 100%)
    ("预算执行率（5分）：执行率达到目标得满分，每低1%扣0.5分。（目标值90%）", "5", "85%", "2.5"),
    ("执行率达到目标得满分，每低1%扣0.5分。（目标值：90%）", "5", "92%", "5"),
    # a level, how it is reached, then the outcome: one clause (4个月以上兑付的不得分)
    ("资金下达后2个月内兑付到企业的得3分，2-4个月兑付的得2分，4个月以上兑付的不得分。", "3", "5个月", "0"),
    # two ranges joined by 或, one from a bare 0 after 在
    ("基金结余率（4分）：当年基金结余率控制在5%-15%之间的得4分；结余率在0-5%或15%-20%的得2分；出现当期赤字或结余率超过20%的不得分。",
     "4", "17%", "2"),
    ("政府采购预算执行率（3分）：执行率在90%～110%之间的得3分，80%～90%或110%～120%之间的得1.5分，其余不得分。", "3", "125%", "0"),
    # steps below the lowest band on its points, the base said between the step and the deduction
    ("市政设施完好率(5分):设施完好率≥95%的得5分;90%≤完好率<95%的得3分;完好率<90%的,每低1个百分点在3分基础上扣1分,扣完为止.",
     "5", "88%", "1"),
    # a ceiling target stated apart: 不超过 it as well as 达到 it
    ("PM2.5年均浓度（6分）：目标值≤35微克/立方米。不超过目标值得6分；每超出1微克/立方米扣1分，扣完为止。", "6", "34微克/立方米", "6"),
    # 为负 is below 0
    ("技术合同成交额增长率（5分）：得分=5×（实际增长率/目标增长率15%），最高5分，增长率为负的不得分。", "5", "-3%", "0"),
    ("技术合同成交额增长率（5分）：得分=5×（实际增长率/目标增长率15%），最高5分，增长率为负的不得分。", "5", "20%", "5"),
    # a deadline printed as the 截止日 beside a period to pay in: the months past it
    ("国家助学金应于学期开学后两个月内发放到学生手中，本学期以2023年11月1日为截止日。按时发放的得3分；延迟发放一个月以内的得1.5分；"
     "延迟超过一个月的不得分。", "3", "0.5个月", "1.5"),
    # a count target printed, % steps of it not done and a floor of its 完成率
    ("职业技能培训人次（5分）：年度目标12000人次。完成目标得5分，每少完成1%扣0.2分，完成率低于80%不得分。", "5", "10200人次", "2"),
    ("职业技能培训人次（5分）：年度目标12000人次。完成目标得5分，每少完成1%扣0.2分，完成率低于80%不得分。", "5", "9000人次", "0"),
    # bands of the target's share said 完成目标的90%（含）以上
    ("图书馆年接待读者人次（3分）：年度目标30万人次。完成目标得3分；完成目标的90%（含）以上得2分；80%（含）-90%得1分；80%以下不得分。",
     "3", "28万人次", "2"),
    # the share announced between the plan and its formula (once 60 read as 6000%: 17 of 20 scored 0.06)
    ("健身路径建设数量（4分）：计划新建健身路径60条，按完成比例得分，得分=完成数/60×4，超额完成不加分。", "4", "54条", "3.6"),
    # 自评表 rows copied from a spreadsheet, cells apart by tabs: the 分值 column a bare number the rule is worth (its
    # 满分, its formula's ×3), the 二级 column 服务对象满意度 / 社会效益, a bare 实际值/目标值×4 closing the row
    ("满意度指标\t服务对象满意度\t受检企业满意度\t≥90%\t3\t≥90%得3分，每降低1个百分点扣0.3分", "3", "86%", "1.8"),
    ("社会效益指标\t城区主次干道机扫率\t≥85%\t3\t达到指标值得满分；未达到的得分=实际值/指标值×3，保留两位小数", "3", "80%", "2.82"),
    ("时效指标\t优待证审核办理时限\t≤10个工作日\t2\t在时限内办结的得满分，超出时限的每超1个工作日扣0.5分", "2", "12个工作日", "1"),
    ("效益指标\t社会效益\t服务企业数量\t≥200家\t4\t实际值/目标值×4，最高不超过4分", "4", "180家", "3.6"),
])
def test_s47_lead_readings_through_pingfen_rule(rule: str, full: str, actual: str, score: str) -> None:
    done = pingfen(rule, "--full", full, f"--actual={actual}")
    assert done.returncode == 0 and f"得分：{score}\n" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, named, reason", [
    # corpus52's first-pass misread: ①heading ②…各得(1.5分) under a zeroing situation, 3 for one of two published
    ("预决算信息公开（3分）：按规定时限（批复后20日内）公开部门预算、决算的各得1.5分；逾期公开或公开内容不全的该项不得分。", "3",
     "公开部门预算、决算的各得", "各项无法分开"),
    # a fault counted each time beside a level of its own count: replace, cap or add?
    ("养老保险待遇发放（4分）：每月按时发放的得4分，逾期发放的每次扣1分，逾期3次以上的扣3分。", "4", "逾期3次以上", "替代、封顶还是另加"),
    # the same situation deducted and zeroing
    ("优抚对象补助发放（4分）：按时足额发放得4分；发现错发的扣1分；发现错发的本项不得分。", "4", "发现错发", "既写了扣分"),
    # a noted target no reading uses (once dropped: 95% the level)
    ("执行率≥95%得满分，每低1%扣0.5分。（目标值90%）", "5", "90%", "没有用于计分"),
    ("执行率达到目标得满分，每低1%扣0.5分。（计划80人）", "5", "80人", "没有用于计分"),
    # a plan's count read by a rate's formula (once 60 taken as 6000%)
    ("计划新建健身路径60条，超额完成不加分，得分=完成数/60×4。", "4", "计划新建健身路径60条", "按比率计算"),
    # a period to complete in beside lateness, the date printed being an event's, not the deadline
    ("赛事经费结算应于赛事结束后30日内完成（赛事于2023年8月20日结束），按时完成得2分，每延迟10日扣0.5分，扣完为止。", "2",
     "30日内完成", "完成时限"),
])
def test_s47_lead_refusals_name_the_clause(rule: str, full: str, named: str, reason: str) -> None:
    _refused_through_cli(rule, full, named, reason)


@pytest.mark.parametrize("actual, score", [("9万元", "3"), ("10万元", "3"), ("11万元", "0")])
def test_s47_lead_within_the_budget_entered(actual: str, score: str) -> None:
    """实际支出数≤预算安排数: the budget as the entered target (预算安排数 a reference word, as 预算数 is)."""
    done = pingfen("“三公”经费控制率（3分）：“三公”经费实际支出数≤预算安排数的得3分，超出的不得分。", "--full", "3",
                   f"--actual={actual}", "--target=10万元")
    assert done.returncode == 0 and f"得分：{score}\n" in done.stdout, done.stdout + done.stderr


def test_s47_lead_concentration_is_no_count() -> None:
    """38微克/立方米 against 每少10人: once taken as 38人."""
    done = pingfen("培训人数（4分）：达到500人得4分；每少10人扣0.5分。", "--full", "4", "--actual=38微克/立方米")
    assert done.returncode != 0 and "不是同一种量" in done.stderr, done.stdout + done.stderr


def test_s47_lead_heading_over_a_judgement_is_the_evaluators() -> None:
    """部门整体绩效（10分）：参照上年度评价结果，…综合评定: the heading's name and points are no requirement met (once read as
    ①符合要求的得10分，否则酌情扣分 — a point ticked for full marks); a requirement with its points still is one."""
    done = pingfen("部门整体绩效（10分）：参照上年度评价结果，结合本年度工作完成情况综合评定。", "--full", "10")
    assert done.returncode == 0 and "酌情评分" in done.stdout and "符合要求" not in done.stdout, done.stdout + done.stderr
    done = pingfen("编制符合要求的得7分，不符合要求的视具体情况扣分，扣完7分为止", "--full", "7")
    assert done.returncode == 0 and "①符合要求的得7分，否则酌情扣分" in done.stdout, done.stdout + done.stderr
