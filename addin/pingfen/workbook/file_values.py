"""The formulas that are in a workbook file, computed as Excel computes them: each cell's own formula
(a generated one, an accountant's override, ``=286.54/288`` typed into an input cell, references
across sheets) is parsed once per formula shape and evaluated over the file's cells, each cell once.
What cannot be computed is listed cell by cell in ``problems`` instead of being taken as empty."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from decimal import Decimal

from ..rules.evaluate import Cells, Evaluator, Value, XlError
from .formula_text import FormulaError, parse_bound
from .plan import CellRef, get_column_letter
from .sheet_xml import Position, RawCell

_LARGE_AREA = 20000  # cells: a bigger range is read from the cells that exist


@dataclass
class Problem:
    cell: CellRef
    message: str


@dataclass
class FileValues:
    cells: dict[str, dict[Position, RawCell]]
    problems: list[Problem] = field(default_factory=list)
    _memo: dict[tuple[str, Position], Value] = field(default_factory=dict)
    _pending: set[tuple[str, Position]] = field(default_factory=set)

    def cell(self, sheet: str, row: int, col: int) -> Value:
        cells = self.cells.get(sheet)
        if cells is None:
            return XlError("#REF!")
        raw = cells.get((row, col))
        if raw is None:
            return None
        if raw.formula is None:
            return raw.value
        return self._formula(sheet, (row, col), raw)

    def area(self, sheet: str, first: tuple[int, int], last: tuple[int, int]) -> Cells:
        cells = self.cells.get(sheet)
        if cells is None:
            return Cells((XlError("#REF!"),))
        (top, left), (bottom, right) = first, last
        if (bottom - top + 1) * (right - left + 1) > _LARGE_AREA:
            positions = sorted(p for p in cells if top <= p[0] <= bottom and left <= p[1] <= right)
        else:
            positions = [(r, c) for r in range(top, bottom + 1) for c in range(left, right + 1)]
        return Cells(self.cell(sheet, r, c) for r, c in positions)

    def _formula(self, sheet: str, position: Position, raw: RawCell) -> Value:
        key = (sheet, position)
        if key in self._memo:
            return self._memo[key]
        ref = (sheet, f"{get_column_letter(position[1])}{position[0]}")
        if key in self._pending:
            self.problems.append(Problem(ref, "循环引用：公式直接或间接引用了自身"))
            return XlError("#VALUE!")  # as LibreOffice saves its Err:522
        self._pending.add(key)
        try:
            expr, bound = parse_bound(raw.formula or "", raw.origin or position, position)
        except FormulaError as error:
            self.problems.append(Problem(ref, f"公式无法识别（{error}）：={raw.formula}"))
            value: Value = XlError("#NAME?")
        else:
            evaluator = Evaluator({}, source=self, home=(sheet, *position), bound=bound)
            value = evaluator(expr)
            if value is None:
                value = Decimal(0)  # =H6 of an empty H6: a formula's result is never empty in Excel, it shows 0
            for name in sorted(evaluator.unknown):
                self.problems.append(Problem(ref, f"函数 {name} 无法由 pingfen 计算（结果记为 #NAME?）：={raw.formula}"))
        self._pending.discard(key)
        self._memo[key] = value
        return value

    def all(self) -> dict[CellRef, Value]:
        """Every formula cell of the workbook by (sheet, address)."""
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(limit, 20000))  # a long chain of cells referring to each other
        try:
            values = {}
            for sheet, cells in self.cells.items():
                for position, raw in cells.items():
                    if raw.formula is not None:
                        address = f"{get_column_letter(position[1])}{position[0]}"
                        values[(sheet, address)] = self._formula(sheet, position, raw)
            return values
        finally:
            sys.setrecursionlimit(limit)
