"""Readings of session 43 by the lead, through the user's entry points: a target printed as 100% beside a ratio formula
(目标值100%。得分=实际覆盖率/目标值×4分 — once the band ≥100% the formula applied in, so 85% scored 0), with a floor under
the formula; a heading named …获得感 over grades (once split at 获得, the heading an option worth its points); grades
named under a heading with no points of their own left to the evaluator; a cost formula that scores overspending more,
refused. Scored by `pingfen score --json` and its workbook recalculated by LibreOffice; every expected score is worked by
hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S43_LEAD = Path(__file__).parent / "data" / "new_readings_rubric_s43_lead.yaml"
EXPECTED_S43_LEAD = {
    "1.1": ("3.4", "85%÷100%×4=3.4（曾读作覆盖率≥100%才按公式计分，得0）"),
    "1.2": ("2.7", "90%不低于70%：90%÷100%×3=2.7"),
    "1.3": ("1", "选“提高不明显”：1（标题“群众获得感（3分）”曾被读作一个等级“群众”）"),
}


def test_s43_lead_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (3.4 + 2.7 + 1 = 7.1 of 10, 中: 6 ≤ 7.1 < 8)."""
    result = _scored_and_recalculated(RUBRIC_S43_LEAD, EXPECTED_S43_LEAD, Decimal("7.1"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, canonical", [
    # grades named, their points not: the evaluator's score within the 分值 (once the heading a point, 6 or 0)
    ("物业服务质量（6分）：根据季度考核情况，按优、良、中、差四档评分。", "由评价人员在分值范围内录入得分"),
    # a tier judged between its neighbours' points (once the heading 群众获得感 an option of its own)
    ("群众获得感（3分）：较上年有明显提高的得3分，提高不明显的酌情得分，未提高的不得分。", "提高不明显，得0-3分"),
    ("获得省级表彰的得2分，否则不得分。", "获得省级表彰（2分）"),
])
def test_s43_lead_readings_through_pingfen_rule(rule: str, canonical: str) -> None:
    done = pingfen(rule, "--full", "6")
    assert done.returncode == 0 and canonical in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, named", [
    # spending past the standard scored more, capped: 90% of the standard scored 4.5, 110% scored 5
    ("单位养护成本（5分）：单位养护成本应控制在核定标准以内。得分=实际单位成本/核定标准单位成本×5分。", "实际单位成本/核定标准单位成本×5"),
])
def test_s43_lead_refusals_name_the_clause(rule: str, named: str) -> None:
    done = pingfen(rule, "--full", "5")
    assert done.returncode != 0 and named in done.stderr and "成本控制的方向相反" in done.stderr, done.stdout + done.stderr


@pytest.mark.parametrize("rule", [
    "得分=核定标准单位成本/实际单位成本×5分",  # the standard over the cost: read as written
    "得分=实际支出/预算金额×5",  # spending over the budget is the 执行率: more is better
])
def test_s43_lead_cost_formulas_the_right_way_still_read(rule: str) -> None:
    done = pingfen(rule, "--full", "5")
    assert done.returncode == 0 and "公式计分" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, actual, canonical, score", [
    # the band beyond a ± one said on its positive side only is the deviation's size too (−10% once in no band: 0)
    ("偏差率在±3%以内得2分；偏差率>3%的得分=2×(1-偏差率×2)", "2", "-10%", "偏差率在±3%(含)以内得2分", "1.6"),
    # 一下 typed for 以下 after a rate (once refused: 85% unread)
    ("出勤率95%以上（含）得3分，90%以上（含）得2分，85%以上（含）得1分，85%一下不得分。", "3", "80%", "出勤率<85%不得分", "0"),
    # a rate's name longer than twelve characters kept whole (once 点污染源… / 童基本生活费…: the first characters cut)
    ("困境儿童基本生活费按时足额发放率（3分）：100%得3分，否则不得分。", "3", "100%", "困境儿童基本生活费按时足额发放率≥100%", "3"),
    ("重点污染源在线监控设备联网率：达到100%得满分，每降低一个百分点扣1分", "4", "97%", "重点污染源在线监控设备联网率达到100%", "1"),
])
def test_s43_lead_later_readings_through_pingfen_rule(rule: str, full: str, actual: str, canonical: str, score: str) -> None:
    done = pingfen(rule, "--full", full, f"--actual={actual}")
    assert done.returncode == 0 and canonical in done.stdout and f"得分：{score}\n" in done.stdout, done.stdout + done.stderr


def test_s43_lead_a_duration_named_gongqi_alone_asks_for_the_duration() -> None:
    """工期不超过180天得3分: the works' duration, never days late (once 逾期天数≤180天 — planned and actual dates entered
    gave the lateness past the planned end compared with 180 days)."""
    done = pingfen("工期不超过180天得3分，每超出10天扣0.5分，扣完为止", "--full", "3", "--actual=205天")
    assert done.returncode == 0 and "工期≤180天得3分" in done.stdout and "得分：1.5\n" in done.stdout, done.stdout + done.stderr
    asked = pingfen("工期不超过180天得3分，每超出10天扣0.5分，扣完为止", "--full", "3", "--json")
    assert "请录入完成用时" in asked.stdout + asked.stderr, asked.stdout + asked.stderr
