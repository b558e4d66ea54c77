"""The Windows smoke test (addin/excel/smoke_test_windows.py) run against the recording fake of
xlwings: its checks pass on a working add-in, and each of them fails when Excel does not do what it
should. Only its ``WindowsExcel`` driver needs Excel; here a fake driver runs the actions the way the
add-in's unattended VBA does (``dispatch(tag, show=False, record=True)``, outcome read back from the
file), and the fake's calculate computes the worksheet functions with the `formulas` engine."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from fake_xlwings import FakeApp, FakeBook
from helpers_addin import simulated_windows as windows

from pingfen.excel.actions import dispatch, outcome_path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("smoke_test_windows", ROOT / "addin" / "excel" / "smoke_test_windows.py")
assert spec and spec.loader
smoke = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = smoke  # dataclasses look their module up
spec.loader.exec_module(smoke)


class FakeExcel:
    def __init__(self) -> None:
        self.app = FakeApp()
        self.addin: Path | None = None
        self.skip: set[str] = set()  # actions that "do nothing" (a broken add-in)

    def open_addin(self, path: Path) -> None:
        self.addin = path

    def new_book(self) -> FakeBook:
        book = self.app.books.add("工作簿1", "工作簿1")
        book.new_sheet("Sheet1")  # as Excel's new workbook
        return book

    def run_action(self, book: FakeBook, tag: str) -> tuple[bool, str]:
        outcome_path().unlink(missing_ok=True)
        if tag not in self.skip:
            dispatch(tag, book, show=False, record=True)
        if not outcome_path().exists():
            return False, "没有结果"
        data = json.loads(outcome_path().read_text(encoding="utf-8"))
        return data["ok"], data["message"]

    def calculate(self) -> None:
        self.app.calculate()

    def save_as(self, book: FakeBook, path: Path) -> None:
        book._fullname, book._name = str(path), path.name
        book._save(path, cached=True)


def test_every_check_passes_on_a_working_add_in(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    machine = windows(tmp_path)
    config = tmp_path / "profile" / ".pingfen" / "pingfen.conf"
    config.parent.mkdir(parents=True)
    config.write_bytes(b'"PYTHONPATH","D:\\\\own"\r\n')  # the user's own settings
    excel = FakeExcel()
    checks = smoke.SmokeTest(excel, tmp_path / "work", machine=machine).run()
    report = smoke.table(checks)
    assert all(check.ok for check in checks), report
    assert [check.step for check in checks] == [smoke.SmokeTest.LABELS[step] for step in smoke.SmokeTest.STEPS]
    details = {check.step: check.detail for check in checks}
    # seed 000's published result: 总分 91, 优 (pingfen score agrees, and so must Excel)
    assert details["重新计算与总分"] == "总分 91、等级 优，与 pingfen score 一致"
    assert details["重新生成（数据保留）"].endswith("总分 91、等级 优，与 pingfen score 一致")
    assert excel.addin == tmp_path / "work" / "XLSTART" / "pingfen.xlam"
    assert config.read_bytes() == b'"PYTHONPATH","D:\\\\own"\r\n'  # put back after the run
    assert f"共 {len(smoke.SmokeTest.STEPS)} 项：通过 {len(smoke.SmokeTest.STEPS)} 项，失败 0 项" in report


def failing(tmp_path: Path, excel: FakeExcel, *steps: str) -> dict[str, str]:
    checks = smoke.SmokeTest(excel, tmp_path / "work", machine=windows(tmp_path)).run(("install", "generate_blank", *steps))
    return {check.step: check.detail for check in checks if not check.ok}


def test_a_wrong_total_in_excel_fails_the_total_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calculate = FakeBook._calculate

    def off_by_one(self: FakeBook) -> None:
        calculate(self)
        for sheet in self._sheets:
            for cell in sheet.cells.values():
                if cell.formula and isinstance(cell.computed, (int, float)) and cell.computed == 91:
                    cell.computed = 90.0

    monkeypatch.setattr(FakeBook, "_calculate", off_by_one)
    failed = failing(tmp_path, FakeExcel(), "generate", "type_data", "recalculate")
    # 重新计算 itself finds the cells where Excel differs from the rule engine
    assert set(failed) == {"重新计算与总分"} and "Excel 与规则引擎结果不一致" in failed["重新计算与总分"]


def test_an_action_that_does_nothing_fails_its_check(tmp_path: Path) -> None:
    excel = FakeExcel()
    excel.skip = {"export"}
    failed = failing(tmp_path, excel, "generate", "export")
    assert set(failed) == {"导出报送版"} and "“export”失败" in failed["导出报送版"]


def test_a_wrong_function_result_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pingfen.functions as functions

    monkeypatch.setattr(functions, "SURVEY_RATE", lambda counts, credits: 0.75)
    failed = failing(tmp_path, FakeExcel(), "functions")
    assert set(failed) == {"工作表函数"}
    assert "=SURVEY_RATE({15;15;10},{1;0.8;0.5}) 得到 0.75，应为 0.8" in failed["工作表函数"]


def test_a_32_bit_office_is_reported_by_the_install_check(tmp_path: Path) -> None:
    machine = windows(tmp_path)
    machine.office_bits = lambda: 32
    checks = smoke.SmokeTest(FakeExcel(), tmp_path / "work", machine=machine).run(("install",))
    install_check = checks[0]
    assert not install_check.ok and "本机 Office 是 32 位" in install_check.detail


def test_the_script_refuses_to_run_without_windows(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(smoke.sys, "platform", "linux")
    assert smoke.main([]) == 2
    assert "Windows" in capsys.readouterr().err


def test_the_functions_cover_every_worksheet_function() -> None:
    from pingfen.excel.udfs import UDF_NAMES

    called = {formula[1:].split("(")[0] for formula, _, _ in smoke.FUNCTIONS}
    assert called == set(UDF_NAMES)
