"""Readings of session 39 by the lead, through the user's entry points: a rubric scored by `pingfen score --json` and
its workbook recalculated by LibreOffice (a formula inside the band its own divisor opens, either way; 酌减 as the
evaluator's reduction); `pingfen rule` warning when the text's best score falls short of the 分值, and `pingfen check`
reporting it for a grade list. Every expected score is worked by hand."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S39_LEAD = Path(__file__).parent / "data" / "new_readings_rubric_s39_lead.yaml"
EXPECTED_S39_LEAD = {
    "1.1": ("3.4", "51家：51/60×4=3.4（≥60家是公式所除的目标，曾读作条件：51家不得分）"),
    "1.2": ("2.4", "125万元：100/125×3=2.4（≤100万元同样是目标）"),
    "1.3": ("2", "资料不齐全，评价人员酌减1分，录入2分（在0至3分之间）"),
}


def test_s39_lead_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (3.4 + 2.4 + 2 = 7.8 of 10, 中: 6 ≤ 7.8 < 8)."""
    result = _scored_and_recalculated(RUBRIC_S39_LEAD, EXPECTED_S39_LEAD, Decimal("7.8"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, named", [
    # the gap between 90% of the task and the task (once read as a rate of 90%: 95% of the task scored 0)
    ("造林面积不低于上级下达任务的得4分，低于任务90%的不得分", "低于任务90%的不得分"),
    # 酌减 beside a printed level: the level would be lost to the evaluator's entry (once 90% scored 0)
    ("结算比例达到100%的得满分，达不到的酌减", "结算比例达到100%的得满分"),
    # corpus44's first pass: a count's change either way (once 每有1起变化的，扣0.5分)
    ("道路运输安全事故起数与上年比较，每变化1起扣0.5分。", "每变化1起"),
])
def test_s39_wordings_now_refused_name_their_clause(rule: str, named: str) -> None:
    done = pingfen(rule, "--full", "4", "--actual", "95%", "--target", "100%")
    assert done.returncode != 0 and named in done.stderr + done.stdout and "无法识别" in done.stderr + done.stdout, \
        done.stdout + done.stderr


def test_rule_warns_when_the_best_score_falls_short_of_the_full() -> None:
    """落实 1分 and 建立 2分 read as levels reach 2 of a 3-point row: the two may be meant to add up (once silent)."""
    done = pingfen("落实的,得1分,建立的,得2分,反之不得分", "--full", "3")
    assert done.returncode == 0 and "最高可得2分，低于指标分值3分" in done.stdout, done.stdout + done.stderr
    done = pingfen("落实的,得1分,建立的,得2分,反之不得分", "--full", "2")
    assert "最高可得" not in done.stdout, done.stdout


def test_check_reports_a_grade_list_short_of_the_weight(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """好3、较好2、一般1 in a 4-point row: the best grade earns 3, RULE_MAX names the leaf; a single grade printed (the
    one that occurred, as seed002's 良好14分 of 15) says nothing of the best and is not reported."""
    from pingfen.cli import main

    rubric = tmp_path / "grades.yaml"
    rubric.write_text("""project: 等级测试
total: 19
indicators:
  - code: "1"
    name: 工作质量
    weight: 19
    children:
      - code: "1.1"
        name: 服务质量
        weight: 4
        criteria: 服务质量好的得3分，较好的得2分，一般的得1分
        data: {grade: 较好}
      - code: "1.2"
        name: 第三方评估结果
        weight: 15
        rule: 等级得分：良好14分
        data: {grade: 良好}
""", encoding="utf-8")
    main(["check", str(rubric), "--json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    short = [f for f in findings if f["code"] == "RULE_MAX"]
    assert [f["indicator"] for f in short] == ["1.1 服务质量"] and "最高可得3分，与指标分值4分不符" in short[0]["message"], findings
