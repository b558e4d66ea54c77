"""The 绩效评分 ribbon: one registry of actions behind one dispatcher.

The add-in's VBA has a single ribbon callback; it passes the clicked button's ``tag`` to
``dispatch(tag)`` (``RunPython "import pingfen.excel.actions as a; a.dispatch('generate')"``). Each
action works on the active workbook through ``LiveBook`` (the xlwings backend of the sheet plan) and
reuses the library exactly as the CLI does, so a workbook regenerated from the ribbon is the workbook
``pingfen regenerate`` would write. Buttons are data: the ribbon XML lists one button per registered
tag, and the add-in tests check both sides agree.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import traceback
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

from ..cells import coordinates
from ..files import FileSafetyError
from ..guards import UnsafeFileError
from ..rules import InputError
from ..rules.evaluate import general_text
from ..rubric.checks import ERROR, INFO, SEVERITY_NAMES, WARNING, Finding
from ..rubric.model import Rubric
from ..workbook.layout import (
    CHECK_SHEET, META_SHEET, RUBRIC_HEADER_ROW, RUBRIC_SHEET, SCORE_SHEET, UNMATCHED_SHEET, Layout, build_layout, check_sheet, fit_rows, rubric_sheet,
)
from ..workbook.plan import Book, BookValues, CellRef, formula_text
from ..workbook.read import SavedBook, WorkbookError, read_grids
from .xlwings_backend import ExcelError, LiveBook, com_formula, new_sheet_path, temp_directory, timestamp

TITLE = "绩效评分"


def _generated_sheets() -> tuple[str, ...]:
    """Every sheet the layout can generate (its ``*_SHEET`` names), except the 指标体系 the user
    types: 评分表, 数据, 汇总, 校验, 未匹配数据, _pingfen and whatever the layout adds."""
    from ..workbook import layout

    names = [value for key, value in vars(layout).items() if key.endswith("_SHEET") and isinstance(value, str)]
    return tuple(dict.fromkeys(name for name in names if name != RUBRIC_SHEET))


GENERATED = _generated_sheets()


class ActionError(Exception):
    """A problem the user can fix; the message is shown as is."""


@dataclass(frozen=True)
class Action:
    tag: str  # the ribbon button's tag, an ASCII identifier
    label: str  # the button's Chinese label
    tip: str  # the button's description (supertip)
    image: str  # imageMso of the button
    run: Callable[[LiveBook], str]


ACTIONS: dict[str, Action] = {}


def action(tag: str, label: str, tip: str, image: str) -> Callable[[Callable[[LiveBook], str]], Callable[[LiveBook], str]]:
    def register(fn: Callable[[LiveBook], str]) -> Callable[[LiveBook], str]:
        assert tag.isidentifier() and tag.isascii() and tag not in ACTIONS
        ACTIONS[tag] = Action(tag, label, tip, image, fn)
        return fn

    return register


@dataclass
class Outcome:
    ok: bool
    message: str


def outcome_path() -> Path:
    """Where an unattended run (``record=True``) leaves its outcome for the Windows smoke test."""
    return temp_directory() / "pingfen-addin-outcome.json"


def dispatch(tag: str, book: Any = None, *, lite: bool = False, writer: str | None = None, show: bool = True, record: bool = False) -> Outcome:
    """Runs the action registered under ``tag`` on ``book`` (default: the workbook that called,
    i.e. the active workbook when a ribbon button is clicked) and shows the outcome in a message box
    (``show``) or records it in ``outcome_path()`` (``record``: the smoke test runs the add-in's VBA
    unattended and reads it there). Never raises: errors become a Chinese message."""
    if book is None:
        import xlwings as xw

        book = xw.Book.caller()
    live = LiveBook(book, lite=lite, writer=writer)
    chosen = ACTIONS.get(tag)
    if chosen is None:
        outcome = Outcome(False, f"未知的按钮“{tag}”：加载项与 pingfen 版本不一致，请重新运行 pingfen addin install")
    else:
        try:
            with live.quiet():
                outcome = Outcome(True, chosen.run(live))
        except (ActionError, WorkbookError, ExcelError, InputError, FileSafetyError, UnsafeFileError) as error:
            outcome = Outcome(False, str(error))
        except Exception as error:  # noqa: BLE001 - the user must see a message, not a traceback
            log = _log(traceback.format_exc())
            outcome = Outcome(False, f"“{chosen.label}”未完成：{type(error).__name__}：{error}\n详细信息已写入 {log}")
    if show:
        live.tell(outcome.message, title=f"{TITLE} - {chosen.label if chosen else tag}", critical=not outcome.ok)
    if record:
        import json

        outcome_path().write_text(json.dumps({"tag": tag, "ok": outcome.ok, "message": outcome.message}, ensure_ascii=False), encoding="utf-8")
    return outcome


def _log(text: str) -> Path:
    path = temp_directory() / "pingfen-addin-error.log"
    try:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')}\n{text}\n")
    except OSError:
        return Path(tempfile.gettempdir())
    return path


# ---------------------------------------------------------------- shared steps


def _read(live: LiveBook, allow_new: bool, extra: tuple[str, ...] = ()) -> tuple[SavedBook, dict[str, list[list[Any]]]]:
    """The workbook as ``read_grids`` sees it: the 指标体系, the bookkeeping sheet and the sheets
    its input cells are on (the sheets the bookkeeping names, nothing else is read)."""
    names = live.sheet_names()
    if not allow_new and META_SHEET not in names:
        raise ActionError(f"{live.label}：还没有用“生成评分表”生成过评分表（缺少隐藏工作表 {META_SHEET}），请先点击“生成评分表”")
    grids = live.read_grids([name for name in (RUBRIC_SHEET, META_SHEET) if name in names])
    wanted = _input_sheets(grids.get(META_SHEET)) + [UNMATCHED_SHEET, *extra]
    grids.update(live.read_grids([name for name in dict.fromkeys(wanted) if name in names and name not in grids]))
    return read_grids(live.label, grids, allow_new=allow_new), grids


def _input_sheets(meta: list[list[Any]] | None) -> list[str]:
    """The sheets holding input cells, from the bookkeeping sheet (read_grids reports a damaged one)."""
    import json

    try:
        data = json.loads("".join(str(row[0]) for row in meta or [] if row and row[0]) or "{}")
        sheets = [ref[0] for leaf in data.get("leaves", {}).values() for ref in leaf["inputs"].values()]
        sheets += [ref[0] for cells in data.get("entity_inputs", {}).values() for ref in cells.values()]
        return list(dict.fromkeys(sheets))
    except (ValueError, KeyError, TypeError, IndexError, AttributeError):
        return []


def _layout_of(saved: SavedBook) -> Layout | None:
    """The plan the workbook was generated from (as ``pingfen recalc`` rebuilds it), or None when
    the 指标体系 was edited so that a rule no longer fits the workbook's input cells."""
    try:
        return build_layout(saved.rubric, saved.shapes, saved.values, [], saved.unmatched)
    except InputError:
        return None


