"""Readings of session 53 by helper ih, through the user's entry points: a 完成率 the text defines as 实际完成值/指标值 is
the entered value over the entered target (完成率=实际完成值/指标值，完成率达到100%的得满分，每低5个百分点扣1分 with 97%
against 95% is 102%, full marks — once the 97% itself, a step deducted: corpus58's one misread); a ± deviation measured
from the amount budgeted or planned that the text prints (预算金额240万元，实际采购金额与预算金额偏差在±10%以内 / 预算标准50元
±10%以内 / 计划投资额2000万元的偏差), only the actual amount to enter — once refused naming the amount, or read with the
amount dropped and the target asked for. Scored by `pingfen score --json` and its workbook recalculated by LibreOffice;
every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _reads_through_cli, _refused_through_cli, _scored_and_recalculated

RUBRIC_S53_IH = Path(__file__).parent / "data" / "new_readings_rubric_s53_ih.yaml"
EXPECTED_S53_IH = {
    "1.1": ("5", "完成率=97%/95%=102.11%，达到100%：5分"),
    "1.2": ("1", "完成率=81%/90%=90%，低10个百分点，每低2个百分点扣1分，扣5分：6-5=1"),
    "1.3": ("6", "完成率=450/500=90%，低10个百分点，扣2分：8-2=6"),
    "1.4": ("2.8", "偏差=(1.104-1.2)/1.2=-8%，超出±5%3个百分点，扣1.2分：4-1.2=2.8"),
    "1.5": ("3", "偏差=(228-240)/240=-5%，在±10%以内：3分"),
    "1.6": ("0", "偏差=(57-50)/50=14%，超出±10%：0分"),
    "1.7": ("3", "偏差率=(24-20)/20=20%，超出±10%10个百分点，每增加5个百分点扣1分，扣2分：5-2=3"),
    "1.8": ("4", "偏差=(2160-2000)/2000=8%，在±8%以内（含）：4分"),
    "1.9": ("2.5", "偏差=(34.5-30)/30=15%，超出±10%5个百分点，扣2.5分：5-2.5=2.5"),
}


def test_s53_ih_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (5 + 1 + 6 + 2.8 + 3 + 0 + 3 + 4 + 2.5 = 27.3 of 43, 中: 24 ≤ 27.3 < 30)."""
    result = _scored_and_recalculated(RUBRIC_S53_IH, EXPECTED_S53_IH, Decimal("27.3"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, full, canonical", [
    ("指标3：投诉举报处置率　指标值：　实际完成值：　分值：5　评分标准：完成率=实际完成值/指标值，完成率达到100%的得满分，"
     "每低5个百分点扣1分，扣完为止", "5", "完成率=实际完成值/指标值；完成率达到100%得5分，每少5个百分点扣1分，扣完为止"),
    ("农产品抽检合格率（5分）：完成率=实际完成值/年度指标值，完成率达到100%的得5分，每低1个百分点扣1分，扣完为止。", "5",
     "完成率=实际完成值/年度指标值；完成率达到100%得5分，每少1个百分点扣1分，扣完为止"),
    ("监测设备采购成本（3分）：预算金额240万元，实际采购金额与预算金额偏差在±10%以内（含）的得3分；偏差超过10%的不得分。", "3",
     "实际采购金额与预算金额偏差在±10%(含)以内得3分；否则不得分；预算金额为240万元"),
    ("光荣牌悬挂工作成本（3分）：单块成本控制在预算标准50元±10%以内的得3分，超出的不得分。", "3",
     "偏差率在±10%(含)以内得3分；否则不得分；预算标准为50元"),
    ("项目投资完成偏差（4分）：实际投资额与计划投资额2000万元的偏差在±8%以内（含）得4分，超出偏差范围不得分。", "4",
     "偏差在±8%(含)以内得4分；否则不得分；计划投资额为2000万元"),
    ("土地出让收入预算执行（5分）：年初预算20亿元，实际收入与年初预算偏差率在±10%（含）以内的得5分，偏差率每增加5个百分点扣1分，扣完为止。",
     "5", "实际收入与年初预算偏差率在±10%(含)以内得5分，实际收入与年初预算偏差率每增加5个百分点扣1分，扣完为止；年初预算为20亿元"),
])
def test_s53_ih_readings_through_the_cli(rule: str, full: str, canonical: str) -> None:
    _reads_through_cli(rule, full, canonical)


@pytest.mark.parametrize("rule, actual, target, score", [
    # the rate over the target on both sides of 100%: 97/95 = 102.1% → 5; 85.5/95 = 90% → 2 steps → 3
    ("完成率=实际完成值/指标值，完成率达到100%的得满分，每低5个百分点扣1分，扣完为止", "97%", "95%", "5"),
    ("完成率=实际完成值/指标值，完成率达到100%的得满分，每低5个百分点扣1分，扣完为止", "85.5%", "95%", "3"),
    # the printed amount on both sides of the tolerance: 264 is +10% (含) → 3; 270 is +12.5% → 0; 210 is −12.5% → 0
    ("预算金额240万元，实际采购金额与预算金额偏差在±10%以内（含）的得3分；偏差超过10%的不得分。", "264万元", None, "3"),
    ("预算金额240万元，实际采购金额与预算金额偏差在±10%以内（含）的得3分；偏差超过10%的不得分。", "270万元", None, "0"),
    ("预算金额240万元，实际采购金额与预算金额偏差在±10%以内（含）的得3分；偏差超过10%的不得分。", "210万元", None, "0"),
])
def test_s53_ih_scores_through_the_cli(rule: str, actual: str, target: str | None, score: str) -> None:
    from test_cli_rule import lines, rule_in_process as pingfen

    done = pingfen(rule, "--full", "5" if "完成率" in rule else "3", "--actual", actual, *(("--target", target) if target else ()))
    assert done.returncode == 0 and Decimal(lines(done.stdout)["得分"]) == Decimal(score), done.stdout + done.stderr
    assert "注意" not in lines(done.stdout)  # (the 100% is the completion's: no conflict with the entered target)


@pytest.mark.parametrize("rule, full, clause", [
    # a rate's deviation (预算执行率偏差): never the amount's from the budget printed
    ("项目支出预算执行（5分）：项目总预算500万元，预算执行率偏差在±5%以内得5分，否则不得分。", "5", "项目总预算500万元"),
    # two amounts printed, one scored by nothing
    ("采购成本控制（3分）：预算金额240万元，计划投资额300万元，实际采购金额与预算金额偏差在±10%以内的得3分，否则不得分。", "3",
     "计划投资额300万元"),
])
def test_s53_ih_an_amount_no_deviation_is_measured_from_is_refused(rule: str, full: str, clause: str) -> None:
    _refused_through_cli(rule, full, clause)
