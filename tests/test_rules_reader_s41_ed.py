"""Readings of session 41 helper ed, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S41_ED = Path(__file__).parent / "data" / "new_readings_rubric_s41_ed.yaml"
EXPECTED_S41_ED = {
    "1.1": ("3", "4项各1分，③培训不足10期不符合：1+1+0+1=3（曾因“每项1分”无法与其他语句组成计分方法而拒读）"),
    "1.2": ("4.5", "4项各1.5分，④基本药物不足50种不符合：3×1.5=4.5（曾被拒读）"),
    "1.3": ("1.5", "空格隔开的1、2、3、4、是4项，各0.5分，②不符合：3×0.5=1.5（曾被拒读；不含数值时曾读作1项）"),
    "1.4": ("2.5", "空格隔开的1.至6.是6项，各0.5分，⑥不符合：5×0.5=2.5（曾被拒读；含数值的第1项不能漏数）"),
    "1.5": ("2.4", "分值3分；38%比40%少2个百分点×0.3=0.6：3-0.6=2.4（曾因“水平写在扣分之后”而拒读）"),
    "1.6": ("1", "分值2分；180人比200人少20人=2个10人×0.5=1：2-1=1"),
    "1.7": ("2", "每多发生1起即每超过3起1起：5起超过2起×1=2，未发生重大火灾：4-2=2（曾因“无法识别的条件”而拒读）"),
    "1.8": ("1.25", "扣至0分止即扣完为止：92%比95%少3个百分点×0.25=0.75：2-0.75=1.25（曾因“扣”没有写明扣多少分而拒读）"),
}


def test_s41_ed_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A list's points each holding a level of its own then 每项N分, list numbers spaced off on one line (N、 and N.),
    分值N分 between a level and its steps, 每多发生1起 past a ceiling and 扣至0分止: `pingfen score` and the built workbook
    recalculated by LibreOffice give the hand-worked scores and total (3+4.5+1.5+2.5+2.4+1+2+1.25 = 18.15 of 26, grade
    中: 15.6 ≤ 18.15 < 20.8)."""
    result = _scored_and_recalculated(RUBRIC_S41_ED, EXPECTED_S41_ED, Decimal("18.15"), capsys, tmp_path)
    assert result["grade"] == "中"
