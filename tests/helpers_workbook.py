"""Helpers for the workbook regeneration tests: random rubric documents written as YAML, typing into a
built workbook with openpyxl the way an evaluator would, editing its 指标体系 sheet (add / delete /
move / rename / reweight / change 评分标准) and an oracle that says, independently of the product
code, where every typed value must be after ``service.regenerate``.

The oracle keeps a *model* of the workbook: the non-empty value of every (leaf code, input name) and
the rows of the 未匹配数据 sheet. After a regeneration, each modelled value must be at its leaf's new
cell for that input if the leaf and the input still exist, else appended to 未匹配数据 with its code;
the cells an input is found in must sit in that leaf's own row of 评分表 / its own block of 数据.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable

import openpyxl
import yaml
from hypothesis import currently_in_test_context, event
from hypothesis import strategies as st
from python_calamine import CalamineWorkbook

from pingfen.workbook import service
from pingfen.workbook.inputs import input_label
from pingfen.workbook.read import coordinates, read_book

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
RUBRIC_SHEET, SCORE_SHEET, DATA_SHEET, CHECK_SHEET, UNMATCHED_SHEET = "指标体系", "评分表", "数据", "校验", "未匹配数据"
DELETED = "（指标已删除）"
COLUMNS = 9  # 编码 名称 分值 解释 评分标准 评分规则 公布得分 出处 备注
CODE, NAME, WEIGHT, EXPLANATION, CRITERIA, RULE = range(6)
_EPOCH = dt.date(1899, 12, 30)

D = Decimal


def fmt(value: Decimal | int | float) -> str:
    text = format(Decimal(str(value)).normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def half(value: Decimal) -> Decimal:
    """Rounded down to a multiple of 0.5."""
    return (value * 2).to_integral_value(rounding="ROUND_FLOOR") / 2


# ---------------------------------------------------------------- rule wordings (the pool)

RATE_LABELS = ("预算执行率", "资金到位率", "实际完成率", "满意度", "质量达标率")
POINT_TEXTS = (
    "项目立项符合国家法律法规和相关政策", "审批文件、材料符合相关要求", "预算编制经过科学论证",
    "资金的拨付有完整的审批程序和手续", "项目有健全的监管机制", "项目合同书、验收报告等资料齐全并及时归档",
)
ZEROING = "如存在截留、挤占、挪用等情况，此项不得分。"
COMMUNITIES = ("湖景", "田贝", "笋西", "北站", "笋岗", "田心")
NAMES = (
    "立项依据充分性", "绩效目标合理性", "资金到位率", "预算执行率", "资金使用合规性", "管理制度健全性",
    "活动开展次数达标情况", "服务档案建立数量", "工作达标率", "合同履约及时率", "辖区群众满意率", "推进社区发展",
    "=服务对象满意度", "成本控制达标率（新）", "义工队伍组建数量", "个案咨询及辅导数量达标情况",
)
TOP_NAMES = ("决策", "过程", "产出", "效益", "满意度")
SECOND_NAMES = ("项目立项", "绩效目标", "资金投入", "资金管理", "组织实施", "产出数量", "产出质量", "项目效益")

KINDS = (
    "rate", "rate_zero", "threshold", "bands", "steps", "items", "items_cap", "checklist", "checklist_count",
    "checklist_zero", "manual", "grade", "formula", "formula_vars", "dates",
)


def _shares(weight: Decimal, count: int) -> list[Decimal]:
    """``count`` shares of ``weight`` in multiples of 0.5 (fewer when the weight is small)."""
    count = max(1, min(count, int(weight * 2)))
    base = half(weight / count)
    shares = [base] * count
    shares[-1] = weight - base * (count - 1)
    return [share for share in shares if share > 0] or [weight]


def criteria_text(kind: str, weight: Decimal, pick: int) -> tuple[str, int]:
    """A real 评分标准 wording of ``kind`` for an indicator of ``weight``; returns (text, 评价要点 count)."""
    w = fmt(weight)
    label = RATE_LABELS[pick % len(RATE_LABELS)]
    if kind == "rate":
        return (f"得分为{label}*{w}分" if pick % 2 else f"得分={label}×{w}分"), 0
    if kind == "rate_zero":
        return f"得分={label}×{w}分。{ZEROING}", 0
    if kind == "threshold":
        return f"{label}≥{(90, 95, 99, 100)[pick % 4]}%的，得满分；否则不得分。", 0
    if kind == "bands":
        second = fmt(half(weight * D("0.6")))
        return f"根据{label}进行评分：\n①{label}≥90%的，得{w}分；\n②80%≤{label}＜90%的，得{second}分；\n③{label}＜80%的，得0分。", 0
    if kind == "steps":
        return f"{label}为100%的得满分，每少10%扣1分，{label}不足50%不得分", 0
    if kind == "items":
        return f"根据各社区完成情况进行评分，每出现1个社区未完成的扣{('0.5', '1')[pick % 2]}分，扣完为止", 0
    if kind == "items_cap":
        return "根据各社区运营项目实际成本进行评分，每存在1个社区年度运营经费超过50万元的，扣2分，扣完为止。", 0
    if kind in ("checklist", "checklist_zero"):
        shares = _shares(weight, 2 + pick % 4)
        lines = [f"{CIRCLED[i]}{POINT_TEXTS[(pick + i) % len(POINT_TEXTS)]}（{fmt(share)}分）" for i, share in enumerate(shares)]
        text = "评价要点：\n" + "；\n".join(lines) + "。"
        return (text + "\n" + ZEROING if kind == "checklist_zero" else text), len(shares)
    if kind == "checklist_count":
        count = 2 + pick % 4
        return f"{count}个评价要点都符合得{w}分，1个不符合扣1分", count
    if kind == "manual":
        return ("根据情况酌情扣分", "根据项目绩效目标完成情况及工作情况进行评分，存在效果未达到预期情况的，酌情扣分。")[pick % 2], 0
    if kind == "grade":
        return f"等级得分：优秀{w}分，良好{fmt(half(weight * D('0.8')))}分，合格{fmt(half(weight * D('0.6')))}分，不合格0分", 0
    if kind == "formula":
        return f"得分=实际完成值/计划数×{w}分", 0
    if kind == "formula_vars":  # names that are neither 实际值 nor 目标值: inputs named after them
        return f"得分=实际完成数/计划完成数×{w}分", 0
    if kind == "dates":
        return "完成及时率=[（计划完成时间-实际完成时间）/计划完成时间]×100%。", 0
    raise AssertionError(kind)


def leaf_data(kind: str, weight: Decimal, points: int, pick: int) -> dict[str, Any]:
    """Data a report could give for a leaf of ``kind`` (keys of the rubric ``data`` mapping, plus
    ``score``/``reason`` under the key ``_indicator``)."""
    variant = pick % 3
    if kind in ("rate", "rate_zero", "formula"):
        data: dict[str, Any] = (
            {"actual": "286.54万元", "target": "288万元"},
            {"rate": f"{90 + pick % 10}%"},
            {"counts": [15, 15, 10], "credits": ["100%", "80%", "50%"]},
        )[variant if kind == "rate" else pick % 2]
        if kind == "rate_zero":
            data["zeroed"] = bool(pick % 5 == 0)
        return data
    if kind in ("threshold", "bands", "steps"):
        return {"rate": f"{85 + pick % 15}%"} if variant else {"actual": 95, "target": 100}
    if kind == "items":
        if variant == 0:
            return {"failures": pick % 4}
        columns = ["小组活动", "个案咨询", "个案辅导"][: 1 + pick % 2]
        rows = {COMMUNITIES[(pick + i) % 6]: [10 + (pick * (i + 3) + c) % 15 for c in range(len(columns))] for i in range(2 + pick % 3)}
        return {"items": {"columns": columns, "targets": [12] * len(columns), "rows": rows}}
    if kind == "items_cap":
        rows = {COMMUNITIES[(pick + i) % 6]: [f"{46 + (pick + i) % 6}.5万元"] for i in range(2 + pick % 2)}
        return {"items": {"columns": ["平均年服务经费"], "targets": ["≤50万元"], "rows": rows}}
    if kind in ("checklist", "checklist_count", "checklist_zero"):
        data = {"met": [bool((pick >> i) & 1 or i % 2) for i in range(points)]}
        if kind == "checklist_zero":
            data["zeroed"] = False
        return data
    if kind == "grade":
        return {"grade": ("优秀", "良好", "合格")[variant]}
    if kind == "formula_vars":
        return {"vars": {"实际完成数": 11 + pick % 2, "计划完成数": 12}}
    if kind == "dates":
        return {"planned_start": "2023-07-01", "planned_end": "2024-06-30", "actual_end": "2024-05-31"}
    if kind == "manual":
        return {"_indicator": {"score": min(weight, half(weight * D("0.8"))), "reason": "酌情扣分，因服务覆盖面不够广"}}
    raise AssertionError(kind)


# ---------------------------------------------------------------- random rubric documents


def _partition(draw: Callable[[Any], Any], total: int, count: int) -> list[int]:
    count = max(1, min(count, total))
    cuts = sorted(draw(st.lists(st.integers(1, total - 1), min_size=count - 1, max_size=count - 1, unique=True))) if count > 1 else []
    bounds = [0, *cuts, total]
    return [b - a for a, b in zip(bounds, bounds[1:])]


@st.composite
def rubric_documents(draw: Callable[[Any], Any]) -> dict[str, Any]:
    """A small rubric: 2-4 一级 indicators whose weights add up to 100, 二级 children, some with 三级
    children, weights adding up at every level, leaves with rules drawn from the pool."""
    tops = draw(st.integers(2, 4))
    indicators = []
    for t, top_weight in enumerate(_partition(draw, 100, tops), start=1):
        top: dict[str, Any] = {"code": str(t), "name": TOP_NAMES[t - 1], "weight": top_weight}
        children = []
        for s, weight in enumerate(_partition(draw, top_weight, draw(st.integers(1, 3))), start=1):
            code = f"{t}.{s}"
            if weight >= 2 and draw(st.integers(0, 3)) == 0:
                grand = [
                    _leaf(draw, f"{code}.{g}", w)
                    for g, w in enumerate(_partition(draw, weight, draw(st.integers(1, 2))), start=1)
                ]
                children.append({"code": code, "name": SECOND_NAMES[(t + s) % len(SECOND_NAMES)], "weight": weight, "children": grand})
            else:
                children.append(_leaf(draw, code, weight))
        top["children"] = children
        indicators.append(top)
    return {
        "project": "社区党群服务中心运营经费（双百工程）", "year": 2022, "department": "深圳市罗湖区笋岗街道办事处",
        "evaluator": "笋岗街道绩效评价工作小组", "total": 100, "precision": 2, "indicators": indicators,
    }


def _leaf(draw: Callable[[Any], Any], code: str, weight: int) -> dict[str, Any]:
    kind = draw(st.sampled_from(KINDS))
    pick = draw(st.integers(0, 63))
    text, points = criteria_text(kind, D(weight), pick)
    node: dict[str, Any] = {"code": code, "name": NAMES[pick % len(NAMES)].lstrip("="), "weight": weight, "criteria": text}
    if draw(st.booleans()):
        data = leaf_data(kind, D(weight), points, pick)
        node.update({key: (fmt(v) if isinstance(v, Decimal) else v) for key, v in data.pop("_indicator", {}).items()})
        if data:
            node["data"] = data
    return node


class _Dumper(yaml.SafeDumper):
    pass


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)


_Dumper.add_representer(str, _text)


def to_yaml(document: dict[str, Any]) -> str:
    return yaml.dump(document, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=200)


# ---------------------------------------------------------------- canonical values


def canonical(value: Any) -> Any:
    """A typed or read value in one comparable form: numbers as Decimal, dates as Excel serials."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return Decimal((value - _EPOCH).days)
    if isinstance(value, Decimal):
        return _excel_digits(value)
    if isinstance(value, (int, float)):
        return _excel_digits(Decimal(repr(float(value))))
    return str(value)


