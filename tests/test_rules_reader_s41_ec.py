"""Readings of session 41 helper ec, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S41_EC = Path(__file__).parent / "data" / "new_readings_rubric_s41_ec.yaml"
EXPECTED_S41_EC = {
    "1.1": ("3", "15-20万人次即15万至20万人次：16万人次在其中，3（曾把15读作15人次，因“分档区间重叠”而拒读）"),
    "1.2": ("2", "30-50万人次即30万至50万人次，下端含在内：30万人次得2"),
    "1.3": ("5", "未发生即前一句情形未发生：未发生严重内涝，得5（曾读作须录入等级）"),
    "1.4": ("0", "前一句只是名称；发生疫苗报废事故，本指标计0分：0（曾读作评价要点“疫苗…管理，未发生”）"),
    "1.5": ("3", "“部门整体绩效评价等级直接评定为差”不是本指标的得分；未发生较大事故，得3"),
    "1.6": ("1", "八成五即85%，七成五即75%：80%在75%-85%之间，1（曾因读不出八成五而须录入等级）"),
}


def test_s41_ec_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A range's 万 said once for both ends (15-20万人次), and a veto said with its other side (…的，本指标不得分；
    未发生的得N分) after a name, a situation opening with when and why, or a consequence outside the score, and a share
    in tenths and hundredths (八成五): `pingfen score` and the built workbook recalculated by LibreOffice give the
    hand-worked scores and total (3+2+5+0+3+1 = 14 of 22, grade 中: 13.2 ≤ 14 < 17.6)."""
    result = _scored_and_recalculated(RUBRIC_S41_EC, EXPECTED_S41_EC, Decimal("14"), capsys, tmp_path)
    assert result["grade"] == "中"
