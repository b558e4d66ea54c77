"""Readings of session 50 by helper hs (corpus55's first pass), through the user's entry points: the plan printed in
brackets after the divisor, in its unit and 万 too (实际完成面积/计划面积（12万亩）×5分 / 按实际覆盖企业数/目标数（50家）×4分
计算 / 储备品种数/规定品种数（24种）×4分 / 计划飞行时长（30小时）: 目标值为that amount, 实际值/目标值×N), the plan printed after
the formula named with its unit counted (按实际招聘人数/计划招聘人数×5分计分…计划招聘120人), the base said before a formula
that takes it off (以60%为基础，按（覆盖率-60%）/（90%-60%）×6分计算: the formula alone) and rates held at 100% inside a
formula of several (得分=（宫颈癌筛查完成率×50%+乳腺癌筛查完成率×50%）×6分，完成率超过100%的按100%计: each such rate at most
100%), a zero said where this year's measure less last year's gives none anyway (得分=（本年…就业率-上年…就业率）÷2个
百分点×4分，最高4分，低于上年的不得分: the formula and its floor) and the gap between two rates the measure names, in 百分点
(实际收缴率与目标收缴率偏差在±3个百分点以内: the first less the second, both entered by name); and the refusals beside them. Scored by `pingfen score --json` and its workbook recalculated by LibreOffice;
every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from corpus_judge import judge_wording
from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _refused_through_cli, _scored_and_recalculated

RUBRIC_S50_HS = Path(__file__).parent / "data" / "new_readings_rubric_s50_hs.yaml"
EXPECTED_S50_HS = {
    "1.1": ("4.5", "10.8万亩/12万亩=0.9，0.9×5=4.5"),
    "1.2": ("4", "55/50×4=4.4，超过目标按4分计：4"),
    "1.3": ("3", "18/24=0.75，0.75×4=3"),
    "1.4": ("3.6", "27/30=0.9，0.9×4=3.6"),
    "1.5": ("4.5", "108/120=0.9，0.9×5=4.5"),
    "1.6": ("1.2", "66%在60%-90%：(66%-60%)/(90%-60%)×6=0.2×6=1.2"),
    "1.7": ("4.8", "宫颈癌120%按100%计：(100%×50%+60%×50%)×6=0.8×6=4.8（不是5.4）"),
    "1.8": ("3.76", "(96%+92%)÷2=94%，94%×4=3.76"),
    "1.9": ("1", "85%-90%=-5个百分点，超出±3个百分点2个，扣2分：3-2=1"),
    "1.10": ("2", "(46%-45%)÷2%=0.5，0.5×4=2"),
}


def test_s50_hs_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (4.5 + 4 + 3 + 3.6 + 4.5 + 1.2 + 4.8 + 3.76 + 1 + 2 = 32.36 of 45, 中: 27 ≤ 32.36 < 36)."""
    result = _scored_and_recalculated(RUBRIC_S50_HS, EXPECTED_S50_HS, Decimal("32.36"), capsys, tmp_path)
    assert result["grade"] == "中"


_AREA = "农作物病虫害统防统治面积（5分）：实际完成面积/计划面积（12万亩）×5分，超额完成不加分。"
_FIRMS = "出口信用保险覆盖企业数（4分）：按实际覆盖企业数/目标数（50家）×4分计算，超过目标的按4分计。"
_KINDS = "应急物资储备品种（4分）：储备品种数/规定品种数（24种）×4分。"
_FLIGHT = "人工增雨作业飞行时长（4分）：按实际飞行时长/计划飞行时长（30小时）×4分计算，最高4分。"
_HIRED = "特岗教师招聘完成率（5分）：按实际招聘人数/计划招聘人数×5分计分，最高不超过5分。计划招聘120人。"
_COVERAGE = "农村人居环境整治村庄覆盖率（6分）：覆盖率达到90%以上（含）的得6分；低于90%的，以60%为基础，按（覆盖率-60%）/（90%-60%）×6分计算，低于60%不得分。"


