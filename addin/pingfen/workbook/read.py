"""Reading a generated workbook back: the rubric from its own 指标体系 sheet, the input layout from the
hidden ``_pingfen`` sheet, and every value the evaluator typed. A file's sheet XML is read once
(``sheet_xml``); a live workbook gives its grids through xlwings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from collections.abc import Iterator, Mapping
from typing import Any

from ..grading import GradeError, parse_bands
from ..quantities import QuantityError, as_excel_date, as_number
from ..rules import Shape
from ..rules.evaluate import Value, XlError, general_text
from ..rubric.entities import entities_from_json
from ..rubric.model import Indicator, Rubric, read_rule
from ..rubric.source import RubricError, Where
from .inputs import shape_from_json
from .layout import META_SHEET, RUBRIC_COLUMNS, RUBRIC_HEADER_ROW, RUBRIC_META, RUBRIC_SHEET, UNMATCHED_SHEET
from ..cells import coordinates
from .plan import CellRef
from .saved import WorkbookError, meta_record, open_cells, require_sheets  # noqa: F401 - read from here too
from .sheet_xml import Position, RawCell, formula_texts

FIELD_NAMES = {"rule": "评分规则", "criteria": "评分标准", "data": "数据"}


@dataclass
class SavedBook:
    path: str
    rubric: Rubric
    shapes: dict[str, Shape]
    inputs: dict[str, dict[str, CellRef]]  # leaf code → input name → cell
    values: dict[tuple[str, str], Value]  # (leaf code, input name) → typed value
    cell_values: dict[CellRef, Value]  # the same values by cell
    unmatched: list[tuple[str, str, str, Any]] = field(default_factory=list)
    typed_formulas: dict[tuple[str, str], str] = field(default_factory=dict)  # formulas typed in input cells
    scores: dict[str, CellRef] = field(default_factory=dict)  # leaf code → its score cell
    entity_inputs: dict[str, dict[str, CellRef]] = field(default_factory=dict)  # "@entity" → code → cell
    meta: dict[str, Any] = field(default_factory=dict)  # the hidden _pingfen sheet


def _cell_value(raw: Any) -> Value:
    if raw is None or raw == "":
        return None
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, (dt.date, dt.datetime)):
        return as_excel_date(raw)
    if isinstance(raw, dt.time):
        return None
    if isinstance(raw, (int, float, Decimal)):
        value = raw if isinstance(raw, Decimal) else Decimal(repr(float(raw)))
        return value.normalize() if value == value.to_integral_value() else value
    return str(raw)  # dates typed as text stay text: formulas read them as Excel does (rules/coercion.py)


def _at(grid: list[list[Any]], row: int, column: int) -> Any:
    if row - 1 < len(grid) and column - 1 < len(grid[row - 1]):
        return grid[row - 1][column - 1]
    return None


class CellGrids(Mapping[str, list[list[Any]]]):
    """A file's sheets as rows of values from A1, as a live workbook gives them, each sheet's grid
    built when it is first asked for; ``value`` reads one cell without building its sheet's grid."""

    def __init__(self, cells: dict[str, dict[Position, RawCell]]) -> None:
        self._cells = cells
        self._grids: dict[str, list[list[Any]]] = {}

    def __getitem__(self, sheet: str) -> list[list[Any]]:
        grid = self._grids.get(sheet)
        if grid is None:
            sheet_cells = self._cells[sheet]
            rows = max((row for row, _ in sheet_cells), default=0)
            columns = max((column for _, column in sheet_cells), default=0)
            grid = [[None] * columns for _ in range(rows)]
            for (row, column), raw in sheet_cells.items():
                grid[row - 1][column - 1] = None if isinstance(raw.value, XlError) else raw.value
            self._grids[sheet] = grid
        return grid

    def __contains__(self, sheet: object) -> bool:
        return sheet in self._cells

    def __iter__(self) -> Iterator[str]:
        return iter(self._cells)

    def __len__(self) -> int:
        return len(self._cells)

    def value(self, sheet: str, row: int, column: int) -> Any:
        raw = self._cells[sheet].get((row, column))
        return None if raw is None or isinstance(raw.value, XlError) else raw.value


def grids_of(cells: dict[str, dict[Position, RawCell]]) -> CellGrids:
    """Each sheet as rows of values from A1, as a live workbook gives them."""
    return CellGrids(cells)


