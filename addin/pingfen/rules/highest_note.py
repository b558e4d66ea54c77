"""The note that, of several levels or additions met, only the highest counts: ``同一事项按最高级别计分，不重复计分`` /
``只取最高一档`` / ``多项表彰不累计，按最高级别计分`` / ``就高不就低`` — said in one clause or over two."""

from __future__ import annotations

import re

from ..text.lazy_regex import lazy_compile

# (同一事项 / 同一基地 / 同一企业: the one matter whose levels are listed, named by any noun)
# (同一年度就高不就低: the one matter or period named before it, as before 按最高级别)
_HIGHEST = lazy_compile(r"(?:同[一1][\u4e00-\u9fff]{1,4}?|多项(?:表彰|荣誉|奖励)?的?)?(?:(?:只|仅)?(?:按|取|以|计)(?:其中)?最高"
                        r"(?:级别|一级|一档|一项|等级|档次|1级|1档|1项|奖项|奖次)(?:的?(?:计分|计算|得分|加分|为准|计))?|就高不就低)")
_NOT_TWICE = lazy_compile(r"(?:同[一1][\u4e00-\u9fff]{1,4}?|多项(?:表彰|荣誉|奖励)?)?(?:不重复(?:计分|计算|加分)|不累计(?:计分)?|不累加)")


def only_highest(note: str) -> bool:
    """Every part of the note (cut at its commas) says only the highest counts, or that nothing counts twice, and one
    part says the highest."""
    parts = [part for part in re.split(r"[,，;；。]", note) if part.strip()]
    return bool(parts) and all(_HIGHEST.fullmatch(p.strip()) or _NOT_TWICE.fullmatch(p.strip()) for p in parts) \
        and any(_HIGHEST.fullmatch(p.strip()) for p in parts)


def highest_note(text: str) -> bool:
    """One clause of the note: says the highest, or that nothing counts twice."""
    part = text.strip(",，;；。 ")
    return bool(_HIGHEST.fullmatch(part) or _NOT_TWICE.fullmatch(part))
