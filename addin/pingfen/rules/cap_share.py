"""A cap after per-occurrence deductions that is, with the once-only deductions before it, exactly the item's points:
``(1.5分)考核:未组织本单位的法律培训、业务培训的,扣0.6分;有无故迟到、早退、缺席的,每人次扣0.3分,累计扣分不超过0.9分``
(0.6 + 0.9 = 1.5). The 0.9 may be the attendance's own share (no training and 4 absences: 0) or the whole item's limit
(0.6 kept), and the text says neither: refused, naming the cap (once read as the whole's, 0.6). A cap below another
kind's own deduction is the last kind's (fault_kinds' reading), and a cap that leaves no such sum is the whole's."""

from __future__ import annotations

from .errors import Unplaced
from .fault_kinds import FaultKinds
from .model import Scorer
from ..text.lazy_regex import lazy_compile
from ..text.numbers import general_text

_CAP_SAID = lazy_compile(r"[^,，;；。\n]*(?:最多|最高|累计|不超过|上限)[^,，;；。\n]*")


def refuse_cap_share(scorer: Scorer, text: str) -> None:
    if not isinstance(scorer, FaultKinds) or scorer.cap is None or scorer.award is None or scorer.award[1] is None:
        return
    *once, last = scorer.faults
    if not once or last.once or not all(fault.once and fault.cap is None for fault in once):
        return
    if scorer.cap + sum(fault.per for fault in once) != scorer.award[1]:
        return
    said = next((m.group().strip() for m in _CAP_SAID.finditer(text) if general_text(scorer.cap) in m.group()),
                f"最多扣{general_text(scorer.cap)}分")
    raise Unplaced(said, f"扣分上限{general_text(scorer.cap)}分与前面各项扣分合计正好是{general_text(scorer.award[1])}分，"
                         "是最后一种情形的扣分上限还是全部扣分的上限没有写明", certain=True)
