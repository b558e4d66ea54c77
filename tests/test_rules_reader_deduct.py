"""A full-mark statement followed by deductions and zeroing situations (issue 9, reader-deduct), through the
user's entry points: `pingfen score --json` on a rubric with one leaf per reading, and the same rubric built
into a workbook that LibreOffice recalculates to the same values. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _libreoffice_agrees, _numbers, _scores

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_reader_deduct.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("1", "投诉2次×0.5=1，2−1=1；未发生通报"),
    "1.2": ("0", "发生通报，不得分"),
    "1.3": ("1", "其他保险缺失1项，2−1=1；强制险未缺失"),
    "1.4": ("1", "延迟拨付2天，3−2=1（最多扣3分）；国库制度情形未出现"),
    "1.5": ("1", "1项未达要求，2−1=1"),
    "1.6": ("0.5", "1项不达标，1−0.5=0.5"),
    "1.7": ("1", "少开展或质量不符1次，2−1=1"),
    "1.8": ("4", "拖延2次×2=4，缺席1次×2=2，10−6=4"),
    "1.9": ("2.5", "(1)按时报送1分；(2)缺失1项，2−0.5=1.5；合计2.5"),
    "1.10": ("3", "发现2处，5−2=3；无露天焚烧"),
    "1.11": ("3.5", "1项不达标，5−1.5=3.5"),
    "1.12": ("6", "建成面积97%，少3%扣3分得12分；质量问题8项扣8分，最多扣6分：12−6=6"),
}
TOTAL = Decimal("24.5")  # 1+0+1+1+1+0.5+1+4+2.5+3+3.5+6


def test_deductions_and_zeroing_are_scored_and_recalculated(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    result = _scores(RUBRIC, EXPECTED, capsys)
    assert Decimal(str(result["total"])) == TOTAL and result["grade"] == "良"  # 24.5 ≥ 22
    scores = {row["code"]: row for row in result["indicators"]}
    assert scores["1.2"]["explanation"] == "发生通报，此项不得分，得0分"
    assert scores["1.12"]["explanation"].endswith("；质量未达到设计要求8项，扣6分（最多扣6分）；得6分")
    mine = _libreoffice_agrees(RUBRIC, tmp_path)
    assert TOTAL in _numbers(mine)


def test_numbered_items_that_add_up_are_parts() -> None:
    """Once read as a situation with a rate band as its otherwise (12% scored 4; test_rules_misreads.py): each
    numbered item is its own rule, and the score is their sum."""
    from pingfen.rules import evaluate_rule, parse_rule

    rule = parse_rule("1、区(县)级财政安排了小型农田水利投入,得4分。\n2、区(县)级财政小型农田水利投入达到中央和省级投入的10%以上,得2分。")
    assert evaluate_rule(rule, {"met": [True], "rate": "12%"}, 6).value == 6  # 4 + (12% ≥ 10% → 2)
    assert evaluate_rule(rule, {"met": [True], "rate": "9%"}, 6).value == 4  # 4 + (9% < 10% → 0)
    assert evaluate_rule(rule, {"met": [False], "rate": "5%"}, 6).value == 0
