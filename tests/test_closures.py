"""The compiled closures (rules/closures.py) give what the tree interpreter gives — value, error or
exception — on every program the wordings corpus and the rubrics produce: the score, the 得分计算过程
and every helper cell, on each case's own data and on the data moved around it (zero, blank, below,
above, text), so both branches of each comparison are taken. And the worksheet functions that rule
programs never use still compile and agree on formulas typed by hand."""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterator

import pytest
from corpus_judge import load
from corpus_sample import WHOLE, sampled

from pingfen.rubric import load_rubric
from pingfen.rubric.model import rule_data
from pingfen.rules import Compiled, InputError, RuleError, bind, parse_rule
from pingfen.rules.closures import CompiledProgram
from pingfen.rules.evaluate import Cells, Evaluator, Result, Value, XlError
from pingfen.rules.expr import Area, Ref, Var
from pingfen.rules.model import Program
from pingfen.rules.straight import straight_score
from pingfen.workbook.formula_text import parse_formula

ROOT = Path(__file__).resolve().parents[1]
RUBRICS = sorted((ROOT / "rubrics").glob("*.yaml")) + sorted((ROOT / "tests" / "data").glob("new_readings_rubric*.yaml"))


def _outcome(compute: Any) -> tuple[str, object]:
    try:
        return "value", compute()
    except Exception as error:  # noqa: BLE001 - the two interpreters must fail alike too
        return "raised", type(error).__name__


def _tree_inputs(program: Program, values: dict[str, Value]) -> dict[str, Result]:
    """The helper columns as the tree interpreter computes them (what Program.with_columns was)."""
    evaluate = Evaluator(values, program.defs)
    computed: dict[str, Result] = dict(values)
    for column in program.columns:
        cells = [evaluate(Var(column.cell(r))) for r in range(1, column.rows + 1)]
        computed.update({column.cell(r): value for r, value in enumerate(cells, start=1)})
        computed[column.name] = Cells(cells)
    return computed


def _disagreements(program: Program, values: dict[str, Value], compiled: Compiled, closures: CompiledProgram) -> list[str]:
    tree_inputs = _outcome(lambda: _tree_inputs(program, values))
    closure_inputs = _outcome(lambda: compiled.with_columns(values))
    if tree_inputs != closure_inputs:
        return [f"helper cells: {tree_inputs} ≠ {closure_inputs}"]
    if tree_inputs[0] == "raised":
        return []
    inputs = tree_inputs[1]
    tree, closure = Evaluator(inputs, program.defs), Evaluator(inputs, program.defs)  # type: ignore[arg-type]
    found = []
    for name, expr in (("score", program.score), ("explanation", program.explanation)):
        expected, got = _outcome(lambda: tree(expr)), _outcome(lambda: closure.run(closures.compile(expr)))
        if expected != got or type(expected[1]) is not type(got[1]):
            found.append(f"{name}: {expected} ≠ {got}")
    return found


