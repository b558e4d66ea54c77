"""Readings of session 37 helper n through the user's entry points: 人口自然增长率, a year's own level (births less
deaths over the population), compared with its 责任指标 directly rather than refused as a change between this year's
and last year's amounts; the bottom band of a list written in whole numbers (59分及以下) reaching up to the band above
it, as the ranges above it do; a rubric with one leaf per reading scored by `pingfen score --json`, and the same rubric built
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
    "1.4": ("1", "59.5分低于60分：59分及以下一档延至60分之前，得1分"),
    "1.5": ("0", "40.5%低于41%：40%及以下一档延至41%之前，不得分"),
}
TOTAL = Decimal("22")  # 10+3+8+1+0


def test_session37_n_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total."""
    result = _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)
    assert result["grade"] == "中"  # 18.6 ≤ 22 < 24.8


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


@pytest.mark.parametrize("actual, expected", [
    ("84.5", 0),  # under 85: the 84分及以下 band reaches up to 85 (once refused as a gap)
    ("85", 1),
    ("94.5", 2),  # 90-94 reaches up to 95 (as before)
])
def test_bottom_band_of_whole_numbers_reaches_the_band_above(actual: str, expected: float) -> None:
    rule = "物业服务满意度测评结果：95分以上得3分，90-94分得2分，85-89分得1分，84分及以下不得分。"
    assert SCORE_RATE(actual + "分", None, rule, 3) == expected


@pytest.mark.parametrize("text", [
    "满意度85%以上得3分，84%及以下不得分。",  # one level split in two: no list of whole-number ranges to follow
    "群众满意度：90分及以上得5分；80-89.5分得3分；79分及以下不得分。",  # not all whole numbers (89.5)
])
def test_gaps_without_a_whole_number_list_stay_refused(text: str) -> None:
    with pytest.raises(RuleError, match="空档"):
        parse_rule(text)


@pytest.mark.parametrize("rule", [
    # below 80% of the target, or 80% short of it? Once read as the latter (below 20% of the target): 75% scored full
    "完成值低于目标值80%的不得分，其余得满分。",
    "达到目标值的得满分，未达到的按实际值/目标值×分值计分，低于目标值80%的不得分。",
])
def test_unmarked_distance_below_the_target_is_refused(rule: str) -> None:
    result = SCORE_RATE(75, 100, rule, 4)
    assert isinstance(result, str) and result.startswith("【规则错误】") and "低于目标值80%" in result, result


@pytest.mark.parametrize("rule, expected", [
    ("完成值低于目标值的80%不得分，其余得满分。", 0),  # the share, marked by 的: 75% of the target is below it
    ("比目标值低20%以上不得分，其余得满分。", 0),  # the distance, marked by 以上: 25% short is 20% or more
    ("完成率低于目标值20%(不含)不得分；否则得满分", 0),  # the 规范写法's own distance, marked by (不含)
])
def test_marked_shares_and_distances_still_read(rule: str, expected: float) -> None:
    assert SCORE_RATE(75, 100, rule, 4) == expected
