"""Rule inputs: from what evaluators enter (rubric data, UDF arguments) to flat scalar cells.

Every input becomes one named scalar in the form a worksheet cell would hold it — rates as fractions,
dates as Excel serial days, 评价要点 as "是"/"否" — so the Python interpreter reads exactly what the
Excel formula reads. ``Shape`` records which inputs exist; a rule compiles against a shape.
"""

from __future__ import annotations

import functools
import re
from dataclasses import field
from decimal import Decimal
from collections.abc import Mapping

from .. import TYPE_CHECKING
from ..lazy_dataclass import dataclass
from ..quantities import QuantityError, as_excel_date, as_number, as_rate, parse_quantity, states_comparison, unit_scale
from .evaluate import Value
from ..text.lazy_regex import lazy_compile
from ..text.normalize import a_grades_spelled, simplified

if TYPE_CHECKING:
    from typing import Any

YES, NO = "是", "否"
YES_WORDS, NO_WORDS = ("是", "符合", "有", "√"), ("否", "不符合", "无", "×")  # a yes/no answer as evaluators type it
_DATE_TEXT = lazy_compile(r"^\d{4}[-/.年]\d{1,2}([-/.月]\d{1,2}日?)?月?$")

DATA_KEYS = (
    "actual", "target", "rate", "met", "failures", "items", "counts", "credits",
    "planned_start", "planned_end", "actual_end", "grade", "zeroed", "vars",
)


_DATA_KEY_SET = frozenset(DATA_KEYS)


class InputError(ValueError):
    """Data that does not fit the rule; the message is Chinese and names the input."""


@dataclass(frozen=True)
class Shape:
    """Which inputs an indicator has. ``measure`` says where the measured value comes from:
    ``ratio`` (actual/target), ``rate`` (a stated rate, optionally against a target rate),
    ``survey`` (counts × credits), ``dates`` (planned vs actual duration), or ``""``."""

    measure: str = ""
    has_target: bool = False
    options: int = 0
    item_rows: tuple[str, ...] = ()
    item_columns: tuple[str, ...] = ()
    item_dates: tuple[int, ...] = ()  # item columns holding dates (1-based)
    points: int = 0
    has_failures: bool = False
    failure_kinds: int = 0  # counts entered per kind of fault (资料不齐全的每项扣0.5分；未按时报送的每次扣1分)
    has_grade: bool = False
    has_zeroed: bool = False
    variables: tuple[str, ...] = ()
    # each variable's unit as its value is held: "" when all were entered in one unit (kept as written: 100万元 is 100),
    # else the base unit it was converted to (元 for 1440万元, held as 14400000); "%" for a rate entered with its sign
    variable_units: tuple[str, ...] = ()
    # the one unit the variables were written in, when all are held as written (48人 and 50人: 人), else ""
    written_unit: str = ""
    units: tuple[str, str] = ("", "")  # units of actual and target, for explanations
    target_op: str | None = None  # ≥ ≤ = … when the target was entered as "≥21933人"
    credits_from_rule: bool = False  # survey counts entered without credits: the text's own credits weigh them
    dates_from_start: bool = False  # dates with a start and no planned end: the time taken (资金下达后2个月内兑付)


@dataclass
class Bound:
    """Data bound for a rule: the shape it compiles against and the cell values it reads."""

    shape: Shape
    values: dict[str, Value] = field(default_factory=dict)


def _yes_no(raw: object, where: str) -> str:
    if isinstance(raw, bool):
        return YES if raw else NO
    if isinstance(raw, (int, float)) and raw in (0, 1):
        return YES if raw else NO
    if isinstance(raw, str) and raw.strip() in YES_WORDS + NO_WORDS:
        return YES if raw.strip() in YES_WORDS else NO
    raise InputError(f"{where}应为 是/否，实际为“{raw}”")


def _sequence(raw: Any, where: str) -> list[Any]:
    if isinstance(raw, (list, tuple)):
        return list(raw)
    raise InputError(f"{where}应为列表（如 [true, false] 或 [15, 16, 4]），实际为“{raw}”")


_RESTATED = ("达标", "完成", "已完成", "合格", "达到", "是", "符合")


def bind(data: Mapping[str, Any], full: Decimal, manual: object = None, reason: str | None = None) -> Bound:
    """Turns a rubric ``data`` mapping (see rubrics/README.md) into scalar cell values; ``manual`` and
    ``reason`` are the evaluator's own score and its justification."""
    _check_keys(data)
    _entered(manual)  # a bad entered score is named before the data
    return with_entries(bind_data(data, full), manual, reason)


