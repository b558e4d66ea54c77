"""60%(含)至90%的按比例得分(得分=支出进度/90%×6) / 80%-90%之间按比例:得分=(满意度-80%)/10%×分值: 按比例 says that a share
is scored, and the formula right after it — in brackets, or after a colon — says which share: the case's method, as
60%(含)至90%的得分=支出进度/90%×6 writes it (once refused: 得分= not placed, or 按比例 with no ratio named). After a comma
(未完成的按比例计分,得分=完成户数/计划任务户数×12) the formula may be the whole rule's, which the reader places itself.

Only a formula of the score (得分=…, 计算公式:得分=…) right after 按(完成|实际)?比例(得分|计分|计算|赋分)? (80%-90%之间按比例:得分=…);
a bracket saying anything else, or a formula further on, is left as written.
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_INNER = r"(?P<inner>[^()]+(?:\([^()]*\)[^()]*)*)"  # (one level of brackets inside: (实际-60%)/30%×6)
_SAID = lazy_compile(rf"按(?:完成|实际)?比例(?:得分|计分|计算|赋分)?(?:\((?:计算公式为?:?)?得分={_INNER}\)|:(?:计算公式为?:?)?得分=)")


def proportion_formula(text: str) -> str:
    return _SAID.sub(lambda said: f"得分={said.group('inner')}" if said.group("inner") else "得分=", text)
