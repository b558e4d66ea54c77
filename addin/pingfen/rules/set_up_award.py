"""建立台账的得2分；每发现1处错误扣0.5分: the points are for setting a thing up, the faults are found in it. A 台账 never
set up earns none of the 2 points, so its absence zeroes the item (as 未建立台账不得分 says when written); the faults
come off the 2 points only when it exists. Read as the faults alone it scored a 台账 that was never set up 2 points
(no error can be found in it). The award's own unmet side (未建立台账) becomes a zeroing situation the evaluator
answers, as ``zero_situations.py`` makes of one written.

A thing set up 健全/完善 (建立健全台账制度) is refused beside such faults: a 台账 that exists but is not 健全 — 0, or
only its errors deducted? Things set up in the plural (建立各项制度, 制定…、…方案) are left to their own readings,
where each one missing is what the faults count.
"""

from __future__ import annotations

import re

from ..text.lazy_regex import lazy_compile
from .clause_words import _option_label, situation_award
from .clauses import Clause
from .errors import Unplaced
from .fault_kinds import FaultKinds
from .model import ItemFailures, Scorer
from .zero_situations import ZeroSituations

# 建立台账 / 制定应急预案 / 编制实施方案: an act that makes a thing, and the thing (one, named in a few words)
_SET_UP = lazy_compile(r"(?P<act>建立|建有|制定|编制|设立|成立|出台|印发)(?P<thing>[\u4e00-\u9fff“”]{2,14})")
_SEVERAL = lazy_compile(r"各|等|相关|有关|、|和|及|与")  # 建立各项制度 / 制定方案和预案: several things, each counted
_WHOLE = lazy_compile(r"健全|完善|完整|规范")  # 建立健全台账: set up and whole — a partial one is neither met nor missed


def set_up_zeroes(scorer: Scorer, scoring: list[Clause], zeroing: str) -> Scorer | ZeroSituations:
    """``scorer`` (faults deducted from an award) with the award's act not done as a zeroing situation, when the award
    is for setting one thing up and no fault counts that act missed; ``scorer`` itself for any other text."""
    if isinstance(scorer, ItemFailures):
        awarded = scorer.base is not None
    elif isinstance(scorer, FaultKinds):
        awarded = scorer.award is not None and bool(scorer.award[0])
    else:
        return scorer
    first = scoring[0] if scoring else None
    if not awarded or first is None or not situation_award(first) or first.outcome is None or first.outcome[0] != "points":
        return scorer
    named = re.sub(r"的$", "", _option_label(first))
    made = _SET_UP.fullmatch(named)
    if made is None or _SEVERAL.search(made.group("thing")) or made.group("thing") in zeroing:
        return scorer  # (未建立台账不得分 written: the zeroing is there already)
    faults = _fault_words(scorer)
    if any(made.group("act") in words for words in faults):
        return scorer  # 每有1个未建立的: the act missed is what the faults count
    if _WHOLE.search(made.group("thing")):
        raise Unplaced(first, f"“{named}”是得分的要求，扣分按发现的问题另计：已{made.group('act')}但不"
                              f"{_WHOLE.search(made.group('thing')).group()}时是不得分还是只按问题扣分，没有写明", certain=True)
    return ZeroSituations(scorer, (f"未{named}",))


def _fault_words(scorer: ItemFailures | FaultKinds) -> list[str]:
    if isinstance(scorer, ItemFailures):
        return [scorer.situation, scorer.requirement]
    return [fault.what for fault in scorer.faults]


__all__ = ["set_up_zeroes"]
