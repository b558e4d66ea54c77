"""One failure priced twice: a fault naming things listed (``未落实消防安全责任人、消防安全管理人、专职消防安全管理人员、
消防控制室值班人员的直接扣5分``), then the same failing verb alone, counted per item (``有1项未落实扣1分``). Whether the 5
is for all of them missing or any, and what one missing costs (5? 1? both?), is not written: refused, naming the second
(once read as two faults, 未落实…的直接 −5 once and 未落实 −1 each — a unit missing one post lost 1 or 6, the evaluator's
guess)."""

from __future__ import annotations

from .errors import Unplaced
from .fault_kinds import Fault
from .clauses import Clause
from ..text.lazy_regex import lazy_compile

_BARE_FAILING = lazy_compile(r"(?:未|没有|不)[\u4e00-\u9fff]{1,3}")  # 未落实 / 没有建立: the verb alone, nothing named


def refuse_priced_twice(listed: list[tuple[Clause, Fault]]) -> None:
    for (_, first), (clause, second) in zip(listed, listed[1:]):
        if first.once and not second.once and _BARE_FAILING.fullmatch(second.what) \
                and first.what.startswith(second.what) and "、" in first.what:
            raise Unplaced(clause, f"“{clause.text}”与前面的“{first.what}”是同一种情形的两种扣分，"
                                   "无法确定缺其中一项时扣几分", certain=True)
