"""Session 35, helper d: formulas beside a level and formulas of a shortfall.

A level's other side said again before its formula (实际支出未超过预算的得满分；超出预算的，得分=分值×预算数/实际支出数 — the
points first in 分值×预算数/实际支出数); a rate defined with absolute bars (预算编制准确率=(1-|决算数-年初预算数|/年初预算数)×100%),
and a deviation so defined taken by its size from the actual and target (an underspend of 2% is 2%, never −2%); the whole
less a multiple of the measure (分值×(1-偏差率×10), with 分值2分 closing the text); the level's rate missed before its
formula (未全覆盖的，得分=覆盖率×2); a formula number in the level's unit (未完成的按实际收购量/8万吨×3分计算); an item's
title before an on-time rule, and a situation zeroing the item never taken for a grade; notes keeping two decimals said
again (结果保留两位小数) while another precision is refused; a count over its plan (带动户数÷计划户数) and what has been
paid over those eligible (已发放人数÷符合条件人数); a deduction written as a formula of the shortfall
((1-到位率)÷5%×0.4分扣分: 每少5%扣0.4分, in proportion).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.rules import RuleError, parse_rule
from pingfen.rules.score import evaluate_rule
from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S35_D = Path(__file__).parent / "data" / "new_readings_rubric_s35_d.yaml"
EXPECTED_S35_D = {
    "1.1": ("3.2", "62.5万元超出预算50万元：4 × 50/62.5 = 3.2"),
    "1.2": ("2", "准确率 = 1 − |1840−2000|/2000 = 92%，在90%-95%：2"),
    "1.3": ("1.6", "偏差率 = |9800−10000|/10000 = 2%（少支出也是偏差）：2 × (1 − 2%×10) = 1.6"),
    "1.4": ("1.84", "92%未全覆盖：92% × 2 = 1.84"),
    "1.5": ("2.7", "7.2万吨未完成8万吨：72000/80000 × 3 = 2.7"),
    "1.6": ("2", "6月25日完成，计划6月30日，按期；未发生数据丢失：2"),
    "1.7": ("2.97", "2376/2400 × 3 = 0.99 × 3 = 2.97（两位小数）"),
    "1.8": ("2.4", "少7.5%：7.5%/5% × 0.4 = 0.6，3 − 0.6 = 2.4"),
    "1.9": ("2.8", "168/240 × 4 = 0.7 × 4 = 2.8"),
    "1.10": ("2.55", "超支6/预算200 = 3%，×5 = 0.15：3 × (1 − 0.15) = 2.55（未超支时公式本身即满分）"),
    "1.11": ("1.1", "未公示1村 × 0.5 + 公示不足7天2村 × 0.2 = 0.9，举报属实0起：2 − 0.9 = 1.1"),
}


def test_session35_d_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Eleven rows read now, one leaf each: `pingfen score` and the built workbook recalculated by LibreOffice give the
    hand-worked scores and total (3.2 + 2 + 1.6 + 1.84 + 2.7 + 2 + 2.97 + 2.4 + 2.8 + 2.55 + 1.1 = 25.16 of 31)."""
    result = _scored_and_recalculated(RUBRIC_S35_D, EXPECTED_S35_D, Decimal("25.16"), capsys, tmp_path)
    assert result["grade"] == "良"  # 25.16 ≥ 24.8, < 27.9


def _score(text: str, data: dict, full: int) -> Decimal:
    value = evaluate_rule(parse_rule(text), data, full).value
    assert value is not None
    return value


@pytest.mark.parametrize(("text", "data", "score"), [
    # 分值×预算数/实际支出数 is 分值×(预算数/实际支出数): over budget, 4 × 50/62.5
    ("实际支出未超过预算的得满分；超出预算的，得分=分值×预算数/实际支出数。", {"actual": "62.5万元", "target": "50万元"}, "3.2"),
    ("实际支出未超过预算的得满分；超出预算的，得分=分值×预算数/实际支出数。", {"actual": "48万元", "target": "50万元"}, "4"),
    ("公用经费支出未超过年初预算的得4分；超出预算的，得分=分值×年初预算数/实际支出数。", {"actual": "80", "target": "60"}, "3"),
])
def test_level_and_its_other_side_before_a_formula(text: str, data: dict, score: str) -> None:
    assert _score(text, data, 4) == Decimal(score)


def test_a_deviation_defined_by_its_size_is_its_size() -> None:
    """|实际支出-预算支出|/预算支出 from the actual and target: 9800 against 10000 is 2%, 1.6 of 2 (once −2%, 2)."""
    text = "偏差率=|实际支出-预算支出|/预算支出×100%，得分=分值×（1-偏差率×10），最低0分。"
    assert _score(text, {"actual": 9800, "target": 10000}, 2) == Decimal("1.6")
    assert _score(text, {"actual": 10200, "target": 10000}, 2) == Decimal("1.6")
    assert _score(text, {"actual": 8000, "target": 10000}, 2) == 0


