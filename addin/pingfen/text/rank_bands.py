"""排名前5名的得满分,6-10名的扣0.5分,11名以后扣1分: bands of places in a ranking, written as the bands of a count.

A place is a whole number from 1 down the list, so 前5名 is ≤5名, 11名以后 (及以后 / 之后) is ≥11名 and 第6-10名 is the
range 6-10名 (but after 第7-10名, 10名以后 is ≥11名: the 10th is one of the places before); the band reader then
checks them as any bands (gaps, overlaps, the last band open). Only a text that names a ranking (排名 / 名次) is
rewritten — or, for steps down the places alone, one that awards a place said with 第 (第1名得3分，每降1名…) — and never
one counted from the bottom (倒数) or a list of places with a list of points (1-5名的依次赋予60分、57分…, rules/ranks.py).
"""

from __future__ import annotations

import re
from decimal import Decimal

from .lazy_regex import lazy_compile
from .measure_words import place_number
from .place_words import DOWN_A_PLACE, DOWN_WORDS, PLACE_AWARDED

_RANKING = lazy_compile(r"排名|名次|位列|位次")  # (在全市评比中位列前二的 / 位次处于: the place said with 位列, 位次)
_POINTS_LISTED = lazy_compile(r"名的?(?:依次|分别)|\d+(?:\.\d+)?分?、\d+(?:\.\d+)?分")
_TOP = lazy_compile(r"前(\d+)名(?:以内)?")
# 排名前三的得6分: the top places in words, no 名 after them (前三名 is read as 前3名 by the numbers' rewrite)
_TOP_IN_WORDS = lazy_compile(r"前([一二两三四五六七八九十])(?=的?(?:得|计|记))")
# 每后退一位 / 每降一名: one place down in words (DOWN_A_PLACE reads 1名 / 1位)
_ONE_PLACE_IN_WORDS = lazy_compile(rf"(每{DOWN_WORDS})一(?=名|位)")
_AND_BELOW = lazy_compile(r"第?(\d+)名(?:及|以|之)?(?:以后|之后|以下)")
_PLACES = lazy_compile(r"第(\d+)(?:-|~|至|到)第?(\d+)名")
_PLACES_ENDING = lazy_compile(r"第?(\d+)(?:-|~|至|到)第?(\d+)名")


# 前10位 / 11-20位 / 30位以后: a place in a ranking called 位 (a text that never calls one 名)
_PLACE_NAMED = lazy_compile(r"\d名")
_PLACE_AS_WEI = lazy_compile(r"(?<=\d)位")

# 排名第1得5分，每后退1名扣0.5分: points at a place, less for each place further down — steps from that place. 第1名得3分,
# 每降1名扣0.3分 names the place with 第 (a place, never a count of 1 person: once 每少1名, the 4th place full); the
# next place's points may be said first (第2名得2.7分,依次每降1名…), and must be the step's (rules/place_steps.py refuses
# the steps this leaves unread)
_STEPS_DOWN = lazy_compile(r"第(\d+)(?:名|位)?的?([得计记](?:满分|\d+(?:\.\d+)?分)(?:\d+(?:\.\d+)?分)?)[,;]?(?:第(\d+)(?:名|位)的?[得计记](\d+(?:\.\d+)?)分[,;]?)?"
                           rf"(?:排名|名次)?(?:依次|逐名)?每{DOWN_A_PLACE}(?=扣(\d+(?:\.\d+)?)分)")

# 排名前3名得满分,其他依次递减0.2分: the top places in full, each place after them 0.2 less than the one before — steps
# from the last of the top places (4th 2.8, 5th 2.6), never "3名 full, every other place −0.2"
_TOP_THEN_DOWN = lazy_compile(r"前(\d+)名的?((?:得|计|记)(?:满分|\d+(?:\.\d+)?分))[,;]?(?:其他|其余|其它|以后|之后)(?:名次|单位)?的?"
                              r"(?:依次|逐名|逐次)递减(\d+(?:\.\d+)?分)")

# 排名前3名的得满分,其后每降一名递减0.5分: the same steps said place by place (once read the wrong way: 每少1名扣0.5分,
# the 5th place full)
_TOP_THEN_EACH = lazy_compile(r"前(\d+)名的?((?:得|计|记)(?:满分|\d+(?:\.\d+)?分))[,;]?(?:其后|其他|其余|以后|之后)(?:名次)?的?"
                              rf"每{DOWN_A_PLACE}(?:递减|扣|减)(\d+(?:\.\d+)?分)")


def _steps_down(found: re.Match[str]) -> str:
    place, award, next_place, next_points, step = found.groups()
    award = re.sub(r"^([得计记])满分(?=\d)", r"\1", award)  # 第1名得满分3分: the full marks, their number said
    if next_place is not None and (int(next_place) != int(place) + 1 or award.endswith("满分")
                                   or Decimal(award[1:-1]) - Decimal(step) != Decimal(next_points)):
        return found.group()  # (第2名得2.5分 beside 每降1名扣0.3分: which one holds for the 3rd place is not said)
    return f"不超过{place}名{award},每超过1名"


def rank_bands(text: str) -> str:
    if "倒数" in text or _POINTS_LISTED.search(text):
        return text
    if not _RANKING.search(text):
        return _STEPS_DOWN.sub(_steps_down, text) if PLACE_AWARDED.search(text) else text
    if not _PLACE_NAMED.search(text):
        text = _PLACE_AS_WEI.sub("名", text)  # 排名前10位的得4分，11-20位得3分: 位 for the places, where 名 is never said
    text = _TOP_IN_WORDS.sub(lambda found: f"前{place_number(found.group(1))}名", text)
    text = _ONE_PLACE_IN_WORDS.sub(r"\g<1>1", text)  # 排名每后退一位扣0.1分: one place, as 每后退1名
    text = _STEPS_DOWN.sub(_steps_down, text)
    text = _TOP_THEN_DOWN.sub(r"不超过\1名\2,每超过1名扣\3", text)
    text = _TOP_THEN_EACH.sub(r"不超过\1名\2,每超过1名扣\3", text)
    last_places = {int(found.group(2)) for found in _PLACES_ENDING.finditer(text)} | {int(n) for n in _TOP.findall(text)}
    text = _TOP.sub(r"≤\1名", text)
    # 第7-10名得3分，10名以后不得分: the 10th is in the places before, so 以后 starts after it
    text = _AND_BELOW.sub(lambda found: f"≥{int(found.group(1)) + (int(found.group(1)) in last_places)}名", text)
    return _PLACES.sub(r"\1-\2名", text)
