"""Reading the numbers evaluators type: ``286.54万元``, ``175,312.57元``, ``99.44%``, ``0.9944``,
``≥21933人``, ``70份及以上``, ``2023年7月1日``."""

from __future__ import annotations

import functools
import re
import sys
from decimal import Decimal

from .lazy_dataclass import dataclass
from .text.numbers import general_text
from .text.lexicon import MONEY_SCALE, UNITS, comparison_symbol, tokenize
from .text.normalize import normalize
from .text.lazy_regex import lazy_compile


class QuantityError(ValueError):
    """A value that cannot be read as a number; the message is Chinese and quotes the value."""


_NUMBER = lazy_compile(r"^(-?\d+(?:\.\d+)?)(.*)$")
# a unit in words, perhaps per something (3.6万吨/日 / 3人/班 / 120元/人·月 as money's own per-units are)
_WORD_UNIT = lazy_compile(r"[\u4e00-\u9fff]{1,4}(?:/[\u4e00-\u9fff][\u4e00-\u9fff·]{0,4})?")
# 第7名 typed as the actual of 排名前10名的得4分，第11-20名的得2分 (never 倒数第3名: counted from the other end)
_PLACE = lazy_compile(r"^第\s*(\d+)\s*[名位]$")  # (第7位: the place named as the rule names its places, 前10位)
_ONE_TO = lazy_compile(r"^1[:∶](\d+(?:\.\d+)?)$")  # 杠杆率1:5.2: 5.2倍, as the rule's 达到1:5 reads (text/normalize.py)
_PLAIN = lazy_compile(r"[0-9]{1,15}(?:\.[0-9]{1,15})?(?:%|元|万元|亿元)?")


@dataclass(frozen=True)
class Quantity:
    """A typed value read: the number in base units, its unit, a target's operator, as written."""

    value: Decimal  # money in 元, percentages as fractions
    unit: str  # "%", "元", "人", "个", "" …
    op: str | None = None  # the operator of a target such as ≥21933人
    shown: str = ""  # the number as the evaluator wrote it, for explanations

    @property
    def is_percent(self) -> bool:
        return self.unit == "%"


def parse_quantity(raw: object, *, where: str = "") -> Quantity:
    if raw.__class__ in (int, float):  # a cell's number, read once per number (a column repeats its target)
        known = _NUMBERS.get((raw.__class__, raw))  # type: ignore[call-overload]
        if known is not None:
            return known
    if isinstance(raw, bool):
        raise QuantityError(f"{where}应为数值，实际为“{raw}”")
    if isinstance(raw, (int, float, Decimal)):
        value = Decimal(str(raw))
        if not value.is_finite():  # NaN or infinity: never in a cell, but YAML can write .nan/.inf
            raise QuantityError(f"{where}应为数值，实际为“{raw}”")
        quantity = Quantity(value, "", None, general_text(value))
        if raw.__class__ in (int, float) and value:  # not 0: -0.0 and 0.0 are one key but not one Decimal
            if len(_NUMBERS) >= 4096:
                _NUMBERS.clear()
            _NUMBERS[(raw.__class__, raw)] = quantity  # Quantity is frozen: one serves every call
        return quantity
    if not isinstance(raw, str):
        raise QuantityError(f"{where}无法识别为数值：“{raw}”")
    return _parse_text(raw, where)


_NUMBERS: dict[tuple[type, int | float], Quantity] = {}


