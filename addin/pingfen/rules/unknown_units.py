"""A number followed by a measure word the lexicon does not know (完成年度目标30埂得3分, 每少1垛扣1分): the number stands
bare, and a bare number is read as a percentage (30 → 30%), so 90% entered would score full marks against a count of 30.
Refused, naming the number and its word, rather than guessed: the word may be a unit (幢, 页 — now in the lexicon) or a
typo (扣款10兀 for 元).

Only a single character standing alone between the number and what follows it (得, 的, a comma, 以上, 扣 …) is taken as
a measure word, or two right before 得 or 以上/以下 (15蹲位得2分); words of the sentence (以, 及, 或, 者, 则, 之间 …), grade
names (优40良30) and multipliers (20/10万) are not.
"""

from __future__ import annotations

import unicodedata

from ..text.lazy_regex import lazy_compile
from ..text.lexicon import UNITS, Token, tokenize
from .errors import Unplaced

# a digit and a Chinese character no unit opens: the cheap test before the tokens are asked
_UNIT_OPENINGS = "".join(sorted({unit[0] for unit in UNITS if "\u4e00" <= unit[0] <= "\u9fff"} | {"分"}))
_CANDIDATE = lazy_compile(rf"\d(?![{_UNIT_OPENINGS}])[\u4e00-\u9fff]")
# characters that follow a bare number as words of the sentence or a table's grades, never as its unit; 档 counts tiers
# (分为…3档)
_NOT_UNITS = frozenset("万千亿百点号以及或者则即再而后前内外时至到与和并且为是优良中差好可档")
# 村 opens a list's item as often as it counts villages (1村集体经济组织…: a row's number; 抽查5村每少1村扣1分 is named
# whole by the points-column check): a unit only right before 得 or 以上/以下, as two characters are (完成年度目标30村得3分
# was 30%)
_UNITS_BEFORE_AN_AWARD_ONLY = frozenset("村")
_NOT_TWO_CHARACTER_UNITS = frozenset({"之间", "左右", "以内", "以外", "上下", "前后", "之内", "之上", "之下"})
_ENDING = frozenset({"VERB", "DE", "SEP", "SUF", "DEDUCT", "CMP", "INCL", "RANGE"})
_UNKNOWN_UNIT = "“{number}”后的“{word}”无法识别为单位，无法判断这个数是数量还是百分比；请改用常见单位（如“个”“项”“处”）或写明“%”"


def _unit_like(word: str, after: Token | None) -> bool:
    """One character before anything that ends the quantity; two (蹲位, 蒸吨) right before 得 or 以上/以下 only, where a
    word of the sentence (之间, 左右) is never a unit."""
    before_an_award = after is not None and after.kind in ("VERB", "SUF")
    if word in _UNITS_BEFORE_AN_AWARD_ONLY:
        return before_an_award
    if len(word) == 1:
        return word not in _NOT_UNITS and (after is None or after.kind in _ENDING)
    return len(word) == 2 and word not in _NOT_TWO_CHARACTER_UNITS and before_an_award


def refuse_unknown_unit(text: str, raw: str) -> None:
    """``text`` is normalised from ``raw``: a number and a word that only met when lines were joined (0\n完成…) are not
    a quantity."""
    if not _CANDIDATE.search(text):
        return
    tokens = tokenize(text)
    for number, word, after in zip(tokens, tokens[1:], [*tokens[2:], None]):
        if number.kind == "NUM" and not number.unit and word.kind == "WORD" and word.start == number.end \
                and all("\u4e00" <= char <= "\u9fff" for char in word.text) and _unit_like(word.text, after):
            fragment = text[number.start:word.end]
            if fragment not in unicodedata.normalize("NFKC", raw):
                continue
            raise Unplaced(fragment, _UNKNOWN_UNIT.format(number=number.text, word=word.text), certain=True)