def _excel_digits(value: Decimal) -> Decimal:
    """A number to the 15 significant digits Excel keeps: openpyxl writes floats with 16 ('%.16g'), so a
    typed 0.94 saved by it reads back as 0.9399999999999999 — the same number to Excel and to the user."""
    if value.is_zero():
        return Decimal(0)
    return value.quantize(Decimal(1).scaleb(value.adjusted() - 14)).normalize()


# ---------------------------------------------------------------- the 指标体系 sheet as rows


@dataclass
class RubricRows:
    rows: list[list[Any]]
    total: Decimal
    total_row: int
    header_row: int
    as_number: set[str] = field(default_factory=set)  # codes typed as numbers (2.3, 5), as Excel stores them
    gap: int | None = None  # index of a blank row left among the indicator rows

    def codes(self) -> list[str]:
        return [row[CODE] for row in self.rows]

    def index(self, code: str) -> int:
        return self.codes().index(code)

    def row(self, code: str) -> list[Any]:
        return self.rows[self.index(code)]

    def children(self, code: str | None) -> list[str]:
        return [c for c in self.codes() if parent_of(c) == code]

    def is_leaf(self, code: str) -> bool:
        return not self.children(code)

    def leaves(self) -> list[str]:
        return [c for c in self.codes() if self.is_leaf(c)]

    def block(self, code: str) -> tuple[int, int]:
        """Row indexes [start, end) of ``code`` and its descendants."""
        start = self.index(code)
        end = start + 1
        while end < len(self.rows) and self.rows[end][CODE].startswith(code + "."):
            end += 1
        return start, end

    def ancestors(self, code: str) -> list[str]:
        result, parent = [], parent_of(code)
        while parent is not None:
            result.append(parent)
            parent = parent_of(parent)
        return result

    def shift(self, code: str, delta: Decimal) -> None:
        """Adds ``delta`` to every ancestor of ``code`` and to the 总分, keeping the sums right."""
        for ancestor in self.ancestors(code):
            row = self.row(ancestor)
            row[WEIGHT] = row[WEIGHT] + delta
        self.total += delta

    def balanced(self) -> bool:
        weights = {row[CODE]: row[WEIGHT] for row in self.rows}
        for code in weights:
            children = self.children(code)
            if children and sum(weights[c] for c in children) != weights[code]:
                return False
        return sum(weights[c] for c in self.children(None)) == self.total

    def names(self) -> dict[str, str]:
        return {row[CODE]: row[NAME] for row in self.rows}


