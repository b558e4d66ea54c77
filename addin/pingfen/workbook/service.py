"""The workbook jobs behind ``pingfen build / recalc / regenerate`` (and the ribbon buttons): each reads
what it needs, lays the plan out, writes it and caches the computed values."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..rules import InputError, Shape
from ..rules.evaluate import Value, XlError
from ..rubric import Rubric, score_rubric
from ..rubric.entities import score_entities
from ..rubric.checks import ERROR, Finding, run_checks
from .cached import read_formulas, write_cached_values
from .inputs import as_cell_value, default_shape, input_label, leaf_inputs
from .layout import Layout, build_layout, entity_key, fit_rows
from .plan import BookValues, CellRef, formula_text
from .read import SavedBook, WorkbookError, read_book
from .template import WorkbookTemplate, apply_widths, load_optional


@dataclass
class Result:
    path: Path
    layout: Layout
    values: dict[CellRef, Value]  # every formula cell
    inputs: dict[CellRef, Value]  # every input cell

    @property
    def total(self) -> Value:
        return self.values.get(self.layout.total)

    @property
    def grade(self) -> Value:
        return self.values.get(self.layout.grade)


def _inputs_from_rubric(rubric: Rubric) -> tuple[dict[str, Shape], dict[tuple[str, str], Value]]:
    shapes: dict[str, Shape] = {}
    values: dict[tuple[str, str], Value] = {}
    for leaf in rubric.leaves():
        shape, leaf_values = leaf_inputs(leaf)
        shapes[leaf.code] = shape
        values.update({(leaf.code, name): value for name, value in leaf_values.items()})
    if rubric.entities:  # each entity's known scores, published total and 一票否决 marks
        for result in score_entities(rubric):
            key = entity_key(result.entity.name)
            for leaf in rubric.leaves():
                values[(key, leaf.code)] = result.scores.get(leaf.code)
            values[(key, "__total")] = result.entity.published_total
            values[(key, "__veto")] = "是" if result.vetoes else "否"
            values[(key, "__rectified")] = "是" if result.entity.rectified else "否"
    return shapes, values


def _save(layout: Layout, target: Path, inputs: dict[CellRef, Value], template: WorkbookTemplate | None = None) -> Result:
    values = BookValues(layout.book, inputs).all()
    # formulas typed into input cells keep the value they had, so readers still see a number
    typed = {(sheet.name, address): inputs.get((sheet.name, address)) for sheet in layout.book.sheets for address, cell in sheet.cells.items() if cell.typed_formula}
    for sheet in layout.book.sheets:
        fit_rows(sheet, values)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".pingfen-", suffix=".xlsx")
    os.close(handle)
    try:
        from .xlsx import write_book  # openpyxl is only needed to write a new file

        write_book(layout.book, temporary, template)
        write_cached_values(temporary, target, {**values, **typed})
    finally:
        Path(temporary).unlink(missing_ok=True)
    return Result(target, layout, values, inputs)


def _input_cells(layout: Layout, values: dict[tuple[str, str], Value]) -> dict[CellRef, Value]:
    return {ref: values[key] for key, ref in _placed(layout).items() if key in values}


def _placed(layout: Layout) -> dict[tuple[str, str], CellRef]:
    """Every input cell of a layout by (leaf code or entity key, input name)."""
    placed = {(code, name): ref for code, leaf in layout.leaves.items() for name, ref in leaf.inputs.items()}
    for entity, cells in layout.entity_inputs.items():
        placed.update({(entity_key(entity), code): ref for code, ref in cells.items()})
    return placed


def build(rubric: Rubric, target: str | Path, template: str | Path | None = None) -> Result:
    """A new workbook from a rubric file, filled with the data the rubric carries; ``template``: a
    firm's workbook template (styles, widths, page setup)."""
    loaded = load_optional(template)
    shapes, values = _inputs_from_rubric(rubric)
    findings = run_checks(rubric, score_rubric(rubric))
    layout = build_layout(rubric, shapes, values, findings)
    if loaded:
        apply_widths(layout.book, loaded)
    return _save(layout, Path(target), _input_cells(layout, values), loaded)


def _check_formulas(path: str | Path, layout: Layout) -> None:
    written = read_formulas(path)
    for (sheet, address), cell in layout.book.formula_cells():
        expected = formula_text(cell, sheet)[1:]
        if written.get((sheet, address)) != expected:
            raise WorkbookError(
                f"{path} {sheet}!{address}：公式与“指标体系”不一致（指标体系已修改或公式被改动），请先执行 pingfen regenerate 重新生成"
            )


def recalc(path: str | Path, target: str | Path | None = None) -> Result:
    """Computes every formula cell with the Python rule engine and caches the values in the file."""
    saved = read_book(path)
    layout = build_layout(saved.rubric, saved.shapes, saved.values, [], saved.unmatched)
    _check_formulas(path, layout)
    values = BookValues(layout.book, saved.cell_values).all()
    destination = Path(target or path)
    write_cached_values(path, destination, values)
    return Result(destination, layout, values, saved.cell_values)


