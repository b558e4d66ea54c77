"""Many entities on one rubric: seed 001's 24 contracts ranked, graded and vetoed as 表1 prints them,
spread tables, and the checks of entity data."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from pingfen.cli import main

ROOT = Path(__file__).resolve().parents[1]
CONTRACTS = ROOT / "rubrics" / "seed001_contracts_2020.yaml"
# 表1 of seed 001: rank, 用人单位, 机构, total, grade, 一票否决 column
TABLE_1 = [
    (1, "教育局", "社联", 182.5, "优秀", ""), (2, "妇联", "新现代", 178.5, "良好", ""), (3, "残联", "新现代", 172.5, "良好", ""),
    (4, "民政", "彩虹", 169.5, "良好", ""), (5, "团委", "新现代", 169, "良好", ""), (6, "中大八院", "至诚", 167.5, "良好", ""),
    (7, "信访局", "至诚", 167, "良好", ""), (8, "中大八院", "新现代", 158, "良好", ""), (9, "民宗局", "至诚", 153, "良好", ""),
    (10, "人力资源局", "至诚", 152, "良好", ""), (11, "禁毒", "鹏晨", 149.5, "良好", ""), (12, "(原)外事办", "至诚", 142, "良好", ""),
    (13, "南园", "春暖", 140, "良好", "已整改"), (14, "法院", "鹏晨", 139, "合格", ""), (15, "香蜜湖", "春暖", 137.5, "合格", "已整改"),
    (16, "福保", "春暖", 137.5, "合格", "已整改"), (17, "沙头", "春暖", 134.5, "合格", "已整改"), (18, "梅林", "春暖", 134.5, "合格", "已整改"),
    (19, "华富", "春暖", 134.5, "合格", "已整改"), (20, "华强北", "春暖", 134.5, "合格", "已整改"), (21, "福田", "春暖", 133, "合格", "已整改"),
    (22, "司法", "鹏晨", 132.5, "合格", ""), (23, "园岭", "春暖", 131, "合格", "已整改"), (24, "莲花", "春暖", 124.5, "合格", "已整改"),
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_seed_001_ranking_grades_and_veto_marks_reproduce_table_1(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "score", str(CONTRACTS), "--json")
    assert code == 0
    ranking = json.loads(out)["ranking"]
    rows = [(r["rank"], r["fields"]["用人单位"], r["fields"]["机构简称"], r["total"], r["grade"], r["veto"]) for r in ranking]
    assert rows == TABLE_1


def test_seed_001_spread_tables_are_generated_sorted_by_gap(capsys: pytest.CaptureFixture[str]) -> None:
    _, out = run(capsys, "score", str(CONTRACTS), "--json")
    spreads = json.loads(out)["spreads"]
    first = [(s["name"], s["weight"], s["max"], s["min"], s["gap"]) for s in spreads["1"]]
    assert first == [
        ("财务管理", 100, 100, 79, 21), ("岗位设置与管理", 23, 23, 3, 20), ("服务实施与监管", 38, 30.5, 12, 18.5),
        ("服务产出与成效", 39, 36.5, 19.5, 17), ("减分项", 0, 0, -7, 7),
    ]
    second = spreads["2"]
    assert [s["gap"] for s in second] == sorted((s["gap"] for s in second), reverse=True)
    assert (second[0]["code"], second[0]["name"], second[0]["gap"]) == ("4.9", "政府资助款项使用", 12)
    _, text = run(capsys, "score", str(CONTRACTS))
    assert "合同排名（共24个）：" in text and "18 | 梅林 | 春暖 | 134.5（公布） | 合格 | 已整改" in text


def test_seed_001_check_finds_the_management_fee_marked_compliant(capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "check", str(CONTRACTS), "--json")
    findings = json.loads(out)["findings"]
    errors = [(f["code"], f["indicator"]) for f in findings if f["severity"] == "error"]
    assert errors == [("VETO_CONCLUSION", "梅林-春暖 V1 管理费提取超过比例")]
    assert "比例16.31%超出限值≤16%，但结论写为“符合”" in findings[0]["message"]
    assert code == 1


ENTITY_RUBRIC = """\
project: 社区服务
grades: [{name: 优, min: 90}, {name: 良, min: 80}, {name: 中, min: 60}, {name: 差, min: 0}]
indicators:
  - code: "1"
    name: 产出
    weight: 60
    children:
      - code: "1.1"
        name: 服务档案
        weight: 60
        criteria: 每出现1个服务点未按合同约定完成的，扣10分，扣完为止
  - code: "2"
    name: 效益
    weight: 40
    children:
      - code: "2.1"
        name: 满意度
        weight: 40
        criteria: 得分=满意度×40分