@pytest.mark.parametrize("rule, full, actual, score", [
    # the plan in brackets after the divisor, in its unit (once refused: the bracket a stray part of the formula)
    (_AREA, "5", "10.8万亩", "4.5"),
    (_AREA, "5", "12.6万亩", "5"),
    (_AREA, "5", "60000亩", "2.5"),
    (_FIRMS, "4", "40家", "3.2"),
    (_FIRMS, "4", "55家", "4"),
    (_KINDS, "4", "18种", "3"),
    (_KINDS, "4", "12种", "2"),
    (_FLIGHT, "4", "27小时", "3.6"),
    (_FLIGHT, "4", "33小时", "4"),
    ("高标准农田建设面积（6分）：实际建成面积/计划建成面积（2.5万亩）×6分，超额完成不加分。", "6", "2万亩", "4.8"),
    # the plan after the formula, named with its unit counted (once refused: 120人 used by no reading)
    (_HIRED, "5", "108人", "4.5"),
    (_HIRED, "5", "130人", "5"),
    (_HIRED, "5", "60人", "2.5"),
    ("农村危房改造（5分）：得分=实际改造户数/计划改造户数×5分，超过计划的按5分计。计划改造80户。", "5", "60户", "3.75"),
    # the base said before the formula that takes it off (once refused: a formula with no condition)
    (_COVERAGE, "6", "90%", "6"),
    (_COVERAGE, "6", "75%", "3"),
    (_COVERAGE, "6", "66%", "1.2"),
    (_COVERAGE, "6", "55%", "0"),
])
def test_s50_hs_readings_through_pingfen_rule(rule: str, full: str, actual: str, score: str) -> None:
    done = pingfen(rule, "--full", full, f"--actual={actual}")
    assert done.returncode == 0 and f"得分：{score}\n" in done.stdout, done.stdout + done.stderr


def test_s50_hs_printed_plan_canonical() -> None:
    """The plan in brackets is the target, the amount entered in its unit (12万亩 as 120000亩)."""
    done = pingfen(_AREA, "--full", "5", "--actual=10.8万亩")
    assert done.returncode == 0 and "规范写法：目标值为120000亩，得分=实际值/120000×5分，超额完成不加分" in done.stdout, \
        done.stdout + done.stderr


def test_s50_hs_rates_held_in_a_formula_of_several() -> None:
    """得分=（A完成率×50%+B完成率×50%）×6分，完成率超过100%的按100%计: each rate named so at most 100% — 120% and 60% score
    (100%×50%+60%×50%)×6 = 4.8, never 5.4 (the formula's 规范写法 keeps the sentence, and reads back)."""
    rule = "免费两癌筛查任务完成（6分）：得分=（宫颈癌筛查完成率×50%+乳腺癌筛查完成率×50%）×6分，完成率超过100%的按100%计。"
    done = pingfen(rule, "--full", "6")
    assert done.returncode == 0 and "完成率超过100%的按100%计" in done.stdout, done.stdout + done.stderr
    # (each rate entered by its name: one rate entered for both once gave (B2+B2)/2 in the Excel formula)
    from pingfen.rules import evaluate_rule, parse_rule

    rates = {"vars": {"宫颈癌筛查完成率": "120%", "乳腺癌筛查完成率": "60%"}}
    assert evaluate_rule(parse_rule(rule), rates, Decimal(6)).value == Decimal("4.8")


@pytest.mark.parametrize("rule, full, named, reason", [
    # a sentence scoring full marks where the formula gives 4.8: which one?
    ("高标准农田建设面积（6分）：实际建成面积/计划建成面积（2.5万亩）×6分，完成计划建成面积80%以上的得满分。", "6", "(2.5万亩)×6", "多出内容"),
    # no rate named: each held, or the weighted sum?
    ("免费两癌筛查任务完成（6分）：得分=（宫颈癌筛查完成率×50%+乳腺癌筛查完成率×50%）×6分，超过100%的按100%计。", "6",
     "得分=(宫颈癌筛查完成率×50%+乳腺癌筛查完成率×50%)×6分", "只能单独使用"),
    # the base said is not the level the formula takes off
    (_COVERAGE.replace("（覆盖率-60%）/（90%-60%）", "（覆盖率-50%）/（90%-50%）"), "6", "按(覆盖率-50%)/(90%-50%)×6分计算", "没有写明适用条件"),
    # the plan printed, then said to be whatever is approved
    ("特岗教师招聘完成率（5分）：按实际招聘人数/计划招聘人数×5分计分。计划招聘120人，计划招聘人数以教育局核定为准。", "5", "120人", "没有用于计分"),
])
def test_s50_hs_refusals_name_the_clause(rule: str, full: str, named: str, reason: str) -> None:
    _refused_through_cli(rule, full, named, reason)


