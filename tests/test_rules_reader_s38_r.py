"""Readings of session 38 helper r through the user's entry points: a lone formula under the item's name and points
(重点研发项目验收通过率（5分）：得分＝验收通过项目数÷到期应验收项目数×5), the heading the formula's highest score when the
formula multiplies by it (or by the 分值 the bracketed points name); a level that compares the two quantities its formula
divides (实际单位成本≤计划单位成本得满分（3分）；超出的，得分=计划单位成本/实际单位成本×3), which says nothing the formula,
capped at the level's points, does not; an assessment score's level alone before its points (考核得分90分（含）以上的，
本项得4分); a heading whose name quotes a term (“互联网+明厨亮灶”)
or notes its kind beside its points (（定性+定量，4分）); a rubric with one leaf per reading scored by `pingfen score --json`, and the same
rubric built into a workbook that LibreOffice recalculates to the same scores. Every expected score is worked by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.functions import SCORE_RATE
from pingfen.rules import RuleError, parse_rule
from test_rules_new_readings import _scored_and_recalculated

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_s38_r.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("4.25", "17÷20=0.85，0.85×5=4.25"),
    "1.2": ("2.91", "6/200=0.03，3×(1-0.03)=2.91"),
    "1.3": ("6", "6亿元/5亿元=1.2，1.2×6=7.2，高于标题的6分，按6分计"),
    "1.4": ("2.4", "实际150超过计划120：120/150=0.8，0.8×3=2.4"),
    "1.5": ("3", "1020不低于1000：3分（公式1020/1000×3=3.06，以3分为限）"),
    "1.6": ("3", "考核得分88.5分在80分（含）至90分之间：3分"),
    "1.7": ("1", "95%在90%-100%（不含）之间：1分"),
    "1.8": ("3", "93%在95%-90%(含)之间：3分"),
}
TOTAL = Decimal("25.56")  # 4.25+2.91+6+2.4+3+3+1+3


def test_session38_r_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total."""
    result = _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)
    assert result["grade"] == "良"  # 24 ≤ 25.56 < 27


@pytest.mark.parametrize("text, canonical", [
    ("重点研发项目验收通过率（5分）：得分＝验收通过项目数÷到期应验收项目数×5", "得分=验收通过项目数÷到期应验收项目数×5，最高5分"),
    ("成本控制（3分）：未超支的得满分；超支的，得分=分值×(1-超支金额/预算金额)。", "得分=分值×(1-超支金额/预算金额)，最高3分"),
    ("单位成本控制：实际单位成本≤计划单位成本得满分（3分）；超出的，得分=计划单位成本/实际单位成本×3。",
     "得分=计划单位成本/实际单位成本×3，最高3分"),
])
def test_formula_capped_by_its_heading_or_level(text: str, canonical: str) -> None:
    rule = parse_rule(text)
    assert rule.canonical() == canonical
    assert parse_rule(rule.canonical()).scorer == rule.scorer  # the 规范写法 reads back to the same rule


@pytest.mark.parametrize("text, clause", [
    # the heading 5, the formula ×4: all accepted scores 4 of 5, or the heading is a slip? never capped at 5 silently
    ("项目验收率（5分）：得分=验收项目数÷应验收项目数×4", "项目验收率"),
    # the level 2, the formula 3 where the two are equal: 95% paid would score 2.85, above paying in full
    ("实际拨付数达到应拨付数得2分，否则得分=实际拨付数/应拨付数×3", "实际拨付数达到应拨付数得2分"),
    # full marks at or above the plan, the formula lower the further above it: the ≥ or the ratio is upside down
    ("实际单位成本≥计划单位成本得满分（3分）；超出的，得分=计划单位成本/实际单位成本×3。", "实际单位成本≥计划单位成本得满分"),
    # 当地补助标准 in the level, 实际补助标准 in the formula: one quantity or two?
    ("当地补助标准达到省定标准的得3分；未达到的，得分=实际补助标准/省定标准×3", "当地补助标准达到省定标准的得3分"),
    # the score's level alone before its points, read as a band, leaves 80 to 90 unsaid
    ("考核得分90分以上的，本项得4分；80分以下的不得分。", "80分以下的不得分"),
])
def test_formula_and_level_that_disagree_stay_refused(text: str, clause: str) -> None:
    with pytest.raises(RuleError) as refused:
        parse_rule(text)
    assert clause in refused.value.fragment


@pytest.mark.parametrize("actual, expected", [
    ("90分", 4), ("88.5分", 3), ("70分", 1), ("69.5分", 0),
])
def test_score_level_alone_before_its_points(actual: str, expected: float) -> None:
    """考核得分90分（含）以上的，本项得4分: the 90分 is the assessment's score (a level), never 90 points awarded."""
    rule = "考核得分90分（含）以上的，本项得4分；80分（含）至90分的得3分；70分（含）至80分的得1分；70分以下不得分。"
    assert SCORE_RATE(actual, None, rule, 4) == expected