@functools.lru_cache(maxsize=8192)
def _parse_text(raw: str, where: str) -> Quantity:
    """A written quantity, read once per text (a rubric repeats 924.8万元, ≥95% … across its leaves);
    Quantity is frozen, and an error is raised anew each time."""
    # a plain amount (559.89万元, 95.3%, 12) reads as written: normalising and looking for a comparison
    # in it (a few dozen regular expressions) changes nothing
    op, text = (None, raw) if _PLAIN.fullmatch(raw) else comparison(_normal(raw), raw, where)
    text = _PLACE.sub(r"\1名", text)  # 第7名: a place in a ranking is that many 名, as the rule's 前10名 / 第11-20名 count them
    text = _ONE_TO.sub(r"\1倍", text)
    match = _NUMBER.match(text)
    if not match:
        raise QuantityError(f"{where}无法识别为数值：“{raw}”")
    number = Decimal(match.group(1))
    unit = match.group(2).strip()
    shown = match.group(1) + unit
    if unit.startswith("%"):
        return Quantity(number / 100, "%", op, shown)
    if unit.startswith("‰"):  # 森林火灾受害率0.6‰: a rate per thousand, as the rule's 0.9‰ reads
        return Quantity(number / 1000, "%", op, shown)
    for name, scale in MONEY_SCALE.items():
        if unit.startswith(name):  # 1.18万元/户 is 11800元/户: the amount in 元, per what it was written per
            per = unit[len(name):]
            return Quantity(number * scale, "元" + per if per.startswith("/") else "元", op, shown)
    multiplier, unit = split_multiplier(unit)  # 0.48万人次 is 4800人次, 2.7千人次 is 2700人次
    number *= multiplier
    if unit and unit not in UNITS and not _WORD_UNIT.fullmatch(unit):  # 人次, 个工作日, 微克/立方米, 吨/日, 人/班
        raise QuantityError(f"{where}无法识别单位“{unit}”：“{raw}”")
    return Quantity(number, unit, op, shown)


# Units of one dimension and their size in its smallest unit: a value converts exactly between them.
# 天 and 个月 (or 年) are both durations, but a month is 28 to 31 days: no exact conversion.
_DIMENSIONS: dict[str, tuple[str, Decimal]] = {
    **{name: ("金额", scale) for name, scale in MONEY_SCALE.items()},
    "米": ("长度", Decimal(1)), "千米": ("长度", Decimal(1000)), "公里": ("长度", Decimal(1000)), "km": ("长度", Decimal(1000)),
    "克": ("重量", Decimal(1)), "千克": ("重量", Decimal(1000)), "公斤": ("重量", Decimal(1000)), "吨": ("重量", Decimal(1000000)),
    "秒": ("时长", Decimal(1)), "秒钟": ("时长", Decimal(1)), "分钟": ("时长", Decimal(60)), "小时": ("时长", Decimal(3600)),
    "天": ("时长", Decimal(86400)), "日": ("时长", Decimal(86400)), "周": ("时长", Decimal(604800)),
    "个月": ("月数", Decimal(1)), "月": ("月数", Decimal(1)), "年": ("月数", Decimal(12)),
    "平方米": ("面积", Decimal(1)), "公顷": ("面积", Decimal(10000)), "平方公里": ("面积", Decimal(1000000)),
    "立方米": ("体积", Decimal(1)),
}
# Units that count things (个, 人, 次 …): against a measured unit (平方米, 天) they are another quantity, not a scale.
_COUNTED = frozenset(unit for unit in UNITS if unit not in _DIMENSIONS and "/" not in unit and unit not in ("%", "‰"))
_MULTIPLIERS = {"亿": Decimal(100000000), "万": Decimal(10000), "千": Decimal(1000)}


def measured_unit(unit: str) -> bool:
    """天, 小时, 平方米, 吨 …: a unit that measures (and converts within its dimension), not one that counts things."""
    return unit in _DIMENSIONS and unit not in MONEY_SCALE


def split_multiplier(unit: str) -> tuple[Decimal, str]:
    """``万人次`` → (10000, 人次); a unit of its own (千米, 千克, 万元) or a bare 万 is left whole."""
    if len(unit) > 1 and unit[0] in _MULTIPLIERS and unit not in _DIMENSIONS and unit not in UNITS:
        return _MULTIPLIERS[unit[0]], unit[1:]
    return Decimal(1), unit


