"""``pingfen batch``: recalculate and check many 评分表 workbooks in parallel and summarise them in one
table (xlsx, plus JSON and CSV). A workbook that cannot be processed is reported with its error and
does not stop the run."""

from __future__ import annotations

import csv
import glob
import io
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass
from decimal import Decimal
from pathlib import Path
from typing import Iterable

from .failures import message_for
from .files import TEMP_PREFIX, atomic_output

COLUMNS = ("序号", "项目", "年度", "总分", "等级", "错误", "警告", "提示", "状态", "路径")


@dataclass
class Row:
    path: str
    project: str = ""
    year: str = ""
    total: float | None = None
    grade: str = ""
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    status: str = "成功"

    @property
    def ok(self) -> bool:
        return self.status == "成功"


def find_workbooks(patterns: Iterable[str]) -> list[Path]:
    found: list[Path] = []
    seen: set[Path] = set()
    for pattern in patterns:
        path = Path(pattern)
        if path.is_dir():
            candidates = sorted(path.rglob("*.xlsx"))
        else:
            candidates = sorted(Path(p) for p in glob.glob(pattern, recursive=True))
        for candidate in candidates:
            name = candidate.name
            if name.startswith(("~$", TEMP_PREFIX)) or ".备份-" in name:
                continue  # Excel lock files, our own temporaries and backups
            if candidate not in seen:
                seen.add(candidate)
                found.append(candidate)
    return found


def process(path: str) -> Row:
    """Recalculates one workbook in place and counts its findings by severity."""
    from .rubric.checks import ERROR, INFO, WARNING
    from .workbook import service

    row = Row(path)
    try:
        result = service.recalc(path)
        findings = service.workbook_findings(result)
    except Exception as error:  # one damaged, hostile or read-only file must never stop the batch
        row.status = f"失败：{message_for(error)}"
        return row
    rubric = result.layout.rubric
    row.project, row.year = rubric.project, rubric.year
    total = result.total
    row.total = float(total) if isinstance(total, Decimal) else None
    row.grade = str(result.grade or "")
    row.errors = sum(1 for f in findings if f.severity == ERROR)
    row.warnings = sum(1 for f in findings if f.severity == WARNING)
    row.infos = sum(1 for f in findings if f.severity == INFO)
    return row


def process_all(paths: list[str]) -> list[Row]:
    return [process(path) for path in paths]


def run(paths: list[Path], workers: int | None = None, progress: bool = True) -> list[Row]:
    workers = workers or os.cpu_count() or 1
    rows: dict[str, Row] = {}
    bar = _progress(len(paths), progress)
    if workers == 1 or len(paths) < 4:
        for path in paths:
            rows[str(path)] = process(str(path))
            bar.update(1)
    else:
        from .rubric import checks  # noqa: F401 - imported once here, inherited by forked workers
        from .workbook import members, service  # noqa: F401

        members.codec()  # zlib-ng loaded once: every part of every workbook inflated and deflated with it

        # a few workbooks per task: one message to a worker and back per chunk, not per workbook
        chunk = max(1, min(16, len(paths) // (workers * 8)))
        chunks = [paths[start:start + chunk] for start in range(0, len(paths), chunk)]
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = {pool.submit(process_all, [str(path) for path in part]): part for part in chunks}
            for future in as_completed(futures):
                part = futures[future]
                try:
                    done = future.result()
                except Exception as error:  # the worker itself died (killed for memory…)
                    done = [Row(str(path), status=f"失败：{message_for(error)}") for path in part]
                for row in done:
                    rows[row.path] = row
                bar.update(len(part))
    bar.close()
    return [rows[str(path)] for path in paths]


class _Quiet:
    """The progress bar of a quiet run: nothing shown, and tqdm (about 35 ms to import) not loaded."""

    def update(self, count: int) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(total: int, enabled: bool):  # type: ignore[no-untyped-def]
    if not enabled:
        return _Quiet()
    from tqdm import tqdm

    return tqdm(total=total, desc="处理工作簿", unit="个", file=sys.stderr, ascii=True)


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defused(text: str) -> str:
    """Text a spreadsheet will not run as a formula when it opens the CSV (OWASP CSV injection: a
    leading = + - @ tab or carriage return gets an apostrophe, which Excel shows as text)."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def summary_targets(target: Path) -> list[Path]:
    """The summary workbook and the JSON and CSV written beside it."""
    return [target, target.with_suffix(".json"), target.with_suffix(".csv")]


def write_summary(rows: list[Row], target: Path, *, backup: bool = False) -> list[Path]:
    """The summary workbook plus JSON and CSV beside it, each written atomically (an existing file is
    kept as ``.bak`` when ``backup``); returns the three paths."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    book = Workbook()
    sheet = book.active
    sheet.title = "批量汇总"
    sheet.append(COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(name="宋体", bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
    body = Font(name="仿宋")
    for index, row in enumerate(rows, start=2):
        values = (index - 1, row.project, row.year, row.total, row.grade, row.errors, row.warnings, row.infos, row.status, row.path)
        for column, value in enumerate(values, start=1):  # cell by cell: sheet[row] would scan the sheet for its width
            cell = sheet.cell(index, column, value)
            if isinstance(value, str):
                cell.data_type = "s"  # text, never a formula
                cell.quotePrefix = value.startswith(_FORMULA_STARTS)  # and stays text when edited in Excel
            cell.font = body
    for letter, width in zip("ABCDEFGHIJ", (6, 36, 8, 8, 6, 6, 6, 6, 40, 60)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:J{len(rows) + 1}"
    xlsx_path, json_path, csv_path = summary_targets(target)
    with atomic_output(xlsx_path, backup=backup) as handle:
        book.save(handle)
    with atomic_output(json_path, backup=backup) as handle:
        handle.write(json.dumps([asdict(row) for row in rows], ensure_ascii=False, indent=1).encode("utf-8"))
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(COLUMNS)
    for index, row in enumerate(rows, start=1):
        cells = (index, row.project, row.year, "" if row.total is None else row.total, row.grade, row.errors, row.warnings, row.infos, row.status, row.path)
        writer.writerow([defused(cell) if isinstance(cell, str) else cell for cell in cells])
    with atomic_output(csv_path, backup=backup) as handle:
        handle.write(text.getvalue().encode("utf-8-sig"))  # utf-8-sig: Excel opens it correctly
    return [xlsx_path, json_path, csv_path]
