"""Readings added in session 40 by helper da, through the user's entry points: a rubric with one leaf per reading
scored by `pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from helpers_rules import score_leaf
from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S40_DA = Path(__file__).parent / "data" / "new_readings_rubric_s40_da.yaml"

EXPECTED_S40_DA = {
    "1.1": ("2", "较上年增长率=(10.4-10)/10=4%，在0-8%之间：2分"),
    "1.2": ("2", "较上年下降率=(100-85)/100=15%，≥10%：2分"),
    "1.3": ("1", "今年48件与去年48件持平（变化0%）：1分"),
    "1.4": ("3", "事故起数较上年下降率=(10-8)/10=20%>0%，下降：3分"),
}


def test_session40_da_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A change over last year from the two years' amounts entered by name, a measure named for both years then
    changed: `pingfen score` and the recalculated workbook give the hand-worked scores and total (2+2+1+3 = 8 of 10,
    grade 良)."""
    result = _scored_and_recalculated(RUBRIC_S40_DA, EXPECTED_S40_DA, Decimal("8"), capsys, tmp_path)
    assert result["grade"] == "良"


def test_a_year_pair_is_taken_only_for_a_change_over_last_year(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """本年/上年 amounts entered by name give the change over last year (103 against 100 is +3%, not 103%); the same
    amounts named for no year are not taken as this year's and last year's."""
    criteria = "企业职工养老保险参保人数较上年增长3%以上（含）的得3分，增长0-3%的得1.5分，负增长的不得分。"
    scored = score_leaf(tmp_path, capsys, criteria, 3, {"vars": {"本年参保人数": 10.2, "上年参保人数": 10}})
    assert Decimal(str(scored["score"])) == Decimal("1.5")  # (10.2−10)/10 = 2%, in 0–3% → 1.5
    scored = score_leaf(tmp_path, capsys, criteria, 3, {"vars": {"本年参保人数": 9.9, "上年参保人数": 10}})
    assert Decimal(str(scored["score"])) == 0  # −1% → 0


def test_a_measure_named_for_both_years_reads_as_it_said_once() -> None:
    """本年X较上年X下降… and 今年X与去年X相比，增加… read as X较上年下降… / X与上年相比增加… (the same rule)."""
    from pingfen.rules import parse_rule

    pairs = [("本年结转资金较上年结转资金下降10%以上的得2分；下降0-10%的得1分；上升的不得分",
              "结转资金较上年下降10%以上的得2分；下降0-10%的得1分；上升的不得分"),
             ("今年技术合同登记数与去年技术合同登记数相比，增加的得2分，持平的得1分，减少的不得分。",
              "技术合同登记数与上年相比增加的得2分，持平的得1分，减少的不得分。")]
    for named_twice, named_once in pairs:
        assert parse_rule(named_twice).canonical() == parse_rule(named_once).canonical()
