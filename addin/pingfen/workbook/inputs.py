"""Which inputs a leaf indicator has in the workbook, and their starting values.

A leaf with collected data takes the shape of that data (an items table of six communities, five
评价要点…); a leaf without data gets the default shape of its rule, so every rule kind has an input
form in the 评分表 or on the 数据 sheet.
"""

from __future__ import annotations

from dataclasses import fields, replace
from decimal import Decimal
from typing import Any

from ..quantities import as_number, as_rate
from ..rules import InputError, Rule, Shape
from ..rules.inputs import with_entries
from ..rules.evaluate import Value
from ..rules.model import marker
from ..rubric.model import Indicator, leaf_inputs as bound_data


def default_shape(rule: Rule) -> Shape:
    return rule.scorer.default_shape(rule.label)


def leaf_inputs(indicator: Indicator) -> tuple[Shape, dict[str, Value]]:
    """The shape of a leaf's inputs and the values to start from (rubric data, entered score)."""
    rule = indicator.rule
    assert rule is not None
    data = indicator.data
    try:  # the data as the rubric bound them when it was read, scored and checked
        bound = with_entries(bound_data(indicator), indicator.score, indicator.reason or None)
        shape, values = bound.shape, dict(bound.values)
    except InputError:
        shape, values = Shape(), {}
    if not data:
        shape = default_shape(rule)
        if indicator.inputs:
            shape, spec_values = shape_from_spec(indicator.inputs, shape)
            values.update(spec_values)
    if rule.zeroing and not shape.has_zeroed:
        shape = replace(shape, has_zeroed=True)
        values.setdefault("zeroed", "否")
    if not rule.reads_manual and "manual" in values:
        values["entered"] = values.pop("manual")
    values.pop("full", None)
    return shape, values


def shape_from_spec(spec: dict[str, Any], shape: Shape) -> tuple[Shape, dict[str, Value]]:
    """The input form a rubric's ``inputs`` describes, with its fixed parts filled in (entity names,
    targets, survey credits)."""
    values: dict[str, Value] = {}
    measure = spec.get("measure")
    unit = str(spec.get("unit") or "")
    if measure:
        name = {"count": "actual"}.get(measure, measure)
        shape = replace(shape, measure=name, has_target=measure in ("ratio",) or (measure == "count" and shape.has_target))
    if unit:
        shape = replace(shape, units=(unit, unit))
    if spec.get("options"):
        options = list(spec["options"].items())
        shape = replace(shape, measure="survey", options=len(options))
        for index, (_, credit) in enumerate(options, start=1):
            values[f"credit_{index}"] = as_rate(credit, where=f"问卷选项{index}的赋分")
    if spec.get("items"):
        items = spec["items"]
        columns = tuple(str(c) for c in items.get("columns") or ["实际值"])
        rows = tuple(str(r) for r in items["rows"])
        targets = list(items.get("targets") or [])
        shape = replace(shape, item_rows=rows, item_columns=columns, has_failures=False)
        for r, row in enumerate(rows, start=1):
            values[f"item_{r}_name"] = row
            for c in range(1, len(columns) + 1):
                if c <= len(targets):
                    values[f"item_{r}_target_{c}"] = as_number(targets[c - 1], where=f"{columns[c - 1]}的目标值")
    if spec.get("points"):
        shape = replace(shape, points=int(spec["points"]), has_failures=False)
    return shape, values


_LABELS = {
    "actual": "实际值", "target": "目标值", "rate": "比率", "manual": "录入得分", "entered": "录入得分",
    "reason": "理由", "failures": "不符合项数", "grade": "等级", "zeroed": "否决情形",
    "planned_start": "计划开始日期", "planned_end": "计划完成日期", "actual_end": "实际完成日期",
}


def input_label(name: str) -> str:
    """An input's name as the evaluator sees it (未匹配数据 lists them): met_2 → 评价要点②."""
    if name in _LABELS:
        return _LABELS[name]
    parts = name.split("_")
    if parts[0] == "failures":
        return f"扣分情形{marker(int(parts[1]) - 1)}的次数"
    if parts[0] == "met":
        return f"评价要点{marker(int(parts[1]) - 1)}"
    if parts[0] in ("count", "credit"):
        return f"问卷选项{parts[1]}{'人数' if parts[0] == 'count' else '赋分'}"
    if parts[0] == "item":
        if parts[2] == "name":
            return f"逐项表第{parts[1]}行单位"
        return f"逐项表第{parts[1]}行第{parts[3]}项{'实际值' if parts[2] == 'actual' else '目标值'}"
    if name.startswith("v:"):
        return name[2:]
    return name


_SHAPE_FIELDS = tuple(item.name for item in fields(Shape))


def shape_to_json(shape: Shape) -> dict[str, Any]:
    """The shape as JSON data; its fields are texts, numbers, flags and tuples of them (``asdict``
    deep-copies each, a tenth of a big workbook's layout)."""
    data = {}
    for key in _SHAPE_FIELDS:
        value = getattr(shape, key)
        data[key] = list(value) if isinstance(value, tuple) else value
    return data


def shape_from_json(data: dict[str, Any]) -> Shape:
    fields = {key: tuple(value) if isinstance(value, list) else value for key, value in data.items()}
    return Shape(**fields)


def as_cell_value(value: Value) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() and abs(value) < 10**15 else float(value)
    return value
