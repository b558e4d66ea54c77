"""Readings of session 38 helper s, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice; each reading's 规范写法 read back to the same
rule; the neighbours a careful reader refuses. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from pingfen.rules import InputError, RuleError, parse_rule
from pingfen.rules.score import evaluate_rule
from test_rules_new_readings import _read_back, _scored_and_recalculated

RUBRIC_S38_S = Path(__file__).parent / "data" / "new_readings_rubric_s38_s.yaml"
EXPECTED_S38_S = {
    "1.1": ("3", "城东98.5、城南99、城北98达到98（含98），城西97未达到：3个辖区×1=3"),
    "1.2": ("2", "5个社区均达到80%：5×0.5=2.5，本项最高2分：2"),
    "1.3": ("2", "东城3120、南城3050达到3000人次，西城2890未达到：2×1=2"),
    "1.4": ("2", "城关、石桥、龙泉（90与95恰好达到）、柳林两项都达到，河口运行率88、白沙达标率94未达到：4×0.5=2"),
}


def test_s38_s_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Points for each unit that reaches its standard, the units entered one by one: `pingfen score` and the built
    workbook recalculated by LibreOffice give the hand-worked scores and total (3+2+2+2 = 9 of 12, grade 中:
    7.2 ≤ 9 < 9.6)."""
    result = _scored_and_recalculated(RUBRIC_S38_S, EXPECTED_S38_S, Decimal("9"), capsys, tmp_path)
    assert result["grade"] == "中"


def test_each_leaf_reads_back_from_its_canonical_text() -> None:
    leaves = [leaf for section in yaml.safe_load(RUBRIC_S38_S.read_text(encoding="utf-8"))["indicators"]
              for leaf in section["children"]]
    assert {parse_rule(leaf["criteria"]).kind for leaf in leaves} == {"passing_units"}
    _read_back(*(leaf["criteria"] for leaf in leaves))


@pytest.mark.parametrize("text, clause", [
    # added per passing town and taken per failing one: from 0 or from the 分值?
    ("各乡镇在线率不低于90%，每个乡镇达标得1分，每个乡镇未达标扣1分，本项4分", "每个乡镇未达标扣1分"),
    # 超过90% leaves a town at 90% out, which the items table (reaching the target) counts
    ("各乡镇终端在线率超过90%的，每个乡镇得0.5分（本项3分）", "各乡镇终端在线率超过90%的"),
    ("在线率超过90%的乡镇每个得0.5分（本项3分）", "在线率超过90%的乡镇每个得0.5分"),
    # either standard enough, while the items table wants each of its columns reached (once read as 且)
    ("各乡镇污水处理设施运行率达到90%或出水达标率达到95%的，每个乡镇得0.5分，满分2分。", "各乡镇污水处理设施运行率达到90%或出水达标率达到95%的"),
])
def test_ambiguous_neighbours_are_refused(text: str, clause: str) -> None:
    with pytest.raises(RuleError) as refused:
        parse_rule(text)
    assert f"无法识别的部分：“{clause}" in str(refused.value)


def test_fewer_units_than_the_points_is_asked_about() -> None:
    """5 villages of 0.2 make 1 of the item's 2 points: what scores the other point is not written, so the data are
    refused rather than the item capped at 1."""
    rule = parse_rule("各村垃圾收运覆盖率目标100%，每个达到目标的村得0.2分（本项2分）")
    items = {"columns": ["覆盖率%"], "targets": [100], "rows": {name: [100] for name in "甲乙丙丁戊"}}
    with pytest.raises(InputError, match="全部达标也只得1分，少于本项2分"):
        evaluate_rule(rule, {"items": items}, Decimal(2))
