"""签约人数较上年增长5%及以上得3分；增长0-5%得2分；负增长不得分。上年签约人数42000人: last year's amount, the base a
change over last year is worked from, printed by the text itself — in a closing sentence (上年签约人数42000人 / 上年决算数为
325万元) or in brackets right after 上年 (参保人数较上年（12.5万人）增长的得3分). The change is then (本年−42000)/42000:
44520人 entered is +6% → 3, with no 目标值 to enter (once refused: the 42000人 was a number no band used).

Only an amount, or a rate where the rule scores the points a rate moved (治理率较上年提高3个百分点…。上年治理率为32%:
35.5% entered is 3.5个百分点, rules/points_change.py), printed once, of the measure the text compares (the note's noun, 人数 / 事故 / 标准, said before it), in a rule whose measure is a change over last year (rules/model.change_of) and which the
reader then scores from that change (the rate built with the base, rules/model.rate_measure): a base the scorer would not
use leaves the text as written, for the reader to refuse its number as before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ..lazy_dataclass import dataclass
from ..text.lazy_regex import lazy_compile
from ..text.numbers import general_text

_LAST_YEAR = r"(?:上一?年度?|去年)"
# (每人每月780元: the amount for each person and month, which the entered 820元/人·月 is too)
_AMOUNT = r"(?P<each>(?:每[\u4e00-\u9fff]){0,2})(?P<number>\d+(?:\.\d+)?)(?P<unit>[万千亿]?[\u4e00-\u9fff]{1,2}|[%％])"
# 上年签约人数42000人。 / 上年决算数为325万元。 / 上年发生一般事故4起。: the text's last sentence, nothing but the amount
_CLOSING = lazy_compile(rf"(?:^|(?<=[。;；]))\s*{_LAST_YEAR}(?P<name>[\u4e00-\u9fff“”]{{0,12}}?)(?:为|是|[:：])?{_AMOUNT}[。;；]?\s*$")
# 较上年（12.5万人）增长的得3分: the amount in brackets right after 上年
_BRACKETED = lazy_compile(rf"(?<=[较比与])(?P<year>{_LAST_YEAR})[（(]{_AMOUNT}[)）]")
# 以上年（每人每月100元）为基数，提高的得2分: the amount in brackets, the base the change after it is worked from (the
# phrase read as 较上年, the amount taken out)
# (以上年就业率（92%）为基数: named, the name said before it as the measure's)
_BASIS = lazy_compile(rf"以(?P<year>{_LAST_YEAR})(?P<name>[\u4e00-\u9fff]{{0,12}}?)[（(]{_AMOUNT}[)）]为(?:基数|基准)[,，]?(?=[\u4e00-\u9fff])")
# 以上年决算数为基数， (the amount printed elsewhere): what the level of last year is, said again
_BASIS_SAID = lazy_compile(rf"以{_LAST_YEAR}[\u4e00-\u9fff]{{0,12}}?为(?:基数|基准)[,，]?")
# 本年度就业率不低于上年的得4分 / 决算数不高于上年的得2分: last year's value as the level the rule holds this year's to
# (达到上年水平得5分: the level reached, said by 水平)
_AGAINST = lazy_compile(rf"(?:不低于|不高于|不超过|不少于|达到)(?P<year>{_LAST_YEAR}(?:水平)?)(?=的|[,，;；。得]|$)")
# 比上年每下降1个百分点扣1分 after 不低于上年的得3分: the steps counted from last year's value, the level just set — the
# comparison dropped once that level is printed in its place (每下降1个百分点扣1分, counted from 95%)
_STEPS_FROM_LAST_YEAR = lazy_compile(rf"(?:比|较|与){_LAST_YEAR}(?:相比)?[,，]?(?=每)")
# 上年数为42000人 / 上年同期为…: the amount named by nothing but the year (the 规范写法's own note)
_UNNAMED = ("数", "数值", "值", "同期", "同期数", "基数")
# (what the base may not be: a count of points or a date)
_NOT_AN_AMOUNT = ("分", "年", "月", "日", "号", "天", "时", "点")


@dataclass(frozen=True)
class StatedBase:
    """Last year's amount as printed (42000人, 325万元): its number and unit as written, and the quantity read."""

    number: Decimal
    unit: str  # as written (万元)
    value: Decimal  # in the unit an entered amount is kept in (3250000 元)
    base_unit: str  # (元)

    def shown(self) -> str:
        return f"{general_text(self.number)}{self.unit}"


def _found(text: str):
    """The one place the text prints last year's amount, or None."""
    closing, bracketed = _CLOSING.search(text), list(_BRACKETED.finditer(text)) + list(_BASIS.finditer(text))
    if (closing is not None) + len(bracketed) != 1:
        return None
    return closing if closing is not None else bracketed[0]


