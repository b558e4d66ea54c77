"""``pingfen recalc``: the formulas that are in a workbook file computed as Excel does (``file_values``)
and written back as their cached values (``cached``), without laying the workbook out again or
reading its rules — the 指标体系 and the input layout are read only when a caller asks for them
(``Recalculated.layout``, ``Recalculated.inputs``: 校验 and ``pingfen batch`` do)."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..cells import column_letter
from ..files import same_file
from ..rules.evaluate import Value, XlError
from . import kept_templates
from .cached import splice_cached_values
from ..collection import without_cycle_collection
from .file_values import CellRef, FileValues, Problem
from .saved import META_SHEET, RUBRIC_SHEET, formula_digest, meta_record, open_cells, require_sheets, rubric_digest
from .sheet_xml import Position, RawCell, shift_formula

if TYPE_CHECKING:
    from ..rubric.checks import Finding
    from .layout import Layout
    from .read import SavedBook


class Recalculated:
    """A workbook recalculated: its formula cells' values, the file written, what could not be computed.
    (A plain class: ``pingfen recalc`` has no other use for ``dataclasses``, a few milliseconds to load.)"""

    def __init__(self, path: Path, source: str, values: dict[CellRef, Value], meta: dict[str, Any],
                 cells: dict[str, dict[Position, RawCell]] | None, problems: list[Problem] | None = None,
                 changed: list[CellRef] | None = None, rubric_edited: bool | None = False) -> None:
        self.path = path  # the file written
        self.source = source  # the file read
        self.values = values  # every formula cell
        self.meta = meta  # the hidden _pingfen record
        self.cells = cells  # None: read again when asked for
        self.problems = problems if problems is not None else []  # formulas that could not be computed
        self.changed = changed if changed is not None else []  # generated formulas changed by hand
        self.rubric_edited = rubric_edited  # 指标体系 edited since the sheets were generated (None: unknown)

    @property
    def total(self) -> Value:
        return self._at("total")

    @property
    def grade(self) -> Value:
        return self._at("grade")

    def _at(self, name: str) -> Value:
        ref = self.meta.get(name)
        return self.values.get((ref[0], ref[1])) if ref else None

    @cached_property
    def saved(self) -> SavedBook:
        """The workbook read back (rubric from its 指标体系, input cells): read on first use."""
        from .read import grids_of, read_grids

        cells = self.cells if self.cells is not None else open_cells(self.path)  # the same cells, values cached
        return read_grids(self.source, grids_of(cells))

    @cached_property
    def layout(self) -> Layout:
        from .service import _layout_from_meta

        return _layout_from_meta(self.saved)

    @cached_property
    def inputs(self) -> dict[CellRef, Value]:
        """Every input cell's value; a formula typed into one is its computed result."""
        return {ref: self.values.get(ref, value) for ref, value in self.saved.cell_values.items()}


def recalc(path: str | Path, target: str | Path | None = None, *, backup: bool = False, keep_cells: bool = True) -> Recalculated:
    """Computes the formulas that are in the file — generated, changed by hand or typed into input
    cells — as Excel does, and caches the values in the file (or in ``target``, kept as ``.bak`` when
    ``backup`` and it exists). Formulas it cannot compute are listed in ``problems``; generated formulas
    changed by hand in ``changed``. ``keep_cells=False`` lets the file's cells go before the write
    (less memory); ``layout`` and ``inputs`` then read the written file again if they are asked for."""
    with without_cycle_collection():  # hundreds of thousands of cells and values, nothing cyclic
        return _recalc(path, target, backup, keep_cells)


def _recalc(path: str | Path, target: str | Path | None, backup: bool, keep_cells: bool) -> Recalculated:
    checksums: dict[str, int] = {}
    xml: dict[str, bytes] = {}  # the XML of the sheets with formulas: spliced without inflating it again
    cells = open_cells(path, checksums, xml)
    require_sheets(str(path), cells, (RUBRIC_SHEET, META_SHEET))
    record = sorted((row, raw.value) for (row, column), raw in (cells.get(META_SHEET) or {}).items() if column == 1)
    meta = meta_record(str(path), (value for _, value in record), leaves=False)
    computed = FileValues(cells)
    values = computed.all()
    kept_templates.keep()  # the formula templates first parsed in this run, for the next
    changed, edited = _changed_formulas(meta, computed.formulas, values, cells.get(RUBRIC_SHEET) or {})
    destination = Path(target or path)
    stale = computed.stale_sheets()  # a sheet whose cached values are all current is copied as it is
    for sheet in set(xml) - stale:
        del xml[sheet]
    problems = computed.problems
    placed = computed.placed(stale)
    del computed  # its index of every cell is not needed for writing (peak memory)
    kept = cells if keep_cells else None
    del cells
    if stale or not same_file(path, destination):  # in place with every value current: nothing to write
        splice_cached_values(path, destination, placed, checksums, backup=backup, level=_LEVEL, kept=xml)
    return Recalculated(destination, str(path), values, meta, kept, problems, changed, edited)


