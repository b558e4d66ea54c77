"""Recalculate workbooks with headless LibreOffice and read the values back.

LibreOffice keeps the cached values of an xlsx unless its profile says to recalculate on load
(research/engines.md §2.3), so every call gets a scratch profile that forces it. Starting
soffice costs about 1 s, so many files go through one process. Use the saved copies only to read
values: LibreOffice rewrites formulas and fonts when it saves.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import CellKey, Value, formula_cells, is_formula, normalise, write_cells

if TYPE_CHECKING:
    from openpyxl.cell.cell import Cell

# 0 = always recalculate on load (1 = never, 2 = prompt). The Chinese locale reads numbers and dates
# typed as text as the accountants' Excel does (2024/7/31 and 2024年7月31日 are dates, 07/31/2024 is not).
_RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" \
xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">\
<prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">\
<prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>zh-CN</value></prop></item>
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooLocale" oor:op="fuse"><value>zh-CN</value></prop></item>
</oor:items>
"""


class LibreOfficeError(RuntimeError):
    pass


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def available() -> bool:
    return soffice_path() is not None


def recalc(
    paths: Sequence[str | os.PathLike[str]],
    outdir: str | os.PathLike[str],
    timeout: float | None = None,
) -> list[Path]:
    """Recalculate `paths` in one soffice process; returns the recalculated copies in `outdir`.

    The default timeout allows a minute for start-up plus two seconds per file.
    """
    sources = [Path(p).resolve() for p in paths]
    out = Path(outdir).resolve()
    if any(p.parent == out for p in sources):
        raise ValueError("输出目录不能与输入文件所在目录相同")
    return _convert(sources, out, "xlsx", 60 + 2 * len(sources) if timeout is None else timeout, _RECALC_ALWAYS)


def to_pdf(
    paths: Sequence[str | os.PathLike[str]],
    outdir: str | os.PathLike[str],
    timeout: float | None = None,
) -> list[Path]:
    """Print documents (.docx, .xlsx: every visible sheet with its own page setup) to PDF in one
    soffice process; returns the PDFs in `outdir`. Files are printed as saved, not recalculated."""
    sources = [Path(p).resolve() for p in paths]
    return _convert(sources, Path(outdir).resolve(), "pdf", 60 + 5 * len(sources) if timeout is None else timeout, None)


def _convert(sources: list[Path], out: Path, extension: str, timeout: float, settings: str | None) -> list[Path]:
    """One soffice process with a scratch profile (``settings``: its registrymodifications.xcu)."""
    targets = [out / (p.stem + "." + extension) for p in sources]
    if len(set(targets)) != len(targets):
        raise ValueError("同一批次中的文件名重复，LibreOffice 的输出会互相覆盖")
    if not sources:
        return []
    soffice = soffice_path()
    if soffice is None:
        raise LibreOfficeError("未找到 LibreOffice（soffice），请先安装 libreoffice-calc-nogui 与 libreoffice-writer-nogui")
    out.mkdir(parents=True, exist_ok=True)
    for target in targets:
        target.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="pingfen-lo-profile-") as profile:
        if settings is not None:
            user = Path(profile) / "user"
            user.mkdir()
            (user / "registrymodifications.xcu").write_text(settings, encoding="utf-8")
        command = [
            soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore", "--nolockcheck",
            "--convert-to", extension, "--outdir", str(out), *map(str, sources),
        ]
        log = _run(command, timeout)
    missing = [t.name for t in targets if not t.exists()]
    if missing:
        hint = "（.docx 需要 libreoffice-writer-nogui）" if extension == "pdf" else ""
        raise LibreOfficeError("LibreOffice 未能输出：" + "、".join(missing) + hint + "\n" + log)
    return targets


def _run(command: list[str], timeout: float) -> str:
    # soffice forks soffice.bin; a new session lets a timeout kill the whole group.
    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise LibreOfficeError(f"LibreOffice 重算超时（{timeout:.0f} 秒）") from None
    text = output.decode("utf-8", "replace").strip()
    if process.returncode != 0:
        raise LibreOfficeError(f"LibreOffice 退出码 {process.returncode}：{text}")
    return text


def evaluate_workbook(path: str | os.PathLike[str]) -> dict[CellKey, Value]:
    """Values of every formula cell of the xlsx at `path`, keyed by (sheet, address)."""
    with tempfile.TemporaryDirectory(prefix="pingfen-lo-") as tmp:
        (result,) = recalc([path], tmp)
        return _read(result, formula_cells(Path(path)))


def evaluate_cells(cells: Mapping[str, object], sheet: str = "S") -> dict[str, Value]:
    """Values of the formula cells of a one-sheet workbook built from `cells`."""
    (values,) = evaluate_many([cells], sheet)
    return values


def evaluate_many(
    books: Sequence[Mapping[str, object]], sheet: str = "S"
) -> list[dict[str, Value]]:
    """`evaluate_cells` for many workbooks, recalculated by one soffice process."""
    with tempfile.TemporaryDirectory(prefix="pingfen-lo-") as tmp:
        src, out = Path(tmp) / "in", Path(tmp) / "out"
        src.mkdir()
        paths = []
        for i, cells in enumerate(books):
            paths.append(src / f"book{i:05d}.xlsx")
            write_cells(cells, paths[-1], sheet)
        results = recalc(paths, out)
        answers = []
        for cells, result in zip(books, results):
            wanted = [a for a, v in cells.items() if is_formula(v)]
            values = _read(result, [(sheet, a.upper()) for a in wanted])
            answers.append({a: values[(sheet, a.upper())] for a in wanted})
        return answers


def _read(path: Path, keys: Sequence[CellKey]) -> dict[CellKey, Value]:
    # openpyxl, not calamine: calamine reads error cells as "" (research/engines.md §3).
    from openpyxl import load_workbook

    wb = load_workbook(path, data_only=True)
    try:
        return {(sheet, address): _value(wb[sheet][address]) for sheet, address in keys}
    finally:
        wb.close()


def _value(cell: Cell) -> Value:
    # LibreOffice saves a "" result as an empty string cell, which openpyxl reads as None.
    if cell.value is None and cell.data_type in ("s", "str"):
        return ""
    return normalise(cell.value)

