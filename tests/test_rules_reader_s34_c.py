"""Ranged deductions whose situation is a rate below its level, among other faults (issue 9, session 34 helper c):
1、无检查计划扣1分;完成率达不到100%扣0.1—1分。2、查处率达不到100%扣0.5—2分。… — each such situation happens or
not (the rate is the situation's words, judged by the evaluator, not the indicator's measure), its deduction the
evaluator's within the range, the fixed ones priced. Read only beside other faults and only for a rate's level (迟到1次扣1-2分
counts, never once); refused when a cap stands beside a range or two ranges band one rate. Also points counted with
a bracketed reference after the count, (一)…的要求共25项(详见附件2),每项2分 (附件2) is no list number, so the row's
own (一) is dropped), and a closing note that all are scored alike (甲、乙类单位实行统一的考核办法); several rates held
to one level in a clause before 否则 refused (once read as the first rate alone). A rubric with one leaf per
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
    "2.1": ("40", "25项中5项不符合：20×2=40（(详见附件2)不是列表编号，末尾“实行统一的考核办法”不计分）"),
    "2.2": ("2.5", "8项中3项不符合：5×0.5=2.5"),
}
TOTAL = Decimal("53")  # 4+3+2+1.5+40+2.5


def test_ranged_rate_faults_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    result = _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)
    assert result["grade"] == "中"  # 43.2 = 72×60% ≤ 53 < 57.6


def test_each_leaf_reads_back_from_its_canonical_text() -> None:
    """Every leaf of the rubric is read as its section says — 1: fixed and ranged faults (满分为…；…的，扣0.1-1分；扣完为止
    （…）), 2: points counted (评价要点共25项，每项2分…) — and its 规范写法 is read back to the same rule."""
    kinds = {"1": "fault_ranges", "2": "checklist"}
    for section in yaml.safe_load(RUBRIC.read_text(encoding="utf-8"))["indicators"]:
        for leaf in section["children"]:
            rule = parse_rule(leaf["criteria"])
            assert rule.kind == kinds[section["code"]], leaf["code"]
            assert parse_rule(rule.canonical()).scorer == rule.scorer, leaf["code"]


@pytest.mark.parametrize("text, clause", [
    ("未制定计划扣1分；完成率低于90%扣1-2分，最多扣2分", "最多扣2分"),  # does the range count towards the cap?
    ("完成率低于90%扣1-2分；完成率低于80%扣2-3分", "完成率低于90%扣1-2分"),  # bands of one rate: both, or the lower?
    ("顶撞值日生1个扣2-3分；饭堂插队1个扣1-2分；迟到扣1分", "顶撞值日生1个扣2-3分"),  # each one (a count), never once
    ("完成率低于90%的扣1-2分", "完成率低于90%的扣1-2分"),  # alone: the indicator's own measure, from which points?
    # several rates held to one level before 否则 (once read as the first rate alone, the others lost)
    ("合同签订率、代管率、兑现率均达100%，否则不得分。", "合同签订率、代管率、兑现率均达100%"),
    ("资金到位率、执行率都达到100%，未达到的不得分", "资金到位率、执行率都达到100%"),
])
def test_refused_naming_the_clause(text: str, clause: str) -> None:
    with pytest.raises(RuleError) as raised:
        parse_rule(text)
    assert clause in raised.value.fragment
