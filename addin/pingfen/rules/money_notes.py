"""A closing sentence that cuts money, not points: ``…每处扣1分。卫生费收取…达到100%,未收取完成,按比例扣减工作补贴``. The
工作补贴 (or 奖金, 补助, 工作经费 …) it cuts is paid to the unit, outside the indicator's 分值, so the sentence scores nothing
and is dropped — only when it is the text's last, has no points of its own and the text before it deducts points (a text
that cuts money alone is left for the reader to refuse)."""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile

_MONEY = r"(?:工作补贴|补贴|补助资金|补助|奖金|奖励资金|绩效奖励|绩效工资|工作经费|以奖代补资金)"
# the last sentence, after 。, ending on what it cuts (…扣发奖金并 may go on to points)
_LAST_SENTENCE = lazy_compile(rf"(?<=。)[^。]*?(?:按比例)?(?:扣减|扣除|扣发|扣|减发|核减)[\u4e00-\u9fff]{{0,6}}?{_MONEY}。?$")
# points in the sentence (…扣2分), or a word for the item's score (…本项不得分并扣发奖金, 按比例扣减得分和工作补贴)
_POINTS = lazy_compile(r"\d\s*分|不得分|不计分|不给分|0分|零分|得分|清零|分值|满分|一票否决|不予计分")
_DEDUCTED_POINTS = lazy_compile(r"扣\d+(?:\.\d+)?分")


def drop_money_penalty(text: str) -> str:
    """``text`` without a closing sentence that deducts money instead of points."""
    found = _LAST_SENTENCE.search(text) if "。" in text else None
    if found is None or _POINTS.search(found.group()) or not _DEDUCTED_POINTS.search(text[:found.start()]):
        return text
    return text[:found.start()].rstrip()
