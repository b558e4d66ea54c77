"""The 绩效评分 ribbon's actions on a recording fake of the xlwings object model (no Excel needed).

The final state of the workbook after an action must equal what the openpyxl backend (the CLI)
writes for the same workbook: values, formulas, merged ranges and number formats of every sheet,
for both writers (the desktop one, which inserts the sheets rendered by the openpyxl backend, and
the block writer used by xlwings Lite and macOS). The number of cross-application calls of the
desktop writer must not depend on the size of the rubric.
"""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from pingfen.excel import actions
from pingfen.excel.actions import ACTIONS, dispatch
from fake_xlwings import FakeApp, FakeBook, book_with_rubric, openpyxl_state, synthetic_rubric
from pingfen.excel.xlwings_backend import LiveBook, address_chunks, com_formula, excel_text, rectangles
from pingfen.rubric import load_rubric
from pingfen.workbook import service
from pingfen.workbook.layout import fit_rows
from pingfen.workbook.plan import BookValues
from pingfen.workbook.read import read_grids
from pingfen.workbook.xlsx import write_book

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "rubrics" / "seed000_luohu_dangqun_2022.yaml"
WRITERS = ("stamp", "direct")


def _typed(value: Any) -> Any:
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, (int, float)):
        return ("number", float(value))
    return (type(value).__name__, value)


def _normalised(state: dict[str, Any]) -> dict[str, Any]:
    return {**state, "cells": {address: _typed(value) for address, value in state["cells"].items()}}


def assert_same_workbook(book: FakeBook, path: Path) -> None:
    """Every sheet of the fake equals the sheet of the xlsx at ``path`` (order, values and
    formulas, merges, number formats, hidden/protected flags)."""
    expected = openpyxl.load_workbook(path)
    assert book.names() == expected.sheetnames
    for ws in expected.worksheets:
        sheet = book.sheet(ws.title)
        want, got = _normalised(openpyxl_state(ws)), _normalised(sheet.state())
        for key in ("cells", "merges", "formats"):
            if want[key] != got[key]:
                if isinstance(want[key], dict):
                    diff = {k: (want[key].get(k), got[key].get(k)) for k in set(want[key]) | set(got[key]) if want[key].get(k) != got[key].get(k)}
                else:
                    diff = sorted(set(want[key]) ^ set(got[key]))
                pytest.fail(f"{ws.title} {key} differ: {len(diff)} e.g. {list(diff.items())[:4] if isinstance(diff, dict) else diff[:4]}")
        assert sheet.hidden == (ws.sheet_state != "visible"), ws.title


def calamine_grids(path: Path) -> dict[str, list[list[Any]]]:
    book = CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python(skip_empty_area=False) for name in book.sheet_names}


