"""Readings of session 37 helper l, through the user's entry points: a rubric scored by `pingfen score --json` and its
workbook recalculated by LibreOffice, and the neighbours left refused. The refused neighbours (two days naming two
measures, two days around one lateness, a passing scored at other points or by another amount) are rows of
tests/data/refusals.yaml. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.rules import RuleError, parse_rule
from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S37_L = Path(__file__).parent / "data" / "new_readings_rubric_s37_l.yaml"
EXPECTED_S37_L = {
    "1.1": ("1", "10月底支出进度70%比80%落后10个百分点，即2个5个百分点，每个扣1分：3−2=1"),
    "1.2": ("2", "次年6月30日前开工的比例55%在50%（含）-70%之间：2分"),
    "1.3": ("2", "汛前即5月31日，6月5日入库延迟5天，每天0.2：3−1=2"),
    "1.4": ("2", "次月5日前即4月5日，4月7日发放延迟2天，每天0.5：3−1=2"),
    "2.1": ("12.6", "实际处理量4.2/设计处理量5=0.84，×15=12.6（未超过设计处理量）"),
    "2.2": ("4", "完成量10.5超过合同量10，按满分计：4（10.5/10×4=4.2封顶于4）"),
}


def test_s37_l_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A day before the rate it is taken on, a deadline's day without its year (in brackets, or of the next month), a
    named ratio capped by what passing its divisor scores: `pingfen score` and the built workbook recalculated by
    LibreOffice give the hand-worked scores and total (1+2+2+2 + 12.6+4 = 23.6 of 31, 中)."""
    result = _scored_and_recalculated(RUBRIC_S37_L, EXPECTED_S37_L, Decimal("23.6"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("text", [
    "资金支付进度（4分）：6月底支出进度达到50%得2分，12月底支出进度达到95%得2分。",  # two days: two measures
    "秋季开学前（8月31日）完成得3分，9月15日前完成的每延迟1天扣0.1分。",  # two days around one lateness
    "当月10日前发放到位的得3分，当月20日前发放到位的得1分，之后发放的不得分",  # days of tiers, not lateness counted
    "得分=实际处理量/设计处理量×15分，实际处理量超过设计处理量的按12分计。",  # passing scored at other points
])
def test_neighbours_stay_refused(text: str) -> None:
    with pytest.raises(RuleError):
        parse_rule(text)
