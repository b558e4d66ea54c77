"""Two measures told apart by their names where levels of a share are written one after another: ``覆盖病种达到90%以上，
得2分；医保基金支出占比达到70%以上，得2分`` names two things measured: in a list of items each with its points (described.py),
requirements of two items, never bands of one (the list was refused as such bands)."""

from __future__ import annotations

import re

from ..text.lazy_regex import lazy_compile


# 医保基金支出占比 / 病种覆盖率 / 群众满意度: a share's name by its end
_SHARE_NAME = lazy_compile(r"[\u4e00-\u9fff]{2}(?:率|度|占比|比重)$")


def named_apart(one: str, other: str) -> bool:
    """覆盖病种达到90%以上，得2分；医保基金支出占比达到70%以上，得2分: two levels of a share each with a subject of its own —
    names of at least four characters, one of them a share's (…占比 / …率), neither inside the other (执行率 is 预算执行率
    named shorter, 三公经费 the 三公经费变动率's), their heads (the last two characters, where a Chinese name says what it
    is) apart: two measures. (增长率 / 满意度, short names of their kind, are left to the readings and refusals that know
    them; bands elsewhere name a measure loosely — 出租率在, 完成率在 — so only a list of items asks this.)"""
    one, other = (re.sub(r"[^\u4e00-\u9fff]", "", name) for name in (one, other))
    if len(one) < 4 or len(other) < 4 or not (_SHARE_NAME.search(one) or _SHARE_NAME.search(other)):
        return False
    return other not in one and one not in other and one[-2:] != other[-2:]
