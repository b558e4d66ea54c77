"""A formula's divisor named with its value printed in brackets: ``得分=实际签约率/目标签约率（45%）×5`` / ``得分=已储备品种数/
规定储备品种数（25种）×3`` / ``开工率=已开工小区数/计划改造小区数（32个）×100%``. The name is the number's, said once: the
formula divides by that number (``实际签约率/45%×5``, ``已储备品种数/25×3``). A count keeps no unit (the formula's numbers
are bare; the value entered for the dividend carries its own); a rate keeps its % or ‰. Only a name of a quantity (…数, …率,
…值, …量, …额, …人次, …比例: 得分=实际比例/目标比例(40%)×6) right after the division sign, the bracket holding nothing but the number, and an operator, a bracket or
the clause's end right after it (never …/目标值(≥45%)得5分, a level, nor a note in words)."""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile
from .lexicon import GENERIC_VALUE_NAMES

# (…/目标值(3分): the indicator's points after the formula, never its divisor; nor 目标值(2023年), a year)
# (…/合同约定页数(120万页): a count in 万 is 1,200,000, never the bare 120 — left to _plan_printed, which keeps the
# plan in its unit: 目标值为120万页)
_DIVISOR = lazy_compile(r"(?<=[/÷])[\u4e00-\u9fff]{1,14}?(?:数|率|值|量|额|次|比例)\((\d+(?:\.\d+)?)(%|‰|(?![分年月日号万千亿])[\u4e00-\u9fff]{1,2})\)"
                        r"(?=[×*)]|[,;。]|$)")


# 得分=5×(实际增长率/目标增长率15%): the divisor's rate written straight after its name, no bracket
_RATE_RUN_IN = lazy_compile(r"(?<=[/÷])[\u4e00-\u9fff]{1,14}?率(\d+(?:\.\d+)?[%‰])(?=[×*)]|[,;。]|$)")


# 实际完成面积/计划面积(12万亩)×5分 / 按实际覆盖企业数/目标数(50家)×4分计算 / 储备品种数/规定品种数(24种)×4分: a quantity
# over a plan whose amount, in its unit (万 too), is printed in brackets — the ratio opening its clause, after 得分= or 按,
# and the points (or 分值) right after it
_PLAN_PRINTED = lazy_compile(r"(?:^|(?<=[,;。:])|(?<=[,;。:]按)|(?<=^按)|(?<=得分=))(?P<open>\()?(?!按)(?P<top>[\u4e00-\u9fff]{2,16}?)[/÷]"
                             r"(?P<name>[\u4e00-\u9fff]{2,16}?)\((?P<amount>\d+(?:\.\d+)?(?:万|亿)?(?P<unit>[\u4e00-\u9fff]{1,4}))\)"
                             r"(?(open)\))(?=[×*](?:分值|\d+(?:\.\d+)?分?))")
_NOT_A_QUANTITY = lazy_compile(r"^(?:分|年|月|日|号|天|周|小时|个工作日|个月|工作日|万?元|亿元|千元)")  # (points, a date or time, money)
_DURATION = lazy_compile(r"时长$")  # 计划飞行时长(30小时): a duration's own plan, in hours
_TIME = lazy_compile(r"^(?:小时|天|日)$")
# 实际改厕户数 / 已储备品种数: an amount done, which a formula's reader takes as the actual (rules/formula.py _ACTUAL_SAID)
_DONE_SAID = lazy_compile(r"实际|实到|完成|执行|到位|支出|^已")
# 实际到位率/… / 完成率/…: a rate over a quantity is no amount counted over its plan
_RATE_NAMED = lazy_compile(r"(?:率|比例|比重|度|指数|系数)$")


