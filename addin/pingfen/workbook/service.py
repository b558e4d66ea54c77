"""The workbook jobs behind ``pingfen build / recalc / regenerate`` (and the ribbon buttons): each reads
what it needs, lays the plan out, writes it and caches the computed values."""

from __future__ import annotations

import datetime as dt
from dataclasses import field, replace
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..lazy_dataclass import dataclass
from ..collection import without_cycle_collection
from ..files import atomic_output, check_target, copy_atomically, unused_path
from ..rules import InputError, Shape
from ..rules.evaluate import Value, XlError
from ..rubric import Rubric, score_rubric
from ..rubric.entities import score_entities, scoring_once
from ..rubric.checks import ERROR, Finding, data_findings, run_checks
from .inputs import as_cell_value, default_shape, input_label, leaf_inputs
from .limits import beyond_limits
from .layout import Layout, LeafCells, build_layout, entity_key, fit_rows, place_findings
from .plan import Book, BookValues, CellRef
from .saved import WorkbookError
from .template import WorkbookTemplate, apply_widths, load_optional
from .xlsx import write_book

if TYPE_CHECKING:
    from .comments import Note
    from .file_values import Problem
    from .read import SavedBook
    from .recalc import Recalculated

# the recalculation jobs are read from here too (service.recalc); a build needs none of the reading side
# (the file's cells, its comments, the compiled formulas), which is imported when first asked for
_RECALC = frozenset(("recalc", "Recalculated", "formula_findings"))


