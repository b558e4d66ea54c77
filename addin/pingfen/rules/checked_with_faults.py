"""评价要点 with their own points, then occurrences of something else deducted from the points met: ``活动组织实施（5分）：
①制定活动方案并经政府常务会审定（1分）；…④资金拨付手续完备（2分）。每发现1起商户违规被群众投诉查实的，在以上得分基础上
扣0.5分，最多扣2分`` — the points met (5 at most), less 0.5 a complaint up to 2, never below 0 (with_faults.py's
reading, the checklist in place of a measured rule). The evaluator ticks each point (``met``) and counts each fault
(``failures``).

As one kind counted after the points is (Checklist's penalty: 每发生1起节能违法案件扣1分), the faults come off the
points met; a heading's points must be the points' sum (①…（2分）；②…（2分）。每发现1起…扣1分 under (6分): the
faults' own 2 points? refused by the heading's check). Read only when no fault names what a point requires
(按时报送（1分）…未按时报送的每次扣0.5分: the point lost, and each time deducted too, or only one of them?).
"""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile
from ..text.lexicon import CONTENT_FAULT_WORDS, LATE_WORDS, ON_TIME_WORDS
from .fault_kinds import Fault
from .model import Checklist


# what one of a situation is counted in: a household, a person, a case, a payment, a notice — never a day or a month (each
# day late: the point's own timeliness), nor 项 / 个 (每缺1项: the points themselves)
_OCCURRENCE_UNITS = frozenset({"户", "人", "人次", "名", "家", "所", "校", "起", "件", "宗", "例", "笔", "份", "处", "次", "张", "篇"})


def points_beside_faults(inner: object, faults: list[Fault]) -> bool:
    """Whether ``faults`` deduct on top of the checklist ``inner``: two points or more, each with its own points, and
    faults each counted per occurrence of something the points do not require."""
    if not isinstance(inner, Checklist) or len(inner.points) < 2 or inner.penalty is not None or inner.limit is not None \
            or len(inner.requirements) != len(inner.points):
        return False  # (建立台账得2分，…每发现1处错误扣0.5分: one point, read as the award and its deductions elsewhere)
    if any(fault.once or fault.zeroes or fault.unit not in _OCCURRENCE_UNITS or not fault.what for fault in faults):
        return False  # (无佐证资料的扣1分 / 每逾期1天 / 每缺1项: once, a delay, or the points' own shortfall)
    return not any(names_a_point(fault.what, inner.requirements) for fault in faults)


def names_a_point(fault: str, requirements: tuple[str, ...] | list[str]) -> bool:
    """宣传信息报送不及时 beside ③及时报送宣传信息: half the fault's words (its pairs of characters) are what one point
    requires — never 节能违法案件 beside 贯彻执行节能法律法规 (节能 alone)."""
    words = [char for char in fault if "\u4e00" <= char <= "\u9fff"]
    pairs = [f"{a}{b}" for a, b in zip(words, words[1:])]
    return bool(pairs) and any(2 * sum(pair in requirement for pair in pairs) >= len(pairs) for requirement in requirements)


_ON_TIME_POINT = lazy_compile(rf"^(?:{ON_TIME_WORDS})")
_TIME_SAID = lazy_compile(rf"{ON_TIME_WORDS}|{LATE_WORDS}")
_CONTENT_FAULT = lazy_compile(CONTENT_FAULT_WORDS)


def content_fault(fault: str, award: str) -> bool:
    """数据错误 beside 按时报送: an error in what is reported, no lateness, and nothing the award names (问题未整改 beside
    按时完成整改 is the award's own deed undone; 未达要求 its requirement missed)."""
    words = [char for char in fault if "\u4e00" <= char <= "\u9fff"]
    return bool(_CONTENT_FAULT.search(fault)) and not _TIME_SAID.search(fault) \
        and not any(f"{a}{b}" in award for a, b in zip(words, words[1:]))


def time_point_beside_faults(inner: object, faults: list[Fault]) -> bool:
    """按时报送的得2分，每发现1处错误扣0.5分: one point, a time kept, and faults of content counted beside it — a report late
    loses the point (its errors come off what is left, never below 0), one on time keeps it less its errors. Never when a
    fault is other than an error of content (content_fault: 每逾期1天 the point's own lateness, 每少发放1人
    beside 按时足额发放 its own 足额 short, 未达要求 its requirement missed)."""
    return isinstance(inner, Checklist) and len(inner.points) == 1 and len(inner.requirements) == 1 \
        and inner.penalty is None and inner.limit is None and bool(_ON_TIME_POINT.match(inner.requirements[0])) \
        and bool(faults) and all(not fault.once and not fault.zeroes and fault.unit in _OCCURRENCE_UNITS and fault.what
                                 and content_fault(fault.what, inner.requirements[0]) for fault in faults)
