"""Scoring a rubric: leaf scores from rules and data (or the evaluator's entered score), subtotals at
every level, the total, 得分率 and the grade."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Mapping

from ..rules import InputError
from ..rules.inputs import with_entries
from ..rules.score import score_bound
from .aggregation import PENDING_GRADE, evaluate_entered, evaluate_grade, evaluate_node
from .model import Indicator, Rubric, leaf_inputs


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
    total: Decimal | None = None  # None (待评) until every leaf is scored
    grade: str = PENDING_GRADE

    def __getitem__(self, code: str) -> NodeScore:
        return self.nodes[code]

    @property
    def complete(self) -> bool:
        return self.total is not None


def score_leaf(indicator: Indicator, precision: int, explain: bool = True) -> NodeScore:
    """``explain=False``: the 得分计算过程 only where an entered score is compared with the rule's
    (校验 quotes it); the other explanations stay empty."""
    rule = indicator.rule
    assert rule is not None
    if rule.reads_manual:
        try:
            bound = with_entries(leaf_inputs(indicator), indicator.score, indicator.reason or None)
            result = score_bound(rule, bound, precision=precision, explain=explain)
        except InputError as error:
            return NodeScore(indicator, None, source="missing", explanation="待录入得分", problem=str(error))
        if result.value is None:
            return NodeScore(indicator, None, source="missing", explanation="待录入得分", problem="酌情评分须录入得分及理由")
        return NodeScore(indicator, result.value, result.value, "manual", result.explanation)
    try:
        result = score_bound(rule, leaf_inputs(indicator), precision=precision, explain=explain or indicator.score is not None)
        computed, explanation, problem = result.value, result.explanation, ""
        if computed is None:
            problem = "缺少数据：" + "、".join(result.missing)
    except InputError as error:
        computed, explanation, problem = None, "", str(error)
    if indicator.score is not None:
        reason = f"。理由：{indicator.reason}" if indicator.reason else ""
        shown = explanation or "未按规则计算"
        entered = evaluate_entered(indicator.score, precision)
        return NodeScore(indicator, entered, computed, "entered", f"{shown}（采用录入得分{_text(entered)}分{reason}）", problem)
    if computed is None:
        return NodeScore(indicator, None, None, "missing", explanation or "待录入数据", problem)
    return NodeScore(indicator, computed, computed, "rule", explanation)


def _text(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def score_rubric(rubric: Rubric, *, explain: bool = True, computed: Mapping[str, Decimal] | None = None) -> ScoreSheet:
    """Leaf scores from their rules; every subtotal, the total and the grade from the expressions the
    workbook writes (rubric/aggregation.py): a node over its leaves' scores, the total over the
    first-level subtotals. ``explain=False``: for 校验 alone (a workbook writes each 得分计算过程 as a
    formula), a leaf's explanation only where its entered score is checked against the rule.
    ``computed``: leaf scores the rule gave already (a built workbook's score cells), taken as they are
    for leaves their rule alone scores (no entered score, not 酌情) when no explanation is asked for."""
    sheet = ScoreSheet(rubric)
    known = computed if computed and not explain else {}
    for indicator in rubric.walk():
        if indicator.is_leaf:
            value = known.get(indicator.code)
            if value is not None and indicator.score is None and not indicator.rule.reads_manual:  # type: ignore[union-attr]
                sheet.nodes[indicator.code] = NodeScore(indicator, value, value, "rule", "")
            else:
                sheet.nodes[indicator.code] = score_leaf(indicator, rubric.precision, explain)
    for indicator in rubric.walk():
        if not indicator.is_leaf:
            leaves = [sheet.nodes[leaf.code].value for leaf in indicator.walk() if leaf.is_leaf]
            value = _number(evaluate_node(leaves))  # type: ignore[arg-type]
            sheet.nodes[indicator.code] = NodeScore(indicator, value, value, "sum", "")
    tops = evaluate_node([sheet.nodes[top.code].value for top in rubric.indicators])
    sheet.total = _number(tops)
    sheet.grade = evaluate_grade(tops, rubric.grades)
    return sheet


def _number(value: object) -> Decimal | None:
    return value if isinstance(value, Decimal) else None
