"""Readings of session 36 helper i through the user's entry points: a rubric with one leaf per reading (a target
printed in brackets after the words that name it; shares said in 成 after 至 / 不含 / 不足; a count's 万 before its
(含) mark; the 分值 said after a formula that multiplies it; the failing side of 完成指标值 scored by the share of
that target; a level with its side and the item's points in brackets, then 达到 scored with them) scored by `pingfen score --json`, and the same rubric built into a workbook that LibreOffice recalculates
to the same scores. Every expected score is worked by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.rules import RuleError, parse_rule
from test_rules_new_readings import _scored_and_recalculated

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_s36_i.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("2.2", "计划数200名，实际192名，少8名，每少1名扣0.1分：3-0.8=2.2"),
    "1.2": ("1", "指标3.5‰，实际0.45%=4.5‰，超1‰，每超0.5‰扣1分：2个0.5‰，3-2=1"),
    "1.3": ("1", "五成=50%，三成=30%；42%在30%至50%（不含50%）之间：1分"),
    "1.4": ("2", "40万人次，在40万（含）-50万人次一档：2分"),
    "1.5": ("3", "75%≥60%，按完成率×分值：75%×4=3"),
    "1.6": ("3.8", "9.5万吨/10万吨=95%，×分值4=3.8"),
    "1.7": ("4.5", "90人未完成指标值100人：90/100×5=4.5"),
    "1.8": ("2", "96%≥95%，达到得满分（括号中的2分）：2分"),
}
TOTAL = Decimal("19.5")  # 2.2+1+1+2+3+3.8+4.5+2


def test_session36_i_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total."""
    result = _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)
    assert result["grade"] == "中"  # 15.6 ≤ 19.5 < 20.8


@pytest.mark.parametrize("text", [
    "完成目标值得4分；未完成的按实际完成值/目标值×3计分。",  # 4 at the target, at most 3 below it: ×3 or ×分值?
    "合格率≥95%（2分），达到得1分，未达到不得分。",  # 2 in the bracket, 1 for reaching it: which are the item's?
    # the plan printed in people beside bands on a share of it: the number printed is no level of the shares (as before)
    "培训人数达到计划数（200人）的得3分；达到计划数90%的得2分；低于90%不得分。",
])
def test_neighbours_that_stay_refused(text: str) -> None:
    with pytest.raises(RuleError):
        parse_rule(text)


@pytest.mark.parametrize("text, canonical", [
    ("资助学生人数达到计划数（200名）的得3分；每少资助1名扣0.1分。", "资助学生人数达到200名得3分，每少1名扣0.1分，扣完为止"),
    # a date in brackets is no target: 完成年度目标 stays the target entered
    ("完成年度目标（2023年）的得3分，未完成的不得分", "完成率≥目标值得3分；否则不得分"),
])
def test_printed_target_is_a_number_with_its_unit(text: str, canonical: str) -> None:
    assert parse_rule(text).canonical() == canonical


def test_a_list_number_after_the_indicator_is_no_target() -> None:
    """本指标(2)-(4)项 names points of a list, never a target of 2: the clause is refused as written."""
    with pytest.raises(RuleError, match=r"本指标\(2\)-\(4\)项"):
        parse_rule("(1)制定方案;(2)建立台账。未制定方案的本指标(2)-(4)项不得分")


@pytest.mark.parametrize("text, canonical", [
    # the 目标 printed with its number before: 完成目标 reaches that number (the steps read from it), not the target entered; the name said before the target is the measure
    ("农村公路新改建里程目标80公里，完成目标得4分，每少1公里扣0.2分", "农村公路新改建里程达到80公里得4分，每少1公里扣0.2分，扣完为止"),
    ("完成目标得4分；未完成的按完成比例计分。", "完成率≥目标值得4分；否则得分=完成率/目标值×4分"),
])
def test_bare_goal_completed(text: str, canonical: str) -> None:
    assert parse_rule(text).canonical() == canonical
