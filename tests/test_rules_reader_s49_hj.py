"""Readings of session 49 by helper hj (corpus54's 自评表 rows), through the user's entry points: a row's name cell
carrying the form's number (数量指标　指标1：安保工程实施里程…) after the indicator's kind alone in its cell; a row whose 指标值
cell is blank (指标值：　实际完成值：　分值：10分　评分：实际完成值/指标值×10: the target entered, the row's 分值 the 单位自评
default's, the ×N checked against it — once refused, the heading's points neither the rule's nor a part's); a row's formula
with its terms written short (完成得满分，未完成按实际/目标×分值: the value achieved over the target); and the refusals beside
them (×10 under a 分值 of 8, ×8 under 6). Scored by `pingfen score --json` and its workbook recalculated by LibreOffice;
every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _refused_through_cli, _scored_and_recalculated

RUBRIC_S49_HJ = Path(__file__).parent / "data" / "new_readings_rubric_s49_hj.yaml"
EXPECTED_S49_HJ = {
    "1.1": ("4", "36公里未达到45公里：36/45×5=4"),
    "1.2": ("3.79", "90%未达到95%：90/95×4=3.789→3.79"),
    "1.3": ("9.5", "指标值空白，录入1200人：1140/1200×10=9.5"),
    "1.4": ("6", "指标值空白，录入500个：520≥500，满分6"),
    "1.5": ("7.2", "2700台件未达到3000台件：2700/3000×8=7.2"),
    "1.6": ("5.4", "1080台未达到1200台：1080/1200×6=5.4"),
    "1.7": ("3.2", "240个未达到300个：240/300×4=3.2"),
    "1.8": ("4", "指标值空白，录入800人次：640/800×5=4"),
}


def test_s49_hj_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (4 + 3.79 + 9.5 + 6 + 7.2 + 5.4 + 3.2 + 4 = 43.09 of 48, 良: 38.4 ≤ 43.09 < 43.2)."""
    result = _scored_and_recalculated(RUBRIC_S49_HJ, EXPECTED_S49_HJ, Decimal("43.09"), capsys, tmp_path)
    assert result["grade"] == "良"


@pytest.mark.parametrize("rule, full, data, score", [
    # the kind alone in its cell, the name's cell labelled with the form's number
    ("数量指标　指标1：安保工程实施里程　年度指标值：≥45公里　实际完成值：　分值：5分　评分标准：完成指标值得满分，未完成按完成比例计分。",
     "5", ["--actual=45公里"], "5"),
    ("时效指标　指标3：农村危房改造竣工户数　年度指标值：≥240户　实际完成值：　分值：6　评分标准：完成指标值得满分，未完成按完成比例计分",
     "6", ["--actual=180户"], "4.5"),
    # the 指标值 cell blank: the target entered
    ("数量指标　优抚对象覆盖人数　指标值：　实际完成值：　分值：10分　评分：实际完成值/指标值×10", "10",
     ["--actual=1200人", "--target=1200人"], "10"),
    ("产出指标　困难群众临时救助人次　指标值：　实际完成值：　分值：5　评分标准：实际完成值达到指标值的得满分，未达到的按实际完成值/指标值×分值计分",
     "5", ["--actual=900人次", "--target=1000人次"], "4.5"),
    # 按实际/目标×分值: the value achieved over the target
    ("产出指标　计量器具强检数量　年度指标值：≥3000台件　实际完成值：　分值：8　评分：完成得满分，未完成按实际/目标×分值", "8",
     ["--actual=3100台件"], "8"),
    ("产出指标　农机安全检验数量　年度指标值：≥1200台　实际完成值：　分值：6　评分：完成得满分，未完成按实际/目标×分值", "6",
     ["--actual=1190台"], "5.95"),
])
def test_s49_hj_readings_through_pingfen_rule(rule: str, full: str, data: list[str], score: str) -> None:
    done = pingfen(rule, "--full", full, *data)
    assert done.returncode == 0 and f"得分：{score}\n" in done.stdout, done.stdout + done.stderr


def test_s49_hj_blank_target_asks_for_the_target() -> None:
    """The 指标值 cell blank: the reading asks for the target to be entered (never a target of its own)."""
    done = pingfen("数量指标　优抚对象覆盖人数　指标值：　实际完成值：　分值：10分　评分：实际完成值/指标值×10", "--full", "10",
                   "--actual=1140人")
    assert done.returncode != 0 and "录入目标值" in done.stderr, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, named, reason", [
    # ×10 under a 分值 of 8: which is the item's points?
    ("数量指标　优抚对象慰问人数　指标值：　实际完成值：　分值：8分　评分：实际完成值/指标值×10", "8", "优抚对象慰问人数(8分)", "最高可得10分"),
    # ×8 under a 分值 of 6
    ("产出指标　农机安全检验数量　年度指标值：≥1200台　实际完成值：　分值：6　评分：完成得满分，未完成按实际/目标×8", "6",
     "农机安全检验数量(6分)", "无法确定这一分值是满分还是其中一项的分值"),
    # a bare target under a heading: its points may be the level's award as well (not the default's 分值)
    ("优抚对象满意度（4分）：满意度不低于95%", "4", "优抚对象满意度(4分)", "无法确定这一分值是满分还是其中一项的分值"),
])
def test_s49_hj_refusals_name_the_clause(rule: str, full: str, named: str, reason: str) -> None:
    _refused_through_cli(rule, full, named, reason)
