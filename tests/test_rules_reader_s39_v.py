"""Readings of session 39 helper v, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S39_V = Path(__file__).parent / "data" / "new_readings_rubric_s39_v.yaml"
EXPECTED_S39_V = {
    "1.1": ("0.5", "10秒内是接听率的名称：97%比100%少3个百分点，每个扣0.5分：2−1.5=0.5（曾因“100%”无法识别而拒读）"),
    "1.2": ("3", "九年是巩固率的名称：97%≥96%，3（曾因“9年”无法识别而拒读）"),
    "1.3": ("1", "56人以上是大班额的名称：7%在5%-10%（含）之间，1（曾因“5%”无法识别而拒读）"),
    "1.4": ("1.4", "85万㎡即850000平方米：82万㎡少3万㎡，每1万㎡扣0.2分：2−0.6=1.4（曾因“1”无法识别而拒读）"),
    "1.5": ("2", "上年水平（12人）即不超过12人：13人超过1人，扣1分：3−1=2（曾因“12人”无法识别而拒读）"),
    "1.6": ("4", "括号里的15秒内是接通率的定义：90%比92%少2个百分点，每个扣分值的10%（0.5分）：5−1=4（曾因“92%”无法识别而拒读）"),
    "1.7": ("3", "得3分后的（含95%）是95%以上的界限：95%含在内，3（曾因“95%”无法识别而拒读）"),
    "1.8": ("3", "全部达标(100%)即达标率100%；八成以上不足百分之百即80%-100%：85%，3（曾因“100%”无法识别而拒读）"),
    "1.9": ("3", "前10位即前10名：第12位在11-20位之间，3（曾因“10”无法识别而拒读）"),
    "1.10": ("2", "（满分100）是得分的分制：80分在75分（含）至85分之间，2（曾因“100”无法识别而拒读）"),
}


def test_s39_v_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A time span in seconds naming a rate, years before a long name, a size setting apart the group a share counts,
    square metres after 万, a reference's value in brackets after its name, a period in the rate's defining bracket
    before its 目标值, an inclusion mark after the band's points, the whole in words then in figures, places called 位, a
    score's scale in brackets: `pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked
    scores and total (0.5+3+1+1.4+2+4+3+3+3+2 = 22.9 of 31, grade 中: 18.6 ≤ 22.9 < 24.8)."""
    result = _scored_and_recalculated(RUBRIC_S39_V, EXPECTED_S39_V, Decimal("22.9"), capsys, tmp_path)
    assert result["grade"] == "中"
