"""Data no project can have are 校验 errors, not silent scores (issue 10, point 10): a planned end
before the planned start, a negative count or amount, an absurd magnitude (1.0e+308), an entered score
outside 0…分值 — through ``pingfen check`` on a rubric and through ``pingfen batch`` on a workbook."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
import yaml

from pingfen.cli import main
from pingfen.workbook import service
from pingfen.workbook.read import read_book

ROOT = Path(__file__).resolve().parents[1]

RUBRIC = {
    "project": "数据校验示例",
    "indicators": [{
        "code": "1", "name": "产出", "weight": 100, "children": [
            {"code": "1.1", "name": "完成及时率", "weight": 25, "criteria": "完成及时率达到100%得满分，每少5%扣1分，扣完为止",
             "data": {"planned_start": "2024-07-01", "planned_end": "2023-07-01", "actual_end": "2024-05-31"}},
            {"code": "1.2", "name": "预算执行率", "weight": 25, "criteria": "得分为预算执行率*25分",
             "data": {"actual": "-5万元", "target": "930万元"}},
            {"code": "1.3", "name": "资金到位率", "weight": 25, "criteria": "得分为资金到位率*25分",
             "data": {"actual": 1.0e308, "target": 930}},
            {"code": "1.4", "name": "社区活动开展", "weight": 25, "criteria": "酌情评分", "score": 30, "reason": "活动开展较好"},
        ],
    }],
}


def _check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, list[dict[str, object]]]:
    path = tmp_path / "rubric.yaml"
    path.write_text(yaml.safe_dump(RUBRIC, allow_unicode=True), encoding="utf-8")
    code = main(["check", str(path), "--json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert code == 1  # errors found
    by_indicator: dict[str, list[dict[str, object]]] = {}
    for finding in findings:
        by_indicator.setdefault(str(finding["indicator"]).split(" ")[0], []).append(finding)
    return by_indicator


def test_check_reports_impossible_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = _check(tmp_path, capsys)
    dates = [f for f in found["1.1"] if f["code"] == "DATE_ORDER"]
    assert dates and dates[0]["message"] == "计划完成日期2023-07-01早于计划开始日期2024-07-01" and dates[0]["severity"] == "error"
    negative = [f for f in found["1.2"] if f["code"] == "DATA_NEGATIVE"]
    assert negative and negative[0]["message"] == "实际值为负数-5"  # -5万元, in the unit typed
    huge = [f for f in found["1.3"] if f["code"] == "DATA_MAGNITUDE"]
    assert huge and huge[0]["message"] == "实际值为1E+308，数值大得不合常理（绝对值超过10^15）"
    assert any(f["code"] == "SCORE_RANGE" and "30分超出[0, 25]" in str(f["message"]) for f in found["1.4"])


def test_the_plain_text_check_names_them_in_chinese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "rubric.yaml"
    path.write_text(yaml.safe_dump(RUBRIC, allow_unicode=True), encoding="utf-8")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "[错误] DATE_ORDER 1.1 完成及时率：计划完成日期2023-07-01早于计划开始日期2024-07-01。建议：核对计划开始日期与计划完成日期" in out


def test_a_workbook_with_impossible_typed_data_is_counted_by_batch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book = tmp_path / "评分表.xlsx"
    assert main(["build", str(ROOT / "rubrics" / "seed000_luohu_dangqun_2022.yaml"), "-o", str(book)]) == 0
    baseline = service.workbook_findings(service.recalc(book))
    saved = read_book(book)
    actual = saved.inputs["2.1.2"]["actual"]  # 预算执行率的实际支出
    target = saved.inputs["2.1.2"]["target"]
    workbook = openpyxl.load_workbook(book)
    workbook[actual[0]][actual[1]] = -286.54
    workbook[target[0]][target[1]] = 1.0e308
    workbook.save(book)
    capsys.readouterr()
    assert main(["batch", str(book), "-o", str(tmp_path / "汇总.xlsx"), "--quiet"]) == 0
    row = json.loads((tmp_path / "汇总.json").read_text(encoding="utf-8"))[0]
    base_errors = sum(1 for f in baseline if f.severity == "error")
    assert row["errors"] == base_errors + 2
    findings = {f.code: f for f in service.workbook_findings(service.recalc(book)) if f.code.startswith("DATA_")}
    assert findings["DATA_NEGATIVE"].message == "实际值为负数-286.54"
    assert findings["DATA_MAGNITUDE"].message == "目标值为1E+308，数值大得不合常理（绝对值超过10^15）"
    assert findings["DATA_NEGATIVE"].indicator.startswith("2.1.2")
    assert read_book(book).values[("2.1.2", "actual")] == Decimal("-286.54")  # flagged, not changed