def read_book(path: str | Path, cells: dict[str, dict[Position, RawCell]] | None = None) -> SavedBook:
    cells = cells if cells is not None else open_cells(path)
    saved = read_grids(str(path), grids_of(cells))
    formulas = formula_texts(cells)  # an evaluator may have typed =286.54/288 into an input cell
    for code, inputs in saved.inputs.items():
        for name, ref in inputs.items():
            if ref in formulas:
                saved.typed_formulas[(code, name)] = formulas[ref]
    return saved


def read_grids(path: str, grids: Mapping[str, list[list[Any]]], allow_new: bool = False) -> SavedBook:
    """Reads a workbook given as its sheets' cell grids (rows of values, from row 1 and column A) —
    from a file through calamine, or from a live Excel workbook through xlwings. ``allow_new``
    accepts a workbook that has only a 指标体系 sheet typed by the user (nothing generated yet)."""
    require_sheets(path, grids, (RUBRIC_SHEET,) if allow_new else (RUBRIC_SHEET, META_SHEET))
    meta = meta_record(path, (row[0] for row in grids.get(META_SHEET) or [] if row))
    rubric = read_rubric_sheet(path, grids[RUBRIC_SHEET])
    shapes: dict[str, Shape] = {}
    inputs: dict[str, dict[str, CellRef]] = {}
    values: dict[tuple[str, str], Value] = {}
    cell_values: dict[CellRef, Value] = {}
    scores: dict[str, CellRef] = {}
    entity_inputs: dict[str, dict[str, CellRef]] = {}
    for code, leaf in meta.get("leaves", {}).items():
        shapes[code] = shape_from_json(leaf["shape"])
        inputs[code] = {name: (ref[0], ref[1]) for name, ref in leaf["inputs"].items()}
        if leaf.get("score"):
            scores[code] = (leaf["score"][0], leaf["score"][1])
        for name, (sheet, address) in inputs[code].items():
            value = _read_input(path, grids, (sheet, address), f"指标{code}的数据")
            values[(code, name)] = value
            cell_values[(sheet, address)] = value
    if meta.get("entities"):  # many communities/contracts: kept in _pingfen, scores on 逐单位得分
        rubric.entities, rubric.vetoes = entities_from_json(meta["entities"])
        codes = {indicator.code for indicator in rubric.walk()}
        for name, cells in meta.get("entity_inputs", {}).items():
            entity_inputs[f"@{name}"] = {code: (sheet, address) for code, (sheet, address) in cells.items()}
            for code, (sheet, address) in cells.items():
                value = _read_input(path, grids, (sheet, address), "各单位得分")
                values[(f"@{name}", code)] = value
                cell_values[(sheet, address)] = value
        by_entity: dict[str, dict[str, Value]] = {}  # "@entity" → code → value (one pass over the values)
        for (key, code), value in values.items():
            if key.startswith("@"):
                by_entity.setdefault(key, {})[code] = value
        for entity in rubric.entities.members:
            key = f"@{entity.name}"
            typed = by_entity.get(key, {})
            entity.scores = {code: value for code, value in typed.items() if code in codes and isinstance(value, Decimal)}
            total = values.get((key, "__total"))
            entity.published_total = total if isinstance(total, Decimal) else None
            entity.rectified = values.get((key, "__rectified")) == "是"
            if values.get((key, "__veto")) == "否":
                entity.vetoes = []
            elif values.get((key, "__veto")) == "是" and not entity.vetoes and rubric.vetoes:
                entity.vetoes = [rubric.vetoes[0].code]
    unmatched = []
    if UNMATCHED_SHEET in grids:
        for row in grids[UNMATCHED_SHEET][2:]:
            cells = (list(row) + [None] * 4)[:4]
            if any(cell not in (None, "") for cell in cells):
                unmatched.append(tuple(cells))  # type: ignore[arg-type]
    return SavedBook(path, rubric, shapes, inputs, values, cell_values, unmatched, scores=scores, entity_inputs=entity_inputs, meta=meta)


def _read_input(path: str, grids: Mapping[str, list[list[Any]]], ref: CellRef, what: str) -> Value:
    sheet, address = ref
    if sheet not in grids:
        raise WorkbookError(f"{path}：缺少“{sheet}”工作表（{what}在该表）")
    row, column = coordinates(address)
    if isinstance(grids, CellGrids):  # a file's cells: no grid to build for one value
        return _cell_value(grids.value(sheet, row, column))
    return _cell_value(_at(grids[sheet], row, column))


