"""One failure priced twice: a fault naming things listed (``未落实消防安全责任人、消防安全管理人、专职消防安全管理人员、
消防控制室值班人员的直接扣5分``), then the same failing verb alone, counted per item (``有1项未落实扣1分``). Whether the 5
is for all of them missing or any, and what one missing costs (5? 1? both?), is not written: refused, naming the second
(once read as two faults, 未落实…的直接 −5 once and 未落实 −1 each — a unit missing one post lost 1 or 6, the evaluator's
guess).

Also a fault counted each time beside a level of its own count (``逾期发放的每次扣1分，逾期3次以上的扣3分``): whether the 3
replaces the steps from the third late payment on, caps them, or comes on top (4 late: 0, 1 or −3) is not written."""

from __future__ import annotations

from .errors import Unplaced
from .fault_kinds import Fault
from .clauses import Clause
from ..text.lazy_regex import lazy_compile

_BARE_FAILING = lazy_compile(r"(?:未|没有|不)[\u4e00-\u9fff]{1,3}")  # 未落实 / 没有建立: the verb alone, nothing named
# 逾期3次以上 / 超过3次 / 累计3次及以上: the count of the same fault reaching a level
_COUNT_LEVEL = lazy_compile(r"(?P<stem>[\u4e00-\u9fff]{0,6}?)(?:累计|超过|达到)?\d+(?:次|起|处|例|人次)(?:以上|及以上|\(含\)以上)?")


def refuse_priced_twice(listed: list[tuple[Clause, Fault]]) -> None:
    for (_, first), (clause, second) in zip(listed, listed[1:]):
        if first.once and not second.once and _BARE_FAILING.fullmatch(second.what) \
                and first.what.startswith(second.what) and "、" in first.what:
            raise Unplaced(clause, f"“{clause.text}”与前面的“{first.what}”是同一种情形的两种扣分，"
                                   "无法确定缺其中一项时扣几分", certain=True)


def priced_twice_fault(faults: tuple[Fault, ...], zeroing: str | None) -> tuple[str, str] | None:
    """The fault (in the text's words) priced twice and why, or None: a fault counted each time beside a level of its
    own count, or a fault deducted that also zeroes the item (发现错发的扣1分；发现错发的本项不得分: 1 off, or 0?)."""
    for first, second in zip(faults, faults[1:]):
        level = _COUNT_LEVEL.fullmatch(second.what)
        if level is not None and not first.once and second.once and first.unit == second.unit \
                and len(stem := level.group("stem")) >= 2 and first.what.startswith(stem):
            return second.what, (f"“{second.what}”是“{first.what}”的次数达到一定水平时的扣分，与每次扣分是替代、封顶还是另加"
                                 "没有写明，无法计分")
    zeroed = set((zeroing or "").split("或"))
    deducted = next((fault for fault in faults if not fault.zeroes and fault.what in zeroed), None)
    if deducted is not None:
        return deducted.what, f"同一情形“{deducted.what}”既写了扣分，又写了本项不得分，不知按哪一个计分"
    return None
