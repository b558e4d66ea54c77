"""Readings of session 47 helper ha, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.rules import RuleError, parse_rule
from pingfen.rules.inputs import bind
from pingfen.rules.score import score_bound
from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S47_HA = Path(__file__).parent / "data" / "new_readings_rubric_s47_ha.yaml"
EXPECTED_S47_HA = {
    "1.1": ("2", "现场会1次×1=1，推广2次只加一次1分：1+1=2，未超过3分（曾因“加1分”未写“每”拒读）"),
    "1.2": ("1.5", "市级示范小区3个×0.5=1.5，省级片区0个：1.5，不超过2分"),
    "1.3": ("6", "两个评价要点均符合：2+4=6，未发生安全事故（曾把“本项6分全部不得分”读成“本项得6分”而拒读）"),
    "1.4": ("1.5", "整改到位率92%在90%-100%：2分，新增1座扣0.5分：2-0.5=1.5"),
    "1.5": ("3", "②不符合：1+1+2=4，投诉查实2起扣1分（最多扣2分）：4-1=3"),
    "1.6": ("4", "持证率98%：3-2×0.5=2；缺失2校次扣1分：3-1=2；合计4"),
}


def test_s47_ha_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Additions counted beside one added once, the item's points all lost, faults off the score earned after bands
    and after 评价要点: `pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores
    and total (2+1.5+6+1.5+3+4 = 18 of 25, grade 中: 15 ≤ 18 < 20)."""
    result = _scored_and_recalculated(RUBRIC_S47_HA, EXPECTED_S47_HA, Decimal("18"), capsys, tmp_path)
    assert result["grade"] == "中"


MIXED = "承办全市现场会的，每次加1分；工作经验被市委、市政府推广的，加1分。加分累计不超过3分。"


@pytest.mark.parametrize(("failures", "score"), [
    ([0, 1], Decimal(1)),  # promoted once: 1
    ([0, 4], Decimal(1)),  # promoted four times: still 1, added once
    ([3, 1], Decimal(3)),  # 3 + 1 = 4, within the cap 3
])
def test_an_addition_without_each_is_added_once(failures: list[int], score: Decimal) -> None:
    assert score_bound(parse_rule(MIXED), bind({"failures": failures}, Decimal(3))).value == score


def test_levels_of_one_matter_priced_per_unit_and_not_are_refused() -> None:
    """获评国家级示范基地的加2分 beside 获评省级示范基地的每个加0.5分 under a cap of 3: two national bases add 2 or 3."""
    with pytest.raises(RuleError, match="只加一次还是每个都加"):
        parse_rule("获评国家级示范基地的加2分，获评省级示范基地的每个加0.5分，加分累计不超过3分。")


def test_points_other_than_the_headings_said_lost_are_not_dropped() -> None:
    """本项3分全部不得分 under (6分): the whole item, or a part of 3? Left as written, so refused."""
    with pytest.raises(RuleError):
        parse_rule("防汛物资储备（6分）：①按规定品种储备物资的，得2分；②建立物资出入库台账的，得4分。储备物资被挪用的，本项3分全部不得分。")
