"""Readings added in session 40 by helper dc, through the user's entry points: a rubric with one leaf per reading
scored by `pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from helpers_rules import score_leaf
from pingfen.rules import RuleError, parse_rule
from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S40_DC = Path(__file__).parent / "data" / "new_readings_rubric_s40_dc.yaml"

EXPECTED_S40_DC = {
    "1.1": ("3", "任务25公里，完成20公里=80%，较100%少20%=2个10%，2×1=2：5-2=3"),
    "1.2": ("1", "应发放12000张，发放11400张=95%，少5个百分点，5×0.2=1：2-1=1"),
    "1.3": ("4.25", "80%较85%少5%=1步，每步扣分值的15%=5×15%=0.75：5-0.75=4.25"),
    "1.4": ("4", "90%较100%少10%=1步，每步扣满分的20%=5×20%=1：5-1=4"),
    "1.5": ("2", "96%在95%-98%之间，扣1分：3-1=2"),
    "1.6": ("3.2", "计划500张，建成460张少40张=4个10张，4×0.2=0.8（未到最多扣3分）：4-0.8=3.2"),
    "1.7": ("1.5", "计划1200户，完成1140户=95%，少5%，5×0.3=1.5：3-1.5=1.5"),
}


def test_session40_dc_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A plan's quantity then steps of its 完成率 (and of 发放率 after 应发放), a share of the 分值 per step (bare beside
    满分, and with (满分5分) after it), bands written 条件，扣N分, a plan then steps short of it in its unit, a plan
    then 完成计划 and steps in % of it: `pingfen score` and the recalculated workbook give the hand-worked scores and total
    (3+1+4.25+4+2+3.2+1.5 = 18.95 of 27, grade 中)."""
    result = _scored_and_recalculated(RUBRIC_S40_DC, EXPECTED_S40_DC, Decimal("18.95"), capsys, tmp_path)
    assert result["grade"] == "中"


def test_a_plan_before_steps_of_another_rate_is_no_share_of_it(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """应发放12000张 before 发放率 steps is the share issued; before 合格率 steps the 12000 is no base of the rate, and the
    reader refuses rather than scoring 合格率 against it."""
    assert Decimal(str(score_leaf(tmp_path, capsys, "应发放12000张，发放率每低1个百分点扣0.2分，扣完为止（2分）", 2,
                                  {"actual": "10800张"})["score"])) == 0  # 90%: 10 points × 0.2 = 2 → 0
    with pytest.raises(RuleError, match="合格率每低1%扣0.2分"):
        parse_rule("应发放12000张，合格率每低1个百分点扣0.2分，扣完为止（2分）")
