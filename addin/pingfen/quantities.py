"""Reading the numbers evaluators type: ``286.54万元``, ``175,312.57元``, ``99.44%``, ``0.9944``,
``≥21933人``, ``70份及以上``, ``2023年7月1日``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from .text.numbers import general_text
from .text.lexicon import MONEY_SCALE
from .text.normalize import normalize


class QuantityError(ValueError):
    """A value that cannot be read as a number; the message is Chinese and quotes the value."""


_OPERATOR_WORDS = [
    ("不低于", "≥"), ("不少于", "≥"), ("不小于", "≥"), ("大于等于", "≥"), ("不高于", "≤"), ("不超过", "≤"),
    ("不大于", "≤"), ("小于等于", "≤"), ("大于", ">"), ("高于", ">"), ("超过", ">"), ("小于", "<"),
    ("低于", "<"), ("等于", "="),
]
_SUFFIX_OPERATORS = [("及以上", "≥"), ("以上", "≥"), ("及以下", "≤"), ("以下", "≤")]
_NUMBER = re.compile(r"^([≥≤<>=]?)(-?\d+(?:\.\d+)?)(.*)$")


@dataclass(frozen=True)
class Quantity:
    value: Decimal  # money in 元, percentages as fractions
    unit: str  # "%", "元", "人", "个", "" …
    op: str | None = None  # the operator of a target such as ≥21933人
    shown: str = ""  # the number as the evaluator wrote it, for explanations

    @property
    def is_percent(self) -> bool:
        return self.unit == "%"


def parse_quantity(raw: object, *, where: str = "") -> Quantity:
    if isinstance(raw, bool):
        raise QuantityError(f"{where}应为数值，实际为“{raw}”")
    if isinstance(raw, (int, float, Decimal)):
        value = Decimal(str(raw))
        if not value.is_finite():  # NaN or infinity: never in a cell, but YAML can write .nan/.inf
            raise QuantityError(f"{where}应为数值，实际为“{raw}”")
        return Quantity(value, "", None, general_text(value))
    if not isinstance(raw, str):
        raise QuantityError(f"{where}无法识别为数值：“{raw}”")
    text = normalize(raw).replace("\n", "")
    op = None
    for word, symbol in _OPERATOR_WORDS:
        if text.startswith(word):
            op, text = symbol, text[len(word):]
            break
    for word, symbol in _SUFFIX_OPERATORS:
        if text.endswith(word):
            op, text = symbol, text[: -len(word)]
            break
    match = _NUMBER.match(text)
    if not match:
        raise QuantityError(f"{where}无法识别为数值：“{raw}”")
    if match.group(1):
        op = match.group(1)
    number = Decimal(match.group(2))
    unit = match.group(3).strip()
    shown = match.group(2) + unit
    if unit.startswith("%"):
        return Quantity(number / 100, "%", op, shown)
    for name, scale in MONEY_SCALE.items():
        if unit.startswith(name):
            return Quantity(number * scale, "元", op, shown)
    if unit and not re.fullmatch(r"[\u4e00-\u9fff]{1,4}", unit):  # 人次, 个工作日
        raise QuantityError(f"{where}无法识别单位“{unit}”：“{raw}”")
    return Quantity(number, unit, op, shown)


def as_number(raw: object, *, where: str = "") -> Decimal:
    return parse_quantity(raw, where=where).value


def as_rate(raw: object, *, where: str = "") -> Decimal:
    """A rate as a fraction. ``"85%"`` → 0.85; ``0.85`` → 0.85; a bare number above 1.5 is taken as
    percent points (``99.44`` → 0.9944), since no rate in a 评分表 is written as 150 times itself."""
    quantity = parse_quantity(raw, where=where)
    if quantity.is_percent:
        return quantity.value
    if quantity.unit:
        raise QuantityError(f"{where}应为比率（如 99.44% 或 0.9944），实际为“{raw}”")
    return quantity.value / 100 if quantity.value > Decimal("1.5") else quantity.value


_EXCEL_EPOCH = dt.date(1899, 12, 30)
_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?$")


def as_excel_date(raw: object, *, where: str = "") -> Decimal:
    """A date as Excel's serial day number, so date arithmetic is the same in Python and in Excel.
    ``"2024年5月"`` means the last day of that month (the reports give 完成时限 as a month)."""
    if isinstance(raw, dt.datetime):
        raw = raw.date()
    if isinstance(raw, dt.date):
        return Decimal((raw - _EXCEL_EPOCH).days)
    if isinstance(raw, (int, float, Decimal)) and not isinstance(raw, bool):
        return Decimal(str(raw))
    if isinstance(raw, str):
        match = _DATE.match(normalize(raw))
        if match:
            year, month = int(match.group(1)), int(match.group(2))
            try:
                if match.group(3):
                    day = dt.date(year, month, int(match.group(3)))
                else:
                    following = dt.date(year + month // 12, month % 12 + 1, 1)
                    day = following - dt.timedelta(days=1)
            except ValueError:
                raise QuantityError(f"{where}日期不存在：“{raw}”") from None
            return Decimal((day - _EXCEL_EPOCH).days)
    raise QuantityError(f"{where}无法识别为日期（应如 2024-05-31 或 2024年5月31日）：“{raw}”")