def parent_of(code: str) -> str | None:
    return code.rsplit(".", 1)[0] if "." in code else None


def _number(value: Any) -> Decimal:
    return Decimal(repr(float(value))).normalize() if not isinstance(value, Decimal) else value


def load_rows(ws: Any) -> RubricRows:
    header = total_row = None
    for r in range(1, ws.max_row + 1):
        label = ws.cell(r, 1).value
        if label == "总分":
            total_row = r
        if label == "编码":
            header = r
            break
    assert header and total_row, "指标体系 sheet without 总分 or header row"
    rows = []
    for r in range(header + 1, ws.max_row + 1):
        values = [ws.cell(r, c).value for c in range(1, COLUMNS + 1)]
        if all(v in (None, "") for v in values):
            continue
        values[CODE] = str(values[CODE])
        values[WEIGHT] = _number(values[WEIGHT])
        rows.append(values)
    return RubricRows(rows, _number(ws.cell(total_row, 2).value), total_row, header)


def _put(ws: Any, row: int, column: int, value: Any) -> None:
    cell = ws.cell(row, column)
    if isinstance(value, Decimal):
        value = int(value) if value == value.to_integral_value() else float(value)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # typed text stays text, even "=…"


def save_rows(ws: Any, model: RubricRows) -> None:
    rows = [list(row) for row in model.rows]
    for row in rows:
        if row[CODE] in model.as_number:
            row[CODE] = float(row[CODE]) if "." in row[CODE] else int(row[CODE])
    if model.gap is not None:
        rows.insert(model.gap, [None] * COLUMNS)
    last = max(ws.max_row, model.header_row + len(rows))
    for offset in range(last - model.header_row):
        values = rows[offset] if offset < len(rows) else [None] * COLUMNS
        for column, value in enumerate(values, start=1):
            _put(ws, model.header_row + 1 + offset, column, value)
    _put(ws, model.total_row, 2, model.total)


