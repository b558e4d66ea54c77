"""Readings of session 46 by the lead, through the user's entry points: a rate defined over the number of a plan the
text prints (完成率=实际筹集套数/1500 beside 年度筹集任务1500套 — once 1500 divided twice: 80% scored 0), a bare ratio of
the amount done over the plan named by its unit, the share of a printed bound as the failing side of reaching it, a
change scored two ways with 持平 joined to the first (下降或持平的得2分，增长的不得分), and the heading's name no longer
taken for a change said the other way (三公经费变动率 over 下降的得2分: once a rise scored 2); a bonus item's heading
(附加分，最高2分) and its bands of added points; units assessed one by one named 作业点; a deadline's day marked 含当日;
a heading opening with 两项 (两项补贴审核（3分）); Chinese tenths after ≥; a weighting said apart from a formula it is
not in (refused, once dropped); and a started step said in the working. Scored by `pingfen score --json` and its workbook
recalculated by LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _refused_through_cli, _scored_and_recalculated

RUBRIC_S46_LEAD = Path(__file__).parent / "data" / "new_readings_rubric_s46_lead.yaml"
EXPECTED_S46_LEAD = {
    "1.1": ("4.8", "1200/1500=80%，50%≤80%<100%：80%×6=4.8"),
    "1.2": ("3.2", "24/30×4=3.2"),
    "1.3": ("3.6", "540<600：540/600×4=3.6"),
    "1.4": ("0", "21万元较上年20万元增长5%：增长的不得分"),
    "1.5": ("2", "少1.5个百分点，不足1个百分点按1个百分点计，扣2分：4-2=2"),
    "1.6": ("2.5", "作业点各1分：95、92 → 1+1，85 → 0.5，70 → 0：2.5"),
    "1.7": ("1", "8月25日（含当日）至9月4日逾期10天，每5天扣1分，扣2分：3-2=1"),
    "1.8": ("1", "不符合条件2户×0.5 + 死亡未停发1例×1 = 2：3-2=1"),
}


def test_s46_lead_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (4.8 + 3.2 + 3.6 + 0 + 2 + 2.5 + 1 + 1 = 18.1 of 30, 中: 18 ≤ 18.1 < 24)."""
    result = _scored_and_recalculated(RUBRIC_S46_LEAD, EXPECTED_S46_LEAD, Decimal("18.1"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, full, actual, score", [
    # a rate over the plan's own number, with bands of the rate (once 1500 divided twice)
    ("年度筹集任务1500套（间）。完成率=实际筹集套数/1500。完成率≥100%得6分；完成率＜100%时，得分=完成率×6分；完成率低于50%的不得分。",
     "6", "750套", "3"),
    ("年度筹集任务1500套（间）。完成率=实际筹集套数/1500。完成率≥100%得6分；完成率＜100%时，得分=完成率×6分；完成率低于50%的不得分。",
     "6", "600套", "0"),
    ("年度计划对18株衰弱古树实施抢救复壮，完成率=完成复壮株数/18。完成率100%得3分，低于100%的按完成率×3计分。", "3", "15株", "2.5"),
    ("年度指标值：培训教师≥1200人次\n评分标准：完成率=实际培训人次/1200×100%。完成率100%及以上得4分；90%（含）至100%得3分；"
     "80%（含）至90%得2分；80%以下不得分。", "4", "1100人次", "3"),
    # a bare ratio over the plan named by its unit, capped by 超过计划的按满分计
    ("年度计划招录30人，实际招录人数÷计划人数×4分，超过计划的按满分计。", "4", "33人", "4"),
    # the printed bound's share below it
    ("年度目标办理法律援助案件≥600件，完成目标得4分；未完成的，得分=实际办理件数÷600×4。", "4", "610件", "4"),
    # bands of added points under a bonus item's heading
    ("带动脱贫户增收（附加分，最高2分）：帮扶车间带动脱贫户户均年增收超过5000元的，加2分；3000元（含）至5000元（含）的，加1分；"
     "3000元以下不加分。", "2", "4000元", "1"),
    # the same with its points: 2700/3000×6
    ("完成面积≥3000亩的得满分，未完成的按完成面积/3000×分值计分", "6", "2700亩", "5.4"),
    # tenths after ≥ (七成 = 70%)
    ("家庭医生签约居民续约率（3分）：续约率≥七成的得3分；六成（含）至七成的得2分；不足六成的不得分。", "3", "65%", "2"),
    # a report sent by the time the finance bureau sets: on time
    ("部门决算及时性（2分）：按财政规定时间报送部门决算的得2分；逾期1-3天（含）的得1分；逾期3天以上的不得分。", "2", "2天", "1"),
    # a heading's name opening with a kind counted in words (九年义务教育: no level)
    ("九年义务教育巩固率（4分）：巩固率≥98%的得4分；≤94%的得0分；94%-98%之间的按线性插值计算得分。", "4", "95%", "1"),
])
def test_s46_lead_readings_through_pingfen_rule(rule: str, full: str, actual: str, score: str) -> None:
    done = pingfen(rule, "--full", full, f"--actual={actual}")
    assert done.returncode == 0 and f"得分：{score}\n" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, named, reason", [
    # a weighting said apart from the formula it would change (once dropped: 基本满意 counted whole)
    ("满意度=（满意人数+基本满意人数）/调查总人数；满意度≥90%得3分，80%-90%得2分，低于80%不得分。其中基本满意按满意人数的一半计算。",
     "3", "按满意人数的一半计算", "折算"),
    ("满意度≥90%得3分，80%-90%得2分，低于80%不得分。基本满意按50%计算。", "3", "按50%计算", "折算"),
    # the rate over another number than the plan printed: which is the plan?
    ("年度筹集任务1500套。完成率=实际筹集套数/1200。完成率≥100%得6分；完成率＜100%时，得分=完成率×6分；完成率低于50%的不得分。",
     "6", "1500套", "没有用于计分"),
    # a formula with no points that gives other points at the band's bound (1 at 3000亩, the band 6; once 2700亩 → 0.9)
    ("完成面积≥3000亩的得满分，未完成的按完成面积/3000亩计分", "6", "按完成面积/3000亩计分", "没有乘以分值"),
    # the share of another bound than the one reached
    ("目标值为600件，完成目标得4分；未完成的按实际值/500×4计分。", "4", "按实际值/500×4计分", "不一致"),
])
def test_s46_lead_refusals_name_the_clause(rule: str, full: str, named: str, reason: str) -> None:
    _refused_through_cli(rule, full, named, reason)


