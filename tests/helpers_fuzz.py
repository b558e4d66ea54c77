"""Realistic typing into generated workbooks for the differential fuzz (tests and benchmarks/ share
it): numbers, numbers typed or pasted as text, dates as text in the formats accountants use, blanks,
error values, typed formulas, 是/否 and stray text — written straight into the sheet XML, as Excel
saves a typed cell, so thousands of books cost no more than copying a zip."""

from __future__ import annotations

import random
import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pingfen.engines import libreoffice
from pingfen.engines.differential import Disagreement, cached_values, compare
from pingfen.workbook import service
from pingfen.workbook.cached import escape, sheet_parts
from pingfen.workbook.layout import RUBRIC_HEADER_ROW, RUBRIC_SHEET
from pingfen.workbook.read import read_book

NUMBER_TEXTS = ("924.8", " 924.8 ", "1,234", "99%", "9.248E+2", "95", "0.95", "(12)", "12-", "abc", "约95", "100%", "1e3")
DATE_TEXTS = ("2024年7月31日", "2024/7/31", "07/31/2024", "20240731", "2024-7-31", "2024.7.31", "2023/7/1", "2024年5月", "7/31")
CHOICES = ("是", "否", "是", "否", " 是", "符合", "")
ERRORS = ("#N/A", "#DIV/0!", "#VALUE!")
DATE_INPUTS = ("planned_start", "planned_end", "actual_end")
_LIBREOFFICE_BATCH = 100
CHOICE_INPUTS = ("met_", "zeroed", "__veto", "__rectified")


@dataclass
class Typed:
    """What was typed where, counted by kind (for the printed figures)."""

    cells: dict[tuple[str, str], str] = field(default_factory=dict)  # ref → cell XML inside <c …>
    kinds: dict[str, int] = field(default_factory=dict)

    def put(self, ref: tuple[str, str], kind: str, xml: str) -> None:
        self.cells[ref] = xml
        self.kinds[kind] = self.kinds.get(kind, 0) + 1


def _typing(name: str, chooser: random.Random, typed: Typed, ref: tuple[str, str], cells: list[str]) -> None:
    roll = chooser.random()
    if roll < 0.08:
        typed.put(ref, "blank", "")
        return
    if roll < 0.11:
        typed.put(ref, "error", f' t="e"><v>{chooser.choice(ERRORS)}</v>')
        return
    if name.startswith(CHOICE_INPUTS):
        typed.put(ref, "choice", _text(chooser.choice(CHOICES)))
        return
    if name in DATE_INPUTS:
        if roll < 0.5:
            typed.put(ref, "date text", _text(chooser.choice(DATE_TEXTS)))
        else:
            typed.put(ref, "date serial", f"><v>{chooser.randrange(44900, 45700)}</v>")
        return
    if name in ("reason", "grade") or name.endswith("_name"):
        typed.put(ref, "text", _text(chooser.choice(("优秀", "良好", "合格", "理由：抽查发现问题", "差"))))
        return
    if roll < 0.45:
        typed.put(ref, "number", f"><v>{chooser.choice((0, 1, 2, 3, 5, 0.5, 0.95, 0.8, 12, 95, 100, 286.54, 288, 924.8, -1))}</v>")
    elif roll < 0.75:
        typed.put(ref, "numeric text", _text(chooser.choice(NUMBER_TEXTS)))
    elif roll < 0.9:
        other = chooser.choice(cells)
        formula = chooser.choice(("286.54/288", "SUM(1,2)*0.5", f"{other}*1", f"ROUND({other},1)", "1/0", "95%"))
        typed.put(ref, "typed formula", f"><f>{escape(formula)}</f>")
    else:
        typed.put(ref, "number", f"><v>{chooser.randrange(0, 30)}</v>")


def _text(text: str) -> str:
    if text == "":
        return ""
    return f' t="inlineStr"><is><t xml:space="preserve">{escape(text)}</t></is>'


