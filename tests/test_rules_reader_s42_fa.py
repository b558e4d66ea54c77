"""Readings of session 42 helper fa, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S42_FA = Path(__file__).parent / "data" / "new_readings_rubric_s42_fa.yaml"
EXPECTED_S42_FA = {
    "1.1": ("2", "标题4分即各档最高分，扣分从档分中扣：98%≤98.5%<99%得3分，差评2件×0.5=1，3-1=2（曾因“每件扣0.5分”无法识别而拒读）"),
    "1.2": ("2.5", "上岗率90%<100%，90%×5=4.5；拒不接收的单位2家×1=2，4.5-2=2.5（曾因“每家扣1分”无法识别而拒读）"),
    "1.3": ("1.5", "95%≤97%<100%得2分；“再扣”是前一句情形之外再扣：1处×0.5，2-0.5=1.5（曾被读作按每次超过的处数再扣而拒读）"),
    "1.4": ("1.8", "办结率97%，少3个百分点×0.4=1.2，4-1.2=2.8；“另扣”投诉2起×0.5=1，2.8-1=1.8（本项最低0分）"),
    "1.5": ("2", "本年投诉举报率0.8%<上年1%，属“较上年下降”，得2分（曾需录入等级）"),
    "1.6": ("0", "本年安全事故发生率5%>上年4%，属“上升”，不得分（冒号前的比率曾被当作下降幅度：5%>0%得4分）"),
    "1.7": ("2", "本年18万元<上年20万元，较上年下降率=(20-18)/20=10%>0%，得2分（标题中的“2分”曾使其读作评价要点）"),
    "1.8": ("4.5", "107%≥100%得4分，超过7个百分点即1个整档5%，加0.5分：4.5（本项最高5分=4+最多加1分；曾因“本项最高5分”无法识别而拒读）"),
}


def test_s42_fa_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Bands (or a level then its formula) with faults deducted on top when the heading's points are the measure's
    most, 再 / 另 after a situation said just before, 本项最低0分, the way a measure moved from last year answered
    by both years' values, and the item's highest said again after points added on top: `pingfen score` and the built
    workbook recalculated by LibreOffice give the hand-worked scores and total (2+2.5+1.5+1.8+2+0+2+4.5 = 16.3 of 29,
    grade 差: 16.3 < 17.4)."""
    result = _scored_and_recalculated(RUBRIC_S42_FA, EXPECTED_S42_FA, Decimal("16.3"), capsys, tmp_path)
    assert result["grade"] == "差"
