"""检查不合格一次扣2分,两次扣5分 / 发现问题1处扣1分,2处扣3分: after a fault counted one by one, a "fault" named only by a
count (2次, 两次及以上, 2处) is a rung of the same fault — 2 times cost 5 in all, not 2 each plus 5 — and what 3 times
cost is not always written. Once read as a kind of its own (2次的扣5分) beside 每次扣2分, which deducts 9 for two
failures instead of 5. Refused, naming it, so the author writes the rungs as levels (1次扣2分；2次及以上扣5分)."""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile
from .errors import Unplaced

_COUNT_ONLY = lazy_compile(r"(?:第)?\d+(?:次|起|件|处|项|个|天|宗|例|回)(?:及以上|以上|或以上|及更多)?(?:的)?")


def refuse_count_rungs(scorer: object) -> None:
    """Raise for a kind of fault named only by a count of the fault before it (see the module's note); ``scorer`` is
    looked through its wrappers (zeroing situations, waivers)."""
    seen = 0
    while scorer is not None and seen < 5:
        faults = getattr(scorer, "faults", None)
        if isinstance(faults, tuple):
            for earlier, fault in zip(faults, faults[1:]):
                what = getattr(fault, "what", "")
                count = what[len(earlier.what):] if what.startswith(earlier.what) else what  # (检查不合格2次及以上)
                if _COUNT_ONLY.fullmatch(count) and not getattr(earlier, "once", True):
                    raise Unplaced(what, f"“{what}”是前一情形“{earlier.what}”出现的次数：是按次数分档（不累加）还是每次都扣"
                                         f"再加扣，没有写明（按次数分档请写全各档，如“迟报1次扣2分，迟报2次扣5分，"
                                         f"迟报3次及以上扣10分”）", certain=True)
        scorer, seen = getattr(scorer, "scorer", None), seen + 1
