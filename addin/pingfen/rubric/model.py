"""The rubric as typed data: an indicator tree with weights, 评分标准, rules, inputs, entered and
published scores. ``load_rubric`` validates everything up front and fails with one Chinese error that
names file, line and field."""

from __future__ import annotations

from dataclasses import field
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Iterator

from ..lazy_dataclass import dataclass
from ..collection import without_cycle_collection
from ..grading import DEFAULT_BANDS, GradeBand, GradeError, make_bands, parse_bands, written_bands
from ..quantities import QuantityError, as_number
from ..rules import InputError, Rule, RuleError
from ..rules.inputs import Bound, bind_data
from ..rules.model import Manual
from . import kept_rules
from .entities import EntitySet, Veto, read_entities, read_vetoes
from .kept_rules import rule_of, states_scoring_method
from .source import Located, RubricError, Where, load_yaml

TOP_KEYS = {
    "source", "project", "year", "department", "evaluator", "total", "precision", "grades", "published",
    "indicators", "note", "entities", "vetoes",
}
INDICATOR_KEYS = {
    "code", "name", "weight", "explanation", "criteria", "rule", "inputs", "data", "score", "reason", "published",
    "cite", "note", "children",
}
INPUT_SPEC_KEYS = {"measure", "unit", "items", "options", "points"}
MEASURES = {"ratio": "实际值/目标值", "rate": "比率", "survey": "问卷", "dates": "日期", "count": "实际数"}
PUBLISHED_KEYS = {"total", "grade", "cite", "note"}
GRADE_KEYS = {"name", "min"}


@dataclass
class Indicator:
    code: str
    name: str
    weight: Decimal
    level: int
    where: Where
    explanation: str = ""
    criteria: str = ""
    rule_text: str = ""
    rule: Rule | None = None  # the rule that scores a leaf
    criteria_rule: Rule | None = None  # the printed criteria read on its own, when a rule overrides it
    no_method: bool = False  # the 评分标准 states no scoring method: the entered score stands
    rule_error: str = ""  # the 评分标准 could not be read: the leaf waits for an entered score (待评)
    inputs: dict[str, Any] = field(default_factory=dict)  # the input form when there are no data yet
    data: dict[str, Any] = field(default_factory=dict)
    score: Decimal | None = None  # entered by the evaluator
    reason: str = ""
    published: Decimal | None = None
    cite: str = ""
    note: str = ""
    children: list["Indicator"] = field(default_factory=list)
    parent: "Indicator | None" = None
    # the data as bound for the rule, with the data and weight it was bound from (see leaf_inputs)
    _bound: tuple[dict[str, Any], Decimal, Bound] | None = field(default=None, repr=False, compare=False)

    @property
    def is_leaf(self) -> bool:
        return not self.children

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}"

    def walk(self) -> Iterator["Indicator"]:
        """This indicator and all below it, each before its children (without a generator per level:
        校验 walks a 3,000-leaf rubric many times)."""
        pending = [self]
        while pending:
            indicator = pending.pop()
            yield indicator
            pending.extend(reversed(indicator.children))


@dataclass
class Rubric:
    path: str
    indicators: list[Indicator]
    total: Decimal = Decimal(100)
    precision: int = 2
    grades: tuple[GradeBand, ...] = DEFAULT_BANDS
    source: str = ""
    project: str = ""
    year: str = ""
    department: str = ""
    evaluator: str = ""
    note: str = ""
    published_total: Decimal | None = None
    published_grade: str | None = None
    where: Where | None = None
    entities: EntitySet | None = None  # many communities / contracts scored on this rubric
    vetoes: list[Veto] = field(default_factory=list)  # 一票否决 items

    def walk(self) -> Iterator[Indicator]:
        for indicator in self.indicators:
            yield from indicator.walk()

    def leaves(self) -> list[Indicator]:
        """The leaves in ``walk`` order (a stack of its own, without a generator per level or the
        is_leaf property: a build asks a dozen times, 校验 most of them)."""
        found: list[Indicator] = []
        pending = self.indicators[::-1]
        while pending:
            indicator = pending.pop()
            children = indicator.children
            if children:
                pending.extend(reversed(children))
            else:
                found.append(indicator)
        return found

    def find(self, code: str) -> Indicator | None:
        return next((indicator for indicator in self.walk() if indicator.code == code), None)


def _reject_unknown(mapping: Located, allowed: set[str], what: str) -> None:
    for key in mapping:
        if key not in allowed:
            raise RubricError(mapping.where(key), key, f"未知的{what}字段（可用：{'、'.join(sorted(allowed))}）")


def _number(mapping: Located, key: str, what: str) -> Decimal:
    try:
        return as_number(mapping[key], where="")
    except QuantityError:
        raise RubricError(mapping.where(key), key, f"{what}应为数值，实际为“{mapping[key]}”") from None


def _text(mapping: Located, key: str) -> str:
    value = mapping.get(key)
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        raise RubricError(mapping.where(key), key, "应为文字")
    return str(value).strip()