# ---------------------------------------------------------------- edits of 指标体系


@dataclass(frozen=True)
class Edit:
    kind: str  # add | delete | delete_subtree | move | rename | reweight | rule
    a: int
    b: int
    fix: bool  # keep the weights adding up (rule: write into the 评分规则 column instead)
    weight: int
    rule_kind: str
    pick: int
    gap: int = 0  # 3: also leave a blank row somewhere among the indicator rows


EDIT_KINDS = ("add", "delete", "delete_subtree", "move", "rename", "reweight", "rule")


def edits() -> st.SearchStrategy[Edit]:
    return st.builds(
        Edit, st.sampled_from(EDIT_KINDS), st.integers(0, 999), st.integers(0, 999), st.booleans(),
        st.integers(1, 6), st.sampled_from(KINDS), st.integers(0, 63), st.integers(0, 3),
    )


@dataclass
class Applied:
    description: str
    rule_changed: set[str] = field(default_factory=set)  # leaves whose rule text (or leaf-ness) changed


def apply_edit(model: RubricRows, edit: Edit, used: set[str]) -> Applied:
    """Applies ``edit`` to the rows; ``used`` holds every code that ever existed (new codes are new)."""
    codes = model.codes()
    leaves = model.leaves()
    if edit.gap == 3:
        model.gap = edit.a % (len(model.rows) + 1)
    if edit.kind == "add":
        parents: list[str | None] = [None] + [c for c in codes if c.count(".") < 2]
        parent = parents[edit.a % len(parents)]
        n = 1
        while (code := f"{parent}.{n}" if parent else str(n)) in used:
            n += 1
        used.add(code)
        if edit.pick % 4 == 0 and code.count(".") <= 1 and not code.endswith("0"):
            model.as_number.add(code)  # typed into an unformatted row, Excel keeps 2.3 as a number
        siblings = model.children(parent)
        was_leaf = parent is not None and not siblings
        weight = D(edit.weight)
        if was_leaf and edit.fix:
            weight = model.row(parent)[WEIGHT]  # the leaf is split into one child: sums still right
        elif edit.fix:
            model.shift(code, weight)
        slots = [model.index(parent) + 1 if parent else 0] + [model.block(s)[1] for s in siblings]
        text, _ = criteria_text(edit.rule_kind, weight, edit.pick)
        row = [code, NAMES[edit.pick % len(NAMES)], weight, "新增指标", text, None, None, None, None]
        model.rows.insert(slots[edit.b % len(slots)], row)
        return Applied(f"add {code} under {parent} ({edit.rule_kind}, weight {fmt(weight)}, fix={edit.fix})", {code, *([parent] if was_leaf else [])})
    if edit.kind == "delete":
        if len(model.rows) <= 1:
            return Applied("delete skipped")
        code = leaves[edit.a % len(leaves)]
        parent = parent_of(code)
        only_child = parent is not None and len(model.children(parent)) == 1
        if not model.children(None) == [code]:
            weight = model.row(code)[WEIGHT]
            del model.rows[model.index(code)]
            if edit.fix and not only_child:
                model.shift(code, -weight)
            return Applied(f"delete {code} (fix={edit.fix})", {parent} if only_child else set())
        return Applied("delete skipped")
    if edit.kind == "delete_subtree":
        groups = [c for c in codes if not model.is_leaf(c) and (parent_of(c) is not None or len(model.children(None)) > 1)]
        if not groups:
            return Applied("delete_subtree skipped")
        code = groups[edit.a % len(groups)]
        parent = parent_of(code)
        only_child = parent is not None and len(model.children(parent)) == 1
        weight = model.row(code)[WEIGHT]
        start, end = model.block(code)
        del model.rows[start:end]
        if edit.fix and not only_child:
            model.shift(code, -weight)
        return Applied(f"delete subtree {code} (fix={edit.fix})", {parent} if only_child else set())
    if edit.kind == "move":
        groups = [g for g in [None, *codes] if len(model.children(g)) >= 2]
        if not groups:
            return Applied("move skipped")
        group = groups[edit.a % len(groups)]
        siblings = model.children(group)
        moving = siblings[edit.b % len(siblings)]
        start, end = model.block(moving)
        block = model.rows[start:end]
        del model.rows[start:end]
        rest = [s for s in siblings if s != moving]
        slots = [model.block(rest[0])[0]] + [model.block(s)[1] for s in rest]
        target = slots[(edit.b // len(siblings) + edit.pick) % len(slots)]
        model.rows[target:target] = block
        return Applied(f"move {moving} among children of {group}")
    if edit.kind == "rename":
        code = codes[edit.a % len(codes)]
        name = NAMES[edit.b % len(NAMES)] + ("（修订）" if edit.pick % 2 else "")
        model.row(code)[NAME] = name
        return Applied(f"rename {code} to {name}")
    if edit.kind == "reweight":
        code = leaves[edit.a % len(leaves)]
        weight = D(edit.weight) + (D("0.5") if edit.pick % 3 == 0 else 0)
        delta = weight - model.row(code)[WEIGHT]
        model.row(code)[WEIGHT] = weight
        if edit.fix:
            model.shift(code, delta)
        return Applied(f"reweight {code} to {fmt(weight)} (fix={edit.fix})")
    if edit.kind == "rule":
        code = leaves[edit.a % len(leaves)]
        row = model.row(code)
        text, _ = criteria_text(edit.rule_kind, row[WEIGHT], edit.pick)
        if edit.fix and edit.rule_kind not in ("manual", "dates"):
            row[RULE] = text  # the explicit 评分规则 column overrides 评分标准
        else:
            row[CRITERIA], row[RULE] = text, None
        return Applied(f"rule of {code} -> {edit.rule_kind}{' (评分规则 column)' if row[RULE] else ''}", {code})
    raise AssertionError(edit.kind)


# ---------------------------------------------------------------- typing values


@dataclass(frozen=True)
class Typing:
    pick: int
    mode: str  # fit | clear | mismatch
    number: Any
    text: str
    choice: Any
    date: dt.date


TEXTS = (
    "酌情扣1分，因社工专业能力有待提升", "=SUM(A1:A3)", "=酌情扣0.5分", "= 前有等号和空格", "0012", "湖景社区",
    " 前后有空格 ", "良好", "优秀", "—", "多行\n理由",
)
NUMBERS = st.one_of(
    st.integers(-3, 500),
    st.sampled_from([0.5, 0.995, 286.54, 175312.57, 1234567.891, 1e-7, 12.25, 99.44]),  # openpyxl writes 15 significant digits
)


def typings() -> st.SearchStrategy[Typing]:
    return st.builds(
        Typing, st.integers(0, 10_000), st.sampled_from(("fit",) * 7 + ("clear", "mismatch")), NUMBERS,
        st.sampled_from(TEXTS), st.sampled_from(("是", "否", "是", "否", True)),
        st.dates(dt.date(2020, 1, 1), dt.date(2025, 12, 31)),
    )


_TEXT_INPUTS = ("reason", "grade")
_CHOICE_INPUTS = ("zeroed",)
_DATE_INPUTS = ("planned_start", "planned_end", "actual_end")


def value_for(name: str, typing: Typing) -> Any:
    textual = name in _TEXT_INPUTS or (name.startswith("item_") and name.endswith("_name"))
    choice = name in _CHOICE_INPUTS or name.startswith("met_")
    if typing.mode == "clear":
        return None
    if typing.mode == "mismatch":
        if name in _DATE_INPUTS:
            return "待定"
        return typing.number if textual else typing.text
    if textual:
        return typing.text
    if choice:
        return typing.choice
    if name in _DATE_INPUTS:
        return typing.date
    return typing.number


def type_values(wb: Any, inputs: dict[str, dict[str, tuple[str, str]]], plan: list[Typing]) -> dict[tuple[str, str], Any]:
    """Types the planned values into input cells (resolved against the sorted inputs); returns what
    was typed where, the last typing of a cell winning."""
    cells = sorted((code, name) for code, names in inputs.items() for name in names)
    typed: dict[tuple[str, str], Any] = {}
    if not cells:
        return typed
    for typing in plan:
        code, name = cells[typing.pick % len(cells)]
        sheet, address = inputs[code][name]
        value = value_for(name, typing)
        cell = wb[sheet][address]
        cell.value = value
        if isinstance(value, str):
            cell.data_type = "s"  # a typed "=…" is text (as Excel stores '=…)
        typed[(code, name)] = value
    return typed


# ---------------------------------------------------------------- the oracle


def _grid(book: CalamineWorkbook, sheet: str) -> list[list[Any]]:
    return book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)


def _cell(grid: list[list[Any]], row: int, column: int) -> Any:
    if row - 1 < len(grid) and column - 1 < len(grid[row - 1]):
        return grid[row - 1][column - 1]
    return None


def _event(text: str) -> None:
    if currently_in_test_context():  # the example-based tests use the oracle too
        event(text)


def unmatched_key(row: tuple[Any, ...]) -> tuple[Any, ...]:
    code, name, item, value = row
    return (str(code), str(name), str(item), canonical(value))


@dataclass
class Session:
    """A workbook being edited and regenerated, with the model of where its values must be."""

    path: Path
    values: dict[tuple[str, str], Any] = field(default_factory=dict)  # non-empty, canonical
    unmatched: list[tuple[Any, ...]] = field(default_factory=list)  # canonical keys, in sheet order
    backups: list[tuple[Path, bytes]] = field(default_factory=list)
    used: set[str] = field(default_factory=set)
    log: list[str] = field(default_factory=list)

    @classmethod
    def start(cls, path: Path) -> "Session":
        saved = read_book(path)
        session = cls(path)
        session.values = {key: canonical(v) for key, v in saved.values.items() if canonical(v) is not None}
        session.unmatched = [unmatched_key(row) for row in saved.unmatched]
        session.used = {indicator.code for indicator in saved.rubric.walk()}
        return session

    def step(self, plan: list[Typing], edit: Callable[[RubricRows], Applied] | Edit | None) -> tuple[RubricRows, Applied]:
        """Types ``plan`` into the current input cells, applies ``edit`` to 指标体系, saves, checks the
        saved file reads back as typed, then regenerates and checks every value."""
        before = read_book(self.path)
        wb = openpyxl.load_workbook(self.path)
        typed = type_values(wb, before.inputs, plan)
        rows = load_rows(wb[RUBRIC_SHEET])
        if isinstance(edit, Edit):
            applied = apply_edit(rows, edit, self.used)
        elif edit is not None:
            applied = edit(rows)
        else:
            applied = Applied("no edit")
        self.log.append(applied.description)
        _event(f"edit: {edit.kind if isinstance(edit, Edit) else applied.description}{' (skipped)' if 'skipped' in applied.description else ''}")
        save_rows(wb[RUBRIC_SHEET], rows)
        wb.save(self.path)
        for key, value in typed.items():
            if canonical(value) is None:
                self.values.pop(key, None)
            else:
                self.values[key] = canonical(value)
        edited = read_book(self.path)
        read_back = {key: canonical(v) for key, v in edited.values.items() if canonical(v) is not None}
        assert read_back == self.values, f"typed values do not read back: {self._diff(read_back, self.values)}"
        for key, value in typed.items():
            if isinstance(value, str):
                assert edited.values[key] == value, f"{key}: typed text {value!r} read back as {edited.values[key]!r}"
        self.regenerate(rows, applied, before.inputs)
        return rows, applied

    def regenerate(self, rows: RubricRows, applied: Applied, old_inputs: dict[str, dict[str, tuple[str, str]]]) -> None:
        pre = self.path.read_bytes()
        result, backup, _ = service.regenerate(self.path)
        self.backups.append((Path(backup), pre))
        for path, content in self.backups:  # every backup, not only the last, is still there
            assert path.exists(), f"backup {path} is gone"
            assert path.read_bytes() == content, f"backup {path} differs from the file before that regeneration"
        assert len({path for path, _ in self.backups}) == len(self.backups), "two regenerations share one backup file"
        assert Path(backup) != self.path
        after = read_book(self.path)
        self.check_rubric(after, rows)
        leaves = set(rows.leaves())
        assert set(after.inputs) == leaves
        names = rows.names()
        expected_moves = []
        for (code, name), value in self.values.items():
            if code in after.inputs and name in after.inputs[code]:
                found = canonical(after.values[(code, name)])
                assert type(found) is type(value) and found == value, f"{code} {name}: expected {value!r}, found {found!r} ({self.log})"
            else:
                if name == "zeroed" and value == "否":
                    continue  # only the default answer of a removed 否决 clause: nothing typed is lost
                expected_moves.append((code, names.get(code, DELETED), input_label(name), value))
        got = [unmatched_key(row) for row in after.unmatched]
        if expected_moves:
            _event("values moved to 未匹配数据")
        if any(isinstance(v, str) and v.startswith("=") for v in self.values.values()):
            _event("a typed '=…' text carried")
        assert got[: len(self.unmatched)] == self.unmatched, "rows of 未匹配数据 changed or were lost"
        assert Counter(got[len(self.unmatched):]) == Counter(expected_moves), (
            f"未匹配数据 new rows {got[len(self.unmatched):]} != expected {expected_moves} ({self.log})"
        )
        new_values = {key: canonical(v) for key, v in after.values.items() if canonical(v) is not None}
        for key, value in new_values.items():
            if key not in self.values or key in {(m[0], m[2]) for m in expected_moves}:
                # nothing attached to another indicator: the only value a cell may gain is a default
                assert key[1] == "zeroed" and value == "否", f"{key} gained {value!r} ({self.log})"
        for code in leaves - applied.rule_changed:
            if code in old_inputs:
                assert set(after.inputs[code]) == set(old_inputs[code]), f"{code}: inputs changed by an edit that kept its rule ({self.log})"
        self.check_placement(after, rows)
        self.check_findings(rows)
        recalculated = service.recalc(self.path)
        assert repr(recalculated.total) == repr(result.total)
        self.values = new_values
        self.unmatched = got

    def check_rubric(self, after: Any, rows: RubricRows) -> None:
        """The regenerated 指标体系 is the one the user left: codes in order, names, weights, texts."""
        walked = list(after.rubric.walk())
        assert [i.code for i in walked] == rows.codes()
        for indicator, row in zip(walked, rows.rows):
            assert indicator.name == str(row[NAME]).strip()
            assert indicator.weight == row[WEIGHT]
            assert indicator.criteria == (row[CRITERIA] or "").strip()
            assert indicator.rule_text == (row[RULE] or "").strip()
        assert after.rubric.total == rows.total

    def check_placement(self, after: Any, rows: RubricRows) -> None:
        """Each input cell sits in its own leaf's row of 评分表 or its own block of 数据."""
        book = CalamineWorkbook.from_path(str(self.path))
        score, data = _grid(book, SCORE_SHEET), _grid(book, DATA_SHEET)
        names = rows.names()
        prefixes = {code: f"{code} {names[code]}（分值" for code in after.inputs}
        for code, inputs in after.inputs.items():
            level = code.count(".") + 1
            score_rows = set()
            for name, (sheet, address) in inputs.items():
                row, _ = coordinates(address)
                if sheet == SCORE_SHEET:
                    score_rows.add(row)
                    assert _cell(score, row, level) == names[code], f"{code} {name} at 评分表!{address}, a row of {_cell(score, row, level)!r}"
                else:
                    assert sheet == DATA_SHEET
                    owner = None
                    for r in range(row - 1, 0, -1):
                        text = _cell(data, r, 1)
                        if isinstance(text, str):
                            owner = next((c for c, p in prefixes.items() if text.startswith(p)), None)
                            if owner:
                                break
                    assert owner == code, f"{code} {name} at 数据!{address} is in the block of {owner}"
            assert len(score_rows) == 1, f"{code}: 评分表 inputs on rows {score_rows}"

    def check_findings(self, rows: RubricRows) -> None:
        book = CalamineWorkbook.from_path(str(self.path))
        codes = {str(row[1]) for row in _grid(book, CHECK_SHEET)[2:] if len(row) > 1}
        flagged = bool(codes & {"WEIGHT_SUM", "TOTAL_WEIGHT"})
        assert flagged == (not rows.balanced()), f"校验 weight findings {codes} but balanced={rows.balanced()} ({self.log})"

    @staticmethod
    def _diff(a: dict[Any, Any], b: dict[Any, Any]) -> str:
        keys = sorted(set(a) | set(b))
        return "; ".join(f"{k}: {a.get(k)!r} vs {b.get(k)!r}" for k in keys if a.get(k) != b.get(k))

