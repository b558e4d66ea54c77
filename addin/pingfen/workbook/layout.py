"""Rubric → sheet plan: the 指标体系, 评分表, 数据, 汇总 and 校验 sheets, laid out as the reports print
them, with every score, subtotal, total, grade and explanation a formula compiled from the rule model."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from dataclasses import field, replace
from decimal import Decimal
from typing import Any


from ..lazy_dataclass import dataclass
from ..rubric.aggregation import PENDING, entered_score, grade as grade_of, node_score, rate, with_entered
from ..cells import column_of, row_of
from ..rules import InputError, Program, Rule, Shape
from ..rules.evaluate import Value, general_text
from ..rules.expr import Call, Cmp, Expr, Fmt, If, IsBlank, Logic, Not, Text, Var, add, concat, num, sub
from ..rules.model import Checklist, marker
from ..text.normalize import CIRCLED
from ..rubric.checks import SEVERITY_NAMES, Finding
from ..rubric.entities import entities_to_json
from ..rubric.regulations import is_self_assessment
from ..rubric.model import Indicator, Rubric
from .inputs import as_cell_value, default_shape, input_label, shape_to_json
from .plan import (
    Book, Cell, CellRef, Chart, Highlight, Sheet, Validation, constant_cell, formula_cell, formula_texts, get_column_letter, input_value_cell,
)

from .saved import (  # noqa: F401 - the names and fingerprints are read from here too
    APPENDIX_SHEET, CHECK_SHEET, DATA_SHEET, ENTITY_SHEET, META_SHEET, RANKING_SHEET, RUBRIC_SHEET, SCORE_SHEET,
    SPREAD_SHEET, SUMMARY_SHEET, UNMATCHED_SHEET, formula_digest, rubric_digest,
)
ENTITY_ROWS = (("__total", "公布总分"), ("__veto", "一票否决（是/否）"), ("__rectified", "已整改（是/否）"))

RUBRIC_META = (
    ("project", "项目名称"), ("year", "评价年度"), ("department", "主管部门"), ("evaluator", "评价机构"),
    ("total", "总分"), ("precision", "得分小数位"), ("grades", "等级划分"), ("source", "资料来源"),
)
RUBRIC_COLUMNS = ("编码", "指标名称", "分值", "指标解释", "评分标准", "评分规则（可选，优先于评分标准）", "公布得分", "出处", "备注")
RUBRIC_HEADER_ROW = len(RUBRIC_META) + 3
_UNSET: Any = object()



@dataclass
class LeafCells:
    code: str
    shape: Shape
    inputs: dict[str, CellRef] = field(default_factory=dict)
    score: CellRef | None = None
    explanation: CellRef | None = None
    helpers: dict[str, CellRef] = field(default_factory=dict)  # the rule's helper cells and columns (ranges)


@dataclass
class Layout:
    book: Book
    rubric: Rubric
    leaves: dict[str, LeafCells]
    total: CellRef
    grade: CellRef
    entity_inputs: dict[str, dict[str, CellRef]] = field(default_factory=dict)  # entity → code → cell
    score_columns: dict[str, str] = field(default_factory=dict)  # the 评分表's column letters by title
    # each input cell's value as the layout was given it (by leaf code or entity key and input name)
    input_values: dict[CellRef, Value] = field(default_factory=dict, init=False, repr=False, compare=False)
    _formulas: dict[CellRef, str] | None = field(default=None, init=False, repr=False, compare=False)

    def formulas(self) -> dict[CellRef, str]:
        """Every formula of the plan as Excel text, written out once (fingerprints, limits, the file)."""
        if self._formulas is None:
            self._formulas = formula_texts(self.book)
        return self._formulas

    def fingerprints(self) -> dict[str, Any]:
        """What recalc compares the file against without laying the workbook out again: a digest of
        every generated formula (an accountant's change is reported as 公式被改动 with its cell) and
        of the 指标体系 as generated (an edit there asks for regenerate)."""
        formulas: dict[str, dict[str, str]] = {}
        for (sheet, address), text in self.formulas().items():
            formulas.setdefault(sheet, {})[address] = formula_digest(text[1:])
        rubric = next(sheet for sheet in self.book.sheets if sheet.name == RUBRIC_SHEET)
        return {"formulas": formulas, "rubric": rubric_digest((address, cell.value) for address, cell in rubric.cells.items())}

    def meta(self) -> dict[str, Any]:
        shapes: dict[Shape, dict[str, Any]] = {}  # leaves with the same 评分标准 and data share a shape
        for leaf in self.leaves.values():
            if leaf.shape not in shapes:
                shapes[leaf.shape] = shape_to_json(leaf.shape)
        return {
            "version": 1,
            "leaves": {
                code: {
                    "shape": shapes[leaf.shape],
                    "inputs": {name: list(ref) for name, ref in leaf.inputs.items()},
                    "score": list(leaf.score) if leaf.score else None,
                }
                for code, leaf in self.leaves.items()
            },
            "total": list(self.total),
            "grade": list(self.grade),
            **self.fingerprints(),
            **(
                {
                    "entities": entities_to_json(self.rubric.entities, self.rubric.vetoes),
                    "entity_inputs": {
                        name: {code: list(ref) for code, ref in cells.items()} for name, cells in self.entity_inputs.items()
                    },
                }
                if self.rubric.entities
                else {}
            ),
        }


    def meta_text(self) -> str:
        """``meta()`` as the _pingfen sheet holds it (``json.dumps(…, ensure_ascii=False,
        separators=(",", ":"))``), the same text written out here: each shape's JSON once for all its
        leaves, each input name's once, each formula's digest straight into its place (a 3,000-leaf
        record is 2.5 million characters; the nested maps only to be dumped cost as much as the digests)."""
        dumps = _META_JSON.encode
        string = _json_string
        shapes: dict[Shape, str] = {}
        names: dict[tuple[str, str], str] = {}
        leaves = []
        for code, leaf in self.leaves.items():
            shape = shapes.get(leaf.shape)
            if shape is None:
                shape = shapes[leaf.shape] = dumps(shape_to_json(leaf.shape))
            inputs = []
            for name, (sheet, address) in leaf.inputs.items():
                key = names.get((name, sheet))
                if key is None:
                    key = names[(name, sheet)] = string(name) + ":[" + string(sheet) + ","
                inputs.append(key + string(address) + "]")
            score = "[" + string(leaf.score[0]) + "," + string(leaf.score[1]) + "]" if leaf.score else "null"
            leaves.append(string(code) + ':{"shape":' + shape + ',"inputs":{' + ",".join(inputs) + '},"score":' + score + "}")
        by_sheet: dict[str, list[str]] = {}
        for (sheet, address), text in self.formulas().items():
            entries = by_sheet.get(sheet)
            if entries is None:
                entries = by_sheet[sheet] = []
            # a cell's address (letters and digits) is its own JSON text between quotes
            entries.append('"' + address + '":"' + formula_digest(text[1:]) + '"')
        rubric = next(sheet for sheet in self.book.sheets if sheet.name == RUBRIC_SHEET)
        digest = rubric_digest((address, cell.value) for address, cell in rubric.cells.items())
        parts = [
            '{"version":1,"leaves":{', ",".join(leaves), '},"total":', dumps(list(self.total)), ',"grade":', dumps(list(self.grade)),
            ',"formulas":{', ",".join(string(sheet) + ":{" + ",".join(entries) + "}" for sheet, entries in by_sheet.items()),
            '},"rubric":', string(digest),
        ]
        if self.rubric.entities:
            parts += [
                ',"entities":', dumps(entities_to_json(self.rubric.entities, self.rubric.vetoes)),
                ',"entity_inputs":', dumps({name: {code: list(ref) for code, ref in cells.items()} for name, cells in self.entity_inputs.items()}),
            ]
        parts.append("}")
        return "".join(parts)


_META_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_json_string = json.encoder.encode_basestring  # a text as JSON, as ensure_ascii=False writes it


def _text(value: Any) -> str:
    if isinstance(value, Decimal):
        return general_text(value)
    return "" if value is None else str(value)


def _number(value: Decimal | None) -> Any:
    return None if value is None else as_cell_value(value)


# ---------------------------------------------------------------- 指标体系


def rubric_sheet(rubric: Rubric) -> Sheet:
    sheet = Sheet(RUBRIC_SHEET, freeze=f"C{RUBRIC_HEADER_ROW + 1}", landscape=True)
    sheet.put(1, 1, Cell("指标体系（评分表据此生成；修改后请执行“重新生成”，已录入的数据按编码保留）", style="title"))
    sheet.merges.append("A1:I1")
    grades = "，".join(
        f"{band.name}{'≥' if band.inclusive else '>'}{general_text(band.minimum)}" if band.minimum else band.name
        for band in rubric.grades
    )
    values = {
        "project": rubric.project, "year": rubric.year, "department": rubric.department, "evaluator": rubric.evaluator,
        "total": _number(rubric.total), "precision": rubric.precision, "grades": grades, "source": rubric.source,
    }
    for row, (key, label) in enumerate(RUBRIC_META, start=2):
        sheet.put(row, 1, Cell(label, style="label"))
        sheet.put(row, 2, Cell(values[key], style="input_text", input=True))
        sheet.merges.append(f"B{row}:E{row}")
    for column, title in enumerate(RUBRIC_COLUMNS, start=1):
        sheet.put(RUBRIC_HEADER_ROW, column, Cell(title, style="header"))
    row = RUBRIC_HEADER_ROW + 1
    # each column's letter and style (分值 and 公布得分 are numbers)
    columns = [(get_column_letter(column), "input_number" if column in (3, 7) else "input_text") for column in range(1, len(RUBRIC_COLUMNS) + 1)]
    cells = sheet.cells
    for indicator in rubric.walk():
        values = (
            indicator.code, indicator.name, _number(indicator.weight), indicator.explanation, indicator.criteria,
            indicator.rule_text, _number(indicator.published), indicator.cite, indicator.note,
        )
        for (letter, style), value in zip(columns, values):
            cells[f"{letter}{row}"] = input_value_cell(value if value != "" else None, style)
        row += 1
    sheet.widths = {"A": 9, "B": 22, "C": 7, "D": 30, "E": 50, "F": 30, "G": 9, "H": 24, "I": 24}
    sheet.title_rows = f"{RUBRIC_HEADER_ROW}:{RUBRIC_HEADER_ROW}"
    return sheet


# ---------------------------------------------------------------- 评分表 and 数据

_RATE = rate(Var("score"), Var("full"))  # every 得分率 cell: one tree for all


@dataclass(frozen=True)
class _LeafFormulas:
    program: Program
    override: str  # the input a typed score goes to: manual (the rule reads it) or entered
    score: Expr
    explanation: Expr
    explanation_defs: dict[str, Expr]  # the explanation reads the final score from the score cell instead of repeating its formula

    @classmethod
    def of(cls, program: Program, precision: int) -> _LeafFormulas:
        explanation_defs = {name: expr for name, expr in program.defs.items() if name != "score"}
        if "manual" in program.inputs:
            return cls(program, "manual", program.score, program.explanation, explanation_defs)
        entered = Not(IsBlank("entered"))
        reason = If(IsBlank("reason"), Text(""), concat("。理由：", Var("reason")))
        shown = Fmt(entered_score(Var("entered"), precision))
        explanation = If(entered, concat("采用录入得分", shown, "分", reason), program.explanation)
        return cls(program, "entered", with_entered(program.score, precision), explanation, explanation_defs)


class _Builder:
    def __init__(
        self, rubric: Rubric, shapes: dict[str, Shape], values: dict[tuple[str, str], Value],
        typed_formulas: dict[tuple[str, str], str],
    ) -> None:
        self.rubric = rubric
        self.shapes = shapes
        self.values = values
        self.typed_formulas = typed_formulas
        self.depth = max(3, max(leaf.level for leaf in rubric.leaves()))
        self.score_sheet = Sheet(SCORE_SHEET, protected=True)
        self.data_sheet = Sheet(DATA_SHEET, protected=True)
        self.data_row = 3
        self.leaves: dict[str, LeafCells] = {}
        names = [f"{'一二三四五六'[i]}级指标" for i in range(self.depth)]
        self.columns = names + ["分值", "指标解释", "评分标准", "实际值", "目标值", "录入得分", "理由", "得分", "得分率", "得分计算过程"]
        self.col = {title: index for index, title in enumerate(self.columns, start=1)}
        self.letters = {title: get_column_letter(index) for title, index in self.col.items()}
        self._formulas: dict[tuple[int, Shape], _LeafFormulas] = {}
        self._group_labels: dict[str, Cell] = {}  # a parent's label, one cell on the row of each of its leaves (never changed in place)
        self._spans: dict[str, list[int]] = {}  # a parent's first and last row (its leaves are consecutive)
        self.input_values: dict[CellRef, Value] = {}  # the value of each input cell placed that ``values`` gives

    def letter(self, title: str) -> str:
        return self.letters[title]

    # -- inputs

    def input_cell(self, leaf: LeafCells, name: str, ref: CellRef, style: str) -> None:
        leaf.inputs[name] = ref
        key = (leaf.code, name)
        value = self.values.get(key, _UNSET)
        if value is _UNSET:
            value = None
        else:
            self.input_values[ref] = value
        if value.__class__ is Decimal:
            value = as_cell_value(value)  # type: ignore[arg-type]
        sheet = self.score_sheet if ref[0] == SCORE_SHEET else self.data_sheet
        typed = self.typed_formulas.get(key) if self.typed_formulas else None  # only a regenerated workbook has any
        sheet.cells[ref[1]] = input_value_cell(value, style, typed)

    def data_block(self, indicator: Indicator, leaf: LeafCells, score_row: int, program: Program) -> None:
        shape, needs = leaf.shape, program.inputs
        rows: list[tuple[str, list[tuple[str, str, str]]]] = []  # label, [(input name, header, style)]
        rule = indicator.rule
        if shape.points:
            texts = _point_texts(indicator.criteria, shape.points)
            points = rule.scorer.points if rule and isinstance(rule.scorer, Checklist) else ()
            for index in range(1, shape.points + 1):
                share = f"（{general_text(points[index - 1])}分）" if points else ""
                label = program.labels.get(f"met_{index}") or f"评价要点{marker(index - 1)}{share} {texts[index - 1]}".strip()
                rows.append((label, [(f"met_{index}", "是否符合", "input_choice")]))
        if shape.has_failures:
            rows.append((program.labels.get("failures") or "不符合项数", [("failures", "", "input_number")]))
        if shape.measure == "survey":
            names = [str(name) for name in (indicator.inputs.get("options") or {})]
            for index in range(1, shape.options + 1):
                rows.append((f"问卷选项{index}" + (f"：{names[index - 1]}" if index <= len(names) else ""), [(f"count_{index}", "人数", "input_number"), (f"credit_{index}", "赋分", "input_pct")]))
        if shape.measure == "dates":
            for name, label in (("planned_start", "计划开始日期"), ("planned_end", "计划完成日期"), ("actual_end", "实际完成日期")):
                rows.append((label, [(name, "", "input_date")]))
        for variable in shape.variables:
            rows.append((variable, [(f"v:{variable}", "", "input_number")]))
        if shape.has_zeroed:
            rows.append((f"是否存在：{indicator.rule.zeroing if indicator.rule else ''}", [("zeroed", "", "input_choice")]))
        placed = set(leaf.inputs) | {name for _, fields in rows for name, _, _ in fields} | {"full"}
        item_cells = {name for name in needs if name.startswith("item_")} if shape.item_rows else set()
        for name in needs:  # whatever else the rule reads still gets a cell
            if name not in placed and name not in item_cells:
                rows.append((program.labels.get(name) or f"补充数据：{input_label(name)}", [(name, "", "input_number")]))
        if not rows and not shape.item_rows and not program.columns:
            return
        sheet = self.data_sheet
        title = sheet.put(self.data_row, 1, Cell(f"{indicator.code} {indicator.name}（分值{general_text(indicator.weight)}）", style="group", link=(SCORE_SHEET, f"A{score_row}")))
        sheet.merges.append(f"{title}:F{self.data_row}")
        self.data_row += 1
        for label, fields in rows:
            sheet.put(self.data_row, 1, constant_cell(label, "text"))
            for offset, (name, header, style) in enumerate(fields):
                self.input_cell(leaf, name, (DATA_SHEET, f"{get_column_letter(2 + offset)}{self.data_row}"), style)
                if style == "input_choice":
                    sheet.validations.append(Validation("list", [f"{get_column_letter(2 + offset)}{self.data_row}"], ("是", "否"), prompt="请选择 是 或 否"))
            self.data_row += 1
        if shape.item_rows or program.columns:
            self.items_table(leaf, program)
        self.data_row += 1

    def items_table(self, leaf: LeafCells, program: Program) -> None:
        """The per-row inputs (one row per community or contract) and, beside them, the rule's helper
        columns: each row's cells hold that row's formulas, and the score reads the columns as ranges."""
        shape, sheet = leaf.shape, self.data_sheet
        headers = ["单位"] if shape.item_rows else []
        for column in shape.item_columns:
            headers += [f"{column}实际值", f"{column}目标值"]
        first_helper = len(headers) + 1
        headers += [column.title for column in program.columns]
        for offset, header in enumerate(headers):
            sheet.put(self.data_row, 1 + offset, Cell(header, style="header"))
        top = self.data_row + 1
        for r in range(1, len(shape.item_rows) + 1):
            row = top + r - 1
            self.input_cell(leaf, f"item_{r}_name", (DATA_SHEET, f"A{row}"), "input_text")
            for c in range(1, len(shape.item_columns) + 1):
                self.input_cell(leaf, f"item_{r}_actual_{c}", (DATA_SHEET, f"{get_column_letter(2 * c)}{row}"), "input_number")
                self.input_cell(leaf, f"item_{r}_target_{c}", (DATA_SHEET, f"{get_column_letter(2 * c + 1)}{row}"), "input_number")
        helpers, defs = leaf.helpers, program.defs
        placed: list[tuple[str, Expr, str]] = []  # (address, formula, style) of each helper cell, column by column
        for offset, column in enumerate(program.columns):
            letter = get_column_letter(first_helper + offset)
            style = "text" if column.style == "text" else "number"  # a running list is not wrapped: it would grow the rows
            for r in range(1, column.rows + 1):
                name, address = column.cell(r), f"{letter}{top + r - 1}"
                helpers[name] = (DATA_SHEET, address)
                placed.append((address, defs[name], style))
            helpers[column.name] = (DATA_SHEET, f"{letter}{top}:{letter}{top + column.rows - 1}")
            sheet.widths.setdefault(letter, 24 if column.style == "text" else 8)
        # one map for the whole table: a formula takes from it the inputs and helper cells it names, and
        # inlines the other intermediates from the program's definitions
        bound = {**leaf.inputs, **helpers}
        cells = sheet.cells
        for address, expr, style in placed:
            cells[address] = formula_cell(expr, bound, style, defs)
        self.data_row = top + max([len(shape.item_rows)] + [column.rows for column in program.columns])

    # -- 评分表

    def build(self) -> tuple[Sheet, Sheet, dict[str, CellRef], CellRef, CellRef]:
        sheet, rubric = self.score_sheet, self.rubric
        width = len(self.columns)
        last = get_column_letter(width)
        sheet.put(1, 1, Cell(f"{rubric.project or '项目'}绩效评价评分表", style="title"))
        sheet.merges.append(f"A1:{last}1")
        sheet.put(2, 1, Cell("　".join(part for part in (f"评价年度：{rubric.year}" if rubric.year else "", f"评价机构：{rubric.evaluator}" if rubric.evaluator else "", f"总分：{general_text(rubric.total)}") if part), style="subtitle"))
        sheet.merges.append(f"A2:{last}2")
        for column, title in enumerate(self.columns, start=1):
            sheet.put(3, column, Cell(title, style="header"))
        sheet.title_rows = "3:3"
        sheet.freeze = "A4"
        row = 4
        subtotals: dict[str, CellRef] = {}
        for top in rubric.indicators:
            leaves = [leaf for leaf in top.walk() if leaf.is_leaf]
            for indicator in leaves:
                self.leaf_row(indicator, row)
                row += 1
            self.merge_parents(top)
            subtotals[top.code] = self.subtotal_row(top, row, [self.leaves[leaf.code].score for leaf in leaves])  # type: ignore[misc]
            row += 1
        total, grade = self.total_rows(row, list(subtotals.values()))
        widths = level_widths(self.depth) + [4, 13, 21, 7, 7, 5, 9, 5, 7, 19]
        self.score_sheet.widths = {get_column_letter(i): w for i, w in enumerate(widths, start=1)}
        return self.score_sheet, self.data_sheet, subtotals, total, grade

    def leaf_row(self, indicator: Indicator, row: int) -> None:
        sheet = self.score_sheet
        rule = indicator.rule
        assert rule is not None
        shape = self.shapes[indicator.code]
        try:
            formulas = self.formulas(rule, shape)
        except InputError:  # data of another form than the rule reads: give it the form it reads
            shape = default_shape(rule)
            shape = replace(shape, has_zeroed=True) if rule.zeroing else shape
            self.shapes[indicator.code] = shape
            formulas = self.formulas(rule, shape)
        program = formulas.program
        leaf = LeafCells(indicator.code, shape)
        self.leaves[indicator.code] = leaf
        chain = []
        node: Indicator | None = indicator
        while node is not None:
            chain.append(node)
            node = node.parent
        for node in chain:
            if node.children:
                span = self._spans.get(node.code)
                if span is None:
                    self._spans[node.code] = [row, row]
                else:
                    span[1] = row
                label = self._group_labels.get(node.code)
                if label is None:
                    label = self._group_labels[node.code] = Cell(_weighted_name(node), style="group")
                sheet.put(row, node.level, label)
            else:
                sheet.put(row, node.level, constant_cell(node.name, "text"))
        weight_cell = sheet.put(row, self.col["分值"], constant_cell(as_cell_value(indicator.weight), "number"))
        sheet.put(row, self.col["指标解释"], constant_cell(indicator.explanation or None, "text"))
        criteria = indicator.criteria or indicator.rule_text
        if indicator.criteria and indicator.rule_text:
            criteria += f"\n（按评分规则：{indicator.rule_text}）"
        sheet.put(row, self.col["评分标准"], constant_cell(criteria or None, "text"))
        percent = shape.measure in ("rate", "survey", "dates") or shape.units[0] == "%"
        for name, title, style in (
            ("actual", "实际值", "input_number"), ("rate", "实际值", "input_pct"), ("grade", "实际值", "input_text"),
            ("target", "目标值", "input_pct" if percent else "input_number"),
        ):
            if self._has(shape, name):
                self.input_cell(leaf, name, (SCORE_SHEET, f"{self.letter(title)}{row}"), style)
        override = formulas.override
        self.input_cell(leaf, override, (SCORE_SHEET, f"{self.letter('录入得分')}{row}"), "input_number")
        self.input_cell(leaf, "reason", (SCORE_SHEET, f"{self.letter('理由')}{row}"), "input_text")
        sheet.validations.append(Validation("decimal", [f"{self.letter('录入得分')}{row}"], minimum=0, maximum=float(indicator.weight), prompt=f"得分应在0至{general_text(indicator.weight)}分之间"))
        self.data_block(indicator, leaf, row, program)
        env: dict[str, CellRef] = {**leaf.inputs, **leaf.helpers}
        env["full"] = (SCORE_SHEET, weight_cell)
        score_address = f"{self.letter('得分')}{row}"
        score_ref = (SCORE_SHEET, score_address)
        sheet.cells[score_address] = formula_cell(formulas.score, env, "score", program.defs)  # env is not changed after
        sheet.put(row, self.col["得分计算过程"], formula_cell(formulas.explanation, {**env, "score": score_ref}, "text", formulas.explanation_defs))
        sheet.put(row, self.col["得分率"], formula_cell(_RATE, {"score": score_ref, "full": env["full"]}, "percent"))
        leaf.score = score_ref
        leaf.explanation = (SCORE_SHEET, f"{self.letter('得分计算过程')}{row}")
        first = f"{self.letter('录入得分')}{row}"
        sheet.highlights.append(Highlight(first, f"AND({first}<>\"\",OR({first}<0,{first}>{weight_cell}))", "error"))
        if override == "manual":
            sheet.highlights.append(Highlight(f"{self.letter('理由')}{row}", f"AND({first}<>\"\",{self.letter('理由')}{row}=\"\")", "warning"))
        sheet.highlights.append(Highlight(score_address, f"{score_address}=\"\"", "missing"))

    def formulas(self, rule: Rule, shape: Shape) -> _LeafFormulas:
        """The score and explanation formulas of a leaf, made once per rule and shape: leaves with the
        same 评分标准 share one program and one tree per formula (compiled, evaluated and written out
        once per tree, see plan.py), instead of a copy per row."""
        key = (id(rule), shape)  # rules come from parse_rule's cache and live as long as the rubric
        found = self._formulas.get(key)
        if found is None:
            found = self._formulas[key] = _LeafFormulas.of(rule.compile(shape, self.rubric.precision), self.rubric.precision)
        return found

    @staticmethod
    def _has(shape: Shape, name: str) -> bool:
        if name == "actual":
            return shape.measure in ("ratio", "actual")
        if name == "rate":
            return shape.measure == "rate"
        if name == "grade":
            return shape.has_grade
        return shape.has_target

    def merge_parents(self, top: Indicator) -> None:
        sheet = self.score_sheet
        for node in top.walk():
            if node.is_leaf:
                continue
            first, last = self._spans[node.code]
            if last > first:
                sheet.merges.append(f"{get_column_letter(node.level)}{first}:{get_column_letter(node.level)}{last}")

    def subtotal_row(self, top: Indicator, row: int, scores: list[CellRef]) -> CellRef:
        sheet = self.score_sheet
        sheet.put(row, 1, Cell(f"{top.name}小计", style="total"))
        sheet.merges.append(f"A{row}:{get_column_letter(self.depth)}{row}")
        weight = sheet.put(row, self.col["分值"], Cell(as_cell_value(top.weight), style="total_number"))
        score = sheet.put(row, self.col["得分"], Cell(expr=node_score([Var("scores")], len(scores)), env={"scores": score_range(scores)}, style="total_number"))
        sheet.put(row, self.col["得分率"], Cell(expr=_RATE, env={"score": (SCORE_SHEET, score), "full": (SCORE_SHEET, weight)}, style="total_percent"))
        return (SCORE_SHEET, score)

    def total_rows(self, row: int, subtotals: list[CellRef]) -> tuple[CellRef, CellRef]:
        sheet = self.score_sheet
        sheet.put(row, 1, Cell("合计", style="total"))
        sheet.merges.append(f"A{row}:{get_column_letter(self.depth)}{row}")
        weight = sheet.put(row, self.col["分值"], Cell(as_cell_value(self.rubric.total), style="total_number"))
        names = {f"s{i}": ref for i, ref in enumerate(subtotals)}
        total = sheet.put(row, self.col["得分"], Cell(expr=node_score([Var(n) for n in names], len(names)), env=names, style="total_number"))
        sheet.put(row, self.col["得分率"], Cell(expr=_RATE, env={"score": (SCORE_SHEET, total), "full": (SCORE_SHEET, weight)}, style="total_percent"))
        row += 1
        sheet.put(row, 1, Cell("评价等级", style="total"))
        sheet.merges.append(f"A{row}:{get_column_letter(self.depth)}{row}")
        grade = sheet.put(row, self.col["得分"], Cell(expr=grade_of(Var("total"), self.rubric.grades), env={"total": (SCORE_SHEET, total)}, style="total"))
        bands = "，".join(
            f"{band.name}（{general_text(band.minimum)}分{'及以上' if band.inclusive else '以上，不含'}）" if band.minimum else f"{band.name}（其余）"
            for band in self.rubric.grades
        )
        sheet.put(row + 1, 1, Cell(f"等级划分：{bands}", style="subtitle"))
        sheet.merges.append(f"A{row + 1}:{get_column_letter(len(self.columns))}{row + 1}")
        self.box_table(4, row)
        return (SCORE_SHEET, total), (SCORE_SHEET, grade)

    def box_table(self, first: int, last: int) -> None:
        """Every cell of the table gets a border, also where nothing is written."""
        cells = self.score_sheet.cells
        letters = [get_column_letter(column) for column in range(1, len(self.columns) + 1)]
        empty = Cell(None, style="text")  # one for all: the plan's cells are never changed in place
        for row in range(first, last + 1):
            for letter in letters:
                address = f"{letter}{row}"
                if address not in cells:
                    cells[address] = empty


def appendix_sheet(rubric: Rubric, leaves: dict[str, LeafCells], depth: int, total: CellRef, grade: CellRef) -> Sheet:
    """The 评分表 as the reports print it in their 附件: 一级/二级/三级指标（N分）, 指标解释, 评分标准,
    得分, 得分计算过程 — no input columns, ready to hand over. Scores and explanations are formulas that
    read the 评分表."""
    sheet = Sheet(APPENDIX_SHEET, protected=True)
    levels = [f"{'一二三四五六'[i]}级指标" for i in range(depth)]
    headers = levels + ["指标解释", "评分标准", "得分", "得分计算过程"]
    last = get_column_letter(len(headers))
    sheet.put(1, 1, Cell(f"附件：{rubric.project or '项目'}绩效评价评分表", style="title"))
    sheet.merges.append(f"A1:{last}1")
    for column, header in enumerate(headers, start=1):
        sheet.put(2, column, Cell(header, style="header"))
    row = 3
    score, explanation = Var("s"), Var("e")  # one tree for every row
    first_rows: dict[str, int] = {}
    last_rows: dict[str, int] = {}
    labels: dict[str, Cell] = {}  # a parent's label, one cell on the row of each of its leaves (never changed in place)
    for leaf in (indicator for indicator in rubric.walk() if indicator.is_leaf):
        node: Indicator | None = leaf
        while node is not None:
            first_rows.setdefault(node.code, row)
            last_rows[node.code] = row
            label = labels.get(node.code)
            if label is None:
                label = labels[node.code] = Cell(_weighted_name(node), style="group" if node.children else "text")
            sheet.put(row, node.level, label)
            node = node.parent
        sheet.put(row, depth + 1, constant_cell(leaf.explanation or None, "text"))
        sheet.put(row, depth + 2, constant_cell(leaf.criteria or leaf.rule_text or None, "text"))
        cells = leaves[leaf.code]
        sheet.put(row, depth + 3, formula_cell(score, {"s": cells.score}, "score"))  # type: ignore[dict-item]
        sheet.put(row, depth + 4, formula_cell(explanation, {"e": cells.explanation}, "text"))  # type: ignore[dict-item]
        row += 1
    for indicator in rubric.walk():
        if indicator.children and last_rows[indicator.code] > first_rows[indicator.code]:
            column = get_column_letter(indicator.level)
            sheet.merges.append(f"{column}{first_rows[indicator.code]}:{column}{last_rows[indicator.code]}")
    for label, ref in (("合计", total), ("评价等级", grade)):
        sheet.put(row, 1, Cell(label, style="total"))
        sheet.merges.append(f"A{row}:{get_column_letter(depth + 2)}{row}")
        sheet.put(row, depth + 3, Cell(expr=Var("v"), env={"v": ref}, style="total_number"))
        sheet.put(row, depth + 4, Cell(None, style="total"))
        row += 1
    letters = [get_column_letter(column) for column in range(1, len(headers) + 1)]
    empty = Cell(None, style="text")  # one for all: the plan's cells are never changed in place
    for r in range(3, row):
        for letter in letters:
            address = f"{letter}{r}"
            if address not in sheet.cells:
                sheet.cells[address] = empty
    sheet.title_rows = "2:2"
    sheet.widths = {get_column_letter(i): w for i, w in enumerate(level_widths(depth) + [20, 38, 5, 34], start=1)}
    return sheet


def _weighted_name(node: Indicator) -> str:
    return f"{node.name}\n（{general_text(node.weight)}分）"


def level_widths(depth: int) -> list[float]:
    """The indicator-name columns share about 20 characters whatever the depth, so that the 评分表
    stays within an A4 landscape page at ≥ 9 pt (fit-to-width shrinks the whole sheet otherwise)."""
    if depth == 3:
        return [5, 6, 8]
    return [round(22 / depth, 1)] * depth


_NARROW = re.compile("[\x00-\u2e80]+")


def _display_width(text: str) -> int:
    """Characters from U+2E81 on (CJK, full-width forms) take two columns."""
    return len(text) if text.isascii() else len(text) + len(_NARROW.sub("", text))


_WRAPPED = frozenset(("text", "input_text", "link", "group", "header"))


def row_lines(text: str, per_line: int, widths: dict[Any, int]) -> int:
    """The lines ``text`` takes in a column of ``per_line`` characters (``widths``: see fit_rows)."""
    lines = widths.get((text, per_line))
    if lines is None:
        lines = 0
        for part in text.split("\n"):
            width = widths.get(part)
            if width is None:
                width = widths[part] = _display_width(part)
            lines += max(1, -(-width // per_line))
        widths[(text, per_line)] = lines
    return lines


def fit_rows(sheet: Sheet, values: dict[CellRef, Value], widths: dict[Any, int] | None = None) -> None:
    """Row heights for wrapped text: Excel computes them when a row is edited, but a written file does
    not and LibreOffice's PDF export does not either, so a long 评分标准 would print clipped to one line.
    ``widths``: what was measured so far, kept across the sheets of a book (the same 评分标准 is on three
    sheets, the same wordings on many rows): the display width of each line of text, and the lines of
    each text at each width of column ((text, characters per line) → lines)."""
    widths = {} if widths is None else widths
    merged_columns = set()
    for merge in sheet.merges:
        first, _, last = merge.partition(":")
        if column_of(first) != column_of(last):
            merged_columns.add(first)
    lines_by_row: dict[int, int] = {}
    per_line_of: dict[str, int] = {}
    name = sheet.name
    for address, cell in sheet.cells.items():
        if cell.style not in _WRAPPED or address in merged_columns:
            continue
        value = values.get((name, address)) if cell.expr is not None else cell.value
        if value is None or value == "":
            continue
        text = value if isinstance(value, str) else str(value)
        letters = address.rstrip("0123456789")
        per_line = per_line_of.get(letters)
        if per_line is None:
            per_line = per_line_of[letters] = max(4, int(sheet.widths.get(letters, 10) * 1.1) - 1)
        if 2 * len(text) <= per_line and "\n" not in text:
            continue  # one line, whatever its characters
        lines = row_lines(text, per_line, widths)
        row = int(address[len(letters):])
        if lines > lines_by_row.get(row, 1):
            lines_by_row[row] = lines
    for row, lines in lines_by_row.items():
        sheet.heights[row] = min(409, 15 * lines + 3)  # LibreOffice lays 10-pt CJK text out at ≈14.8 pt


def score_range(cells: list[CellRef]) -> CellRef:
    """The score cells of consecutive leaves as one range reference, such as ('评分表', 'K4:K9')."""
    sheet = cells[0][0]
    column = cells[0][1].rstrip("0123456789")
    rows = [row_of(address) for _, address in cells]
    assert rows == list(range(rows[0], rows[0] + len(rows))) and all(ref[0] == sheet and ref[1].startswith(column) for ref in cells)
    return (sheet, f"{column}{rows[0]}:{column}{rows[-1]}")


@lru_cache(maxsize=1024)
def _point_texts(criteria: str, count: int) -> tuple[str, ...]:
    """The wording of each 评价要点 (①…), for the 数据 sheet's labels (once per 评分标准: a rubric repeats them)."""
    texts = [""] * count
    for index in range(min(count, len(CIRCLED))):  # beyond ⑳ the points are not circled
        start = criteria.find(CIRCLED[index])
        if start < 0:
            continue
        end = min([criteria.find(CIRCLED[j], start + 1) for j in range(index + 1, min(count + 1, len(CIRCLED))) if criteria.find(CIRCLED[j], start + 1) > 0] or [len(criteria)])
        texts[index] = " ".join(criteria[start + 1:end].split())[:60]
    return tuple(texts)


# ---------------------------------------------------------------- 汇总


def summary_sheet(rubric: Rubric, leaves: dict[str, LeafCells], subtotals: dict[str, CellRef], total: CellRef, grade: CellRef) -> Sheet:
    sheet = Sheet(SUMMARY_SHEET, protected=True, landscape=False)
    sheet.put(1, 1, Cell("绩效评价得分汇总", style="title"))
    sheet.merges.append("A1:D1")
    row = 3
    tables = [("一级指标", [(top, subtotals[top.code]) for top in rubric.indicators], None)]
    seconds = [node for top in rubric.indicators for node in top.children]
    if seconds:
        tables.append(("二级指标", [(node, None) for node in seconds], "sum"))
    chart_rows: tuple[int, int] | None = None
    for title, nodes, how in tables:
        for column, header in enumerate((title, "指标分值", "评价得分", "得分率"), start=1):
            sheet.put(row, column, Cell(header, style="header"))
        first = row + 1
        for node, ref in nodes:
            row += 1
            label = node.name if node.level == 1 else f"{node.parent.name if node.parent else ''}—{node.name}"
            sheet.put(row, 1, Cell(label, style="text"))
            weight = sheet.put(row, 2, Cell(as_cell_value(node.weight), style="number"))
            if ref is None:
                scores = [leaves[leaf.code].score for leaf in node.walk() if leaf.is_leaf]
                score = sheet.put(row, 3, Cell(expr=node_score([Var("scores")], len(scores)), env={"scores": score_range(scores)}, style="score"))  # type: ignore[arg-type]
            else:
                score = sheet.put(row, 3, Cell(expr=Var("s"), env={"s": ref}, style="score"))
            sheet.put(row, 4, Cell(expr=_RATE, env={"score": (SUMMARY_SHEET, score), "full": (SUMMARY_SHEET, weight)}, style="percent"))
        if chart_rows is None:
            chart_rows = (first, row)
        row += 1
        sheet.put(row, 1, Cell("合计", style="total"))
        weight = sheet.put(row, 2, Cell(as_cell_value(rubric.total), style="total_number"))
        score = sheet.put(row, 3, Cell(expr=Var("t"), env={"t": total}, style="total_number"))
        sheet.put(row, 4, Cell(expr=_RATE, env={"score": (SUMMARY_SHEET, score), "full": (SUMMARY_SHEET, weight)}, style="total_percent"))
        row += 2
    sheet.put(row, 1, Cell("评价等级", style="total"))
    sheet.put(row, 2, Cell(expr=Var("g"), env={"g": grade}, style="total"))
    assert chart_rows is not None
    first, last = chart_rows
    sheet.charts.append(Chart("一级指标得分率", "F3", f"A{first}:A{last}", [f"D{first - 1}:D{last}"]))
    sheet.widths = {"A": 30, "B": 10, "C": 10, "D": 10}
    return sheet


# ---------------------------------------------------------------- 校验


def check_sheet(rubric: Rubric, findings: list[Finding], leaves: dict[str, LeafCells], rubric_rows: dict[str, int]) -> Sheet:
    sheet = Sheet(CHECK_SHEET, landscape=True)
    sheet.put(1, 1, Cell("校验结果（生成/重新生成/重新计算时更新；点击位置可跳转）", style="title"))
    sheet.merges.append("A1:F1")
    for column, header in enumerate(("级别", "代码", "位置", "问题", "建议"), start=1):
        sheet.put(2, column, Cell(header, style="header"))
    row = 3
    for finding in findings:
        code = finding.indicator.split(" ")[0] if finding.indicator else ""
        target: CellRef | None = None
        if code in leaves and leaves[code].score:
            target = leaves[code].score
        elif code in rubric_rows:
            target = (RUBRIC_SHEET, f"A{rubric_rows[code]}")
        sheet.put(row, 1, Cell(SEVERITY_NAMES[finding.severity], style=f"severity_{finding.severity}"))
        sheet.put(row, 2, Cell(finding.code, style="text"))
        sheet.put(row, 3, Cell(finding.indicator or "整体", style="link" if target else "text", link=target))
        sheet.put(row, 4, Cell(finding.message, style="text"))
        sheet.put(row, 5, Cell(finding.fix, style="text"))
        row += 1
    if not findings:
        sheet.put(row, 1, Cell("未发现问题", style="text"))
    sheet.widths = {"A": 6, "B": 18, "C": 24, "D": 70, "E": 40}
    return sheet


def entity_key(name: str) -> str:
    """The key under which an entity's inputs are kept, beside the leaf codes of the 评分表."""
    return f"@{name}"


def entity_sheet(rubric: Rubric, values: dict[tuple[str, str], Value]) -> tuple[Sheet, dict[str, dict[str, CellRef]]]:
    """各单位得分: one column per entity (community, contract), a row per indicator. Leaf scores are
    typed (or come from the rubric); subtotals, totals, 等级 with 一票否决, 排名 and each indicator's
    最高分/最低分/分差 are formulas. A subtotal or total is 待评 while a score under it is missing (the
    total then shows the published total, if any), as on the 评分表."""
    assert rubric.entities is not None
    entities = rubric.entities
    members = entities.members
    sheet = Sheet(ENTITY_SHEET, protected=True)
    count = len(members)
    last = get_column_letter(3 + count + 3)
    sheet.put(1, 1, Cell(f"各{entities.kind}得分表（黄色单元格录入各指标得分；未公布的得分留空，总分取公布总分）", style="title"))
    sheet.merges.append(f"A1:{last}1")
    headers = ["编码", "指标", "分值", *(member.name for member in members), "最高分", "最低分", "分差"]
    for column, header in enumerate(headers, start=1):
        sheet.put(2, column, Cell(header, style="header"))
    cells: dict[str, dict[str, CellRef]] = {member.name: {} for member in members}
    rows: dict[str, int] = {}
    row = 3
    for indicator in rubric.walk():
        rows[indicator.code] = row
        row += 1

    def column(index: int) -> str:
        return get_column_letter(4 + index)

    for indicator in rubric.walk():
        row = rows[indicator.code]
        sheet.put(row, 1, Cell(indicator.code, style="text"))
        sheet.put(row, 2, Cell(("　" * (indicator.level - 1)) + indicator.name, style="text"))
        sheet.put(row, 3, Cell(as_cell_value(indicator.weight), style="number"))
        for index, member in enumerate(members):
            address = f"{column(index)}{row}"
            if indicator.is_leaf:
                value = as_cell_value(values.get((entity_key(member.name), indicator.code)))  # type: ignore[arg-type]
                sheet.cells[address] = Cell(value, style="input_number", input=True)
                cells[member.name][indicator.code] = (ENTITY_SHEET, address)
            else:
                parts = {f"c{i}": (ENTITY_SHEET, f"{column(index)}{rows[child.code]}") for i, child in enumerate(indicator.children)}
                sheet.cells[address] = Cell(expr=node_score([Var(n) for n in parts], len(parts)), env=parts, style="score")
        row_cells = {f"e{i}": (ENTITY_SHEET, f"{column(i)}{row}") for i in range(count)}
        high = sheet.put(row, 4 + count, Cell(expr=Call("MAX_CELLS", tuple(Var(n) for n in row_cells)), env=row_cells, style="number"))
        low = sheet.put(row, 5 + count, Cell(expr=Call("MIN_CELLS", tuple(Var(n) for n in row_cells)), env=row_cells, style="number"))
        sheet.put(row, 6 + count, Cell(expr=sub(Var("h"), Var("l")), env={"h": (ENTITY_SHEET, high), "l": (ENTITY_SHEET, low)}, style="number"))
    row = 3 + len(rows)
    extra: dict[str, int] = {}
    for key, label in ENTITY_ROWS:
        extra[key] = row
        sheet.put(row, 1, Cell(label, style="label"))
        sheet.merges.append(f"A{row}:C{row}")
        for index, member in enumerate(members):
            address = f"{column(index)}{row}"
            style = "input_number" if key == "__total" else "input_choice"
            value = as_cell_value(values.get((entity_key(member.name), key)))  # type: ignore[arg-type]
            sheet.cells[address] = Cell(value, style=style, input=True)
            cells[member.name][key] = (ENTITY_SHEET, address)
            if key != "__total":
                sheet.validations.append(Validation("list", [address], ("是", "否"), prompt="请选择 是 或 否"))
        row += 1
    totals: list[CellRef] = []
    bands = entities.grades or rubric.grades
    forced = next((veto.grade for veto in rubric.vetoes if veto.grade), None)
    for label in ("总分", "等级", "排名"):
        sheet.put(row, 1, Cell(label, style="total"))
        sheet.merges.append(f"A{row}:C{row}")
        for index in range(count):
            c = column(index)
            if label == "总分":
                tops = {f"t{i}": (ENTITY_SHEET, f"{c}{rows[top.code]}") for i, top in enumerate(rubric.indicators)}
                env = {**tops, "published": (ENTITY_SHEET, f"{c}{extra['__total']}")}
                published = If(IsBlank("published"), Text(PENDING), Var("published"))
                expr: Expr = node_score([Var(n) for n in tops], len(tops), published)
                address = sheet.put(row, 4 + index, Cell(expr=expr, env=env, style="total_number"))
                totals.append((ENTITY_SHEET, address))
            elif label == "等级":
                env = {"t": totals[index], "veto": (ENTITY_SHEET, f"{c}{extra['__veto']}"), "fixed": (ENTITY_SHEET, f"{c}{extra['__rectified']}")}
                graded = grade_of(Var("t"), bands)
                if forced:  # the veto's grade whatever the total, as score_entities grades
                    vetoed = Logic("AND", (Cmp("=", Var("veto"), Text("是")), Cmp("<>", Var("fixed"), Text("是"))))
                    graded = If(vetoed, Text(forced), graded)
                sheet.put(row, 4 + index, Cell(expr=graded, env=env, style="total"))
            else:
                env = {f"t{j}": ref for j, ref in enumerate(totals)}
                above = Call("SUM", tuple(
                    If(Call("ISNUMBER", (Var(f"t{j}"),)), If(Cmp(">", Var(f"t{j}"), Var(f"t{index}")), num(1), num(0)), num(0))
                    for j in range(count) if j != index
                ))
                rank = If(Call("ISNUMBER", (Var(f"t{index}"),)), add(num(1), above), Text(""))
                sheet.put(row, 4 + index, Cell(expr=rank, env=env, style="total_number"))
        row += 1
    sheet.title_rows = "2:2"
    sheet.freeze = "D3"
    sheet.widths = {"A": 7, "B": 22, "C": 6, **{column(i): 9 for i in range(count)}, get_column_letter(4 + count): 7, get_column_letter(5 + count): 7, get_column_letter(6 + count): 7}
    return sheet, cells


def ranking_sheet(rubric: Rubric) -> Sheet:
    """排名/单位/机构/总分/等级/一票否决 as the reports' 表1, with a chart of the totals. The entities'
    own data are not in this workbook, so these are the scored values."""
    from ..rubric.entities import score_entities

    assert rubric.entities is not None
    entities = rubric.entities
    sheet = Sheet(RANKING_SHEET, protected=True, landscape=False)
    sheet.put(1, 1, Cell(f"{entities.kind}评价得分汇总表", style="title"))
    headers = ["排名", *entities.fields, "总分", "等级", "一票否决"]
    last = get_column_letter(len(headers))
    sheet.merges.append(f"A1:{last}1")
    for column, header in enumerate(headers, start=1):
        sheet.put(2, column, Cell(header, style="header"))
    results = score_entities(rubric)
    for row, result in enumerate(results, start=3):
        values = [result.rank, *(result.entity.fields.get(f, "") for f in entities.fields), _number(result.shown_total), result.grade, result.veto_mark]
        for column, value in enumerate(values, start=1):
            sheet.put(row, column, Cell(value, style="number" if isinstance(value, (int, float)) else "text"))
    end = 2 + len(results)
    total_column = get_column_letter(2 + len(entities.fields))
    sheet.put(end + 2, 1, Cell("注：总分未能由各指标得分重新计算的，取报告公布的总分；“已整改”表示触发一票否决但已整改。", style="subtitle"))
    sheet.merges.append(f"A{end + 2}:{last}{end + 2}")
    category = get_column_letter(2) if entities.fields else "A"
    sheet.charts.append(Chart(f"{entities.kind}总分", f"{get_column_letter(len(headers) + 2)}2", f"{category}3:{category}{end}", [f"{total_column}2:{total_column}{end}"]))
    sheet.widths = {get_column_letter(i): 12 for i in range(1, len(headers) + 1)}
    return sheet


def spread_sheet(rubric: Rubric) -> Sheet:
    """标准分/最高分/最低分/分差 per 一级 and per 二级 indicator, sorted by 分差, with charts."""
    from ..rubric.entities import score_entities, spreads

    results = score_entities(rubric)
    sheet = Sheet(SPREAD_SHEET, protected=True, landscape=False)
    sheet.put(1, 1, Cell("指标分差情况表", style="title"))
    sheet.merges.append("A1:F1")
    row = 3
    for level, title in ((1, "一级指标"), (2, "二级指标")):
        rows = spreads(rubric, results, level)
        if not rows:
            continue
        for column, header in enumerate(("编码", title, "标准分", "最高分", "最低分", "分差"), start=1):
            sheet.put(row, column, Cell(header, style="header"))
        first = row + 1
        for spread in rows:
            row += 1
            values = (spread.code, spread.name, _number(spread.weight) if spread.weight is not None else "/", _number(spread.highest), _number(spread.lowest), _number(spread.gap))
            for column, value in enumerate(values, start=1):
                sheet.put(row, column, Cell(value, style="text" if column <= 2 else "number"))
        sheet.charts.append(Chart(f"{title}分差", f"H{first - 1}", f"B{first}:B{row}", [f"F{first - 1}:F{row}"]))
        row += 3 + max(0, 16 - (row - first))  # room for the chart before the next table
    sheet.put(row, 1, Cell("注：各单位得分未全部公布的指标，取报告所列的最高分、最低分。", style="subtitle"))
    sheet.widths = {"A": 8, "B": 24, "C": 8, "D": 8, "E": 8, "F": 8}
    return sheet


def unmatched_sheet(rows: list[tuple[str, str, str, Any]]) -> Sheet:
    sheet = Sheet(UNMATCHED_SHEET, landscape=True)
    sheet.put(1, 1, Cell("未匹配数据（重新生成时找不到对应指标或数据项的录入值，原样保留在此，请核对后移入）", style="title"))
    sheet.merges.append("A1:D1")
    for column, header in enumerate(("编码", "指标名称", "数据项", "录入值"), start=1):
        sheet.put(2, column, Cell(header, style="header"))
    for row, values in enumerate(rows, start=3):
        for column, value in enumerate(values, start=1):
            sheet.put(row, column, Cell(value, style="text"))
    sheet.widths = {"A": 10, "B": 24, "C": 16, "D": 30}
    return sheet


def meta_sheet(meta: dict[str, Any] | str) -> Sheet:
    """The hidden _pingfen sheet of the record ``meta`` (or of its JSON text, Layout.meta_text)."""
    sheet = Sheet(META_SHEET, hidden=True, protected=True)
    text = meta if isinstance(meta, str) else json.dumps(meta, ensure_ascii=False, separators=(",", ":"))
    for row, start in enumerate(range(0, len(text), 30000), start=1):
        sheet.put(row, 1, Cell(text[start:start + 30000], style="plain"))
    return sheet


def build_layout(
    rubric: Rubric,
    shapes: dict[str, Shape],
    values: dict[tuple[str, str], Value],
    findings: list[Finding] | None,
    unmatched: list[tuple[str, str, str, Any]] | None = None,
    typed_formulas: dict[tuple[str, str], str] | None = None,
) -> Layout:
    """The plan of the workbook. ``findings=None``: the 校验 sheet and the cells the findings mark are
    left for ``place_findings`` (a build checks the rubric with the scores the computed workbook gives)."""
    builder = _Builder(rubric, shapes, values, typed_formulas or {})
    score, data, subtotals, total, grade = builder.build()
    sheets = [
        rubric_sheet(rubric), score, appendix_sheet(rubric, builder.leaves, builder.depth, total, grade), data,
        summary_sheet(rubric, builder.leaves, subtotals, total, grade),
    ]
    if is_self_assessment(rubric):  # 单位自评: the 项目支出绩效自评表 (财预〔2020〕10号附1) over the 评分表
        from ..report.ziping import live_form_sheet

        sheets.append(live_form_sheet(rubric, builder.leaves))
    entity_cells: dict[str, dict[str, CellRef]] = {}
    if rubric.entities:
        scores, entity_cells = entity_sheet(rubric, values)
        sheets += [scores, ranking_sheet(rubric), spread_sheet(rubric)]
    if unmatched:
        sheets.append(unmatched_sheet(unmatched))
    layout = Layout(Book(sheets, active=SCORE_SHEET), rubric, builder.leaves, total, grade, entity_cells, builder.letters)
    layout.input_values = builder.input_values
    for entity, cells in entity_cells.items():
        key = entity_key(entity)
        layout.input_values.update({ref: values[(key, code)] for code, ref in cells.items() if (key, code) in values})
    data.put(1, 1, Cell("数据录入（黄色单元格可填写；每个指标的明细数据按编码归档，重新生成时保留）", style="title"))
    data.merges.append("A1:F1")
    data.widths = {**data.widths, "A": 48, "B": 14, "C": 14, "D": 14, "E": 14, "F": 14, "G": 14, "H": 14}
    # the 校验 sheet holds no formula: the record of the generated formulas does not depend on it
    layout.book.sheets.append(meta_sheet(layout.meta_text()))
    if findings is not None:
        place_findings(layout, findings)
    return layout


def place_findings(layout: Layout, findings: list[Finding]) -> None:
    """The 校验 sheet, after the 汇总, and a mark on the cell each finding is about."""
    rubric, leaves, score, letters = layout.rubric, layout.leaves, layout.book.sheet(SCORE_SHEET), layout.score_columns
    for finding in findings:  # mark the cells each 校验 finding is about
        code = finding.indicator.split(" ")[0] if finding.indicator else ""
        if code in leaves and finding.severity != "info":
            row = row_of(leaves[code].score[1])  # type: ignore[index]
            column = "评分标准" if finding.code == "RULE_MAX" else "得分"
            score.highlights.append(Highlight(f"{letters[column]}{row}", "TRUE", "error" if finding.severity == "error" else "warning"))
    rubric_rows = {indicator.code: RUBRIC_HEADER_ROW + 1 + index for index, indicator in enumerate(rubric.walk())}
    sheets = layout.book.sheets
    sheets.insert([sheet.name for sheet in sheets].index(SUMMARY_SHEET) + 1, check_sheet(rubric, findings, leaves, rubric_rows))
