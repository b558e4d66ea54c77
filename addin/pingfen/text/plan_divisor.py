"""A formula dividing by a plan the text prints, written again by its name or in its unit:
``得分=实际观看人次/目标观看人次×4分`` beside ``目标观看人次5万人次`` / ``得分=（实际绿化养护面积/合同约定面积）×分值`` beside
a closing ``合同约定面积120万平方米`` / ``合同约定扫描120万页，得分=实际完成页数/120万页×8分``. The divisor is that plan,
its number printed once: the formula is the amount done over it.

By its name (before or after the formula, money too): the formula of one name over the plan's is the 单位自评 ratio
``实际值/目标值`` and the clause printing the plan is its 目标值 (``目标值为120万平方米``), which the reader already scores
by the printed target. In its unit (the plan before the formula): the divisor is the plan's bare number in its own unit
(``…/1200000×8分``), the shape the reader takes as the plan stated before a formula (年度目标10000人次，得分=实际培训人次/
10000×2) — a count or a measure only, never money (a bare 2.4 beside 亿元 is no amount the formula could divide 万元 by).

A rate defined over the plan's own number, its bands and formulas said in the rate (年度筹集任务1500套。完成率=实际筹集
套数/1500。完成率≥100%得6分…), is the amount done over that target: the definition is said as 目标值为1500套. A bare
ratio opening a clause (实际招录人数÷计划人数×4分) is a formula as 得分= says one.

Only one clause of its own printing the plan (the name, then the quantity and nothing else; never a rate, points or a
time), and the divisor written exactly as printed — the plan's whole name, or the same number and unit — right after
the division sign and before ×, ) or the clause's end."""

from __future__ import annotations

import re
from decimal import Decimal

from .lazy_regex import lazy_compile
from .lexicon import GENERIC_VALUE_NAMES, MONEY_SCALE, UNITS

_NUMBER = r"\d+(?:\.\d+)?"
# (合同约定扫描120万页 / 目标观看人次为5万人次: a clause of its own, the name then the quantity; never …(3分), 2024年, 95%)
_PLAN = lazy_compile(rf"(?:^|(?<=[,;。:]))(?P<name>[\u4e00-\u9fff]{{2,14}}?)(?:为|是|:)?(?P<number>{_NUMBER})(?P<scale>万|亿)?"
                     r"(?P<unit>(?![分年月日号%‰])[\u4e00-\u9fff]{1,4})(?P<other>\([\u4e00-\u9fff]\))?(?P<source>\((?:名单)?以[^()\d]{2,30}为准\))?(?=[,;。]|$)")
_POINTS_OR_TIME = lazy_compile(r"^(?:分|年|月|日|天|号|周|小时|个工作日|个月|工作日)")
# 得分=实际观看人次/目标观看人次×4分 / 得分=(实际绿化养护面积/合同约定面积)×分值: one name over another
_RATIO = lazy_compile(r"(?P<lead>得分=|按|(?<=[,;:。]))(?P<open>\()?(?P<top>[\u4e00-\u9fff]{2,16})[/÷](?P<divisor>[\u4e00-\u9fff]{2,16})"
                      r"(?(open)\))(?=[×*])")
# 按实际完成座数/计划座数×6分计分: the ratio times the points said as the way of scoring
# (按实际采购数量/计划采购数量×8分计算: 计算 after the points said, as 计分)
_POINTS_SCORED = lazy_compile(r"[×*](?:分值|\d+(?:\.\d+)?分?)(?:计分|计算得分|得分|分计算)")
_POINTS_CLOSING = lazy_compile(r"[×*](?:分值|\d+(?:\.\d+)?分)(?=[,;。]|$)")