def _shape_for(saved: SavedBook, code: str, rule: Any) -> Shape:
    """The old shape when it still fits the (possibly edited) rule, else the rule's default."""
    shape = saved.shapes.get(code)
    if shape is not None:
        try:
            rule.compile(shape)
            return replace(shape, has_zeroed=bool(rule.zeroing))
        except InputError:
            pass
    shape = default_shape(rule)
    return replace(shape, has_zeroed=True) if rule.zeroing else shape


def regenerated_layout(saved: SavedBook) -> tuple[Layout, dict[CellRef, Value], list[tuple[str, str, str, Any]]]:
    """The new plan for a workbook whose 指标体系 may have been edited: every typed value goes to the
    same input of the same indicator code, or to the 未匹配数据 rows when that has no home any more.
    Returns the layout, the input values by their new cells, and the unmatched rows."""
    rubric = saved.rubric
    shapes = {leaf.code: _shape_for(saved, leaf.code, leaf.rule) for leaf in rubric.leaves()}
    layout = build_layout(rubric, shapes, saved.values, [], saved.unmatched)
    placed = set(_placed(layout))
    names = {indicator.code: indicator.name for indicator in rubric.walk()}
    unmatched = list(saved.unmatched)
    for (code, name), value in saved.values.items():
        if (code, name) in placed or value in (None, "") or (name == "zeroed" and value == "否"):
            continue  # placed, empty, or only the default answer of a removed 否决 clause
        unmatched.append((code, names.get(code, "（指标已删除）"), input_label(name), _shown(value)))
    values = {key: value for key, value in saved.values.items() if key in placed}
    for leaf in rubric.leaves():  # new indicators start with their defaults (是/否 choices…)
        _, defaults = leaf_inputs(leaf)
        for name, value in defaults.items():
            values.setdefault((leaf.code, name), value)
    layout = build_layout(rubric, shapes, values, structural_findings(rubric), unmatched, saved.typed_formulas)
    return layout, _input_cells(layout, values), unmatched


def regenerate(path: str | Path) -> tuple[Result, Path, list[tuple[str, str, str, Any]]]:
    """Rebuilds 评分表/数据/汇总/校验 from the workbook's own 指标体系, keeping every typed value (see
    ``regenerated_layout``). The old file is kept as a backup and the new one replaces it atomically."""
    layout, inputs, unmatched = regenerated_layout(read_book(path))
    source = Path(path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = source.with_name(f"{source.stem}.备份-{stamp}{source.suffix}")
    counter = 2
    while backup.exists():  # two regenerations within a second must not overwrite the first backup
        backup = source.with_name(f"{source.stem}.备份-{stamp}-{counter}{source.suffix}")
        counter += 1
    shutil.copy2(source, backup)
    return _save(layout, source, inputs), backup, unmatched


def structural_findings(rubric: Rubric) -> list[Finding]:
    """The checks of an indicator system read from a sheet, which carries no data: weights, rule
    maxima, shortfall references."""
    return [
        finding for finding in run_checks(rubric, score_rubric(rubric))
        if finding.code in ("WEIGHT_SUM", "TOTAL_WEIGHT", "RULE_MAX", "REFERENCE_MIX") or finding.code.startswith("REG_")
    ]


def workbook_findings(result: Result) -> list[Finding]:
    """The 校验 of a workbook as it stands: the indicator system's structure, plus what the typed
    data leaves open (missing data, 酌情评分 without a reason, scores outside [0, 分值])."""
    rubric = result.layout.rubric
    findings = structural_findings(rubric)
    for leaf in rubric.leaves():
        cells = result.layout.leaves[leaf.code]
        score = result.values.get(cells.score) if cells.score else None
        entered_name = "manual" if leaf.rule and leaf.rule.kind == "manual" else "entered"
        entered = result.inputs.get(cells.inputs.get(entered_name, ("", "")))
        if isinstance(entered, Decimal) and not Decimal(0) <= entered <= leaf.weight:
            findings.append(Finding("SCORE_RANGE", ERROR, leaf.label, f"录入得分{as_cell_value(entered)}分超出[0, {as_cell_value(leaf.weight)}]范围", "更正录入得分"))
        if entered_name == "manual" and entered not in (None, "") and result.inputs.get(cells.inputs["reason"]) in (None, ""):
            findings.append(Finding("NO_REASON", ERROR, leaf.label, "酌情评分未写明理由", "在“理由”栏写明评分理由"))
        if score in (None, ""):
            findings.append(Finding("DATA_MISSING", ERROR, leaf.label, "数据未录全，无法计分", "在评分表或数据表中补充黄色单元格"))
    return findings


def _shown(value: Value) -> Any:
    return value.code if isinstance(value, XlError) else as_cell_value(value)


def verify(path: str | Path, result: Result) -> list[tuple[CellRef, Value, Any]]:
    """Cells where the `formulas` engine disagrees with the Python values (numbers within 1e-9)."""
    from ..engines import formulas_engine  # heavy import, only for --verify

    other = formulas_engine.evaluate_workbook(path)
    differences = []
    for ref, value in result.values.items():
        theirs = other.get(ref)
        mine: Any = float(value) if isinstance(value, Decimal) else (value.code if isinstance(value, XlError) else value)
        if mine in (None, "") and theirs in (None, ""):
            continue
        if isinstance(mine, float) and isinstance(theirs, (int, float)) and abs(mine - theirs) <= 1e-9:
            continue
        if mine != theirs:
            differences.append((ref, mine, theirs))
    return differences
