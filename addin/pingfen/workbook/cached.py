"""Cached values in formula cells.

openpyxl can store a formula or a value, never both, so readers that do not calculate (python-calamine,
pandas, previewers, phones) would see empty cells. We write the file with formulas, then put each
computed value into its ``<v>`` element directly in the sheet XML — formulas, styles, merges,
validations and protection stay exactly as written.
"""

from __future__ import annotations

import functools
import io
import operator
import re
import threading
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO, Callable, Mapping

from ..cells import column_letter
from ..files import atomic_output
from ..rules.evaluate import Value, XlError
from .members import DeflatedPart, compressed_bytes

CellRef = tuple[str, str]  # (sheet, address)

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_SHEET = re.compile(r'<sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"')
_SHEET_ALT = re.compile(r'<sheet\b[^>]*?r:id="([^"]*)"[^>]*?name="([^"]*)"')
_REL = re.compile(r'<Relationship\b[^>]*?Id="([^"]*)"[^>]*?Target="([^"]*)"|<Relationship\b[^>]*?Target="([^"]*)"[^>]*?Id="([^"]*)"')
# a formula cell as any editor writes it: <f>, <f aca="false">, a shared formula's <f t="shared" si="0"/>
# (matched in the UTF-8 bytes: a big sheet is not decoded and encoded again)
_FORMULA_CELL = re.compile(rb"<c\b([^>]*?)>(<f\b[^>]*?/>|<f\b[^>]*?>.*?</f>)(?:<v>.*?</v>|<v\s*/>)?(.*?)</c>", re.S)
_ADDRESS = re.compile(rb'\br="([A-Z]+[0-9]+)"')
_TYPE = re.compile(rb'\s+t="[^"]*"')


def sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → path of its XML part inside the package."""
    workbook = archive.read("xl/workbook.xml").decode("utf-8")
    rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    targets = {}
    for match in _REL.finditer(rels):
        rel_id, target = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        targets[rel_id] = target
    parts = {}
    sheets = [(m.group(1), m.group(2)) for m in _SHEET.finditer(workbook)] or [(m.group(2), m.group(1)) for m in _SHEET_ALT.finditer(workbook)]
    for name, rel_id in sheets:
        target = targets[rel_id]
        parts[unescaped(name)] = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return parts


_ENTITIES = (("&quot;", '"'), ("&lt;", "<"), ("&gt;", ">"), ("&apos;", "'"))


def unescaped(text: str) -> str:
    """XML text unescaped: the five entities by replacement, anything else (character references)
    by ``html.unescape`` (imported only then: its entity table costs a millisecond at start-up)."""
    if "&" not in text:
        return text
    plain = text
    for entity, char in _ENTITIES:
        if entity in plain:
            plain = plain.replace(entity, char)
    if plain.count("&") != plain.count("&amp;"):
        from html import unescape

        return unescape(text)
    return plain.replace("&amp;", "&")


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def value_xml(value: Value) -> tuple[str | None, str]:
    """(cell type attribute, <v> text) for a computed value."""
    kind = type(value)
    if kind is Decimal:  # the commonest two first
        return None, repr(float(value))
    if kind is str:
        return "str", escape(value)  # type: ignore[arg-type]
    if isinstance(value, XlError):
        return "e", value.code
    if isinstance(value, bool):
        return "b", "1" if value else "0"
    if isinstance(value, Decimal):
        return None, repr(float(value))
    if value is None:
        return "str", ""
    return "str", escape(str(value))


def write_cached_values(source: str | Path | BinaryIO, target: str | Path, values: Mapping[CellRef, Value], *, backup: bool = False,
                        level: int | None = None) -> int:
    """Copies ``source`` (a file, or the bytes of one) to ``target`` with the computed ``values``
    cached in their formula cells; returns how many cells were filled. Parts without a value to
    write are copied as they are, compressed bytes and all; the others are deflated at ``level``
    (None: zlib's default, 6). ``target`` is written atomically (see ``files.atomic_output``),
    keeping the old file as ``.bak`` when ``backup``."""
    by_sheet: dict[str, dict[str, Value]] = {}
    for (sheet, address), value in values.items():
        by_sheet.setdefault(sheet, {})[address] = value
    return _rewrite(source, target, {sheet: _filled(sheet_values) for sheet, sheet_values in by_sheet.items()}, backup, level)


# a formula cell's place in the XML text read (sheet_xml.Span, or None), its position (row, column), its value
Placed = tuple[tuple[int, ...] | None, tuple[int, int], Value]
# a part's new content written through ``write``: (its entry, a function opening it to read, write) → cells filled
Fill = Callable[[zipfile.ZipInfo, Callable[[], BinaryIO], Callable[[bytes], object]], int]


def splice_cached_values(source: str | Path, target: str | Path, sheets: Mapping[str, list[Placed]], checksums: Mapping[str, int], *,
                         backup: bool = False, level: int | None = None, kept: dict[str, bytes] | None = None) -> int:
    """``write_cached_values`` for cells whose places in the sheet XML are known (``sheet_xml.read_cells``
    spans, with the CRC-32 of each part read): each value is put in its place and the XML between is
    copied as it is, with no pattern run over the sheet. A part that is no longer the one read
    (another CRC), or a cell without a span, has its cells found by address instead. ``kept``: sheets'
    XML as it was read (the part with that CRC), spliced from memory and let go once written."""

    def fill(sheet: str, placed: list[Placed]) -> Fill:
        def run(item: zipfile.ZipInfo, open_part: Callable[[], BinaryIO], write: Callable[[bytes], object]) -> int:
            if item.CRC == checksums.get(sheet) and all(span is not None for span, _, _ in placed):
                xml = kept.pop(sheet, None) if kept is not None else None
                with open_part() if xml is None else io.BytesIO(xml) as part:
                    return _splice(part, placed, write)
            return _filled({f"{column_letter(column)}{row}": value for _, (row, column), value in placed})(item, open_part, write)
        return run

    return _rewrite(source, target, {sheet: fill(sheet, placed) for sheet, placed in sheets.items() if placed}, backup, level)


def _filled(values: Mapping[str, Value]) -> Fill:
    def run(item: zipfile.ZipInfo, open_part: Callable[[], BinaryIO], write: Callable[[bytes], object]) -> int:
        with open_part() as part:
            data, count = _fill(part.read(), values)
        write(data)
        return count
    return run


def _rewrite(source: str | Path | BinaryIO, target: str | Path, fills: Mapping[str, Fill], backup: bool, level: int | None) -> int:
    """``source`` copied to ``target`` with each sheet of ``fills`` written by its function (deflated
    at ``level`` as it is written); every other part copied compressed. Returns the cells filled."""
    filled = 0
    with atomic_output(target, backup=backup) as handle:  # the source is closed before it is replaced
        with zipfile.ZipFile(source) as archive, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as out:
            parts = {part: name for name, part in sheet_parts(archive).items()}
            for item in archive.infolist():
                fill = fills.get(parts.get(item.filename, ""))
                if fill is None:
                    _copy_compressed(archive, item, out)
                    continue
                open_part = functools.partial(archive.open, item)
                stream = DeflatedPart(out, _copied(item), level)  # its CRC and sizes are the new content's once written
                if item.file_size < _BACKGROUND:
                    filled += fill(item, open_part, stream.write)
                else:
                    write, finish = _in_background(stream.write)
                    try:
                        filled += fill(item, open_part, write)
                    finally:
                        finish()
                stream.close()
    return filled


_BACKGROUND = 1 << 20  # bytes of sheet XML from which its pieces are deflated on a second thread


def _in_background(write: Callable[[bytes], object]) -> tuple[Callable[[bytes], object], Callable[[], None]]:
    """(put, finish): ``write`` run on a second thread for each piece put, in order — deflating and the
    CRC release the GIL, so a big sheet's next piece is spliced while the last one is compressed.
    ``finish`` waits for the last piece and raises what ``write`` raised."""
    import queue  # only for a big sheet

    pieces: queue.Queue[bytes | None] = queue.Queue(4)  # a few pieces ahead at most (memory)
    failures: list[BaseException] = []

    def work() -> None:
        while (piece := pieces.get()) is not None:
            if not failures:
                try:
                    write(piece)
                except BaseException as error:  # handed to the writing thread by finish()
                    failures.append(error)

    thread = threading.Thread(target=work, name="pingfen-deflate", daemon=True)
    thread.start()

    def finish() -> None:
        pieces.put(None)
        thread.join()
        if failures:
            raise failures[0]
    return pieces.put, finish


def _splice(part: BinaryIO, placed: list[Placed], write: Callable[[bytes], object]) -> int:
    """Writes the sheet XML read from ``part`` with each value in its cell: a plain cell written again
    from its own pieces (its head, the type the value needs, its formula text as it was), any other
    cell through ``_fill``; the bytes between as they were (never decoded: the spans are byte
    offsets). Read and written a piece at a time (a big sheet is never held whole)."""
    data, base = b"", 0  # the bytes of the sheet from ``base`` on that have been read
    pieces: list[bytes] = []
    last = count = 0
    # a number or a text written again (a score, 0, 是, an empty result): its XML made once (a number
    # never equals a text, so one table holds both)
    made_before: dict[Decimal | str, tuple[bytes, bytes]] = {}
    for span, (row, column), value in sorted(placed, key=_start):
        assert span is not None
        end = span[-1]
        while base + len(data) < end:
            chunk = part.read(_PIECE)
            if not chunk:
                raise zipfile.BadZipFile("工作表内容不完整")
            data += chunk
        if len(span) == 5:
            _, head_end, formula_start, formula_end, _ = span
            kind = type(value)
            repeated = kind is Decimal or kind is str
            made = made_before.get(value) if repeated else None  # type: ignore[arg-type]
            if made is None:
                attribute, value_text = value_xml(value)
                made = (_KIND_ATTRIBUTES[attribute], value_text.encode("utf-8"))
                if repeated:
                    made_before[value] = made  # type: ignore[index]
            pieces += (data[last - base:head_end - base], made[0], b"><f>", data[formula_start - base:formula_end - base],
                       b"</f><v>", made[1], b"</v></c>")
            count += 1
        else:
            start = span[0]
            cell, filled = _fill(data[start - base:end - base], {f"{column_letter(column)}{row}": value})
            pieces += (data[last - base:start - base], cell)
            count += filled
        last = end
        if len(pieces) > 4096:
            write(b"".join(pieces))
            pieces.clear()
            data, base = data[last - base:], last
    pieces.append(data[last - base:])
    pieces.append(part.read())  # the rest (and the CRC checked at its end)
    write(b"".join(pieces))
    return count


_PIECE = 1 << 20  # bytes of a sheet read at a time


_start = operator.itemgetter(0)  # a cell's span: ordered by where it starts (no two cells start at one place)


_KIND_ATTRIBUTES = {None: b"", "e": b' t="e"', "b": b' t="b"', "str": b' t="str"'}


def _copy_compressed(archive: zipfile.ZipFile, item: zipfile.ZipInfo, out: zipfile.ZipFile) -> None:
    """One member copied without decompressing and compressing it again: its local header rewritten
    (sizes and CRC in it, no data descriptor after it), its compressed bytes as they are."""
    data = compressed_bytes(archive, item)
    assert out.fp is not None
    copied = _copied(item)
    copied.flag_bits &= ~0x08  # the sizes are known: written in the header
    copied.header_offset = out.fp.tell()
    out.fp.write(copied.FileHeader())
    out.fp.write(data)
    out.filelist.append(copied)
    out.NameToInfo[copied.filename] = copied
    out.start_dir = out.fp.tell()


def _copied(item: zipfile.ZipInfo) -> zipfile.ZipInfo:
    """``copy.copy`` of a zip entry (its slots that are set), without importing ``copy`` (and ``weakref``)
    for it."""
    copied = zipfile.ZipInfo.__new__(zipfile.ZipInfo)
    for name in zipfile.ZipInfo.__slots__:
        try:
            setattr(copied, name, getattr(item, name))
        except AttributeError:  # a slot the entry never set
            continue
    return copied


def _fill(xml: bytes, values: Mapping[str, Value]) -> tuple[bytes, int]:
    count = 0
    by_address = {address.encode("ascii"): value for address, value in values.items()}
    kinds = {kind: f' t="{kind}"'.encode("ascii") for kind in ("e", "b", "str")}

    def replace(match: re.Match[bytes]) -> bytes:
        nonlocal count
        attributes, formula, rest = match.group(1, 2, 3)
        address = _ADDRESS.search(attributes)
        value = by_address.get(address.group(1), _NONE) if address else _NONE
        if value is _NONE:
            return match.group(0)
        kind, text = value_xml(value)  # type: ignore[arg-type]
        if b't="' in attributes:
            attributes = _TYPE.sub(b"", attributes)
        if kind:
            attributes += kinds[kind]
        count += 1
        return b"".join((b"<c", attributes, b">", formula, b"<v>", text.encode("utf-8"), b"</v>", rest, b"</c>"))

    return _FORMULA_CELL.sub(replace, xml), count


_NONE = object()
