"""项目支出绩效自评表 in the official layout of 财预〔2020〕10号 附1, from a 单位自评 rubric: one sheet
plan, written as a workbook (执行率, the 预算执行率 score and 总分 are live formulas, the other scores
come from the rubric's scoring) and as a Word table of the same grid and values."""

from __future__ import annotations

import re
import io
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..rules import InputError
from ..rules.evaluate import Value, XlError
from ..rules.expr import Call, Expr, If, IsBlank, Logic, Text, Var, div
from ..rubric.model import Indicator, Rubric
from ..rubric.regulations import is_self_assessment
from ..workbook.inputs import as_cell_value, default_shape
from ..workbook.plan import Book, BookValues, Cell, CellRef, Sheet, get_column_letter
from .scores import ReportScores, lineage, shown

SHEET = "自评表"
COLUMNS = 9  # A 绩效指标 | B 一级 | C 二级 | D 三级 | E 年度指标值 | F 实际完成值 | G 分值 | H 得分 | I 偏差原因
WIDTHS = {"A": 7, "B": 8, "C": 9, "D": 11, "E": 9, "F": 9, "G": 5, "H": 7, "I": 14}
_TARGET_LINE = re.compile(r"年度指标值[:：]\s*([^\n]+)")


class ZipingError(ValueError):
    pass


def budget_leaf(rubric: Rubric) -> Indicator:
    if not is_self_assessment(rubric):
        raise ZipingError(
            f"{rubric.path}：不是单位自评评分体系（自评表需要一级指标“产出指标”“效益指标”与“预算执行率”，"
            "如 rubrics/frame_danwei_ziping.yaml）"
        )
    top = next(top for top in rubric.indicators if "预算执行" in top.name)
    return next(leaf for leaf in top.walk() if leaf.is_leaf)


def _target(leaf: Indicator) -> str:
    if "target" in leaf.data:
        return str(leaf.data["target"])
    match = _TARGET_LINE.search(leaf.criteria)
    return match.group(1).strip() if match else ""


def _actual(leaf: Indicator) -> str:
    for key in ("actual", "rate", "grade"):
        if key in leaf.data:
            return str(leaf.data[key])
    return ""


class ScoredForm:
    """The form's cells from a report's scores: constants (the budget score a formula of its rule),
    input cells for what the unit fills in — the stand-alone 自评表 (.xlsx/.docx)."""

    live = False

    def __init__(self, scores: ReportScores) -> None:
        self.scores = scores
        self.budget = budget_leaf(scores.rubric)
        line = scores[self.budget.code]
        self.shape = line.shape or default_shape(self.budget.rule)  # type: ignore[arg-type]

    def header(self, key: str) -> Cell:
        return Cell(getattr(self.scores.rubric, key) or None, style="input_text", input=True)

    def amount(self, name: str) -> Cell:
        return Cell(as_cell_value(self.scores[self.budget.code].inputs.get(name)), style="input_number", input=True)

    def budget_score(self, env: dict[str, CellRef]) -> Cell:
        """The rule's own formula over the 全年预算数/全年执行数 cells, or the scored value when the
        rule reads other inputs (an entered score, a 酌情 rule)."""
        rule = self.budget.rule
        if rule is not None and not rule.reads_manual and self.budget.score is None:
            try:
                program = rule.compile(self.shape, self.scores.rubric.precision)
            except InputError:
                program = None
            if program is not None and set(program.needs) <= set(env):
                return Cell(expr=program.score, env={name: env[name] for name in program.needs}, defs=program.defs, style="score")
        return Cell(as_cell_value(self.scores[self.budget.code].score), style="input_number", input=True)

    def score(self, leaf: Indicator) -> Cell:
        return Cell(as_cell_value(self.scores[leaf.code].score), style="input_number", input=True)

    def target(self, leaf: Indicator) -> Cell:
        return Cell(_target(leaf) or None, style="text")

    def actual(self, leaf: Indicator) -> Cell:
        return Cell(_actual(leaf) or None, style="text")

    def reason(self, leaf: Indicator) -> Cell:
        return Cell(leaf.reason or None, style="input_text", input=True)

    def blank(self, style: str) -> Cell:
        return Cell(None, style="input_text" if style == "text" else "input_number", input=True)


