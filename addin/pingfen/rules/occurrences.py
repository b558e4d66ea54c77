"""Deductions by how often something was found, with a band that zeroes the score: ``发现一次的，扣0.5分；发现有两次及
以上的，此项不得分``. Once found costs its points; the band from two on says where the score stops. Read as steps of
one occurrence each, counted from none found, beside that band (the count entered is how often it was found).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from ..text.lexicon import COUNT_UNITS
from .clauses import Clause
from .piecewise import Award, Deduction, Piecewise, Scaled

ONE = Decimal(1)


def counted_from_none(scoring: list[Clause]) -> list[Clause]:
    """``scoring`` with 发现1次的，扣0.5分 read as 每发现1次扣0.5分 (from 0), when a later band of the same unit, from 2
    on (2次及以上), scores nothing. Without that band the clause is left as written (once, or each time? the reader
    decides elsewhere). 迟报1次扣1分 counts the times late from none as well (not from a target)."""
    # (迟报不超过2次得5分，每迟报1次扣1分: a band that scores says where the steps start, not 0)
    started = any(c.condition is not None and c.condition.unit == "次" and c.outcome is not None and c.outcome[0] == "points"
                  and c.outcome[1] != 0 for c in scoring)
    scoring = [replace(c, reference=(Decimal(0), "次")) if late_times(c) and c.reference is None and not started else c
               for c in scoring]
    once = [c for c in scoring if _found_once(c)]
    if len(once) != 1:
        return scoring
    clause = once[0]
    unit = clause.condition.unit  # type: ignore[union-attr]
    zeroed = [c for c in scoring if c.start > clause.start and c.condition is not None and c.condition.unit == unit
              and c.outcome == ("points", Decimal(0)) and c.condition.interval.low == 2 and c.condition.interval.high is None
              and c.condition.interval.low_inclusive and c.step is None and c.per is None]
    if len(zeroed) != 1:
        return scoring
    step = replace(clause, condition=None, step=("above", ONE, unit), reference=(Decimal(0), unit))
    return [step if c is clause else c for c in scoring]


# (发现3例及以上的本项不得分: from any count above the one priced, not only 2)
_FROM_MANY = lazy_compile(r"(?<![\d.])(?:[2-9]|[1-9]\d)(次|起|例|处|项|个|件)(?:及|或)?以上")


def counted_band(situation: str, before: str) -> bool:
    """发现有2次及以上的(此项不得分) after 发现1次的，扣0.5分 / 发现1例应免未免的扣1分 (what is found named between
    the count and its deduction): the situation is the count's own band, not a yes/no one (once a veto apart: 2 found
    scored 3 − 2 = 1, not 0)."""
    band = _FROM_MANY.search(situation)
    return band is not None and re.search(rf"(?<![\d.])1{band.group(1)}[^\d,，;；。]{{0,12}}?的?[,，]?扣", before) is not None


_LATE_VERBS = frozenset({"延误", "迟报", "迟交", "晚报", "晚交", "逾期", "延期", "延迟", "推迟"})


def late_times(clause: Clause) -> bool:
    """延误一次扣2分 beside 报送及时(5分): each time late costs its points, counted from none late (not from a target)."""
    return clause.step is not None and clause.step[:3] == ("above", ONE, "次") and any(
        t.kind == "STEPV" and t.text in _LATE_VERBS for t in clause.tokens)


# 发生安全事故1起不得分 / 出现2次不得分: the thing happening, counted before its zero
_HAPPENED = lazy_compile(r"^(?:如|若|凡)?(?:发生|出现|发现|存在)")


def at_least_happened(scoring: list[Clause]) -> list[Clause]:
    """``scoring`` with 发生安全事故1起不得分 read as 1起及以上: a count of what happened, written bare before the one
    zero of the rule, is how many it takes (once exactly 1: two accidents scored the 分值). Beside other bands of the
    count (1次得1分，2次不得分) the count is a band of its own, left as written."""
    counted = [c for c in scoring if c.condition is not None]
    if len(counted) != 1:
        return scoring
    clause = counted[0]
    interval = clause.condition.interval  # type: ignore[union-attr]
    if clause.outcome != ("points", Decimal(0)) or clause.condition.unit not in COUNT_UNITS \
            or not (interval.low == interval.high and interval.low_inclusive and interval.high_inclusive) \
            or not isinstance(interval.low, Decimal) or interval.low < ONE or clause.step is not None or clause.per is not None \
            or clause.unread or not _HAPPENED.match(clause.text):
        return scoring
    at_least = replace(clause.condition, interval=replace(interval, high=None, high_inclusive=False))  # type: ignore[arg-type]
    return [replace(c, condition=at_least) if c is clause else c for c in scoring]


def _found_once(clause: Clause) -> bool:
    condition = clause.condition
    return condition is not None and condition.unit in COUNT_UNITS and condition.interval.low == ONE \
        and condition.interval.high == ONE and clause.per is not None and clause.step is None and clause.outcome is None \
        and clause.occurrence is None and not clause.per_of_full and not clause.unread and clause.cap is None


def occurrences_label(scorer: object, label: str) -> str:
    """完成率 is no name for how often something was found: the steps of one occurrence each, from none, count it."""
    if label != "完成率" or not isinstance(scorer, Piecewise) or scorer.unit not in COUNT_UNITS:
        return label
    otherwise = scorer.otherwise
    if isinstance(otherwise, Deduction) and otherwise.reference == 0 and otherwise.step == ONE and otherwise.direction == "above":
        return "出现次数" if scorer.unit == "次" else f"出现{scorer.unit}数"
    return label


_FLOOR = lazy_compile(r"最低(?:为|得|计)?0分")


def floor_restated(clause: Clause, outcomes: list) -> bool:
    """…按完成比例计算得分，最低为零分: a share of the 分值 is never below 0, so the floor only says it again (not a
    cap of deductions the text lost; nor is a band's formula of the measure, 得分=2×(1-(调整率-10%)/10%)，最低0分, which
    the rule holds at 0 or more as it does every band). ``outcomes``: the rule's, points, shares and such formulas only.
    ``扣完为止`` is that floor too after a band's formula that takes its deduction from the points (得分=5-(结转结余率-5%)×50，
    扣完为止: what is deducted is the formula's own, down to 0); beside any other formula it would cap deductions the
    text never wrote, and stays unread."""
    if clause.cap != ("all", None):
        return False
    from .measure_curve import Curve  # (only for a floor said: a threshold's text loads no curve reading)

    if _FLOOR.fullmatch(clause.text) is None and not (clause.text == "扣完为止" and any(
            isinstance(o, Curve) and _deducted_from_points(o.tree) for o in outcomes)):
        return False
    return any(isinstance(o, (Scaled, Curve)) for o in outcomes) \
        and all(o is None or isinstance(o, (Scaled, Award, Curve)) for o in outcomes)


def _deducted_from_points(tree) -> bool:
    """5-(结转结余率-5%)×50 / 分值-(…)×N: points, less what the measure takes."""
    from .formula import FBin, FName, FNum

    return isinstance(tree, FBin) and tree.op == "-" and (isinstance(tree.left, FNum) or isinstance(tree.left, FName)
                                                           and tree.left.name == "分值")
