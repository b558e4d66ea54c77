"""A formula dividing by the plan printed before it, written again in its unit or by its name:
``合同约定扫描120万页，得分=实际完成页数/120万页×8分`` / ``目标观看人次5万人次，得分=实际观看人次/目标观看人次×4分``.
The divisor is that plan's number, said once before: the formula divides by it as a bare number in the plan's own unit
(``…/1200000×8分``), which the reader already takes as the plan stated before the formula (年度目标10000人次，得分=
实际培训人次/10000×2: the actual, named, over the target printed).

Only a count or a measure (页, 人次, 平方公里 …), never an amount of money (a bare 2.4 beside 亿元 is no amount the
formula could divide 万元 by) nor a rate, a date or points; the plan in a clause of its own that names it and prints
nothing else (合同约定扫描120万页), before the formula; and the divisor written exactly as printed — the same number
and unit, or the plan's whole name — right after the division sign and before ×, ) or the clause's end."""

from __future__ import annotations

import re
from decimal import Decimal

from .lazy_regex import lazy_compile
from .lexicon import MONEY_SCALE

_NUMBER = r"\d+(?:\.\d+)?"
# (合同约定扫描120万页 / 目标观看人次为5万人次: a clause of its own, the name then the quantity; never …(3分), 2024年, 95%)
_PLAN = lazy_compile(rf"(?:^|(?<=[,;。:]))(?P<name>[\u4e00-\u9fff]{{2,14}}?)(?:为|是|:)?(?P<number>{_NUMBER})(?P<scale>万)?"
                     r"(?P<unit>(?![分年月日号%‰])[\u4e00-\u9fff]{1,4})(?=[,;。]|$)")
_POINTS_OR_TIME = lazy_compile(r"^(?:分|年|月|日|天|号|周|小时|个工作日|个月|工作日)")


def plan_divisor(text: str) -> str:
    """``合同约定扫描120万页,得分=实际完成页数/120万页×8分`` → ``…/1200000×8分``; ``目标观看人次5万人次,得分=
    实际观看人次/目标观看人次×4分`` → ``…/50000×4分``."""
    plans = [found for found in _PLAN.finditer(text) if _counted(found.group("unit"), found.group("scale"))]
    if len(plans) != 1:
        return text  # (no plan, or two: which one the formula divides by is not for this rewrite to say)
    plan = plans[0]
    written = plan.group("number") + (plan.group("scale") or "") + plan.group("unit")
    value = Decimal(plan.group("number")) * (10000 if plan.group("scale") else 1)
    plain = format(value.normalize(), "f")
    divisor = re.compile(rf"(?<=[/÷])(?:{re.escape(written)}|{re.escape(plan.group('name'))})(?=[×*)]|[,;。]|$)")
    after = text[plan.end():]
    if "得分=" not in after:
        return text
    return text[: plan.end()] + divisor.sub(plain, after)


def _counted(unit: str, scale: str | None) -> bool:
    """页 / 人次 / 平方公里: a count or a measure, never money (万元), points or a time."""
    whole = (scale or "") + unit
    return not any(whole.endswith(money) or unit.endswith(money) for money in MONEY_SCALE) and not _POINTS_OR_TIME.match(unit)
