"""Readings of session 37 helper k through the user's entry points: a rubric with one leaf per reading (an average
compared with, its value printed in brackets; bands of a change over last year after the measure is named once, the
other way said bare; the target then its completion, 目标完成的; a sanction outside the score, 撤销…资格; 否则相应扣分 priced by
the faults after it) scored by `pingfen score --json`, and the same rubric
built into a workbook that LibreOffice recalculates to the same scores. Every expected score is worked by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.rules import RuleError, parse_rule
from test_rules_new_readings import _scored_and_recalculated

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_s37_k.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("2", "全县平均水平450公斤，实际430公斤，低20公斤=2个10公斤，3-2×0.5=2"),
    "1.2": ("2", "较上年增长3%，在0-8%一档：2分"),
    "1.3": ("4.5", "9亿元未完成目标10亿元，按比例：9/10×5=4.5"),
    "1.4": ("1.8", "增长6%，在0-10%一档：6%/10%×3=1.8"),
    "1.5": ("1.5", "2.4万元低于全市平均水平3.2万元：2.4/3.2×2=1.5"),
    "1.6": ("3", "否则相应扣分由其后的每迟报1次扣1分写明：迟报2次，5-2=3"),
    "1.7": ("1", "选基本规范：1分（弄虚作假取消评优资格，在本项得分之外）"),
}
TOTAL = Decimal("15.8")  # 2+2+4.5+1.8+1.5+3+1


def test_session37_k_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total."""
    result = _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)
    assert result["grade"] == "中"  # 14.4 ≤ 15.8 < 19.2


@pytest.mark.parametrize("text", [
    # the city's average printed, the province's named in the zero band: another level, never 3.2万元
    "人均收入达到全市平均水平（3.2万元）的得2分，低于全省平均水平的不得分。",
    # growth of 0–5% lies in no band, so 下降 cannot be every change left
    "税收收入较上年增长率：增长≥10%得3分；增长5%-10%得1分；下降不得分。",
    # 4 at the target, a formula of 3 below it
    "目标完成的得4分；未完成的按实际完成值/目标值×3计分。",
    # 不合格 a grade of the scale, given a sanction and no points: never dropped as outside the score
    "优秀得3分，良好得2分，合格得1分；不合格的，取消其评优评先资格。",
    # 酌情扣分, the evaluator's, beside a fixed 1 point per late report
    "资料报送及时完整得5分；否则酌情扣分，每迟报1次扣1分。",
])
def test_neighbours_that_stay_refused(text: str) -> None:
    with pytest.raises(RuleError):
        parse_rule(text)


@pytest.mark.parametrize("text, canonical", [
    ("亩均产量不低于全县平均水平（450公斤）的得3分；每低10公斤扣0.5分，扣完为止。", "亩均产量达到450公斤得3分，每少10公斤扣0.5分，扣完为止"),
    ("培训人次目标完成的得3分；目标未完成的不得分。", "培训人次≥目标值得3分；否则不得分"),
    ("档案管理规范，得2分；基本规范，得1分；不规范的，不得分；弄虚作假的，取消评优资格。", "等级得分：档案管理规范2分，基本规范1分，不规范0分"),
    ("资料报送及时完整得5分；否则相应扣分，每迟报1次扣1分，扣完为止。", "资料报送及时完整得5分；迟报的，每次扣1分；扣完为止"),
])
def test_canonical_of_the_new_readings(text: str, canonical: str) -> None:
    assert parse_rule(text).canonical() == canonical


@pytest.mark.parametrize("text", [
    "各项目标完成的得4分，否则不得分。",  # targets counted (各项), each met or not: no target completed entered
    "目标完成率达到95%的得3分，否则不得分。",  # a rate of its own, never 完成目标率
])
def test_targets_counted_or_rated_are_not_the_target_completed(text: str) -> None:
    assert "目标值" not in parse_rule(text).canonical()
