"""One meaning of rubric scoring: ``pingfen score``, the generated workbook (recalculated by pingfen
and by LibreOffice) and ``pingfen batch`` give the same subtotals, total and grade — 待评 everywhere
while data are missing — and an entered score counts at the rubric's precision."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
import yaml

from pingfen.cli import main
from pingfen.engines import libreoffice, normalise
from pingfen.workbook import service

ROOT = Path(__file__).resolve().parents[1]


def _rubric(tmp_path: Path, drop_data_of: str | None, entered: tuple[str, float] | None) -> Path:
    document = yaml.safe_load((ROOT / "rubrics" / "seed003_xishan_dangzuzhi_2024.yaml").read_text(encoding="utf-8"))

    def visit(nodes: list[dict]) -> None:  # type: ignore[type-arg]
        for node in nodes:
            if node["code"] == drop_data_of:
                node.pop("data", None)
                node.pop("score", None)
            if entered and node["code"] == entered[0]:
                node["score"] = entered[1]
            visit(node.get("children", []))

    visit(document["indicators"])
    path = tmp_path / "rubric.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _score(capsys: pytest.CaptureFixture[str], rubric: Path) -> dict:  # type: ignore[type-arg]
    capsys.readouterr()
    assert main(["score", str(rubric), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _workbook_cells(path: Path) -> tuple[object, object, list[object]]:
    """合计, 评价等级 and the 一级 subtotals as the 汇总 sheet shows them (cached values)."""
    sheet = openpyxl.load_workbook(path, data_only=True)["汇总"]
    rows = {row[0].value: row for row in sheet.iter_rows() if row[0].value}
    tops = [normalise(row[2].value) for label, row in rows.items() if label in ("投入", "过程", "产出", "效果")]
    grade = next(normalise(row[1].value) for label, row in rows.items() if label == "评价等级")
    return normalise(rows["合计"][2].value), grade, tops


def test_incomplete_data_is_pending_in_score_workbook_libreoffice_and_batch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rubric = _rubric(tmp_path, drop_data_of="1.1.1", entered=None)
    scored = _score(capsys, rubric)
    assert scored["total"] is None and scored["grade"] == "待评（数据未录全）"
    book = tmp_path / "book.xlsx"
    assert main(["build", str(rubric), "-o", str(book)]) == 0
    total, grade, tops = _workbook_cells(book)
    assert (total, grade) == ("待评", "待评（数据未录全）")
    assert len(tops) == 4 and tops[0] == "待评" and all(isinstance(top, float) for top in tops[1:])
    (recalculated,) = libreoffice.recalc([book], tmp_path / "lo")
    assert _workbook_cells(recalculated) == (total, grade, tops)
    assert main(["batch", str(book), "-o", str(tmp_path / "summary.xlsx"), "--quiet"]) == 0
    row = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))[0]
    assert row["total"] is None and row["grade"] == "待评（数据未录全）"


def test_complete_rubric_scores_alike_everywhere_and_entered_scores_are_rounded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 1.1.2 was entered as 1.5 in the report; typed as 1.504 it counts as ROUND(1.504,2) = 1.5, so the
    # published total 88.51 (良) still holds — by hand, not from pingfen.
    rubric = _rubric(tmp_path, drop_data_of=None, entered=("1.1.2", 1.504))
    scored = _score(capsys, rubric)
    assert (scored["total"], scored["grade"]) == (88.51, "良")
    book = tmp_path / "book.xlsx"
    assert main(["build", str(rubric), "-o", str(book)]) == 0
    total, grade, tops = _workbook_cells(book)
    (recalculated,) = libreoffice.recalc([book], tmp_path / "lo")
    theirs = _workbook_cells(recalculated)
    assert total == pytest.approx(88.51, abs=1e-9) and grade == "良"
    assert theirs[0] == pytest.approx(88.51, abs=1e-9) and theirs[1] == "良"
    assert tops == pytest.approx(theirs[2], abs=1e-9)
    levels = {item["code"]: item["score"] for item in scored["indicators"]}
    assert levels["1.1.2"] == 1.5
    assert [levels[code] for code in ("1", "2", "3", "4")] == pytest.approx(tops, abs=1e-9)
    result = service.recalc(book)
    assert float(result.total) == pytest.approx(88.51) and result.grade == "良"
