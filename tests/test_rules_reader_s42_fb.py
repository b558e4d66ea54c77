"""Readings of session 42 helper fb, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S42_FB = Path(__file__).parent / "data" / "new_readings_rubric_s42_fb.yaml"
EXPECTED_S42_FB = {
    "1.1": ("2.5", "各街道按办结率分档后相加：97.2%→1，94%→0.5，89%→0，95%→1，合计2.5（曾因“写明的总分4分与各项得分不一致”而拒读）"),
    "1.2": ("3.25", "各季度按准点率分档后取平均：92%→5，88%→3，84%→0，95%→5，(5+3+0+5)/4=3.25（曾因公式多出内容而拒读）"),
    "1.3": ("3", "各灌区按完成目标10公里的比例分档后相加：105%→1，92%→0.5，85%→0，100%→1，90%→0.5，合计3"),
    "1.4": ("3.4", "各中心达到3000人次得1分，未达到按比例：1+2700/3000+1+1500/3000=1+0.9+1+0.5=3.4"),
    "1.5": ("3.8", "各合同按完成比例计分（每个合同满分即本项4分）再取平均：(4+3.6+3.8)/3=3.8"),
    "1.6": ("2.25", "各季度达到90%得4分，每低1个百分点扣0.5分：95%→4，88%→3，86%→2，80%→0，平均2.25"),
    "1.7": ("1.95", "各乡镇分档：97%→1，92%→0.6，88%→0，95%→1，之和2.6÷4×3=1.95"),
}


def test_s42_fb_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Units (街道, 灌区, 中心, 合同, 乡镇) and quarters assessed one by one by one rule — bands on each unit's own rate,
    a share of each unit's own target, a level with the share below it, steps below a level — their scores added or
    averaged: `pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (2.5+3.25+3+3.4+3.8+2.25+1.95 = 20.15 of 29, grade 中: 17.4 ≤ 20.15 < 23.2)."""
    result = _scored_and_recalculated(RUBRIC_S42_FB, EXPECTED_S42_FB, Decimal("20.15"), capsys, tmp_path)
    assert result["grade"] == "中"