# deflate level of rewritten sheets: measured on a 3,000-indicator book, 3 writes in 0.28 s where 6
# takes 0.36 s, for parts 15 % larger (benchmarks/speed_report.py prints the sizes)
_LEVEL = 3


def _changed_formulas(meta: dict[str, Any], formulas: dict[tuple[str, int, int], RawCell], values: dict[CellRef, Value],
                      rubric_cells: dict[Position, RawCell]) -> tuple[list[CellRef], bool | None]:
    """The generated formulas (of every formula cell by (sheet, row, column), and the same cells by
    address in the same order: ``FileValues.all``) that differ from the file's, and whether the
    指标体系 (its cells) was edited (None: a workbook written before pingfen kept fingerprints,
    which cannot be checked)."""
    if "formulas" not in meta:
        return [], None
    letters: dict[int, str] = {}

    def cell_address(row: int, column: int) -> str:
        letter = letters.get(column) or letters.setdefault(column, column_letter(column))
        return f"{letter}{row}"

    # each formula's digest compared as the cells are walked (no table of texts): the changed ones,
    # listed in the record's order once any is found
    record: dict[str, dict[str, str]] = meta["formulas"]
    differ: set[CellRef] = set()
    found = 0
    no_digests: dict[str, str] = {}
    for ((sheet, row, column), raw), (_, address) in zip(formulas.items(), values):
        digest = record.get(sheet, no_digests).get(address)
        if digest is None:
            continue
        found += 1
        origin = raw.origin
        text = raw.formula if origin is None or (origin[0] == row and origin[1] == column) else shift_formula(raw.formula or "", origin, (row, column))
        if formula_digest(text or "") != digest:
            differ.add((sheet, address))
    changed: list[CellRef] = []
    if differ or found != sum(len(expected) for expected in record.values()):  # changed, or a formula deleted
        blank = formula_digest("")
        changed = [(sheet, address) for sheet, expected in record.items() for address, digest in expected.items()
                   if (sheet, address) in differ or ((sheet, address) not in values and digest != blank)]
    cells = ((cell_address(row, column), None if isinstance(value := raw.value, XlError) else value) for (row, column), raw in rubric_cells.items())
    return changed, rubric_digest(cells) != meta.get("rubric")


def formula_findings(result: Any) -> list[Finding]:
    """What the file's own formulas leave open: a function pingfen cannot compute, a generated
    formula changed by hand (公式被改动: computed as written), an 指标体系 edited without regenerating."""
    if not (result.problems or result.changed or result.rubric_edited is not False):
        return []
    from ..rubric.checks import ERROR, INFO, WARNING, Finding

    labels: dict[CellRef, str] = {}
    if result.problems or result.changed:  # which indicator each score cell belongs to
        indicators = {indicator.code: indicator for indicator in result.layout.rubric.walk()}
        labels = {cells.score: indicators[code].label for code, cells in result.layout.leaves.items() if cells.score and code in indicators}
    findings = [
        Finding("FORMULA_UNKNOWN", ERROR, labels.get(problem.cell, ""), f"{problem.cell[0]}!{problem.cell[1]}：{problem.message}", "改用 pingfen 支持的函数，或在 Excel 中打开后重新计算")
        for problem in result.problems
    ]
    findings += [
        Finding("FORMULA_CHANGED", WARNING, labels.get(ref, ""), f"{ref[0]}!{ref[1]}：公式被改动（与“指标体系”生成的公式不同），已按改动后的公式计算", "如非有意改动，请执行 pingfen regenerate 重新生成")
        for ref in result.changed
    ]
    if result.rubric_edited:
        findings.append(Finding("RUBRIC_EDITED", WARNING, "", "“指标体系”已修改，评分表尚未重新生成，得分仍按原公式计算", "执行 pingfen regenerate 重新生成"))
    elif result.rubric_edited is None:
        findings.append(Finding("FORMULAS_UNVERIFIED", INFO, "", "工作簿由旧版 pingfen 生成，无法核对公式是否被改动、“指标体系”是否已修改；已按文件中的公式计算", "执行 pingfen regenerate 重新生成"))
    return findings
