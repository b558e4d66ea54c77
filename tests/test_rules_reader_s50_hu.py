"""Readings of session 50 by helper hu (corpus55's first pass), through the user's entry points: a 自评表 row copied with
its cells apart by ｜ or / (the 指标值 cell blank between bars: the target entered; the slashes before the rule's label
the columns, the rule's own 完成值/指标值 kept), 权重 heading the 分值 column, 实际：___ the value achieved left blank;
equal to the reference between above it and below it (相等 / 相同 / 等于X) as level (持平); parts of one indicator each
under its own heading (（2）0-6岁儿童健康管理率（4分）：≥90%得4分…), each rate entered by its name as printed; a count
after 至少 naming which units a share counts (至少1人就业的比例达100%) part of the share's name; below the share another
band reaches from (…90%（含）-95%得2分；低于90%不得分) that same share; all of a count said before the things
(报送全部12项月报的得3分，每少报1项…) the count to reach — and the refusals beside them. Scored by
`pingfen score --json` and its workbook recalculated by LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _reads_through_cli, _refused_through_cli, _scored_and_recalculated

RUBRIC_S50_HU = Path(__file__).parent / "data" / "new_readings_rubric_s50_hu.yaml"
EXPECTED_S50_HU = {
    "1.1": ("4.5", "目标值录入400人次，360/400=90%，未达到：0.9×5=4.5"),
    "1.2": ("3", "指标值≥15家，实际13家，少2家，每少1家扣1分：5-2=3"),
    "1.3": ("7.5", "权重10即分值，21/28=0.75，0.75×10=7.5"),
    "1.4": ("4", "指标值≥8%，实际6%，低2个百分点，每低1个扣1分：6-2=4"),
    "1.5": ("2", "本年10项与上年10项相等（持平）：2分"),
    "1.6": ("5", "本地7.1%高于全省平均6.5%：5分"),
    "1.7": ("9", "(1)88%低2个百分点，4-1=3；(2)86%在85%(含)-90%：2；(3)82%≥80%：4；合计9"),
    "1.8": ("9", "(1)符合：3；(2)93%低2个百分点，4-1=3；(3)4%≤5%：3；合计9"),
    "1.9": ("3", "至少1人就业的比例97%，在95%(含)-100%之间：3分"),
}


def test_s50_hu_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (4.5 + 3 + 7.5 + 4 + 2 + 5 + 9 + 9 + 3 = 47 of 61, 中: 37 ≤ 47 < 48)."""
    result = _scored_and_recalculated(RUBRIC_S50_HU, EXPECTED_S50_HU, Decimal("47"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, full, canonical", [
    ("数量指标｜临时救助人次｜指标值：｜实际完成值：｜分值：5分｜评分标准：实际完成值≥指标值的得满分，低于指标值的按比例得分。", "5",
     "完成率≥目标值得5分；否则得分=完成率/目标值×5分"),
    ("产出指标/数量指标/新增限上商贸企业数/指标值≥15家/实际完成值/分值5/评分标准：完成指标值得5分，每少1家扣1分，扣完为止", "5",
     "实际值达到15家得5分，每少1家扣1分，扣完为止"),
    ("国家级公益林管护面积　指标值：28万亩　实际完成值：　权重：10　得分：完成值≥指标值得10分，否则按完成值/指标值×10计分", "10",
     "实际值≥280000亩得10分；否则得分=实际值/280000×10分"),
    ("效益指标 脱贫人口人均纯收入增幅 ≥8% 实际：___ 分值：6 评分：达到指标值得满分，未达到的每低1个百分点扣1分，扣完为止", "6",
     "脱贫人口人均纯收入增幅达到8%得6分，每少1个百分点扣1分，扣完为止"),
    ("重点工作任务完成情况（3分）：本年完成重点任务数多于上年完成重点任务数的得3分，相等得2分，少于上年的得1分。", "3",
     "较上年增长率>0%得3分；较上年增长率=0%得2分；较上年增长率<0%得1分"),
    ("易地扶贫搬迁后续扶持就业（5分）：有劳动力的搬迁家庭至少1人就业的比例达100%得5分，95%(含)以上得3分，90%(含)以上得1分，90%以下0分。", "5",
     "比例≥100%得5分；95%≤比例<100%得3分；90%≤比例<95%得1分；比例<90%不得分"),
    # below the share another band reaches from (90%（含）-95%): that share of the plan, never a gap below it
    ("储备粮库存数量达标率（6分）：实际库存达到计划规模的100%得6分；95%（含）-100%得4分；90%（含）-95%得2分；低于90%不得分。", "6",
     "储备粮库存数量≥目标值的100%得6分；95%≤储备粮库存数量≤100%得4分；90%≤储备粮库存数量<95%得2分；储备粮库存数量<90%不得分"),
    # all of a count said before the things, beside a step per one short: the count to reach
    ("民政统计报表报送（3分）：按要求报送全部12项月报的得3分，每少报1项扣0.5分，扣完为止。", "3",
     "实际值达到12项得3分，每少1项扣0.5分，扣完为止"),
])
def test_s50_hu_readings_through_pingfen_rule(rule: str, full: str, canonical: str) -> None:
    _reads_through_cli(rule, full, canonical)


@pytest.mark.parametrize("rule, full, named", [
    # the 权重 column's 8 beside a formula ×10: which the item is worth is not written
    ("培训农民人数　指标值：1200人　实际完成值：　权重：8　得分：完成值≥指标值得满分，否则按完成值/指标值×10计分", "8", "培训农民人数(8分)"),
    # a 权重 of 10%: a share of a total the row does not give, never 10 points
    ("国家级公益林管护面积　指标值：28万亩　实际完成值：　权重：10%　得分：完成值≥指标值得满分，否则按完成值/指标值×分值计分", "10", "10%得分"),
    # the cap past the slashed row's 分值 5: 0 or −1 below it
    ("产出指标/数量指标/新增企业数/指标值≥15家/实际完成值/分值5/评分标准：完成指标值得5分，每少1家扣1分，最多扣6分", "5", "最多扣6分"),
    # deductions and an addition with no base: level deducts nothing from what?
    ("投诉件数控制（2分）：本年投诉件数多于上年的扣2分，相等的不扣分，少于上年的加1分。", "2", "相等的不扣分"),
    # two parts under the same name and heading: one rate entered, or two?
    ("健康管理（8分）：（1）建档率（4分）：≥90%得4分，否则不得分；（2）建档率（4分）：≥95%得4分，否则不得分。", "8", "建档率(4分)"),    # a gap below the plan beside a bare 低于10%: 10% below the plan, or a share of 10%?
    ("社区活动开展（4分）：开展活动场次达到计划的100%得4分；低于计划10%以内得2分；低于10%以上不得分。", "4", "低于10%以上不得分"),    # the cap past the item's points beside all of a count: 0 or below 0?
    ("民政统计报表报送（3分）：按要求报送全部12项月报的得3分，每少报1项扣0.5分，最多扣4分。", "3", "最多扣4分"),
])
def test_s50_hu_refusals_name_the_clause(rule: str, full: str, named: str) -> None:
    _refused_through_cli(rule, full, f"无法识别的部分：“{named}”")
