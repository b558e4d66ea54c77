"""Every cell of an xlsx package — value, formula, cached result — read from the sheet XML once, as
Excel, WPS, LibreOffice, openpyxl and ``formulas`` write it: shared strings and inline strings,
``t="str"``/``"b"``/``"e"``/``"d"`` results, ``<f aca="false">``, shared formulas (``t="shared"``
with ``si``) and array formulas (their top-left cell holds the formula)."""

from __future__ import annotations

import re
import zipfile
import zlib
from decimal import Decimal, InvalidOperation
from pathlib import Path

from ..rules.evaluate import Value, XlError
from .cached import sheet_parts, unescaped
from .formula_text import column_number, shift_formula
from .members import read_part, read_parts
from ..cells import column_letter as get_column_letter

_CELL = re.compile(r"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_ATTRIBUTE = re.compile(r'([\w:]+)="([^"]*)"')
_FORMULA = re.compile(r"<(?:\w+:)?f\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?f>)", re.S)
_VALUE = re.compile(r"<(?:\w+:)?v>(.*?)</(?:\w+:)?v>", re.S)
_INLINE = re.compile(r"<(?:\w+:)?is>(.*?)</(?:\w+:)?is>", re.S)
_TEXT = re.compile(r"<(?:\w+:)?t\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?t>)", re.S)
_PHONETIC = re.compile(r"<(?:\w+:)?rPh\b.*?</(?:\w+:)?rPh>", re.S)
_SHARED_ITEM = re.compile(r"<(?:\w+:)?si>(.*?)</(?:\w+:)?si>|<(?:\w+:)?si/>", re.S)
_ADDRESS = re.compile(r"([A-Z]+)(\d+)")

Position = tuple[int, int]  # row, column (from 1)
# A formula cell's place in its sheet's XML (byte offsets in the part's UTF-8), for writing its
# cached value there (cached.splice_cached_values: the bytes between are copied, never decoded):
# (start, end of "<c r=… s=…", start and end of the formula text, end) for the plain form,
# (start, end) for any other form.
Span = tuple[int, ...]


class RawCell:
    """One cell as the sheet XML has it. A plain slotted class (not a dataclass): tens of thousands are
    made per workbook, and ``pingfen recalc`` has no other use for ``dataclasses``."""

    __slots__ = ("value", "formula", "origin", "span")

    def __init__(self, value: Value, formula: str | None = None, origin: Position | None = None, span: Span | None = None) -> None:
        self.value = value  # the typed value, or the cached result of a formula
        self.formula = formula  # without "="
        self.origin = origin  # the cell the formula text was written for (shared formulas)
        self.span = span  # where a cell with a formula element is in its sheet's XML

    def __repr__(self) -> str:
        return f"RawCell(value={self.value!r}, formula={self.formula!r}, origin={self.origin!r}, span={self.span!r})"


class DamagedSheet(ValueError):
    """A sheet part whose XML stops before its end (a cut or damaged file)."""

    def __init__(self, sheet: str) -> None:
        self.sheet = sheet
        super().__init__(sheet)


_SHEET_END = re.compile(rb"</(?:\w+:)?worksheet>\s*$")


def read_cells(path: str | Path, checksums: dict[str, int] | None = None,
               kept: dict[str, bytes] | None = None) -> dict[str, dict[Position, RawCell]]:
    """Sheet name → position → cell, for every sheet of the workbook. ``checksums`` (when given)
    receives each sheet's CRC-32: the spans of its formula cells hold while the part has it;
    ``kept`` (when given) the XML of each sheet with formulas, as read (what writing their cached
    values copies from, not inflated a second time)."""
    with zipfile.ZipFile(path) as archive:
        strings = _shared_strings(archive)
        sheets = {}
        parts = sheet_parts(archive)
        contents = read_parts(archive, list(parts.values()))
        try:
            for name, part in parts.items():
                try:
                    if checksums is not None:
                        checksums[name] = archive.getinfo(part).CRC
                    xml = next(contents)
                    if not _SHEET_END.search(xml[-200:]):  # read cell by cell, a cut sheet would pass for a short one
                        raise DamagedSheet(name)
                    sheets[name] = _sheet_cells(xml, strings)
                    if kept is not None and b"<f" in xml:
                        kept[name] = xml
                except (zipfile.BadZipFile, zlib.error, EOFError, UnicodeDecodeError):  # bad CRC, oversized, cut text
                    raise DamagedSheet(name) from None
        finally:
            contents.close()  # the parts read ahead no longer wanted: the archive is closed next
        return sheets


def _shared_strings(archive: zipfile.ZipFile) -> list[str]:
    try:
        xml = read_part(archive, "xl/sharedStrings.xml").decode("utf-8")
    except KeyError:
        return []
    return [_joined_text(match.group(1) or "") for match in _SHARED_ITEM.finditer(xml)]


def _joined_text(xml: str) -> str:
    xml = _PHONETIC.sub("", xml)
    return "".join(unescaped(match.group(1) or "") for match in _TEXT.finditer(xml))


# The cell as openpyxl, Excel and LibreOffice mostly write it — address, style, type, then a plain
# formula, a value or one inline text run — read by one match; any other cell (shared formulas,
# attributes on <f> or <t>, rich text, no address) by the general patterns below. Matched in the
# part's UTF-8 bytes (no byte of a multi-byte character is < or >): only what a cell holds is decoded.
# Every repeat and optional part is possessive (``*+``, ``?+``): what follows each can never match
# what it would give back, so the match is the same, without the engine keeping each backtracking
# point (a fourth fewer instructions scanning a sheet).
_PLAIN_CELL = (
    rb'<c r="(?P<col>[A-Z]{1,3}+)(?P<row>\d++)"(?: s="\d++")?+(?: t="(?P<t>\w++)")?+'
    rb"(?:\s*+/>|>(?:<f>(?P<f>[^<]*+)</f>)?+(?:<v>(?P<v>[^<]*+)</v>|<is><t>(?P<is>[^<]*+)</t></is>)?+</c>)"
)
_ANY_CELL = re.compile(_PLAIN_CELL + b"|" + _CELL.pattern.encode("ascii"), re.S)
_COLUMNS: dict[bytes, int] = {}


def _column(letters: bytes) -> int:
    return _COLUMNS.get(letters) or _COLUMNS.setdefault(letters, column_number(letters.decode("ascii")))


_UNREAD = object()


def _sheet_cells(xml: bytes, strings: list[str]) -> dict[Position, RawCell]:
    cells: dict[Position, RawCell] = {}
    shared: dict[str, tuple[str, Position]] = {}  # si → (master text, master position)
    previous: Position = (0, 0)
    empty = None  # the plain empty cell read last, when it is the previous cell
    numbers: dict[bytes, Value] = {}  # a number written again is the same (immutable) Decimal
    # a text or number typed again is the same cell (RawCell is never changed once read): decoded once
    typed_texts: dict[bytes, RawCell] = {}
    typed_numbers: dict[bytes, RawCell] = {}
    columns = _COLUMNS
    for match in _ANY_CELL.finditer(xml):
        if match.lastindex == 2:  # the plain form with nothing after its address and style: an empty cell
            empty = match
            continue
        letters, row, kind, text, raw, inline, _, _ = match.groups()
        if letters is not None and (kind == b"inlineStr") == (inline is not None):
            position = previous = (int(row), columns.get(letters) or _column(letters))
            empty = None
            if not text:
                if inline is not None:
                    cell = typed_texts.get(inline)
                    if cell is None:
                        cell = typed_texts[inline] = RawCell(unescaped(inline.decode("utf-8")))
                    cells[position] = cell
                    continue
                if raw is not None and (kind is None or kind == b"n"):
                    cell = typed_numbers.get(raw)
                    if cell is None:
                        number = _typed("n", unescaped(raw.decode("utf-8")), strings)
                        if number is None:
                            continue  # not a number: no value
                        cell = typed_numbers[raw] = RawCell(number)
                    cells[position] = cell
                    continue
            if inline is not None:
                value: Value = unescaped(inline.decode("utf-8"))
            elif raw is None:
                if not text and kind != b"str":
                    continue  # a styled empty cell
                value = None
            elif kind is None or kind == b"n":
                value = numbers.get(raw, _UNREAD)
                if value is _UNREAD:
                    value = numbers[raw] = _typed("n", unescaped(raw.decode("utf-8")), strings)
            elif kind == b"str":  # a formula's text result (empty where the value is stale)
                value = unescaped(raw.decode("utf-8")) if raw else ""
            else:
                value = _typed(kind.decode("ascii"), unescaped(raw.decode("utf-8")), strings)
            if text:
                regs = match.regs  # the head ends before ' t="' or before '><f>'
                span = (regs[0][0], (regs[3][0] if kind else regs[4][0]) - 4, *regs[4], regs[0][1]) if inline is None else regs[0]
                cells[position] = RawCell(value, unescaped(text.decode("utf-8")), position, span)
            elif value is not None or kind == b"str":
                cells[position] = RawCell(value)
            continue
        if empty is not None:
            previous, empty = (int(empty.group(2)), columns.get(empty.group(1)) or _column(empty.group(1))), None
        general = _CELL.match(match.group(0).decode("utf-8"))
        assert general is not None  # the plain pattern only matches what the general one does
        previous = _general_cell(general.group(1), general.group(2) or "", strings, previous, shared, cells, match.span())
    return cells


def _general_cell(attribute_text: str, body: str, strings: list[str], previous: Position,
                  shared: dict[str, tuple[str, Position]], cells: dict[Position, RawCell], span: Span) -> Position:
    """Reads one cell in any form into ``cells``; returns its position (the next one follows it)."""
    attributes = dict(_ATTRIBUTE.findall(attribute_text))
    address = attributes.get("r")
    if address:
        parts = _ADDRESS.fullmatch(address)
        if not parts:
            return previous
        position = (int(parts.group(2)), column_number(parts.group(1)))
    else:  # r is optional: the next cell of the row
        position = (previous[0] or 1, previous[1] + 1)
    kind = attributes.get("t", "n")
    value = _value(kind, body, strings)
    formula, origin = None, None
    found = _FORMULA.search(body)
    if found:
        formula_attributes = dict(_ATTRIBUTE.findall(found.group(1)))
        text = unescaped(found.group(2) or "")
        if formula_attributes.get("t") == "shared":
            index = formula_attributes.get("si", "")
            if text:
                shared[index] = (text, position)
            if index in shared:
                formula, origin = shared[index]
        elif text:
            formula, origin = text, position
    if value is None and formula is None and kind != "str":
        return position
    cells[position] = RawCell(value, formula, origin, span if formula is not None else None)
    return position


def _value(kind: str, body: str, strings: list[str]) -> Value:
    if kind == "inlineStr":
        inline = _INLINE.search(body)
        return _joined_text(inline.group(1)) if inline else ""
    match = _VALUE.search(body)
    if match is None:
        return None
    return _typed(kind, unescaped(match.group(1)), strings)


def _typed(kind: str, text: str, strings: list[str]) -> Value:
    """A cell's <v> text (unescaped) as the value its type says."""
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
        import datetime as dt  # here: few workbooks have a date cell

        try:
            moment = dt.datetime.fromisoformat(text.strip())
        except ValueError:
            return text
        return Decimal((moment - dt.datetime(1899, 12, 30)).total_seconds()) / 86400
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