@pytest.mark.parametrize("actual, score", [("18万元", "2"), ("20万元", "2"), ("21万元", "0")])
def test_s46_lead_down_or_level_then_up(actual: str, score: str) -> None:
    """下降或持平的得2分，增长的不得分 under a heading naming 变动率: this year's amount against last year's (entered as the
    target), the change a fall (once the heading's 变动率 was taken for it: a rise scored 2)."""
    done = pingfen("三公经费变动率（2分）：本年度“三公”经费决算数较上年度下降或持平的得2分，增长的不得分。", "--full", "2",
                   f"--actual={actual}", "--target=20万元")
    assert done.returncode == 0 and f"得分：{score}\n" in done.stdout, done.stdout + done.stderr


def test_s46_lead_bonus_heading_of_grades() -> None:
    """(加分项，最高1分) over additions with no level: the situations added, at most the heading's cap (text/bonus_heading)."""
    done = pingfen("绩效自评质量（加分项，最高1分）：部门绩效自评报告被市财政局评为优秀的加1分，评为良好的加0.5分，其他不加分。",
                   "--full", "1")
    assert done.returncode == 0 and "加分最多1分" in done.stdout, done.stdout + done.stderr


def test_s46_lead_started_step_says_so() -> None:
    """少1.5个百分点 with 每少1个百分点扣1分 deducts 2 (seed 004's reading: a started step counts whole); the working says so,
    and says nothing where the steps are whole."""
    done = pingfen("及时率100%的得3分；每下降1个百分点扣1分。", "--full", "3", "--actual=98.5%")
    assert "得分：1\n" in done.stdout and "不足1个百分点按1个百分点计，扣2分" in done.stdout, done.stdout
    done = pingfen("及时率100%的得3分；每下降1个百分点扣1分。", "--full", "3", "--actual=98%")
    assert "得分：1\n" in done.stdout and "不足" not in done.stdout, done.stdout
    done = pingfen("资金下达及时率达到100%得5分,少3%扣1分（按比例扣分）,最多扣5分", "--full", "5", "--actual=95.5%")
    assert "得分：3.5\n" in done.stdout and "不足" not in done.stdout, done.stdout
