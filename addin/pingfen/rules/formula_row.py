"""A 测评体系 row flattened with spaces: 名称 | 单位 | 标准 | 分值 | 折算计分办法, the last a coefficient times the value
reached — ``1、村经济总收入年增长 % 15 以上 60 4×实达标数`` / ``2、主导产业收入占总收入的比重 % 70 70 1×实达标数``.
The score is the coefficient × the value reached (in the unit's points: 10% → 4×10 = 40), which the 分值 bounds.

Read only when the columns agree: the coefficient × the standard must be the 分值 (4×15 = 60), so that the standard
earns exactly the 分值 and the cap is the 分值 the table prints — then the rule is the value over the standard × the
分值 (``≥15%得60分；否则得分=完成值/15%×60分``); a row whose columns disagree is refused naming them. Any other
number of cells or unit is left alone (the reader refuses it as a table whose layout was lost).
"""

from __future__ import annotations

from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from ..text.numbers import general_text
from .errors import RuleError, Unplaced
from .model import Scorer

_ROW = lazy_compile(
    r"^\s*(?:\d{1,2}[、.]\s*)?(?P<name>[\u4e00-\u9fff()]{2,30}?)\s+%\s+(?P<standard>\d+(?:\.\d+)?)\s*(?:以上)?\s+"
    r"(?P<points>\d+(?:\.\d+)?)\s+(?P<coefficient>\d+(?:\.\d+)?)\s*[×*xX]\s*实达标数\s*$")


_SCORING_WORD = lazy_compile(r"[得扣加减计记每分]")
_RATE_NAME = lazy_compile(r"(?:率|比重|占比|比例)$")


def formula_row(raw: str) -> tuple[Scorer, str] | None:
    """The row's rule and the row's name; None when ``raw`` is no such row."""
    prose = _prose(raw)
    if prose is None:
        return None
    from .parser import read_scorer, reading_text  # (the parser reads table rows first: imported when one is met)
    try:
        return read_scorer(reading_text(prose[0]), prose[1]), prose[1]  # type: ignore[return-value]
    except Unplaced as unplaced:  # 扣农民人均纯收入增长: a name the prose cannot carry
        raise RuleError(raw, unplaced.fragment, unplaced.reason) from None


def _prose(raw: str) -> tuple[str, str] | None:
    """The row's rule in prose and the row's name."""
    row = _ROW.match(raw)
    if row is None or _SCORING_WORD.search(row.group("name")):
        return None  # (扣农民人均纯收入增长: a name holding a scoring word is no row's name)
    standard, points = Decimal(row.group("standard")), Decimal(row.group("points"))
    coefficient = Decimal(row.group("coefficient"))
    if coefficient * standard != points or not standard:  # where the 分值 caps the product is not said
        raise RuleError(raw, raw[row.start("standard"):].strip(),
                        f"折算计分办法的系数×标准（{general_text(coefficient)}×{general_text(standard)}="
                        f"{general_text(coefficient * standard)}）不等于分值{general_text(points)}，达到标准得多少分、"
                        "超过标准是否封顶没有写明")
    level, most = general_text(standard), general_text(points)
    name = row.group("name") + ("" if _RATE_NAME.search(row.group("name")) else "率")  # 年增长 (in %) → 年增长率
    return f"{name}≥{level}%得{most}分；否则得分={name}/{level}%×{most}分", name