STALE = (
    "指标体系修改后尚未重新生成，或公式被手工改动。请先点击“重新生成”。"
)


def _write_workbook(live: LiveBook, layout: Layout, inputs: dict[CellRef, Any]) -> dict[CellRef, Any]:
    values = BookValues(layout.book, inputs).all()
    for sheet in layout.book.sheets:
        fit_rows(sheet, values)
    remove = [name for name in live.sheet_names() if name in GENERATED or name == RUBRIC_SHEET]
    live.replace_sheets(layout.book, values, remove, active=SCORE_SHEET)
    return values


def _backup(live: LiveBook) -> Path | None:
    """A copy of the saved workbook before it is rewritten (as ``pingfen regenerate`` keeps one)."""
    path = live.saved_path()
    if path is None:
        return None
    target = path.with_name(f"{path.stem}.备份-{timestamp()}{path.suffix}")
    live.save_copy(target)
    return target


def _number(value: Any) -> str:
    return general_text(value) if isinstance(value, Decimal) else "—（数据未录全）"


def _summary(layout: Layout, values: dict[CellRef, Any]) -> str:
    return f"总分：{_number(values.get(layout.total))}　等级：{values.get(layout.grade) or '—'}"


def _check_sheet_plan(saved: SavedBook, layout: Layout, findings: list[Finding]) -> Book:
    rows = {indicator.code: RUBRIC_HEADER_ROW + 1 + index for index, indicator in enumerate(saved.rubric.walk())}
    sheet = check_sheet(saved.rubric, findings, layout.leaves, rows)
    fit_rows(sheet, {})
    return Book([sheet], active=CHECK_SHEET)


def _write_findings(live: LiveBook, saved: SavedBook, layout: Layout, findings: list[Finding]) -> None:
    plan = _check_sheet_plan(saved, layout, findings)
    live.replace_sheets(plan, {}, [CHECK_SHEET], active=CHECK_SHEET)


def _counts(findings: list[Finding]) -> str:
    counts = {severity: sum(1 for f in findings if f.severity == severity) for severity in (ERROR, WARNING, INFO)}
    return "，".join(f"{SEVERITY_NAMES[s]}{n}项" for s, n in counts.items())