@functools.lru_cache(maxsize=1024)  # every actual value against its target asks it (an error is raised anew each time)
def unit_scale(written: str, wanted: str) -> Decimal | None:
    """What one ``written`` is in ``wanted``: 公斤 in 吨 is 0.001, 万人 in 人 is 10000, 周 in 天 is 7.
    None when the two are not units of one dimension (人 and 项: nothing to convert); a QuantityError
    naming both when they measure time without an exact conversion (天 and 个月)."""
    asked = written, wanted
    (written_times, written), (wanted_times, wanted) = split_multiplier(written), split_multiplier(wanted)
    if written == wanted:
        return written_times / wanted_times
    (written_head, _, written_per), (wanted_head, _, wanted_per) = written.partition("/"), wanted.partition("/")
    if written_per or wanted_per:
        # 11800元/户 (or 11800元, the 户 left out) against ≤1.2万元/户: amounts per the same thing convert as amounts;
        # once 11800 was taken as 万元/户
        # (元/人×月 against a rule's 元/人: the same per written more fully, not another thing)
        if written_per and wanted_per and not (written_per.startswith(wanted_per) or wanted_per.startswith(written_per)):
            raise QuantityError(f"单位“{asked[0]}”与评分标准的单位“{asked[1]}”不是同一种量，无法换算：请按评分标准的单位录入")
        scale = unit_scale(written_head, wanted_head)
        if scale is None and written_head and wanted_head and written_head != wanted_head \
                and bool(written_per) != bool(wanted_per):
            # 38微克/立方米 against 每少10人: a concentration is no count (once taken as 38人)
            raise QuantityError(f"单位“{asked[0]}”与评分标准的单位“{asked[1]}”不是同一种量，无法换算：请按评分标准的单位录入")
        return None if scale is None else written_times * scale / wanted_times
    have, want = _DIMENSIONS.get(written), _DIMENSIONS.get(wanted)
    if have is None and want is None:
        return None
    if have is None or want is None:
        # 6.5平方米 entered against 每迟1天 / 3次 against 每少1平方米: a measure and a count (or another measure)
        # never convert — taking the number as written would score the wrong quantity
        other = written if have is None else wanted
        if other in _COUNTED:
            raise QuantityError(f"单位“{written}”与评分标准的单位“{wanted}”不是同一种量，无法换算：请按评分标准的单位录入")
        return None
    if have[0] != want[0] and {have[0], want[0]} != {"时长", "月数"}:
        raise QuantityError(f"单位“{written}”与评分标准的单位“{wanted}”不是同一种量，无法换算：请按评分标准的单位录入")
    if have[0] == want[0]:
        return written_times * have[1] / (wanted_times * want[1])
    if {have[0], want[0]} == {"时长", "月数"}:
        raise QuantityError(
            f"单位“{written}”与“{wanted}”之间没有确定的换算（一个月为28至31天）：请换算为同一单位后录入"
        )
    return None


@functools.lru_cache(maxsize=8192)
def _normal(raw: str) -> str:
    """A typed value normalised on one line, once per text (parse_quantity and states_comparison both read it)."""
    return normalize(raw).replace("\n", "")


def comparison(text: str, raw: object = None, where: str = "") -> tuple[str | None, str]:
    """A normalised value's comparison, read with the lexicon, and the value without it:
    ``不低于95%`` → (≥, 95%), ``95%(不含)以上`` → (>, 95%), ``≤800元/户`` → (≤, 800元/户), ``2935人`` → (None, 2935人)."""
    tokens = tokenize(text)
    before = after = None
    start, end = 0, len(text)
    if tokens and tokens[0].kind == "CMP":
        before, start = comparison_symbol(tokens[0]), tokens[0].end
        tokens = tokens[1:]
        while tokens and tokens[0].kind == "REF":  # 不低于指标值95%
            start = tokens[0].end
            tokens = tokens[1:]
    marks: list[bool] = []  # (含)/(不含), before or after the suffix: 95%(含)以上, 95%以上(含)
    while tokens and tokens[-1].kind == "INCL":
        marks.append(tokens.pop().value)
    if tokens and tokens[-1].kind == "SUF":
        suffix = tokens.pop()
        while tokens and tokens[-1].kind == "INCL":
            marks.append(tokens.pop().value)
        after = comparison_symbol(suffix, marks[0] if marks else None)
        end = tokens[-1].end if tokens else start
    elif marks:
        end = tokens[-1].end if tokens else start  # 95%(含): the mark alone compares nothing
    if before and after and before != after:
        raise QuantityError(f"{where}比较方向前后矛盾（{before}与{after}）：“{raw if raw is not None else text}”")
    return before or after, text[start:end]


