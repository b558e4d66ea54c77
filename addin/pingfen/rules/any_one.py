"""任一村未完成任务的扣1分: deducted once when any one village falls short, or once for each village that does?

任一 (any one) says when the fault is there; whether it is then counted once or per unit is not said, and the scores
differ as soon as two units fall short (1 or 2 off). Read before, it was 完成率<目标值扣1分 (the subject lost: the whole's
rate against its target, where one village short need not show). Refused naming the clause. Read as written elsewhere:
a lone cap after it (…扣1分，扣完为止) says the deduction repeats, so each unit counts (text/normalize._any_one); a
zero (…不得分) is the same either way; 任一项 of a list said in the rule is an item short (缺一项), as 每缺一项.
"""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile
from .errors import Unplaced

# the clause from its start (no 每 counting the units before 任一, no 项 after it) to its deduction
_ANY_ONE_DEDUCTED = lazy_compile(r"(?:^|(?<=[,;。:\n]))[^,;。:\n每]*?任一(?!项)[^,;。:\n每]{1,24}?的?[,]?(?:扣|扣除|扣减)\d+(?:\.\d+)?分")


def refuse_any_one_deducted(text: str) -> None:
    said = _ANY_ONE_DEDUCTED.search(text)
    if said is not None:
        raise Unplaced(said.group(), "“任一…扣分”：是出现即扣一次，还是每个未达到的各扣一次，没有写明（两个以上未达到时得分不同）；"
                                     "请写成“存在…的，扣N分”或“每有1个…，扣N分”", certain=True)
