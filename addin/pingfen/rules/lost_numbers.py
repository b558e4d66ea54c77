"""Text whose numbers were lost when it was copied (a page's figures stripped, a fraction not carried over):
``计划生育合法率达%(分),下降个百分点扣分`` / ``每项扣款最低,并计入下一个月执行`` / ``…加第一次定期考查成绩除以``. Read as it
stands the rest is no method or the evaluator's entry, and the level, the amount or the divisor the text names is
lost with no word said: refused, naming the words the number was cut from.

A deduction with no amount (``…负责人主管扣分,``) is not refused here: 扣分 alone is the evaluator's to set, as the
lexicon reads it (未配备专职安全员的扣分 → 酌情扣分), and the text cannot tell a figure lost from one never written.
"""

from __future__ import annotations

from .errors import Unplaced
from ..text.lazy_regex import lazy_compile

# a level's or a step's percentage with its figure gone (达% / 下降个百分点, normalised to 下降%); (%) after a rate's name
# is its unit, no level, and so is % before the figure in a table's row (年增长 % 15 以上 60)
_PERCENT_LOST = lazy_compile(r"[^,，;；。\n]{0,12}(?:达到?|为|于|超过|下降|降低|减少|提高|增加|上升|增长)%(?!\d)[^,，;；。\n]{0,8}")
# a bound or a divisor the clause ends on (每项扣款最低, / …成绩除以): what it bounds or divides by is gone
# (得分=实际完成户数除以×5: the divisor gone before the next operator — once read as a rate named 实际完成户数除以, ×5)
_ENDS_ON_NOTHING = lazy_compile(r"[^,，;；。\n]{0,16}(?:(?:最低|最高|最多|至多|至少|除以)(?=\s*(?:[,，;；。\n]|$))|除以(?=\s*[×÷/+)]))")
_LEADING_MARKS = " .、,，;；:：\n"
_NUMBER_LOST = "这里缺少数值（可能在摘录时丢失），无法按原意计分；请补全评分标准中的数值"


def refuse_lost_number(text: str, printed: str) -> None:
    """``printed``: the text as its lines stood (a line ending on 除以 is rejoined to the next, 除以\n二、… → 除以二)."""
    lost = _PERCENT_LOST.search(text) or _ENDS_ON_NOTHING.search(text) or _ENDS_ON_NOTHING.search(printed)
    if lost is not None:
        raise Unplaced(lost.group().strip(_LEADING_MARKS), _NUMBER_LOST, certain=True)

