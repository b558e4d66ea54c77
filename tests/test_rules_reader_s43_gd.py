"""Readings of session 43 helper gd, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S43_GD = Path(__file__).parent / "data" / "new_readings_rubric_s43_gd.yaml"
EXPECTED_S43_GD = {
    "1.1": ("0", "计划2024年10月31日，实际11月5日完成，逾期5天：未按期完成不得分（曾读作完成率≥目标值，逾期完成也得3分）"),
    "1.2": ("3", "(30×100+50×90+20×70+0)/100=89，85≤89<90：3分（曾因“分别赋值100、90、70、0”无法识别而拒读）"),
    "1.3": ("5.04", "(50×1+30×0.8+20×0.5)/100=84%，84%×6=5.04（∑ 曾未识别为求和而拒读）"),
    "1.4": ("2.5", "(72×1+20×0.6)/100=84%，比90%低6个百分点=3档×0.5=1.5，4-1.5=2.5（曾因“不满意计0分”而拒读）"),
    "1.5": ("1", "2023年9月30日前应完成，10月15日完成，逾期15天，不足10天按10天计=2档×0.5=1，2-1=1（曾需录入计划完成日期）"),
    "1.6": ("2", "计划竣工2023年8月25日，9月5日完工，逾期11天，在1-15天（含）：2分（曾需录入计划完成日期）"),
    "1.7": ("1", "2024年11月30日前应完工，12月20日完成：逾期但在年底前，1分（曾需录入等级）"),
    "1.8": ("2.4", "评定为良：2.4分（曾因“分别得3分、2.4分…”无法识别而拒读）"),
    "1.9": ("1", "评价结果为合格：1分（曾因“对应得分”无法识别而拒读）"),
    "1.10": ("2", "评价等级B（良好）：2分（曾因“A（优秀）3分、B（良好）2分”无法识别而拒读）"),
}


def test_s43_gd_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """按期 before 完成…任务 scored by the day the task was done, survey credits out of 100 (or of 1, said 计N分), the
    deadline printed after 按计划于 or named before 按期, a tier of lateness closed by the year's end, and grades listed
    before their points: `pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores
    and total (0+3+5.04+2.5+1+2+1+2.4+1+2 = 19.94 of 33, grade 中: 19.8 ≤ 19.94 < 26.4)."""
    result = _scored_and_recalculated(RUBRIC_S43_GD, EXPECTED_S43_GD, Decimal("19.94"), capsys, tmp_path)
    assert result["grade"] == "中"