def _stale_formulas(live: LiveBook, layout: Layout) -> list[CellRef] | None:
    """Formula cells whose formula in Excel is not the plan's (the 指标体系 was edited since), or None
    where formulas cannot be read (xlwings Lite reads formulas only asynchronously)."""
    stale: list[CellRef] = []
    by_sheet: dict[str, list[tuple[str, Any]]] = {}
    for (sheet, address), cell in layout.book.formula_cells():
        by_sheet.setdefault(sheet, []).append((address, cell))
    for sheet, cells in by_sheet.items():
        if sheet not in live.sheet_names():
            stale += [(sheet, address) for address, _ in cells]
            continue
        try:
            written = live.read_formulas(sheet)
        except NotImplementedError:
            return None
        for address, cell in cells:
            if written.get(address) != com_formula(formula_text(cell, sheet))[1:]:
                stale.append((sheet, address))
    return stale


def _excel_values(layout: Layout, grids: dict[str, list[list[Any]]]) -> dict[CellRef, Any]:
    found = {}
    for (sheet, address), _ in layout.book.formula_cells():
        grid = grids.get(sheet, [])
        row, column = coordinates(address)
        line = grid[row - 1] if row - 1 < len(grid) else []
        found[(sheet, address)] = line[column - 1] if column - 1 < len(line) else None
    return found


# ---------------------------------------------------------------- the actions


@action("generate", "生成评分表", "按本工作簿“指标体系”工作表生成评分表、数据、汇总、校验工作表；已录入的数据按指标编码保留。没有“指标体系”时新建一张空白表。", "TableInsert")
def generate(live: LiveBook) -> str:
    from ..workbook.service import regenerated_layout

    names = live.sheet_names()
    if RUBRIC_SHEET not in names:
        sheet = rubric_sheet(Rubric(path=live.label, indicators=[]))
        live.replace_sheets(Book([sheet], active=RUBRIC_SHEET), {}, [], active=RUBRIC_SHEET)
        return (
            f"本工作簿没有“{RUBRIC_SHEET}”工作表，已新建一张空白的指标体系表。\n"
            "请逐行填写编码（1、1.1、1.1.1…）、指标名称、分值和评分标准，再点击“生成评分表”。"
        )
    if META_SHEET not in names:
        clash = [name for name in GENERATED if name in names]
        if clash:
            raise ActionError(
                f"工作簿中已有“{'”“'.join(clash)}”工作表，但不是 pingfen 生成的；为免覆盖，请先改名或删除后再点击“生成评分表”"
            )
    saved, _ = _read(live, allow_new=True)
    layout, inputs, unmatched = regenerated_layout(saved)
    backup = _backup(live) if META_SHEET in names else None
    values = _write_workbook(live, layout, inputs)
    lines = [f"已按“{RUBRIC_SHEET}”生成评分表（{len(layout.leaves)} 个末级指标）。", _summary(layout, values)]
    if unmatched:
        lines.append(f"有 {len(unmatched)} 项录入数据找不到对应指标，已保留在“{UNMATCHED_SHEET}”工作表，请核对。")
    if backup:
        lines.append(f"原工作簿已备份为 {backup}")
    return "\n".join(lines)


@action("regenerate", "重新生成", "修改“指标体系”后，按其重建评分表等工作表；已录入的实际值、得分、理由等按指标编码原样保留，找不到对应指标的放入“未匹配数据”。", "Refresh")
def regenerate(live: LiveBook) -> str:
    from ..workbook.service import regenerated_layout

    saved, _ = _read(live, allow_new=False)
    layout, inputs, unmatched = regenerated_layout(saved)
    backup = _backup(live)
    values = _write_workbook(live, layout, inputs)
    lines = [f"已按“{RUBRIC_SHEET}”重新生成（{len(layout.leaves)} 个末级指标），已录入的数据均已保留。", _summary(layout, values)]
    if unmatched:
        lines.append(f"有 {len(unmatched)} 项录入数据找不到对应指标，已保留在“{UNMATCHED_SHEET}”工作表，请核对。")
    lines.append(f"原工作簿已备份为 {backup}" if backup else "工作簿尚未保存，未留备份。")
    return "\n".join(lines)


