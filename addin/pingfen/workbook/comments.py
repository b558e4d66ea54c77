"""Cell comments (批注) through a regeneration: an evaluator's note on a typed value, a score or a
row of 指标体系 follows that cell to its new place, found by what the cell means (the indicator code
and input name, the leaf's score, the indicator's row and column) rather than by its address. A note
whose cell has no place any more is kept as a row of 未匹配数据, never dropped.

Comments are read from the package's comment parts (``xl/commentsN.xml``, which Excel also writes
for threaded comments as their plain-text form) and written back by the .xlsx writer (workbook/xlsx.py)."""

from __future__ import annotations

import posixpath
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from ..lazy_dataclass import dataclass
from .cached import sheet_parts
from .inputs import input_label
from .layout import RUBRIC_HEADER_ROW, RUBRIC_SHEET, UNMATCHED_SHEET, Layout, entity_key
from .plan import CellRef
from .read import SavedBook, coordinates

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_COMMENTS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
UNMATCHED_FIRST_ROW = 3  # rows 1-2 of 未匹配数据 are its title and header
NOTE_LABEL = "批注"


@dataclass(frozen=True)
class Note:
    author: str
    text: str


def read_comments(path: str | Path) -> dict[CellRef, Note]:
    """Every cell comment of a workbook file, by sheet name and address. The file has passed
    ``guards.check_package`` (read_book) before: no DOCTYPE reaches ElementTree."""
    notes: dict[CellRef, Note] = {}
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        for sheet, part in sheet_parts(archive).items():
            directory, base = posixpath.split(part)
            rels = posixpath.join(directory, "_rels", base + ".rels")
            if rels not in names:
                continue
            for relation in ElementTree.fromstring(archive.read(rels)).iter(f"{_RELS}Relationship"):
                if relation.get("Type") != _COMMENTS_TYPE:
                    continue
                target = relation.get("Target", "")
                target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(directory, target))
                if target in names:
                    notes.update({(sheet, address): note for address, note in _comments(archive.read(target)).items()})
    return notes


def _comments(xml: bytes) -> dict[str, Note]:
    root = ElementTree.fromstring(xml)
    authors = [author.text or "" for author in root.iter(f"{_MAIN}author")]
    found = {}
    for comment in root.iter(f"{_MAIN}comment"):
        text = "".join(piece.text or "" for piece in comment.iter(f"{_MAIN}t"))
        index = int(comment.get("authorId", "0") or 0)
        found[comment.get("ref", "")] = Note(authors[index] if index < len(authors) else "", text)
    return found


def _old_meanings(saved: SavedBook) -> dict[CellRef, tuple[Any, ...]]:
    """What each cell of the old workbook held, for the cells a note can follow."""
    meanings: dict[CellRef, tuple[Any, ...]] = {}
    for indicator in saved.rubric.walk():
        row = indicator.where.line if indicator.where else None
        if row:
            for column in "ABCDEFGHI":
                meanings[(RUBRIC_SHEET, f"{column}{row}")] = ("rubric", indicator.code, column)
    for code, cells in {**saved.inputs, **saved.entity_inputs}.items():  # leaf inputs, per-entity scores
        for name, ref in cells.items():
            meanings[ref] = ("input", code, name)
    for code, ref in saved.scores.items():
        meanings[ref] = ("score", code)
    return meanings


def _new_places(layout: Layout) -> dict[tuple[Any, ...], CellRef]:
    places: dict[tuple[Any, ...], CellRef] = {}
    for index, indicator in enumerate(layout.rubric.walk()):
        for column in "ABCDEFGHI":
            places[("rubric", indicator.code, column)] = (RUBRIC_SHEET, f"{column}{RUBRIC_HEADER_ROW + 1 + index}")
    for code, leaf in layout.leaves.items():
        places.update({("input", code, name): ref for name, ref in leaf.inputs.items()})
        if leaf.score:
            places[("score", code)] = leaf.score
    for entity, cells in layout.entity_inputs.items():
        places.update({("input", entity_key(entity), code): ref for code, ref in cells.items()})
    return places


def carry_comments(
    saved: SavedBook, notes: dict[CellRef, Note], layout: Layout, unmatched: list[tuple[str, str, str, Any]],
    names: dict[str, str],
) -> tuple[dict[CellRef, Note], list[tuple[str, str, str, Any]]]:
    """Where each note goes in the regenerated ``layout``: returns the notes by their new cells and
    the rows to add to 未匹配数据 for notes without a place. A note on a value that itself went to
    未匹配数据 goes onto that row's value cell; a note on the title rows of 指标体系 (项目名称…) or on
    未匹配数据 stays where it was (those rows do not move)."""
    meanings = _old_meanings(saved)
    places = _new_places(layout)
    def moved(code: str, name: str) -> int | None:  # the 未匹配数据 row a value without a place went to
        label = input_label(name)
        for index, row in enumerate(unmatched):
            if row[0] == code and str(row[2]).startswith(label):
                return UNMATCHED_FIRST_ROW + index
        return None

    placed: dict[CellRef, Note] = {}
    lost: list[tuple[str, str, str, Any]] = []
    for (sheet, address), note in notes.items():
        meaning = meanings.get((sheet, address))
        place = places.get(meaning) if meaning else None
        if place is None and meaning and meaning[0] == "input":
            row = moved(meaning[1], meaning[2])
            place = (UNMATCHED_SHEET, f"D{row}") if row else None
        if place is None and meaning is None and _fixed(sheet, address):
            place = (sheet, address)
        if place is None:
            code = meaning[1] if meaning else ""
            lost.append((code, names.get(code, "（指标已删除）") if code else "", f"{NOTE_LABEL}（原在 {sheet}!{address}）", _note_text(note)))
        else:
            placed[place] = note
    return placed, lost


def _fixed(sheet: str, address: str) -> bool:
    row, _ = coordinates(address)
    return (sheet == RUBRIC_SHEET and row <= RUBRIC_HEADER_ROW) or sheet == UNMATCHED_SHEET


def _note_text(note: Note) -> str:
    return f"{note.author}：{note.text}" if note.author and not note.text.startswith(note.author) else note.text
