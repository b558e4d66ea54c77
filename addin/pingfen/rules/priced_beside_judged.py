"""A clause that prices a case, in a text read as wholly the evaluator's entry: ``…取得显著成效,得10分;否则相应扣分。
未采取有效措施开展集中整治,每发现一次,扣2分`` / ``每缺一项扣10分,不完善酌情扣分`` / ``未建立的扣3分,已建立的根据台账的
完整…综合打分``. Read as 酌情评分 (any score from 0 to the 分值) the price is lost: a unit with two findings may be given
anything. Where no reading keeps both the priced cases and the judged one (fault_ranges reads fixed faults beside a fault
deducted 酌情), the text is refused, naming the priced clause.

A cap on the judgement (最多扣2分, 最高得5分, 扣完10分为止) and the item's own points (满分5分, (5分)) price nothing; a
zeroing the reading keeps (…酌情扣分,严重损害不得分) is no loss.
"""

from __future__ import annotations

from .errors import Unplaced
from .model import Manual, Scorer
from ..text.lazy_regex import lazy_compile

# an amount earned or deducted for a case: 得10分 / 扣 2分 / 记3分 / 扣满分10分 (not a bound: 最多扣2分, 满分10分,
# 扣完10分为止, 在2分内)
_PRICED = lazy_compile(
    r"(?<!最多)(?<!最高)(?<!最低)(?<!至多)(?<!最少)(?<!累计)(?<!合计)(?<!满分)(?<!分值)(?<!总分)"
    r"(?:扣|减|得|计|记|给)(?:满分|除)?\s*\d+(?:\.\d+)?\s*分(?!为止|以内|内)|扣满分|得满分")
_ZEROED = lazy_compile(r"不得分|不给分|不计分|得0分|记0分|计0分")
# where the text leaves the score to the evaluator (酌情扣分 / 视情况扣分 / 否则相应扣分 / 综合打分)
_JUDGED = lazy_compile(r"酌情|视[\u4e00-\u9fff]{0,6}?情况|相应扣分|综合打分|综合评分")
_CLAUSE_EDGE = ",，;；。\n"
_BRACKETS = "()（）“”"

_LOST = "这一分句写明了分数，而整项读作由评价人员录入得分，写明的分数会被丢掉；请逐项写明计分方法，或录入得分并写明理由"


def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    begin = max(text.rfind(mark, 0, start) for mark in _CLAUSE_EDGE) + 1
    ends = [i for i in (text.find(mark, end) for mark in _CLAUSE_EDGE) if i >= 0]
    return begin, min(ends) if ends else len(text)


def _named(text: str, priced: tuple[int, int]) -> str:
    """The priced clause and the judged one, as the text prints them (…每缺1项扣10分,不完善酌情扣分), joined by … when
    others stand between; a price alone in its clause (…取得显著成效,得10分) with the clause before it, which says for
    what."""
    begin, end = clause_span(text, *priced)
    if text[begin:priced[0]].strip(_BRACKETS + " ") == "" and begin > 1:
        begin = clause_span(text, begin - 1, begin - 1)[0]
    named = text[begin:end].strip(_BRACKETS + " ")
    judged = _JUDGED.search(text)
    if judged is None:
        return named
    other_begin, other_end = clause_span(text, judged.start(), judged.end())
    if other_begin >= begin and other_end <= end:
        return named
    other = text[other_begin:other_end].strip(_BRACKETS + " ")
    between = text[min(end, other_end):max(begin, other_begin)]
    if len(between.strip(_CLAUSE_EDGE + " ")) == 0:
        return text[min(begin, other_begin):max(end, other_end)].strip(_BRACKETS + " ")
    return f"{named}…{other}" if other_begin > begin else f"{other}…{named}"


# …则得满分;否则根据情况酌情扣分 / 得10分;否则相应扣分: the full mark met, judged below it — the evaluator's own range
# (the seeds' wording), nothing priced apart from it
_TOP_OF_JUDGED = lazy_compile(r"\s*[,，;；。]?\s*(?:否则|其余|反之|不符合的|未达到的)[\u4e00-\u9fff，,]{0,8}?(?:酌情|视[\u4e00-\u9fff]{0,6}?情况|相应扣分)")


def _priced_apart(text: str):
    """The first price that is not the top of a judged range (得满分;否则酌情扣分)."""
    for priced in _PRICED.finditer(text):
        earns = not priced.group().startswith(("扣", "减"))
        if earns and _TOP_OF_JUDGED.match(text, priced.end()):
            continue
        return priced
    return None


def refuse_priced_beside_judged(scorer: Scorer, text: str, zeroing_kept: bool) -> None:
    if not isinstance(scorer, Manual):
        return
    priced = _priced_apart(text)
    if priced is None and not zeroing_kept:
        priced = _ZEROED.search(text)  # 得1分,没有不得分,…酌情扣分: the zero, priced (once kept only as a veto)
    if priced is not None:
        raise Unplaced(_named(text, (priced.start(), priced.end())), _LOST, certain=True)