_EMPLOYMENT = "残疾人就业率提升（4分）：得分=（本年城乡持证残疾人就业率-上年城乡持证残疾人就业率）÷2个百分点×4分，最高4分，低于上年的不得分。"
_FEES = "物业费收缴率（3分）：实际收缴率与目标收缴率偏差在±3个百分点以内（含）的得3分，超出的每1个百分点扣1分，扣完为止。"


@pytest.mark.parametrize("rule, canonical", [
    # the zero below last year is the formula's floor (once refused: 最高4分 beside another scoring sentence)
    (_EMPLOYMENT, "规范写法：得分=(本年城乡持证残疾人就业率-上年城乡持证残疾人就业率)÷2%×4，最高4分"),
    # the gap between the two rates named, the first less the second (once read asking for the gap itself)
    (_FEES, "规范写法：实际收缴率与目标收缴率偏差=实际收缴率-目标收缴率；实际收缴率与目标收缴率偏差在±3%(含)以内得3分"),
])
def test_s50_hs_readings_written_through_pingfen_rule(rule: str, canonical: str) -> None:
    done = pingfen(rule, "--full", "4" if "4分）" in rule else "3")
    assert done.returncode == 0 and canonical in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, parts, score", [
    (_EMPLOYMENT, 4, {"本年城乡持证残疾人就业率": "46%", "上年城乡持证残疾人就业率": "45%"}, 2),  # 1/2 × 4
    (_EMPLOYMENT, 4, {"本年城乡持证残疾人就业率": "48%", "上年城乡持证残疾人就业率": "45%"}, 4),  # 3/2 × 4 = 6 → 最高4分
    (_EMPLOYMENT, 4, {"本年城乡持证残疾人就业率": "44%", "上年城乡持证残疾人就业率": "45%"}, 0),  # below last year
    (_FEES, 3, {"实际收缴率": "88%", "目标收缴率": "90%"}, 3),  # 2 points, within ±3
    (_FEES, 3, {"实际收缴率": "95%", "目标收缴率": "90%"}, 1),  # +5: 2 beyond → 1
    (_FEES, 3, {"实际收缴率": "84%", "目标收缴率": "90%"}, 0),  # 6: 3 beyond → 0
    # the gap in two bands, its 规范写法 stating the gap (which reads back so without 百分点)
    ("社区养老服务站入住（3分）：实际入住率与目标入住率偏差不超过3个百分点的得3分，超过3个百分点不得分。", 3, {"实际入住率": "93%", "目标入住率": "90%"}, 3),
    ("社区养老服务站入住（3分）：实际入住率与目标入住率偏差不超过3个百分点的得3分，超过3个百分点不得分。", 3, {"实际入住率": "85%", "目标入住率": "90%"}, 0),
    ("实际入住率与目标入住率偏差=实际入住率-目标入住率；实际入住率与目标入住率偏差在±3%(含)以内得3分；否则不得分", 3,
     {"实际入住率": "95%", "目标入住率": "90%"}, 0),
])
def test_s50_hs_parts_entered_by_name(rule: str, full: int, parts: dict[str, str], score: int) -> None:
    """The parts entered by their names (vars), as the evaluator fills them in: the hand-worked score."""
    (verdict,) = judge_wording({"text": rule, "full": full, "cases": [{"data": {"vars": parts}, "score": score}]})
    assert verdict.status == "correct", verdict


@pytest.mark.parametrize("rule, full, named, reason", [
    # the formula still gives points just below last year (…+1个百分点): the sentence's 0 or the formula's 1?
    (_EMPLOYMENT.replace("-上年城乡持证残疾人就业率）", "-上年城乡持证残疾人就业率+1个百分点）"), "4", "低于上年的不得分", "得分不同"),
])
def test_s50_hs_floor_said_otherwise_is_refused(rule: str, full: str, named: str, reason: str) -> None:
    _refused_through_cli(rule, full, named, reason)
