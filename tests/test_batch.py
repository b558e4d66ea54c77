"""`pingfen batch`: many workbooks recalculated and checked in parallel; broken ones reported."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest
from msoffcrypto.format.ooxml import OOXMLFile

from pingfen.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = {
    "seed000_luohu_dangqun_2022": (91.0, "优"),
    "seed002_baiyun_shegongzhan_2023": (95.48, "优"),
    "seed003_xishan_dangzuzhi_2024": (88.51, "良"),
}


def test_batch_summarises_good_workbooks_and_reports_bad_ones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "评价"
    (folder / "子目录").mkdir(parents=True)
    for seed in SEEDS:
        assert main(["build", str(ROOT / "rubrics" / f"{seed}.yaml"), "-o", str(folder / "子目录" / f"{seed}.xlsx")]) == 0
    (folder / "损坏.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    openpyxl.Workbook().save(folder / "非评分表.xlsx")
    with (folder / "子目录" / "seed000_luohu_dangqun_2022.xlsx").open("rb") as source, (folder / "加密.xlsx").open("wb") as target:
        OOXMLFile(source).encrypt("密码123", target)
    (folder / "~$锁定文件.xlsx").write_bytes(b"lock")  # Excel's lock files are skipped
    capsys.readouterr()

    summary = tmp_path / "汇总" / "summary.xlsx"
    code = main(["batch", str(folder), "-o", str(summary), "--workers", "2", "--quiet"])
    out = capsys.readouterr().out
    assert code == 1
    assert "共处理 6 个工作簿：成功 3 个，失败 3 个" in out
    rows = json.loads(summary.with_suffix(".json").read_text(encoding="utf-8"))
    by_name = {Path(row["path"]).name: row for row in rows}
    for seed, (total, grade) in SEEDS.items():
        row = by_name[f"{seed}.xlsx"]
        assert (row["total"], row["grade"], row["status"]) == (total, grade, "成功")
    assert by_name["seed003_xishan_dangzuzhi_2024.xlsx"]["errors"] == 0
    assert "无法读取为 xlsx 工作簿" in by_name["损坏.xlsx"]["status"]
    assert "不是 pingfen 生成的评分表工作簿" in by_name["非评分表.xlsx"]["status"]
    assert "设有打开密码" in by_name["加密.xlsx"]["status"]
    table = openpyxl.load_workbook(summary)["批量汇总"]
    assert [c.value for c in table[1]] == ["序号", "项目", "年度", "总分", "等级", "错误", "警告", "提示", "状态", "路径"]
    assert table.max_row == 7
    with summary.with_suffix(".csv").open(encoding="utf-8-sig") as handle:
        assert len(list(csv.reader(handle))) == 7


def test_batch_counts_findings_of_an_incomplete_workbook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book = tmp_path / "frame.xlsx"
    assert main(["build", str(ROOT / "rubrics" / "frame_caiyu_2020_10.yaml"), "-o", str(book)]) == 0
    assert main(["batch", str(book), "-o", str(tmp_path / "s.xlsx"), "--quiet"]) == 0
    row = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))[0]
    assert row["status"] == "成功" and row["total"] is None and row["grade"] == "待评（数据未录全）"
    assert row["errors"] == 20  # every leaf of the blank frame lacks data


def test_batch_without_workbooks_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(tmp_path), "-o", str(tmp_path / "s.xlsx")]) == 2
    assert "没有找到 .xlsx 工作簿" in capsys.readouterr().err
