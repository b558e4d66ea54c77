"""Ranged deductions whose situation is a rate below its level, among other faults (issue 9, session 34 helper c):
1、无检查计划扣1分;完成率达不到100%扣0.1—1分。2、查处率达不到100%扣0.5—2分。… — each such situation happens or
not (the rate is the situation's words, judged by the evaluator, not the indicator's measure), its deduction the
evaluator's within the range, the fixed ones priced. Read only beside other faults and only for a rate's level (迟到1次扣1-2分
counts, never once); refused when a cap stands beside a range or two ranges band one rate. A rubric with one leaf per
reading scored by `pingfen score --json` and its workbook recalculated by LibreOffice; each reading's 规范写法 read back
to the same rule. Every expected score is worked by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from pingfen.rules import RuleError, parse_rule
from test_rules_new_readings import _scored_and_recalculated

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_s34_c.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("4", "查处率、复查率未达100%：6−(0.5…2)−(0.2…2)，应在2-5.3分之间，录入4分"),
    "1.2": ("3", "未制定培训计划扣1：4−1=3"),
    "1.3": ("2", "未建立专账扣2，核算不规范扣1：5−2−1=2"),
    "1.4": ("1.5", "整改完成率低于95%扣1-3：应在0-2分之间，录入1.5分"),
}
TOTAL = Decimal("10.5")  # 4+3+2+1.5


def test_ranged_rate_faults_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    result = _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)
    assert result["grade"] == "差"  # 10.5 < 18×60% = 10.8


def test_each_leaf_reads_back_from_its_canonical_text() -> None:
    """Every leaf of the rubric (the real row and the written neighbours) is read as fixed and ranged faults, and its
    规范写法 (满分为…；…的，扣0.1-1分；扣完为止（…）) is read back to the same rule."""
    leaves = yaml.safe_load(RUBRIC.read_text(encoding="utf-8"))["indicators"][0]["children"]
    for leaf in leaves:
        rule = parse_rule(leaf["criteria"])
        assert rule.kind == "fault_ranges", leaf["code"]
        assert parse_rule(rule.canonical()).scorer == rule.scorer, leaf["code"]


@pytest.mark.parametrize("text, clause", [
    ("未制定计划扣1分；完成率低于90%扣1-2分，最多扣2分", "最多扣2分"),  # does the range count towards the cap?
    ("完成率低于90%扣1-2分；完成率低于80%扣2-3分", "完成率低于90%扣1-2分"),  # bands of one rate: both, or the lower?
    ("顶撞值日生1个扣2-3分；饭堂插队1个扣1-2分；迟到扣1分", "顶撞值日生1个扣2-3分"),  # each one (a count), never once
    ("完成率低于90%的扣1-2分", "完成率低于90%的扣1-2分"),  # alone: the indicator's own measure, from which points?
])
def test_ranges_not_read_are_refused_naming_the_clause(text: str, clause: str) -> None:
    with pytest.raises(RuleError) as raised:
        parse_rule(text)
    assert clause in raised.value.fragment
