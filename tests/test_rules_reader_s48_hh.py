"""Readings of session 48 by helper hh (corpus53's first pass), through the user's entry points: a formula × 分值
dividing by the plan the text prints, capped right after it at the points its heading prints (最高不超过8分 under
（8分）: the cap is the 分值); 按实际X/计划X×N计分 beside 超过计划的按满分计 (the formula's highest score, as after
得分=); a bare ratio 实际X/计划X×N分 opening its clause, the plan printed by that name before it; 扣完为止 after a band's
formula that takes its deduction from the points (得分=5-(结转结余率-5%)×50: the formula's floor at 0); and the
refusals beside them (a cap of other points than the heading's beside × 分值, passing the plan scored at other points
than the formula's, 扣完为止 beside a formula that deducts nothing). Scored by `pingfen score --json` and its workbook
recalculated by LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _refused_through_cli, _scored_and_recalculated

RUBRIC_S48_HH = Path(__file__).parent / "data" / "new_readings_rubric_s48_hh.yaml"
EXPECTED_S48_HH = {
    "1.1": ("6", "900/1200=0.75，0.75×8=6"),
    "1.2": ("6", "1000/800=1.25，1.25×6=7.5，最高不超过6分：6"),
    "1.3": ("4.8", "240/300=0.8，0.8×6=4.8"),
    "1.4": ("3", "9/12×4=3"),
    "1.5": ("3", "30/40×4=3"),
    "1.6": ("2.4", "2400/3000×3=2.4"),
    "1.7": ("1.5", "12%>5%：5-(12%-5%)×50=5-3.5=1.5"),
    "1.8": ("3", "105%>100%：4-(105%-100%)×20=4-1=3"),
    "1.9": ("0", "70%<95%：6-(95%-70%)×40=6-10=-4，扣完为止：0"),
}


def test_s48_hh_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (6 + 6 + 4.8 + 3 + 3 + 2.4 + 1.5 + 3 + 0 = 29.7 of 46, 中: 28 ≤ 29.7 < 37)."""
    result = _scored_and_recalculated(RUBRIC_S48_HH, EXPECTED_S48_HH, Decimal("29.7"), capsys, tmp_path)
    assert result["grade"] == "中"


_NUTRITION = "营养改善计划受益学生人数（8分）：计划受益人数1200人，按实际受益人数/计划受益人数×分值计分，最高不超过8分。"
_HOUSEHOLDS = "带动脱贫户增收（6分）：计划带动户数300户，按实际带动户数/计划带动户数×6计分，超过计划的按满分计。"
_SESSIONS = "普法宣传活动场次（4分）：计划场次40场，实际开展场次/计划场次×4分，超出不加分。"
_CARRYOVER = "结转结余率（5分）：结转结余率≤5%的得5分；结转结余率>5%的，得分=5-(结转结余率-5%)×50，扣完为止。"


@pytest.mark.parametrize("rule, full, actual, score", [
    # × 分值 capped at the heading's points (once refused: 最高 beside a formula that is no straight line of a rate)
    (_NUTRITION, "8", "1200人", "8"),
    (_NUTRITION, "8", "1500人", "8"),
    (_NUTRITION, "8", "1080人", "7.2"),
    ("职业技能培训人次（10分）：计划培训人次5000人次，按实际培训人次/计划培训人次×分值计分，最高得10分。", "10", "5500人次", "10"),
    # 按…×6计分，超过计划的按满分计 (once refused: 超过计划的 read as a score without its condition)
    (_HOUSEHOLDS, "6", "330户", "6"),
    (_HOUSEHOLDS, "6", "150户", "3"),
    ("新建村级文化广场（5分）：计划建设个数20个，按实际建成个数/计划建设个数×5计分，超过计划的按满分计。", "5", "15个", "3.75"),
    # a bare ratio over the plan named before it (once refused: 40场 used by no reading)
    (_SESSIONS, "4", "45场", "4"),
    (_SESSIONS, "4", "10场", "1"),
    ("基层干部培训（6分）：计划培训场次12场，实际培训场次/计划培训场次×6分。", "6", "15场", "6"),
    # 扣完为止 after a formula deducting from the points: its floor (once refused: a cap with no deduction)
    (_CARRYOVER, "5", "4%", "5"),
    (_CARRYOVER, "5", "7%", "4"),
    (_CARRYOVER, "5", "20%", "0"),
    ("政府采购执行率（6分）：执行率≥95%的得6分；执行率<95%的，得分=6-(95%-执行率)×40，扣完为止。", "6", "90%", "4"),
])
def test_s48_hh_readings_through_pingfen_rule(rule: str, full: str, actual: str, score: str) -> None:
    done = pingfen(rule, "--full", full, f"--actual={actual}")
    assert done.returncode == 0 and f"得分：{score}\n" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, named, reason", [
    # a cap of other points than the heading's beside × 分值: the 分值 8 or 6?
    ("农村改厕户数（8分）：计划改厕户数800户，按实际改厕户数/计划改厕户数×分值计分，最高不超过6分。", "8", "最高不超过6分", "最高分"),
    # passing the plan scored at less than the formula gives there
    ("新建村级文化广场（6分）：计划建设个数20个，按实际建成个数/计划建设个数×6计分，超过计划的按5分计。", "6", "超过计划的按5分计",
     "没有写明条件"),
    # 扣完为止 beside a formula that deducts nothing
    ("资金到位率（5分）：到位率≥90%的得5分；到位率<90%的，得分=到位率×5，扣完为止。", "5", "扣完为止", "没有扣分方法"),
])
def test_s48_hh_refusals_name_the_clause(rule: str, full: str, named: str, reason: str) -> None:
    _refused_through_cli(rule, full, named, reason)
