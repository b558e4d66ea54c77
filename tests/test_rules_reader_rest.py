"""Readings of issue 9 added by the reader-rest helper: a deduction's unit after its points (扣15分/批次), a base
score at one level added to on one side and deducted on the other, each kind of fault with its own cap, a point met
or not whose failure is said with its cause, 基准 as the target, how often something was found (once costs its
points, from two on nothing) and times late counted from none, bracketed points after each requirement, fixed
deductions beside deduction ranges (the evaluator's score within them), steps on a rate beside a count missing, a
measure defined as a share, and the completion's share of the target for the rest (按实际完成值占目标值的比重 /
否则按完成比例计分). Through the user's entry points: `pingfen score --json` on a rubric with one leaf per reading,
and the same rubric built into a workbook that LibreOffice recalculates to the same values. Every expected score is
worked by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.rules import RuleError, evaluate_rule, parse_rule
from test_rules_new_readings import _scored_and_recalculated

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_reader_rest.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("5", "到省非访1批次扣10分：15−10=5"),
    "1.2": ("6", "95%比基准90%高5个百分点，每个加0.2：5+1=6（加分不超过2）"),
    "1.3": ("1", "一河一策少5条应扣5，最高扣4；年度计划少1条扣1：6−4−1=1"),
    "1.4": ("1", "发现一次扣0.5：1.5−0.5=1"),
    "1.5": ("1", "延误2次，每次扣2：5−4=1"),
    "1.6": ("1.5", "依据不合规扣2，挤占扣3-6：应在7−2−6<0即0至7−2−3=2之间，录入1.5"),
    "1.7": ("11.5", "户次90%，低10%即5个2%，扣2.5；缺10份×0.1=1：15−3.5=11.5"),
    "2.1": ("1", "探测环境未受到破坏：1"),
    "2.2": ("4", "520万元达到基准500万元：4"),
    "2.3": ("0.5", "明确分管领导0.5，岗位职责未明确0：0.5"),
    "2.4": ("15", "3/4=75%，×20=15"),
    "2.5": ("12", "未完成：80/100=80%，×15=12"),
    "2.6": ("3.75", "未达到：60/80=75%，×5=3.75（曾被读作否则0分）"),
    "2.7": ("1.5", "3篇未达到4篇，按比例：3/4×2=1.5"),
}
TOTAL = Decimal("64.75")  # 5+6+1+1+1+1.5+11.5 + 1+4+0.5+15+12+3.75+1.5


def test_every_reading_scores_and_libreoffice_agrees(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)


@pytest.mark.parametrize("text, data, full, expected", [
    # each cap its own kind's: 会议记录 6×0.5=3 → at most 2; 台账 1; 5−2−1=2 (one cap of the whole would give 5−min(2, 4)=3)
    ("会议记录每缺1次扣0.5分，最多扣2分；工作台账每缺1项扣1分，最多扣3分。", {"failures": [6, 1]}, 5, 2),
    # the base level: 3% is 2 points below 5%, +0.5 each → 5; 7% is 2 above, −1 each → 2
    ("设备故障率为5%的得4分，每下降1个百分点加0.5分，每上升1个百分点扣1分，扣完为止。", {"rate": "3%"}, 4, 5),
    ("设备故障率为5%的得4分，每下降1个百分点加0.5分，每上升1个百分点扣1分，扣完为止。", {"rate": "7%"}, 4, 2),
    # late twice: counted from none late (not from a target), 4−2×1=2
    ("信息报送及时(4分)，迟报一次扣1分。", {"failures": 2}, 4, 2),
    ("迟报一次扣1分，迟报两次及以上不得分。", {"failures": 2}, 4, 0),
    # a band that scores says where the steps start: 3 late is 1 beyond 2, 5−1=4 (not 5−3 from none late)
    ("迟报不超过2次得5分，每迟报1次扣1分", {"failures": 3}, 5, 4),
    # 扣0.5分/件 is 每件扣0.5分: 3 complaints → 1.5, 3−1.5=1.5
    ("群众有效投诉扣0.5分/件，最多扣3分。", {"failures": 3}, 3, 1.5),
])
def test_the_new_readings_score_by_hand(text: str, data: dict, full: int, expected: float) -> None:
    assert evaluate_rule(parse_rule(text), data, Decimal(full)).value == Decimal(str(expected))


def test_the_readings_say_what_they_read() -> None:
    assert parse_rule("未制定“一河一策”的,少1條扣1分,最高扣4分;未制定年度計劃的,每少1條扣1分,最高扣4分。").canonical() == (
        "未制定“一河一策”的，每少1条扣1分，最高扣4分；未制定年度计划的，每少1条扣1分，最高扣4分；扣完为止")
    assert parse_rule("进京非访扣15分/批次,到省非访扣10分/批次").canonical() == (
        "进京非访的，每批次扣15分；到省非访的，每批次扣10分；扣完为止")
    assert parse_rule("明確分管檔案工作的領導(0.5)及崗位職責(0.5)。1分").canonical() == (
        "评价要点：①明确分管档案工作的领导（0.5分）；②岗位职责（0.5分）（符合的要点得相应分值）")


@pytest.mark.parametrize("text, clause", [
    ("檔案工作列入了本機關近期規劃(0.3)并能認真執行(0.4)。1分", "1分"),  # 0.3+0.4 is not the 1分 written
    ("建立档案管理制度(0.5)并严格执行。1分", "建立档案管理制度(0.5)并严格执行"),  # one requirement without its points
    ("发现一次的，扣1分；发现三次及以上的，此项不得分。", "发现1次的，扣1分"),  # twice is not said
    ("会议记录每缺1次扣0.5分，最多扣2分；工作台账每缺1项扣1分；宣传资料每缺1份扣0.5分，最多扣1分。", "最多扣1分"),
    # a method in brackets is never a remark passed over (was read as ≥4篇得2分, nothing below)
    ("上报信息4篇以上记2分(按比例计分)。", "上报信息4篇以上记2分(按比例计分)"),
])
def test_near_misses_are_refused_naming_the_clause(text: str, clause: str) -> None:
    with pytest.raises(RuleError) as refused:
        parse_rule(text)
    assert refused.value.fragment == clause
