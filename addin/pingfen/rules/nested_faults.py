"""卫生检查不合格的扣1分，连续两次不合格的扣3分 / 每发现一类高于中标价扣1分，高于中标价20%以上的每类扣2分: a fault that
holds another, read as two faults added up, is refused.

The second situation is the first one happening again (连续两次 / 再次 / 多次 / 两次以上 …不合格): when it happens, the first
has happened too, so the two deductions added (1 + 3 = 4) are one reading, the larger replacing the smaller (3) another,
and whether each failure also costs its own 1 a third. Which is meant is not said, and the scores differ whenever the
larger one happens: the clause is named. Faults about different things (资料不全的扣1分，未按时上报的扣2分) stay faults
added up, as before.
"""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile
from .errors import Unplaced
from .fault_kinds import FaultKinds

# what makes the second situation the first one repeated: a count of times, in a row or in all
_REPEATED = lazy_compile(r"连续|再次|又|多次|屡次|重复|累计|[两二三四五六七八九十\d]+次(?:及|或)?(?:以上)?")
# the failure both name: it begins with a word of failing (不合格 / 未整改 / 没有… / 超标 …)
_FAILING = lazy_compile(r"^(?:不|未|没|无|违|漏|迟|缺|超|逾|被)")


def refuse_nested_faults(scorer: object) -> None:
    if not isinstance(scorer, FaultKinds) or len(scorer.faults) < 2:
        return
    for index, first in enumerate(scorer.faults):
        for later in scorer.faults[index + 1:]:
            shared = _common_ending(first.what, later.what)
            if len(shared) < 2 or later.what == first.what or first.zeroes:
                continue
            if _REPEATED.search(later.what[: len(later.what) - len(shared)]):
                _refuse_repeated(first.what, later.what)
    for index, first in enumerate(scorer.faults):  # (a degree beyond the same comparison)
        for later in scorer.faults[index + 1:]:
            beyond = _beyond(first.what, later.what)
            if beyond:  # 辅具采购单价高于中标价 / 高于中标价20%以上: every one 20% above is above it too
                raise Unplaced(later.what, f"“{later.what}”时“{first.what}”也已发生：是只按这一情形扣分，还是与前一情形的扣分"
                                           f"相加，没有写明；请分开写明，如“{beyond}以内的每类扣1分；{beyond}以上的每类扣2分（不再另扣）”",
                               certain=True)


def _refuse_repeated(first: str, later: str) -> None:
    raise Unplaced(later, f"“{later}”时“{first}”也已发生：是只按这一情形扣分，还是与前一情形的扣分"
                          "相加（或每次各扣），没有写明；请分开写明，如“不合格1次扣1分；连续两次不合格扣3分（不再另扣）”", certain=True)


# 高于中标价 / 超过限额 / 低于标准: a failure said as a comparison, which a degree can be added to
_COMPARED = lazy_compile(r"高于|超过|超出|低于|少于|不足")
# 20%以上 / 500元以上: the degree said right after the comparison the first fault names
_DEGREE = lazy_compile(r"(\d+(?:\.\d+)?(?:%|个百分点|[\u4e00-\u9fff]{1,3}?))(?:及以上|或以上|以上)")

# 轮换延期 / 轮换延期超过1个月 (30天以上): the same failure said again with how far it went
_FURTHER = lazy_compile(r"(?:(?:超过|超出|高于|多于|达到?)(?P<degree>\d+(?:\.\d+)?(?:%|个百分点|个?[\u4e00-\u9fff]{1,2}?))"
                        r"|(?P<counted>\d+(?:\.\d+)?(?:%|个百分点|个?[\u4e00-\u9fff]{1,2}?))(?=及以上|或以上|以上))"
                        r"(?:及以上|或以上|以上)?")

# (检查不合格2次及以上: the failure's count of times, which the repeated-failure check above names)
_TIMES = lazy_compile(r"\d(?:次|起|例|处|项|个|件|人次|批次)$")


def _beyond(first: str, later: str) -> str:
    """辅具采购单价高于中标价 then 高于中标价20%以上, 轮换延期 then 轮换延期超过1个月: the later fault is the first one with a
    degree beyond it, so it holds the first (the comparison with its degree, 高于中标价20%; '' when not)."""
    further = _FURTHER.fullmatch(later, len(first)) if len(later) > len(first) and later.startswith(first) else None
    if further is not None and not _TIMES.search(further.group("degree") or further.group("counted")):
        return first + (further.group("degree") or further.group("counted"))  # 轮换延期1个月
    for size in range(min(len(first), len(later)), 2, -1):
        said = first[-size:]
        degree = _DEGREE.match(later, size) if later.startswith(said) and _COMPARED.match(said) else None
        if degree is not None:
            return said + degree.group(1)
    return ""


def _common_ending(one: str, other: str) -> str:
    """The longest ending the two names share, from a failure word on (卫生检查不合格 / 连续两次不合格 → 不合格)."""
    size = 0
    while size < min(len(one), len(other)) and one[-1 - size] == other[-1 - size]:
        size += 1
    shared = one[len(one) - size:]
    start = next((i for i, ch in enumerate(shared) if _FAILING.match(shared[i:])), None)
    return "" if start is None else shared[start:]
