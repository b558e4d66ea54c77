"""Situations written in words that compare entered amounts: 无结余 / 有结余，但不超过上年结转 / 结余超过上年结转.

A choice whose options are such situations is scored from the amounts when they are entered by name
(vars), instead of from a chosen grade. Each option is cut at 但/且/，into parts; a part is 无X / 有X
(X = 0, X > 0) or [X](未|不)?超过Y (X > Y, X ≤ Y), X defaulting to the amount named before; or the way a
measure moved from last year ([X较上年]下降 / 持平 / 上升: 本年X <, =, > 上年X) when this year's and last year's
value of that one measure are entered (本年投诉举报率 and 上年投诉举报率). An option that is not made of such parts
leaves the choice to the evaluator's grade.
"""

from __future__ import annotations

import re

from .definitions import resolve
from .expr import Cmp, Expr, Var, all_of, num
from ..text.lazy_regex import lazy_compile

# 投诉举报率较上年下降 / 药占比与上年相比下降 / 持平 / 上升: the way the measure (named or not) moved from last year
# (never 基本持平, a judgement: its 基本 names no measure)
_WAY = lazy_compile(r"^(?P<named>[\u4e00-\u9fff“”]*?)(?:较|比|与|同)?(?:上一?年度?)?(?:相比|比较)?"
                    r"(?:(?P<fall>下降|降低|减少)|(?P<level>持平)|(?P<rise>上升|增长|提高|提升|增加))$")
_PART = lazy_compile(r"^(?:(?P<none>无|没有)(?P<absent>[\u4e00-\u9fff]+)|有(?P<present>[\u4e00-\u9fff]+)"
                   r"|(?P<subject>[\u4e00-\u9fff]*?)(?P<neg>未|不)?(?:超过|超出|高于|大于)(?P<other>[\u4e00-\u9fff]+))$")


def situation(label: str, variables: tuple[str, ...]) -> Expr | None:
    """The option's condition over the entered amounts, or None when it is not such a situation."""
    conditions: list[Expr] = []
    subject: str | None = None
    for part in (p for p in re.split(r"[,，]|但|且|并且|而", label) if p):
        part = re.sub(r"(?:的|资金)$", "", part)
        way = _WAY.match(part)
        if way is not None:
            moved = _moved(way, variables)
            if moved is None:
                return None
            conditions.append(moved)
            continue
        match = _PART.match(part)
        if not match:
            return None
        if match.group("absent") or match.group("present"):
            subject = resolve(match.group("absent") or match.group("present"), variables)
            if subject is None:
                return None
            op = "=" if match.group("none") else ">"
            conditions.append(Cmp(op, Var(f"v:{subject}"), num(0)))
            continue
        named = match.group("subject")
        left = resolve(named, variables) if named else subject
        right = resolve(match.group("other"), variables)
        if left is None or right is None or left == right:
            return None
        subject = left
        conditions.append(Cmp("<=" if match.group("neg") else ">", Var(f"v:{left}"), Var(f"v:{right}")))
    return all_of(*conditions) if conditions else None


def _moved(way: re.Match[str], variables: tuple[str, ...]) -> Expr | None:
    """本年X below, at or above 上年X: the way named, of the one measure both years are entered for (and the option
    names, if it names one)."""
    from .year_pair import year_pair

    pair = year_pair(variables)
    if pair is None:
        return None
    this, last, measure = pair
    if way.group("named") and measure not in way.group("named"):
        return None  # (满意度下降 with 本年投诉率 and 上年投诉率 entered: another measure's way)
    op = "<" if way.group("fall") else "=" if way.group("level") else ">"
    return Cmp(op, Var(f"v:{this}"), Var(f"v:{last}"))
