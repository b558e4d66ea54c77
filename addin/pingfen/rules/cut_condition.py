"""…乡级巡查发现火点扣3分,各级巡查核实过火面积超过300平方米以上的按相应等: the last clause after the deductions names a
situation by a number compared (超过300平方米以上的) and stops before saying what it costs — a cell cut off, or a
deduction left out. Read without it, the situation it names would score as if it were not there; refused, naming it."""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile
from .clauses import Clause
from .errors import Unplaced

# …1分、有考核过程资料和考核得 (the page's copy ends there): a scoring verb with nothing after it
_VERB_LAST = lazy_compile(r"(?<!多)(?:得|计|记|扣|加|给|得分为|计分为)$")  # (not 多超多得: the more, the more points)
# 执行率超过100%的按100%计 / 完成值超过目标值的按目标值计: 计 is "counted as", a whole clause
_COUNTED_AS = lazy_compile(r"(?:按|以)[^按以,，;；]{1,12}计$")


def refuse_cut_condition(read: list[Clause]) -> None:
    """Raise for a last clause that compares a number and opens its consequence (…以上的 / …的按…) without one, after a
    clause that deducts."""
    if len(read) < 2:
        return
    last, before = read[-1], read[-2]
    if before.scoring and _VERB_LAST.search(last.text) and not _COUNTED_AS.search(last.text) and last.tokens and last.tokens[-1].kind in ("VERB", "DEDUCT", "ADD", "WORD"):
        # 制度健全1分;资料齐全1分;有考核过程资料和考核得: the last item cut before its points (once dropped unread)
        raise Unplaced(last, "最后一项只写到计分的字样，没有写分数（评分标准可能被截断）", certain=True)
    if before.scoring and last.tokens and last.condition is None and not last.has_outcome:  # (the page's copy ends there)
        if last.tokens[-1].kind == "CMP":
            # …每低1个百分点扣0.5分，最低得分不低于: a comparison with nothing after it (once dropped unread, the floor
            # it set lost)
            raise Unplaced(last, "最后一句写到比较的字样就结束了，没有写明数值（评分标准可能被截断）", certain=True)
        if last.tokens[-1].kind == "DE" and not last.scoring and all(token.kind in ("WORD", "DE") for token in last.tokens):
            # 培训覆盖率达到90%的得3分，未培训的: a situation opened with nothing said of it (once dropped unread, the
            # text read as if it were not there)
            raise Unplaced(last, "最后一种情形只写了情形，没有写明得分或扣分（评分标准可能被截断）", certain=True)
    if last.condition is None or last.definition or last.has_outcome or last.scoring or last.step is not None:
        return
    kinds = [token.kind for token in last.tokens]
    if "DE" not in kinds or "CMP" not in kinds or kinds.index("DE") < kinds.index("CMP"):
        return
    if before.per is None and (before.outcome is None or before.outcome[0] != "minus"):
        return
    raise Unplaced(last, "最后一种情形只写了条件，没有写明扣多少分（评分标准可能被截断）", certain=True)
