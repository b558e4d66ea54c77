"""Readings of session 39 helper z, through the user's entry points: a formula beside sentences that say only what it
gives anyway (full marks above the plan it divides by, full marks where a part of it is 0, the level its other side
reaches, a floor at 0 or a cap at the 分值 in words) read as the formula alone; a sentence that scores otherwise there
is named. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.rules import RuleError, parse_rule
from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S39_Z = Path(__file__).parent / "data" / "new_readings_rubric_s39_z.yaml"
EXPECTED_S39_Z = {
    "1.1": ("2", "66/60×2=2.2，超过计划按满分：2分"),
    "1.2": ("2.85", "结余率20/400=5%，(1-5%)×3=2.85"),
    "1.3": ("2.4", "低于上年：2400/3000×3=2.4"),
    "1.4": ("1.7", "|230-200|/200=15%，(1-15%)×2=1.7"),
    "1.5": ("3.88", "6/200=3%，(1-3%)×4=3.88"),
}


def test_s39_z_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (2 + 2.85 + 2.4 + 1.7 + 3.88 = 12.83 of 14, 优: 12.83 ≥ 12.6)."""
    result = _scored_and_recalculated(RUBRIC_S39_Z, EXPECTED_S39_Z, Decimal("12.83"), capsys, tmp_path)
    assert result["grade"] == "优"


@pytest.mark.parametrize("rule, canonical", [
    ("按实际吸纳人数/计划吸纳人数×2分计算，超过计划的按满分计。", "得分=实际吸纳人数/计划吸纳人数×2，最高2分"),
    ("得分=（1-闲置率）×4，闲置率为0的得满分。", "得分=(1-闲置率)×4，最高4分"),
    ("得分=实际完成造林面积/计划造林面积×分值，最高为分值。", "得分=实际完成造林面积/计划造林面积×分值"),
    ("指标得分=(1-|实际完成值-年度指标值|/年度指标值)×分值，结果小于0的计0分。", "得分=(1-|实际完成值-年度指标值|/年度指标值)×分值"),
    ("得分=（1－超支金额/预算金额）×分值，未超支的得满分。", "得分=(1-超支金额/预算金额)×分值"),
])
def test_what_the_formula_gives_anyway_is_the_formula(rule: str, canonical: str) -> None:
    read = parse_rule(rule)
    assert read.kind == "formula" and read.canonical() == canonical
    assert parse_rule(read.canonical()).canonical() == canonical  # the 规范写法 reads back to the same rule


@pytest.mark.parametrize("rule, named", [
    ("得分=（1-结余率）×3，结余率为0的得2分。", "结余率为0的得2分"),  # (1-0)×3 = 3, not 2
    ("按实际吸纳人数/计划吸纳人数×2分计算，超过计划的得3分。", "超过计划的得3分"),  # the formula reaches 2 at the plan
    ("本年培训人次不低于上年的得3分；低于上年的，得分=本年培训人次/上年培训人次×2。", "本年培训人次不低于上年的得3分"),
])
def test_points_the_formula_does_not_give_there_are_named(rule: str, named: str) -> None:
    with pytest.raises(RuleError) as refused:
        parse_rule(rule)
    assert refused.value.fragment == named and "与计分公式在这一情形下算得的得分不同" in str(refused.value)


def test_above_last_year_the_formula_is_kept_to_its_points() -> None:
    """3300 against 3000 last year: 3300/3000×3 = 3.3, kept to the 3 the level gives."""
    done = pingfen("本年服务人次不低于上年的得3分；低于上年的，得分=本年服务人次/上年服务人次×3。", "--full", "3")
    assert done.returncode == 0 and "规范写法：得分=本年服务人次/上年服务人次×3，最高3分" in done.stdout, done.stdout + done.stderr
