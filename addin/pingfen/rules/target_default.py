"""The 单位自评 default: a rule that only names its target (指标值) scores by the completion of that target.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from .clauses import Clause
from .model import Scorer, TargetDefault
from .piecewise import TARGET, from_target
from .errors import Unplaced
from ..text.lazy_regex import lazy_compile
from ..text.lexicon import COMPLETION_SHARE
from .piecewise_reading import _no_unread

_GENERIC_TARGET = lazy_compile(
    r"B/A或A/B|完成值/(?:年度)?指标值|实际值/(?:年度)?目标值|(?:指标值|目标值)/(?:实际)?(?:完成值|实际值)|A/B或B/A"
    r"|实际值\(B\)/(?:年度)?指标值\(A\)|指标值\(A\)/(?:全年)?实际值\(B\)"  # 正向/反向指标 spelled out
)


_TARGET_OVER_ACTUAL = lazy_compile(r"(?:指标值|目标值)/(?:实际)?(?:完成值|实际值)")


def compose_target(scoring: list[Clause], context: list[Clause], text: str) -> Scorer | None:
    """年度指标值：≥21933人 + 完成值达到指标值，记满分；未达到指标值，按B/A或A/B×该指标分值记分;
    or a bare target (≥21933人, 95%, 15万元) standing alone."""
    stated = [c for c in scoring + context if c.condition is not None and not c.has_outcome and c.condition.interval.low != TARGET
              and c.condition.interval.high != TARGET]
    generic = [c for c in scoring if c.outcome and c.outcome[0] == "formula" and _GENERIC_TARGET.search(c.outcome[1])
               or stated and _completion_share_of_shortfall(c)]
    if not generic:
        if len(scoring + context) == 1 and stated and stated[0].text == text.strip("。;"):
            return target_from(stated[0])
        return None
    for clause in scoring:
        _no_unread(clause)
        if clause in generic or clause in stated or _GENERIC_TARGET.search(clause.text):
            continue  # 正向指标…全年实际值(B)/年度指标值(A)×该指标分值: the default restated
        if clause.condition is not None and TARGET in clause.condition.interval.bounds() and clause.outcome == ("points", None):
            continue  # 完成值达到指标值，记满分
        return None
    sources = " ".join(c.outcome[1] or "完成值/指标值" for c in generic)  # type: ignore[index]  (按完成比例: 完成值/指标值)
    # B/A或A/B: either way, as the entered target's operator says (正向 ≥, 反向 ≤)
    op = "" if "或" in sources else ("≤" if _TARGET_OVER_ACTUAL.search(sources) else "≥")
    # (完成值达到指标值记满分 says met, either way: only a comparison with a direction can contradict the ratio)
    met = [c for c in scoring if c.condition is not None and TARGET in c.condition.interval.bounds() and c not in generic
           and not any(t.kind == "CMP" and t.text in ("达到", "达", "完成", "实现") for t in c.tokens)]
    if op and any((c.condition.interval.high == TARGET) != (op == "≤") for c in met):  # type: ignore[union-attr]
        # 成本≥目标值得满分，否则按目标值/实际值×分值: the full marks one way, the ratio the other
        raise Unplaced(met[0], "得满分的条件与按比例计分的公式方向相反（正向指标用实际值/目标值，反向指标用目标值/实际值）")
    multiplied = {Decimal(found) for c in generic if c.outcome[1] for found in _PRINTED_POINTS.findall(c.outcome[1])}  # type: ignore[index]
    if len(multiplied) > 1:
        return None  # (×8 in one clause, ×10 in another: no one 分值)
    multiplier = multiplied.pop() if multiplied else None
    levelled = next((c for c in generic if c.condition is not None
                     and all(isinstance(bound, Decimal) for bound in c.condition.interval.bounds() if bound is not None)), None)
    for printed in ([levelled] if levelled is not None else stated[:1]):
        # 培训人数达到800人，得分=实际值/目标值×4分: the level printed before the formula is its target (once dropped for
        # the entered one); 单位成本控制在800元以内，得分=实际值/目标值×4分 / 得分=实际值/目标值×分值（目标值≤2%）: a
        # ceiling, which the ratio rewards passing (880元 once scored full, 720元 3.6)
        ceiling = printed.condition.interval.high is not None and printed.condition.interval.low is None  # type: ignore[union-attr]
        if op and ceiling != (op == "≤"):
            raise Unplaced(printed, "指标值写的是上限（越低越好），按实际值/目标值计分却是越高得分越多，方向相反；反向指标请写“目标值/实际值×分值”"
                           if ceiling else "指标值写的是下限（越高越好），按目标值/实际值计分却是越低得分越多，方向相反", certain=True)
    if levelled is not None:
        return replace(target_from(replace(levelled, outcome=None)), printed_points=multiplier, method_said=True)
    if stated:
        return replace(target_from(stated[0]), printed_points=multiplier, method_said=True)
    return TargetDefault(op=op, printed_points=multiplier, method_said=True)


# 实际完成值/指标值×10 / …×10分: the points the default's ratio multiplies, printed (×分值 prints none)
_PRINTED_POINTS = lazy_compile(r"[×*](\d+(?:\.\d+)?)分?$")


# 未达到的 / 未完成的 / 未达到指标值的: the case short of the target, in words (no level of its own)
_SHORT_OF_TARGET = frozenset({"未达到", "未完成", "未达", "达不到", "没有达到", "没有完成", "未能完成", "未能达到"})
def _completion_share_of_shortfall(clause: Clause) -> bool:
    """指标值≥90%；…未达到的按完成值与指标值的比例记分 / 指标值≥12000平方米，…未完成的按完成比例计分: the 单位自评 ratio
    完成值/指标值×分值, said in words, for the case short of the stated 指标值 (the default's second half)."""
    tokens = clause.tokens
    kinds = [t.kind for t in tokens]
    if clause.outcome != ("prop", None) or clause.condition is not None or clause.stated_total is not None:
        return False
    return kinds in (["EXCEPT", "DE", "PROP", "SCORING"], ["CMP", "DE", "PROP", "SCORING"], ["EXCEPT", "PROP", "SCORING"],
                     ["CMP", "PROP", "SCORING"]) \
        and tokens[0].text in _SHORT_OF_TARGET and tokens[-2].text in COMPLETION_SHARE


# ≥95%(单位自评:完成值达到指标值记满分,未达到按完成值/指标值×分值记分): the default said in the bracket, or words
# that add nothing to it (以抽查结果为准 / 未达到按比例扣分); a zero, points or a second level in it (完成值低于指标值80%
# 的不得分 / 低于80%不得分) is a method of its own, which the default would drop
_BRACKET = lazy_compile(r"\(([^()]*)\)")
_BEYOND_DEFAULT = lazy_compile(r"不得分|[扣得]\d|\d+(?:\.\d+)?%")


def _refuse_bracketed_method(clause: Clause) -> None:
    """A bare target's bracket (the tokens leave it as a remark) says how it scores only as the default does."""
    for bracket in _BRACKET.finditer(clause.text):
        for part in re.split(r"[,;]", bracket.group(1)):
            if _BEYOND_DEFAULT.search(part) and not _GENERIC_TARGET.search(part):
                raise Unplaced(part, "指标值后括号内的这一计分说明无法与按指标值计分（完成值达到指标值记满分，未达到按完成值/指标值"
                                     "×分值记分）合并；请写在括号外，逐档写明得分（如“≥95%得满分，每低1%扣0.5分，低于80%不得分”）")


def target_from(clause: Clause) -> TargetDefault:
    _no_unread(clause)
    _refuse_bracketed_method(clause)
    if clause.cap is not None or clause.per is not None or clause.step is not None or clause.outcome is not None:
        raise Unplaced(clause, "指标值后面的计分说明无法识别")  # 超过80，最多扣4分: a target does not deduct
    if clause.reference is not None:  # 以1.5人为标准达到80% (fuzz): a standard and a target, the standard once dropped
        raise Unplaced(clause, "写了标准（以…为标准），又写了指标值，没有写明按哪一个计分")
    condition = clause.condition
    assert condition is not None
    interval = condition.interval
    if any(from_target(bound) for bound in interval.bounds()):
        raise Unplaced(clause, "指标值应为一个数值（如“≥95%”），不能以目标值本身表示")  # 超过目标值10%
    if interval.low is not None and interval.high is not None and interval.low != interval.high:
        raise Unplaced(clause, "指标值应为一个数值（如“≥95%”）")
    stated_op = any(token.kind in ("CMP", "SUF") for token in clause.tokens)
    if interval.low is not None and interval.high is not None:
        op, level = ("=" if stated_op else ""), interval.low
    elif interval.low is not None:
        op, level = ("≥" if stated_op or interval.low != 1 or condition.unit != "%" else ""), interval.low
    else:
        op, level = "≤", interval.high
    return TargetDefault(op=op, level=level, unit=condition.unit, magnitude=interval.magnitude)  # type: ignore[arg-type]
