"""Readings of session 43 helper ge, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S43_GE = Path(__file__).parent / "data" / "new_readings_rubric_s43_ge.yaml"
EXPECTED_S43_GE = {
    "1.1": ("1", "每月10日前发放到位得2分，延迟发放2个月×0.5=1，2-1=1（曾因数值“10日”无法识别而拒读）"),
    "1.2": ("2", "30日内拨付是每笔的时限，未按时拨付2笔×0.5=1，3-1=2（曾因“逐项扣分的句子中出现了无法识别的条件”而拒读）"),
    "1.3": ("1.1", "按时报送月报12次得2分，迟报2次×0.2=0.4，漏报1次×0.5=0.5，2-0.9=1.1（曾被读作“≤12次得2分，每超过1次扣0.2分”）"),
    "1.4": ("3", "目标值35%，33%低2个百分点×0.5=1，4-1=3；33%不低于30%（曾因“低于30%”是否从目标值算起而拒读）"),
    "1.5": ("2", "保存率100%即每株都保存，死亡1株×1=1，3-1=2（曾因得分情形含水平无法与扣分合并而拒读）"),
}


def test_s43_ge_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A due day each period with the late periods counted, a time limit with the cases past it counted (未按时), a
    count of reports awarded with the late and the missing ones each deducted, a floor below a printed target, and a
    rate at 100% with each tree lost counted: `pingfen score` and the built workbook recalculated by LibreOffice give
    the hand-worked scores and total (1+2+1.1+3+2 = 9.1 of 14, grade 中: 8.4 ≤ 9.1 < 11.2)."""
    result = _scored_and_recalculated(RUBRIC_S43_GE, EXPECTED_S43_GE, Decimal("9.1"), capsys, tmp_path)
    assert result["grade"] == "中"
