"""Readings of issue 9 by session 33 helper g through the user's entry points: a rubric with one leaf per reading (a
band table with leaders, a bound restated in its mark, a range's first 万 said short, a range of Chinese-numeral shares
whose end drops 百分之) scored by `pingfen score --json`, and the same rubric built into a workbook that LibreOffice
recalculates to the same scores. Every expected score is worked by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.rules import RuleError, parse_rule
from test_rules_new_readings import _scored_and_recalculated

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_s33_g.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("1", "92%在90%(含)-95%一档（点线只是把分档与分数连起来）：1分"),
    "1.2": ("2", "85%在80%(含)-90%一档（——即逗号）：2分"),
    "1.3": ("2", "95%以上(不含95%)不含95%本身，95%落在90%-95%一档：2分（曾读作≥95%得3分）"),
    "1.4": ("2", "30万～50万人次即30万人次至50万人次，40万人次在其间：2分"),
    "1.5": ("2", "百分之九十（含）至九十五即90%至95%，92%在其间：2分"),
}
TOTAL = Decimal("9")  # 1+2+2+2+2


def test_session33_g_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total."""
    result = _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)
    assert result["grade"] == "差"  # 9 < 10.2


@pytest.mark.parametrize("text", [
    "网上办理率达到95%(含)以上(不含)得3分，90%-95%得2分，90%以下不得分。",  # two marks on 95% that disagree
    "网上办理率95%(含)以上(不含)得3分，90%-95%得2分，90%以下不得分。",
])
def test_contradictory_marks_on_one_bound_are_refused(text: str) -> None:
    with pytest.raises(RuleError):
        parse_rule(text)


def test_a_mark_naming_another_number_is_not_the_bounds_own() -> None:
    """90%以上(不含100%): the bracket names 100%, not the 90% before it — it is not rewritten as 90%以上(不含)."""
    from pingfen.text.restated_bound import restated_bounds
    assert restated_bounds("90%以上(不含100%)的,得3分") == "90%以上(不含100%)的,得3分"
    assert restated_bounds("90%以上(含90%)得5分") == "90%以上(含)得5分"