def read_rubric_sheet(path: str | Path, grid: list[list[Any]]) -> Rubric:
    """The indicator system as the user left it on the 指标体系 sheet."""
    rubric = Rubric(path=str(path), indicators=[])
    labels = {label: key for key, label in RUBRIC_META}
    header = None
    for row_index, row in enumerate(grid, start=1):
        label = str(row[0]).strip() if row and row[0] is not None else ""
        if label == RUBRIC_COLUMNS[0]:
            header = row_index
            break
        if label in labels:
            _meta_value(rubric, labels[label], row[1] if len(row) > 1 else None, f"{path} {RUBRIC_SHEET}!B{row_index}")
    if header is None:
        raise WorkbookError(f"{path} {RUBRIC_SHEET}：找不到表头行（第一列为“编码”的行，原在第{RUBRIC_HEADER_ROW}行）")
    by_code: dict[str, Indicator] = {}
    rows: dict[str, int] = {}
    for row_index in range(header + 1, len(grid) + 1):
        row = (list(grid[row_index - 1]) + [None] * len(RUBRIC_COLUMNS))[: len(RUBRIC_COLUMNS)]
        code = _plain(row[0])
        if not code:
            if any(_plain(cell) for cell in row):
                raise WorkbookError(f"{path} {RUBRIC_SHEET}!A{row_index}：该行缺少指标编码")
            continue
        where = f"{path} {RUBRIC_SHEET}!A{row_index}"
        if code in by_code:
            raise WorkbookError(f"{where}：指标编码“{code}”重复")
        name = _plain(row[1])
        if not name:
            raise WorkbookError(f"{path} {RUBRIC_SHEET}!B{row_index}：指标“{code}”缺少名称")
        weight = _decimal(row[2], f"{path} {RUBRIC_SHEET}!C{row_index}", "分值")
        if weight is None:
            raise WorkbookError(f"{path} {RUBRIC_SHEET}!C{row_index}：指标“{code}”缺少分值")
        if weight < 0:
            raise WorkbookError(f"{path} {RUBRIC_SHEET}!C{row_index}：分值不能为负数")
        parent_code = code.rsplit(".", 1)[0] if "." in code else None
        parent = by_code.get(parent_code) if parent_code else None
        if parent_code and parent is None:
            raise WorkbookError(f"{where}：指标“{code}”的上级“{parent_code}”不在它之前")
        indicator = Indicator(
            code=code, name=name, weight=weight, level=code.count(".") + 1, where=Where(f"{path} {RUBRIC_SHEET}", row_index),
            explanation=_plain(row[3]), criteria=_plain(row[4]), rule_text=_plain(row[5]),
            published=_decimal(row[6], f"{path} {RUBRIC_SHEET}!G{row_index}", "公布得分"), cite=_plain(row[7]), note=_plain(row[8]),
            parent=parent,
        )
        by_code[code] = indicator
        rows[code] = row_index
        (parent.children if parent else rubric.indicators).append(indicator)
    if not rubric.indicators:
        raise WorkbookError(f"{path} {RUBRIC_SHEET}：没有任何指标")
    for indicator in rubric.walk():
        if indicator.is_leaf:
            row_index = rows[indicator.code]
            columns = {"rule": "F", "criteria": "E", "data": "A"}
            try:
                read_rule(indicator, lambda key: f"{path} {RUBRIC_SHEET}!{columns[key]}{row_index}")
            except RubricError as error:
                raise WorkbookError(f"{error.where}（{FIELD_NAMES.get(error.field, error.field)}）：{error.detail}") from None
    return rubric


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return general_text(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _decimal(value: Any, where: str, what: str) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        number = as_number(value if not isinstance(value, float) else repr(value), where="")
    except QuantityError:
        raise WorkbookError(f"{where}：{what}应为数值，实际为“{value}”") from None
    return number.normalize() if number == number.to_integral_value() else number


def _meta_value(rubric: Rubric, key: str, value: Any, where: str) -> None:
    if key == "total":
        rubric.total = _decimal(value, where, "总分") or Decimal(100)
    elif key == "precision":
        precision = _decimal(value, where, "得分小数位")
        if precision is not None:
            if precision != precision.to_integral_value() or not 0 <= precision <= 6:
                raise WorkbookError(f"{where}：得分小数位应为 0 到 6 的整数")
            rubric.precision = int(precision)
    elif key == "grades":
        if value not in (None, ""):
            try:
                rubric.grades = parse_bands(str(value))
            except GradeError as error:
                raise WorkbookError(f"{where}：{error}") from None
    else:
        setattr(rubric, key, _plain(value))
