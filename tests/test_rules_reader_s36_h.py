"""Readings added in session 36 by helper h. A plan's quantity said first in a clause of its own (计划新建改建旅游厕所
20座 / 完成水土流失综合治理面积12平方公里 / 年度目标为…1500人), then the score by its 完成率: the rate is the amount done
over that quantity, read as 标准为20座，实际值占标准的比例… says it (rules/stated_plan.py). A task stated first (年度任务不少于
1200批次) before 完成任务得3分 and steps in its unit: the steps are taken from it. A time limit said first (应在发现后48小时内
修复) before the 及时率 scored: what 及时 means, no second requirement (rules/timely_limit.py). Units scored apart
(text/each_unit_award.py): 各客运站…（4.5分）：每站1.5分，例检率达到100%得1.5分，未达到的该站不得分 — the heading's points
over each unit's are the units counted (three), read as each station short of 100% deducting its 1.5分; 以乡镇为单位…≥90%，
得5分；未达到的，每个乡镇扣1分 — each township short deducted from the 5分. A rubric with one leaf per
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
    "3.1": ("3", "北站98.6%未达到100%，该站不得分；两站各1.5分：3"),
    "3.2": ("3", "石桥镇88.2%、高坪乡89.9%未达到90%，每个扣1分：5−2=3"),
    "3.3": ("2", "一标段84.9%、二标段70%低于85%得0分，三标段90%得2分：2"),
}
TOTAL = Decimal("15.7")  # 1+2.7+1+2+1 + 3+3+2


def test_session36_h_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    result = _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)
    assert result["grade"] == "差"  # 15.7 < 17.7 = 29.5×60%


def test_each_leaf_reads_back_from_its_canonical_text() -> None:
    """The plan's quantity is the standard the rate or the steps are taken from (printed in the 规范写法), and each
    leaf's 规范写法 is read back to the same rule."""
    leaves = [leaf for section in yaml.safe_load(RUBRIC.read_text(encoding="utf-8"))["indicators"] for leaf in section["children"]]
    standards = {leaf["code"]: parse_rule(leaf["criteria"]).scorer.printed_standard() for leaf in leaves if leaf["code"] < "3"}
    assert standards == {
        "1.1": (Decimal(20), "座"), "1.2": (Decimal(12), "平方公里"), "1.3": (Decimal(5000), "亩"),
        "1.4": (Decimal(1200), "批次"), "2.1": (Decimal(1), "%"),
    }
    _read_back(*(leaf["criteria"] for leaf in leaves), "年度目标为新增城镇就业1500人，完成率≥100%得4分；90%（含）-100%得3分；"
               "80%（含）-90%得2分；低于80%不得分。")
    assert {leaf["code"]: parse_rule(leaf["criteria"]).kind for leaf in leaves if leaf["code"] > "3"} == \
        {"3.1": "items", "3.2": "items", "3.3": "items"}


@pytest.mark.parametrize("text, clause", [
    # two quantities planned: the 完成率 of the 30 together, or of each kind?
    ("计划新建旅游厕所20座，改建公厕10座，完成率100%得2分，完成率≥80%得1分，完成率<80%得0分", "改建公厕10座"),
    # a 合格率 is no completion of the plan: the 1000人次 would be dropped
    ("计划培训1000人次，合格率100%得3分，合格率≥80%得1分，低于80%不得分", "计划培训1000人次"),
    # a quantity in 万元: a standard the share of which is not taken in money here (as 标准为…万元 is not)
    ("计划投资5000万元，完成率100%得3分，完成率≥80%得1分，完成率<80%得0分", "计划投资5000万元"),
    # a ceiling is no amount to complete
    ("计划新建改建旅游厕所不超过20座，完成率100%得2分，完成率<100%不得分", "计划新建改建旅游厕所不超过20座"),
    # the completion of another work than the one planned (污水处理厂, not the 管网 of 20公里)
    ("完成污水管网建设20公里，污水处理厂建设完成率100%得3分，完成率≥80%得1分，低于80%不得分", "完成污水管网建设20公里"),
    # a time limit before a 满意度: no part of what is scored
    ("投诉应在3天内处理，满意度100%得3分，每低5个百分点扣1分。", "投诉应在3天内处理"),
    # 1.5分 a station does not make up the heading's 5分: how many stations, and what the rest scores?
    ("各客运站安全例检（5分）：每站1.5分，例检率达到100%得1.5分，未达到的该站不得分。", "每站1.5分"),
    # the heading names stations, the points are per 社区
    ("各客运站安全例检（4.5分）：每个社区1.5分，例检率达到100%得1.5分，未达到的不得分。", "每个社区1.5分"),
])
def test_refused_naming_the_clause(text: str, clause: str) -> None:
    with pytest.raises(RuleError) as raised:
        parse_rule(text)
    assert clause in raised.value.fragment


@pytest.mark.parametrize("text, rewritten", [
    ("各客运站安全例检(4.5分):每站1.5分,例检率达到100%得1.5分,未达到的该站不得分",
     "各客运站安全例检(4.5分):每有1个站例检率未达到100%的,扣1.5分,扣完为止"),
    ("各标段养护质量(6分):按标段分别考核,每个标段2分;标段优良路率≥85%的得2分,低于85%的不得分",
     "各标段养护质量(6分):每有1个标段优良路率未达到85%的,扣2分,扣完为止"),
    ("以乡镇为单位适龄儿童疫苗接种率≥90%,得5分;未达到的每个乡镇扣1分,扣完为止",
     "各乡镇适龄儿童疫苗接种率均达到90%的,得5分;每有1个乡镇适龄儿童疫苗接种率未达到90%的,扣1分,扣完为止"),
    # the units must divide the heading's points whole, and be the units the heading names
    ("各客运站安全例检(5分):每站1.5分,例检率达到100%得1.5分,未达到的该站不得分",
     "各客运站安全例检(5分):每站1.5分,例检率达到100%得1.5分,未达到的该站不得分"),
    ("各客运站安全例检(4.5分):每个社区1.5分,例检率达到100%得1.5分,未达到的不得分",
     "各客运站安全例检(4.5分):每个社区1.5分,例检率达到100%得1.5分,未达到的不得分"),
])
def test_units_scored_apart_rewrite(text: str, rewritten: str) -> None:
    from pingfen.text import normalize
    assert normalize.each_unit_awarded(text) == rewritten