def split_stated_base(text: str) -> tuple[str, StatedBase] | None:
    """``…负增长不得分。上年签约人数42000人。`` → (``…负增长不得分。``, 42000人); None where no one amount is printed."""
    from ..quantities import QuantityError, parse_quantity

    found = _found(text)
    if found is None or found.group("unit").lstrip("万千亿") in _NOT_AN_AMOUNT:
        return None
    name = (found.groupdict().get("name") or "").strip("“”")
    if name and name not in _UNNAMED and name[-2:] not in text[: found.start()]:
        return None  # 财政补助收入较上年增长的…。上年项目支出为325万元: another measure's amount, never this one's base
    try:
        quantity = parse_quantity(f"{found.group('number')}{found.group('unit')}")
    except QuantityError:
        return None
    if not quantity.unit and not quantity.is_percent:
        return None
    base = StatedBase(Decimal(found.group("number")), found.group("unit"), quantity.value, "%" if quantity.is_percent else quantity.unit)
    if found.re.pattern == _BASIS.pattern:  # (以上年（100元）为基数，提高的 → 较上年提高的)
        if found.group("name"):
            return None  # (以上年就业率（92%）为基数，…不低于上年的: a level, with_printed_level's)
        rest = text[: found.start()] + "较" + found.group("year") + text[found.end():]
    elif "year" in found.groupdict() and found.group("year"):
        rest = text[: found.start()] + found.group("year") + text[found.end():]
    else:
        rest = text[: found.start()].rstrip()
    return rest, base


def with_stated_base(raw: str, parse) -> object | None:
    """The rule ``raw`` reads as, scored from the last year's amount it prints; None where it prints none, or the rest
    does not read as a change over last year that would be worked from it (``parse``: rules.parser.parse_rule)."""
    from .errors import RuleError
    from .inputs import Shape
    from .model import Context, change_of
    from .points_change import points_change_of

    split = split_stated_base(raw)
    if split is None:
        return None
    rest, base = split
    try:
        rule = parse(rest)
    except RuleError:
        return None
    rate = base.base_unit == "%"
    # (an amount is the base of a change over last year; a rate, of the points a rate moved)
    if (points_change_of(rule.label) is None) if rate else (change_of(rule.label) is None):
        return None
    shape = Shape(measure="rate", units=("%", "")) if rate else Shape(measure="actual", units=(base.base_unit, ""))
    ctx = Context(shape, rule.label, definition=rule.definition, printed_base=base)
    try:
        rule.scorer.build(ctx)
    except Exception:  # (a scorer that cannot be built from an amount alone: the base is no input of it)
        return None
    if not ctx.base_used or "target" in ctx.needs:
        return None
    return replace(rule, text=raw, printed_base=base)


def with_printed_level(raw: str, parse) -> object | None:
    """``以上年就业率（92%）为基数，本年度就业率不低于上年的得4分；每下降1个百分点扣1分`` / ``…本年公用经费决算数不高于上年的得2分；
    每增长1%扣0.5分…。上年决算数为325万元``: the one level the rule compares this year's value with is last year's, which
    the text prints — the rule read with that value in its place (不低于92%), nothing to enter for last year. Only where
    上年 is said nowhere else once the value and the 以上年…为基数 preface are taken out."""
    from .errors import RuleError

    found = _found(raw)
    if found is None or found.group("unit").lstrip("万千亿") in _NOT_AN_AMOUNT:
        return None
    name = (found.groupdict().get("name") or "").strip("“”")
    named = found.re.pattern == _BASIS.pattern and not raw[: found.start()].strip()
    if name and name not in _UNNAMED and name[-2:] not in raw[: found.start()] and not named:
        return None  # (another measure's value)
    # (以上年参保率（95%）为基数，… opening the text names the measure it holds to last year's value: its heading)
    heading = f"{name}：" if named and name and name not in _UNNAMED else ""
    rest = heading + _BASIS_SAID.sub("", raw[: found.start()] + raw[found.end():])
    against = list(_AGAINST.finditer(rest))
    if len(against) != 1:
        return None
    level = f"{general_text(Decimal(found.group('number')))}{found.group('unit')}"
    rewritten = rest[: against[0].start("year")] + level + rest[against[0].end("year"):]
    rewritten = _STEPS_FROM_LAST_YEAR.sub("", rewritten)
    if re.search(_LAST_YEAR, rewritten):
        return None  # (比上年每下降1个百分点: last year named again, for the steps too)
    try:
        rule = parse(rewritten.strip())
    except RuleError:
        return None
    return replace(rule, text=raw)


def refuse_basis_unread(raw: str) -> None:
    """以上年参保率（95%）为基数，达到上年水平得5分…，与上年持平的得3分: last year's value printed as the base, in a rule
    neither reading above takes it in (上年 said again, beside the level) — read otherwise the 95% would be dropped and
    the rate scored as a growth; refused, naming the base."""
    from .errors import RuleError

    found = _BASIS.search(raw)
    if found is not None and len(_BASIS.findall(raw)) == 1:
        raise RuleError(raw, found.group().rstrip(",，"), f"写明了上年的数值（{found.group('number')}{found.group('unit')}）作为基数，"
                        "但计分语句中“上年”的用法无法都按这一数值计算（如既与上年比较又写明持平、增长），请写明按该数值如何计分")


def base_note(base: StatedBase) -> str:
    """The canonical sentence of the base, which split_stated_base reads back."""
    return f"上年数为{base.shown()}"


def base_in_unit(base: StatedBase, unit: str) -> Decimal:
    """The base in the entered amount's unit: as written for a bare number (325 against 325万元), else the amount read
    (3250000 元 against 3347500 元 entered as 334.75万元); another unit is no amount of the same measure."""
    from .inputs import InputError

    if not unit:
        return base.number
    if unit == base.base_unit or unit.split("/")[0] == base.base_unit:  # (820元/人·月 against 每人每月780元)
        return base.value
    raise InputError(f"评分标准写明上年为{base.shown()}，实际值的单位“{unit}”与之不同，无法计算较上年的变化")
