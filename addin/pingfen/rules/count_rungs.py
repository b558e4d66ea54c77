"""检查不合格一次扣2分,两次扣5分 / 发现问题1处扣1分,2处扣3分: after a fault counted one by one, a "fault" named only by a
count (2次, 两次及以上, 2处) is a rung of the same fault — 2 times cost 5 in all, not 2 each plus 5 — and what 3 times
cost is not always written. Once read as a kind of its own (2次的扣5分) beside 每次扣2分, which deducts 9 for two
failures instead of 5. Refused, naming it, so the author writes the rungs as levels (1次扣2分；2次及以上扣5分)."""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile
from ..text.lexicon import COUNT_UNITS
from .errors import Unplaced

_COUNT = lazy_compile(r"\d+(?:\.\d+)?(?P<unit>[\u4e00-\u9fff])")
_SIDE = lazy_compile(r"以上|以下|以内|及更多")
_COUNT_AND_SIDE = lazy_compile(r"\d+(?:\.\d+)?[\u4e00-\u9fff]|(?:及|或)?(?:以上|以下|以内|及更多)")
_NOT_COUNTS = frozenset({"年", "月", "日", "天", "米", "厘米", "毫米", "亩", "吨"})
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
            for earlier, fault in zip(faults, faults[1:]):
                if getattr(earlier, "once", False) and getattr(fault, "once", False) and _same_count_rungs(earlier.what, fault.what):
                    # 2支商品扣1分,2支商品以上扣2分: rungs of one count (2 in both), never two kinds each deducted
                    raise Unplaced(fault.what, f"“{earlier.what}”与“{fault.what}”是同一情形按数量分档，各档的数量范围"
                                               f"没有写清（如“1支扣1分，2支及以上扣2分”）", certain=True)
        scorer, seen = getattr(scorer, "scorer", None), seen + 1


def _same_count_rungs(first: str, second: str) -> bool:
    """2支商品 / 2支商品以上: one count of things, with a side on one of them, and nothing else differs (not 缺1999年表 /
    缺1988年表, nor 1平方米以下…每处 / 3平方米以上…每处, sizes of each one counted)."""
    counts = [_COUNT.search(what) for what in (first, second)]
    if not all(counts) or counts[0].group() != counts[1].group() or counts[0].group("unit") not in COUNT_UNITS \
            or counts[0].group("unit") in _NOT_COUNTS:  # type: ignore[union-attr]
        return False
    return _SIDE.search(first + second) is not None and _COUNT_AND_SIDE.sub("", first) == _COUNT_AND_SIDE.sub("", second)