def __getattr__(name: str) -> Any:
    if name in _RECALC:
        from . import recalc as job

        return getattr(job, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass
class Result:
    path: Path
    layout: Layout
    values: dict[CellRef, Value]  # every formula cell
    inputs: dict[CellRef, Value]  # every input cell
    problems: list[Problem] = field(default_factory=list)  # formulas that could not be computed
    changed: list[CellRef] = field(default_factory=list)  # generated formulas changed by hand
    rubric_edited: bool | None = False  # 指标体系 edited since the sheets were generated (None: unknown)

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


def _computed(layout: Layout, target: Path, inputs: dict[CellRef, Value]) -> dict[CellRef, Value]:
    """Every formula's value (formulas typed into input cells included), once the formulas are known
    to fit within Excel's limits."""
    broken = beyond_limits(layout.formulas())
    if broken:
        (sheet, address), reason = broken[0]
        more = f"（另有 {len(broken) - 1} 个公式同样超限）" if len(broken) > 1 else ""
        raise WorkbookError(f"无法生成 {target}：{sheet}!{address} 的{reason}{more}。请减少该处引用的指标或明细行数，或联系维护者")
    return BookValues(layout.book, inputs).all()


def _save(layout: Layout, target: Path, inputs: dict[CellRef, Value], values: dict[CellRef, Value] | None = None, *, backup: bool = False,
          notes: dict[CellRef, Note] | None = None, template: WorkbookTemplate | None = None) -> Result:
    """Writes the plan (``values``: its computed values when known already)."""
    if values is None:
        values = _computed(layout, target, inputs)
    with atomic_output(target, backup=backup) as handle:  # only the finished file replaces the target
        # the rows fitted to their wrapped text (layout.fit_rows) as each sheet is written
        write_book(layout.book, handle, notes, template, layout.formulas(), values, fit={})
    return Result(target, layout, values, inputs)


def _placed(layout: Layout) -> dict[tuple[str, str], CellRef]:
    """Every input cell of a layout by (leaf code or entity key, input name)."""
    placed = {(code, name): ref for code, leaf in layout.leaves.items() for name, ref in leaf.inputs.items()}
    for entity, cells in layout.entity_inputs.items():
        placed.update({(entity_key(entity), code): ref for code, ref in cells.items()})
    return placed


def build(rubric: Rubric, target: str | Path, template: str | Path | None = None, *, backup: bool = False) -> Result:
    """A new workbook from a rubric file, filled with the data the rubric carries; ``template``: a
    firm's workbook template (styles, widths, page setup); an existing ``target`` is replaced (kept
    as ``.bak`` when ``backup``). The 校验 takes the leaf scores of the computed workbook where the
    rule alone gives them, and scores the other leaves (entered, 酌情, incomplete) as ``check`` does."""
    loaded = load_optional(template)
    target = Path(target)
    with without_cycle_collection(), scoring_once():
        shapes, values = _inputs_from_rubric(rubric)
        layout = build_layout(rubric, shapes, values, None)
        inputs = layout.input_values
        computed = _computed(layout, target, inputs)
        scores = {code: computed.get(leaf.score) for code, leaf in layout.leaves.items() if leaf.score}
        scored = score_rubric(rubric, explain=False, computed={code: v for code, v in scores.items() if isinstance(v, Decimal)})
        place_findings(layout, run_checks(rubric, scored))
        if loaded:
            apply_widths(layout.book, loaded)
        return _save(layout, target, inputs, computed, backup=backup, template=loaded)


def _layout_from_meta(saved: SavedBook) -> Layout:
    """The cells that matter after a recalculation — inputs, scores, total, grade — as the hidden
    _pingfen sheet records them, without laying the workbook out again."""
    leaves = {}
    for code, leaf in saved.meta.get("leaves", {}).items():
        score = leaf.get("score")
        leaves[code] = LeafCells(code, saved.shapes[code], dict(saved.inputs[code]), (score[0], score[1]) if score else None)
    total, grade = saved.meta.get("total") or ("", ""), saved.meta.get("grade") or ("", "")
    entity_inputs = {name: {code: (ref[0], ref[1]) for code, ref in cells.items()} for name, cells in saved.meta.get("entity_inputs", {}).items()}
    return Layout(Book([]), saved.rubric, leaves, (total[0], total[1]), (grade[0], grade[1]), entity_inputs)


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


def regenerated_layout(
    saved: SavedBook, more_unmatched: list[tuple[str, str, str, Any]] | None = None
) -> tuple[Layout, dict[CellRef, Value], list[tuple[str, str, str, Any]]]:
    """The new plan for a workbook whose 指标体系 may have been edited: every typed value goes to the
    same input of the same indicator code, or to the 未匹配数据 rows when that has no home any more
    (a typed formula with its text and last value), followed by ``more_unmatched``. Returns the
    layout, the input values by their new cells, and the unmatched rows."""
    rubric = saved.rubric
    shapes = {leaf.code: _shape_for(saved, leaf.code, leaf.rule) for leaf in rubric.leaves()}
    layout = build_layout(rubric, shapes, saved.values, [], saved.unmatched)
    placed = set(_placed(layout))
    names = {indicator.code: indicator.name for indicator in rubric.walk()}
    unmatched = list(saved.unmatched)
    for (code, name), value in saved.values.items():
        formula = saved.typed_formulas.get((code, name))
        if (code, name) in placed or (value in (None, "") and not formula) or (name == "zeroed" and value == "否"):
            continue  # placed, empty, or only the default answer of a removed 否决 clause
        label = input_label(name) + (f"（原为公式 ={formula}，右列为上次计算值）" if formula else "")
        unmatched.append((code, names.get(code, "（指标已删除）"), label, _shown(value)))
    unmatched += more_unmatched or []
    values = {key: value for key, value in saved.values.items() if key in placed}
    for leaf in rubric.leaves():  # new indicators start with their defaults (是/否 choices…)
        _, defaults = leaf_inputs(leaf)
        for name, value in defaults.items():
            values.setdefault((leaf.code, name), value)
    layout = build_layout(rubric, shapes, values, structural_findings(rubric), unmatched, saved.typed_formulas)
    return layout, layout.input_values, unmatched


def regenerate(path: str | Path) -> tuple[Result, Path, list[tuple[str, str, str, Any]]]:
    """Rebuilds 评分表/数据/汇总/校验 from the workbook's own 指标体系, keeping every typed value (see
    ``regenerated_layout``). The old file is kept as a backup and the new one replaces it atomically."""
    from .comments import carry_comments, read_comments
    from .read import read_book

    source = check_target(path, replaces_itself=True)  # a read-only workbook is refused before its backup
    saved = read_book(path)
    with without_cycle_collection(), scoring_once():
        layout, inputs, unmatched = regenerated_layout(saved)
        names = {indicator.code: indicator.name for indicator in saved.rubric.walk()}
        notes, lost = carry_comments(saved, read_comments(path), layout, unmatched, names)
        if lost:  # notes without a place become rows of 未匹配数据, after the values
            layout, inputs, unmatched = regenerated_layout(saved, lost)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        # two regenerations within a second must not overwrite the first backup
        backup = unused_path(source.parent, f"{source.stem}.备份-{stamp}", source.suffix)
        copy_atomically(source, backup)
        return _save(layout, source, inputs, notes=notes), backup, unmatched


def structural_findings(rubric: Rubric) -> list[Finding]:
    """The checks of an indicator system read from a sheet, which carries no data: weights, rule
    maxima, shortfall references."""
    return [
        finding for finding in run_checks(rubric, score_rubric(rubric, explain=False))
        if finding.code in ("WEIGHT_SUM", "TOTAL_WEIGHT", "RULE_MAX", "REFERENCE_MIX") or finding.code.startswith("REG_")
    ]


def workbook_findings(result: Result | Recalculated) -> list[Finding]:
    """The 校验 of a workbook as it stands: the indicator system's structure, plus what the typed
    data leaves open (missing data, 酌情评分 without a reason, scores outside [0, 分值])."""
    rubric = result.layout.rubric
    findings = structural_findings(rubric)
    for leaf in rubric.leaves():
        cells = result.layout.leaves[leaf.code]
        score = result.values.get(cells.score) if cells.score else None
        entered_name = "manual" if leaf.rule and leaf.rule.reads_manual else "entered"
        entered = result.inputs.get(cells.inputs.get(entered_name, ("", "")))
        if isinstance(entered, Decimal) and not Decimal(0) <= entered <= leaf.weight:
            findings.append(Finding("SCORE_RANGE", ERROR, leaf.label, f"录入得分{as_cell_value(entered)}分超出[0, {as_cell_value(leaf.weight)}]范围", "更正录入得分"))
        if entered_name == "manual" and entered not in (None, "") and result.inputs.get(cells.inputs["reason"]) in (None, ""):
            findings.append(Finding("NO_REASON", ERROR, leaf.label, "酌情评分未写明理由", "在“理由”栏写明评分理由"))
        if score in (None, ""):
            findings.append(Finding("DATA_MISSING", ERROR, leaf.label, "数据未录全，无法计分", "在评分表或数据表中补充黄色单元格"))
        signed = bool(leaf.rule and leaf.rule.signed_measure)
        findings += data_findings(leaf.label, {name: result.inputs.get(ref) for name, ref in cells.inputs.items()}, signed)
    from .recalc import formula_findings

    return findings + formula_findings(result)


def _shown(value: Value) -> Any:
    return value.code if isinstance(value, XlError) else as_cell_value(value)


def verify(path: str | Path, result: Result | Recalculated) -> list[tuple[CellRef, Value, Any]]:
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
