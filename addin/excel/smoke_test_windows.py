"""Smoke test of pingfen.xlam in a real Windows Excel: replaces the manual checklist.

Run it on a Windows computer with Excel, in the source folder, with the Python of the pingfen
environment, with Excel closed:

    %LOCALAPPDATA%\\pingfen\\venv\\Scripts\\python addin\\excel\\smoke_test_windows.py

It installs the add-in into a scratch folder (and writes the user config that the add-in reads, keeping
a copy of the previous one, which is put back at the end), starts its own Excel instance, opens the
add-in there, and then — through the same VBA procedure the ribbon buttons call, unattended — builds a
评分表 from a new workbook (生成评分表 twice: a blank 指标体系, then the sheets), types the data of
rubrics/seed000, recalculates and compares Excel's total and grade with ``pingfen score``, runs
重新计算, 校验, 重新生成, 导出 and 关于, and calls every worksheet function. It prints a pass/fail
table and exits with 1 when a check failed. Excel stays open when a check failed (to look at the
workbook); the scratch folder is printed.

The checks themselves run in CI against the recording fake of xlwings (tests/test_addin_smoke.py);
only the ``WindowsExcel`` driver below needs Excel.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Protocol

import openpyxl

from pingfen.excel import install, xlam
from pingfen.excel.actions import outcome_path
from pingfen.excel.xlwings_backend import LiveBook, sheet_grid
from pingfen.rubric import load_rubric
from pingfen.workbook.layout import build_layout, rubric_sheet
from pingfen.workbook.read import read_book, read_grids
from pingfen.workbook.service import build

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "rubrics" / "seed000_luohu_dangqun_2022.yaml"
GENERATED = ("评分表", "数据", "汇总", "校验", "_pingfen")
ITEMS_RULE = "每出现1个社区未按合同约定年度服务指标量完成的，扣0.5分，扣完为止"
# Every worksheet function once, with its result worked out by hand (README, 工作表函数)
FUNCTIONS: list[tuple[str, Callable[[Any], bool], str]] = [
    ('=SCORE_RATE(924.8,930,"得分为预算执行率*4分",4)', lambda v: _near(v, 3.98), "3.98（924.8/930×4）"),
    (f'=SCORE_ITEMS({{28,12;23,12;25,7;18,10;17,9;17,10}},{{17,10}},"{ITEMS_RULE}",3)', lambda v: _near(v, 2), "2（两个社区未达标，各扣0.5分）"),
    ('=SCORE_POINTS({"是";"否";"是"},{1;0.5;0.5},2)', lambda v: _near(v, 1.5), "1.5"),
    ("=SURVEY_RATE({15;15;10},{1;0.8;0.5})", lambda v: _near(v, 0.8), "0.8"),
    ("=SCORE_GRADE(88.51)", lambda v: v == "良", "良"),
    ('=RULE_CHECK("每少10%扣1分")', lambda v: isinstance(v, str) and v.startswith("【阶梯扣分】"), "以【阶梯扣分】开头"),
]


def _near(value: Any, expected: float) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and abs(value - expected) < 1e-9


@dataclass
class Check:
    step: str
    ok: bool
    detail: str


class Excel(Protocol):
    """What the checks need from Excel: the real one (``WindowsExcel``) or the recording fake."""

    def open_addin(self, path: Path) -> None: ...
    def new_book(self) -> Any: ...
    def run_action(self, book: Any, tag: str) -> tuple[bool, str]: ...
    def calculate(self) -> None: ...
    def save_as(self, book: Any, path: Path) -> None: ...


class SmokeFailure(AssertionError):
    """A check that failed; the message says what was expected and what Excel had."""


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


class SmokeTest:
    def __init__(self, excel: Excel, workdir: Path, rubric_path: Path = SEED, machine: install.Machine | None = None, score: Callable[[Path], dict] | None = None) -> None:
        self.excel = excel
        self.workdir = workdir
        self.rubric_path = rubric_path
        self.machine = machine or install.Machine()
        self.score = score or pingfen_score
        self.book: Any = None
        self._scored: dict | None = None
        self.checks: list[Check] = []

    # -- steps, in order; each returns what it saw

    def install(self) -> str:
        installed = install.install(self.workdir / "XLSTART", machine=self.machine)
        expect(installed.path.read_bytes() == xlam.ADDIN_FILE.read_bytes(), f"{installed.path} 与安装包中的加载项不同")
        expect(installed.config is not None and installed.config.exists(), "没有写入用户设置文件")
        written = installed.config.read_bytes().decode(self.machine.encoding)  # type: ignore[union-attr]
        key = install.interpreter_key(self.machine)
        expect(f'"{key}","{installed.interpreter}"' in written, f"{installed.config} 中没有 {key}")
        problems = [note for note in installed.notes if ".dll" in note or "Office 是" in note]
        expect(not problems, "；".join(problems))
        self.excel.open_addin(installed.path)
        return f"{installed.path}；{key} = {installed.interpreter}"

    def generate_blank(self) -> str:
        self.book = self.excel.new_book()
        message = self.action("generate")
        expect("指标体系" in self.names(), f"没有新建“指标体系”：{message}")
        return "新建了空白“指标体系”"

    def generate(self) -> str:
        rubric = load_rubric(str(self.rubric_path))
        grid = sheet_grid(rubric_sheet(rubric))
        self.book.sheets["指标体系"].range("A1").value = grid
        message = self.action("generate")
        missing = [name for name in GENERATED if name not in self.names()]
        expect(not missing, f"缺少工作表 {'、'.join(missing)}：{message}")
        return message.splitlines()[0]

    def type_data(self) -> str:
        """The data the CLI's ``pingfen build`` types, typed into the cells the add-in generated,
        matched by indicator code and input name through the workbook's own bookkeeping. A 评分表
        generated from the 指标体系 alone has default shapes: where a leaf's data does not fit them
        (a table of communities where a count of failures is asked), its score from ``pingfen
        score`` is typed as the entered score with a reason, as an evaluator would."""
        reference = self.workdir / "reference.xlsx"
        build(load_rubric(str(self.rubric_path)), reference)
        wanted = read_book(reference)
        raw = openpyxl.load_workbook(reference)
        live = read_grids(str(self.book.name), LiveBook(self.book).read_grids(self.names()))
        scores = {item["code"]: item["score"] for item in self.scored()["indicators"]}
        by_rule, by_hand = 0, 0
        for code, names in wanted.inputs.items():
            cells = live.inputs.get(code, {})
            data = {name: ref for name, ref in names.items() if name not in ("entered", "reason")}
            if set(data) <= set(cells):
                typed = [(cells[name], raw[ref[0]][ref[1]].value) for name, ref in names.items()]
                by_rule += 1
            else:
                expect("entered" in cells and "reason" in cells, f"指标 {code} 没有录入得分的单元格")
                typed = [(cells["entered"], scores[code]), (cells["reason"], "冒烟测试：按 pingfen score 的得分录入")]
                by_hand += 1
            for (sheet, address), value in typed:
                if value is not None:
                    self.book.sheets[sheet].range(address).value = value
        expect(by_rule > 0, "没有一个指标能按数据计算")
        return f"{by_rule} 个指标录入数据，{by_hand} 个指标录入得分"

    def recalculate(self) -> str:
        self.excel.calculate()
        message = self.action("recalculate")
        expect("结果一致" in message, f"Excel 与规则引擎结果不一致：{message}")
        return self.compare_total()

    def validate(self) -> str:
        message = self.action("validate")
        expect(message.startswith("校验完成") and "校验" in self.names(), message)
        return message.splitlines()[0]

    def regenerate(self) -> str:
        message = self.action("regenerate")
        self.excel.calculate()
        return f"{message.splitlines()[0]}；{self.compare_total()}"

    def export(self) -> str:
        path = self.workdir / "罗湖区党群服务中心评分.xlsx"  # a Chinese file name, as evaluators use
        self.excel.save_as(self.book, path)
        message = self.action("export")
        target = path.with_name("罗湖区党群服务中心评分（报送版）.xlsx")
        expect(target.exists(), f"没有生成 {target.name}：{message}")
        sheets = openpyxl.load_workbook(target).sheetnames
        expect("_pingfen" not in sheets and "评分表" in sheets, f"报送版的工作表：{sheets}")
        return target.name

    def about(self) -> str:
        message = self.action("about")
        import xlwings

        expect(f"xlwings {xlwings.__version__}" in message, message)
        return message.splitlines()[0]

    def functions(self) -> str:
        sheet = self.book.sheets.add("函数测试")
        for row, (formula, _, _) in enumerate(FUNCTIONS, start=1):
            sheet.range(f"A{row}").formula = formula
        self.excel.calculate()
        wrong = []
        for row, (formula, good, shown) in enumerate(FUNCTIONS, start=1):
            value = sheet.range(f"A{row}").value
            if not good(value):
                wrong.append(f"{formula} 得到 {value!r}，应为 {shown}")
        expect(not wrong, "；".join(wrong))
        return f"{len(FUNCTIONS)} 个函数结果正确"

    # -- helpers

    def scored(self) -> dict:
        if self._scored is None:
            self._scored = self.score(self.rubric_path)
        return self._scored

    def names(self) -> list[str]:
        return [sheet.name for sheet in self.book.sheets]

    def action(self, tag: str) -> str:
        ok, message = self.excel.run_action(self.book, tag)
        expect(ok, f"“{tag}”失败：{message}")
        return message

    def compare_total(self) -> str:
        saved = read_grids(str(self.book.name), LiveBook(self.book).read_grids(self.names()))
        layout = build_layout(saved.rubric, saved.shapes, saved.values, [], saved.unmatched)
        total = self.book.sheets[layout.total[0]].range(layout.total[1]).value
        grade = self.book.sheets[layout.grade[0]].range(layout.grade[1]).value
        scored = self.scored()
        expect(_near(total, scored["total"]) and grade == scored["grade"], f"Excel 总分 {total!r}、等级 {grade!r}；pingfen score 为 {scored['total']}、{scored['grade']}")
        return f"总分 {total:g}、等级 {grade}，与 pingfen score 一致"

    STEPS = ("install", "generate_blank", "generate", "type_data", "recalculate", "validate", "regenerate", "export", "about", "functions")
    LABELS = {
        "install": "安装", "generate_blank": "生成评分表（空白指标体系）", "generate": "生成评分表", "type_data": "录入数据",
        "recalculate": "重新计算与总分", "validate": "校验", "regenerate": "重新生成（数据保留）", "export": "导出报送版",
        "about": "关于", "functions": "工作表函数",
    }

    def run(self, steps: tuple[str, ...] = STEPS) -> list[Check]:
        config = install.user_config_path(self.machine)
        previous = config.read_bytes() if config is not None and config.exists() else None
        try:
            for step in steps:
                try:
                    detail = getattr(self, step)()
                    self.checks.append(Check(self.LABELS[step], True, detail))
                except SmokeFailure as failure:
                    self.checks.append(Check(self.LABELS[step], False, str(failure)))
                except Exception as error:  # noqa: BLE001 - every step is reported, none stops the table
                    self.checks.append(Check(self.LABELS[step], False, f"{type(error).__name__}：{error}"))
                    traceback.print_exc(file=sys.stderr)
        finally:
            if config is not None and previous is not None:
                config.write_bytes(previous)  # the user's own settings come back
        return self.checks


def pingfen_score(rubric_path: Path) -> dict:
    """``pingfen score --json`` run as the user runs it (a separate process, this Python)."""
    import subprocess

    done = subprocess.run(
        [sys.executable, "-m", "pingfen.cli", "score", "--json", str(rubric_path)], capture_output=True, text=True, encoding="utf-8", check=False,
    )
    if done.returncode not in (0, 1) or not done.stdout.strip():
        raise SmokeFailure(f"pingfen score 失败：{done.stderr.strip()[-500:]}")
    return json.loads(done.stdout)


def table(checks: list[Check]) -> str:
    width = max((len(check.step) for check in checks), default=4)
    lines = [f"{'检查项'.ljust(width)}  结果  说明"]
    for check in checks:
        lines.append(f"{check.step.ljust(width)}  {'通过' if check.ok else '失败'}  {check.detail}")
    passed = sum(check.ok for check in checks)
    lines.append(f"共 {len(checks)} 项：通过 {passed} 项，失败 {len(checks) - passed} 项")
    return "\n".join(lines)


class WindowsExcel:
    """A new Excel instance driven through xlwings (COM). Add-ins in XLSTART are not loaded by an
    instance started this way, so the scratch copy is opened explicitly; the actions go through the
    add-in's own VBA (``PingfenRun``, which the ribbon buttons call) with RunPython, as a click does."""

    def __init__(self) -> None:
        import xlwings as xw

        self.app = xw.App(visible=True, add_book=False)
        self.app.display_alerts = False
        self.addin_name = ""

    def open_addin(self, path: Path) -> None:
        self.app.api.Workbooks.Open(str(path))  # an add-in is not in xlwings' books
        self.addin_name = path.name
        self.app.api.Run(f"'{self.addin_name}'!PingfenDescribe")  # Auto_Open does not run under automation

    def new_book(self) -> Any:
        return self.app.books.add()

    def run_action(self, book: Any, tag: str) -> tuple[bool, str]:
        book.activate()
        record = outcome_path()
        record.unlink(missing_ok=True)
        self.app.api.Run(f"'{self.addin_name}'!PingfenRun", tag, True)
        if not record.exists():
            return False, "Python 没有返回结果（见弹出的 xlwings 错误或 %TEMP% 中的 pingfen-addin-error.log）"
        data = json.loads(record.read_text(encoding="utf-8"))
        return bool(data["ok"]), str(data["message"])

    def calculate(self) -> None:
        self.app.calculate()

    def save_as(self, book: Any, path: Path) -> None:
        book.save(str(path))

    def quit(self) -> None:
        self.app.quit()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="在 Windows 版 Excel 中检查 pingfen 加载项（需先退出 Excel）")
    parser.add_argument("--rubric", default=str(SEED), help="评分体系文件（默认：种子项目 000）")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("win"):
        print("这个检查需要 Windows 版 Excel；其检查逻辑在 CI 中以模拟的 Excel 运行（tests/test_addin_smoke.py）。", file=sys.stderr)
        return 2
    workdir = Path(tempfile.mkdtemp(prefix="pingfen-smoke-"))
    excel = WindowsExcel()
    checks = SmokeTest(excel, workdir, Path(args.rubric)).run()
    print(table(checks))
    print(f"临时文件夹：{workdir}")
    if all(check.ok for check in checks):
        excel.quit()
        shutil.rmtree(workdir, ignore_errors=True)
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
