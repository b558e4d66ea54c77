"""The measure and the amount it is compared with, entered by name (vars) for a rule read against a 目标值: 本年及时受理率
and 上年及时受理率 for 及时受理率达到100%的得4分，未达到但高于上年的得2分; 本地增幅 and 全省平均增幅 for 增幅高于全省平均水平的得4分;
实有人数 and 编制数 for 实有人数不超过编制数的得4分，超编的每超1人扣1分; 实际支出 and 预算 for 实际支出与预算偏差率在±5%以内.

They are the 实际值 and the 目标值 the rule reads, named as the text names them: the amount compared with is the one the
text names right after a word comparing (高于上年, 不超过编制数, 与预算), the other the measure (the rule's label, or named
in the text itself). Both names are cut to what tells them apart (上年|及时受理率 and 本年|及时受理率: 上年 and 本年), so a
name written in full or by that part alone is found. Nothing is taken when it is not one of each — two amounts named
after a comparison, or neither, or a third amount entered — nor for a measure that is the gap between the two
(自评得分与复核得分偏差), nor when the two are held in different units (a rate and an amount, or 人 beside 万元)."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..text.lazy_regex import lazy_compile

if TYPE_CHECKING:
    from .expr import Expr
    from .inputs import Shape

# a measure that is the gap between two amounts (偏差 and the changes: model.change_of)
_DIFFERENCE = lazy_compile(r"差|偏离")
# the words a compared amount follows: 高于上年 / 不超过编制数 / 与预算 / 较上年 / 达到上年规模 / 等于全省平均 / 控制在预算的±5%以内
_COMPARED = r"(?:高于|低于|超过|超出|多于|少于|大于|小于|等于|达到|不足|控制在|与|同|和|较|比|相对于?|对比)"


def entered_by_name(text: str, label: str, shape: "Shape") -> tuple["Shape", dict[str, str]] | None:
    """The shape the rule is read with (the measure and the amount compared with as its 实际值 and 目标值), and the
    renaming of those inputs to the variables entered; None when the two variables are not such a pair."""
    if len(shape.variables) != 2 or shape.measure or shape.has_target or shape.points or shape.has_failures \
            or shape.has_grade or shape.options or shape.item_rows:
        return None
    from .model import change_of

    if (change_of(label) is not None or _DIFFERENCE.search(label)) \
            and not (all(name.endswith(label) for name in shape.variables)
                     and all(unit == "%" for unit in shape.variable_units)):
        # (实际支出进度与计划进度差异 / 自评得分与复核得分偏差: the measure is the gap between the two, not either; 本地增幅
        # and 全省平均增幅 for 增幅高于全省平均水平, entered as rates: each is that growth itself — entered as bare
        # numbers, they would be read as two amounts to work a growth from)
        return None
    compared = [name for name in shape.variables if _named_after_comparison(text, _own_part(name, shape.variables))]
    if len(compared) != 1:
        return None
    reference = compared[0]
    measured = next(name for name in shape.variables if name != reference)
    if not (measured.endswith(label) or measured in text):
        return None  # (the measure neither the rule's label nor named by the text: not known to be what is scored)
    units = shape.variable_units
    if all(unit == "%" for unit in units):
        return replace(shape, measure="rate", has_target=True, units=("%", "%"), variables=(), variable_units=(),
                       written_unit=""), {"rate": f"v:{measured}", "target": f"v:{reference}"}
    if len(set(units)) == 1:
        # (both held as written, in the one unit they were written in; or both converted to one base unit: 50003人 and
        # 5万人 are held as 50003 and 50000 人)
        unit = shape.written_unit if units[0] == "" else units[0]
        return replace(shape, measure="ratio", has_target=True, units=(unit, unit), variables=(), variable_units=(),
                       written_unit=""), {"actual": f"v:{measured}", "target": f"v:{reference}"}
    return None


def target_named(explanation: "Expr", names: dict[str, str]) -> "Expr":
    """The explanation with the amount compared with named as entered (and a rate's value: 及时受理率>上年及时受理率（98%）),
    where the rule's words say 目标值."""
    from dataclasses import fields, is_dataclass

    from .expr import Concat, Fmt, Text, Var

    target = names["target"]
    # (a rate compared with a rate shows the other's value; an amount's 目标值 is its 100% in the rule's words — the
    # name alone, never 98.33%≤预算（120）)
    shown = (Text(target[2:]), Text("（"), Fmt(Var(target), "pct"), Text("）")) if "rate" in names else (Text(target[2:]),)

    def named(node: object) -> object:
        if isinstance(node, Text) and "目标值" in node.value:
            pieces = node.value.split("目标值")
            parts: list[object] = [Text(pieces[0])]
            for piece in pieces[1:]:
                # (目标值（100%）: the rule shows what it compares with already — the name alone)
                parts += [*(shown[:1] if piece.startswith("（") else shown), Text(piece)]
            return Concat(tuple(part for part in parts if not (isinstance(part, Text) and not part.value)))
        if isinstance(node, tuple):
            return tuple(named(item) for item in node)
        if is_dataclass(node) and not isinstance(node, type):
            return replace(node, **{item.name: named(getattr(node, item.name)) for item in fields(node)})
        return node

    return named(explanation)  # type: ignore[return-value]


def _own_part(name: str, names: tuple[str, ...]) -> str:
    """The name less the ending it shares with the other (上年及时受理率 beside 本年及时受理率: 上年), or whole."""
    other = next(n for n in names if n != name)
    # (本年及时受理率 and 上年及时受理率 share 年及时受理率: the parts kept two characters long, 本年 and 上年)
    shared = min(len(os.path.commonprefix([name[::-1], other[::-1]])), len(name) - 2, len(other) - 2)
    return name[: len(name) - shared] if shared > 0 else name


def _named_after_comparison(text: str, part: str) -> bool:
    return re.search(_COMPARED + "(?:于)?" + re.escape(part), text) is not None


__all__ = ["entered_by_name", "target_named"]
