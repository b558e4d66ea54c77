"""Readings of session 50 by helper hr (corpus55's per-unit rows), through the user's entry points: units named before
their count or by name alone (按甲、乙、丙3所学校 / 按城南库、城北库、河口库 / 按城关、河西、北坪3个司法所: the units'
kind between the count and the unit), their target said in brackets by the unit's last character or its measure word
(每镇200亩 / 每场4处 / 每家1000吨 / 每库10个) or after 计划 (计划每片区改造10公里), reached as 达到计划 / 达到承诺容量, the
side below the very share another band reaches (达到80%（含）的得1分；低于80%的不得分), a share over a target written in its
unit (实际收益/5万元×2分), and each period's requirement and points under a heading giving the year's (每季度首月15日前发放
到位，按季考核，每季0.75分，逾期发放的当季不得分 under （3分）: one 评价要点 per quarter); and the refusals beside them. Scored
by `pingfen score --json` and its workbook recalculated by LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _read_back, _refused_through_cli, _scored_and_recalculated

RUBRIC_S50_HR = Path(__file__).parent / "data" / "new_readings_rubric_s50_hr.yaml"
EXPECTED_S50_HR = {
    "1.1": ("5.5", "甲校20/20→2；乙校15/20×2=1.5；丙校22台超过计划→2：5.5"),
    "1.2": ("3", "甲镇200亩→2；乙镇少40亩，2个20亩，2−1=1；丙镇少100亩，5×0.5=2.5扣完→0：3"),
    "1.3": ("3", "企业A 1000吨→2；企业B 800吨恰为80%（含）→1；企业C 799吨低于80%→0：3"),
    "1.4": ("4", "东山4处→2；西坡少1处→1.5；南沟少3处→0.5：4"),
    "1.5": ("4.6", "A村5万元→2；B村4/5×2=1.6；C村2.5/5×2=1：4.6"),
    "1.6": ("4", "城关14场→2；河西少2场→1.5；北坪少6场，3×0.5=1.5→0.5：4"),
    "1.7": ("4.2", "城南库10个→2；城北库6/10×2=1.2；河口库5/10×2=1：4.2"),
    "1.8": ("5.4", "东城区10公里→3；西城区8/10×3=2.4：5.4"),
    "1.9": ("2.25", "第一、二、四季度按时发放，3×0.75=2.25"),
    "1.10": ("4.5", "12个月中9个月按时发放，9×0.5=4.5"),
}


def test_s50_hr_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (5.5 + 3 + 3 + 4 + 4.6 + 4 + 4.2 + 5.4 + 2.25 + 4.5 = 40.45 of 57, 中: 34.2 ≤ 40.45 < 45.6)."""
    result = _scored_and_recalculated(RUBRIC_S50_HR, EXPECTED_S50_HR, Decimal("40.45"), capsys, tmp_path)
    assert result["grade"] == "中"


