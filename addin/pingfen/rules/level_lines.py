"""Levels named one to a line, each described and given a range of points in brackets:
``一级:实施后预计有显著的经济效益.(8—10分)\\n二级:实施后预计有较好的经济效益。\\n\\n(5—7分)\\n三级:…(3—4分)\\n四级:…(0-2分)``.
A copy from a PDF may put a level's points on a line of their own. The evaluator picks the level (一级, 二级 … as
printed, or its description) and enters a score inside its range — the tiers the reader reads from
``专业能力较强，得10-15分；…`` (discretion.Tiered), named by the levels' own names, which differ even where the
descriptions repeat words. The ranges must neither overlap nor leave a gap, the lowest from 0 (manual_reading.checked_tiers).

Only a text made wholly of such levels is read so: a description holding a number (达到90%…) may be a band of a
measure, and is left to the clause reader.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from .manual_reading import checked_tiers
from .discretion import Tier, Tiered
from .errors import RuleError, Unplaced

_LEVEL_NAME = r"(?:[一二三四五六七八九十]|[A-E])(?:级|档|等)|第[一二三四五六七八九十](?:级|档|等)"


def _level(named: bool) -> str:
    group = (lambda name: f"?P<{name}>") if named else (lambda name: "?:")
    return (rf"({group('name')}{_LEVEL_NAME})[:.。、]({group('said')}[^:()\d]{{2,60}}?)[.。,;，；\s]*"
            rf"\(({group('low')}\d+(?:\.\d+)?)(?:-({group('high')}\d+(?:\.\d+)?))?分\)[.。,;，；\s]*")


_ONE = lazy_compile(_level(True))
_ALL = lazy_compile(rf"(?:{_level(False)}){{2,}}")


def read_level_lines(raw: str, text: str) -> Tiered | None:
    """The levels and their ranges when ``text`` (``raw`` normalised, lines rejoined) is made only of them; None
    otherwise."""
    try:
        return _levels(text)
    except Unplaced as unplaced:
        raise RuleError(raw, unplaced.fragment, unplaced.reason) from None


def _levels(text: str) -> Tiered | None:
    if not _ALL.fullmatch(text.strip()):
        return None
    found = list(_ONE.finditer(text.strip()))
    names = [match.group("name") for match in found]
    if len(set(names)) != len(names):
        raise Unplaced(found[-1].group().strip(), "两个档次的名称相同")
    tiers = [Tier(re.sub(r"[.。,;，；\s]+$", "", match.group("said")).strip(), Decimal(match.group("low")),
                  Decimal(match.group("high") or match.group("low")), letter=match.group("name")) for match in found]
    return checked_tiers(tiers, [match.group().strip() for match in found])
