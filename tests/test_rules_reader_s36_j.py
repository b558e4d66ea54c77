"""Readings of session 36 helper j, through the user's entry points: a rubric scored by `pingfen score --json` and its
workbook recalculated by LibreOffice, and a point's own zero no longer read as the item's. The neighbours refused (a
level of another rate after 抽查, a 覆盖率 that does not count the units meeting the standard, an all-met total that is
not the points' sum, 三落实 of two named) are rows of tests/data/refusals.yaml. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S36_J = Path(__file__).parent / "data" / "new_readings_rubric_s36_j.yaml"
EXPECTED_S36_J = {
    "1.1": ("2", "抽查40份只是抽样方法：合格率92.5%在90%（含）-95%之间，得2分"),
    "1.2": ("1.5", "走访达标率85%比90%低5个百分点，每降低1个百分点扣0.3分：3−1.5=1.5"),
    "1.3": ("1.5", "少演练1次，扣0.5分：2−0.5=1.5"),
    "1.4": ("1", "缺巡30次×0.05=1.5分，最多扣1分：2−1=1"),
    "2.1": ("3", "四项中①③④落实到位，每项1分：3分"),
    "2.2": ("2", "三项中满足两项，每项1分（全部满足3分即3×1）：2分"),
    "2.3": ("1.5", "②未做到，不得该项1.5分：1.5分"),
    "2.4": ("2", "所列三项中缺工作台账一项，扣1分：3−1=2"),
}


def test_s36_j_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A sample before a banded rate, a 达标率 of a per-household standard, misses of a quarterly and a daily
    requirement, points listed before the sentence giving each one's points, things named in a list each missing one
    deducted: `pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (2+1.5+1.5+1 + 3+2+1.5+2 = 14.5 of 23, 中)."""
    result = _scored_and_recalculated(RUBRIC_S36_J, EXPECTED_S36_J, Decimal("14.5"), capsys, tmp_path)
    assert result["grade"] == "中"


def test_a_points_own_zero_is_not_the_items() -> None:
    """不符合的该要点不得分 after 每项0.5分: the point not met loses its 0.5, the others keep theirs — once read as 如不符合的
    该要点，此项不得分 beside a count of points (a veto zeroing all 2 points)."""
    done = pingfen("评价要点：①是否制定资金管理办法；②是否按规定履行政府采购程序；③是否建立项目台账；④是否按要求开展绩效监控。"
                   "每项0.5分，共2分，不符合的该要点不得分。", "--full", "2")
    assert done.returncode == 0 and "评价要点共4项，每项0.5分" in done.stdout and "此项不得分" not in done.stdout, \
        done.stdout + done.stderr
