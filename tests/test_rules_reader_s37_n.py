"""Readings of session 37 helper n through the user's entry points: 人口自然增长率, a year's own level (births less
deaths over the population), compared with its 责任指标 directly rather than refused as a change between this year's
and last year's amounts; a rubric with one leaf per reading scored by `pingfen score --json`, and the same rubric built
into a workbook that LibreOffice recalculates to the same scores. Every expected score is worked by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.functions import SCORE_RATE
from pingfen.rules import RuleError, parse_rule
from test_rules_new_readings import _scored_and_recalculated

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_s37_n.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("10", "5.6‰在责任指标6‰以内：满分10分"),
    "1.2": ("3", "6.2‰比计划6‰超出0.2个千分点，2个0.1，每个扣1分：5-2=3"),
    "1.3": ("8", "-0.5‰（负增长）在责任指标6‰以内：满分8分"),
}
TOTAL = Decimal("21")  # 10+3+8


def test_session37_n_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total."""
    result = _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)
    assert result["grade"] == "优"  # 21 ≥ 20.7


@pytest.mark.parametrize("actual, expected", [
    ("6‰", 10),  # at the 责任指标: 在以内 → 10
    ("6.2‰", 0),  # past it: 突破 → 0 (once, read as a change (6.2−6)/6 against 100%, this scored full)
    ("-1‰", 10),  # a falling population: −1‰ is within 6‰ → 10
])
def test_natural_growth_rate_is_compared_with_its_target(actual: str, expected: float) -> None:
    rule = "人口自然增长率(10分)。在责任指标以内的得满分,突破责任指标的不得分。"
    assert SCORE_RATE(actual, "6‰", rule, 10) == expected


@pytest.mark.parametrize("text", [
    # growth of a population counted each year: this year's count against last year's — the target entered could be
    # the rate's 责任指标 or last year's population (as before)
    "常住人口增长率控制在年度责任指标以内的得满分，超过的不得分。",
    "营业收入增长率达到目标值的得满分，未达到的不得分。",
])
def test_growth_rates_that_are_changes_stay_refused(text: str) -> None:
    with pytest.raises(RuleError, match="变动率"):
        parse_rule(text)
