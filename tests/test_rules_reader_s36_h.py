"""Readings added in session 36 by helper h. A plan's quantity said first in a clause of its own (计划新建改建旅游厕所
20座 / 完成水土流失综合治理面积12平方公里 / 年度目标为…1500人), then the score by its 完成率: the rate is the amount done
over that quantity, read as 标准为20座，实际值占标准的比例… says it (rules/stated_plan.py). A task stated first (年度任务不少于
1200批次) before 完成任务得3分 and steps in its unit: the steps are taken from it. A time limit said first (应在发现后48小时内
修复) before the 及时率 scored: what 及时 means, no second requirement (rules/timely_limit.py). A rubric with one leaf per
reading scored by `pingfen score --json` and its workbook recalculated by LibreOffice; each reading's 规范写法 read back
to the same rule. Every expected score is worked by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from pingfen.rules import RuleError, parse_rule
from test_rules_new_readings import _read_back, _scored_and_recalculated

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_s36_h.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("1", "17/20=85%，在80%与100%之间：1分"),
    "1.2": ("2.7", "10.8/12=90%，在80%（含）-100%之间：90%×3=2.7"),
    "1.3": ("1", "4000/5000=80%，比100%低20%，2个10%，每个1分：3−2=1"),
    "1.4": ("2", "1100批次比1200批次少100批次，2个50批次，每个0.5分：3−1=2"),
    "2.1": ("1", "90%比100%低10个百分点，2个5个百分点，每个1分：3−2=1"),
}
TOTAL = Decimal("7.7")  # 1+2.7+1+2+1


def test_session36_h_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    result = _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)
    assert result["grade"] == "差"  # 7.7 < 8.4 = 14×60%


def test_each_leaf_reads_back_from_its_canonical_text() -> None:
    """The plan's quantity is the standard the rate or the steps are taken from (printed in the 规范写法), and each
    leaf's 规范写法 is read back to the same rule."""
    leaves = [leaf for section in yaml.safe_load(RUBRIC.read_text(encoding="utf-8"))["indicators"] for leaf in section["children"]]
    standards = {leaf["code"]: parse_rule(leaf["criteria"]).scorer.printed_standard() for leaf in leaves}
    assert standards == {
        "1.1": (Decimal(20), "座"), "1.2": (Decimal(12), "平方公里"), "1.3": (Decimal(5000), "亩"),
        "1.4": (Decimal(1200), "批次"), "2.1": (Decimal(1), "%"),
    }
    _read_back(*(leaf["criteria"] for leaf in leaves), "年度目标为新增城镇就业1500人，完成率≥100%得4分；90%（含）-100%得3分；"
               "80%（含）-90%得2分；低于80%不得分。")


@pytest.mark.parametrize("text, clause", [
    # two quantities planned: the 完成率 of the 30 together, or of each kind?
    ("计划新建旅游厕所20座，改建公厕10座，完成率100%得2分，完成率≥80%得1分，完成率<80%得0分", "改建公厕10座"),
    # a 合格率 is no completion of the plan: the 1000人次 would be dropped
    ("计划培训1000人次，合格率100%得3分，合格率≥80%得1分，低于80%不得分", "计划培训1000人次"),
    # a quantity in 万元: a standard the share of which is not taken in money here (as 标准为…万元 is not)
    ("计划投资5000万元，完成率100%得3分，完成率≥80%得1分，完成率<80%得0分", "计划投资5000万元"),
    # a ceiling is no amount to complete
    ("计划新建改建旅游厕所不超过20座，完成率100%得2分，完成率<100%不得分", "计划新建改建旅游厕所不超过20座"),
    # a time limit before a 满意度: no part of what is scored
    ("投诉应在3天内处理，满意度100%得3分，每低5个百分点扣1分。", "投诉应在3天内处理"),
    # the task in 批次, the steps in %: a share of what?
    ("年度任务不少于1200批次；完成任务得3分，每少5%扣0.5分；扣完为止", "年度任务不少于1200批次"),
])
def test_refused_naming_the_clause(text: str, clause: str) -> None:
    with pytest.raises(RuleError) as raised:
        parse_rule(text)
    assert clause in raised.value.fragment