def bind_data(data: Mapping[str, Any], full: Decimal) -> Bound:
    """``bind`` without an entered score or reason: what a rubric's leaf binds once when it is read
    and its scoring and 校验 then share (``with_entries`` adds the entered score)."""
    _check_keys(data)
    if len(data) <= 2:
        bound = _plain_numbers(data, full)
        if bound is not None:
            return bound
    values: dict[str, Value] = {"full": full, "manual": None, "reason": None}
    shape: dict[str, Any] = {}
    for key in ("actual", "rate"):
        raw = data.get(key)
        if isinstance(raw, str) and (raw.strip() in _RESTATED or states_comparison(raw)):
            # ≥95% / 达标 in the 完成值 column restates the target: the measurement is missing
            raise InputError(f"实际值“{raw}”不是实际数（像是照抄了指标值）：完成值应为实际数，如 98% 或 2935人")
    try:
        _bind_measure(data, values, shape)
        _bind_lists(data, values, shape)
    except QuantityError as error:
        raise InputError(str(error)) from None
    return Bound(_shape(tuple(shape.items())), values)


def _plain_numbers(data: Mapping[str, Any], full: Decimal) -> Bound | None:
    """``bind_data`` of what a worksheet function hands over — an actual value and its target, an actual
    value alone, or a rate alone, each a plain number (int or float) — read by the same steps as
    ``_bind_measure`` (parse_quantity, _same_scale, as_rate) without looking for the other kinds of
    data; None for any other data. tests/test_functions.py holds it to ``_bind_measure``."""
    actual, rate = data.get("actual"), data.get("rate")
    try:
        if rate is None:
            if actual.__class__ not in _NUMBERS:
                return None
            target = data.get("target")
            if target is None:
                if len(data) != 1:
                    return None
                value, _, units = _same_scale(parse_quantity(actual, where="实际值"), None)
                values: dict[str, Value] = {"full": full, "manual": None, "reason": None, "actual": value}
                return Bound(_shape((("measure", "actual"), ("units", units))), values)
            if target.__class__ not in _NUMBERS:
                return None
            read = parse_quantity(target, where="目标值")  # a number: never a percentage, no unit
            value, scaled, units = _same_scale(parse_quantity(actual, where="实际值"), read)
            values = {"full": full, "manual": None, "reason": None, "actual": value, "target": scaled}
            return Bound(_shape((("has_target", True), ("target_op", read.op), ("measure", "ratio"), ("units", units))), values)
        if rate.__class__ not in _NUMBERS or len(data) != 1:
            return None
        values = {"full": full, "manual": None, "reason": None, "rate": as_rate(rate, where="比率")}
        return Bound(_shape((("measure", "rate"),)), values)
    except QuantityError as error:
        raise InputError(str(error)) from None


_NUMBERS = (int, float)  # classes, not isinstance: a bool is no number here


def with_entries(bound: Bound, manual: object = None, reason: str | None = None) -> Bound:
    """``bound`` with the evaluator's entered score and its justification (a new Bound: the one
    given may be shared)."""
    if manual is None and not reason:
        return bound
    return Bound(bound.shape, {**bound.values, "manual": _entered(manual), "reason": reason or None})


def _check_keys(data: Mapping[str, Any]) -> None:
    if not _DATA_KEY_SET.issuperset(data):
        unknown = sorted(set(data) - _DATA_KEY_SET)
        raise InputError(f"未知的数据项：{'、'.join(unknown)}（可用：{'、'.join(DATA_KEYS)}）")


def _entered(manual: object) -> Decimal | None:
    if manual is None:
        return None
    try:
        return as_number(manual, where="录入得分")
    except QuantityError as error:
        raise InputError(str(error)) from None


@functools.lru_cache(maxsize=4096)
def _shape(fields: tuple[tuple[str, Any], ...]) -> Shape:
    """One ``Shape`` per set of fields: indicators with the same inputs share it, which keeps binding
    and the compiled-program cache that keys on it cheap."""
    return Shape(**dict(fields))