def type_into(base: Path, target: Path, seed: int, share: float = 0.35, edit_rubric: bool = False) -> Typed:
    """A copy of ``base`` with about ``share`` of its input cells typed over (and, with
    ``edit_rubric``, one leaf's 分值 changed on the 指标体系 sheet)."""
    chooser = random.Random(seed)
    saved = read_book(base)
    inputs = [(name, ref) for cells in saved.inputs.values() for name, ref in cells.items()]
    inputs += [(code, ref) for cells in saved.meta.get("entity_inputs", {}).values() for code, ref in ((c, tuple(r)) for c, r in cells.items())]
    addresses: dict[str, list[str]] = {}
    for _, (sheet, address) in inputs:
        addresses.setdefault(sheet, []).append(address)
    typed = Typed()
    for name, ref in inputs:
        if chooser.random() < share:
            _typing(name, chooser, typed, ref, addresses[ref[0]])  # type: ignore[arg-type]
    if edit_rubric:
        codes = [indicator.code for indicator in saved.rubric.walk()]
        leaf = chooser.choice([indicator for indicator in saved.rubric.walk() if indicator.is_leaf])
        typed.put((RUBRIC_SHEET, f"C{RUBRIC_HEADER_ROW + 1 + codes.index(leaf.code)}"), "指标体系 edit", f"><v>{int(leaf.weight) + 1}</v>")
    _write(base, target, typed.cells)
    return typed


@dataclass
class FuzzReport:
    books: int = 0
    regenerated: int = 0
    cells: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    disagreements: list[tuple[str, Disagreement]] = field(default_factory=list)

    def summary(self) -> str:
        kinds = "，".join(f"{kind} {count}" for kind, count in self.kinds.most_common())
        return (
            f"{self.books} books ({self.regenerated} with an edited 指标体系 regenerated), {self.cells} formula cells compared, "
            f"{len(self.disagreements)} disagreements with LibreOffice; typed: {kinds}"
        )


def run_fuzz(bases: list[Path], count: int, folder: Path, seed: int = 0, regenerate_every: int = 40) -> FuzzReport:
    """``count`` books typed into copies of ``bases``, each recalculated (or, every
    ``regenerate_every``-th, regenerated after an 指标体系 edit) by pingfen, then by LibreOffice."""
    report = FuzzReport()
    books = []
    for index in range(count):
        path = folder / f"book{index:04d}.xlsx"
        edit = bool(regenerate_every) and index % regenerate_every == regenerate_every - 1
        report.kinds.update(type_into(bases[index % len(bases)], path, seed * 1_000_003 + index, edit_rubric=edit).kinds)
        if edit:
            service.regenerate(path)
            report.regenerated += 1
        else:
            service.recalc(path)
        books.append(path)
    recalculated: list[Path] = []
    for start in range(0, len(books), _LIBREOFFICE_BATCH):  # one soffice process stops converting after ~250 files
        chunk = books[start:start + _LIBREOFFICE_BATCH]
        recalculated += libreoffice.recalc(chunk, folder / f"libreoffice{start}", timeout=120 + 3 * len(chunk))
    for path, theirs in zip(books, recalculated):
        mine = cached_values(path)
        report.cells += len(mine)
        report.disagreements += [(path.name, found) for found in compare(mine, cached_values(theirs))]
    report.books = len(books)
    return report


def _write(base: Path, target: Path, cells: dict[tuple[str, str], str]) -> None:
    by_sheet: dict[str, dict[str, str]] = {}
    for (sheet, address), xml in cells.items():
        by_sheet.setdefault(sheet, {})[address] = xml
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        parts = {part: name for name, part in sheet_parts(source).items()}
        for item in source.infolist():
            data = source.read(item.filename)
            changes = by_sheet.get(parts.get(item.filename, ""))
            if changes:
                data = _replace_cells(data.decode("utf-8"), changes).encode("utf-8")
            out.writestr(item, data)


_CELL = re.compile(r'<c r="([A-Z]+[0-9]+)"((?:\s+(?!t=)[\w:]+="[^"]*")*)(?:\s+t="[^"]*")?((?:\s+[\w:]+="[^"]*")*)\s*(?:/>|>.*?</c>)', re.S)


def _replace_cells(xml: str, changes: dict[str, str]) -> str:
    def replace(match: re.Match[str]) -> str:
        address = match.group(1)
        if address not in changes:
            return match.group(0)
        style = re.search(r'\ss="\d+"', match.group(2) + match.group(3))
        head = f'<c r="{address}"{style.group(0) if style else ""}'
        body = changes[address]
        return head + "/>" if not body else head + body + "</c>"

    return _CELL.sub(replace, xml)
