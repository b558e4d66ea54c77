"""A kind of fault whose name was cut at a number in its situation: ``离退休干部党支部党费80%留给党支部不落实的扣1分`` was the
kind ``党支部不落实`` — the 80% kept by the branch, what is not carried out, lost (any branch failing anything lost the point).
The name read must hold the whole situation; when a percentage stands before it in the same clause, the situation was
cut: refused, naming the clause. (Other numbers before a name are mostly list markers, the item's points or what each
deduction counts — (1)未建立… / (3分)迟报… / 每有1月不张榜… — and are left as read.)
"""

from __future__ import annotations

from .errors import Unplaced
from .fault_kinds import FaultKinds
from .model import Scorer
from ..text.lazy_regex import lazy_compile

_CLAUSE_EDGE = lazy_compile(r"[,，;；。:：\n]")
# a share that is part of what is said (党费80%留给…): never a list marker ((1) / 2、), the item's points ((3分)) or a
# count of what is deducted for (每有1月 / 1处)
_NUMBER_SAID = lazy_compile(r"\d+(?:\.\d+)?%")


def refuse_cut_fault_name(scorer: Scorer, text: str) -> None:
    if not isinstance(scorer, FaultKinds):
        return
    for fault in scorer.faults:
        at = text.find(fault.what) if len(fault.what) >= 2 else -1
        if at <= 0:
            continue
        edges = [m.end() for m in _CLAUSE_EDGE.finditer(text, 0, at)]
        begin = edges[-1] if edges else 0
        if _NUMBER_SAID.search(text, begin, at):
            end = _CLAUSE_EDGE.search(text, at)
            clause = text[begin:end.start() if end else len(text)].strip()
            raise Unplaced(clause, f"扣分情形只读到“{fault.what}”，前面的“{text[begin:at]}”（含数值）没有读入，无法按原意计分",
                           certain=True)