def _shown_ref(ref: CellRef, style: str) -> Cell:
    """A cell that shows another cell, blank while that one is blank."""
    return Cell(expr=If(IsBlank("v"), Text(""), Var("v")), env={"v": ref}, style=style)


class LiveForm:
    """The form's cells as formulas over the workbook's own cells — the 自评表 sheet of a 单位自评
    workbook: 指标体系 for the project lines, the 评分表's input and score cells for the rest. What the
    form alone asks (年初预算数, 年度总体目标) has no home in the rubric and stays blank here, so that
    regenerating the workbook can never lose it: it is filled in the stand-alone 自评表."""

    live = True

    def __init__(self, rubric: Rubric, leaves: dict[str, Any]) -> None:
        from ..workbook.layout import RUBRIC_META, RUBRIC_SHEET

        self.rubric = rubric
        self.leaves = leaves
        self.budget = budget_leaf(rubric)
        self.shape = leaves[self.budget.code].shape
        self.meta_rows = {key: row for row, (key, _) in enumerate(RUBRIC_META, start=2)}
        self.rubric_sheet = RUBRIC_SHEET

    def header(self, key: str) -> Cell:
        return _shown_ref((self.rubric_sheet, f"B{self.meta_rows[key]}"), "text")

    def amount(self, name: str) -> Cell:
        ref = self.leaves[self.budget.code].inputs.get(name)
        return _shown_ref(ref, "number") if ref else Cell(None, style="number")

    def budget_score(self, env: dict[str, CellRef]) -> Cell:
        return _shown_ref(self.leaves[self.budget.code].score, "score")

    def score(self, leaf: Indicator) -> Cell:
        return _shown_ref(self.leaves[leaf.code].score, "score")

    def _input(self, leaf: Indicator, names: tuple[str, ...]) -> Cell | None:
        cells = self.leaves[leaf.code]
        for name in names:
            if name in cells.inputs:
                shape = cells.shape
                percent = name == "rate" or (name == "target" and (shape.measure in ("rate", "survey", "dates") or shape.units[0] == "%"))
                return _shown_ref(cells.inputs[name], "percent" if percent else "number" if name != "grade" else "text")
        return None

    def target(self, leaf: Indicator) -> Cell:
        return self._input(leaf, ("target",)) or Cell(_target(leaf) or None, style="text")

    def actual(self, leaf: Indicator) -> Cell:
        return self._input(leaf, ("actual", "rate", "grade")) or Cell(None, style="text")

    def reason(self, leaf: Indicator) -> Cell:
        ref = self.leaves[leaf.code].inputs.get("reason")
        return _shown_ref(ref, "text") if ref else Cell(None, style="text")

    def blank(self, style: str) -> Cell:
        return Cell(None, style=style)


def form_sheet(scores: ReportScores) -> tuple[Sheet, CellRef]:
    """The stand-alone 自评表 of a report's scores; returns it with the 总分 cell."""
    return layout_form(scores.rubric, ScoredForm(scores))


def live_form_sheet(rubric: Rubric, leaves: dict[str, Any]) -> Sheet:
    """The 自评表 sheet of a 单位自评 workbook (``leaves``: the layout's leaf cells)."""
    sheet, _ = layout_form(rubric, LiveForm(rubric, leaves))
    sheet.protected = True
    return sheet


