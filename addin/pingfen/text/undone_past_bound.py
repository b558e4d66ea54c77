"""超过6个月未开工的不得分, closing bands of the time a thing took (债券资金到位后3个月内开工的得4分；3-6个月（含）开工的得2分):
past the last band's end and still not done is the time taken beyond that end — the band 超过6个月 — whether it was
done later or never. Written so (超过6个月的不得分), the bands read as the time entered (7个月 → 0).

Only when a band before it ends at that same number of that same unit (3-6个月 / 3至6个月内 / 6个月内 / 6个月以内), and
the deed left undone is the one the bands time (开工 after …开工的; 验收 after 完成验收): any other bound (超过12个月未开工
after 3-6个月) or deed (超过6个月未投产 after 开工) stays as written, and is refused as before.
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_UNITS = r"个月|个工作日|天|日|周|年"
# 超过6个月未开工的 / 超过6个月仍未验收的 / 6个月以上仍未验收的
_UNDONE = lazy_compile(rf"(?<=[,;。:])(?P<over>超过|超出|逾)?(?P<bound>\d+(?:\.\d+)?)(?P<unit>{_UNITS})(?P<above>以上|之后|后)?"
                       r"(?:仍|还|尚|仍然)?(?:未|没有)(?P<deed>(?:完成)?[\u4e00-\u9fff]{2,6}?)的")


def _band_ends_at(before: str, bound: str, unit: str) -> bool:
    """A band before ending at ``bound`` ``unit``: 3-6个月 / 3至6个月(内) / 6个月内 / 6个月以内 / 6个月(含)."""
    number = re.escape(bound)
    return re.search(rf"(?<![\d.]){number}(?:{re.escape(unit)})(?:\(含\))?(?:以内|之内|内|\(含\))?[\u4e00-\u9fff]{{0,8}}?的?,?得", before) is not None \
        or re.search(rf"\d(?:-|至|~|到){number}(?:{re.escape(unit)})", before) is not None


def undone_past_bound(text: str) -> str:
    """``text`` with 超过N个月未<deed>的 after bands ending at N个月 of that deed written 超过N个月的."""
    def plain(match: re.Match[str]) -> str:
        over, above = match.group("over"), match.group("above")
        if bool(over) == bool(above):  # (超过6个月以上: said twice; 6个月未开工: by six months, a deadline)
            return match.group(0)
        before = text[:match.start()]
        deed = match.group("deed").removeprefix("完成")
        if deed not in before or not _band_ends_at(before, match.group("bound"), match.group("unit")):
            return match.group(0)
        return f"超过{match.group('bound')}{match.group('unit')}的"

    return _UNDONE.sub(plain, text)
