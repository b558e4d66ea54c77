"""Readings of issue 9 by session 33 helper g through the user's entry points: a rubric with one leaf per reading (a
band table with leaders, a bound restated in its mark, a range's first 万 said short, a range of Chinese-numeral shares
whose end drops 百分之, a closing note only for reference, a mark excluding the band's other end, the heading's unit of
bare levels, a multiple in 倍) scored by `pingfen score --json`, and the same rubric built into a workbook that LibreOffice
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
    "1.6": ("5", "85%在[80%,90%)一档：5分（末尾“注：…仅作参考，不计分”不计分，曾因它被拒）"),
    "1.7": ("3", "95%以上(不含100%)即95%至100%（不含100%），97%在其间：3分"),
    "1.8": ("3", "标题“好路率（%）”给出单位：80（含）～90即80%至90%，85%在其间：3分"),
    "1.9": ("2", "1.3倍在1.2倍（含）-1.5倍之间：2分"),
}
TOTAL = Decimal("22")  # 1+2+2+2+2+5+3+3+2


def test_session33_g_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total."""
    result = _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)
    assert result["grade"] == "差"  # 22 < 23.4


@pytest.mark.parametrize("text", [
    "网上办理率达到95%(含)以上(不含)得3分，90%-95%得2分，90%以下不得分。",  # two marks on 95% that disagree
    "网上办理率95%(含)以上(不含)得3分，90%-95%得2分，90%以下不得分。",
])
def test_contradictory_marks_on_one_bound_are_refused(text: str) -> None:
    with pytest.raises(RuleError):
        parse_rule(text)


@pytest.mark.parametrize("rewrite, text, rewritten", [
    # 90%以上(含90%): the bound's own mark; 90%以上(含85%) names another number and stays
    ("restated_bounds", "90%以上(含90%)得5分", "90%以上(含)得5分"),
    ("restated_bounds", "90%以上(含85%)得5分", "90%以上(含85%)得5分"),
    # 90%以上(不含100%) is 90% up to 100% (the band above); a number excluded on the wrong side stays
    ("restated_bounds", "90%以上(不含100%)的,得3分", "90%(含)-100%(不含)的,得3分"),
    ("restated_bounds", "20%以下(不含5%)得1分", "5%(不含)-20%(含)得1分"),
    ("restated_bounds", "95%以上(不含80%)得3分", "95%以上(不含80%)得3分"),
    # a note only for reference goes; a note that scores stays
    ("without_reference_note", "<80%得0分。注:1-6月执行进度仅作参考,不计分。", "<80%得0分。"),
    ("without_reference_note", "<80%得0分。注:未按时报送的不得分。", "<80%得0分。注:未按时报送的不得分。"),
    # the heading's unit only when nothing after it says one
    ("levels_in_heading_unit", "检验率(%):100--5分;95以下--0分", "检验率:100%--5分;95%以下--0分"),
    ("levels_in_heading_unit", "好路率(%):90以上得5分;80%-90%得3分", "好路率(%):90以上得5分;80%-90%得3分"),
])
def test_the_rewrites_of_marks_notes_and_heading_units(rewrite: str, text: str, rewritten: str) -> None:
    from pingfen.text import normalize
    assert getattr(normalize, rewrite)(text) == rewritten