def layout_form(rubric: Rubric, source: ScoredForm | LiveForm) -> tuple[Sheet, CellRef]:
    """The 附1 grid, its cells given by ``source``."""
    budget = source.budget
    sheet = Sheet(SHEET, landscape=False)

    def put(row: int, column: int, value: Any, style: str = "text", merge_to: int | None = None, **extra: Any) -> str:
        return place(row, column, Cell(value, style=style, **extra), merge_to)

    def place(row: int, column: int, cell: Cell, merge_to: int | None = None) -> str:
        address = sheet.put(row, column, cell)
        if merge_to is not None and merge_to > column:
            sheet.merges.append(f"{address}:{get_column_letter(merge_to)}{row}")
        return address

    put(1, 1, "项目支出绩效自评表", "title", COLUMNS)
    put(2, 1, f"（{rubric.year}年度）" if rubric.year else "（　　年度）", "group", COLUMNS)
    put(3, 1, "项目名称", "label")
    place(3, 2, source.header("project"), COLUMNS)
    put(4, 1, "主管部门", "label")
    place(4, 2, source.header("department"), 5)
    put(4, 6, "实施单位", "label")
    place(4, 7, source.header("evaluator"), COLUMNS)

    unit = source.shape.units[0] or source.shape.units[1] or "万元"
    put(5, 1, f"项目资金（{unit}）", "group")
    sheet.merges.append("A5:A9")
    put(5, 2, None, "header", 3)
    for column, title in enumerate(("年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"), start=4):
        put(5, column, title, "header")
    put(6, 2, "年度资金总额", "text", 3)
    place(6, 4, source.blank("number"))
    target = place(6, 5, source.amount("target"))
    actual = place(6, 6, source.amount("actual"))
    weight = put(6, 7, as_cell_value(budget.weight), "number")
    refs = {"actual": (SHEET, actual), "target": (SHEET, target)}
    sheet.cells["H6"] = Cell(expr=If(Logic("OR", (IsBlank("actual"), IsBlank("target"))), Text(""), div(Var("actual"), Var("target"))), env=refs, style="percent")
    sheet.cells["I6"] = source.budget_score({**refs, "full": (SHEET, weight)})
    for row, label in ((7, "其中：当年财政拨款"), (8, "上年结转资金"), (9, "其他资金")):
        put(row, 2, label, "text", 3)
        for column in (4, 5, 6):
            place(row, column, source.blank("number"))
        for column in (7, 8, 9):
            put(row, column, "—", "number")

    put(10, 1, "年度总体目标", "group")
    sheet.merges.append("A10:A11")
    put(10, 2, "预期目标", "header", 5)
    put(10, 6, "实际完成情况", "header", COLUMNS)
    place(11, 2, source.blank("text"), 5)
    place(11, 6, source.blank("text"), COLUMNS)

    header = 12
    for column, title in enumerate(("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"), start=1):
        put(header, column, title, "header")
    row = header + 1
    scored: dict[str, CellRef] = {"s0": (SHEET, "I6")}
    first: dict[str, int] = {}
    final: dict[str, int] = {}
    for leaf in (leaf for leaf in rubric.leaves() if leaf is not budget):
        chain = lineage(leaf)
        for node in chain:
            first.setdefault(node.code, row)
            final[node.code] = row
        top = chain[-1]
        second = chain[-2] if len(chain) > 2 else None
        put(row, 2, top.name, "group")
        if second is not None:
            put(row, 3, second.name, "group")
            put(row, 4, leaf.name, "text")
        else:
            put(row, 3, leaf.name, "text", 4)
        place(row, 5, source.target(leaf))
        place(row, 6, source.actual(leaf))
        put(row, 7, as_cell_value(leaf.weight), "number")
        scored[f"s{len(scored)}"] = (SHEET, place(row, 8, source.score(leaf)))
        place(row, 9, source.reason(leaf))
        row += 1
    for indicator in rubric.walk():
        if indicator.children and indicator.level <= 2 and indicator.code in first and final[indicator.code] > first[indicator.code]:
            column = "B" if indicator.level == 1 else "C"
            sheet.merges.append(f"{column}{first[indicator.code]}:{column}{final[indicator.code]}")
    sheet.merges.append(f"A{header}:A{row - 1}")
    put(row, 1, "总分", "total", 6)
    put(row, 7, as_cell_value(rubric.total), "total_number")
    missing: Expr = Logic("OR", tuple(IsBlank(name) for name in scored))
    total = put(row, 8, None, "total_number")
    sheet.cells[total] = Cell(expr=If(missing, Text(""), Call("SUM", tuple(Var(name) for name in scored))), env=scored, style="total_number")
    put(row, 9, None, "total")
    if source.live:
        put(row + 1, 1, "注：本表随评分表自动更新；年初预算数、年度总体目标等请在 pingfen report --ziping 生成的自评表中填写。", "subtitle", COLUMNS)
    sheet.widths = dict(WIDTHS)
    sheet.title_rows = f"{header}:{header}"
    return sheet, (SHEET, total)


