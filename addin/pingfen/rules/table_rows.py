"""Rows of 自评表 and 评分表 whose cells were flattened into one text when the table was copied.

Three layouts are read, the first two from the regulations' own tables (财预〔2020〕10号 附1):

- a header row of the budget-execution block: 全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 → 执行率 × 分值
  (the rate computed from the amounts entered, or from the parts the header names);
- an indicator row: 名称 | 分值 | ≥4754人 | 4604人 | 5, or 名称 | ≤ | 30 | 万元 | 完成 | 90 | 90 → the 年度指标值 scored
  by the 单位自评 default. The other cells (完成值, 分值, 得分) are the row's data, not its rule;
- a 评分标准 column beside its 分值 column: 描述 | 2 | 描述 | 1.5 | … → the evaluator picks the situation.

Anything else in a cell (a scoring word, a sentence) means the text is not such a row, and the clause
grammar reads it as prose.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..quantities import QuantityError, parse_quantity, states_comparison
from ..text.normalize import normalize, rejoin_lines
from ..text.lexicon import tokenize
from .clauses import SCORING_KINDS, clauses
from .errors import Unplaced
from .target_default import target_from
from .formula_row import formula_row
from .inputs import grade_text
from .model import GradeMap, Scorer
from .piecewise import Piecewise, Scaled
from ..text.lazy_regex import lazy_compile

_OPERATOR = lazy_compile(r"^(?:[≥≤<>=]|>=|<=)$")
_POINTS_TIMES_RATE = lazy_compile(r"^得分\((\d+(?:\.\d+)?)分×[\u4e00-\u9fff]*执行率\)$")  # 得分(10分×执行率)
_HEADER_WORDS = lazy_compile(r"^(?:\((?:万元|元)\)|[\u4e00-\u9fff]+(?:\([A-Z](?:/[A-Z])?\)|\(万元\)|\(元\)|\(%\))?)$")
_DATA_WORDS = frozenset({"", "完成", "已完成", "未完成", "达标", "是", "否", "及时", "按时", "合格", "年度资金总额:", "其中:本年财政拨款", "其他资金"})


def read_table_row(raw: str) -> tuple[Scorer, str | None] | None:
    """The row's rule and, for a header row, the name of its rate column (or the row's name)."""
    formula = formula_row(raw)
    if formula is not None:  # 村经济总收入年增长 % 15 以上 60 4×实达标数: 4 × the value reached, at most the 分值 60
        return formula
    cells = _cells(raw)
    if cells is None:
        return None
    header = _header_row(cells)
    if header is not None:
        return header
    options = _options_column(cells)
    if options is not None:
        return options, None
    target = _indicator_row(cells)
    return None if target is None else (target, None)


def _options_column(cells: list[str]) -> Scorer | None:
    """有可依照的…规程，申报取得无公害认证 | 2 | 有可依照的…没有取得无公害认证 | 1.5 | …: a description of each
    situation beside its points (a 评分表's 评分标准 and 分值 columns); the evaluator picks the situation."""
    cells = [cell for cell in cells if cell]
    if len(cells) < 4 or len(cells) % 2:
        return None
    descriptions, points = cells[0::2], cells[1::2]
    if not all(re.fullmatch(r"\d+(?:\.\d+)?", p) for p in points):
        return None
    if any(re.search(r"\d", d) or _scores(d) or len(d) < 4 for d in descriptions):
        return None  # numbers or scoring words in a description: a band list, read as prose
    if len(set(descriptions)) != len(descriptions):
        return None
    return GradeMap(tuple((grade_text(d), Decimal(p)) for d, p in zip(descriptions, points)))


def _cells(raw: str) -> list[str] | None:
    if raw.count("|") >= 2:
        parts = raw.split("|")
    else:
        parts = raw.split()
        if len(parts) < 5:
            return None
    return [rejoin_lines(normalize(part)).strip() for part in parts]


def _header_row(cells: list[str]) -> tuple[Scorer, str] | None:
    """全年预算数(A)|全年执行数(B)|分值|执行率(B/A)|得分, possibly followed by the block's amounts."""
    header: list[str] = []
    cells = [cell for cell in cells if cell]
    for cell in cells:
        if not (_HEADER_WORDS.match(cell) or _POINTS_TIMES_RATE.match(cell)):
            break
        header.append(cell)
    data = cells[len(header):]  # the block's amounts (年度资金总额: 0 0 0 10 …), each after its label
    if data and not data[0].endswith(":"):
        return None
    for cell in data:
        if not (cell.endswith(":") or cell in _DATA_WORDS or _number(cell)):
            return None
    names = " ".join(header)
    if not (re.search(r"预算数", names) and re.search(r"执行数", names) and re.search(r"执行率", names)):
        return None
    points = next((Decimal(m.group(1)) for cell in header if (m := _POINTS_TIMES_RATE.match(cell))), None)
    rate = next((re.sub(r"\(.*\)$", "", cell) for cell in header if "执行率" in cell and not cell.startswith("得分")), None)
    if rate is None:
        return None
    return Piecewise((), Scaled(points=points)), rate


def _indicator_row(cells: list[str]) -> Scorer | None:
    """名称 | 分值 | ≥4754人 | 4604人 | 5 / 名称 | ≤ | 30 | 万元 | 完成 | 90 | 90: the first quantity with a unit
    (or an operator, number and unit in three cells) is the 年度指标值."""
    rest = cells[1:]
    target: str | None = None
    used: set[int] = set()
    for index, cell in enumerate(rest):
        if _OPERATOR.match(cell) and index + 2 < len(rest) and _number(rest[index + 1]) and _unit(rest[index + 2]):
            target = cell + rest[index + 1] + re.sub(r"\(%\)$", "", rest[index + 2])
            used = {index, index + 1, index + 2}
            break
        quantity = _quantity(cell)
        if quantity is not None and quantity.unit:
            target = cell
            used = {index}
            break
    if target is None:
        return None
    if _scores(cells[0]) or any(clause.scoring or clause.marker for clause in clauses(cells[0])):
        return None  # the name cell must only name the indicator
    if any(re.fullmatch(r"分[;,。]?", cell) for cell in cells):
        return None  # 完成节能量进度目标,40 分;: points of a sentence split at a space, not a row's cells
    first = min(used)
    measured = 0  # the 完成值 beside the 指标值: one quantity with a unit, compared with nothing
    for index, cell in enumerate(rest):
        if index < first and not re.search(r"\d", cell) and not _scores(cell):
            continue  # the indicator's name and explanation columns
        if index in used or cell in _DATA_WORDS:
            continue
        quantity = _quantity(cell)
        if quantity is None:
            return None  # a sentence in a cell: not a row of data
        if states_comparison(cell):
            return None  # 100% 8 80%以上 5 50%以上 3: a band table's levels and points, never one target and its data
        measured += bool(quantity.unit)
    if measured > 1:
        return None  # 100% 8 80% 5 50% 3: more levels than a 完成值, a band table laid flat
    read = clauses(target)
    if len(read) != 1 or read[0].condition is None:
        return None
    try:
        return target_from(read[0])
    except Unplaced:
        return None


def _scores(cell: str) -> bool:
    """A cell with a scoring word (得、扣、分、酌情、最多…) is a rule's sentence, not a figure of the row."""
    return any(token.kind in SCORING_KINDS or token.kind == "VERB" for token in tokenize(cell))


def _quantity(cell: str):
    if _scores(cell):
        return None  # 80扣 / 5分 / 10酌情
    try:
        return parse_quantity(cell, where="表格")
    except QuantityError:
        return None


def _number(cell: str) -> bool:
    quantity = _quantity(cell)
    return quantity is not None and not quantity.unit and quantity.op is None


def _unit(cell: str) -> bool:
    cell = re.sub(r"\(%\)$", "", cell)  # %(百分比)
    return bool(cell) and not re.search(r"\d", cell) and len(cell) <= 6 and _quantity("1" + cell) is not None
