"""The numbers a report prints, taken from one place: the rubric's scoring (``score_rubric``) for a
rubric file, or the values cached in a generated workbook — never computed a second time here."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..rules import Shape
from ..rules.evaluate import Value, general_text
from ..rubric import Rubric, score_rubric
from ..rubric.checks import Finding, run_checks
from ..rubric.model import Indicator
from ..workbook.inputs import input_label, leaf_inputs


@dataclass
class Line:
    """One indicator as the report prints it."""

    indicator: Indicator
    score: Decimal | None
    explanation: str = ""
    inputs: dict[str, Value] = field(default_factory=dict)  # a leaf's input values by input name
    shape: Shape | None = None  # the form of those inputs

    @property
    def data(self) -> list[tuple[str, str]]:
        """(what, value) of the inputs worth printing; item tables are summed up by the explanation,
        listing each cell would bury the point."""
        skip = {"entered", "manual", "reason"}
        return [
            (input_label(name), shown(value)) for name, value in self.inputs.items()
            if name not in skip and not name.startswith("item_") and value not in (None, "")
        ]

    @property
    def rate(self) -> Decimal | None:
        if self.score is None or not self.indicator.weight:
            return None
        return self.score / self.indicator.weight

    @property
    def lost(self) -> Decimal | None:
        return None if self.score is None else self.indicator.weight - self.score


@dataclass
class ReportScores:
    rubric: Rubric
    lines: dict[str, Line]  # every leaf and every 一级指标; 二级 when the source has them
    total: Decimal | None
    grade: str | None
    findings: list[Finding]
    source: str

    def __getitem__(self, code: str) -> Line:
        return self.lines[code]


def lineage(indicator: Indicator) -> list[Indicator]:
    """The indicator and its ancestors, up to its 一级指标."""
    chain = []
    node: Indicator | None = indicator
    while node is not None:
        chain.append(node)
        node = node.parent
    return chain


def shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return general_text(value)
    return str(value)


def from_rubric(rubric: Rubric) -> ReportScores:
    sheet = score_rubric(rubric)
    lines = {}
    for indicator in rubric.walk():
        node = sheet[indicator.code]
        shape, inputs = leaf_inputs(indicator) if indicator.is_leaf else (None, {})
        lines[indicator.code] = Line(indicator, node.value, node.explanation, inputs, shape)
    # 待评（数据未录全）: no grade yet, as the workbook's own grade cell says; the report words it itself
    grade = None if sheet.total is None or str(sheet.grade or "").startswith("待评") else sheet.grade
    return ReportScores(rubric, lines, sheet.total, grade, run_checks(rubric, sheet), rubric.path)


def _number(value: Any) -> Decimal | None:
    if isinstance(value, bool) or value in (None, ""):
        return None
    if isinstance(value, (int, float, Decimal)):
        number = value if isinstance(value, Decimal) else Decimal(repr(float(value)))
        return number.normalize() if number == number.to_integral_value() else number
    return None


def from_workbook(path: str | Path) -> ReportScores:
    """The scores a generated workbook shows: the cached values of its score, subtotal, total and
    grade cells (what Excel, LibreOffice and previewers display)."""
    from ..workbook.layout import SCORE_SHEET, build_layout
    from ..rules.evaluate import XlError
    from ..workbook.read import coordinates, open_cells, read_book
    from ..workbook.service import Result, workbook_findings

    cells_of_book = open_cells(path)  # read once: the values and the cached results of the formulas
    saved = read_book(path, cells_of_book)
    rubric = saved.rubric
    layout = build_layout(rubric, saved.shapes, saved.values, [], saved.unmatched)

    def cached(ref: tuple[str, str] | None) -> Any:
        if ref is None:
            return None
        sheet, address = ref
        raw = cells_of_book.get(sheet, {}).get(coordinates(address))
        return None if raw is None or isinstance(raw.value, XlError) else raw.value

    lines: dict[str, Line] = {}
    for leaf in rubric.leaves():
        cells = layout.leaves[leaf.code]
        values = {name: saved.values.get((leaf.code, name)) for name in cells.inputs}
        lines[leaf.code] = Line(leaf, _number(cached(cells.score)), shown(cached(cells.explanation)), values, cells.shape)
    # 一级 subtotals: the 评分表's 小计 rows, in the order of the 一级指标
    score_sheet = layout.book.sheet(SCORE_SHEET)
    subtotal_rows = sorted(
        (coordinates(address)[0], address) for address, cell in score_sheet.cells.items()
        if address.startswith("A") and cell.style == "total" and str(cell.value or "").endswith("小计")
    )
    total_column = layout.total[1].rstrip("0123456789")
    # a 小计 or 合计 over leaves without a score is a partial sum: the report shows it as unknown, as
    # the workbook's own 评价等级 cell does (待评)
    for top, (row, _) in zip(rubric.indicators, subtotal_rows):
        if top.is_leaf:  # a 一级 leaf (预算执行率) keeps its own line; its 小计 is the same score
            continue
        complete = all(lines[leaf.code].score is not None for leaf in top.walk() if leaf.is_leaf)
        lines[top.code] = Line(top, _number(cached((SCORE_SHEET, f"{total_column}{row}"))) if complete else None)
    grade_text = cached(layout.grade)
    pending = grade_text in (None, "") or str(grade_text).startswith("待评")
    total = None if pending else _number(cached(layout.total))
    grade = None if pending or total is None else str(grade_text)
    result = Result(Path(path), layout, {}, saved.cell_values)
    result.values.update({ref: lines[code].score for code, leaf in layout.leaves.items() if (ref := leaf.score)})
    return ReportScores(rubric, lines, total, grade, workbook_findings(result), str(path))


def load_scores(path: str | Path) -> ReportScores:
    """A rubric file (.yaml) or a generated workbook (.xlsx/.xlsm)."""
    from ..rubric import load_rubric
    from ..workbook.read import WorkbookError

    if Path(path).suffix.lower() in (".xlsx", ".xlsm"):
        if not Path(path).is_file():
            raise WorkbookError(f"{path}：文件不存在")
        return from_workbook(path)
    return from_rubric(load_rubric(path))
