"""校验 of a live workbook: the checks of ``pingfen check`` run on what the evaluator typed into the
评分表 and 数据 sheets (entered scores, reasons, data) and on the 公布得分 column of 指标体系, plus the
comparison of Excel's own results with the rule engine's."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Mapping

from ..grading import grade_for
from ..rules import InputError
from ..rules.evaluate import Value, XlError
from ..rules.score import compiled
from ..rubric.checks import ERROR, WARNING, Finding, run_checks
from ..rubric.model import Indicator
from ..rubric.scoring import NodeScore, ScoreSheet
from ..workbook.layout import Layout
from ..workbook.plan import CellRef
from ..workbook.read import SavedBook

_EPOCH = dt.datetime(1899, 12, 30)


def _number(value: Value) -> Decimal | None:
    return value if isinstance(value, Decimal) else None


def workbook_findings(saved: SavedBook, layout: Layout, values: Mapping[CellRef, Value]) -> list[Finding]:
    """``run_checks`` on the workbook: each leaf's entered score, reason and rule result come from
    its input cells, its score from the computed plan (``values``, as ``BookValues`` gives them)."""
    rubric = saved.rubric
    sheet = ScoreSheet(rubric)
    for leaf in rubric.leaves():
        cells = layout.leaves[leaf.code]
        inputs = {name: saved.values.get((leaf.code, name)) for name in cells.inputs}
        entered = _number(inputs.get("entered")) if inputs.get("entered") is not None else None
        manual = _number(inputs.get("manual")) if inputs.get("manual") is not None else None
        reason = inputs.get("reason")
        leaf.score = entered if entered is not None else manual
        leaf.reason = "" if reason in (None, "") else str(reason)
        sheet.nodes[leaf.code] = _leaf_node(leaf, cells.shape, inputs, values, layout, rubric.precision)
    _sum_parents(sheet)
    return run_checks(rubric, sheet)


def _leaf_node(leaf: Indicator, shape: Any, inputs: dict[str, Value], values: Mapping[CellRef, Value], layout: Layout, precision: int) -> NodeScore:
    cells = layout.leaves[leaf.code]
    value = _number(values.get(cells.score)) if cells.score else None  # type: ignore[arg-type]
    explanation = values.get(cells.explanation) if cells.explanation else ""  # type: ignore[arg-type]
    explanation = explanation if isinstance(explanation, str) else ""
    rule = leaf.rule
    assert rule is not None
    if rule.reads_manual:
        if value is None:
            return NodeScore(leaf, None, source="missing", explanation="待录入得分", problem="酌情评分须录入得分及理由")
        return NodeScore(leaf, value, value, "manual", explanation)
    computed, problem = None, ""
    try:
        program = compiled(rule, shape, precision)
        env = {name: inputs.get(name) for name in inputs if name not in ("entered", "reason")}
        env["full"] = leaf.weight
        result = program.run(env)
        computed = result.value
        if computed is None:
            problem = "缺少数据：" + "、".join(result.missing) if result.missing else "缺少数据"
    except InputError as error:
        problem = str(error)
    if leaf.score is not None:
        return NodeScore(leaf, leaf.score, computed, "entered", explanation, problem)
    if computed is None:
        return NodeScore(leaf, None, None, "missing", explanation or "待录入数据", problem)
    return NodeScore(leaf, value if value is not None else computed, computed, "rule", explanation)


def _sum_parents(sheet: ScoreSheet) -> None:
    def visit(indicator: Indicator) -> Decimal | None:
        if indicator.is_leaf:
            return sheet.nodes[indicator.code].value
        parts = [visit(child) for child in indicator.children]
        value = None if any(part is None for part in parts) else sum(parts, Decimal(0))  # type: ignore[arg-type]
        sheet.nodes[indicator.code] = NodeScore(indicator, value, value, "sum", "")
        return value

    tops = [visit(indicator) for indicator in sheet.rubric.indicators]
    if all(top is not None for top in tops):
        sheet.total = sum(tops, Decimal(0))  # type: ignore[arg-type]
        sheet.grade = grade_for(sheet.total, sheet.rubric.grades)


def excel_value(raw: Any) -> Any:
    """A value read from Excel through xlwings, comparable with the rule engine's."""
    if isinstance(raw, dt.datetime):
        return (raw - _EPOCH).total_seconds() / 86400
    if isinstance(raw, dt.date):
        return (dt.datetime(raw.year, raw.month, raw.day) - _EPOCH).days
    return raw


def differences(values: Mapping[CellRef, Value], excel: Mapping[CellRef, Any]) -> list[tuple[CellRef, Any, Any]]:
    """Formula cells where Excel's result differs from the rule engine's (numbers within 1e-9)."""
    found = []
    for ref, value in values.items():
        mine: Any = float(value) if isinstance(value, Decimal) else (value.code if isinstance(value, XlError) else value)
        theirs = excel_value(excel.get(ref))
        if mine in (None, "") and theirs in (None, ""):
            continue
        if isinstance(mine, float) and isinstance(theirs, (int, float)) and not isinstance(theirs, bool) and abs(mine - theirs) <= 1e-9:
            continue
        if mine != theirs:
            found.append((ref, mine, theirs))
    return found


def difference_findings(found: list[tuple[CellRef, Any, Any]], limit: int = 20) -> list[Finding]:
    findings = [
        Finding(
            "EXCEL_DIFF", ERROR, "", f"{sheet}!{address}：Excel 计算为“{theirs}”，pingfen 规则引擎为“{mine}”",
            "检查该单元格公式是否被改动；若未改动，请把工作簿发给维护人员核查", {"cell": f"{sheet}!{address}"},
        )
        for (sheet, address), mine, theirs in found[:limit]
    ]
    if len(found) > limit:
        findings.append(Finding("EXCEL_DIFF", ERROR, "", f"另有 {len(found) - limit} 处 Excel 与规则引擎结果不一致", "同上", {}))
    return findings


def stale_finding(stale: list[CellRef] | None) -> Finding:
    """``stale``: the formula cells that differ, or None when the edited 评分标准 no longer fit
    the workbook's input cells at all."""
    if stale:
        sheet, address = stale[0]
        what = f"共 {len(stale)} 个公式与“指标体系”不一致（如 {sheet}!{address}）：指标体系修改后尚未重新生成，或公式被手工改动"
    else:
        what = "“指标体系”中的评分标准已修改，与评分表的数据单元格不再对应（以下按重新生成后的评分表校验）"
    return Finding(
        "FORMULA_STALE", WARNING, "", what,
        "点击“重新生成”按指标体系重建评分表（已录入的数据会保留）", {"count": str(len(stale or []))},
    )
