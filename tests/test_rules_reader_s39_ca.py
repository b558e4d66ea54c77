"""Readings added in session 39 by helper ca, through the user's entry points: a rubric with one leaf per reading
scored by `pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from helpers_rules import score_leaf
from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S39_CA = Path(__file__).parent / "data" / "new_readings_rubric_s39_ca.yaml"

EXPECTED_S39_CA = {
    "1.1": ("2.6", "2万册即20000册，18000册少2000册=2个1000册，2×0.2=0.4（未到最多扣2分）：3-0.4=2.6"),
    "1.2": ("2.1", "指标值20件，17件少3件，3×0.3=0.9：3-0.9=2.1"),
    "1.3": ("3.4", "达到目标800人得3分；1050人超过250人，满2个100人，2×0.2=0.4（未到最多加1分）：3+0.4=3.4"),
    "1.4": ("4", "良好得满分的80%：5×80%=4"),
    "1.6": ("2", "4个项目各1分，2个项目未达到80%：4-2×1=2"),
    "1.7": ("2.25", "1.5亿元未达到指标值2亿元：1.5/2×3=2.25"),
}


def test_session39_ca_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A quantity reached by 达到的, a 年度指标值 reached by 达到(的), additions from a printed target, grades of 满分
    with the 分值 in brackets, units scored apart: `pingfen score` and the recalculated workbook
    give the hand-worked scores and total (2.6+2.1+3.4+4+2+2.25 = 16.35 of 22, grade 中)."""
    result = _scored_and_recalculated(RUBRIC_S39_CA, EXPECTED_S39_CA, Decimal("16.35"), capsys, tmp_path)
    assert result["grade"] == "中"


def test_a_quantity_then_reached_is_that_level_not_its_otherwise(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """培训人数1200人次，达到的得3分 was read as 1200人次 or more full marks, otherwise 3: 5 points for 1200 and 3 for none
    in a 5-point item. 达到的 is the level reached, its points 3, and nothing below it."""
    criteria = "培训人数1200人次，达到的得3分"
    assert Decimal(str(score_leaf(tmp_path, capsys, criteria, 5, {"actual": "1250人次"})["score"])) == 3  # ≥1200 → 3, not 5
    assert Decimal(str(score_leaf(tmp_path, capsys, criteria, 5, {"actual": "1000人次"})["score"])) == 0  # <1200 → 0, not 3
