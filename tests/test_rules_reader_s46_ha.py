"""Readings of session 46 helper ha, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.rules import InputError, parse_rule
from pingfen.rules.inputs import bind
from pingfen.rules.score import score_bound
from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S46_HA = Path(__file__).parent / "data" / "new_readings_rubric_s46_ha.yaml"
EXPECTED_S46_HA = {
    "1.1": ("1", "2起×0.5=1，未超过标题的最高1.5分（曾因加分没有上限拒读）"),
    "1.2": ("1", "获评省级示范基地：加1分（只按最高级别计；曾因标题（最高2分）拒读）"),
    "1.3": ("0.6", "3人×0.2=0.6，最多加1分（括号注明本项为加分项，不计分）"),
    "1.4": ("3", "入户率录入92即92%≥90%，满意度86即86%≥85%：两项均达标，3分（曾读作9200%）"),
    "1.5": ("4.6", "参保率录入90即90%：0.9×3+0.95×2=2.7+1.9=4.6（曾读作90×3，超过分值按5分计）"),
    "1.6": ("3", "上年参保率95%为水平，本年93%：低2个百分点扣2分，5-2=3（曾要求录入上年的值）"),
    "1.7": ("3", "上年巩固率96%为水平，本年94%：低2个百分点扣1分，4-1=3"),
}


def test_s46_ha_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A bonus heading's cap, levels of one matter answered by the level reached, rates entered as bare numbers and
    last year's printed base held to by 达到上年水平: `pingfen score` and the built workbook recalculated by LibreOffice
    give the hand-worked scores and total (1+1+0.6+3+4.6+3+3 = 16.2 of 21.5, grade 中: 12.9 ≤ 16.2 < 17.2)."""
    result = _scored_and_recalculated(RUBRIC_S46_HA, EXPECTED_S46_HA, Decimal("16.2"), capsys, tmp_path)
    assert result["grade"] == "中"


GROWTH = "营业收入较上年增长10%以上得5分，增长5%（含）-10%得3分，低于5%不得分。"


@pytest.mark.parametrize(("data", "score"), [
    ({"actual": "8%"}, Decimal(3)),  # the growth itself
    ({"actual": "8%", "target": "≥10%"}, Decimal(3)),  # the growth and its goal
    ({"actual": "1080万元", "target": "1000万元"}, Decimal(3)),  # this year's and last year's amounts: +8%
])
def test_growth_over_last_year_read_from_what_is_entered(data: dict[str, str], score: Decimal) -> None:
    assert score_bound(parse_rule(GROWTH), bind(data, Decimal(5))).value == score


def test_growth_over_last_year_refuses_two_bare_percentages() -> None:
    """108% against 100%: the growth 108% (5), or this year's share of last year's (growth 8%, 3)? Never guessed."""
    with pytest.raises(InputError, match="无法确定目标值是上年的数值还是目标增幅"):
        score_bound(parse_rule(GROWTH), bind({"actual": "108%", "target": "100%"}, Decimal(5)))
