"""The best entity scores in full, the others in proportion to it: ``以实际减排量最大的设区市为满分，其余设区市按
减排量占满分减排量的比率得分``. The reference is no printed level but the best entity's own amount, entered as the
target (800吨 for the city that reduced most): 得分 = 实际值/目标值 × 分值, the best scoring the 分值. Both clauses
must name the same quantity (减排量), the best as the largest, highest or most; anything else in the text leaves it
to the other readings.
"""

from __future__ import annotations

from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from .clauses import Clause
from .errors import Unplaced
from .piecewise import TARGET, Piecewise, Scaled

_BEST = lazy_compile(r"以(?:实际)?(?P<measure>[\u4e00-\u9fff]{2,12}?)(?:最大|最高|最多)的(?P<who>[\u4e00-\u9fff]{1,10})为满分")
_REST = lazy_compile(r"其余(?P<who>[\u4e00-\u9fff]{0,10}?)按(?:实际)?(?P<measure>[\u4e00-\u9fff]{2,12}?)占"
                     r"(?:满分|最大|最高|最多)(?P<of>[\u4e00-\u9fff]{2,12}?)的(?:比率|比例|比重)(?:得分|计分|计算得分|折算得分)")


def compose_best_as_full(scoring: list[Clause], context: list[Clause], text: str) -> Piecewise | None:
    if len(scoring) != 1:
        return None
    rest = _REST.fullmatch(scoring[0].text)
    best = [(c, m) for c in context if (m := _BEST.fullmatch(c.text))]
    if rest is None or len(best) != 1:
        return None
    if not best[0][1].group("measure") == rest.group("measure") == rest.group("of"):
        raise Unplaced(scoring[0], f"按比率计分的“{rest.group('measure')}”与为满分的“{best[0][1].group('measure')}”不是同一个量，"
                                   "无法确定比率", certain=True)
    if rest.group("who") and rest.group("who") != best[0][1].group("who"):
        raise Unplaced(scoring[0], f"“其余{rest.group('who')}”与为满分的“{best[0][1].group('who')}”不是同一类，无法确定比率",
                       certain=True)
    if any(t.kind in ("NUM", "PTS") for c in context for t in c.tokens):
        return None
    return Piecewise((), Scaled(Decimal(0), TARGET, None), unit="%", stated_otherwise=True)  # 比率 = 实际值/目标值



def best_label(text: str) -> str | None:
    """减排量比率 for 以实际减排量最大的设区市为满分…: this one's amount as a share of the best's."""
    best, rest = _BEST.search(text), _REST.search(text)
    return None if best is None or rest is None else best.group("measure") + "比率"
