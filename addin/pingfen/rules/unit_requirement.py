"""A requirement each unit must meet, then a deduction per unit that does not: ``每家乡镇卫生院年度门急诊诊疗人次不低于
1.5万人次，每有1家未达到的扣0.5分`` / ``每份合同年度专业督导时数不少于40小时，每有1份合同不足的扣1分``. The level is
checked unit by unit (one unit's surplus never covers another's shortfall), so it is no number the score is computed
from: it names the fault, and the units failing are counted (the evaluator enters how many). Only where the count is in
the requirement's own unit (每家 … 每有1家, 每份合同 … 每有1份合同) and says the unit falls short of it. A time limit is held
case by case the same way (临时救助审批时限不超过10个工作日，每有1件超时办理的扣0.2分: the cases past it counted)."""

from __future__ import annotations

from dataclasses import replace

from ..text.lazy_regex import lazy_compile
from .clauses import Clause

# 每家乡镇卫生院… / 每个社区… / 每份合同…: each unit, then what it must reach (up to the comma before the count)
_EACH_UNIT_MUST = lazy_compile(r"^每(?P<unit>[家个份所户村座条名])(?P<must>[^,，;；。]{4,60}?)[,，](?=(?:每有|每发现|有)1(?P=unit))")
# 各街道…覆盖率须达到90%，每有1个街道未达到…: every unit named with 各, then what it must reach, the same noun counted
_EVERY_NAMED_MUST = lazy_compile(r"^各(?P<noun>[\u4e00-\u9fff]{2,4}?)(?P<must>[^,，;；。]{4,60}?)[,，]"
                                 r"(?=(?:每有|每发现|有)1[个家所份座名户](?P=noun))")
# 每周开放时间不少于42小时，抽查场馆，每发现1个开放时间不足的…: what each unit must reach (no 每 unit before it), the
# units checked named, then each one found short counted — the fault names the requirement's own measure (开放时间)
_SAMPLED_MUST = lazy_compile(r"^(?P<must>[^,，;；。]{4,60}?(?:不少于|不低于|不短于|达到|≥)\d[^,，;；。]{0,8})[,，]"
                             r"(?:抽查|检查|核查|抽检)(?P<noun>[\u4e00-\u9fff]{1,6})[,，]"
                             r"(?=(?:每有|每发现|有|发现)1[个家所份座名户])")
# …未达到的 / 合同不足的 / 站点未达标的: the unit (or its noun) short of the requirement, nothing else said
_FALLS_SHORT = lazy_compile(r"^[\u4e00-\u9fff]{0,8}?(?:未达到|达不到|未达标|不达标|不足|未完成)(?:要求|标准)?的?$")
_FALLS_SHORT_WORDS = lazy_compile(r"(?:未达到|达不到|未达标|不达标|不足|未完成)(?:要求|标准)?的?$")
# 每个街道…运营补贴不超过60万元: a ceiling each unit is held under, which a unit fails by passing it (超出的 / 未达标的),
# never by falling short (不足的 / 未完成的: the other way, left to the reader to refuse)
_CEILING = lazy_compile(r"不超过|不得超过|不高于|不得高于|不多于|不大于|≤")
_PASSES = lazy_compile(r"^[\u4e00-\u9fff]{0,8}?(?:超出|超过|超标|突破|未达标|不达标|未达到|达不到)(?:要求|标准)?的?$")

# 审批时限不超过10个工作日，每有1件…: a time limit in days or hours, which each case is held to
# (外贸发展资金应在公示期满后15个工作日内拨付到企业，抽查拨付凭证，每发现1家企业逾期拨付…: the limit as 应在…内, what is
# done by then, and the evidence the cases are found in)
# (一般故障2小时内响应，每超时1次… / 每季度结束后10日内报送，逾期报送1次…: the limit with what is done within it, no
# 应在 before it — the cases past it are counted all the same, the count right after the comma)
_TIME_LIMIT = lazy_compile(r"^(?P<must>[^,，;；。]{0,30}时限(?:为|不超过|不得超过|不超|≤)?\d+(?:\.\d+)?(?:个)?(?:工作日|自然日|日|天|小时|分钟)"
                           r"|[^,，;；。]{0,30}(?:(?:应|须|需|必须|应当)在[^,，;；。\d]{0,20}?)?\d+(?:个)?(?:工作日|自然日|日|天|小时|分钟)(?:以内|之内|内)"
                           r"[\u4e00-\u9fff]{2,12})(?:以内|之内|内)?(?:[,，](?:抽查|查阅|核查|检查)[\u4e00-\u9fff]{2,10})?[,，]"
                           r"(?=(?:每有|每发现|有|发现)?1|每?(?:超时|超期|逾期)[\u4e00-\u9fff]{0,4}?1)")