def expected_generation(book: FakeBook, tmp_path: Path) -> Path:
    """What the CLI code writes for the fake's workbook: read the file, regenerated_layout, write."""
    start = tmp_path / "start.xlsx"
    book._save(start)
    layout, inputs, _ = service.regenerated_layout(read_grids(book._name, calamine_grids(start), allow_new=True))
    values = BookValues(layout.book, inputs).all()
    for sheet in layout.book.sheets:
        fit_rows(sheet, values)
    target = tmp_path / "expected.xlsx"
    write_book(layout.book, target)
    return target


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Seed 000 built by the CLI, with all its data typed in."""
    path = tmp_path_factory.mktemp("built") / "seed000.xlsx"
    service.build(load_rubric(str(SEED)), path)
    return path


def first_formula(book: FakeBook, sheet: str = "评分表") -> tuple[int, int, str]:
    """(row, column, address) of the first formula cell of a leaf row."""
    cells = book.sheet(sheet).cells
    row, column = min(pos for pos, cell in cells.items() if cell.formula and pos[0] >= 4)
    return row, column, f"{openpyxl.utils.get_column_letter(column)}{row}"


def fake_from_file(path: Path, fullname: str | None = None) -> tuple[FakeApp, FakeBook]:
    app = FakeApp()
    book = app.books.add(path.name, fullname or str(path))
    book.load_xlsx(path)
    return app, book


# ---------------------------------------------------------------- 生成评分表


@pytest.mark.parametrize("writer", WRITERS)
def test_generate_from_the_rubric_sheet_equals_the_openpyxl_backend(writer: str, tmp_path: Path) -> None:
    app = FakeApp()
    book = book_with_rubric(app, load_rubric(str(SEED)))
    expected = expected_generation(book, tmp_path)
    outcome = dispatch("generate", book, writer=writer)
    assert outcome.ok, outcome.message
    assert_same_workbook(book, expected)
    assert book.active == "评分表"
    assert book.sheet("_pingfen").hidden
    assert app.alerts and "27 个末级指标" in app.alerts[-1][1]
    if writer == "stamp":
        # the inserted sheets carry everything the openpyxl backend writes
        assert book.sheet("评分表").protected and book.sheet("评分表").conditional_formats > 0
        assert book.sheet("汇总").charts == 1
        assert book.sheet("评分表").freeze == "A4"


@pytest.mark.parametrize("writer", WRITERS)
def test_the_evaluator_can_type_into_the_input_cells_of_protected_sheets(writer: str) -> None:
    """Excel refuses to write into a locked cell of a protected sheet: every input cell the layout
    declares must be unlocked before the sheet is protected, every formula cell stays locked."""
    app = FakeApp()
    book = book_with_rubric(app, load_rubric(str(SEED)))
    assert dispatch("generate", book, writer=writer, show=False).ok
    saved = read_grids("评分.xlsx", {name: LiveBook(book).read_grid(name) for name in book.names()})
    cells = [ref for names in saved.inputs.values() for ref in names.values()]
    assert cells and {sheet for sheet, _ in cells} <= set(book.names())
    assert book.sheet("评分表").protected
    for sheet, address in cells:
        row, column = openpyxl.utils.cell.coordinate_to_tuple(address)
        book.sheet(sheet)._enter(row, column, "1")  # raises on a locked cell of a protected sheet
    row, column, address = first_formula(book)
    with pytest.raises(RuntimeError, match=f"锁定的单元格 {address}"):
        book.sheet("评分表")._enter(row, column, "1")


def test_generate_keeps_excel_quiet_and_restores_its_state(tmp_path: Path) -> None:
    app = FakeApp()
    book = book_with_rubric(app, load_rubric(str(SEED)))
    dispatch("generate", book, writer="stamp")
    assert app.history[:4] == [("screen_updating", False), ("calculation", "manual"), ("enable_events", False), ("display_alerts", False)]
    assert app.history[-4:] == [("screen_updating", True), ("calculation", "automatic"), ("enable_events", True), ("display_alerts", True)]


def test_state_is_restored_when_an_action_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    app = FakeApp()
    book = book_with_rubric(app, load_rubric(str(SEED)))

    def broken(self: LiveBook, *args: Any, **kwargs: Any) -> str:
        assert app.state("screen_updating") is False and app.state("calculation") == "manual"
        raise RuntimeError("COM 调用失败")

    monkeypatch.setattr(LiveBook, "replace_sheets", broken)
    outcome = dispatch("generate", book)
    assert not outcome.ok
    assert "未完成" in outcome.message and "RuntimeError" in outcome.message and "Traceback" not in outcome.message
    assert app.state("screen_updating") is True and app.state("calculation") == "automatic"
    assert app.state("enable_events") is True and app.state("display_alerts") is True
    assert book.names() == ["指标体系"]


def test_generate_without_a_rubric_sheet_creates_a_blank_one() -> None:
    app = FakeApp()
    book = app.books.add("新建.xlsx")
    book.new_sheet("Sheet1")
    outcome = dispatch("generate", book, writer="direct")
    assert outcome.ok and "空白的指标体系表" in outcome.message
    assert book.names() == ["Sheet1", "指标体系"]
    header = [book.sheet("指标体系").cells[(11, c)].value for c in range(1, 4)]
    assert header == ["编码", "指标名称", "分值"]


def test_generate_refuses_to_overwrite_sheets_it_did_not_make() -> None:
    app = FakeApp()
    book = book_with_rubric(app, load_rubric(str(SEED)))
    book.new_sheet("评分表", [["我自己的表"]])
    outcome = dispatch("generate", book, writer="stamp")
    assert not outcome.ok and "评分表" in outcome.message and "不是 pingfen 生成的" in outcome.message
    assert book.sheet("评分表").cells[(1, 1)].value == "我自己的表"


def test_a_rubric_sheet_error_is_reported_with_its_cell() -> None:
    app = FakeApp()
    book = book_with_rubric(app, load_rubric(str(SEED)))
    book.sheet("指标体系").cells[(13, 3)].value = "约五分左右"  # a weight that is not a number
    outcome = dispatch("generate", book, writer="stamp")
    assert not outcome.ok and "指标体系!C13" in outcome.message and "分值应为数值" in outcome.message


def test_the_desktop_writer_falls_back_to_block_writes(tmp_path: Path) -> None:
    app = FakeApp(fail_stamp=True)  # e.g. macOS, or Sheets.Add(Type=...) refused
    book = book_with_rubric(app, load_rubric(str(SEED)))
    expected = expected_generation(book, tmp_path)
    outcome = dispatch("generate", book, writer="stamp")
    assert outcome.ok, outcome.message
    assert_same_workbook(book, expected)


# ---------------------------------------------------------------- 重新生成: inputs kept as the CLI keeps them


@pytest.mark.parametrize("writer", WRITERS)
def test_regenerate_keeps_every_input_as_the_cli_does(writer: str, built: Path, tmp_path: Path) -> None:
    path = tmp_path / "评分 工作簿.xlsx"
    shutil.copy(built, path)
    # the same edits in the file (for the CLI) and in the live workbook: a leaf removed (its data
    # has no home any more) and a 评分标准 changed
    wb = openpyxl.load_workbook(path)
    ws = wb["指标体系"]
    codes = {ws.cell(row, 1).value: row for row in range(12, ws.max_row + 1)}
    victim = codes["2.1.1"]
    for column in range(1, 10):
        ws.cell(victim, column).value = None
    ws.cell(codes["3.1.1"], 5).value = "每少10%扣1分，扣完为止"
    wb.save(path)
    app, book = fake_from_file(path, fullname=str(tmp_path / "live" / path.name))
    (tmp_path / "live").mkdir()
    sheet = book.sheet("指标体系")
    for column in range(1, 10):
        sheet.cells.pop((victim, column), None)
    sheet.cells[(codes["3.1.1"], 5)].value = "每少10%扣1分，扣完为止"

    outcome = dispatch("regenerate", book, writer=writer)
    assert outcome.ok, outcome.message
    service.regenerate(path)  # the CLI, on the file
    assert_same_workbook(book, path)
    assert "未匹配数据" in book.names()
    assert book.saved_copies and "备份" in book.saved_copies[0]


SEEDS = sorted((ROOT / "rubrics").glob("seed*.yaml"))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda path: path.stem)
def test_every_seed_generates_and_regenerates_as_the_cli(seed: Path, tmp_path: Path) -> None:
    app = FakeApp()
    book = book_with_rubric(app, load_rubric(str(seed)))
    expected = expected_generation(book, tmp_path)
    assert dispatch("generate", book, writer="stamp", show=False).ok
    assert_same_workbook(book, expected)
    path = tmp_path / "built.xlsx"
    service.build(load_rubric(str(seed)), path)
    app, book = fake_from_file(path, fullname=str(tmp_path / "live.xlsx"))
    outcome = dispatch("regenerate", book, writer="stamp", show=False)
    assert outcome.ok, outcome.message
    service.regenerate(path)
    assert_same_workbook(book, path)


def test_regenerate_needs_a_generated_workbook() -> None:
    app = FakeApp()
    book = book_with_rubric(app, load_rubric(str(SEED)))
    outcome = dispatch("regenerate", book)
    assert not outcome.ok and "生成评分表" in outcome.message and "_pingfen" in outcome.message


def test_values_read_through_xlwings_are_what_calamine_reads(built: Path) -> None:
    """Excel hands numbers over as floats and date-formatted cells as datetimes; read_grids makes
    the same values of them as of what the file reader returns."""
    app, book = fake_from_file(built)
    live = LiveBook(book)
    grids = live.read_grids(["指标体系", "_pingfen", "评分表", "数据", "未匹配数据"])
    assert read_grids("x", grids).values == read_grids("x", calamine_grids(built)).values
    cell = next(c for c in book.sheet("数据").cells.values() if isinstance(c.value, float))
    cell.number_format = "yyyy-mm-dd"
    assert any(isinstance(v, dt.datetime) for row in live.read_grid("数据") for v in row)


# ---------------------------------------------------------------- 重新计算, 校验


def test_recalculate_agrees_with_excel_and_writes_the_check_sheet(built: Path) -> None:
    app, book = fake_from_file(built)
    outcome = dispatch("recalculate", book, writer="stamp")
    assert outcome.ok, outcome.message
    assert "结果一致" in outcome.message and "总分：" in outcome.message
    assert "app.calculate()" in app.calls
    check = book.sheet("校验")
    assert check.cells[(2, 1)].value == "级别"
    assert book.active == "校验"
    assert book.names()[-2:] == ["校验", "_pingfen"] or "校验" in book.names()


def test_recalculate_reports_cells_where_excel_differs(built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app, book = fake_from_file(built)
    calculate = FakeBook._calculate
    row, column, address = first_formula(book)

    def wrong(self: FakeBook) -> None:
        calculate(self)
        self.sheet("评分表").cells[(row, column)].computed = 99.0  # Excel shows something else

    monkeypatch.setattr(FakeBook, "_calculate", wrong)
    outcome = dispatch("recalculate", book, writer="direct")
    assert outcome.ok and "1 处不一致" in outcome.message
    texts = [cell.value for cell in book.sheet("校验").cells.values() if isinstance(cell.value, str)]
    assert any(f"评分表!{address}" in text and "99" in text for text in texts)


def test_recalculate_refuses_stale_formulas(built: Path) -> None:
    app, book = fake_from_file(built)
    row, column, address = first_formula(book)
    book.sheet("评分表").cells[(row, column)].formula = "=1+1"
    outcome = dispatch("recalculate", book, writer="stamp")
    assert not outcome.ok and f"评分表!{address}" in outcome.message and "重新生成" in outcome.message


def test_validate_checks_what_the_evaluator_typed(built: Path) -> None:
    app, book = fake_from_file(built)
    live_cells = book.sheet("评分表").cells
    # an entered score that contradicts the rule, and no reason for it
    header = {live_cells[(3, c)].value: c for c in range(1, 20) if (3, c) in live_cells}
    row = next(r for r in range(4, 60) if (r, header["录入得分"]) in live_cells and live_cells[(r, header["得分"])].formula)
    live_cells[(row, header["录入得分"])].value = 0.5
    live_cells.pop((row, header["理由"]), None)
    outcome = dispatch("validate", book, writer="stamp")
    assert outcome.ok, outcome.message
    texts = [cell.value for cell in book.sheet("校验").cells.values() if isinstance(cell.value, str)]
    assert "ENTERED_MISMATCH" in texts and "NO_REASON" in texts
    assert "校验完成" in outcome.message


def test_validate_warns_about_an_edited_rubric(built: Path) -> None:
    app, book = fake_from_file(built)
    book.sheet("指标体系").cells[(14, 5)].value = "每少10%扣1分"  # a 评分标准 changed, not regenerated yet
    outcome = dispatch("validate", book, writer="direct")
    assert outcome.ok
    texts = [cell.value for cell in book.sheet("校验").cells.values() if isinstance(cell.value, str)]
    assert "FORMULA_STALE" in texts


# ---------------------------------------------------------------- 导出, 关于, dispatch


def test_export_writes_a_clean_copy(built: Path, tmp_path: Path) -> None:
    path = tmp_path / "项目评分.xlsx"
    shutil.copy(built, path)
    app, book = fake_from_file(path)
    own = book.new_sheet("测算")
    own._enter(1, 1, 924.8)
    own._enter(1, 2, '=SCORE_RATE(A1,930,"得分为预算执行率*4分",4)')
    own._enter(1, 3, "=B1*2")
    app.calculate()
    outcome = dispatch("export", book)
    assert outcome.ok, outcome.message
    target = tmp_path / "项目评分（报送版）.xlsx"
    assert str(target) in outcome.message
    clean = openpyxl.load_workbook(target)
    assert "_pingfen" not in clean.sheetnames and "评分表" in clean.sheetnames
    assert clean["测算"]["B1"].value == pytest.approx(3.98)  # the add-in function became its value
    assert clean["测算"]["C1"].value == "=B1*2"  # native formulas stay
    _, _, address = first_formula(book)
    assert str(clean["评分表"][address].value).startswith("=")
    assert path.exists() and book.names()[-1] == "测算"  # the open workbook is unchanged


def test_about_names_the_versions() -> None:
    app = FakeApp()
    book = book_with_rubric(app, load_rubric(str(SEED)))
    outcome = dispatch("about", book)
    assert outcome.ok and "xlwings 0.37.8" in outcome.message and "有指标体系，尚未生成" in outcome.message


def test_an_unknown_tag_is_a_message_not_an_exception() -> None:
    app = FakeApp()
    book = book_with_rubric(app, load_rubric(str(SEED)))
    outcome = dispatch("no_such_button", book)
    assert not outcome.ok and "no_such_button" in outcome.message
    assert app.alerts[-1][1] == outcome.message


def test_the_registry() -> None:
    assert list(ACTIONS) == ["generate", "regenerate", "recalculate", "validate", "export", "about"]
    for tag, entry in ACTIONS.items():
        assert tag.isidentifier() and tag.isascii() and entry.label and entry.tip
    assert actions.dispatch is dispatch


# ---------------------------------------------------------------- cross-application calls


def _calls(leaves: int, action: str, directory: Path) -> int:
    app = FakeApp()
    book = book_with_rubric(app, synthetic_rubric(leaves), fullname=str(directory / f"合成{leaves}.xlsx"))
    if action != "generate":
        assert dispatch("generate", book, writer="stamp", show=False).ok
        app.calls.clear()
    outcome = dispatch(action, book, writer="stamp", show=False)
    assert outcome.ok, outcome.message
    return len(app.calls)


def test_generating_costs_the_same_few_calls_for_30_and_100_indicators(tmp_path: Path) -> None:
    small, large = _calls(30, "generate", tmp_path), _calls(100, "generate", tmp_path)
    assert small == large < 60


def test_regenerating_costs_the_same_calls_for_30_and_100_indicators(tmp_path: Path) -> None:
    # about twice the number of generated sheets (each is renamed, then deleted) plus reading them
    small, large = _calls(30, "regenerate", tmp_path), _calls(100, "regenerate", tmp_path)
    assert small == large < 80


# ---------------------------------------------------------------- helpers of the backend


@pytest.mark.parametrize(
    "text, fmt, sent",
    [
        ("决策", "General", "决策"),
        ("1.1", "General", "'1.1"),
        ("85%", "General", "'85%"),
        ("=SUM(A1)", "General", "'=SUM(A1)"),
        ("#N/A", "General", "'#N/A"),
        ("TRUE", "General", "'TRUE"),
        ("2022年度", "General", "'2022年度"),
        ("1.1", "@", "1.1"),
        ("", "General", ""),
    ],
)
def test_text_is_sent_so_that_excel_keeps_it_text(text: str, fmt: str, sent: str) -> None:
    assert excel_text(text, fmt) == sent


def test_formulas_are_sent_without_file_prefixes() -> None:
    assert com_formula('=_xlfn.IFS(A1>1,"_xlfn.x",TRUE,2)') == '=IFS(A1>1,"_xlfn.x",TRUE,2)'


def test_cells_are_grouped_into_few_areas_within_the_address_limit() -> None:
    cells = [f"{c}{r}" for r in range(4, 30) for c in "HI"] + ["H31", "I31", "K5"]
    assert rectangles(cells) == ["H4:I29", "K5", "H31:I31"]
    chunks = address_chunks([f"A{r}" for r in range(1, 200, 2)])
    assert all(len(chunk) <= 255 for chunk in chunks) and sum(chunk.count(",") + 1 for chunk in chunks) == 100


# ---------------------------------------------------------------- xlwings Lite


def test_the_lite_scripts_run_the_same_actions(tmp_path: Path) -> None:
    import runpy

    lite = runpy.run_path(str(ROOT / "addin" / "excel" / "lite" / "main.py"))
    assert {"SCORE_RATE", "SCORE_ITEMS", "SCORE_POINTS", "SURVEY_RATE", "SCORE_GRADE", "RULE_CHECK"} <= set(lite)
    assert {"generate", "regenerate", "recalculate", "validate", "about"} <= set(lite) and "export" not in lite
    app = FakeApp()
    book = book_with_rubric(app, load_rubric(str(SEED)))
    expected = expected_generation(book, tmp_path)
    lite["generate"](book)
    assert_same_workbook(book, expected)
    assert app.history == []  # Lite has no screen updating/calculation properties to switch
    assert not any(".api." in call for call in app.calls)  # nor the COM object model
    lite["validate"](book)
    assert "校验完成" in app.alerts[-1][1]


def test_lite_requirements_pin_the_same_xlwings() -> None:
    import xlwings

    lines = (ROOT / "addin" / "excel" / "lite" / "requirements.txt").read_text(encoding="utf-8").splitlines()
    assert f"xlwings=={xlwings.__version__}" in lines