@functools.lru_cache(maxsize=8192)
def states_comparison(raw: str) -> bool:
    """Whether a typed value carries a comparison (≥95%, 95%以上, 不低于95%): a target, not a measurement."""
    if _PLAIN.fullmatch(raw):
        return False  # a plain amount compares nothing (see _parse_text)
    try:
        return comparison(_normal(raw))[0] is not None
    except QuantityError:
        return True  # ≤95%以上: contradictory, but a comparison all the same


def as_number(raw: object, *, where: str = "") -> Decimal:
    if raw.__class__ in (int, float):  # a cell's number (never bool): no Quantity to build
        value = Decimal(str(raw))
        if value.is_finite():
            return value
    return parse_quantity(raw, where=where).value


# a bare rate above this is in percent points (99.44 → 0.9944): no rate in a 评分表 is written as 150 times itself
PERCENT_POINTS_ABOVE = Decimal("1.5")


def as_rate(raw: object, *, where: str = "") -> Decimal:
    """A rate as a fraction. ``"85%"`` → 0.85; ``0.85`` → 0.85; a bare number above 1.5 is taken as
    percent points (``99.44`` → 0.9944), since no rate in a 评分表 is written as 150 times itself."""
    if raw.__class__ in (int, float):  # a cell's number (never bool): no Quantity to build
        value = Decimal(str(raw))
        if value.is_finite():
            return value / 100 if value > PERCENT_POINTS_ABOVE else value
    quantity = parse_quantity(raw, where=where)
    if quantity.is_percent:
        return quantity.value
    if quantity.unit:
        raise QuantityError(f"{where}应为比率（如 99.44% 或 0.9944），实际为“{raw}”")
    return quantity.value / 100 if quantity.value > PERCENT_POINTS_ABOVE else quantity.value


_EXCEL_EPOCH = 693594  # datetime.date(1899, 12, 30).toordinal(): Excel's day 0
_DATE = lazy_compile(r"^(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?$")


def as_excel_date(raw: object, *, where: str = "") -> Decimal:
    """A date as Excel's serial day number, so date arithmetic is the same in Python and in Excel.
    ``"2024年5月"`` means the last day of that month (the reports give 完成时限 as a month)."""
    # datetime is imported for a date written out (about 1 ms of `pingfen rule`'s start otherwise): a date
    # object can only come from a module that has imported it
    loaded = sys.modules.get("datetime")
    if loaded is not None and isinstance(raw, loaded.datetime):
        raw = raw.date()
    if loaded is not None and isinstance(raw, loaded.date):
        return Decimal(raw.toordinal() - _EXCEL_EPOCH)
    if isinstance(raw, (int, float, Decimal)) and not isinstance(raw, bool):
        return Decimal(str(raw))
    if isinstance(raw, str):
        match = _DATE.match(normalize(raw))
        if match:
            import datetime as dt

            year, month = int(match.group(1)), int(match.group(2))
            try:
                if match.group(3):
                    day = dt.date(year, month, int(match.group(3)))
                else:
                    following = dt.date(year + month // 12, month % 12 + 1, 1)
                    day = following - dt.timedelta(days=1)
            except ValueError:
                raise QuantityError(f"{where}日期不存在：“{raw}”") from None
            return Decimal(day.toordinal() - _EXCEL_EPOCH)
    raise QuantityError(f"{where}无法识别为日期（应如 2024-05-31 或 2024年5月31日）：“{raw}”")