def _plan_printed(text: str) -> str:
    """``农作物…面积(5分):实际完成面积/计划面积(12万亩)×5分,…`` → ``…:目标值为12万亩,实际值/目标值×5分,…``: the amount
    done over the plan printed in brackets is the 单位自评 ratio 实际值/目标值, the plan its 目标值 (the amount entered in
    its unit, 万 converted). Only one such ratio, the plan's name said nowhere else (a level or a step of it the target
    would not stand for), a count or a measure (never money, points or a date; hours only for a 时长)."""
    found = list(_PLAN_PRINTED.finditer(text))
    if len(found) != 1:
        return text
    ratio = found[0]
    top, name, unit = ratio.group("top"), ratio.group("name"), ratio.group("unit")
    if top in GENERIC_VALUE_NAMES or name in GENERIC_VALUE_NAMES or top == name or _RATE_NAMED.search(top) or _RATE_NAMED.search(name):
        return text
    if _TIME.match(unit) and not (_DURATION.search(name) and _DURATION.search(top)):
        return text
    if _NOT_A_QUANTITY.match(unit) and not _TIME.match(unit) or text.count(name) != 1:
        return text
    if text[:ratio.start()].endswith("得分=") and _DONE_SAID.search(top) and _DIVISOR.match(text, ratio.start("name")):
        return text  # 得分=已储备品种数/规定储备品种数(25种)×3: a score formula the reader takes as written (its amount done
        # entered by its name or as the actual), the divisor its bare number (below)
    start = ratio.start("open") if ratio.group("open") else ratio.start("top")
    opening = max(text.rfind(mark, 0, start) for mark in ",;。:") + 1
    formula = f"{ratio.group('open') or ''}实际值/目标值"
    text = text[:start] + formula + text[ratio.end("amount") + 1:]
    return text[:opening] + f"目标值为{ratio.group('amount')}," + text[opening:]


# 得分=实际下降率/目标下降率×6，目标下降率为3%: the divisor a target's rate, its value printed in a clause of its own by
# the same name (before the formula or after it)
_RATE_DIVISOR = lazy_compile(r"(?<=[/÷])(?P<name>[\u4e00-\u9fff]{0,6}?(?:目标|计划|预期|规定|约定|考核)[\u4e00-\u9fff]{0,8}?(?:率|比例))"
                             r"(?=[×*)]|[,;。]|$)")


def _rate_apart(text: str) -> str:
    """``得分=实际下降率/目标下降率×6，目标下降率为3%，…`` → ``得分=实际下降率/3%×6，…``: the one clause saying the
    divisor's rate (its name, 为 or nothing, the rate and nothing else) is the number divided by — the name said only
    there and in the formula."""
    divisors = list(_RATE_DIVISOR.finditer(text))
    if len(divisors) != 1:
        return text
    name = divisors[0].group("name")
    said = list(re.finditer(rf"(?:^|(?<=[,;。:])){re.escape(name)}(?:为|是|:)?(?P<rate>\d+(?:\.\d+)?[%‰])(?P<end>[,;。]|$)", text))
    if len(said) != 1 or text.count(name) != 2:
        return text
    clause = said[0]
    start, end = clause.start(), clause.end()
    if clause.group("end") == "" or clause.group("end") == "。" and start > 0:
        start -= 1 if start > 0 and text[start - 1] in ",;" else 0  # (…×6,目标下降率为3%。: the clause and the comma before it)
        end = clause.start("end")
    text = text[:start] + text[end:]
    return _RATE_DIVISOR.sub(clause.group("rate"), text, count=1)


def printed_divisor(text: str) -> str:
    """``…/目标签约率(45%)×5`` → ``…/45%×5``; ``…/规定储备品种数(25种)×3`` → ``…/25×3``; ``…/目标增长率15%)`` → ``…/15%)``;
    ``实际完成面积/计划面积(12万亩)×5分`` → ``目标值为12万亩,实际值/目标值×5分``; ``得分=实际下降率/目标下降率×6,目标下降率为3%``
    → ``得分=实际下降率/3%×6``."""
    text = _plan_printed(text)
    text = _rate_apart(text)
    text = _RATE_RUN_IN.sub(r"\1", text)
    return _DIVISOR.sub(lambda found: found.group(1) + (found.group(2) if found.group(2) in ("%", "‰") else ""), text)