# the cases counted in a unit of time would be the time past the limit (每超时1小时), no case counted
_TIME_UNITS = frozenset({"工作日", "自然日", "日", "天", "小时", "分钟", "周", "月", "个月"})
# 超时办理的 / 逾期的 / 超过时限的: a case past the limit, nothing else said
# (企业逾期拨付: the case's noun before it, the unit counted — 每发现1家企业)
# (未按时拨付的 / 延迟拨付的: the case not done within the limit, said as late as the time limit words it)
_PAST_LIMIT = lazy_compile(r"^[\u4e00-\u9fff]{0,4}?(?:超时|超期|逾期|超过时限|超出时限|未按时|未按期|不按时|延迟|延期)[\u4e00-\u9fff]{0,6}?的?$")


# 一般故障接报后24小时内修复 / 对符合条件的申请在7日内作出给予援助决定: a time limit with what is done within it, a
# clause of its own (the cases past it counted in the next: 超时的每起扣0.2分)
_LIMIT_ALONE = lazy_compile(r"[^,，;；。\d]{0,30}(?:(?:应|须|需|必须|应当)?在[^,，;；。\d]{0,20}?)?\d+(?:个)?(?:工作日|自然日|日|天|小时|分钟)"
                            r"(?:以内|之内|内)[\u4e00-\u9fff]{2,16}")


def time_limit_before(limit: Clause, unit: str, words: str) -> str | None:
    """未达到“一般故障接报后24小时内修复”: the fault's name when ``words`` (超时的 / 超时限的) say a case past the time limit
    the clause ``limit`` right before it states, and the cases are counted (每起, never 每超1天: the days past it)."""
    if unit in _TIME_UNITS or not _PAST_LIMIT.match(words) or limit.unread or limit.has_outcome \
            or not _LIMIT_ALONE.fullmatch(limit.text):
        return None
    return f"未达到“{limit.text}”"


def counted_units_short(clause: Clause) -> tuple[Clause, str] | None:
    """``clause`` without the requirement's level as its condition, and the fault's name (未达到“…”); None when it
    is not this shape."""
    if clause.occurrence is None or clause.condition is None or clause.step is not None:
        return None
    _, unit, words = clause.occurrence
    limit = _TIME_LIMIT.match(clause.text)
    if limit is not None and _PAST_LIMIT.match(words) and unit not in _TIME_UNITS:
        return replace(clause, condition=None), f"未达到“{limit.group('must')}”"
    named = _EVERY_NAMED_MUST.match(clause.text)
    if named is not None and _FALLS_SHORT.match(words) and words.startswith(named.group("noun")):
        return replace(clause, condition=None), f"未达到“{named.group('noun')}{named.group('must')}”"
    sampled = _SAMPLED_MUST.match(clause.text)
    if sampled is not None and _FALLS_SHORT.match(words):
        measure = _FALLS_SHORT_WORDS.sub("", words)  # (开放时间不足的: 开放时间, the requirement's measure)
        if len(measure) >= 2 and measure in sampled.group("must"):
            return replace(clause, condition=None), f"未达到“{sampled.group('must')}”"
    opened = _EACH_UNIT_MUST.match(clause.text)
    if opened is None or opened.group("unit") != unit:
        return None
    if not (_PASSES if _CEILING.search(opened.group("must")) else _FALLS_SHORT).match(words):
        return None
    return replace(clause, condition=None), f"未达到“{opened.group('must')}”"


# 每有1份未达到“服务合同年度专业督导时数不少于40小时”的: the 规范写法 of the same, the requirement in quotes
_QUOTED = lazy_compile(r"^未达到“([^“”]{4,60})”的?$")


def held_under(requirement: str) -> bool:
    """未达到“每个街道…不超过60万元”: the unit fails above its level (the items' limit is upper), not below it."""
    return bool(_CEILING.search(requirement))


def quoted_requirement(words: str) -> str | None:
    """The fault's name when the words are the requirement quoted (未达到“…”), as the reading writes it."""
    quoted = _QUOTED.match(words)
    return f"未达到“{quoted.group(1)}”" if quoted else None
