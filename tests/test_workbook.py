"""The generated 评分表 workbook through the CLI: build, recalc (cached values), regenerate, demo;
values read back with python-calamine and, independently, recalculated by LibreOffice."""

from __future__ import annotations

import json
import re
import shutil
import textwrap
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from pingfen.cli import main
from pingfen.engines import libreoffice
from pingfen.rules.evaluate import XlError
from pingfen.workbook import service
from pingfen.workbook.layout import META_SHEET, SCORE_SHEET, UNMATCHED_SHEET
from pingfen.workbook.read import coordinates, read_book

ROOT = Path(__file__).resolve().parents[1]
SEEDS = {
    "seed000_luohu_dangqun_2022": (91, "优"),
    "seed001_futian_shegong_2020": (95.98, "优"),
    "seed002_baiyun_shegongzhan_2023": (95.48, "优"),
    "seed003_xishan_dangzuzhi_2024": (88.51, "良"),
    "seed004_fuzhou_zhuanzhi_2020": (94.7, "优"),
}
# Functions a generated workbook may use: portable across Excel 2010+, WPS, LibreOffice (no UDFs).
PORTABLE = {"IF", "AND", "OR", "NOT", "MIN", "MAX", "ROUND", "CEILING", "FLOOR", "ABS", "SUM", "COUNT", "ISNUMBER", "MID", "YEAR", "MONTH", "DAY", "FIND", "NA", "ISERROR", "LEFT"}  # NA(): a grade the rule does not list (Excel, LibreOffice and formulas all have it); ISERROR/LEFT: a typed grade not held by an option saying it with a lesser degree or in a longer run of its first letter (Excel, WPS, LibreOffice, formulas and pingfen's recalc all have them)


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def python_values(path: Path) -> dict[tuple[str, str], object]:
    result = service.recalc(path, path.with_name(path.stem + ".check.xlsx"))
    return {ref: (float(v) if isinstance(v, Decimal) else v.code if isinstance(v, XlError) else v) for ref, v in result.values.items()}


def same(mine: object, theirs: object) -> bool:
    if mine in (None, "") and theirs in (None, ""):
        return True
    if isinstance(mine, float) and isinstance(theirs, (int, float)) and not isinstance(theirs, bool):
        return abs(mine - theirs) <= 1e-9
    return mine == theirs


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("books")
    paths = {}
    for seed in SEEDS:
        path = folder / f"{seed}.xlsx"
        assert main(["build", str(ROOT / "rubrics" / f"{seed}.yaml"), "-o", str(path)]) == 0
        assert main(["recalc", str(path)]) == 0
        paths[seed] = path
    return paths


def meta_of(path: Path) -> dict:
    book = CalamineWorkbook.from_path(str(path))
    rows = book.get_sheet_by_name(META_SHEET).to_python(skip_empty_area=False)
    return json.loads("".join(str(row[0]) for row in rows if row and row[0]))


def cell(path: Path, ref: list[str]) -> object:
    sheet, address = ref
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    row, column = coordinates(address)
    return rows[row - 1][column - 1]


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_cached_values_read_by_calamine_show_published_total_and_grade(seed: str, built: dict[str, Path]) -> None:
    path = built[seed]
    meta = meta_of(path)
    total, grade = SEEDS[seed]
    assert cell(path, meta["total"]) == pytest.approx(total)
    assert cell(path, meta["grade"]) == grade
    # every formula cell's cached value is the Python value
    mine = python_values(path)
    book = CalamineWorkbook.from_path(str(path))
    grids = {name: book.get_sheet_by_name(name).to_python(skip_empty_area=False) for name in {s for s, _ in mine}}
    for (sheet, address), value in mine.items():
        row, column = coordinates(address)
        cached = grids[sheet][row - 1][column - 1]
        assert same(value, cached), (sheet, address, value, cached)


@pytest.mark.libreoffice
def test_libreoffice_recalculation_agrees_with_python_on_every_cell(built: dict[str, Path], tmp_path: Path) -> None:
    # LibreOffice recomputes every formula from the inputs (forced recalculation), independently of
    # the cached values pingfen wrote.
    for seed, path in built.items():
        values = libreoffice.evaluate_workbook(path)
        mine = python_values(path)
        differences = [(ref, mine[ref], values.get(ref)) for ref in mine if not same(mine[ref], values.get(ref))]
        assert differences == [], seed
        meta = meta_of(path)
        assert values[tuple(meta["total"])] == pytest.approx(SEEDS[seed][0])
        assert values[tuple(meta["grade"])] == SEEDS[seed][1]


