"""`pingfen build` checks the rubric (校验) with the scores of the workbook it computes: a leaf its rule alone
scores takes its score cell's value, the others (an entered score, 酌情评分, missing data) are scored from the
rule as `pingfen check` scores them. The 校验 sheet of the built file and the marks on the 评分表 must say what
`pingfen check` says of the same rubric, with the numbers worked out by hand below."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import openpyxl

PINGFEN = Path(sys.executable).with_name("pingfen")

RULE = "预算执行率≥99%的，得5分；预算执行率＜99%的，得分=预算执行率×5分"
RUBRIC = f"""
project: 校验测试项目
year: 2023
total: 15
indicators:
- code: '1'
  name: 产出
  weight: 15
  children:
  - code: '1.1'
    name: 预算执行率（公布有误）
    weight: 5
    criteria: {RULE}
    published: 4
    data: {{rate: 90%}}
  - code: '1.2'
    name: 预算执行率（录入得分与规则不符）
    weight: 5
    criteria: {RULE}
    score: 5
    reason: 按实际情况酌情给满分
    data: {{rate: 80%}}
  - code: '1.3'
    name: 预算执行率（缺数据）
    weight: 5
    criteria: {RULE}
"""


def _pingfen(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(PINGFEN), *args], capture_output=True, text=True, encoding="utf-8")


def test_build_reports_what_check_reports(tmp_path: Path) -> None:
    rubric = tmp_path / "rubric.yaml"
    rubric.write_text(RUBRIC, encoding="utf-8")
    checked = _pingfen("check", str(rubric), "--json")
    expected = {(f["code"], f["indicator"], f["message"]) for f in json.loads(checked.stdout)["findings"]}
    # by hand: 90% < 99% → 90% × 5 = 4.5 against the published 4; 80% × 5 = 4 against the entered 5
    assert ("PUBLISHED_MISMATCH", "1.1 预算执行率（公布有误）", "公布得分4分，重新计算为4.5分") in expected
    assert any(code == "ENTERED_MISMATCH" and where.startswith("1.2") and "录入得分5分，按评分标准和数据计算应为4分" in message
               for code, where, message in expected)
    assert any(code == "DATA_MISSING" and where.startswith("1.3") for code, where, _ in expected)

    book = tmp_path / "评分表.xlsx"
    built = _pingfen("build", str(rubric), "-o", str(book))
    assert built.returncode == 0, built.stderr
    assert "总分：" in built.stdout and "（数据未录全）" in built.stdout  # 1.3 has no data: no total yet

    workbook = openpyxl.load_workbook(book)
    assert workbook.sheetnames.index("校验") == workbook.sheetnames.index("汇总") + 1
    rows = list(workbook["校验"].iter_rows(min_row=3, values_only=True))
    listed = {(code, where, message) for _, code, where, message, *_ in rows}
    assert listed == {(code, where or "整体", message) for code, where, message in expected}  # the sheet names the whole rubric
    # each finding about a leaf marks its 得分 cell (K: three columns of names, 分值, 指标解释, 评分标准, 实际值,
    # 目标值, 录入得分, 理由, then 得分); the leaves are second-level indicators, named in column B
    sheet = workbook["评分表"]
    marked = {str(cf.sqref) for cf in sheet.conditional_formatting if any(rule.formula == ["TRUE"] for rule in cf.rules)}
    leaf_rows = {sheet.cell(row, 2).value: row for row in range(4, 7)}
    assert {f"K{leaf_rows[name]}" for name in ("预算执行率（公布有误）", "预算执行率（录入得分与规则不符）", "预算执行率（缺数据）")} <= marked
    assert sheet["K4"].value.startswith("=") and sheet["I3"].value == "录入得分" and sheet["K3"].value == "得分"
