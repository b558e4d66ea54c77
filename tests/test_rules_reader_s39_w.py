"""Readings of session 39 helper w, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S39_W = Path(__file__).parent / "data" / "new_readings_rubric_s39_w.yaml"
EXPECTED_S39_W = {
    "1.1": ("3.6", "自评表各栏分行、无指标名，实际完成值栏空白：81/90=0.9，×4=3.6（曾因“未填写的模板”而拒读）"),
    "1.2": ("5", "各栏以分号分开，空白带单位（____人次）：少60人次=2个30人次，6−1=5（曾因“未填写的模板”而拒读）"),
    "1.3": ("4.6", "实际完成值栏已填460户（与指标值同单位）：460/500=0.92，×5=4.6（曾因“460户没有用于计分”而拒读）"),
    "1.4": ("2", "各栏以句号分开，空白带%（____%）：低于95%两个百分点，3−2×0.5=2（曾因“未填写的模板”而拒读）"),
    "1.5": ("3", "上级下达的任务50公里即完成率的基数：46/50=92%，在90%（含）-100%之间：3（曾因“两个不同的要求”而拒读）"),
    "1.6": ("2", "开工率即计划20个项目中开工的比例：17/20=85%，在80%（含）-100%之间：2（曾因“两个不同的要求”而拒读）"),
    "1.7": ("1.5", "册次为计数单位：10800/12000=90%，低10%扣0.5：2−0.5=1.5"),
}


def test_s39_w_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A 自评表 row copied with its cells apart by lines, semicolons or 。 and no name before the 年度指标值: the
    实际完成值 cell, blank or filled in the target's unit, is what the evaluator enters, and a bare 未完成的， before the
    formula is the target not done; a task assigned (下达…任务) or a plan's count before the bands of its 完成率 or 开工率
    is what the rate is taken of. `pingfen score` and the built workbook recalculated by LibreOffice give the
    hand-worked scores and total (3.6+5+4.6+2 = 15.2, +3+2+1.5 = 21.7 of 27, grade 良: 21.6 ≤ 21.7 < 24.3)."""
    result = _scored_and_recalculated(RUBRIC_S39_W, EXPECTED_S39_W, Decimal("21.7"), capsys, tmp_path)
    assert result["grade"] == "良"
