"""A 自评表 row copied cell by cell, each cell under its own label, on lines of their own or apart by spaces:
``指标:培训教师人数\\n年度指标值:≥800人\\n实际完成值:760人\\n分值:10分(按完成率×分值计算,最高不超过分值)`` /
``指标:…支出率\\n指标值:≥90%  实际完成值:  分值:5\\n支出率≥90%得5分;…\\n注:…`` / ``数量指标:补助村卫生室数量 年度指标值:=186个
实际完成值:186个 分值:5分 (完成得满分,未完成按比例得分)``.

The labels say what each cell is, so the row is read by them, not by where a number stands: the indicator's name (指标 /
指标名称 / 三级指标, or its kind: 数量指标:补助村卫生室数量), the target (年度指标值 / 指标值), the value achieved (实际完成值:
what the evaluator enters — blank, or pasted in the target's own unit, or a day for a day's target), the 分值, and the rule:
in brackets right after the 分值, or after the 分值 cell (its 评分标准 label already dropped), with any note lines after it.

Only the whole row, in the form's order (the levels above the indicator, the name, the target, the value achieved, the
分值, the rule), each label once; anything else (a cell with no label between them, a value in another unit, a second
rule) is no row this reader knows, left to the others.
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_KINDS = r"(?:一级指标|二级指标)"
# 数量指标 / 满意度指标: the kinds of indicator a performance form sorts its rows by (self_assessment_row.py too)
INDICATOR_KINDS = r"(?:产出|效益|成本|数量|质量|时效|经济效益|社会效益|生态效益|可持续影响|满意度)指标"
# (指标1:安保工程实施里程: the form's own number of the indicator, in its label)
_NAMES = rf"(?:三级指标|指标名称|指标\d{{0,2}}|{INDICATOR_KINDS})"
# 数量指标 指标1:…: the indicator's kind in a cell of its own, unlabelled, before the labelled cells
_KIND_ALONE = lazy_compile(INDICATOR_KINDS)
_TARGETS = r"(?:年度指标值|指标值)"
_ACTUALS = r"(?:实际完成值|实际完成时间|完成值|实际值)"
_LABEL = rf"(?:{_KINDS}|{_TARGETS}|{_ACTUALS}|分值|{_NAMES})"
# a cell starts a line, or follows a column gap, with its label and colon — or follows a bar (产出指标|数量指标|指标1:…|
# 指标值≥98%|实际值:|分值6|…: every bar is a column's edge)
_CELL_START = lazy_compile(rf"\n[ \t]*|[ \t]*\|[ \t]*|[ \t]+(?={_LABEL}:)")
# the label's colon, or the target's sign right after its label (指标值≥98%), or the points' number (分值6)
_CELL = lazy_compile(rf"^(?P<label>{_LABEL})(?::|(?<=指标值)(?=[≥≤=])|(?<=分值)(?=\d))[ \t]*(?P<value>.*)$")
# 偏差原因:| / 得分: — a column after the 分值 the evaluator fills in, left blank (no rule in it)
_BLANK_AFTER_POINTS = lazy_compile(r"^(?:偏差原因|未完成原因|原因分析|得分|备注)(?:及改进措施)?:?_*$")
_NUMBER_UNIT = lazy_compile(r"^[≥≤=]?\d+(?:\.\d+)?(?P<unit>%|‰|[^\W\d_]{1,4}(?:/[^\W\d_]{1,3})?)?$")
_DAY = lazy_compile(r"^(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日|底|末)?(?:前|之前|以前)?$")
# 10分(按完成率×分值计算,…) / 4(完成得满分,…) / 5分 (…) / 4 完成率=实际/指标,…: the points, then the rule in brackets or after
_POINTS = lazy_compile(r"^(?P<points>\d+(?:\.\d+)?)分?[ \t]*(?:\((?P<bracketed>[^()]*(?:\([^()]*\)[^()]*)*)\)|[。;,]?(?P<after>[^()].*))?$")

_RULE_LABEL = lazy_compile(r"^评分(?:标准|方法|规则)?:[ \t]*")


def labelled_cells(text: str, target_cell, name_cell) -> tuple[str, str, str, str] | None:  # type: ignore[no-untyped-def]
    """The name, points, target and rule of a row whose every cell is labelled; None for any other text.
    ``target_cell`` / ``name_cell`` match a target's and a name's value as the row reader knows them."""
    cells = [cell.strip() for cell in _CELL_START.split(_header_zipped(text).strip())]
    while len(cells) > 2 and _KIND_ALONE.fullmatch(cells[0]):
        cells = cells[1:]  # (数量指标 指标1:… / 效益指标|社会效益指标|指标1:…: the kinds alone in their cells, the row's cells after them)
    order = ("kind", "name", "target", "actual", "points")
    seen: dict[str, str] = {}
    at, last = 0, -1
    if len(cells) > 1 and _CELL.match(cells[0]) is None and (found := _CELL.match(cells[1])) and _kind(found.group("label")) == "target":
        # 巾帼家政培训人数(妇联购买服务) 年度指标值:≥500人 …: the name's cell unlabelled, the target's next
        seen["name"], last, at = cells[0], 1, 1
    while at < len(cells) and (found := _CELL.match(cells[at])) is not None:
        kind = _kind(found.group("label"))
        if order.index(kind) < last or order.index(kind) == last and kind != "kind":
            return None  # (a label twice, or out of the form's order; 一级指标 and 二级指标 both kinds)
        seen[kind], last, at = found.group("value").strip(), order.index(kind), at + 1
        if kind == "points":
            break
    if "target" not in seen or "points" not in seen or "name" not in seen or "actual" not in seen:
        return None
    # (指标值:  实际完成值:  分值:8分: the target's cell left blank, the target the evaluator's to enter, as the value)
    target = "" if not seen["target"].strip("_ ") else target_cell(seen["target"])
    named = name_cell(seen["name"])
    points = _POINTS.match(seen["points"])
    if target is None or named is None or points is None or not _entered(seen.get("actual"), target and target.group("target")):
        return None
    while at < len(cells) and _BLANK_AFTER_POINTS.match(cells[at]):
        at += 1
    said = [points.group("bracketed") or "", points.group("after") or "", "\n".join(cells[at:])]
    if sum(bool(part.strip()) for part in said) != 1 or said[2] and _CELL.match(cells[at]):
        return None  # (no rule, a rule twice, or a labelled cell after the 分值)
    rule = _RULE_LABEL.sub("", next(part.strip() for part in said if part.strip()))
    return named.group("name"), points.group("points"), target and target.group("target"), rule


# 一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分: the form's header line, every cell a column's label
_HEADS = frozenset({"一级指标", "二级指标", "三级指标", "指标名称", "年度指标值", "指标值", "实际完成值", "分值", "得分"})


def _header_zipped(text: str) -> str:
    """The header line and the row under it (cells apart by tabs, an empty cell between two tabs) as one labelled cell
    a line: 一级指标:产出指标\n…\n年度指标值:≥1500户\n实际完成值:\n分值:6, the lines after them kept. The 得分 column
    must be blank (it is the evaluator's); any other shape is returned unchanged."""
    header, _, rest = text.strip().partition("\n")
    heads = [head.strip() for head in header.split("\t")]
    row, _, after = rest.partition("\n")
    values = [value.strip() for value in row.split("\t")]
    if len(heads) < 4 or not set(heads) <= _HEADS or len(set(heads)) != len(heads) or not 2 < len(values) <= len(heads):
        return text
    values += [""] * (len(heads) - len(values))
    if any(value.strip("_") for head, value in zip(heads, values) if head == "得分"):
        return text  # (a score already written in: no form to fill)
    return "\n".join(f"{head}:{value}" for head, value in zip(heads, values) if head != "得分") + "\n" + after


def _kind(label: str) -> str:
    if re.fullmatch(_KINDS, label):
        return "kind"
    if re.fullmatch(_TARGETS, label):
        return "target"
    if re.fullmatch(_ACTUALS, label):
        return "actual"
    return "points" if label == "分值" else "name"


def _entered(actual: str | None, target: str) -> bool:
    """The 实际完成值 cell: blank, or a value pasted in the target's own unit (a day beside a day's target)."""
    if actual is None or not actual.strip("_ "):
        return True
    if not target:
        return False  # (a value pasted beside a blank target: which unit it is in, nothing says)
    if _DAY.match(target):
        return bool(_DAY.match(actual))
    value, wanted = _NUMBER_UNIT.match(actual), _NUMBER_UNIT.match(target)
    return value is not None and wanted is not None and not actual.startswith(("≥", "≤", "=")) \
        and (value.group("unit") or "") == (wanted.group("unit") or "")
