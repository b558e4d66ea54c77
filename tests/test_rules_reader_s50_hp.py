"""Readings of session 50 by helper hp, through the user's entry points: a zero at a rate's level beside faults counted
apart (满意度低于85%的，本项不得分；每发生1起…扣1分: the rate below its level zeroes the item, the faults come off the
rest — once refused, the zero alone read as a band that no fault could stand beside), with a heading's points the rest's
(群众满意度(6分): 否则得6分, as the zero alone reads); and a standard named in words missed, counted each time
(保洁质量低于规定标准的，每处扣0.5分: once refused as a deduction with nothing to count), never beside a level in numbers
it may name; the base points said with 为 (基本分为30分 / 基础分为10分, as 基本分30分 says them: once refused as a
number not read). Scored by `pingfen score --json` and its workbook recalculated by LibreOffice; every expected score is
worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _reads_through_cli, _refused_through_cli, _scored_and_recalculated

RUBRIC_S50_HP = Path(__file__).parent / "data" / "new_readings_rubric_s50_hp.yaml"
EXPECTED_S50_HP = {
    "1.1": ("8", "非贫困户纳入3%，低于5%；核实投诉2户：10−2=8"),
    "1.2": ("4", "满意度90%，不低于85%；有效投诉2起：6−2=4"),
    "1.3": ("0", "满意度84%，低于85%：本项不得分"),
    "1.4": ("2.5", "档案完整率95%，不低于90%；未按时归档3次：4−1.5=2.5"),
    "1.5": ("5", "设备完好率恰为80%，不低于80%；无隐患：5"),
    "1.6": ("0", "投诉率2.5%，高于2%：不得分"),
    "1.7": ("3", "保洁低于规定标准2处扣1分，未及时清运1次扣1分：5−2=3"),
    "1.8": ("2", "未达到规定标准2项：3−1=2"),
    "1.9": ("2", "餐具消毒无问题，未建留样台账扣2分：4−2=2"),
    "1.10": ("17", "85万元对目标100万元，低15% = 3步：20−3=17"),
}


def test_s50_hp_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (8 + 4 + 0 + 2.5 + 5 + 0 + 3 + 2 + 2 + 17 = 43.5 of 69, 中: 41 ≤ 43.5 < 55)."""
    result = _scored_and_recalculated(RUBRIC_S50_HP, EXPECTED_S50_HP, Decimal("43.5"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, full, canonical", [
    ("满意度低于80%的不得分；每发现1处问题扣1分，扣完为止。", "10",
     "满意度<80%不得分；否则得满分；每有1处问题的，扣1分，扣完为止"),
    # the heading's points are what the rest scores, as with the zero alone (满意度<85%不得分；否则得6分)
    ("群众满意度（6分）：满意度低于85%的，本项不得分；每发生1起经核实的有效投诉扣1分，扣完为止。", "6",
     "满意度<85%不得分；否则得6分；每有1起经核实的有效投诉的，扣1分，扣完为止"),
    ("每发现1处安全隐患未整改的扣1分；设备完好率低于80%的，本项不得分。", "5",
     "设备完好率<80%不得分；否则得满分；每有1处安全隐患未整改的，扣1分，扣完为止"),
    ("投诉率高于2%的不得分；每发生1起服务事故扣2分，扣完为止。", "6",
     "投诉率>2%不得分；否则得满分；每有1起服务事故的，扣2分，扣完为止"),
    ("设施维护（3分）：设施维护未达到规定标准的，每项扣0.5分，扣完为止。", "3",
     "满分为3分；设施维护未达到规定标准的，每项扣0.5分；扣完为止"),
    ("环境卫生（5分）：保洁质量低于规定标准的，每处扣0.5分；垃圾未及时清运的，每次扣1分，扣完为止。", "5",
     "满分为5分；保洁质量低于规定标准的，每处扣0.5分；垃圾未及时清运的，每次扣1分；扣完为止"),
    ("安全管理（10分）：基础分为10分，每发现1处安全隐患扣2分，扣完为止。", "10",
     "全部符合得10分，每有1处安全隐患的，扣2分，扣完为止"),
    ("营业收入指标的基本分为20分。完成目标值时得基本分20分；完成值每超过目标值5%加1分，最多加4分；每低于目标值5%扣1分，最多扣4分。",
     "20", "完成率达到目标值（未设目标值时为100%）得20分，每少5%扣1分，最多扣4分；每超过5%加1分，最多加4分"),
])
def test_s50_hp_readings_through_pingfen_rule(rule: str, full: str, canonical: str) -> None:
    _reads_through_cli(rule, full, canonical)


@pytest.mark.parametrize("rule, full, named", [
    # the failing batch is the rate's own shortfall below 100%: 1 batch scores 0 (the rate) or 4 (deducted)
    ("产品抽检（5分）：抽检合格率低于100%的不得分；每发现1批次不合格产品扣1分，扣完为止。", "5", "抽检合格率低于100%的不得分"),
    # the villages not covered are what the rate counts: deducted on top of it, or already judged by it?
    ("村级覆盖（5分）：覆盖率低于90%的不得分；每有1个村未覆盖扣1分，扣完为止。", "5", "覆盖率低于90%的不得分"),
    # a band of its own points beside the faults: what 80% and above scores, and what the faults come off, unsaid
    ("群众满意度（6分）：满意度低于80%的得2分；每发生1起有效投诉扣1分，扣完为止。", "6", "满意度低于80%的得2分"),
    # the standard stated in numbers before it: the sessions short of 4, or each session that missed the standard?
    ("教师培训（4分）：全年培训不少于4次，未达到标准的，每次扣1分。", "4", "未达到标准的，每次扣1分"),
    ("信息报送（5分）：每月报送信息不低于4条。数量低于规定标准的，每次扣1分，扣完为止。", "5", "数量低于规定标准的，每次扣1分"),
    # additions with no cap, nothing said below the target: the base kept, or less?
    ("营业收入指标的基本分为20分。完成值每超过目标值5%加1分。", "20", "营业收入指标的基本分20分"),
])
def test_s50_hp_refusals_name_the_clause(rule: str, full: str, named: str) -> None:
    _refused_through_cli(rule, full, f"无法识别的部分：“{named}”")
