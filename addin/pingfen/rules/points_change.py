"""林草覆盖率较上年提高0.5个百分点以上（含）得3分，提高0-0.5个百分点得1.5分，未提高的不得分: a rate's change on last year
said in 百分点 — this year's rate less last year's (45.6% against 45.0% is 0.6个百分点 → 3), never the rate's own level
(rules/rate_change_said.py refused it). The measure is named 林草覆盖率较上年提高点数 (its 规范写法 reads back by that name) and worked from both years'
rates: entered by name (本年林草覆盖率 / 上年林草覆盖率), or last year's printed by the text (上年治理率为32%,
rules/stated_base.py) with this year's rate entered.

Only where every change is said in 百分点 (提高3个百分点 / 提高1-3个百分点): 提高2% may be the rates' difference or
2% of last year's rate, which the text does not settle, and stays refused.
"""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile

_RISE, _FALL = "较上年提高点数", "较上年下降点数"  # (百分点 is normalised to %: 点数 keeps the name)
# (a rate named before its change: 治理率较上年提高 / 使用率较上年下降 / 覆盖率(4分):较上年…)
_RATE_LABEL = lazy_compile(r"(?:率|占比|比重|比例|满意度)$")
# (the rate's name right before the comparison, its points in brackets between: 覆盖农村人口比例（4分）：较上年)
_NAMED_BEFORE = lazy_compile(r"([\u4e00-\u9fff]{2,24}(?:率|比例|占比|比重|满意度))(?:[（(]\d+(?:\.\d+)?分[)）])?[:：]?(?:较|比)(?:上一?年度?|去年)")
_RISES = "提高|增长|上升|提升|增加"
_FALLS = "下降|降低|减少"
# a change said with its size in raw: 提高3个百分点 / 提高1-3个百分点 / 提高0.5（含）—1个百分点 / 下降2%
# (提高两个百分点 / 提高一个百分点（含）至两个百分点: the sizes spelled)
_SIZE = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})"
_SIZED = lazy_compile(rf"(?P<way>{_RISES}|{_FALLS})(?:了|幅度)?(?:超过|达到|达|不低于|不少于|不足|在)?{_SIZE}"
                      rf"(?:个百分点)?(?:[（(]含[)）])?(?:[-—–~～至]{_SIZE})?(?P<unit>个百分点|%|％)")
# (本年覆盖率较上年覆盖率提高2个百分点: the rate said again after last year, as normalize reads it once)
_OVER_LAST_YEAR = lazy_compile(r"(?:较|比|与)(?:上一?年度?|去年)(?:同期)?(?:[\u4e00-\u9fff]{0,12}?(?:率|比例|占比|比重|满意度))?"
                               r"(?:相比)?[,，]?(?:每)?(?P<way>" + _RISES + "|" + _FALLS + ")")


def points_change_label(scorer: object, raw: str, label: str) -> str:
    """``label`` as the points a rate moved from last year, where the text scores that (every change sized in
    百分点, one way over last year); else ``label`` unchanged."""
    from .model import change_of
    from .piecewise import TARGET, Piecewise

    if not isinstance(scorer, Piecewise) or scorer.unit != "%" or change_of(label) is not None:
        return label  # (税收收入较上年增长率: a change already)
    if not scorer.cases or any(TARGET in interval.bounds() for interval, _ in scorer.cases):
        # 参保率不低于上年得满分，每下降1个百分点扣0.5分 / 满意度较上年每下降1个百分点扣1分: last year's rate entered as
        # the target, the level the steps count from (read so before this)
        return label
    if label == "完成率":  # 规模化供水工程覆盖农村人口比例（4分）：较上年提高2个百分点…: the rate named in the heading
        named = _NAMED_BEFORE.search(raw)
        if named is None:
            return label
        label = named.group(1)
    if not _RATE_LABEL.search(label):
        return label
    for named in (_RISE, _FALL):
        if label + named in raw:  # 林草覆盖率较上年提高点数≥0.5%得3分: the 规范写法, read back
            return label + named
    over = _OVER_LAST_YEAR.search(raw)
    sized = list(_SIZED.finditer(raw))
    if over is None or not sized or any(found.group("unit") != "个百分点" for found in sized):
        return label
    ways = {"fall" if found.group("way") in _FALLS else "rise" for found in sized}
    way = "fall" if over.group("way") in _FALLS else "rise"
    if ways != {way}:
        return label  # (提高…得分，下降2个百分点扣分: a change both ways, whose bands the reader reads otherwise)
    return label + (_FALL if way == "fall" else _RISE)


def points_change_of(label: str) -> str | None:
    """"rise" / "fall" for a label points_change_label made, else None."""
    if label.endswith(_RISE):
        return "rise"
    if label.endswith(_FALL):
        return "fall"
    return None


def points_measure(ctx, way: str):
    """The points the rate moved (this year's less last year's, or last year's less this year's for a fall), and the
    sentence that shows it: from both years' rates entered by name, or this year's against the rate the text prints."""
    from .entered_rate import variable_as_rate
    from .expr import Fmt, Var, concat, num, sub
    from .inputs import InputError
    from .year_pair import year_pair

    rate_name = ctx.label.removesuffix(_RISE).removesuffix(_FALL)
    pair = year_pair(ctx.shape.variables)
    base = ctx.printed_base
    if pair is not None and pair[2] in rate_name:
        ctx.need(f"v:{pair[0]}", f"v:{pair[1]}")
        now = ctx.define("this_year_rate", variable_as_rate(ctx.shape, pair[0]))
        before = ctx.define("last_year_rate", variable_as_rate(ctx.shape, pair[1]))
    elif base is not None and base.base_unit == "%" and ctx.shape.measure == "rate":
        ctx.need("rate")
        ctx.base_used = True
        now, before = Var("rate"), num(base.value)
    else:
        raise InputError(f"“{ctx.label}”是本年与上年{rate_name}之差，需要两年的{rate_name}"
                         f"（vars 中的“本年{rate_name}”与“上年{rate_name}”，或评分标准写明上年的{rate_name}并录入本年的比率 rate）")
    moved = ctx.define("points_moved", sub(before, now) if way == "fall" else sub(now, before))
    first, second = (before, now) if way == "fall" else (now, before)
    return moved, concat(ctx.label, "=", Fmt(first, "pct"), "-", Fmt(second, "pct"), "=", Fmt(moved, "pct"), "（百分点）")