def _bind_measure(data: Mapping[str, Any], values: dict[str, Value], shape: dict[str, Any]) -> None:
    if "target" in data and data["target"] is not None:
        target = parse_quantity(data["target"], where="目标值")
        shape.update(has_target=True, target_op=target.op)
    else:
        target = None
    if "counts" in data:
        counts = _sequence(data["counts"], "问卷选项人数（counts）")
        credits = _sequence(data.get("credits") or [], "问卷选项赋分（credits）")
        if credits and len(credits) != len(counts):
            raise InputError(f"问卷选项人数（{len(counts)}项）与赋分（{len(credits)}项）个数不一致")
        for index, count in enumerate(counts, start=1):
            values[f"count_{index}"] = as_number(count, where=f"第{index}项人数")
        for index, credit in enumerate(credits, start=1):
            values[f"credit_{index}"] = as_rate(credit, where=f"第{index}项赋分")
        # counts alone: weighed by the credits the 评分标准 prints (Rule.printed_credits), or refused when it prints none
        shape.update(measure="survey", options=len(counts), credits_from_rule=not credits)
    elif "planned_end" in data or "actual_end" in data:
        if data.get("actual_end") is None:
            raise InputError("计算完成及时率需要实际完成日期（actual_end）")
        values["actual_end"] = as_excel_date(data["actual_end"], where="实际完成日期")
        # (2024年12月31日前完成: a planned date printed in the rule needs none entered; the rule asks for it otherwise)
        if data.get("planned_end") is not None:
            values["planned_end"] = as_excel_date(data["planned_end"], where="计划完成日期")
        # 完成及时率 needs the planned start too; days late (每逾期15天) do not
        if data.get("planned_start") is not None:
            values["planned_start"] = as_excel_date(data["planned_start"], where="计划开始日期")
            shape["dates_from_start"] = data.get("planned_end") is None
        shape["measure"] = "dates"
    elif "rate" in data and data["rate"] is not None:
        values["rate"] = as_rate(data["rate"], where="比率")
        shape["measure"] = "rate"
    if "actual" in data and data["actual"] is not None:
        if target is not None and target.is_percent and shape.get("measure") is None:
            # A percentage target is a reference level: the actual value is itself a rate.
            values["rate"] = as_rate(data["actual"], where="实际值")
            shape["measure"] = "rate"
            values["target"] = target.value
            shape["units"] = ("%", "%")
        else:
            actual = parse_quantity(data["actual"], where="实际值")
            if shape.get("measure") is None:
                shape["measure"] = "ratio" if target is not None else "actual"
            values["actual"], scaled_target, shape["units"] = _same_scale(actual, target)
            if scaled_target is not None:
                values["target"] = scaled_target
    elif target is not None:
        values["target"] = target.value
        shape["units"] = ("", target.unit)
    if target is not None and shape.get("measure") in ("rate", "survey", "dates") and not target.is_percent:
        raise InputError(f"目标值“{data['target']}”应为比率，用作{shape['measure']}的基准")


def _same_scale(actual: Any, target: Any) -> tuple[Decimal, Decimal | None, tuple[str, str]]:
    """The actual and target values and their units. Keeps the numbers as written (924.8 and 930 万元)
    when both share a unit, so the explanation reads like the report; an actual in another unit of the
    same dimension is converted into the target's (1,080,000元 against ≤100万元 is 108万元, 90分钟
    against ≤1小时 is 1.5小时)."""
    if target is None:
        return actual.value, None, (actual.unit, "")
    written = _unit_text(target.shown)
    if not actual.unit and target.unit and not target.is_percent:
        # 95 against ≤90万元 is 95万元: a bare number is taken in the target's unit
        return actual.value, Decimal(_number_text(target.shown)), (written, written)
    if actual.is_percent or target.is_percent or not (actual.shown and target.shown):
        return actual.value, target.value, (actual.unit, target.unit)
    shown = actual.shown
    unit = _unit_text(shown)
    number, scale = Decimal(shown[: len(shown) - len(unit)]), unit_scale(unit, written)  # _number_text, its unit known
    if scale is None:
        return actual.value, target.value, (actual.unit, target.unit)
    return number * scale, Decimal(target.shown[: len(target.shown) - len(written)]), (written, written)


def _unit_text(shown: str) -> str:
    return shown.lstrip("-0123456789.")


def _number_text(shown: str) -> str:
    return shown[: len(shown) - len(_unit_text(shown))]


def _bind_lists(data: Mapping[str, Any], values: dict[str, Value], shape: dict[str, Any]) -> None:
    if "met" in data:
        met = _sequence(data["met"], "评价要点是否符合（met）")
        for index, flag in enumerate(met, start=1):
            values[f"met_{index}"] = _yes_no(flag, f"第{index}个评价要点")
        shape["points"] = len(met)
    if "failures" in data:
        if isinstance(data["failures"], (list, tuple)):  # one count per kind of fault the rule lists
            for index, raw in enumerate(data["failures"], start=1):
                values[f"failures_{index}"] = _count(raw, f"第{index}种扣分情形的次数")
            shape["failure_kinds"] = len(data["failures"])
        else:
            values["failures"] = _count(data["failures"], "不符合项数")
            shape["has_failures"] = True
    if "items" in data:
        _bind_items(data["items"], values, shape)
    if "grade" in data:
        values["grade"] = grade_text(str(data["grade"]))
        shape["has_grade"] = True
    if "zeroed" in data:
        values["zeroed"] = _yes_no(data["zeroed"], "否决情形（zeroed）")
        shape["has_zeroed"] = True
    if "vars" in data:
        names, held = [], []
        if not isinstance(data["vars"], Mapping):
            raise InputError(f"vars 应为“名称: 数值”的对应表，实际为“{data['vars']}”")
        quantities = {name: parse_quantity(raw, where=f"变量“{name}”") for name, raw in data["vars"].items()}
        units = {_unit_text(q.shown) for q in quantities.values() if not q.is_percent}
        same_unit = len(units) == 1 and not any(q.is_percent for q in quantities.values())
        for name, quantity in quantities.items():
            # 100万元 and 112万元 stay 100 and 112 (their ratio and comparison are unchanged), as the report writes them
            written = _number_text(quantity.shown) if same_unit and quantity.shown else ""
            as_written = re.fullmatch(r"-?\d+(?:\.\d+)?", written) is not None
            values[f"v:{name}"] = Decimal(written) if as_written else quantity.value
            names.append(str(name))
            # (a rate entered with its % sign is marked: a bare 90 for a rate is read as 90%, never 9000%,
            # rules/entered_rate.py)
            held.append("%" if quantity.is_percent else "" if as_written else quantity.unit)
        shape["variables"] = tuple(names)
        shape["variable_units"] = tuple(held)
        if held and all(unit == "" for unit in held) and same_unit:
            shape["written_unit"] = next(iter(units))