@action("recalculate", "重新计算", "让 Excel 重新计算，再用 pingfen 规则引擎逐格复核每个得分、小计、总分和得分计算过程，不一致之处与校验结果写入“校验”工作表。", "CalculateNow")
def recalculate(live: LiveBook) -> str:
    from .live_checks import difference_findings, differences, workbook_findings

    if META_SHEET not in live.sheet_names():
        raise ActionError(f"{live.label}：还没有生成评分表，请先点击“生成评分表”")
    live.calculate()
    saved, grids = _read(live, allow_new=False)
    layout = _layout_of(saved)
    if layout is None:
        raise ActionError(f"“{RUBRIC_SHEET}”中的评分标准与评分表的数据单元格已不一致：{STALE}")
    stale = _stale_formulas(live, layout)
    if stale:
        sheet, address = stale[0]
        raise ActionError(f"有 {len(stale)} 个公式与“{RUBRIC_SHEET}”不一致（如 {sheet}!{address}）：{STALE}")
    values = BookValues(layout.book, saved.cell_values).all()
    with_formulas = dict.fromkeys(sheet for (sheet, _), _ in layout.book.formula_cells())
    grids.update(live.read_grids([sheet for sheet in with_formulas if sheet not in grids]))
    found = differences(values, _excel_values(layout, grids))
    findings = difference_findings(found) + workbook_findings(saved, layout, values)
    _write_findings(live, saved, layout, findings)
    check = "一致" if not found else f"有 {len(found)} 处不一致（见“{CHECK_SHEET}”工作表）"
    note = "" if stale is not None else "\n（xlwings Lite 中无法读取公式，未核对公式是否与指标体系一致。）"
    return (
        f"已重新计算：{len(values)} 个公式单元格，Excel 与 pingfen 规则引擎的结果{check}。\n"
        f"{_summary(layout, values)}\n校验：{_counts(findings)}。{note}"
    )


@action("validate", "校验", "检查分值合计、规则满分、录入得分与规则计算是否一致、酌情评分理由、缺少的数据、公布得分与等级，结果写入“校验”工作表。", "FileCheckIn")
def validate(live: LiveBook) -> str:
    from .live_checks import stale_finding, workbook_findings

    from ..workbook.service import regenerated_layout

    saved, _ = _read(live, allow_new=False)
    layout = _layout_of(saved)
    if layout is None:  # a rule was edited: check the workbook as 重新生成 would make it
        layout, inputs, _ = regenerated_layout(saved)
        values = BookValues(layout.book, inputs).all()
        findings = [stale_finding(None)] + workbook_findings(saved, layout, values)
    else:
        values = BookValues(layout.book, saved.cell_values).all()
        findings = workbook_findings(saved, layout, values)
        stale = _stale_formulas(live, layout)
        if stale:
            findings.insert(0, stale_finding(stale))
    _write_findings(live, saved, layout, findings)
    return f"校验完成：{_counts(findings)}，详见“{CHECK_SHEET}”工作表。\n{_summary(layout, values)}"


@action("export", "导出", "另存一份给委托方的报送版 .xlsx：只含数值和 Excel 原生公式，去除隐藏工作表 _pingfen、加载项函数与链接、宏。", "FileSaveAs")
def export(live: LiveBook) -> str:
    from .export import ExportError, export_clean

    path = live.saved_path()
    if path is not None and path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise ActionError(f"“导出”需要 .xlsx 或 .xlsm 格式的工作簿，当前为 {path.suffix}：请先另存为 .xlsx")
    directory = path.parent if path is not None else Path.home()
    stem = path.stem if path is not None else Path(live.label).stem
    scratch = Path(tempfile.mkdtemp(prefix="pingfen-export-", dir=temp_directory()))
    copy = scratch / f"copy{path.suffix if path is not None else '.xlsx'}"
    try:
        live.save_copy(copy)
        target = new_sheet_path(directory, f"{stem}（报送版）")
        try:
            report = export_clean(copy, target)
        except ExportError as error:
            raise ActionError(str(error)) from None
    finally:
        copy.unlink(missing_ok=True)
        scratch.rmdir()
    return f"已导出报送版：{target}\n{report.summary()}。\n报送版不含 pingfen 的记录，不能再用“重新生成”，请在原工作簿中修改后重新导出。"


@action("about", "关于", "显示 pingfen 与 xlwings 的版本、Python 解释器与当前工作簿，用于核对安装。", "Help")
def about(live: LiveBook) -> str:
    import sys

    import xlwings

    from .. import __name__ as package

    try:
        from importlib.metadata import version

        pingfen_version = version(package)
    except Exception:  # noqa: BLE001
        pingfen_version = "未知"
    names = live.sheet_names()
    state = "已生成评分表" if META_SHEET in names else ("有指标体系，尚未生成" if RUBRIC_SHEET in names else "无指标体系")
    return (
        f"pingfen {pingfen_version}　xlwings {xlwings.__version__}\nPython {sys.version.split()[0]}：{sys.executable}\n"
        f"当前工作簿：{live.label}（{state}）"
    )
