"""Readings of session 48 by helper hf (corpus53's first pass): options that compare two amounts entered by name —
X不低于Y / X低于Y / [X]与Y持平, the amount compared in one option the subject of the next that names none (低于上年利用率的) —,
持平或下降 beside this year's and last year's value of one measure, and above / below last year (高于 / 多于 / 低于 /
少于上年) beside 持平 scored, as the three ways the measure moved (counts as bands of the change, rates as the ways
their two values moved); and the refusals beside them (基本持平, a judgement; a fall of less than 3 points in no
clause). Scored by `pingfen score --json` and its workbook recalculated by LibreOffice; every expected score is worked
by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _refused_through_cli, _scored_and_recalculated

RUBRIC_S48_HF = Path(__file__).parent / "data" / "new_readings_rubric_s48_hf.yaml"
EXPECTED_S48_HF = {
    "1.1": ("2", "本年升学率91.5%与上年91.5%持平：2分"),
    "1.2": ("3", "320户多于上年280户：3分"),
    "1.3": ("2", "6.1%与全市平均增幅6.1%持平：2分"),
    "1.4": ("1", "1100件少于上年1180件（下降）：持平或下降，1分"),
    "1.5": ("0", "93%低于上年95%：0分"),
    "1.6": ("0.5", "49990册次少于上年50000册次：0.5分"),
    "1.7": ("1.5", "84200人次与上年相同：持平，1.5分"),
    "1.8": ("3", "2起少于上年4起：3分"),
    "1.9": ("1", "42与上年42相同，不高于上年：1分"),
}


def test_s48_hf_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (2 + 3 + 2 + 1 + 0 + 0.5 + 1.5 + 3 + 1 = 14 of 26, 差: 14 < 15)."""
    result = _scored_and_recalculated(RUBRIC_S48_HF, EXPECTED_S48_HF, Decimal("14"), capsys, tmp_path)
    assert result["grade"] == "差"


@pytest.mark.parametrize("rule, full, kind", [
    # counts above / below last year beside 持平: bands of the change over last year
    ("门诊服务量（3分）：本年门诊人次多于上年门诊人次的得3分，持平的得1.5分，少于上年门诊人次的不得分。", "3", "较上年增长率>0%得3分"),
    ("安全生产（3分）：本年事故起数少于上年的得3分，与上年持平的得1分，多于上年的不得分。", "3", "较上年下降率>0%得3分"),
    # a rate: the ways its two values moved, scored from both years' rates
    ("垃圾分类（2分）：本年垃圾分类覆盖率高于上年垃圾分类覆盖率的得2分，与上年持平的得1分，低于上年的不得分。", "2", "垃圾分类覆盖率较上年提高2分"),
    # amounts compared by name
    ("固定资产利用率（3分）：本年利用率不低于上年利用率的得3分，低于上年利用率的不得分。", "3", "本年利用率不低于上年利用率3分"),
])
def test_s48_hf_readings_through_pingfen_rule(rule: str, full: str, kind: str) -> None:
    done = pingfen(rule, "--full", full)
    assert done.returncode == 0 and kind in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, named", [
    # 基本持平: a judgement of how near is level
    ("门诊服务量（3分）：本年门诊人次多于上年门诊人次的得3分，基本持平的得1.5分，少于上年门诊人次的不得分。", "3", "基本持平的得1.5分"),
    # a fall of less than 3 points is in no clause
    ("毕业生就业率（4分）：本年就业率高于上年的得4分，与上年持平的得2分，低于上年3个百分点以上的不得分。", "4", "本年就业率高于上年的得4分"),
])
def test_s48_hf_refusals_name_the_clause(rule: str, full: str, named: str) -> None:
    _refused_through_cli(rule, full, named)