vetoes:
  - {code: V1, name: 管理费超比例, limit: ≤16%, grade: 差}
entities:
  kind: 社区
  fields: [社区]
  list:
    - name: 湖景
      fields: {社区: 湖景}
      published: {total: 96, grade: 优, rank: 1}
      data:
        "1.1": {items: {columns: [档案], targets: [70], rows: {一站: [81], 二站: [75]}}}
        "2.1": {rate: 90%}
    - name: 田贝
      fields: {社区: 田贝}
      published: {total: 86, grade: 良, rank: 2}
      data:
        "1.1": {items: {columns: [档案], targets: [70], rows: {一站: [60], 二站: [88]}}}
        "2.1": {rate: 90%}
        V1: {rate: 17%, conclusion: 符合}
"""


def test_entities_recompute_totals_force_veto_grades_and_check_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "e.yaml"
    path.write_text(textwrap.dedent(ENTITY_RUBRIC), encoding="utf-8")
    _, out = run(capsys, "score", str(path), "--json")
    ranking = {r["name"]: r for r in json.loads(out)["ranking"]}
    assert (ranking["湖景"]["total"], ranking["湖景"]["grade"], ranking["湖景"]["recomputed"]) == (96, "优", True)
    # 田贝: 50 + 36 = 86, but its management fee of 17% breaches the veto: grade forced to 差
    assert (ranking["田贝"]["total"], ranking["田贝"]["grade"], ranking["田贝"]["veto"]) == (86, "差", "一票否决")
    code, out = run(capsys, "check", str(path), "--json")
    found = {(f["code"], f["indicator"]) for f in json.loads(out)["findings"]}
    assert ("VETO_CONCLUSION", "田贝 V1 管理费超比例") in found
    assert ("VETO_UNMARKED", "田贝 V1 管理费超比例") in found
    assert ("ENTITY_GRADE", "田贝") in found  # published 良, forced 差
    assert code == 1


def test_contract_workbook_has_ranking_and_spread_sheets_with_native_charts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import openpyxl

    book = tmp_path / "合同.xlsx"
    assert main(["build", str(CONTRACTS), "-o", str(book)]) == 0
    workbook = openpyxl.load_workbook(book)
    ranking = workbook["排名"]
    assert [c.value for c in ranking[2]] == ["排名", "用人单位", "机构简称", "总分", "等级", "一票否决"]
    rows = [tuple(c.value for c in row) for row in ranking.iter_rows(min_row=3, max_row=26)]
    assert rows == [(r, u, o, t, g, v or None) for r, u, o, t, g, v in TABLE_1]
    assert len(ranking._charts) == 1
    spread = workbook["分差"]
    assert [c.value for c in spread[4]][:6] == ["4", "财务管理", 100, 100, 79, 21]
    assert len(spread._charts) == 2


def _entity_rows(path: Path) -> dict[str, list]:
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("逐单位得分").to_python(skip_empty_area=False)
    return {str(row[0]): row for row in rows if row and row[0]}


def test_entity_score_sheet_is_live_and_survives_regeneration(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import openpyxl

    from pingfen.workbook import service
    from pingfen.workbook.read import read_book

    book = tmp_path / "合同.xlsx"
    assert main(["build", str(CONTRACTS), "-o", str(book)]) == 0
    rows = _entity_rows(book)
    count = len(TABLE_1)
    totals, grades, ranks = rows["总分"][3:3 + count], rows["等级"][3:3 + count], rows["排名"][3:3 + count]
    assert totals == [t for _, _, _, t, _, _ in TABLE_1]
    assert grades == [g for _, _, _, _, g, _ in TABLE_1]
    # ties share a rank, as Excel's RANK does: 137.5 twice → 15, 134.5 four times → 17
    assert ranks[14:21] == [15, 15, 17, 17, 17, 17, 21]
    assert rows["一票否决（是/否）"][3 + 12] == "是" and rows["已整改（是/否）"][3 + 12] == "是"  # 南园
    assert rows["1.3"][3:6] == [10, "", 10]  # 妇联's 1.3 is not printed: it stays blank
    assert rows["1.3"][-3:] == [10, 0, 10]  # 最高/最低/分差 over the printed scores (表4/表5)

    # the evaluator types every score of the 教育局 contract: its total is recomputed, not the published one
    workbook = openpyxl.load_workbook(book)
    meta_cells = _meta(book)["entity_inputs"]["教育局-社联"]
    leaves = [code for code in meta_cells if not code.startswith("__")]
    for code in leaves:
        sheet, address = meta_cells[code]
        workbook[sheet][address] = 0 if code.startswith("5") else 1
    workbook.save(book)
    service.recalc(book)
    total_row = _entity_rows(book)["总分"]
    expected = sum(0 if code.startswith("5") else 1 for code in leaves)
    assert total_row[3] == expected
    assert _entity_rows(book)["排名"][3] == 24  # far below every published total now
    # regenerating keeps the typed scores and the entities
    assert main(["regenerate", str(book)]) == 0
    again = read_book(book)
    assert again.values[("@教育局-社联", "1.1")] == 1 and again.rubric.entities is not None
    assert _entity_rows(book)["总分"][3] == expected


def _meta(path: Path) -> dict:
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("_pingfen").to_python(skip_empty_area=False)
    return json.loads("".join(str(row[0]) for row in rows if row and row[0]))


@pytest.mark.libreoffice
def test_entity_sheet_formulas_agree_with_libreoffice(tmp_path: Path) -> None:
    from decimal import Decimal

    from pingfen.engines import libreoffice
    from pingfen.workbook import service

    book = tmp_path / "合同.xlsx"
    assert main(["build", str(CONTRACTS), "-o", str(book)]) == 0
    mine = service.recalc(book).values
    theirs = libreoffice.evaluate_workbook(book)
    for ref, value in mine.items():
        expected = float(value) if isinstance(value, Decimal) else value
        got = theirs.get(ref)
        if expected in (None, "") and got in (None, ""):
            continue
        assert (abs(expected - got) <= 1e-9) if isinstance(expected, float) else expected == got, (ref, expected, got)


@pytest.mark.libreoffice
def test_entity_subtotals_and_totals_are_pending_while_a_score_is_missing(tmp_path: Path) -> None:
    import openpyxl

    from pingfen.engines import libreoffice

    rubric = tmp_path / "e.yaml"
    rubric.write_text(textwrap.dedent(ENTITY_RUBRIC), encoding="utf-8")
    book = tmp_path / "e.xlsx"
    assert main(["build", str(rubric), "-o", str(book)]) == 0
    cells = _meta(book)["entity_inputs"]["湖景"]
    workbook = openpyxl.load_workbook(book)
    sheet = workbook[cells["2.1"][0]]
    sheet[cells["2.1"][1]] = None  # 湖景's 满意度 score not entered yet
    workbook.save(book)
    assert main(["recalc", str(book)]) == 0
    rows = _entity_rows(book)
    # 湖景 (column D): 效益 is 待评, the total falls back on the published 96; 田贝 (E): 50 + 36 = 86, vetoed
    assert rows["2"][3:5] == ["待评", 36] and rows["1"][3:5] == [60, 50]
    assert rows["总分"][3:5] == [96, 86] and rows["等级"][3:5] == ["优", "差"] and rows["排名"][3:5] == [1, 2]

    workbook = openpyxl.load_workbook(book)
    workbook[cells["__total"][0]][cells["__total"][1]] = None  # and no published total either
    workbook.save(book)
    assert main(["recalc", str(book)]) == 0
    rows = _entity_rows(book)
    assert rows["总分"][3:5] == ["待评", 86] and rows["等级"][3:5] == ["待评（数据未录全）", "差"] and rows["排名"][3:5] == ["", 1]
    theirs = libreoffice.evaluate_workbook(book)
    labels = {str(cell.value): cell.row for cell in openpyxl.load_workbook(book)["逐单位得分"]["A"] if cell.value}
    for label in ("2", "总分", "等级", "排名"):
        assert [theirs.get(("逐单位得分", f"{column}{labels[label]}")) for column in "DE"] == rows[label][3:5]
