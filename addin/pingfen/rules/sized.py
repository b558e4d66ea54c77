"""The size of each thing a fault counts: ``每检查到一处连片5亩以上的扣1分`` / ``每发现1处面积10平方米以上的扣2分``.
The number says which places count (the evaluator counts only patches of 5亩 or more); it is part of what is
counted, kept in its words, never a limit each item is compared with (no items table) nor a number dropped."""

from __future__ import annotations

import re

from ..text.lazy_regex import lazy_compile

# 连片5亩以上 / 面积10平方米以上 / 10株及以上: a size threshold of each one counted
SIZED = lazy_compile(r"(?:连片|成片|面积|单处)?\d+(?:\.\d+)?(?:亩|平方米|㎡|m2|公顷|米|株|棵|立方米)(?:及|或)?以上")


# 计划外停水超过24小时 / 未提前24小时公告: how long each one counted lasts (or is announced ahead), part of what the
# occurrence is — 每发生1次计划外停水超过24小时的 counts the outages that long, no limit of a total
# (数据异常未在24小时内处理 / 器材损坏未在7日内维修: the time each one counted was not handled within; 重大故障4小时内
# 未恢复 says the same with the time first)
_LASTING = lazy_compile(r"(?<=[\u4e00-\u9fff])(?:(?:超过|超出|持续|提前)\d+(?:\.\d+)?(?:个)?(?:小时|分钟|工作日)(?:以上)?"
                        r"|未在\d+(?:\.\d+)?(?:个)?(?:小时|分钟|工作日|日|天)内)"
                        r"|(?<=[\u4e00-\u9fff)])\d+(?:\.\d+)?(?:个)?(?:小时|分钟|工作日|日|天)(?:内|以内)(?=未)")


# 垃圾桶内垃圾超过容量的2/3且未及时倒掉 / 水池蓄水不足容积的1/2: how full each one counted is, a share of its own
# capacity written as a fraction — which ones count, never a level the item's score is computed from
_FILLED = lazy_compile(r"(?<=[\u4e00-\u9fff])(?:超过|超出|高于|不足|低于|达到)(?:容量|容积|库容)的\d+/\d+")


def without_sizes(what: str) -> str:
    """``what`` with each size threshold (and each duration of one counted, each share of its capacity) taken out, to
    check that no other number is in it."""
    return _FILLED.sub("", _LASTING.sub("", SIZED.sub("", what)))


def numbers_in_sizes(what: str) -> frozenset[str]:
    """The numbers ``what`` keeps in its sizes, durations and shares of capacity (超过容量的2/3: 2 and 3), which the
    clause grammar may leave unread: they are placed in the fault's name."""
    found = [match.group() for pattern in (SIZED, _LASTING, _FILLED) for match in pattern.finditer(what)]
    return frozenset(number for words in found for number in re.findall(r"\d+(?:\.\d+)?", words))


def sized_situation(situation: str, what: str) -> str:
    """开沟排水差、有谷桩田的 + 连片5亩以上的 → 开沟排水差、有谷桩田(连片5亩以上): the situation said before the
    count, with the size each counted place must have; ``what`` alone when it names more than a size."""
    size = SIZED.search(what)
    rest = without_sizes(what).strip("的，,")
    if size is None or rest or not situation:
        return situation
    situation = re.sub(r"^(?:若|如|如果)?(?:出现|存在|发现|检查到|查到)", "", situation) or situation
    return f"{situation}({size.group()})"  # (the brackets as normalize writes them: the 规范写法 reads back the same)
