"""Counted misses of a requirement set per period: ``每季度召开最少1次食品安全工作专题会议,研究、部署食品安全工作(缺1次扣2分,
扣完为止)`` / ``至少每季度主持召开1次例会…,得1分,每少1次扣0.25分``. The requirement is per period (four meetings a
year, one in each quarter), so a count for the year would misread it (two meetings in one quarter do not make up for
none in another); but the deduction is written per miss (缺1次), and the number of misses is what the evaluator
counts against the requirement — no yearly count is needed. Read as one kind of fault counted by the miss
(FaultKinds), its 分值 or the points written before the deduction, never below 0 (or its own 最多扣N分).

Only the whole text: the requirement (its 每季度…N次, nothing scored in it), the points it earns if written, then the
deduction per one miss in 次 and its cap. 缺一项 (of several requirements, or of each event?) is not a miss counted.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from .clauses import PERIODS
from .errors import Unplaced
from .fault_kinds import Fault, FaultKinds
from .zero_situations import ZeroSituations, zeroing_situation

_ZEROED = lazy_compile(r"(?:不得分|全部分值|该项分值|本项分值|取消该项得分)$")  # 无会议记录的,不得分: a sentence zeroing the item
# (每年…2次 is the period's own count: steps on it; 每天播出不少于2次 is a day's, its misses counted over the year)
_PER_PERIOD = "|".join([p for p in PERIODS if p != "年"] + ["天", "日"])
_MISSES = lazy_compile(
    r"^(?:满分为(?P<full>\d+(?:\.\d+)?)分[;；])?"
    rf"(?P<requirement>[^;；。()（）分扣]*?每(?:{_PER_PERIOD})[^;；。()（）分扣]*?\d+次[^;；。()（）分扣]*?)"
    r"[,，]?[(（]?(?:[,，]?得(?P<points>\d+(?:\.\d+)?)分[,，;；])?"
    # 缺1次 / 少巡检1次 / 缺报1次 / 全年累计少播1次: one miss, its verb said again between (not 少于1次, a level)
    r"(?:全年)?(?:累计)?(?:每)?(?:缺|少|缺少|漏)(?P<verb>(?!于)[\u4e00-\u9fff]{0,3}?)1次(?:的)?[,，]?扣(?P<per>\d+(?:\.\d+)?)分"
    r"(?:[,，;；](?:(?P<all>扣完为止)|最多扣(?P<most>\d+(?:\.\d+)?)分))?[)）]?"
    # （4分） / ，本项1分 / （本项3分）: the item's 分值 said after the deduction
    r"(?:[,，;；。]?(?:本项|满分为?|本项满分)(?P<tail>\d+(?:\.\d+)?)分|。?[(（](?:本项|满分为?|本项满分)?(?P<bracketed>\d+(?:\.\d+)?)分[)）])?"
    r"[;；。]?$"
)


def read_period_misses(text: str) -> FaultKinds | ZeroSituations | None:
    """The requirement's misses as one kind of fault; None when the text is not only such a requirement and its
    deduction per miss, and sentences that zero the item (每月召开1次例会,缺1次扣1分;无会议记录的,不得分: in any
    order, then the rule's zeroing condition)."""
    sentences = [part for part in re.split(r"[;；。\n]", text) if part.strip(" ,，")]
    situations = [said for part in sentences if _ZEROED.search(part) and not re.search(r"\d", part)
                  and (said := zeroing_situation(part)) is not None]
    if situations and len(situations) < len(sentences):
        rest = "；".join(part for part in sentences if not (_ZEROED.search(part) and zeroing_situation(part) in situations))
        misses = _read_misses(rest)
        return None if misses is None else ZeroSituations(misses, tuple(situations))
    return _read_misses(text)


def _read_misses(text: str) -> FaultKinds | None:
    short = _read_periods_short(text)
    if short is not None:
        return short
    match = _MISSES.match(text.strip())
    said = [match.group(name) for name in ("full", "points", "tail", "bracketed") if match.group(name)] if match else []
    if match is None or len(said) > 1:
        return None
    requirement = match.group("requirement").strip("，, ")
    points = said[0] if said else None
    cap = Decimal(match.group("most")) if match.group("most") else None
    fault = Fault(f"{requirement}，缺", Decimal(match.group("per")), "次")
    return FaultKinds((fault,), cap=cap, award=None if points is None else ("", Decimal(points)))


# 每月报送信息不少于4条，每有1个月未达到扣0.5分 / …，未达到的月份，每月扣0.5分 / …，数量低于规定标准，出现1个月扣5分: the periods
# that fall short of a level set per period, counted — each month below 4 costs the same whatever the others sent (the
# year's count is never compared: period_level.py refuses it). The period counted is the level's own (a month short of a
# month's level); the 规范写法 (每有1个月未达到“每月报送信息不少于4条”的，扣0.5分) reads back here.
_PERIOD_ONLY = "季度|半年|学期|月|季|周"
_PERIOD_COUNTED = "次|条|篇|件|份|场|期|项|例|起|人次|名|人|户|家|个"
_NUMBER = r"\d+(?:\.\d+)?"
_LEVEL_SET = (rf"[^;；。()（）“”分扣]*?每(?:个)?(?:{_PERIOD_ONLY})[^;；。()（）“”分扣]*?(?:不少于|不低于|至少|最少|达到|≥)"
              rf"{_NUMBER}(?:{_PERIOD_COUNTED})(?![工小个])[^;；。()（）“”分扣]*?")
_FALLS_SHORT = r"(?:未达到|达不到|低于|不足|少于)(?:规定|该|此|上述)?(?:标准|要求)?"
_SHORT_SUBJECT = r"(?:[\u4e00-\u9fff]{0,4}?(?:数量|次数|条数|篇数))?"  # (更新数量低于规定标准: what falls short, named)
_PERIODS_SHORT = lazy_compile(
    rf"^(?:满分为(?P<full>{_NUMBER})分[;；])?(?P<requirement>{_LEVEL_SET})[,，;；。]?(?:得(?P<points>{_NUMBER})分[,，;；])?"
    # 每有1个月未达到 / 未达到的月份，每月 / 数量低于规定标准，出现1个月: the one period short, in the requirement's period
    rf"(?:(?:每有|有)1(?P<p1>个?(?:{_PERIOD_ONLY}))份?{_FALLS_SHORT}的?[,，]?|{_SHORT_SUBJECT}{_FALLS_SHORT}的(?P<p2>(?:{_PERIOD_ONLY}))?份?[,，]?"
    rf"每(?P<p3>个?(?:{_PERIOD_ONLY}))|{_SHORT_SUBJECT}{_FALLS_SHORT}的?[,，]?每?出现1(?P<p4>个?(?:{_PERIOD_ONLY})))"
    rf"扣(?P<per>{_NUMBER})分(?:[,，;；](?:(?P<all>扣完为止)|最多扣(?P<most>{_NUMBER})分))?"
    rf"(?:[,，;；。]?(?:本项|满分为?|本项满分)(?P<tail>{_NUMBER})分|。?[(（](?:本项|满分为?|本项满分)?(?P<bracketed>{_NUMBER})分[)）])?[;；。]?$")
# the same as its 规范写法 writes it: 满分为4分；每有1个月未达到“每月报送信息不少于4条”的，扣0.5分；扣完为止
_PERIODS_SHORT_WRITTEN = lazy_compile(
    rf"^(?:满分为(?P<full>{_NUMBER})分[;；])?每有1(?P<p1>个?(?:{_PERIOD_ONLY}))未达到“(?P<requirement>{_LEVEL_SET})”的[,，]扣(?P<per>{_NUMBER})分"
    rf"(?:[;；,，](?:(?P<all>扣完为止)|最多扣(?P<most>{_NUMBER})分))?[;；。]?$")
_PERIOD_UNIT = {"月": "个月", "季": "个季度", "季度": "个季度", "周": "周", "学期": "个学期", "半年": "个半年"}


# 凡出现发布信息“空白月”的,每个月扣10分: another kind of period counted beside the periods short (the evaluator counts each)
_OTHER_PERIODS = lazy_compile(rf"^(?:凡)?(?:出现|发生|有)?(?P<what>[^;；。,，]{{2,30}}?)的[,，]?每(?P<period>个?(?:{_PERIOD_ONLY}))扣(?P<per>{_NUMBER})分$")
# 1、每月不低于40条。2、数量低于规定标准,出现一个月扣5分: the list's marks counting up from 1 (the sentences are the parts)
_LIST_MARK = lazy_compile(r"^\s*(\d{1,2})[、.．](?!\d)")


def _read_periods_short(text: str) -> FaultKinds | None:
    sentences = [part.strip(" ,，") for part in re.split(r"[;；。\n]", text) if part.strip(" ,，")]
    marks = [_LIST_MARK.match(part) for part in sentences]
    if all(marks) and [int(mark.group(1)) for mark in marks] == list(range(1, len(marks) + 1)):  # type: ignore[union-attr]
        sentences = [part[mark.end():] for part, mark in zip(sentences, marks)]  # type: ignore[union-attr]
        text = "。".join(sentences) + "。"
    others: list[re.Match[str]] = []
    closing = sentences[-1:] if sentences[-1:] == ["扣完为止"] else []  # (the 规范写法's own close, after every kind)
    body = sentences[:-1] if closing else sentences
    while len(body) > 1 and (other := _OTHER_PERIODS.match(body[-1])) is not None:
        others.insert(0, other)  # (the last sentences, each a kind of period of its own)
        body = body[:-1]
    if others:
        text = "。".join(body + closing) + "。"
    match = _PERIODS_SHORT.match(text.strip()) or _PERIODS_SHORT_WRITTEN.match(text.strip())
    if match is None:
        return None
    groups = match.groupdict()
    said = [groups[name] for name in ("full", "points", "tail", "bracketed") if groups.get(name)]
    requirement = match.group("requirement").strip("，, ")
    level_period = re.search(rf"每(?:个)?({_PERIOD_ONLY})", requirement).group(1)  # type: ignore[union-attr]
    counted = next(groups[name] for name in ("p1", "p2", "p3", "p4") if groups.get(name)) if any(
        groups.get(name) for name in ("p1", "p2", "p3", "p4")) else level_period
    if len(said) > 1 or _PERIOD_UNIT[counted.removeprefix("个")] != _PERIOD_UNIT[level_period]:
        return None  # (每周…不少于2次，每有1个月未达到: the month short of a week's level — which weeks?)
    if any(_PERIOD_UNIT[other.group("period").removeprefix("个")] != _PERIOD_UNIT[level_period] for other in others):
        return None
    cap = Decimal(match.group("most")) if match.group("most") else None
    fault = Fault(f"未达到“{requirement}”", Decimal(match.group("per")), _PERIOD_UNIT[level_period])
    faults = (fault, *(Fault(other.group("what"), Decimal(other.group("per")), _PERIOD_UNIT[level_period]) for other in others))
    if others and cap is not None:
        return None  # (最多扣3分 written after the first kind: its own, or the whole's?)
    return FaultKinds(faults, cap=cap, award=None if not said else ("", Decimal(said[0])))


# 每年召开2次推进会、开展12次专项督查,缺1项扣1分: requirements each counted in 次, then one short in 项
_ITEM_OF_COUNTS = lazy_compile(
    r"\d+(?:次|场|期|篇|轮)[^;；。]*?[、，,和及与][^;；。]*?\d+(?:次|场|期|篇|轮)[^;；。]*?(?P<short>(?:每)?(?:缺|少|缺少)1项)")


def refuse_item_of_counts(scorer: object, text: str) -> None:
    """每年召开2次推进会、开展12次专项督查,缺一项扣1分: is 一项 one of the two requirements or one of the 14 occasions?
    Read as steps in 项 against an entered target, the 2 and the 12 were dropped (the collector's corpus22: 14 possible
    items on a 4-point item, or 2). Refused naming it when the reading is steps in 项."""
    found = _ITEM_OF_COUNTS.search(text)
    if found is not None and getattr(scorer, "kind", "") == "steps" and getattr(scorer, "unit", "") == "项":
        raise Unplaced(found.group("short"), "“缺1项”前列了几项各有次数的要求，没有写明是每缺一次还是每缺一项要求（请写明，如“每少开1次扣1分”）",
                       certain=True)
