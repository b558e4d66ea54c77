"""Fault lists with a shortfall against a requirement counted per unit, two requirements judged together, parts
closed by 否则不得分 under a heading with their points, and a closing (N分) total (issue 9, reader-faults): a rubric
with one leaf per reading scored by `pingfen score --json`, the same rubric built into a workbook that LibreOffice
recalculates to the same values, and each reading's 规范写法 read back to the same rule. Every expected score is
worked by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.rules import RuleError, evaluate_rule, parse_rule
from test_rules_new_readings import _scored_and_recalculated

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_reader-faults.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("2", "管理小组不完善扣2，无证安全员2人×1=2：6−2−2=2"),
    "1.2": ("5", "预案不完善扣2，队员少3人×1=3：10−2−3=5"),
    "2.1": ("20", "未完成年度计划目标，但完成累计降低进度目标：20分"),
    "2.2": ("2", "年度计划完成、五年平均削减目标未完成，仅有一项完成：2分"),
    "3.1": ("1.5", "列入财政预算1 + 增长15%在10%~20%之间0.5 = 1.5"),
    "3.2": ("1", "建立台账1 + 未按时报送0 = 1"),
    "3.3": ("13", "初信初访达到7 + 重信重访未达到0 + 积案达到6 = 13"),
    "3.4": ("2", "及时率99%≥98%得2；完整率90%<95%不得分（不是及时率95%-98%的一档）= 2"),
    "3.5": ("1.5", "3个部门×0.5=1.5，未超满分2"),
}
TOTAL = Decimal("48")  # 2+5 + 20+2 + 1.5+1+13+2+1.5


def test_fault_lists_combined_requirements_and_parts(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)


@pytest.mark.parametrize("text, full, cases", [
    # met = [年度计划目标, 累计降低进度目标]: 35 both, 20 only the second, 10 only the first, 0 neither
    ("完成年度计划目标及累计降低进度目标。(35分)未完成年度计划目标,但完成累计降低进度目标。(20分)完成年度计划目标,"
     "但未完成累计降低进度目标。(10分)未完成年度计划目标及累计降低进度目标。(0分)", 35,
     [([True, True], 35), ([False, True], 20), ([True, False], 10), ([False, False], 0)]),
    # 均达到 5, 仅有1项达到 2.5 (either one), 均未达到 0
    ("建设任务与验收任务均达到的,计5分;仅有1项达到的,计2.5分;均未达到的,计0分。", 5,
     [([True, True], 5), ([False, True], 2.5), ([True, False], 2.5), ([False, False], 0)]),
])
def test_two_requirements_read_back_from_their_canonical_text(text: str, full: int, cases: list) -> None:
    rule = parse_rule(text)
    again = parse_rule(rule.canonical())
    assert again.scorer == rule.scorer
    for met, expected in cases:
        assert evaluate_rule(rule, {"met": met}, Decimal(full)).value == Decimal(str(expected)), (met, expected)


def test_outcomes_of_two_conditions_are_no_checklist() -> None:
    """Once read as 评价要点 ①35 ②20 ③10 ④0 (a sum over four points): each option is a combination of the two."""
    from pingfen.functions import SCORE_RATE

    text = ("完成年度计划目标及累计降低进度目标。(35分)未完成年度计划目标,但完成累计降低进度目标。(20分)"
            "完成年度计划目标,但未完成累计降低进度目标。(10分)未完成年度计划目标及累计降低进度目标。(0分)")
    assert parse_rule(text).kind == "two_requirements"
    result = SCORE_RATE(90, 100, text, 35)  # a rate is not what the options judge
    assert isinstance(result, str) and result.startswith("【数据错误】") and "met" in result


def test_two_requirements_need_one_answer_for_each() -> None:
    rule = parse_rule("年度任务和季度任务均完成的,得6分;年度任务或季度任务中仅有一项完成的,得3分;年度任务和季度任务均未完成的,不得分。")
    with pytest.raises(Exception, match="met 应给2个"):
        evaluate_rule(rule, {"met": [True]}, Decimal(6))


def test_a_shortfall_counted_per_person_is_one_fault_among_others() -> None:
    rule = parse_rule("未建立安全管理制度扣2分；安全员低于配备标准的，每少1人扣1分，扣完为止。")
    assert evaluate_rule(rule, {"failures": [0, 1]}, Decimal(4)).value == 3  # 4−1
    assert evaluate_rule(rule, {"failures": [1, 3]}, Decimal(4)).value == 0  # 4−2−3<0, 扣完为止
    assert evaluate_rule(parse_rule(rule.canonical()), {"failures": [1, 1]}, Decimal(4)).value == 1  # 4−2−1


def test_two_named_rates_are_two_parts_not_bands_of_one() -> None:
    rule = parse_rule("资料报送及时率≥98%,得2分;否则不得分。资料上传完整率≥95%,得1分;否则不得分。")
    # 97%: below the first rate's 98% — once read as its 95%-98% band (1分); the 1 here is the second rate's 96%≥95%
    assert evaluate_rule(rule, {"vars": {"资料报送及时率": "97%", "资料上传完整率": "96%"}}, Decimal(3)).value == 1
    levelled = parse_rule(".“三率”目标(20分) 初信初访化解率达到90%(7分)、重信重访化解率达到80%(7分)、信访历史积案化解率达到70%(6分)。")
    assert "①初信初访化解率达到90%（7分）" in levelled.canonical()
    assert evaluate_rule(parse_rule(levelled.canonical()), {"met": [False, True, True]}, Decimal(20)).value == 13  # 7+6


def test_one_unit_and_its_points_beside_a_limit_add_up() -> None:
    """发表论文1篇0.5分，最多2分: once read as two 评价要点 (“发表论文1篇” 0.5分 and “最多” 2分)."""
    rule = parse_rule("发表论文1篇0.5分,最多2分")
    assert rule.kind == "per_unit"
    assert evaluate_rule(rule, {"actual": "3篇"}, Decimal(2)).value == Decimal("1.5")  # 3×0.5
    assert evaluate_rule(parse_rule(rule.canonical()), {"actual": "6篇"}, Decimal(2)).value == 2  # 3, at most 2


@pytest.mark.parametrize("text, clause", [
    ("年度计划和季度计划均完成的,得2分;仅有1项完成的,得4分;均未完成的,得0分", "年度计划和季度计划均完成的，得2分"),
    ("条件保障(3分)。经费列入财政预算得1分,否则不得分;经费比上年增长10%~20%之间得0.5分,增长超过20%得1分", "条件保障(3分)"),
    ("建立台账的,得1分;否则不得分。按时报送月报的,得1分;否则不得分。(3分)", "建立台账的，得1分"),
    ("“两率”目标(12分) 办结率达到95%(6分)、满意率达到90%(4分)。", "、满意率达到90%(4分)"),
    ("出台民政部门与相关部门进行信息核对的政策。(3分, 1个部门0.5分,满分2分)", "出台民政部门与相关部门进行信息核对的政策，3分"),
])
def test_near_misses_are_refused_naming_the_clause(text: str, clause: str) -> None:
    with pytest.raises(RuleError) as error:
        parse_rule(text)
    assert error.value.fragment == clause
