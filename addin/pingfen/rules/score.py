"""Scoring one rule: bind the inputs, compile the rule's program (once per rule, input shape and
precision) into closures, and run them."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from .. import TYPE_CHECKING

from ..lazy_dataclass import dataclass
from .closures import CompiledProgram
from .evaluate import Cells, Evaluator, Result, Value, XlError
from .excel import FormulaWriter
from .expr import Var
from .inputs import YES, Bound, InputError, Shape, bind
from .model import Program, Rule

if TYPE_CHECKING:
    from typing import Any, Mapping


@dataclass(frozen=True)
class Score:
    """A rule's score with its 得分计算过程, and the inputs still missing."""

    value: Decimal | None  # None while required data is missing
    explanation: str
    missing: tuple[str, ...] = ()


class Compiled:
    """A rule's program with its score, explanation and helper cells compiled into closures."""

    def __init__(self, program: Program) -> None:
        self.program = program
        closures = CompiledProgram(program.defs)
        self._score = closures.compile(program.score)
        self._explanation = closures.compile(program.explanation)
        self._columns = tuple(
            (column.name, tuple((column.cell(r), closures.compile(Var(column.cell(r)))) for r in range(1, column.rows + 1)))
            for column in program.columns
        )
        self._names: tuple[str, ...] | None = None  # what the score reads (straight.referenced_names)
        self._straight: dict[tuple[type, ...], Any] = {}  # input classes → the score's code, or how often met

    def run(self, values: Mapping[str, Any], *, explain: bool = True) -> Score:
        """``explain=False``: the score alone (a worksheet function shows no 得分计算过程)."""
        program = self.program
        if explain:
            evaluate = Evaluator(self.with_columns(values), program.defs)
            value = evaluate.run(self._score)
            text = evaluate.run(self._explanation)
            if isinstance(value, XlError):
                raise _error(value, text)
        else:
            value, text = self.score_value(values), ""
            if isinstance(value, XlError):
                raise self._failed(values, value)
        missing = tuple(name for name in program.needs if _blank(values.get(name)))
        if value is None or _blank(value):
            return Score(None, str(text), missing)
        return Score(Decimal(value), str(text), missing)

    def score(self, values: Mapping[str, Any]) -> Decimal | None:
        """``run(values, explain=False).value``, without making the Score (a worksheet function's call)."""
        value = self.score_value(values)
        if value is None or _blank(value):
            return None
        if isinstance(value, XlError):
            raise self._failed(values, value)
        return value if value.__class__ is Decimal else Decimal(value)  # type: ignore[return-value]

    def _failed(self, values: Mapping[str, Any], value: XlError) -> InputError:
        """The error of a score that came out an error value, with the 得分计算过程 to show where."""
        return _error(value, Evaluator(self.with_columns(values), self.program.defs).run(self._explanation))

    def score_value(self, values: Mapping[str, Any]) -> Value:
        """The score as a cell holds it (an error as its value), without the 得分计算过程: once a set of
        input classes has been met ``_STRAIGHT_AFTER`` times, by the straight-line code written for it
        (rules/straight.py), else by the closures."""
        if self._columns:
            return Evaluator(self.with_columns(values), self.program.defs).run(self._score)
        names = self._names
        if names is None:
            from .straight import referenced_names  # not on the start-up path of pingfen rule

            names = self._names = referenced_names(self.program.score, self.program.defs)
        key = tuple([values.get(name, _ABSENT).__class__ for name in names])
        code = self._straight.get(key, 0)
        if code.__class__ is int:
            if code < _STRAIGHT_AFTER:
                self._straight[key] = code + 1
                return Evaluator(values, self.program.defs).run(self._score)
            from .straight import straight_score

            classes = {name: cls for name, cls in zip(names, key) if cls is not _Absent}
            code = self._straight[key] = straight_score(self.program.score, self.program.defs, classes)
        if code is None:  # the program uses what the code is not written for
            return Evaluator(values, self.program.defs).run(self._score)
        return code(values)  # type: ignore[no-any-return]

    def with_columns(self, values: Mapping[str, Any]) -> Mapping[str, Result]:
        """``values`` with every helper cell computed, row after row, and each column as the range of
        its cells — what a worksheet's SUM over the column reads."""
        if not self._columns:
            return values
        evaluate = Evaluator(values, self.program.defs)
        computed: dict[str, Result] = dict(values)
        for column, cells in self._columns:
            values_of_cells = [evaluate.run(closure) for _, closure in cells]
            computed.update(zip((cell for cell, _ in cells), values_of_cells))
            computed[column] = Cells(values_of_cells)
        return computed


