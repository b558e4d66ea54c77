"""Readings of session 38 helper p through the user's entry points: a rubric with one leaf per reading (a rate at 100%
before faults of several kinds, one of them what the rate counts; a time limit's rate failing by late reports; the
rate's shortfall said again before its faults; 每迟报1例 as each late report; an allowance that costs nothing, then each
unit beyond it; the item's points said first, 分值：2分。) scored by `pingfen score --json`, and the same rubric built into a workbook that LibreOffice
recalculates to the same scores. Every expected score is worked by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.rules import RuleError, parse_rule
from test_rules_new_readings import _scored_and_recalculated

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_s38_p.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("1.5", "迟报1例扣0.5分，漏报0例：2-0.5=1.5"),
    "1.2": ("2", "迟报1起扣1分，漏报0起：3-1=2"),
    "1.3": ("3", "1个问题未整改扣1分：4-1=3"),
    "1.4": ("2", "迟报2例×0.5=1分，未发生瞒报、漏报：3-1=2"),
    "1.5": ("3", "超出区要求2宗次×1=2分，重点督办1宗次×5=5分：10-7=3"),
    "1.6": ("1", "迟到5次，超出3次的部分2次×0.5=1分：2-1=1"),
    "1.7": ("1.5", "分值2分，台账记录不完整1项扣0.5分：2-0.5=1.5"),
}
TOTAL = Decimal("14")  # 1.5+2+3+2+3+1+1.5


def test_session38_p_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total."""
    result = _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)
    assert result["grade"] == "差"  # 14 < 15.6


@pytest.mark.parametrize("text", [
    # neither fault is what 资金到位率 counts: what the rate short of 100% loses is unsaid
    "资金到位率100%得3分，每发现1笔违规支出扣0.5分，每发现1笔虚列支出扣1分，扣完为止。",
    # the faults start below 90%, not at the 100% that scores
    "整改率100%得4分；低于90%的，每有1个问题未整改扣1分，扣完为止。",
    # days late summed over reports: not what a rate of reports counts
    "报告及时率100%得2分，每迟报1天扣0.5分。",
    # days allowed, times counted beyond them
    "迟到3天以内不扣分，超出部分每次扣0.5分",
    # the 20 days are the time to complete, not days late allowed (once 逾期天数≤20日得2分)
    "在规定时限（20日内）完成得2分，每逾期1天扣0.5分",
])
def test_neighbours_that_stay_refused(text: str) -> None:
    with pytest.raises(RuleError):
        parse_rule(text)


@pytest.mark.parametrize("text, canonical", [
    ("报表报送及时率100%得2分，每迟报1次扣0.5分，每漏报1次扣1分，扣完为止。",
     "报表报送及时率100%得2分；迟报的，每次扣0.5分；漏报的，每次扣1分；扣完为止"),
    ("隐患整改率100%得3分；未达到100%的，每有1处隐患未整改扣0.5分，扣完为止。", "隐患整改率100%得3分；有隐患未整改的，每处扣0.5分；扣完为止"),
    ("迟到3次以内不扣分，超出部分每次扣0.5分，扣完为止。", "实际值≤3次得满分，每超过1次扣0.5分，扣完为止"),
    ("被督办件数低于年度限额的不扣分，超出部分每件扣0.5分。", "被督办件数超出年度限额部分的，每件扣0.5分；扣完为止"),
    ("分值：3分。会议记录不完整的，每次扣0.5分，扣完为止。", "满分为3分；会议记录不完整的，每次扣0.5分；扣完为止"),
])
def test_canonical_of_the_new_readings(text: str, canonical: str) -> None:
    assert parse_rule(text).canonical() == canonical
