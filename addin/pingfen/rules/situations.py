"""Situations written in words that compare entered amounts: 无结余 / 有结余，但不超过上年结转 / 结余超过上年结转.

A choice whose options are such situations is scored from the amounts when they are entered by name
(vars), instead of from a chosen grade. Each option is cut at 但/且/，into parts; a part is 无X / 有X
(X = 0, X > 0), [X](未|不)?超过Y (X > Y, X ≤ Y), [X](不)?低于Y (X < Y, X ≥ Y) or [X]与Y持平 (X = Y), X defaulting to
the amount named before; or the way a measure moved from last year ([X较上年]下降 / 持平 / 上升, 持平或下降: 本年X <, =, >,
≤ 上年X) when this year's and last year's
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
# (持平或下降 / 下降或持平: not above last year; 增长或持平: not below it)
_WAY = lazy_compile(r"^(?P<named>[\u4e00-\u9fff“”]*?)(?:较|比|与|同)?(?:上一?年度?)?(?:相比|比较)?"
                    r"(?:(?P<at_most>(?:持平或|或持平)(?:下降|降低|减少)|(?:下降|降低|减少)或持平)"
                    r"|(?P<at_least>(?:持平或|或持平)(?:上升|增长|提高|提升|增加)|(?:上升|增长|提高|提升|增加)或持平)"
                    r"|(?P<fall>下降|降低|减少)|(?P<level>持平)|(?P<rise>上升|增长|提高|提升|增加))$")
# X超过Y / X未超过Y (X > Y, X ≤ Y), X低于Y / X不低于Y (X < Y, X ≥ Y); [X]与Y持平 (X = Y)
_PART = lazy_compile(r"^(?:(?P<none>无|没有)(?P<absent>[\u4e00-\u9fff]+)|有(?P<present>[\u4e00-\u9fff]+)"
                   r"|(?P<subject>[\u4e00-\u9fff]*?)(?P<neg>未|不)?(?:(?P<above>超过|超出|高于|大于|多于)|(?P<below>低于|少于|小于))"
                   r"(?P<other>[\u4e00-\u9fff]+)"
                   r"|(?P<level_subject>[\u4e00-\u9fff]*?)(?:与|同|和)(?P<level_other>[\u4e00-\u9fff]+?)(?:相比)?持平)$")


def situation(label: str, variables: tuple[str, ...]) -> Expr | None:
    """The option's condition over the entered amounts, or None when it is not such a situation."""
    return _situation(label, variables, None)[0]


def situations(labels: list[str], variables: tuple[str, ...]) -> list[Expr | None]:
    """Each option's condition, an amount compared in one option the subject of the next that names none (本年利用率不低于
    上年利用率的得3分，低于上年利用率的不得分: the second is 本年利用率 below 上年利用率)."""
    conditions: list[Expr | None] = []
    subject: str | None = None
    for label in labels:
        condition, subject = _situation(label, variables, subject)
        conditions.append(condition)
    return conditions


def _situation(label: str, variables: tuple[str, ...], subject: str | None) -> tuple[Expr | None, str | None]:
    conditions: list[Expr] = []
    for part in (p for p in re.split(r"[,，]|但|且|并且|而", label) if p):
        part = re.sub(r"(?:的|资金)$", "", part)
        way = _WAY.match(part)
        moved = _moved(way, variables) if way is not None else None
        if moved is not None:
            conditions.append(moved)
            continue  # (与全市平均增幅持平, no year pair: another amount it is level with, below)
        match = _PART.match(part)
        if not match:
            return None, subject
        if match.group("absent") or match.group("present"):
            subject = resolve(match.group("absent") or match.group("present"), variables)
            if subject is None:
                return None, subject
            op = "=" if match.group("none") else ">"
            conditions.append(Cmp(op, Var(f"v:{subject}"), num(0)))
            continue
        level = match.group("level_other") is not None
        named = match.group("level_subject" if level else "subject")
        # (the words read before this session keep their looser names: 未超过上年结转数 with 上年结转 entered)
        amount = resolve if match.group("above") in ("超过", "超出", "高于", "大于") else _amount
        left = amount(named, variables) if named else subject
        right = amount(match.group("level_other" if level else "other"), variables)
        if left is None or right is None or left == right:
            return None, subject
        subject = left
        if level:
            op = "="
        elif match.group("below"):
            op = ">=" if match.group("neg") else "<"
        else:
            op = "<=" if match.group("neg") else ">"
        conditions.append(Cmp(op, Var(f"v:{left}"), Var(f"v:{right}")))
    return (all_of(*conditions) if conditions else None), subject


def _amount(name: str, variables: tuple[str, ...]) -> str | None:
    """The entered amount a compared noun names — never one the noun holds with more words (全省平均增幅基本 in 与全省平均增幅
    基本持平, 本年能耗明显 in 本年能耗明显低于…: a judgement of degree, not the comparison itself)."""
    found = resolve(name, variables)
    return None if found is None or len(found) < len(name) else found


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
    op = ("<=" if way.group("at_most") else ">=" if way.group("at_least") else "<" if way.group("fall")
          else "=" if way.group("level") else ">")
    return Cmp(op, Var(f"v:{this}"), Var(f"v:{last}"))
