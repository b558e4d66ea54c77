"""Readings of session 35 helper a through the user's entry points: a rubric with one leaf per reading (tiers of the
分值 written from the bottom up, the lowest said by its top alone, the 分值 said after them; a deadline said as
期限届满前 with 提交, the lateness allowed after 逾期; a quantity reaching its year's task beside its completion rate)
and 评价要点 with their points, the method said again after them (符合一项得一项分) scored by `pingfen score --json`, and the same rubric built into a workbook that LibreOffice recalculates to the same
scores. Every expected score is worked by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.rules import RuleError, parse_rule
from test_rules_new_readings import _scored_and_recalculated

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_s35_a.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("4.2", "评为“成效一般”档（分值6分的60%-80%，即3.6分（含）至4.8分），录入4.2分在档内"),
    "1.2": ("3.6", "评为“好”档（分值4分的85%-100%，即3.4分至4分），录入3.6分在档内"),
    "1.3": ("1", "期限2023-12-31，2024-02-20提交，逾期不到2个月，在3个月以内：1分"),
    "1.4": ("1.5", "期限2024-03-31，2024-04-10报送，逾期10日，在15日以内：1.5分"),
    "1.5": ("4.73", "11820/12500=94.56%，低于100%：94.56%×5=4.728≈4.73"),
    "1.6": ("3", "①②④符合，③不符合：1+1+1=3"),
}
TOTAL = Decimal("18.03")  # 4.2+3.6+1+1.5+4.73+3


def test_session35_a_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total."""
    result = _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)
    assert result["grade"] == "中"  # 14.4 ≤ 18.03 < 19.2


@pytest.mark.parametrize("text", [
    "效果好的，得该项分值的80%-100%；效果一般的，得60%-80%；效果较差的，得50%以下。",  # 50%-60% in no tier
    "效果较差的，得60%以下；效果好的，得该项分值的80%-100%；效果一般的，得60%-80%。",  # the lowest said first
    "家庭医生签约人数达到8000人的得4分；完成率低于100%的，得分=完成率×4。",  # 8000 is no target of the rate
    "项目应在6个月内完成，按时完成得满分，每延期1个月扣1分",  # the plan's period, never a lateness allowed
    "(1)制定年度工作计划 1分 (2)按月报送工作进度 1分；符合一项得一项分，不符合的扣2分",  # 2 off a point of 1?
])
def test_neighbours_that_stay_refused(text: str) -> None:
    with pytest.raises(RuleError):
        parse_rule(text)


@pytest.mark.parametrize("text, tiers", [
    ("工作成效明显的，得该项分值的80%-100%；成效一般的，得60%-80%；成效较差的，得60%以下。",
     [("工作成效明显", "0.8", "1", True, True), ("成效一般", "0.6", "0.8", True, False), ("成效较差", "0", "0.6", True, False)]),
    ("效果好的按分值的100%-90%（含）计分，较好的按90%-75%（含）计分，一般的按75%-60%（含）计分，差的按60%以下计分。",
     [("效果好", "0.9", "1", True, True), ("较好", "0.75", "0.9", True, False), ("一般", "0.6", "0.75", True, False),
      ("差", "0", "0.6", True, False)]),
])
def test_share_tiers_from_the_bottom_up(text: str, tiers: list) -> None:
    """Each tier's ends as the reader reads them: the lower end included, the whole 分值 the top tier's, and the lowest
    (60%以下) stopping short of the 60% the tier above starts at."""
    scorer = parse_rule(text).scorer
    assert [(t.name, t.low, t.high, t.low_inclusive, t.high_inclusive) for t in scorer.tiers] == [
        (name, Decimal(low), Decimal(high), low_in, high_in) for name, low, high, low_in, high_in in tiers]