_GRADE_PUNCTUATION = lazy_compile(r"[\s,，、;；:：。]")
_HALF_WIDTH_BRACKETS = str.maketrans("（）", "()")


def grade_text(text: str) -> str:
    """A grade without its punctuation, as the rule's grades are named: 有结余,但不超过上年结转 typed as
    printed is the grade 有结余但不超过上年结转, 較滿意 typed in traditional characters is 较满意, and 成功创建4A级景区
    typed as the rule printed it is the grade 成功创建AAAA级景区 the reading names."""
    # (带动脱贫户（监测户）增收 typed with the full-width brackets the rule's reading prints half-width)
    return _GRADE_PUNCTUATION.sub("", a_grades_spelled(simplified(text))).translate(_HALF_WIDTH_BRACKETS)


def _count(raw: Any, where: str) -> Decimal:
    count = as_number(raw, where=where)
    if count < 0 or count != count.to_integral_value():
        raise InputError(f"{where}应为非负整数，实际为“{raw}”")
    return count


def _bind_items(items: Any, values: dict[str, Value], shape: dict[str, Any]) -> None:
    if not isinstance(items, Mapping) or not isinstance(items.get("rows"), Mapping):
        raise InputError("items 应包含 rows（各单位的实际值），以及 columns/targets")
    columns = [str(c) for c in items.get("columns") or ["实际值"]]
    dates: set[int] = set()
    shared_targets = items.get("targets")
    rows = dict(items["rows"])
    for r, (name, row) in enumerate(rows.items(), start=1):
        if isinstance(row, Mapping):
            actuals = _sequence(row.get("actual") or [], f"items 中“{name}”的 actual")
            targets = _sequence(row.get("target") or [], f"items 中“{name}”的 target")
        else:
            actuals = list(row) if isinstance(row, (list, tuple)) else [row]
            targets = list(shared_targets) if isinstance(shared_targets, (list, tuple)) else [shared_targets] * len(columns)
        if len(actuals) != len(columns) or len(targets) != len(columns):
            raise InputError(f"items 中“{name}”应有 {len(columns)} 个实际值和目标值（{'、'.join(columns)}）")
        values[f"item_{r}_name"] = str(name)
        for c, (actual, target) in enumerate(zip(actuals, targets), start=1):
            where = f"“{name}”的{columns[c - 1]}"
            values[f"item_{r}_actual_{c}"], values[f"item_{r}_target_{c}"] = _item_values(actual, target, where, c, dates)
    shape["item_rows"] = tuple(str(name) for name in rows)
    shape["item_columns"] = tuple(columns)
    shape["item_dates"] = tuple(sorted(dates))


def _item_values(actual: Any, target: Any, where: str, column: int, dates: set[int]) -> tuple[Decimal, Decimal]:
    """An item's actual and target in one unit: a bare 40 against 30万元 is 40万元, 1,080,000元 against
    100万元 is 108万元 (as for a single indicator)."""
    if any(isinstance(raw, str) and _DATE_TEXT.match(raw.strip()) for raw in (actual, target)):
        return _item_value(actual, where, column, dates), _item_value(target, f"{where}目标", column, dates)
    actual_value, target_value, _ = _same_scale(
        parse_quantity(actual, where=where), parse_quantity(target, where=f"{where}目标")
    )
    assert target_value is not None
    return actual_value, target_value


def _item_value(raw: Any, where: str, column: int, dates: set[int]) -> Decimal:
    """A number, or a date (完成日期 against 计划完成日期) as Excel's serial day, noting the column."""
    if isinstance(raw, str) and _DATE_TEXT.match(raw.strip()):
        dates.add(column)
        return as_excel_date(raw, where=where)
    return as_number(raw, where=where)
