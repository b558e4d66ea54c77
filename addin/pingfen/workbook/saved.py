"""A saved workbook read without laying it out again: its cells (``open_cells``), the sheet names
pingfen gives it, the hidden ``_pingfen`` record, and the fingerprints that tell whether generated
formulas or the 指标体系 were changed by hand. Light on purpose: ``pingfen recalc`` needs no more."""

from __future__ import annotations

import json
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable

try:  # what hashlib.blake2b is, without hashlib loading OpenSSL (about 6 ms of every start)
    from _blake2 import blake2b
except ImportError:  # another Python implementation
    from hashlib import blake2b

from ..guards import check_package
from ..text.numbers import general_text
from .sheet_xml import DamagedSheet, Position, RawCell, read_cells

RUBRIC_SHEET, SCORE_SHEET, DATA_SHEET = "指标体系", "评分表", "数据"
SUMMARY_SHEET, CHECK_SHEET, UNMATCHED_SHEET, META_SHEET = "汇总", "校验", "未匹配数据", "_pingfen"
RANKING_SHEET, SPREAD_SHEET, APPENDIX_SHEET, ENTITY_SHEET = "排名", "分差", "附件评分表", "逐单位得分"


class WorkbookError(ValueError):
    """A workbook that cannot be read back; the message names workbook, sheet and cell in Chinese."""


def open_cells(path: str | Path, checksums: dict[str, int] | None = None,
               kept: dict[str, bytes] | None = None) -> dict[str, dict[Position, RawCell]]:
    """Every cell of a workbook file, or a WorkbookError saying why the file cannot be read
    (``checksums``, ``kept``: see ``sheet_xml.read_cells``)."""
    if not Path(path).exists():
        raise WorkbookError(f"{path}：文件不存在")
    check_package(path)  # untrusted file: size limits and no DOCTYPE before any parser sees it
    try:
        return read_cells(path, checksums, kept)
    except DamagedSheet as damaged:
        raise WorkbookError(f"{path}：工作表“{damaged.sheet}”无法读取，文件可能已损坏（内容不完整）") from None
    except zipfile.BadZipFile:
        if Path(path).read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # OLE: encrypted or .xls
            raise WorkbookError(f"{path}：工作簿设有打开密码或为旧版 .xls 格式，无法读取") from None
        raise WorkbookError(f"{path}：无法读取为 xlsx 工作簿（不是有效的 zip 文件）") from None
    except (KeyError, UnicodeDecodeError, ValueError) as error:
        raise WorkbookError(f"{path}：无法读取为 xlsx 工作簿（{type(error).__name__}：{error}）") from None


def require_sheets(path: str, sheets: Iterable[str], required: Iterable[str]) -> None:
    present = set(sheets)
    for name in required:
        if name not in present:
            raise WorkbookError(f"{path}：缺少“{name}”工作表，不是 pingfen 生成的评分表工作簿")


def meta_record(path: str, rows: Iterable[Any], *, leaves: bool = True) -> dict[str, Any]:
    """The hidden _pingfen sheet's record (JSON in column A, one piece per row). ``leaves=False``:
    the record without its "leaves" (where each indicator's data cells are, four fifths of the text):
    what ``recalc`` reads, which needs only where the total and grade are and the fingerprints."""
    text = "".join(str(value) for value in rows if value) or "{}"
    try:
        return (None if leaves else _without_leaves(text)) or json.loads(text)  # type: ignore[no-any-return]
    except json.JSONDecodeError:
        raise WorkbookError(f"{path}：隐藏工作表“{META_SHEET}”已损坏，无法确定数据单元格的位置") from None


# the keys recalc reads, each written after the leaves ("layout.Layout.meta")
_AFTER_LEAVES = tuple(f',"{key}":' for key in ("total", "grade", "formulas", "rubric"))


def _without_leaves(text: str) -> dict[str, Any] | None:
    """The record with the value of its top-level "leaves" cut out unparsed, or None (then the whole
    text is parsed). Cut from the key to the first of the keys recalc reads that follows it: a
    ``,"key":`` outside a string (inside one its quote would be escaped) is a key, at some depth;
    the text kept parses only when the cut starts and ends at the top level, and then what is cut
    is "leaves" and keys recalc does not read (any key it reads after the leaves is later, kept)."""
    head = text.find('"leaves":')
    ends = [end for end in (text.find(key, head) for key in _AFTER_LEAVES) if end >= 0] if head > 0 else []
    if not ends or not _top_level(text[:head]):
        return None
    try:
        record = json.loads(text[:head] + text[min(ends) + 1:])
    except json.JSONDecodeError:
        return None
    return record if isinstance(record, dict) else None


def _top_level(prefix: str) -> bool:
    """Whether ``prefix`` (the text before a key) is an object's opening brace and whole key-value
    pairs, i.e. the key is at the top level."""
    try:
        return isinstance(json.loads(prefix[:-1] + "}" if prefix.endswith(",") else prefix + "}"), dict)
    except json.JSONDecodeError:
        return False


def formula_digest(text: str) -> str:
    return blake2b(text.encode("utf-8"), digest_size=5).hexdigest()


def rubric_digest(cells: Iterable[tuple[str, Any]]) -> str:
    """The 指标体系's content, the same whether read from the plan or from the saved file."""
    canonical = []
    numbers: dict[Decimal, str] = {}  # an 指标体系 repeats its numbers (分值, years): each written once
    for address, value in cells:
        kind = type(value)
        if kind is str:  # the commonest first, then a read number (Decimal(str(d)) is d)
            if not value:
                continue
        elif kind is Decimal:
            text = numbers.get(value)  # type: ignore[call-overload]
            value = numbers[value] = general_text(value) if text is None else text  # type: ignore[index]
        elif value is None:
            continue
        elif isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            value = general_text(Decimal(str(value)))
        elif value == "":
            continue
        canonical.append(f"{address}\t{value}")
    return blake2b("\n".join(sorted(canonical)).encode("utf-8"), digest_size=8).hexdigest()