def plan_divisor(text: str) -> str:
    """``目标观看人次5万人次,得分=实际观看人次/目标观看人次×4分`` → ``目标值为5万人次,得分=实际值/目标值×4分``;
    ``合同约定扫描120万页,得分=实际完成页数/120万页×8分`` → ``…/1200000×8分``."""
    named = _by_name(text)
    if named is not None:
        return named
    put_in = _rate_put_in(text, over_number=True)
    if put_in != text:
        return put_in  # 完成率=实际培训人次/2000×100%,得分=完成率×6分: 得分=实际培训人次/2000×6分
    defined = _rate_over_plan(text)
    if defined is not None:
        return defined
    plans = [found for found in _PLAN.finditer(text) if _counted(found.group("unit"), found.group("scale")) and not found.group("other")]
    if len(plans) != 1:
        return text  # (no plan, or two: which one the formula divides by is not for this rewrite to say)
    plan = plans[0]
    written = plan.group("number") + (plan.group("scale") or "") + plan.group("unit")
    value = Decimal(plan.group("number")) * _scale(plan.group("scale"))
    divisor = re.compile(rf"(?<=[/÷]){re.escape(written)}(?=[×*)]|[,;。]|$)")
    after = text[plan.end():]
    if plan.group("scale") == "亿" or "得分=" not in after:
        return text
    return text[: plan.end()] + divisor.sub(format(value.normalize(), "f"), after)


def _by_name(text: str) -> str | None:
    """The formula's divisor named, and one clause of its own printing it under that name; None when not so."""
    text = _rate_put_in(text)
    # (按…: scored so only with 计分 after the points; a bare ratio opening a clause, 实际招录人数÷计划人数×4分, only with its
    # points and the clause's end after them)
    ratios = [found for found in _RATIO.finditer(text) if found.group("lead") == "得分="
              or found.group("lead") == "按" and _POINTS_SCORED.match(text, found.end())
              or not found.group("lead") and _POINTS_CLOSING.match(text, found.end())]
    if len(ratios) != 1:
        return None
    ratio = ratios[0]
    top, name = ratio.group("top"), ratio.group("divisor")
    if top in GENERIC_VALUE_NAMES or name in GENERIC_VALUE_NAMES or top == name:
        return None
    printed = [found for found in _PLAN.finditer(text) if _names_plan(found.group("name"), name, found.group("unit")) and _quantity(found.group("unit"))]
    if not printed and text.count(name) == 1:
        printed = _by_unit(top, name, text) or _by_thing(name, text)
    elif text.count(printed[0].group("name") if len(printed) == 1 else name) != 2:
        return None  # (the name said elsewhere too: a level or a step of it, which the target would not stand for)
    if len(printed) != 1:
        return None
    plan = printed[0]
    quantity = plan.group("number") + (plan.group("scale") or "") + plan.group("unit") + (plan.group("other") or "")
    formula = f"{ratio.group('lead') or '得分='}{ratio.group('open') or ''}实际值/目标值{')' if ratio.group('open') else ''}"
    spans = sorted([(ratio.start(), ratio.end(), formula), (plan.start(), plan.end(), f"目标值为{quantity}")], reverse=True)
    for start, end, replacement in spans:
        text = text[:start] + replacement + text[end:]
    return text


def _names_plan(plan: str, divisor: str, unit: str) -> bool:
    """计划采购 printed (计划采购120台(套)), 计划采购数量 divided by: the plan's name, or it with what it counts (数量, 数);
    计划招聘 printed in 人 (计划招聘120人), 计划招聘人数 divided by: the plan's name with its unit counted (人数, 户数)."""
    return divisor == plan or divisor in (plan + "数量", plan + "数", plan + unit + "数")


# 计划采购数量 / 任务书约定数: a plan's verb (or its source) and what it counts (数量, 数), no thing named
_COUNT_OF_PLAN = lazy_compile(r"(?P<stem>(?:年度|全年|本年度?)?(?:计划|目标|任务|合同|约定|应)[\u4e00-\u9fff]{1,8}?)(?:数量|数)")