@pytest.mark.parametrize(("text", "canonical"), [
    ("节日走访慰问重点优抚对象覆盖率100%，得2分；未全覆盖的，得分=覆盖率×2。", "覆盖率≥100%得2分；否则得分=覆盖率×2分"),
    ("完成政策性粮食收购任务8万吨的，得3分；未完成的按实际收购量/8万吨×3分计算。", "实际值≥80000吨得3分；否则得分=实际值/80000×3分"),
    ("资金到位率未达100%的，按（1-到位率）÷5%×0.4分扣分，扣完为止。",
     "资金到位率达到100%得满分，每少5%扣0.4分（按比例扣分），扣完为止"),
    ("数据迁移：系统迁移按期完成得2分，逾期不得分；迁移过程中发生数据丢失的，本项不得分。",
     "按期完成得2分；否则不得分；如迁移过程中发生数据丢失，此项不得分"),
    ("得分=分值×（1-差错率×5），最低0分。", "得分=(20%-差错率)/(20%-0%)×分值"),
])
def test_canonical_reads_back(text: str, canonical: str) -> None:
    rule = parse_rule(text)
    assert rule.canonical() == canonical
    assert parse_rule(canonical).canonical() == canonical


def test_a_situation_zeroing_the_item_is_no_grade() -> None:
    """优秀…良好…；弄虚作假的，本项不得分: the grades, and the situation zeroing whatever grade is given."""
    rule = parse_rule("优秀得5分，良好得3分，合格得1分；弄虚作假的，本项不得分。")
    assert rule.canonical() == "等级得分：优秀5分，良好3分，合格1分；如弄虚作假，此项不得分"
    assert evaluate_rule(rule, {"grade": "良好", "zeroed": True}, 5).value == 0


@pytest.mark.parametrize(("text", "data", "score"), [
    ("得分=新增就业人数÷计划就业人数×5", {"actual": "180人", "target": "200人"}, "4.5"),
    ("低保发放覆盖率得分=已发放户数÷符合条件户数×4", {"actual": "95户", "target": "100户"}, "3.8"),
    ("得分=实际完成数/计划完成数×5（结果保留两位小数）", {"actual": 2, "target": 3}, "3.33"),
])
def test_a_count_over_its_plan(text: str, data: dict, score: str) -> None:
    assert _score(text, data, 5) == Decimal(score)


@pytest.mark.parametrize(("text", "score"), [
    ("得分=完成率×3，保留一位小数", "2.9"),
    ("得分=完成率×3，得分保留整数", "3"),
    ("得分=完成率×3（精确到0.1分）", "2.9"),
])
def test_another_precision_rounds_the_score(text: str, score: str) -> None:
    """95% × 3 is 2.85; to one decimal 2.9 (四舍五入, as Excel's ROUND): once the note was dropped and 2.85 scored, then
    refused (session 35); read since session 45 (rules/precision_note.places_said)."""
    assert _score(text, {"rate": "95%"}, 3) == Decimal(score)


def test_more_than_two_decimals_is_refused() -> None:
    with pytest.raises(RuleError) as raised:
        parse_rule("得分=完成率×3，保留三位小数")
    assert raised.value.fragment == "保留三位小数"


@pytest.mark.parametrize("text", [
    "完成年度目标任务的得满分,未完成的按完成率×分值计分",  # the task's target and the rate's are not said to be one
    "完成率达到100%的得满分,未完成的按到位率×分值计分",  # another rate
    "覆盖率100%，得2分；未全覆盖的，得分=到位率×2。",
    "完成收购任务8万吨的，得3分；未完成的按实际收购量/10万吨×3分计算。",  # full at 8, the formula's at 10
    "资金到位率未达90%的，按（1-到位率）÷5%×0.4分扣分，扣完为止。",  # from 90% or from 100%?
    "资金到位率未达100%的，按（1-完成率）÷5%×0.4分扣分，扣完为止。",
])
def test_formulas_beside_another_level_stay_refused(text: str) -> None:
    with pytest.raises(RuleError):
        parse_rule(text)


@pytest.mark.parametrize(("text", "data", "score"), [
    ("办公费支出未超过预算的得满分；超支的，得分=分值×（1-超支金额/预算金额×4），最低为0。", {"vars": {"超支金额": 5, "预算金额": 100}}, "1.6"),
    ("办公费支出未超过预算的得满分；超支的，得分=分值×（1-超支金额/预算金额×4），最低为0。", {"vars": {"超支金额": -5, "预算金额": 100}}, "2"),
    ("棚改项目成本控制（2分）：实际支出未超过预算的得2分；超支的，得分=2×(1-超支金额/预算金额×5)，最低为0分。",
     {"vars": {"超支金额": 50, "预算金额": 200}}, "0"),
])
def test_formula_of_the_overspend_beside_the_level_within_budget(text: str, data: dict, score: str) -> None:
    """No overspend gives the level's points by the formula itself; a saving entered as a negative overspend is never
    more than the 分值."""
    assert _score(text, data, 2) == Decimal(score)


@pytest.mark.parametrize("text", [
    "实际支出未超过预算的得4分；超支的，得分=5×(1-超支金额/预算金额×5)",  # 4 within budget, 5 by the formula at none
    "实际支出未超过预算的得满分；超支的，得分=分值×(1+超支金额/预算金额×5)",  # rises with the overspend
    "迟报超过5天的,每次扣1分,每超过1天再扣0.5分",  # the days past 5 of each late report, on top of its 1
])
def test_formulas_and_additions_that_say_something_else_stay_refused(text: str) -> None:
    with pytest.raises(RuleError):
        parse_rule(text)


def test_a_fault_of_its_own_deducted_as_well() -> None:
    """经核实群众举报属实的每起另扣0.5分: a kind of fault named before 每, 另 is "as well" — counted like the others."""
    rule = parse_rule("食品抽检：抽检不合格的每批次扣1分，经查实瞒报的每起另扣2分，扣完为止。")
    assert evaluate_rule(rule, {"failures": [1, 1]}, 5).value == 2
