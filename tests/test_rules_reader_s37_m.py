"""Readings of session 37 helper m, through the user's entry points: a rubric scored by `pingfen score --json` and its
workbook recalculated by LibreOffice. The neighbours refused (a sample in 批次 with the deduction per 份, two shares of
one bin's capacity, steps of a share, points taken from 考核总分, deductions past the named part's points) are rows of tests/data/refusals.yaml. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S37_M = Path(__file__).parent / "data" / "new_readings_rubric_s37_m.yaml"
EXPECTED_S37_M = {
    "1.1": ("2", "抽检30批次只是抽样：2批次不合格，每批次扣0.5分：3−1=2"),
    "1.2": ("1.7", "抽取30例只是抽样：3例书写不规范，每例扣0.1分：2−0.3=1.7"),
    "2.1": ("20", "地面垃圾2处−10，污垢1处−5，垃圾桶超过容量2/3且未倒掉−5：40−20=20"),
    "2.2": ("1", "水箱不足容积1/2且未补水−2，通道堵塞2处−2：5−4=1"),
    "2.3": ("2.5", "台账缺1项−0.5：3−0.5=2.5"),
    "3.1": ("3", "按每项1分扣除：2项未落实，5−2=3"),
    "3.2": ("8.6", "7项不等，每项扣0.2分：10−1.4=8.6（直至扣完10分）"),
}


def test_s37_m_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A sample drawn by 抽检 / 抽取 before a deduction per unit found in it, and faults named with a share of their own
    capacity, 按每项N分…扣除 and 直至扣除“X”中的分值N分: `pingfen score` and the built workbook recalculated by LibreOffice
    give the hand-worked scores and total (2+1.7 + 20+1+2.5 + 3+8.6 = 38.8 of 68, 差 below 40.8)."""
    result = _scored_and_recalculated(RUBRIC_S37_M, EXPECTED_S37_M, Decimal("38.8"), capsys, tmp_path)
    assert result["grade"] == "差"


def test_a_sample_in_batches_is_no_level() -> None:
    """抽检样品30批次 before 每有1批次不合格: how many batches were drawn, never a level the failing batches are compared
    with (once refused as a condition of the deduction)."""
    done = pingfen("抽检样品30批次，每有1批次不合格扣0.5分；检出禁用药物的，本项不得分。（3分）", "--full", "3")
    assert done.returncode == 0 and "每有1批次不合格的，扣0.5分" in done.stdout and "30" not in done.stdout.split("规范写法")[1].split("\n")[0], \
        done.stdout + done.stderr