def _by_thing(name: str, text: str) -> list[re.Match[str]]:
    """``实际采购数量/计划采购数量×4分。计划采购执法记录仪500台``: the divisor 计划采购数量 the one clause printing that plan
    (计划采购) with the thing it counts named after its verb (执法记录仪) — a count or a measure, said once, the thing's
    name nowhere else (the top counts it by the quantity's own word: 实际采购数量)."""
    counted = _COUNT_OF_PLAN.fullmatch(name)
    if counted is None:
        return []
    stem = counted.group("stem")
    found = [plan for plan in _PLAN.finditer(text) if plan.group("name").startswith(stem) and len(plan.group("name")) > len(stem)
             and _counted(plan.group("unit"), plan.group("scale")) and not plan.group("other") and not plan.group("source")]
    return found if len(found) == 1 and text.count(found[0].group("name")) == 1 and text.count(stem) == 2 else []


# 计划座数 / 目标家数: the plan named by the unit it counts (座, 家) and nothing else
_COUNTED_PLAN = lazy_compile(r"(?P<plan>计划|目标)(?P<unit>[\u4e00-\u9fff])数")


_YEAR_SAID = lazy_compile(r"^(?:年度|全年|本年度?|当年)")  # (年度计划招录30人: the year's plan)


def _by_unit(top: str, name: str, text: str) -> list[re.Match[str]]:
    """``计划迁移保护120座…按实际完成座数/计划座数×6分``: the divisor 计划座数 the one clause printing a plan (计划…) in 座,
    the top counting in 座 too (实际完成座数)."""
    counted = _COUNTED_PLAN.fullmatch(name)
    if counted is None or not top.endswith(counted.group("unit") + "数"):
        return []
    return [found for found in _PLAN.finditer(text) if _YEAR_SAID.sub("", found.group("name")).startswith(counted.group("plan"))
            and found.group("unit") == counted.group("unit") and not found.group("scale")]


# 补贴资金使用率=已结算补贴资金/到位补贴资金 (×100%): a rate defined as one name over another, in a clause of its own
# (完成率=实际培训人次/2000×100%: the plan's number, printed in brackets after its name — text/printed_divisor)
_DEFINED = lazy_compile(r"(?:^|(?<=[,;。:\n]))(?P<rate>[\u4e00-\u9fff]{1,14}率)=(?P<ratio>[\u4e00-\u9fff]{2,16}[/÷](?:[\u4e00-\u9fff]{2,16}|\d+(?:\.\d+)?))"
                        r"(?:×100%)?(?P<end>[,;。]|$)")
# 得分=使用率×4分 / 按到位率×分值计算得分: the score the rate times the points
_USED = lazy_compile(r"得分=(?P<rate>[\u4e00-\u9fff]{1,14}率)(?=[×*])|按(?P<rate2>[\u4e00-\u9fff]{1,14}率)(?P<times>[×*](?:分值|\d+(?:\.\d+)?分?))"
                     r"(?:计算|计)?得分")


def _rate_put_in(text: str, over_number: bool = False) -> str:
    """``补贴资金使用率=已结算补贴资金/到位补贴资金,得分=使用率×4分`` → ``得分=已结算补贴资金/到位补贴资金×4分``: the
    rate's definition put in for it where the score is the rate times the points (the rate named whole or by its end,
    once), the definition's clause then said by the formula."""
    definitions = list(_DEFINED.finditer(text))
    uses = list(_USED.finditer(text))
    if len(definitions) != 1 or len(uses) != 1:
        return text
    definition, use = definitions[0], uses[0]
    if over_number != bool(_OVER_NUMBER.search(definition.group("ratio"))):
        return text  # (a number: the plan printed — put in here; names: only where the plan is found by name)
    used = use.group("rate") or use.group("rate2")
    if not definition.group("rate").endswith(used) or use.start() < definition.end():
        return text
    original = text
    formula = f"得分={definition.group('ratio')}" + (use.group("times") or "")
    times = use.group("times") or text[use.end():][:12]
    text = text[: use.start()] + formula + text[use.end():]
    text = text[: definition.start()] + text[definition.end():]
    # 完成率超过100%按100%计: the rate held at 100%, so the score at what the rate is multiplied by
    points = _TIMES_POINTS.match(times)
    capped = re.compile(rf"(?<=[,;。]){re.escape(used)}(?:超过|高于|大于)100%的?(?:按|以)100%(?:计|计算|计分)(?=[,;。]|$)")
    if points is not None:
        text = capped.sub("最高为分值" if points.group(1) is None else f"最高{points.group(1)}分", text)
    if over_number and used in text and any(_counted(plan.group("unit"), plan.group("scale")) for plan in _PLAN.finditer(text)):
        return original  # 年度筹集任务1500套…完成率≥100%得6分；完成率＜100%时，得分=完成率×6分: bands of the rate measure
        # the amount against that plan, which the put-in formula would then divide by its own number again (80%/1500)
    return text