def _error(value: XlError, text: Value) -> InputError:
    return InputError(f"计算出错（{value}），请检查数据：{text}")


class _Absent:
    """The class of what ``Compiled.score_value`` finds for a name the values do not have."""

    __slots__ = ()


_ABSENT = _Absent()
_STRAIGHT_AFTER = 16  # writing and compiling the code costs some thirty runs of the closures (0.4 ms): for repeated scores only


def _blank(value: object) -> bool:
    """``value in (None, "")``, without comparing a Decimal with a text (slow)."""
    return value is None or (isinstance(value, str) and not value)


def evaluate_rule(
    rule: Rule,
    data: Mapping[str, Any],
    full: Decimal | int | str,
    *,
    precision: int = 2,
    manual: object = None,
    reason: str | None = None,
    explain: bool = True,
) -> Score:
    return score_bound(rule, bind(data, Decimal(str(full)), manual, reason), precision=precision, explain=explain)


def score_bound(rule: Rule, bound: Bound, *, precision: int = 2, explain: bool = True) -> Score:
    """``evaluate_rule`` of inputs already bound (a rubric's leaf binds its data once)."""
    return program_for(rule, bound, precision).run(bound.values, explain=explain)


def program_for(rule: Rule, bound: Bound, precision: int = 2) -> Compiled:
    """The program that scores ``bound``: the one compiled for its shape."""
    try:
        return compiled_by_identity(rule, bound.shape, precision)
    except InputError:
        if replace(bound.shape, has_zeroed=False) != _NO_INPUTS or bound.values.get("zeroed") != YES:
            raise
        # only 否决情形 answered 是 (zeroed): 0, the rule's own inputs not needed (nor entered)
        return compiled(rule, replace(rule.scorer.default_shape(rule.label), has_zeroed=bound.shape.has_zeroed), precision)


_NO_INPUTS = Shape()


_BY_IDENTITY: dict[tuple[int, int, int], tuple[Rule, Shape, Compiled]] = {}


def compiled_by_identity(rule: Rule, shape: Shape, precision: int) -> Compiled:
    """``compiled``, found first by the objects' identities: rules come from ``parse_rule``'s cache
    and shapes from ``bind``'s, so a repeated call finds its program without hashing the whole rule.
    The entry keeps the rule and the shape alive, so their ids cannot be reused while it is there."""
    key = (id(rule), id(shape), precision)
    entry = _BY_IDENTITY.get(key)
    if entry is not None and entry[0] is rule and entry[1] is shape:
        return entry[2]
    program = compiled(rule, shape, precision)
    if len(_BY_IDENTITY) >= 4096:
        _BY_IDENTITY.clear()
    _BY_IDENTITY[key] = (rule, shape, program)
    return program


@lru_cache(maxsize=4096)
def compiled(rule: Rule, shape: Shape, precision: int = 2) -> Compiled:
    """``rule.compile`` and its closures, once per rule, input shape and precision: a UDF recalculated
    over a column, or a rubric's leaves with the same 评分标准, share one program (programs are never
    changed)."""
    return Compiled(rule.compile(shape, precision))


# the data that answer how an indicator did, and the names they are read under (met → met_1, met_2 …; items → item_1 …)
_ANSWERS = {"met": "met", "failures": "failures", "zeroed": "zeroed", "grade": "grade", "items": "item"}


def unread_answers(rule: Rule, data: Mapping[str, Any], bound: Bound) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The answers in ``data`` the rule's program does not read, and the kinds of input it does read:
    未设立…此项不得分 reads whether the situation occurred (zeroed), and a met: [false] beside it would leave
    the 分值 untouched. A rule whose score the evaluator enters reads none: the data are its evidence."""
    if rule.reads_manual:
        return (), ()
    inputs = program_for(rule, bound).program.inputs
    # zeroed is absent from the program while it is not given; the rule still reads it
    names = [name for name in inputs if name not in ("full", "manual", "reason")] + (["zeroed"] if rule.zeroing else [])
    unread = tuple(key for key, read_as in _ANSWERS.items() if key in data and not any(
        name == read_as or name.startswith(read_as + "_") for name in names))
    return unread, tuple(dict.fromkeys(name.split("_")[0] for name in names))


def excel_formulas(rule: Rule, shape: Shape, cells: Mapping[str, str], precision: int = 2) -> tuple[str, str]:
    """The score and explanation formulas for a worksheet whose input cells are ``cells``."""
    program = compiled(rule, shape, precision).program
    writer = FormulaWriter(cells, program.defs)
    return writer.formula(program.score), writer.formula(program.explanation)
