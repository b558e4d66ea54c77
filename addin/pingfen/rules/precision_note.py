"""How many decimals the score keeps (得分=已发放人数÷符合条件人数×3（结果保留两位小数） / 得分=完成率×3，保留一位小数).

The 评分表 rounds every score to two decimals; a note asking for the same is said again and read without it (inside a
formula it once stopped the formula being read). A note asking for another precision (保留一位小数, 保留整数, 精确到0.1分)
changes the score (95%×3 is 2.85, 2.9 to one decimal) and was once dropped as a sentence that scores nothing: the rule
rounds its score so (places_said), as Excel's ROUND does, before the table's two decimals; more than two is refused.
"""

from __future__ import annotations

import re

from .errors import Unplaced
from ..text.lazy_regex import lazy_compile

_PLACES = r"(?:保留|精确到)(?:小数点后)?(?:(?P<places>[一二两三1-3])位(?:小数)?|(?P<whole>整数|个位)|(?P<unit>0\.\d+|1)分?)"
# （结果保留两位小数） / ，得分保留2位小数 / 。计算结果四舍五入保留1位小数: the note, with its brackets (either width) or
# the comma or full stop before it — as written or normalised
_NOTE = lazy_compile(rf"(?:[(（]|[,，;；。])(?:计算)?(?:结果|得分|分数)?(?:四舍五入)?{_PLACES}(?:[)）]|(?=[,，;；。]|$))")
_TWO = ("两", "二", "2")
_ONE = ("一", "1")


def places_said(raw: str) -> tuple[int, str] | None:
    """``得分=完成率×4，最高4分，计算结果保留一位小数`` → (1, the text without the note): fewer decimals than the table's
    two (保留一位小数 / 精确到0.1分 1, 保留整数 / 精确到1分 0); None when no such note is written, or two or more are."""
    notes = list(_NOTE.finditer(raw))
    if len(notes) != 1:
        return None
    note = notes[0]
    if note.group("whole") or note.group("unit") == "1":
        places = 0
    elif note.group("unit") == "0.1" or note.group("places") in _ONE:
        places = 1
    else:
        return None
    return places, raw[: note.start()] + _stop_kept(note) + raw[note.end():]


def _stop_kept(note: re.Match[str]) -> str:
    """The full stop a note may follow, which ends the sentence before it (not the note's own comma or bracket)."""
    return note.group()[0] if note.group()[0] == "。" else ""


def without_two_places(text: str) -> str:
    """``text`` without notes that keep two decimals; a note keeping any other number is refused (Unplaced)."""
    def two_places(found) -> str:  # type: ignore[no-untyped-def]
        if found.group("places") in _TWO or found.group("unit") == "0.01":
            return _stop_kept(found)
        raise Unplaced(found.group().strip(",，;；。()（）"), "得分保留的位数与评分表不同（评分表得分保留两位小数），暂不能按此计分；"
                                                   "请按两位小数计分，或录入得分并写明理由", certain=True)

    return _NOTE.sub(two_places, text)