# (each unit's task printed once for all — 每校计划改造20台 / 每库10个 — is the rows' target since session 51, named in the
# 规范写法)
@pytest.mark.parametrize("rule, full, canonical", [
    ("农村中小学取暖设施改造（6分）：按甲、乙、丙3所学校分别考核，每校2分，每校计划改造20台，完成改造台数达到计划的得2分，"
     "未达到的按完成比例计分。", "6",
     "按学校分别考核，每个学校2分，每个学校目标20台：完成改造台数≥目标值得2分；否则得分=完成改造台数/目标值×2分；共3个学校，各学校得分相加，本项满分6分"),
    ("基层农技推广示范基地建设（6分）：按甲镇、乙镇、丙镇3个乡镇分别考核，各2分；示范基地面积达到任务数（每镇200亩）的得2分，"
     "未达到的每少20亩扣0.5分，扣完为止。", "6",
     "按乡镇分别考核，每个乡镇2分，每个乡镇目标200亩：示范基地面积达到目标值得2分，每少20亩扣0.5分，扣完为止；共3个乡镇，各乡镇得分相加，本项满分6分"),
    ("农产品供应链项目（6分）：按3个承建企业分别考核，每家2分；冷库建设容量达到承诺容量（每家1000吨）的得2分；达到80%（含）的得1分；"
     "低于80%的不得分。", "6",
     "按企业分别考核，每个企业2分，每个企业目标1000吨：完成率≥目标值得2分；完成率≥80%得1分；完成率<80%不得分；共3个企业，各企业得分相加，本项满分6分"),
    ("粮库智能化升级（6分）：按城南库、城北库、河口库分别考核，每库2分；完成智能化改造仓廒数达到计划（每库10个）的得2分，"
     "未达到的按比例计分。", "6",
     "按库分别考核，每个库2分，每个库目标10个：完成智能化改造仓廒数≥目标值得2分；否则得分=完成智能化改造仓廒数/目标值×2分；共3个库，各库得分相加，本项满分6分"),
    ("村集体经济项目收益（6分）：按A村、B村、C村分别考核，每村2分；当年项目收益达到承诺收益（每村5万元）的得2分，"
     "未达到的按实际收益/5万元×2分计。", "6",
     "共3个村，每村5万元，按村分别计分，每个村分值2分，达到目标值的得满分，未达到的按实际值/目标值计分"),
    # each unit's points as 各县区满分2分, the name's code (4K) before the heading's points (the heading split off first since
    # session 51, as for a heading in characters: the units' points make the item's, 本项满分 not said again)
    ("4K超高清频道建设（6分）：按3个县区分别考核，各县区任务均为20个，各县区满分2分，建成数达到任务数得2分，未达到按建成数/任务数×2计分。", "6",
     "共3个县区，各县区任务均为20个，按县区分别计分，每个县区分值2分，达到目标值的得满分，未达到的按实际值/目标值计分"),
    ("农村公路养护：按3个乡镇分别考核，各乡镇满分2分，养护里程达到50公里的得2分，每少5公里扣0.5分，扣完为止。", "6",
     "按乡镇分别考核，每个乡镇2分：养护里程达到50公里得2分，每少5公里扣0.5分，扣完为止；共3个乡镇，各乡镇得分相加"),
    ("高龄津贴按季发放（3分）：每季度首月15日前发放到位，按季考核，每季0.75分，逾期发放的当季不得分。", "3",
     "评价要点：①第一季度首月15日前发放到位（0.75分）；②第二季度首月15日前发放到位（0.75分）；③第三季度首月15日前发放到位（0.75分）；"
     "④第四季度首月15日前发放到位（0.75分）（符合的要点得相应分值，要点中的数值是要点的要求，由评价人判断是否符合）"),
])
def test_s50_hr_readings_through_pingfen_rule(rule: str, full: str, canonical: str) -> None:
    done = pingfen(rule, "--full", full)
    assert done.returncode == 0 and f"规范写法：{canonical}\n" in done.stdout, done.stdout + done.stderr


def test_s50_hr_period_requirements_read_back() -> None:
    """Each quarter's requirement, written as its 评价要点, reads back to the same four points."""
    _read_back("高龄津贴按季发放（3分）：每季度首月15日前发放到位，按季考核，每季0.75分，逾期发放的当季不得分。",
               "工作总结报送（4分）：每半年结束后15日内报送工作总结，每半年2分，逾期报送的当期不得分。")


@pytest.mark.parametrize("rule, full, named", [
    # 每家 counts no town: whose 2 points, whose 1000吨 (the towns', or firms within them)?
    ("冷链物流项目（6分）：按3个乡镇分别考核，每家2分；冷库建设容量达到承诺容量（每家1000吨）的得2分；达到80%（含）的得1分；"
     "低于80%的不得分。", "6", "按3个乡镇分别考核"),
    # 70%–80% in no band: a firm at 75% scores 1, 0 or anything between
    ("冷链物流项目（6分）：按3个承建企业分别考核，每家2分；冷库建设容量达到承诺容量（每家1000吨）的得2分；达到80%（含）的得1分；"
     "低于70%的不得分。", "6", "按3个承建企业分别考核"),
    # four quarters at 0.75 make 3, not the heading's 4
    ("高龄津贴按季发放（4分）：每季度首月15日前发放到位，按季考核，每季0.75分，逾期发放的当季不得分。", "4", "高龄津贴按季发放(4分)"),
    # 3 counties at 2 make 6, not the heading's 8
    ("4K超高清频道建设（8分）：按3个县区分别考核，各县区任务均为20个，各县区满分2分，建成数达到任务数得2分，未达到按建成数/任务数×2计分。", "8",
     "4K超高清频道建设(8分)"),
    # a station's points beside schools counted
    ("校舍维修（6分）：按学校分别考核，3所项目学校每站2分，维修面积达到400平方米的得2分，每少50平方米扣0.5分，扣完为止。", "6",
     "3所项目学校每站2分"),
    # a quarter's requirement priced by the month: a late quarter loses one month's 0.5 or three?
    ("高龄津贴发放（6分）：每季度首月15日前发放到位，每月0.5分，逾期发放的当月不得分。", "6", "每月0.5分"),
])
def test_s50_hr_refusals_name_the_clause(rule: str, full: str, named: str) -> None:
    _refused_through_cli(rule, full, f"无法识别的部分：“{named}”")
