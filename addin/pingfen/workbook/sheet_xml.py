"""Every cell of an xlsx package — value, formula, cached result — read from the sheet XML once, as
Excel, WPS, LibreOffice, openpyxl and ``formulas`` write it: shared strings and inline strings,
``t="str"``/``"b"``/``"e"``/``"d"`` results, ``<f aca="false">``, shared formulas (``t="shared"``
with ``si``) and array formulas (their top-left cell holds the formula)."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
import zlib
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from html import unescape
from pathlib import Path

from ..rules.evaluate import Value, XlError
from .cached import sheet_parts
from .formula_text import column_number, shift_formula
from .plan import get_column_letter

_CELL = re.compile(r"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_ATTRIBUTE = re.compile(r'([\w:]+)="([^"]*)"')
_FORMULA = re.compile(r"<(?:\w+:)?f\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?f>)", re.S)
_VALUE = re.compile(r"<(?:\w+:)?v>(.*?)</(?:\w+:)?v>", re.S)
_INLINE = re.compile(r"<(?:\w+:)?is>(.*?)</(?:\w+:)?is>", re.S)
_TEXT = re.compile(r"<(?:\w+:)?t\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?t>)", re.S)
_PHONETIC = re.compile(r"<(?:\w+:)?rPh\b.*?</(?:\w+:)?rPh>", re.S)
_SHARED_ITEM = re.compile(r"<(?:\w+:)?si>(.*?)</(?:\w+:)?si>|<(?:\w+:)?si/>", re.S)
_ADDRESS = re.compile(r"([A-Z]+)(\d+)")
_EPOCH = dt.datetime(1899, 12, 30)

Position = tuple[int, int]  # row, column (from 1)


@dataclass
class RawCell:
    value: Value  # the typed value, or the cached result of a formula
    formula: str | None = None  # without "="
    origin: Position | None = None  # the cell the formula text was written for (shared formulas)


class DamagedSheet(ValueError):
    """A sheet part whose XML stops before its end (a cut or damaged file)."""

    def __init__(self, sheet: str) -> None:
        self.sheet = sheet
        super().__init__(sheet)


_SHEET_END = re.compile(r"</(?:\w+:)?worksheet>\s*$")


def read_cells(path: str | Path) -> dict[str, dict[Position, RawCell]]:
    """Sheet name → position → cell, for every sheet of the workbook."""
    with zipfile.ZipFile(path) as archive:
        strings = _shared_strings(archive)
        sheets = {}
        for name, part in sheet_parts(archive).items():
            try:
                xml = archive.read(part).decode("utf-8")
            except (zipfile.BadZipFile, zlib.error, EOFError, UnicodeDecodeError):  # bad CRC, oversized, cut text
                raise DamagedSheet(name) from None
            if not _SHEET_END.search(xml[-200:]):  # read cell by cell, a cut sheet would pass for a short one
                raise DamagedSheet(name)
            sheets[name] = _sheet_cells(xml, strings)
        return sheets


def _shared_strings(archive: zipfile.ZipFile) -> list[str]:
    try:
        xml = archive.read("xl/sharedStrings.xml").decode("utf-8")
    except KeyError:
        return []
    return [_joined_text(match.group(1) or "") for match in _SHARED_ITEM.finditer(xml)]


def _joined_text(xml: str) -> str:
    xml = _PHONETIC.sub("", xml)
    return "".join(unescape(match.group(1) or "") for match in _TEXT.finditer(xml))


def _sheet_cells(xml: str, strings: list[str]) -> dict[Position, RawCell]:
    cells: dict[Position, RawCell] = {}
    shared: dict[str, tuple[str, Position]] = {}  # si → (master text, master position)
    previous: Position = (0, 0)
    for match in _CELL.finditer(xml):
        attributes = dict(_ATTRIBUTE.findall(match.group(1)))
        body = match.group(2) or ""
        address = attributes.get("r")
        if address:
            parts = _ADDRESS.fullmatch(address)
            if not parts:
                continue
            position = (int(parts.group(2)), column_number(parts.group(1)))
        else:  # r is optional: the next cell of the row
            position = (previous[0] or 1, previous[1] + 1)
        previous = position
        kind = attributes.get("t", "n")
        value = _value(kind, body, strings)
        formula, origin = None, None
        found = _FORMULA.search(body)
        if found:
            formula_attributes = dict(_ATTRIBUTE.findall(found.group(1)))
            text = unescape(found.group(2) or "")
            if formula_attributes.get("t") == "shared":
                index = formula_attributes.get("si", "")
                if text:
                    shared[index] = (text, position)
                if index in shared:
                    formula, origin = shared[index]
            elif text:
                formula, origin = text, position
        if value is None and formula is None and kind != "str":
            continue
        cells[position] = RawCell(value, formula, origin)
    return cells


def _value(kind: str, body: str, strings: list[str]) -> Value:
    if kind == "inlineStr":
        inline = _INLINE.search(body)
        return _joined_text(inline.group(1)) if inline else ""
    match = _VALUE.search(body)
    if match is None:
        return None
    text = unescape(match.group(1))
    if kind == "s":
        try:
            return strings[int(text)]
        except (ValueError, IndexError):
            return None
    if kind == "str":
        return text
    if kind == "b":
        return text.strip() in ("1", "true")
    if kind == "e":
        return XlError(text.strip())
    if kind == "d":
        try:
            moment = dt.datetime.fromisoformat(text.strip())
        except ValueError:
            return text
        return Decimal((moment - _EPOCH).total_seconds()) / 86400
    try:
        number = Decimal(text.strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def formula_texts(cells: dict[str, dict[Position, RawCell]]) -> dict[tuple[str, str], str]:
    """Every formula by (sheet, address), as the cell's own text (shared formulas written out)."""
    texts = {}
    for sheet, sheet_cells in cells.items():
        for position, raw in sheet_cells.items():
            if raw.formula is not None:
                text = shift_formula(raw.formula, raw.origin or position, position)
                texts[(sheet, f"{get_column_letter(position[1])}{position[0]}")] = text
    return texts


def read_formulas(path: str | Path) -> dict[tuple[str, str], str]:
    return formula_texts(read_cells(path))