def _moved(values: dict[str, Value]) -> Iterator[dict[str, Value]]:
    """The case's own data, then each number in turn zero, blank, empty text, halved, above, below,
    a hair either side (where ROUND(…,6) of a computed comparison decides), a text that is not a
    number and one that is a logical; 是/否 flipped."""
    yield values
    moved = [key for key in values if key not in ("full", "manual", "reason")]
    for key in moved[:: max(1, len(moved) // 12)]:  # a dozen of an items table's cells are enough
        value = values[key]
        if isinstance(value, Decimal):
            for other in (Decimal(0), None, "", value / 2, value * Decimal("1.07"), value - Decimal("0.01"),
                          value - Decimal("1E-9"), value + Decimal("1E-9"), "无", "TRUE"):
                yield {**values, key: other}
        elif value in ("是", "否"):
            yield {**values, key: "否" if value == "是" else "是"}
    yield {**values, "full": Decimal(0)}


def _corpus_programs() -> Iterator[tuple[str, Program, dict[str, Value]]]:
    for row in sampled(load("wordings.yaml")):  # (CI: a sixth; corpus_consistency.py: all)
        try:
            rule = parse_rule(row["text"])
        except RuleError:
            continue
        for number, case in enumerate(row.get("cases") or []):
            manual = Decimal(3) if isinstance(case["score"], str) else None
            try:
                bound = bind(dict(case.get("data") or {}), Decimal(str(row["full"])), manual)
                program = rule.compile(bound.shape, 2)
            except InputError:
                continue
            yield f"{row['text'][:30]} #{number}", program, bound.values


def _rubric_programs() -> Iterator[tuple[str, Program, dict[str, Value]]]:
    for path in RUBRICS:
        rubric = load_rubric(path)
        for leaf in rubric.leaves():
            if leaf.rule is None:
                continue
            try:
                bound = bind(rule_data(leaf.data), Decimal(str(leaf.weight)), leaf.score, leaf.reason or None)
                program = leaf.rule.compile(bound.shape, rubric.precision)
            except InputError:
                continue
            yield f"{path.name} {leaf.code}", program, bound.values


def test_closures_agree_with_the_tree_on_every_corpus_program() -> None:
    programs = list(_corpus_programs())
    assert len(programs) > 400  # every scored case of the corpus (or of its CI sample) that binds
    assert not _all_disagreements(programs)


def _all_disagreements(programs: list[tuple[str, Program, dict[str, Value]]]) -> str:
    found = []
    for name, program, values in programs:
        compiled, closures = Compiled(program), CompiledProgram(program.defs)
        found += [f"{name}: {problem}" for moved in _moved(values) for problem in _disagreements(program, moved, compiled, closures)]
    return "\n".join(found[:20])


def test_closures_agree_with_the_tree_on_every_rubric_program() -> None:
    programs = list(_rubric_programs())
    assert len(programs) > 100
    assert any(program.columns for _, program, _ in programs)  # 逐项扣分 with helper columns among them
    assert not _all_disagreements(programs)


# Formulas by hand over a=$A$1 (10), b=$A$2 (2.5), t=$A$3 ("abc"), e=$A$4 (#N/A), r=$A$5:$A$9 (1, "x",
# blank, TRUE, 4): every function family, reference and direct arguments, errors caught and passed on,
# lazy IF. Each runs as read from a file (cells) and with the references as a rule's input variables.
CELLS: dict[tuple[int, int], Value] = {
    (1, 1): Decimal(10), (2, 1): Decimal("2.5"), (3, 1): "abc", (4, 1): XlError("#N/A"),
    (5, 1): Decimal(1), (6, 1): "x", (7, 1): None, (8, 1): True, (9, 1): Decimal(4),
}
NAMES = {(1, 1): "a", (2, 1): "b", (3, 1): "t", (4, 1): "e"}


class _Sheet:
    def cell(self, sheet: str, row: int, col: int) -> Value:
        return CELLS.get((row, col))

    def area(self, sheet: str, first: tuple[int, int], last: tuple[int, int]) -> Cells:
        return Cells(CELLS.get((row, col)) for row in range(first[0], last[0] + 1) for col in range(first[1], last[1] + 1))


@pytest.mark.parametrize("formula", [
    "IF(a>b,a,b)", "IF(a<b,1)", "IF(t,1,2)", "IF(a)", "AND(a,b,t)", "AND(a,\"x\")", "OR(\"true\",0)", "AND(t&\"\")", "OR(0,r)", "AND()", "NOT(a-5)",
    "SUM(a,t,r)", "SUM(a,\"3\")", "MIN(r)", "MAX(a,e)", "AVERAGE(r)", "COUNT(a,t,r,\"1\")", "COUNTA(a,t,r)",
    "ROUND(a/3,2)", "TRUNC(-a/3,1)", "INT(-a/3)", "CEILING(a,4)", "FLOOR(a,-2)", "MOD(a,0)",
    "POWER(0,-1)", "SQRT(-a)", "YEAR(45000)", "DATE(2024,14,1)", "ABS(-a)", "SIGN(-a)", "ROUND(a)",
    "IFERROR(a/0,\"除零\")", "IFNA(e,1)", "IFNA(NA(),2)", "ISNUMBER(t)", "ISERROR(e)", "ISNA(a/0)", "ISBLANK(r)",
    "ISTEXT(r)", "FIND(\"b\",t)", "MID(t,2,2)", "LEFT(t)", "RIGHT(t,5)", "LEN(a&t)", "N(t)", "VALUE(\"1e3\")",
    "t&a&TRUE", "-a%", "a^0.5", "(a>=10)=TRUE", "\"A\"<\"b\"", "a=t", "UNKNOWNFN(a)", "a+e", "#DIV/0!", "r", "r+1",
    "ROUND(a*1E+30,6)",
])
def test_closures_agree_with_the_tree_on_worksheet_functions(formula: str) -> None:
    text = re.sub(r"\b([abte])\b(?![(\"])", lambda m: {"a": "$A$1", "b": "$A$2", "t": "$A$3", "e": "$A$4"}[m.group(1)], formula)
    text = re.sub(r"\br\b(?![(\"])", "$A$5:$A$9", text)
    in_file = parse_formula(text, (1, 3))
    as_inputs = _as_variables(in_file)
    inputs = {**{name: CELLS[place] for place, name in NAMES.items()}, "r": Cells(CELLS[(row, 1)] for row in range(5, 10))}
    for expr, frame in ((in_file, lambda: Evaluator({}, source=_Sheet(), home=("S", 1, 3))),
                        (as_inputs, lambda: Evaluator(inputs))):
        plain, compiled = frame(), frame()
        expected = _outcome(lambda: plain(expr))
        got = _outcome(lambda: compiled.run(CompiledProgram({}).compile(expr)))
        assert expected == got and type(expected[1]) is type(got[1]), expr
        assert plain.unknown == compiled.unknown


def _as_variables(expr: Any) -> Any:
    """The tree with the references to a, b, t, e and r as input variables."""
    if isinstance(expr, Ref) and (expr.row, expr.col) in NAMES:
        return Var(NAMES[(expr.row, expr.col)])
    if isinstance(expr, Area):
        return Var("r")
    if isinstance(expr, tuple):
        return tuple(_as_variables(item) for item in expr)
    if is_dataclass(expr):
        return replace(expr, **{f.name: _as_variables(getattr(expr, f.name)) for f in fields(expr)})
    return expr


# -- the straight-line code of a score (rules/straight.py) against the closures


def _straight_disagreements(programs: list[tuple[str, Program, dict[str, Value]]], more: Any = None) -> tuple[list[str], int]:
    """The programs whose straight-line code gives another outcome than the closures on a case's
    values moved around (and on ``more(values)``); and how many values the code was written for."""
    found, written = [], 0
    codes: dict[tuple[Any, ...], Any] = {}
    for name, program, values in programs:
        if program.columns:
            continue
        closure = CompiledProgram(program.defs).compile(program.score)
        for moved in [*_moved(values), *(more(values) if more else ())]:
            classes = tuple((key, type(value)) for key, value in moved.items())
            key = (program.score, tuple(program.defs.items()), classes)  # written once per program and input classes, as Compiled does
            if key not in codes:
                codes[key] = straight_score(program.score, program.defs, dict(classes))
            code = codes[key]
            if code is None:
                continue
            written += 1
            expected, got = _outcome(lambda: Evaluator(moved, program.defs).run(closure)), _outcome(lambda: code(moved))
            if expected != got or type(expected[1]) is not type(got[1]) or str(expected[1]) != str(got[1]):
                found.append(f"{name}: {moved} {expected} ≠ {got}")
    return found, written


def _extremes(values: dict[str, Value]) -> Iterator[dict[str, Value]]:
    """Each number in turn negative, huge, tiny, a logical, a number as text, absent; and every input absent."""
    for key, value in values.items():
        if isinstance(value, Decimal) and key not in ("manual",):
            for other in (-value, value * Decimal("1E+300"), Decimal("1E+307") * 9, Decimal("1E-300"), True, False, "12.5", " 3 "):
                yield {**values, key: other}
            yield {name: item for name, item in values.items() if name != key}
    yield {}


def test_straight_code_agrees_with_the_closures_on_every_corpus_program() -> None:
    found, written = _straight_disagreements(list(_corpus_programs()), _extremes)
    assert written > (20000 if WHOLE else 5000)  # most programs are written (those with text functions, ranges or IFERROR are not)
    assert not found, "\n".join(found[:20])


def test_straight_code_agrees_with_the_closures_on_every_rubric_program() -> None:
    found, written = _straight_disagreements(list(_rubric_programs()), _extremes)
    assert written > 1000
    assert not found, "\n".join(found[:20])


@pytest.mark.parametrize("formula", [
    "IF(a>b,a,b)", "IF(a<b,1)", "IF(t,1,2)", "AND(a,b,t)", "AND(a,\"x\")", "OR(\"true\",0)", "OR(0,f)", "AND()", "NOT(a-5)",
    "SUM(a,t,g)", "SUM(a,\"3\")", "MIN(g)", "MAX(a,b,f)", "AVERAGE(t)", "ROUND(a/3,2)", "TRUNC(-a/3,1)", "INT(-a/3)",
    "CEILING(a,4)", "FLOOR(a,-2)", "MOD(a,0)", "POWER(0,-1)", "SQRT(-a)", "YEAR(45000)", "DATE(2024,14,1)", "ABS(-a)",
    "SIGN(-a)", "-a%", "a^0.5", "(a>=10)=TRUE", "\"A\"<\"b\"", "a=t", "ROUND(a*1E+30,6)", "ROUND(a*1E+300*1E+300,2)",
    "MAX(0,a)/0", "IF(g,a/0,1)", "IF(f,1,a/0)", "ROUND(ROUND(a/b,6)+t,2)", "ROUND(x,2)", "z+1", "ROUND(a,b)",
])
def test_straight_code_agrees_with_the_closures_on_formulas(formula: str) -> None:
    """Inputs of every class (a number, a text, a logical, a blank) and a name no input nor intermediate
    holds (x: a KeyError in both); z an intermediate dividing by zero."""
    expr, z = (_named(parse_formula(re.sub(r"\b([abtfgxz])\b(?![(\"])", lambda m: f"$A${'abtfgxz'.index(m.group(1)) + 1}", text), (1, 3)))
               for text in (formula, "a/0"))
    defs = {"z": z}
    inputs = {"a": Decimal(10), "b": Decimal("2.5"), "t": "abc", "f": True, "g": None}
    code = straight_score(expr, defs, {name: type(value) for name, value in inputs.items()})
    if code is None:
        pytest.skip("not written: the closures run it")
    closure = CompiledProgram(defs).compile(expr)
    expected, got = _outcome(lambda: Evaluator(inputs, defs).run(closure)), _outcome(lambda: code(inputs))
    assert expected == got and type(expected[1]) is type(got[1]), (formula, code.source)


def _named(expr: Any) -> Any:
    """The tree with $A$1 … $A$7 as the variables a, b, t, f, g, x, z."""
    if isinstance(expr, Ref):
        return Var("abtfgxz"[expr.row - 1])
    if isinstance(expr, tuple):
        return tuple(_named(item) for item in expr)
    if is_dataclass(expr):
        return replace(expr, **{f.name: _named(getattr(expr, f.name)) for f in fields(expr)})
    return expr
