"""Readings of session 41 helper ea, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S41_EA = Path(__file__).parent / "data" / "new_readings_rubric_s41_ea.yaml"
EXPECTED_S41_EA = {
    "1.1": ("0", "年份未写明，11月30日是录入的计划日期：12月5日拨付，逾期5天，逾期不得分：0（曾因“11月”无法识别而拒读）"),
    "1.2": ("2", "次年3月31日前：3月28日报送，未逾期，记2分（曾因“3月”无法识别而拒读）"),
    "1.3": ("1.5", "暑期内（8月31日前）即8月31日前：9月15日完工，逾期15天≤30天（9月30日），1.5（曾因“8月”无法识别而拒读）"),
    "1.4": ("1", "完成全部隐患点汛前排查，其后“完成”是同一事项：5月16日完成，逾期1天≤16天（5月31日），1（曾因“5月”无法识别而拒读）"),
    "1.5": ("2", "未按时报送即逾期：3月14日报送，在3月15日前，2"),
    "1.6": ("1.5", "全年4次均按时即各次均按时：1次不按时，2−0.5=1.5（曾因“4次”无法识别而拒读）"),
    "1.7": ("1", "12个县参加排名，第9-12名即第9名及以后：第12名得1分（曾因“12个”无法识别而拒读）"),
}


def test_s41_ea_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A year-less deadline said once with its lateness scoring nothing, a named time with its deadline in brackets, a
    deed named at length then said shorter, 未按时 closing a ladder, the count of all the units met with a step per one
    missed, the number ranked closing the last band: `pingfen score` and the built workbook recalculated by LibreOffice
    give the hand-worked scores and total (0+2+1.5+1+2+1.5+1 = 9 of 18, grade 差: 9 < 10.8)."""
    result = _scored_and_recalculated(RUBRIC_S41_EA, EXPECTED_S41_EA, Decimal("9"), capsys, tmp_path)
    assert result["grade"] == "差"