def test_generated_formulas_are_native_and_portable(built: dict[str, Path]) -> None:
    for path in built.values():
        book = openpyxl.load_workbook(path)
        for sheet in book.worksheets:
            for row in sheet.iter_rows():
                for target in row:
                    if target.data_type == "f":
                        functions = set(re.findall(r"([A-Z][A-Z0-9.]*)\(", re.sub(r'"[^"]*"', "", target.value)))
                        assert functions <= PORTABLE, (sheet.title, target.coordinate, functions)


def test_recalc_keeps_formulas_styles_merges_validations_and_protection(built: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = built["seed000_luohu_dangqun_2022"]
    before = openpyxl.load_workbook(source)
    target = tmp_path / "recalculated.xlsx"
    code, out, _ = cli(capsys, "recalc", str(source), "-o", str(target), "--verify")
    assert code == 0 and "已用 formulas 引擎复核：全部一致。" in out
    after = openpyxl.load_workbook(target)
    assert before.sheetnames == after.sheetnames
    for old, new in zip(before.worksheets, after.worksheets):
        assert sorted(map(str, old.merged_cells.ranges)) == sorted(map(str, new.merged_cells.ranges))
        assert len(old.data_validations.dataValidation) == len(new.data_validations.dataValidation)
        assert old.protection.sheet == new.protection.sheet
        assert old.sheet_state == new.sheet_state
        for row_old, row_new in zip(old.iter_rows(), new.iter_rows()):
            for a, b in zip(row_old, row_new):
                assert (a.value, a.number_format, a.font.name, a.fill.fgColor.rgb, a.protection.locked) == (
                    b.value, b.number_format, b.font.name, b.fill.fgColor.rgb, b.protection.locked
                )
    score = after[SCORE_SHEET]
    assert score.protection.sheet is True
    inputs = [c for row in score.iter_rows() for c in row if c.protection.locked is False]
    formulas = [c for row in score.iter_rows() for c in row if c.data_type == "f"]
    assert inputs and formulas and all(c.protection.locked for c in formulas)
    assert score.page_setup.orientation == "landscape" and score.print_title_rows == "$3:$3"


def test_text_is_never_written_as_formula(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rubric = (ROOT / "rubrics" / "seed000_luohu_dangqun_2022.yaml").read_text(encoding="utf-8")
    rubric = rubric.replace("name: 推进社区发展", 'name: "=HYPERLINK(\\"http://x\\",\\"点我\\")"', 1)
    path = tmp_path / "r.yaml"
    path.write_text(rubric, encoding="utf-8")
    book = tmp_path / "b.xlsx"
    assert cli(capsys, "build", str(path), "-o", str(book))[0] == 0
    sheet = openpyxl.load_workbook(book)[SCORE_SHEET]
    hits = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and "HYPERLINK" in c.value]
    assert hits and all(c.data_type == "s" for c in hits)


def test_regenerate_keeps_typed_values_and_backs_up(built: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "book.xlsx"
    shutil.copy(built["seed004_fuzhou_zhuanzhi_2020"], path)
    saved = read_book(path)
    sheet, address = saved.inputs["4.1.3.2"]["count_2"]  # 比较满意 count of the survey
    book = openpyxl.load_workbook(path)
    book[sheet][address] = 10
    reason_sheet, reason_address = saved.inputs["1.1.1"]["reason"]
    book[reason_sheet][reason_address] = "=SUM(1,2) 是文字"
    book[reason_sheet][reason_address].data_type = "s"  # typed as text, as Excel stores '=…
    rubric = book["指标体系"]
    for row in rubric.iter_rows():
        if row[0].value == "1.1.2":
            rubric.delete_rows(row[0].row)  # delete an indicator …
            break
    for row in rubric.iter_rows():
        if row[0].value == "1.1":
            row[2].value = 3  # … and keep the weights consistent
    book.save(path)
    original = path.read_bytes()
    code, out, _ = cli(capsys, "regenerate", str(path))
    assert code == 0 and "原文件备份为" in out
    backups = list(tmp_path.glob("book.备份-*.xlsx"))
    assert len(backups) == 1 and backups[0].read_bytes() == original
    again = read_book(path)
    assert again.values[("4.1.3.2", "count_2")] == 10
    assert again.values[("1.1.1", "reason")] == "=SUM(1,2) 是文字"
    assert "1.1.2" not in again.inputs
    lost = {(row[0], row[2]) for row in again.unmatched}
    assert ("1.1.2", "评价要点①") in lost and ("1.1.2", "评价要点②") in lost
    result = service.recalc(path)
    # 94.7 − 2 (立项程序规范性 deleted) − 0.1 (及时发放: 25/32=78.13% → 78.13%/90%×3 = 2.6 instead of 2.7)
    assert result.total == Decimal("92.6")
    workbook = openpyxl.load_workbook(path)
    assert UNMATCHED_SHEET in workbook.sheetnames


def test_recalc_reports_a_workbook_edited_without_regenerating(built: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "book.xlsx"
    shutil.copy(built["seed002_baiyun_shegongzhan_2023"], path)
    book = openpyxl.load_workbook(path)
    for row in book["指标体系"].iter_rows():
        if row[0].value == "3.2":
            row[5].value = "得分=满意度×8分"
    book.save(path)
    code, out, _ = cli(capsys, "recalc", str(path))
    assert code == 0 and "“指标体系”已修改" in out and "pingfen regenerate" in out


@pytest.mark.parametrize("content, message", [(b"not a zip", "无法读取为 xlsx 工作簿"), (None, "不是 pingfen 生成的评分表工作簿")], ids=["corrupt", "foreign"])
def test_recalc_reports_unusable_files(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, message: str) -> None:
    path = tmp_path / "x.xlsx"
    if content is None:
        openpyxl.Workbook().save(path)
    else:
        path.write_bytes(content)
    code, _, err = cli(capsys, "recalc", str(path))
    assert code == 2 and message in err and "Traceback" not in err


def test_demo_builds_fills_recalculates_and_summarises(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "示例.xlsx"
    code, out, _ = cli(capsys, "demo", "-o", str(output))
    assert code == 0
    assert "总分：91　等级：优" in out
    assert "产出：分值35，得分33，得分率94.29%" in out
    meta = meta_of(output)
    assert cell(output, meta["total"]) == 91


def test_formulas_typed_into_input_cells_survive_regeneration(built: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pingfen.workbook.cached import write_cached_values
    from pingfen.workbook.sheet_xml import read_formulas

    path = tmp_path / "book.xlsx"
    shutil.copy(built["seed000_luohu_dangqun_2022"], path)
    ref = read_book(path).inputs["2.1.2"]["actual"]  # 预算执行率的实际支出
    book = openpyxl.load_workbook(path)
    book[ref[0]][ref[1]] = "=28654/100"
    book.save(path)
    write_cached_values(path, path, {ref: Decimal("286.54")})  # as Excel would have saved it
    code, _, _ = cli(capsys, "regenerate", str(path))
    assert code == 0
    again = read_book(path)
    new_ref = again.inputs["2.1.2"]["actual"]
    assert read_formulas(path)[new_ref] == "28654/100"
    assert again.values[("2.1.2", "actual")] == Decimal("286.54")
    assert service.recalc(path).total == Decimal("91")


def test_appendix_sheet_is_the_reports_table_and_reads_the_scores(built: dict[str, Path]) -> None:
    path = built["seed000_luohu_dangqun_2022"]
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("附件评分表").to_python(skip_empty_area=False)
    assert rows[1][:7] == ["一级指标", "二级指标", "三级指标", "指标解释", "评分标准", "得分", "得分计算过程"]
    leaves = {row[2].split("\n")[0]: row for row in rows[2:] if row[2]}
    assert leaves["个案咨询及辅导数量达标情况"][5] == 2
    assert "笋西（个案辅导7<10）" in leaves["个案咨询及辅导数量达标情况"][6]
    assert leaves["立项依据充分性"][2] == "立项依据充分性\n（5分）"
    totals = {row[0]: row[5] for row in rows if row[0] in ("合计", "评价等级")}
    assert totals == {"合计": 91, "评价等级": "优"}
    sheet = openpyxl.load_workbook(path)["附件评分表"]
    assert sheet.protection.sheet and sheet.print_title_rows == "$2:$2"


INPUT_FORMS = """\
project: 录入表单
indicators:
  - code: "1"
    name: 产出
    weight: 100
    children:
      - code: "1.1"
        name: 个案辅导达标
        weight: 40
        criteria: 每出现1个社区未按合同约定完成的，扣10分，扣完为止
        inputs: {items: {columns: [个案辅导], rows: [湖景, 田贝, 笋西], targets: [10]}}
      - code: "1.2"
        name: 满意度
        weight: 60
        criteria: 满意度90%以上满分，每下降1%，扣1分
        inputs: {options: {满意: 100%, 比较满意: 80%, 不满意: 0%}}
"""


def test_input_forms_of_a_blank_rubric_are_generated_and_compute(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rubric = tmp_path / "forms.yaml"
    rubric.write_text(INPUT_FORMS, encoding="utf-8")
    path = tmp_path / "forms.xlsx"
    assert cli(capsys, "build", str(rubric), "-o", str(path))[0] == 0
    saved = read_book(path)
    assert saved.values[("1.1", "item_2_name")] == "田贝" and saved.values[("1.1", "item_3_target_1")] == 10
    assert saved.values[("1.2", "credit_2")] == Decimal("0.8")
    book = openpyxl.load_workbook(path)
    for (code, name), value in {("1.1", "item_1_actual_1"): 12, ("1.1", "item_2_actual_1"): 8, ("1.1", "item_3_actual_1"): 10,
                                ("1.2", "count_1"): 30, ("1.2", "count_2"): 8, ("1.2", "count_3"): 2}.items():
        sheet, address = saved.inputs[code][name]
        book[sheet][address] = value
    book.save(path)
    result = service.recalc(path)
    # 1.1: 田贝 8<10 → 40−10 = 30; 1.2: (30+6.4)/40 = 91% ≥ 90% → 60
    assert result.total == Decimal("90")
    labels = [row[0] for row in CalamineWorkbook.from_path(str(path)).get_sheet_by_name("数据").to_python(skip_empty_area=False) if row]
    assert "问卷选项2：比较满意" in labels


def test_each_point_of_a_checklist_is_named_as_the_text_writes_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 有年度计划得1分；有工作总结得1分；按时上报得1分 (no ①②③ in the text) once printed ①（1分）；②（1分）；③（1分） and
    # labelled its inputs 评价要点①（1分）… only: which point is ② was for the evaluator to count out
    rubric = tmp_path / "points.yaml"
    rubric.write_text(textwrap.dedent("""\
        project: 评价要点名称
        total: 3
        indicators:
          - code: "1"
            name: 管理
            weight: 3
            children:
              - code: "1.1"
                name: 工作制度
                weight: 3
                criteria: 有年度计划得1分；有工作总结得1分；按时上报得1分
                data: {met: [true, false, true]}
        """), encoding="utf-8")
    path = tmp_path / "points.xlsx"
    assert cli(capsys, "build", str(rubric), "-o", str(path))[0] == 0
    labels = [row[0] for row in CalamineWorkbook.from_path(str(path)).get_sheet_by_name("数据").to_python(skip_empty_area=False) if row]
    assert ["评价要点①（1分） 有年度计划", "评价要点②（1分） 有工作总结", "评价要点③（1分） 按时上报"] == [
        label for label in labels if str(label).startswith("评价要点")]
    assert service.recalc(path).total == Decimal(2)


def test_items_table_checks_each_row_in_helper_columns_beside_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rubric = tmp_path / "forms.yaml"
    rubric.write_text(INPUT_FORMS, encoding="utf-8")
    path = tmp_path / "forms.xlsx"
    assert cli(capsys, "build", str(rubric), "-o", str(path))[0] == 0
    saved = read_book(path)
    sheet, first = saved.inputs["1.1"]["item_1_actual_1"]
    row = int(first[1:])

    def table() -> list[list[Any]]:
        grid = CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python(skip_empty_area=False)
        return [list(line[:7]) for line in grid[row - 2:row + 3]]

    def leaf() -> tuple[Any, Any]:
        scores = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("评分表").to_python(skip_empty_area=False)
        line = next(line for line in scores if "个案辅导达标" in line)
        return line[-3], line[-1]

    # 单位, 个案辅导实际值/目标值, then the rule's columns: the row incomplete, failing (1/0), what fails, the list so far
    assert table()[0] == ["单位", "个案辅导实际值", "个案辅导目标值", "缺数据", "未达标", "未达标情况", "未达标情况（累计）"]
    assert [line[3] for line in table()[1:4]] == [1, 1, 1] and leaf() == ("", "待录入数据")
    book = openpyxl.load_workbook(path)
    for name, value in (("item_1_actual_1", 12), ("item_2_actual_1", 8)):
        book[sheet][saved.inputs["1.1"][name][1]] = value
    book.save(path)
    service.recalc(path)
    assert [line[3] for line in table()[1:4]] == [0, 0, 1] and leaf() == ("", "待录入数据")  # 笋西 still missing
    book = openpyxl.load_workbook(path)
    book[sheet][saved.inputs["1.1"]["item_3_actual_1"][1]] = 10
    book.save(path)
    service.recalc(path)
    # only 田贝 is below its target of 10: one community, 10 points off 40
    assert [line[3:] for line in table()[1:4]] == [[0, 0, "", ""], [0, 1, "、田贝（8<10）", "、田贝（8<10）"], [0, 0, "", "、田贝（8<10）"]]
    assert leaf() == (30, "未达标：田贝（8<10），共1个，每个扣10分，扣10分，得30分")
    # regenerate lays the table out again and keeps what was typed into it
    assert cli(capsys, "regenerate", str(path))[0] == 0
    assert leaf() == (30, "未达标：田贝（8<10），共1个，每个扣10分，扣10分，得30分")
    assert read_book(path).values[("1.1", "item_2_actual_1")] == 8