def _rate_over_plan(text: str) -> str | None:
    """``年度筹集任务1500套。完成率=实际筹集套数/1500。完成率≥100%得6分…`` → ``年度筹集任务1500套。目标值为1500套。完成率≥100%
    得6分…`` (and ``年度指标值:培训教师≥1200人次 完成率=实际培训人次/1200×100%``): a rate defined over a number the text
    prints once more as a quantity is the amount done over that target, which the bands and formulas of the rate then
    score — the definition said by the target, the rate by the reader's own ratio. The quantity must be the only one of
    that number (one unit, a count or a measure, never money, points or a time)."""
    definitions = list(_DEFINED.finditer(text))
    if len(definitions) != 1:
        return None
    definition = definitions[0]
    divisor = re.fullmatch(r"[\u4e00-\u9fff]{2,16}[/÷](\d+(?:\.\d+)?)", definition.group("ratio"))
    if divisor is None or definition.group("rate") not in text[definition.end():]:
        return None
    outside = text[: definition.start()] + "。" + text[definition.end():]
    printed = {found.group("words") for found in re.finditer(rf"(?<![\d.]){re.escape(divisor.group(1))}(?P<words>[\u4e00-\u9fff]{{1,3}})", outside)}
    if len(printed) != 1:
        return None
    unit = _UNIT_OF.match(printed.pop()).group()  # type: ignore[union-attr]  # (its last alternative takes any character)
    if not _counted(unit, None):
        return None
    quantity = f"{divisor.group(1)}{unit}"
    plans = [found for found in _PLAN.finditer(text) if found.end() <= definition.start() and found.group("number")
             + (found.group("scale") or "") + found.group("unit") == quantity and not found.group("other")]
    if len(plans) == 1:  # 年度目标60场次 / 年度筹集任务1500套: the plan's own clause says it, the definition goes
        plan = plans[0]
        text = text[: definition.start()] + text[definition.end():]
        return text[: plan.start()] + f"目标值为{quantity}" + text[plan.end():]
    if definition.group("end") in ("。", ";"):
        return text[: definition.start()] + f"目标值为{quantity}。" + text[definition.end():]
    return text[: definition.start()] + f"目标值为{quantity}" + text[definition.start("end"):]


# (1500套(间) / 1200人次 / 60场次 / 18株衰弱古树: the unit the number is printed in — a unit the lexicon knows, longest
# first, else its first character)
_UNIT_OF = lazy_compile("|".join(sorted((re.escape(unit) for unit in UNITS if unit not in ("%", "‰")), key=len, reverse=True))
                        + r"|[\u4e00-\u9fff]")


_OVER_NUMBER = lazy_compile(r"[/÷]\d")
# ×6分 / ×分值: what the rate is multiplied by
_TIMES_POINTS = lazy_compile(r"[×*](?:分值|(\d+(?:\.\d+)?)分?)")


def _scale(scale: str | None) -> Decimal:
    return {"万": Decimal(10000), "亿": Decimal(100000000)}.get(scale or "", Decimal(1))


def _quantity(unit: str) -> bool:
    """页 / 人次 / 万元: a quantity's unit, never points or a time."""
    return not _POINTS_OR_TIME.match(unit)


def _counted(unit: str, scale: str | None) -> bool:
    """页 / 人次 / 平方公里: a count or a measure, never money (万元), points or a time."""
    whole = (scale or "") + unit
    return not any(whole.endswith(money) or unit.endswith(money) for money in MONEY_SCALE) and _quantity(unit)