def load_rubric(path: str | Path, text: str | None = None) -> Rubric:
    with without_cycle_collection():
        return _rubric(path, text)


def _rubric(path: str | Path, text: str | None) -> Rubric:
    document = load_yaml(path, text)
    _reject_unknown(document, TOP_KEYS, "顶层")
    rubric = Rubric(path=str(path), indicators=[], where=document.where())
    for key in ("source", "project", "year", "department", "evaluator", "note"):
        setattr(rubric, key, _text(document, key))
    if "total" in document:
        rubric.total = _number(document, "total", "总分")
    if "precision" in document:
        precision = document["precision"]
        if not isinstance(precision, int) or isinstance(precision, bool) or not 0 <= precision <= 6:
            raise RubricError(document.where("precision"), "precision", f"得分小数位应为 0 到 6 的整数，实际为“{precision}”")
        rubric.precision = precision
    if "grades" in document:
        rubric.grades = _grades(document)
    if "published" in document:
        published = document["published"]
        if not isinstance(published, Located):
            raise RubricError(document.where("published"), "published", "应为键值结构（total、grade、cite）")
        _reject_unknown(published, PUBLISHED_KEYS, "published ")
        if published.get("total") is not None:
            rubric.published_total = _number(published, "total", "公布的总分")
        if published.get("grade") is not None:
            rubric.published_grade = str(published["grade"]).strip()
    indicators = document.get("indicators")
    if not isinstance(indicators, list) or not indicators:
        raise RubricError(document.where("indicators") if "indicators" in document else document.where(), "indicators", "缺少指标（indicators 应为非空列表）")
    codes: dict[str, Where] = {}
    rubric.indicators = [_indicator(node, 1, None, codes, document.where("indicators")) for node in indicators]
    kept_rules.keep()
    if document.get("vetoes") is not None:
        rubric.vetoes = read_vetoes(document["vetoes"], document.where("vetoes"))
    if document.get("entities") is not None:
        rubric.entities = read_entities(document["entities"], document.where("entities"), set(codes), {v.code for v in rubric.vetoes})
    return rubric


def _input_spec(spec: Any, node: Located) -> dict[str, Any]:
    """``inputs``: which inputs the rule takes before any data exist (so a blank frame still gets
    its item tables, survey options and units)."""
    if not isinstance(spec, Located):
        raise RubricError(node.where("inputs"), "inputs", "应为键值结构（measure、unit、items、options、points）")
    _reject_unknown(spec, INPUT_SPEC_KEYS, "inputs ")
    measure = spec.get("measure")
    if measure is not None and measure not in MEASURES:
        raise RubricError(spec.where("measure"), "measure", f"应为 {'、'.join(f'{k}（{v}）' for k, v in MEASURES.items())} 之一，实际为“{measure}”")
    items = spec.get("items")
    if items is not None and not (isinstance(items, Located) and isinstance(items.get("rows"), list) and items["rows"]):
        raise RubricError(spec.where("items"), "items", "应写作 {columns: [个案咨询], rows: [湖景, 田贝], targets: [17]}")
    options = spec.get("options")
    if options is not None and not (isinstance(options, Located) and options):
        raise RubricError(spec.where("options"), "options", "应写作 {满意: 100%, 比较满意: 80%, 一般: 50%}")
    points = spec.get("points")
    if points is not None and (not isinstance(points, int) or isinstance(points, bool) or not 1 <= points <= 20):
        raise RubricError(spec.where("points"), "points", "评价要点个数应为 1 到 20 的整数")
    return dict(spec)


def _grades(document: Located) -> tuple[GradeBand, ...]:
    entries = document["grades"]
    text = written_bands(entries)
    if text is not None:  # 90（含90）-100分为“优”，80（含80）-90分为“良”…, as the report prints them
        try:
            return parse_bands(text)
        except GradeError as error:
            raise RubricError(document.where("grades"), "grades", str(error)) from None
    if not isinstance(entries, list) or not entries:
        raise RubricError(document.where("grades"), "grades", "等级划分应为列表，如 - {name: 优, min: 90}，或报告原文，如 90分(含)以上为优，80-90分为良")
    pairs = []
    for entry in entries:
        if not isinstance(entry, Located):
            raise RubricError(document.where("grades"), "grades", "每个等级应写作 {name: 优, min: 90}")
        _reject_unknown(entry, GRADE_KEYS, "等级")
        if "name" not in entry or "min" not in entry:
            raise RubricError(entry.where(), "grades", "每个等级需要 name 与 min")
        pairs.append((entry["name"], entry["min"]))
    try:
        return make_bands(pairs)
    except GradeError as error:
        raise RubricError(document.where("grades"), "grades", str(error)) from None


