"""Readings of session 40 helper db, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S40_DB = Path(__file__).parent / "data" / "new_readings_rubric_s40_db.yaml"
EXPECTED_S40_DB = {
    "1.1": ("4", "100%>完成率≥85%即85%≤完成率<100%：85%在其中，4（曾因“只写了条件，没有写得分”而拒读）"),
    "1.2": ("3", "95%≥满意度>90%即90%<满意度≤95%：95%含在此档，3（满意度>95%不含95%）"),
    "1.3": ("2", "达到90%、不足95%是一档的两端：92%在90%-95%之间，2（曾因“只写了条件，没有写得分”而拒读）"),
    "1.4": ("2", "为B档只是档名：86分在80分（含）至90分之间，2（曾因“90”无法识别而拒读；不带“的”时90分曾被读作90%）"),
    "1.5": ("3", "为良好只是等次名：75分（含）至90分为良好，75分含在内，3"),
    "1.6": ("0", "自评表一行：实际完成值99.4%是填入的值，不是要求；录入98.9%<99%，未达到不得分：0（曾因“3”无法识别而拒读）"),
    "1.7": ("2.5", "实际144元/人次是填入的值，分值3即3分：144>120，120/144×3=2.5（曾因“144元/人次”无法识别而拒读）"),
    "1.8": ("1", "记1即记1分：30小时在24-48小时之间，1（曾因“1.5”无法识别而拒读）"),
    "1.9": ("3", "记3份即记3分：105场在100-119场之间，3（曾因“4份”无法识别而拒读）"),
}


def test_s40_db_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A band's ends from the top down (either mark), a band's two ends listed with 、, a tier's name between the level
    and its points, a 自评表 row's cells apart by gaps with the value pasted in its 实际完成值 cell and a bare 分值,
    points after 记 with no 分, 份 typed for 分: `pingfen score` and the built workbook recalculated by LibreOffice give
    the hand-worked scores and total (4+3+2+2+3+0+2.5+1+3 = 20.5 of 34.5, grade 差: 20.5 < 20.7)."""
    result = _scored_and_recalculated(RUBRIC_S40_DB, EXPECTED_S40_DB, Decimal("20.5"), capsys, tmp_path)
    assert result["grade"] == "差"
