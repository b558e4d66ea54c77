"""Events that can happen several times in the period, named with a deduction but no 每/次: ``信访投诉亮红灯扣1分，
蓝灯扣0.5分`` / ``被市级通报批评的扣2分`` / ``发生安全事故扣5分``. A state (存在挤占的扣2分, 未建立台账的扣1分) is
deducted once; an event counted by the month or the case (a red light each month, each 通报, each accident) may be
deducted once or each time — the text does not say which, and the two give different scores as soon as it happens
twice. Refused, naming the clause, so the author writes 每次 or 出现即扣 (never guessed)."""

from __future__ import annotations

import re

from ..text.lazy_regex import lazy_compile
from .errors import Unplaced
from .clauses import Clause
from .fault_kinds import Fault
from .fault_units import counted_in_situation

# 亮红灯 / 亮黄灯 / 蓝灯 (a light of a 信访/督查 system); 被(省、市)通报 / 通报批评; 被约谈 / 被问责 / 被曝光 / 被督办;
# 发生(一般)事故 / 发生…事件 / 发生…案件: each a countable event, not a state
_EVENT = lazy_compile(
    r"亮?[红黄蓝橙绿]灯|被[\u4e00-\u9fff、]{0,12}?(?:通报|约谈|问责|曝光|督办|点名|挂牌)|通报批评"
    r"|(?:发生|出现)[\u4e00-\u9fff、]{0,12}?(?:事故|事件|案件|火灾|上访)"
)


def recurring_event(fault: Fault) -> str | None:
    """The event a once-deducting fault names (亮红灯 / 被通报), or None for a state or a counted fault."""
    said = fault.what if fault.points is None else fault.failing  # 1、资料齐全1分，被通报扣0.5分: the item's deduction
    if not fault.once or fault.zeroes or re.search(r"[，,;；]", said):  # (发生安全事故的，不得分: once or each, 0 alike)
        return None  # (措施不落实，防范能力差，发生刑事案件的，扣3分: the state is deducted, the event its evidence)
    found = _EVENT.search(said)
    return found.group() if found is not None else None


# 八个文艺团体少一种扣1分 / 少“一有”扣5分 / 缺一课时扣2分: one short — of several that may be short, each deducted or
# once? (a unit of two characters too: 缺一课时 was read once, 3 lessons missing costing 2)
_ONE_SHORT = lazy_compile(r"(?:少|缺|差|欠)(?:(?:一|1)[\u4e00-\u9fff]{1,2}|“(?:一|1)[^”]{1,5}”)$")


def refuse_one_short(faults: list[Fault] | tuple[Fault, ...]) -> None:
    """A fault deducted once whose situation is one thing short (少一种, 缺一个, 少“一有”) of a set that may be short
    several times: each one short, or once? (corpus23: read once, where its collector deducted each one short.)"""
    for fault in faults:
        if fault.once and not fault.zeroes and _ONE_SHORT.search(fault.what):
            raise Unplaced(fault.what, f"“{fault.what}”没有写明是每少一个都扣还是只扣一次（请写明，如“每少一种扣1分”）",
                           certain=True)


def refuse_recurring(faults: list[Fault] | tuple[Fault, ...], text: str = "") -> None:
    """Raise for the first fault deducting once on an event that may recur (see the module's note). ``text``: the
    rule's, where a state said before the event in the same sentence (措施不落实,防范能力差,发生刑事案件的) is what is
    deducted, the event its evidence."""
    for fault in faults:
        event = recurring_event(fault)
        at = text.find(fault.what) if text else -1
        said_before = re.split(r"[;。\n]", text[:at])[-1] if at > 0 else ""
        if event is not None and said_before.endswith(",") and "分" not in said_before and _FAILED.search(said_before):
            continue  # (工作扎实得5分,亮红灯的扣1分 / 信访工作规范,亮红灯的: a score or a requirement before it, no failing state)
        if event is not None:
            raise Unplaced(
                fault.what if fault.points is None else fault.failing,
                f"“{event}”可能多次发生，扣分没有写明是每次都扣还是只扣一次（请写明，如“每次扣1分”）",
                certain=True,
            )


def deducted_each(clause: Clause) -> bool:
    """不按时上交每次扣0.5分 / 不符合要求每生扣0.1分: a deduction counted each time (每次, 每生), never the grade
    ``top − 0.5`` of a choice (once read as 不按时上交每次 4.5分)."""
    return clause.outcome is not None and clause.outcome[0] == "minus" and (
        counted_in_situation(clause.text) is not None or _EACH_ONE.search(clause.text) is not None)


_EACH_ONE = lazy_compile(r"每(?:一|1)?[\u4e00-\u9fff]?(?:扣|减)")  # 每生扣0.1分 / 每人扣1分: one of them each


# 措施不落实 / 防范能力差 / 工作不到位: a state that failed, said before the event it is shown by
_FAILED = lazy_compile(r"不|未|没有|无|差|弱")
# 未及时整改的 / 同样问题连续通报二次的 after 发现问题每宗扣0.3分: the problems just counted, one by one or as a whole?
# …一处四害孳生地扣0.05分,阳性的扣0.2分 / 情节严重的: a bare qualifier of those problems, each of them or once?
_OF_THOSE_COUNTED = lazy_compile(r"^(?:未(?:及时|按时|按期)?整改|整改不(?:到位|及时|彻底)|逾期(?:未)?整改|同样问题|同一问题|同类问题|重复(?:出现|发生)"
                                 r"|(?:阳性|严重|情节严重|情节较重|性质恶劣|造成不良影响|较重|重大|较大)$)")


def refuse_referring_back(faults: list[Fault] | tuple[Fault, ...]) -> None:
    """发现问题每宗扣0.3分，未及时整改的扣1分: after a fault counted one by one, a one-off deduction for what befalls those
    same problems (not rectified, reported again) may be once or for each problem — refused naming it."""
    for earlier, fault in zip(faults, faults[1:]):
        if not earlier.once and fault.once and not fault.zeroes and _OF_THOSE_COUNTED.match(fault.what):
            raise Unplaced(
                fault.what,
                f"“{fault.what}”指前面逐个计数的问题，没有写明是每个问题都扣还是只扣一次（请写明“每宗扣…分”或“扣…分（不论个数）”）",
                certain=True,
            )


def check_faults(scorer: object, text: str = "") -> None:
    """Refuse a reading whose kinds of fault deduct once on an event that may recur, or on the problems a fault
    before them counted (see above); ``scorer`` is looked through its wrappers (zeroing situations, waivers)."""
    seen = 0
    while scorer is not None and seen < 5:
        faults = getattr(scorer, "faults", None)
        if isinstance(faults, tuple) and all(isinstance(f, Fault) for f in faults):
            refuse_recurring(faults, text)
            refuse_referring_back(faults)
            refuse_one_short(faults)
        scorer, seen = getattr(scorer, "scorer", None), seen + 1