def _indicator(node: Any, level: int, parent: Indicator | None, codes: dict[str, Where], where: Where) -> Indicator:
    if not isinstance(node, Located):
        raise RubricError(where, "indicators", "每个指标应为键值结构（code、name、weight……）")
    _reject_unknown(node, INDICATOR_KEYS, "指标")
    for key in ("code", "name", "weight"):
        if node.get(key) is None:
            raise RubricError(node.where(), key, f"指标缺少 {key}（{ {'code': '编码', 'name': '名称', 'weight': '分值'}[key]}）")
    code = str(node["code"]).strip()
    if code in codes:
        raise RubricError(node.where("code"), "code", f"指标编码“{code}”重复（首次出现在{codes[code]}）")
    codes[code] = node.where("code")
    weight = _number(node, "weight", "分值")
    if weight < 0:
        raise RubricError(node.where("weight"), "weight", f"分值不能为负数：{node['weight']}")
    indicator = Indicator(code=code, name=_text(node, "name"), weight=weight, level=level, where=node.where(), parent=parent)
    for key in ("explanation", "criteria", "reason", "cite", "note"):
        setattr(indicator, key, _text(node, key))
    indicator.rule_text = _text(node, "rule")
    if node.get("score") is not None:
        indicator.score = _number(node, "score", "录入得分")
    if node.get("published") is not None:
        indicator.published = _number(node, "published", "公布得分")
    spec = node.get("inputs")
    if spec is not None:
        indicator.inputs = _input_spec(spec, node)
    data = node.get("data")
    if data is not None and not isinstance(data, Located):
        raise RubricError(node.where("data"), "data", "应为键值结构（actual、target、met……）")
    indicator.data = dict(data or {})
    children = node.get("children")
    if children is not None:
        if not isinstance(children, list) or not children:
            raise RubricError(node.where("children"), "children", "下级指标应为非空列表")
        indicator.children = [_indicator(child, level + 1, indicator, codes, node.where("children")) for child in children]
    if indicator.is_leaf:
        read_rule(indicator, node.where)
    return indicator


def read_rule(indicator: Indicator, where: Callable[[str], Where | str]) -> None:
    """Reads a leaf's rule (explicit rule, else its 评分标准) and checks its data against it;
    ``where(field)`` says where that field was written, for the error message."""
    if indicator.rule_text:
        indicator.rule = _parse(indicator.rule_text, where, "rule")
        if indicator.criteria and states_scoring_method(indicator.criteria):
            try:
                indicator.criteria_rule = rule_of(indicator.criteria)
            except RuleError:
                indicator.criteria_rule = None
    elif indicator.criteria and states_scoring_method(indicator.criteria):
        try:
            indicator.rule = rule_of(indicator.criteria)
        except RuleError as error:
            # one unreadable 评分标准 must not make the whole rubric unusable: the leaf is scored by
            # the evaluator's entered score, and 校验 names the clause (RULE_UNREADABLE)
            indicator.rule = Rule(Manual(), indicator.name)
            indicator.rule_error = f"{where('criteria')}：{error}"
    else:
        # Criteria without a scoring sentence may still be read (酌情扣分, 评价要点 in equal shares, a
        # bare rate definition); if not (成本节约率=[(计划-实际)/计划]×100% alone, or no criteria at
        # all), they state no method and the evaluator's entered score is the score.
        if not indicator.criteria.strip():
            indicator.rule, indicator.no_method = Rule(Manual(), indicator.name), True
            return _check_data(indicator, where)
        try:
            indicator.rule = rule_of(indicator.criteria)
            indicator.no_method = indicator.rule.no_method
        except RuleError as error:
            indicator.rule = Rule(Manual(), indicator.name)
            indicator.rule_error = f"{where('criteria')}：{error}"
    _check_data(indicator, where)


def _check_data(indicator: Indicator, where: Callable[[str], Where | str]) -> None:
    if indicator.data:
        # values that cannot be read are an error of the file; data that do not fit the rule are
        # reported by 校验 (DATA_MISSING), as a reviewer would
        try:
            leaf_inputs(indicator)
        except InputError as error:
            raise RubricError(where("data"), "data", str(error)) from None


def leaf_inputs(indicator: Indicator) -> Bound:
    """The leaf's data bound for its rule (``bind_data``), once for reading, scoring and 校验 alike:
    kept while the leaf has the same data object and weight (data are replaced, never changed in
    place)."""
    cached = indicator._bound
    if cached is not None and cached[0] is indicator.data and cached[1] == indicator.weight:
        return cached[2]
    bound = bind_data(rule_data(indicator.data), Decimal(str(indicator.weight)))
    indicator._bound = (indicator.data, indicator.weight, bound)
    return bound


def _parse(text: str, where: Callable[[str], Where | str], key: str) -> Rule:
    try:
        return rule_of(text)
    except RuleError as error:
        raise RubricError(where(key), key, str(error)) from None


def rule_data(data: dict[str, Any]) -> dict[str, Any]:
    """A stated rate next to the amounts it came from is checked against them, not scored: the
    amounts are the evidence."""
    if "rate" in data and "actual" in data and "target" in data:
        return {key: value for key, value in data.items() if key != "rate"}
    return data
