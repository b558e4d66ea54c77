"""A formula's level written as a bare number, with no unit and no % (得分=满意度/90×5, 得分=实际完成值/50×5).

A rule measured as a rate takes a bare entered value as a percentage (85 is 85%), so its formula's bare level must be
read the same way: 满意度/90 is 满意度/90% (85 → 85/90 × 5 = 4.72). It was read as 90 = 9000%, and scored 0.05 with no
error. A measure that is no rate (实际完成值/50, 实际建成数/50) divides a count by a count whose unit goes unsaid: with
nothing in the rule naming that unit the rule would take 44 as 44% against 5000% (0.04 of 5), so it is refused."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from ..text.numbers import general_text
from .clause_words import is_rate_label
from .clauses import Clause
from .errors import Unplaced
from .formula import FULL_NAMES, FAbs, FBin, FGroup, FName, FNeg, FNode, FNum
from .piecewise import Scaled

HUNDRED = Decimal(100)
# a rate's level written bare is a percentage one would print (满意度/90, (完成率-60)/(100-60)); up to 10, a divisor
_LOWEST_BARE_LEVEL = Decimal(10)


def _leaves(node: FNode) -> list[FNode]:
    if isinstance(node, FBin):
        return _leaves(node.left) + _leaves(node.right)
    if isinstance(node, (FGroup, FNeg, FAbs)):
        return _leaves(node.inner)
    return [node]


def _measures_named(leaves: list[FNode]) -> list[str]:
    """The names a formula measures by (满意度, 实际完成值), never the 分值 it scales."""
    return [leaf.name for leaf in leaves if isinstance(leaf, FName) and leaf.name not in FULL_NAMES]


def rate_level_in_percent(shape: Scaled, tree: FNode, clause: Clause) -> Scaled:
    """满意度/90×5 / (完成率-60)/(100-60)×分值: a rate over levels written bare is over those percentages."""
    if not isinstance(shape.high, Decimal) or shape.high <= 1:
        return shape
    leaves = _leaves(tree)
    names = _measures_named(leaves)
    if not names or not all(is_rate_label(name) for name in names) \
            or any(isinstance(leaf, FNum) and leaf.shown.endswith("%") for leaf in leaves):
        return shape  # (a count's level, or a level written with % — 完成率/120%: read as written)
    if shape.high > HUNDRED:
        raise Unplaced(clause, f"比率（{names[0]}）除以{general_text(shape.high)}：数值没有写单位，又大于100，不像百分比",
                       certain=True)
    if shape.high <= _LOWEST_BARE_LEVEL:
        # (得分=质量达标率×10÷2 is 5 × the rate, or the rate over 2%? 10÷质量达标率×2: 10 over the rate, or 10%?)
        raise Unplaced(clause, f"比率（{names[0]}）与不带单位的{general_text(shape.high)}相除：是{general_text(shape.high)}%"
                               "还是普通的数没有写明（请写明%，或写成“得分=比率×分值”）", certain=True)
    return replace(shape, low=shape.low / HUNDRED, high=shape.high / HUNDRED)


def refuse_fraction_of_a_point(shape: Scaled, tree: FNode, clause: Clause) -> None:
    """得分=满意度×0.1 (分值10): a rate times less than a point, whose most (at 100%) is 0.1 — the 满意度 meant as the
    number of a 百分制 survey score (85 → 8.5), or a tenth of a point? Each reading gives the other's score ×100."""
    if shape.points is None or shape.points >= 1 or shape.inverse or shape.low or shape.high != 1:
        return
    points = general_text(shape.points)
    if re.search(rf"(?<![\d.]){re.escape(points)}分", clause.text):
        return  # (按完成率×0.5分计: the points said, a half-point indicator)
    names = _measures_named(_leaves(tree))
    # (得分=满意度得分×0.1: a 百分制 score, 85 → 8.5, once taken as 85% → 0.09)
    if names and all(is_rate_label(name) or _SCORE_NAME.search(name) for name in names):
        raise Unplaced(clause, f"计分公式“{names[0]}×{points}”按百分比计算最高只得{points}分；如{names[0]}按百分制分数"
                               f"（如85）计算，请写作“得分={names[0]}×{general_text(shape.points * HUNDRED)}分”（{names[0]}按百分比录入）",
                       certain=True)


_SCORE_NAME = lazy_compile(r"(?:得分|分数|成绩|分值)$")


def refuse_count_level_as_rate(outcomes: list, scoring: list[Clause], context: list[Clause], unit: str) -> None:
    """得分=实际完成值/50×5 with no unit anywhere in the rule: the level is a count (50处? 50人?), which a rule measured as
    a rate would hold as 5000% (and 44 entered as 44%). A level whose unit is said elsewhere (目标值≥200人 left unread) is
    left to the refusal that names that clause."""
    if unit != "%":
        return
    for outcome in outcomes:
        if not isinstance(outcome, Scaled) or not isinstance(outcome.high, Decimal) or outcome.high <= 1:
            continue
        said = next((c for c in scoring + context for t in c.tokens
                     if t.kind == "NUM" and t.value == outcome.high and t.unit not in ("", "%")), None)
        if said is not None and said.unread:
            continue
        if said is not None:
            # 计划新建健身路径60条，…得分=完成数/60×4 read as a rate: 60 would be 6000% (17 of 20 once scored 0.06)
            raise Unplaced(said, f"计分公式中的“{general_text(outcome.high)}”是“{said.text}”的数量，而计分按比率计算，"
                                 "无法确定如何换算", certain=True)
        written = re.compile(rf"(?<![\d.]){re.escape(general_text(outcome.high))}(?![\d.%])")
        clause = next((c for c in scoring if c.outcome is not None and c.outcome[0] == "formula"
                       and written.search(c.outcome[1])), None)
        if clause is not None:
            number = general_text(outcome.high)
            written = f"不超过{number}元得满分，超过的按{number}/实际值×分值计分" if outcome.inverse \
                else f"达到{number}处得满分，未达到的按实际值/{number}×分值计分"
            raise Unplaced(clause, f"计分公式中的数值“{number}”没有写单位，与之相比的量又不是比率，无法确定“{number}”按什么计数"
                                   f"（请写明目标及单位，如“{written}”，或写成百分比）", certain=True)
