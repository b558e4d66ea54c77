"""Scoring a rubric: leaf scores from rules and data (or the evaluator's entered score), subtotals at
every level, the total, 得分率 and the grade."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from ..grading import grade_for
from ..rules import InputError, evaluate_rule
from .model import Indicator, Rubric, rule_data


@dataclass
class NodeScore:
    indicator: Indicator
    value: Decimal | None  # the score that counts
    computed: Decimal | None = None  # what the rule gives from the data
    source: str = "rule"  # rule | manual | entered | missing | sum
    explanation: str = ""
    problem: str = ""  # why the rule could not be computed

    @property
    def rate(self) -> Decimal | None:
        if self.value is None or not self.indicator.weight:
            return None
        return self.value / self.indicator.weight


@dataclass
class ScoreSheet:
    rubric: Rubric
    nodes: dict[str, NodeScore] = field(default_factory=dict)
    total: Decimal | None = None
    grade: str | None = None

    def __getitem__(self, code: str) -> NodeScore:
        return self.nodes[code]

    @property
    def complete(self) -> bool:
        return self.total is not None


def score_leaf(indicator: Indicator, precision: int) -> NodeScore:
    rule = indicator.rule
    assert rule is not None
    if rule.kind == "manual":
        if indicator.score is None:
            return NodeScore(indicator, None, source="missing", explanation="待录入得分", problem="酌情评分须录入得分及理由")
        result = evaluate_rule(rule, {}, indicator.weight, precision=precision, manual=indicator.score, reason=indicator.reason or None)
        return NodeScore(indicator, result.value, result.value, "manual", result.explanation)
    try:
        result = evaluate_rule(rule, rule_data(indicator.data), indicator.weight, precision=precision)
        computed, explanation, problem = result.value, result.explanation, ""
        if computed is None:
            problem = "缺少数据：" + "、".join(result.missing)
    except InputError as error:
        computed, explanation, problem = None, "", str(error)
    if indicator.score is not None:
        reason = f"。理由：{indicator.reason}" if indicator.reason else ""
        shown = explanation or "未按规则计算"
        return NodeScore(indicator, indicator.score, computed, "entered", f"{shown}（采用录入得分{_text(indicator.score)}分{reason}）", problem)
    if computed is None:
        return NodeScore(indicator, None, None, "missing", explanation or "待录入数据", problem)
    return NodeScore(indicator, computed, computed, "rule", explanation)


def _text(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def score_rubric(rubric: Rubric) -> ScoreSheet:
    sheet = ScoreSheet(rubric)

    def visit(indicator: Indicator) -> Decimal | None:
        if indicator.is_leaf:
            node = score_leaf(indicator, rubric.precision)
        else:
            values = [visit(child) for child in indicator.children]
            value = None if any(v is None for v in values) else sum(values, Decimal(0))
            node = NodeScore(indicator, value, value, "sum", "")
        sheet.nodes[indicator.code] = node
        return node.value

    values = [visit(indicator) for indicator in rubric.indicators]
    if all(value is not None for value in values):
        sheet.total = sum(values, Decimal(0))  # type: ignore[arg-type]
        sheet.grade = grade_for(sheet.total, rubric.grades)
    return sheet
