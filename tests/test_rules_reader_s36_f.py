"""Readings of session 36 helper f through the user's entry points: 评价要点 each with its points, where a number sits
inside one point's requirement and words that once made the list look graded are names or frequencies — 基本生活标准 /
基本公共卫生服务 (基本 naming a kind), 不合格产品 / 合格率 (合格 naming a kind), 卫生间每日保洁 (每日 saying how often),
两个“不少于” (comparisons, no negation of each other). A rubric with one leaf per reading scored by `pingfen score --json`
and the built workbook recalculated by LibreOffice to the same scores; the lesser degrees (基本合格 / 基本干净) that a
checklist once added as points of their own are refused; levels of one honour followed by the note that only the
highest counts (同一事项按最高级别计分) read as grades, or as additions of which the highest is taken. Every expected
score is worked by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.rules import RuleError, parse_rule
from test_rules_new_readings import _scored_and_recalculated

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_s36_f.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("2", "①③符合，②不符合：1+1=2"),
    "1.2": ("8", "①②④符合，③不符合：3+3+2=8"),
    "1.3": ("2", "①②符合，③不符合：1+1=2"),
    "1.4": ("1.5", "(1)符合，(2)不符合：1.5"),
    "1.5": ("2", "最高级别为省级表彰（同一事项按最高级别计分）：2分"),
}
TOTAL = Decimal("15.5")  # 2+8+2+1.5+2


def test_session36_f_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total."""
    result = _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)
    assert result["grade"] == "中"  # 13.2 ≤ 15.5 < 17.6


@pytest.mark.parametrize("text, points", [
    ("1.基本生活标准不低于当地低保标准1.3倍（1分）；2.照料护理标准按照生活自理能力分档制定（1分）。", ["1", "1"]),
    ("基本农田保护面积不少于5万亩得2分；台账齐全得1分。", ["2", "1"]),
    ("产品合格率达到95%得2分；台账齐全得1分。", ["2", "1"]),
    ("每周开放时间不少于56小时得1分；节假日正常开放得1分；开展阅读推广活动不少于12次得1分。", ["1", "1", "1"]),
    ("学校食堂管理（6分）：每日晨检并记录，得2分；每周消毒不少于2次，得2分；食品留样不少于48小时，得2分。", ["2", "2", "2"]),
])
def test_points_with_a_number_inside_are_added(text: str, points: list[str]) -> None:
    """Each point's own points, added when met (refused before: 基本 / 合格 / 不少于 / 每日 taken for grades of one point)."""
    scorer = parse_rule(text).scorer
    assert scorer.kind == "checklist" and list(scorer.points) == [Decimal(p) for p in points]


@pytest.mark.parametrize("text, named", [
    ("1.检验合格（2分）；2.检验基本合格（1分）。", "检验基本合格"),  # once 3 for a check both passed and barely passed
    ("1.地面干净（2分）；2.地面基本干净（1分）。", "地面基本干净"),  # once 3 for a floor both clean and fairly clean
    ("1、每外借或续借任一成员馆文献1册,均可增加读者证积分1分,每天增加借阅积分最高限度为80分。", "每天增加借阅积分最高限度"),
])
def test_lesser_degrees_and_limits_stay_refused(text: str, named: str) -> None:
    with pytest.raises(RuleError) as refused:
        parse_rule(text)
    assert named in refused.value.fragment or named in str(refused.value)


@pytest.mark.parametrize("text, grades", [
    ("获得国家级表彰的得3分，省级表彰的得2分，市级表彰的得1分，同一事项按最高级别计分，不重复计分。",
     [("获得国家级表彰", "3"), ("省级表彰", "2"), ("市级表彰", "1")]),
    ("获得一等奖的得3分，二等奖的得2分，三等奖的得1分，同一成果按最高奖项计分。", [("获得一等奖", "3"), ("二等奖", "2"), ("三等奖", "1")]),
])
def test_levels_with_the_highest_counted_are_grades(text: str, grades: list) -> None:
    """Refused before (one honour at several levels: the better, or all added?); the note answers it."""
    scorer = parse_rule(text).scorer
    assert scorer.kind == "grade" and list(scorer.grades) == [(name, Decimal(points)) for name, points in grades]


def test_additions_for_levels_with_the_highest_counted() -> None:
    scorer = parse_rule("获得国家级表彰的加3分，省级表彰的加2分，市级表彰的加1分，按最高级别计分。").scorer
    assert scorer.kind == "bonus_list" and scorer.highest and scorer.implied_max() == 3


@pytest.mark.parametrize("text", [
    "获得国家级表彰的得3分，省级表彰的得2分，市级表彰的得1分。",  # the better, or all added? (no note)
    "获得国家级表彰的得2分，省级表彰的得3分，按最高级别计分。",  # the highest level (2) or the highest points (3)?
    "获得国家级表彰的得3分，省级表彰的得2分，按最高级别计分，最多得5分。",  # a limit beside the highest: which is it?
])
def test_levels_without_a_clear_highest_stay_refused(text: str) -> None:
    with pytest.raises(RuleError):
        parse_rule(text)
