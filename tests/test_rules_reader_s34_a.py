"""Readings of issue 9 by session 34 helper a through the user's entry points: a rubric with one leaf per reading (a
level reached before steps below it, with no points said for reaching it; points for each unit meeting a level, the
units counted in brackets) scored by `pingfen score --json`, and the same rubric built into a workbook that LibreOffice
recalculates to the same scores. Every expected score is worked by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.rules import RuleError, parse_rule
from test_rules_new_readings import _scored_and_recalculated

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_s34_a.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("1.4", "95%比98%少3个百分点，3×0.2=0.6，2-0.6=1.4（未低于90%）"),
    "1.2": ("1.7", "47%比50%少3个百分点，3×0.1=0.3，2-0.3=1.7（未低于40%）"),
    "1.3": ("3", "东城3120、南湖3000（达到含3000）、北岭3560达到，西城2890未达到：3×1=3（即4-1）"),
    "1.4": ("2", "城关98.2、石桥95.0、新田96.4、白沙100达到95%，大河93.1、龙井94.9未达到：4×0.5=2（即3-2×0.5）"),
}
TOTAL = Decimal("8.1")  # 1.4+1.7+3+2


def test_session34_a_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total."""
    result = _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)
    assert result["grade"] == "中"  # 6.6 ≤ 8.1 < 8.8


@pytest.mark.parametrize("text", [
    "投诉率达到2%，每超过1个百分点扣0.5分（2分）",  # steps above a level reached: what is under it?
    "办结率在90%-98%之间，每低于1个百分点扣0.2分（2分）",  # steps inside a band: 99% is in none
    "办结率达到98%，每低于1个百分点扣0.2分；办结率100%的得2分",  # another band above the level
    "每个社区服务人次达到3000人次的得1分，未达到的不得分，本项共5分（4个社区）。",  # 4 × 1 is not the 5 said
    "每个社区服务人次达到3000人次的得1分，未达到的得0.5分，本项共4分（4个社区）。",  # what falls short scores too
    "每个社区服务人次达到3000人次的得1分，本项共4分。",  # how many communities share the 4 points?
])
def test_neighbours_that_stay_refused(text: str) -> None:
    with pytest.raises(RuleError):
        parse_rule(text)


@pytest.mark.parametrize("text, rewritten", [
    ("每个中心年服务人次达到3000人次的得1分,未达到的不得分,本项共4分(4个中心)",
     "每有1个中心年服务人次未达到3000人次的,扣1分,扣完为止(本项4分)"),
    ("村集体经营性收入达到10万元的村,每村得0.4分,满分2分(共5个村)",
     "每有1个村村集体经营性收入未达到10万元的,扣0.4分,扣完为止(本项2分)"),
    ("每所学校供餐天数达到180天的得0.5分,本项共2分(共4所学校)", "每有1所学校供餐天数未达到180天的,扣0.5分,扣完为止(本项2分)"),
    # the units counted must be those that score, and make up the item's points
    ("每个中心服务人次达到3000人次的得1分,本项共4分(4个社区)", "每个中心服务人次达到3000人次的得1分,本项共4分(4个社区)"),
    ("每个中心服务人次达到3000人次的得1分,本项共5分(4个中心)", "每个中心服务人次达到3000人次的得1分,本项共5分(4个中心)"),
])
def test_each_unit_awarded_rewrite(text: str, rewritten: str) -> None:
    from pingfen.text import normalize
    assert normalize.each_unit_awarded(text) == rewritten