def _values(sheet: Sheet) -> dict[CellRef, Value]:
    return BookValues(Book([sheet]), {}).all()


def write_form_workbook(scores: ReportScores, output: str | Path, template: str | Path | None = None) -> tuple[Path, Value]:
    from ..workbook.cached import write_cached_values
    from ..workbook.layout import fit_rows
    from ..workbook.template import apply_widths, load_optional
    from ..workbook.xlsx import write_book

    sheet, total = form_sheet(scores)
    loaded = load_optional(template)
    if loaded:
        apply_widths(Book([sheet]), loaded)
    values = _values(sheet)
    fit_rows(sheet, values)
    target = Path(output)
    target.parent.mkdir(parents=True, exist_ok=True)
    written = io.BytesIO()  # the plan is written in memory; only the finished file reaches the disk
    write_book(Book([sheet], active=SHEET), written, template=loaded)
    write_cached_values(written, target, values, backup=True)
    return target, values.get(total)


def write_form_document(scores: ReportScores, output: str | Path, template: str | Path | None = None) -> tuple[Path, Value]:
    from .annex import save_document
    from .docx_tables import add_row, add_table, merge
    from .template import load_template

    sheet, total = form_sheet(scores)
    values = _values(sheet)
    columns = [get_column_letter(i) for i in range(1, COLUMNS + 1)]
    document = load_template(template)
    document.add_paragraph("项目支出绩效自评表", style="报告标题")
    document.add_paragraph(shown(sheet.cells["A2"].value), style="表注").alignment = 1
    rows = sorted({int(address.lstrip("ABCDEFGHI")) for address in sheet.cells if int(address.lstrip("ABCDEFGHI")) >= 3})

    covered = set()  # cells under a merge: Word would join their text into the merged cell
    for merged in sheet.merges:
        start, _, end = merged.partition(":")
        for row in range(int(start.lstrip("ABCDEFGHI")), int(end.lstrip("ABCDEFGHI")) + 1):
            for column in range(columns.index(start.rstrip("0123456789")), columns.index(end.rstrip("0123456789")) + 1):
                covered.add(f"{columns[column]}{row}")
        covered.discard(start)

    def text(address: str) -> str:
        cell = sheet.cells.get(address)
        if cell is None or address in covered:
            return ""
        value = values.get((SHEET, address)) if cell.is_formula else cell.value
        if isinstance(value, XlError):
            return value.code
        if cell.style in ("percent", "total_percent") and isinstance(value, Decimal):
            return shown((value * 100).quantize(Decimal("0.01"))) + "%"
        return shown(value if not isinstance(value, float) else Decimal(repr(value)))

    def style(address: str) -> str:
        cell = sheet.cells.get(address)
        if cell is None:
            return "表格正文"
        if cell.style in ("header", "label", "group", "total", "title"):
            return "表格表头"
        return "表格数字" if cell.style in ("number", "score", "percent", "total_number", "input_number") else "表格正文"

    # the first grid row (项目名称) is ordinary content, not a repeated header
    table = add_table(document, [text(f"{c}{rows[0]}") for c in columns], [WIDTHS[c] for c in columns], style(f"A{rows[0]}"), repeat=False)
    for index, column in enumerate(columns):
        table.rows[0].cells[index].paragraphs[0].style = style(f"{column}{rows[0]}")
    for row in rows[1:]:
        add_row(table, [text(f"{c}{row}") for c in columns], [style(f"{c}{row}") for c in columns])
    offset = rows[0]
    for merged in sheet.merges:
        start, _, end = merged.partition(":")
        top, bottom = int(start.lstrip("ABCDEFGHI")), int(end.lstrip("ABCDEFGHI"))
        if top < offset:
            continue
        left, right = columns.index(start.rstrip("0123456789")), columns.index(end.rstrip("0123456789"))
        merge(table, (top - offset, left), (bottom - offset, right))
    return save_document(document, output), values.get(total)
