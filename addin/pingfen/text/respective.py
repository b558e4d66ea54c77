"""分别: a list of levels paired, in order, with a list of points — one band each.

超过80%、70%和60%，分别得6分、4分和2分 → 超过80%,得6分;超过70%,得4分;超过60%,得2分. The words before the
list (its subject and comparison: 已落实…的项目超过) and after it (且运行管护效果良好) stand in every band, as
the sentence means them to. What one level writes, the others left unwritten share: the unit
(达到100、80和60万元), the comparison after the number (30%、20%、10%以上) — never a mix, which would be
a guess. The points may carry 分 on the last only (分别得5、3、1分), be 满分 (分别得满分、3分、1分) or shares of
the 分值 (分别得分值的100%、80%、60%), and may be deducted (分别扣0、5、10分).
A list whose counts differ, or whose levels are written unevenly, is left as written, and the reader
refuses it naming the list (``uneven``); ranks (排名第1、2、3名) are no levels and are left alone.
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_NUMBER = r"\d+(?:\.\d+)?"
# the units a level may be written in (the lexicon's own list imports normalize: kept apart here)
_UNIT = r"(?:%|万元|亿元|千元|元|万人次|万人|人次|人|个|项|次|家|户|天|亩|公顷|公里|篇|件|所|座|名|条|场)"
_SUFFIX = r"(?:及以上|或以上|以上|及以下|或以下|以下|以内)"
_LEVEL = rf"{_NUMBER}{_UNIT}?(?:(?:-|~|至){_NUMBER}{_UNIT}?)?(?:\(含\))?{_SUFFIX}?"
_JOIN = r"(?:、|和|及|或|与)"
_POINTS = rf"(?:{_NUMBER}分?|满分)"
_SHARE = rf"{_NUMBER}%"
_RESPECTIVELY = lazy_compile(
    rf"(?P<before>(?:^|(?<=[;。\n]))[^;。\n]*?)(?P<levels>{_LEVEL}(?:{_JOIN}{_LEVEL})+)(?P<after>[^;。\n]*?)"
    rf"[,]?分别(?P<verb>得|计|记|给|赋予|赋|扣除|扣减|扣|加)?"
    rf"(?:(?P<awards>(?:{_POINTS}{_JOIN})+(?:{_NUMBER}分|满分))|(?P<of_full>(?:该指标|本项)?分值的)(?P<shares>(?:{_SHARE}{_JOIN})+{_SHARE}))")
_AWARD = lazy_compile(rf"满分|{_NUMBER}")
_LEVEL_PARTS = lazy_compile(rf"(?P<body>{_NUMBER}(?P<unit>{_UNIT})?(?:(?:-|~|至){_NUMBER}(?P<high_unit>{_UNIT})?)?)"
                            rf"(?P<incl>\(含\))?(?P<suffix>{_SUFFIX})?")
_MARK = lazy_compile(r"\d{1,2}[、.]|\(\d{1,2}\)|[\u2460-\u2473]")


def distribute(text: str) -> str:
    """Every 分别 list of the text written out as one band per level."""
    return _RESPECTIVELY.sub(_bands, text)


def _bands(match: re.Match) -> str:
    if _ranks(match):
        return match.group()  # 排名第1、2、3名 / 前3名: ranks, not levels of a measure
    levels = _levels(match.group("levels"))
    verb = {"扣除": "扣", "扣减": "扣"}.get(match.group("verb") or "得", match.group("verb") or "得")
    if match.group("shares") is not None:  # 分别得分值的100%、80%、60%
        if verb != "得" and match.group("verb") not in ("计", "记", "给"):
            return match.group()
        awards = [f"{verb}满分" if float(share[:-1]) == 100 else f"得分=分值×{share}"  # as normalize writes 得分值的80%
                  for share in re.findall(_SHARE, match.group("shares"))]
    else:
        awards = [f"{verb}{award}" if award == "满分" else f"{verb}{award}分"
                  for award in _AWARD.findall(match.group("awards"))]
    if levels is None or len(levels) != len(awards) or (verb != "得" and any("满分" in a for a in awards)):
        return match.group()  # not one award per level: left for the reader to refuse
    before, after = match.group("before"), match.group("after").rstrip(",")
    mark = _MARK.match(before)
    subject = before[mark.end():] if mark else before  # the list's number opens the first band only
    return ";".join(f"{before if i == 0 else subject}{level}{after},{award}"
                    for i, (level, award) in enumerate(zip(levels, awards)))


def uneven(text: str) -> str | None:
    """The 分别 list of the (normalised) text that could not be written out band by band, if any."""
    for match in _RESPECTIVELY.finditer(text):
        if not _ranks(match):
            return match.group()[len(match.group("before")):]
    return None


def _ranks(match: re.Match) -> bool:
    return match.group("before").endswith(("第", "前", "后"))


def _levels(written: str) -> list[str] | None:
    """The levels as each band writes them, with the unit and the trailing comparison that only one of
    them wrote shared by all; None when they are written unevenly (some with, some without)."""
    parts = [m for m in _LEVEL_PARTS.finditer(written)]
    units = [m.group("high_unit") or m.group("unit") for m in parts]
    # a range (80%-90%) is a band by itself: only single levels share a comparison written after one of them
    single = [m for m in parts if m.group("high_unit") is None and not re.search(r"[-~至]", m.group("body"))]
    unit = _shared(units)
    suffix = _shared([m.group("suffix") for m in single])
    if unit is False or suffix is False:
        return None
    levels = []
    for part, own_unit in zip(parts, units):
        body = part.group("body") + ("" if own_unit else unit or "")
        shared = suffix if part in single else None
        levels.append(body + (part.group("incl") or "") + (part.group("suffix") or shared or ""))
    return levels


def _shared(written: list[str | None]) -> str | None | bool:
    """What every level has, or the last alone has (then shared); False when only some of them have it."""
    if all(written) or not any(written):
        return None
    if all(item is None for item in written[:-1]):
        return written[-1]
    return False
