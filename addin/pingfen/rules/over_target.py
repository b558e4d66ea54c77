"""Points per unit done beyond the target: ``每超目标任务引进1个省外亿元项目(经省平台认定)加2分，最高不超过6分``.

Only what passes the entered target counts (6 projects against a target of 4 add 2×2 = 4), never the whole count,
which the plain per-unit reading (``每引进1个项目加2分``) would take. Read as a band from the target on that adds
the points per whole unit beyond it, up to the limit written, and scores nothing below the target — the same
``Piecewise`` as ``实际值≥目标值得0分，每超过1个加2分，最多加6分``. Without a written limit the reading is left to the
others (which refuse: the points added would have no end).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from ..text.lexicon import COUNT_UNITS
from .clauses import Clause
from .errors import Unplaced
from .piecewise import TARGET, Award, Bonus, Interval, Piecewise

_TARGETS = r"(?:年度目标任务|目标任务|目标值|计划任务|下达任务|指标值|目标|计划|任务)"
# the words before the number say the units are counted beyond the target
BEYOND = lazy_compile(rf"(?:超额?|超过|超出|多于|高于)(?:完成)?{_TARGETS}")
_AWARD = lazy_compile(
    rf"每(?:超额?|超过|超出)(?:完成)?{_TARGETS}(?P<verb>[\u4e00-\u9fff]{{0,6}}?)(?P<size>\d+(?:\.\d+)?)(?P<unit>[\u4e00-\u9fff]{{1,2}}?)"
    r"(?P<what>[\u4e00-\u9fff]{0,10})(?:\([^()\d]{1,20}\))?[,，]?(?:加|得|计|记)(?P<per>\d+(?:\.\d+)?)分")
_LIMIT = lazy_compile(r"(?:最高不超过|最多不超过|最高|最多|最多加|最高加|加分最多|加分最高|不超过|以)(?P<limit>\d+(?:\.\d+)?)分(?:为限|封顶)?")


def beyond_target(clause: Clause) -> bool:
    """每超目标任务引进1个…加2分: the per-unit award counts beyond the target (not every unit done)."""
    return bool(BEYOND.search(clause.text))


def compose_over_target(scoring: list[Clause], context: list[Clause], text: str) -> Piecewise | None:
    awards = [c for c in scoring if _AWARD.fullmatch(c.text)]
    if len(awards) != 1:
        return None
    found = _AWARD.fullmatch(awards[0].text)
    assert found is not None
    unit, size, per = found.group("unit"), Decimal(found.group("size")), Decimal(found.group("per"))
    if unit not in COUNT_UNITS or size <= 0 or per <= 0 or re.search(r"\d", found.group("verb") + found.group("what")):
        return None
    limits = [c for c in scoring + context if c is not awards[0] and _LIMIT.fullmatch(c.text)]
    rest = [c for c in scoring + context if c is not awards[0] and c not in limits]
    if not limits:
        raise Unplaced(awards[0], "写了每超过目标加分，但没有写明最多加多少分（如“最高不超过6分”）", certain=True)
    if len(limits) != 1 or any(c.scoring or c.unread or c.condition is not None for c in rest):
        return None
    limit = Decimal(_LIMIT.fullmatch(limits[0].text).group("limit"))  # type: ignore[union-attr]
    if limit <= 0:
        return None
    bonus = Bonus(base=Decimal(0), step=size, per=per, direction="above", reference=TARGET, cap=limit)
    return Piecewise(((Interval(low=TARGET, low_inclusive=True), bonus),), Award(Decimal(0)), unit=unit)
