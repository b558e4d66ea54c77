"""A band list printed as a table: each band's description in one cell, its points in the next.

``技术培训人次完成率100%,培训资料全面 | 4 | 技术培训人次完成率80-99%,… | 3 | …`` (cells split by ``|``), or one cell a
line (``超额完成计划任务>100%\\n5-3\\n完成计划任务100%\\n3\\n…``). The points cell holds a number or a range the
evaluator chooses within (``5-3``: 3 to 5 points). Written out as the prose it stands for (``…100%,得4分;…80-99%,
得3分``) and read by the clause grammar like any band list, so the same checks (gaps, overlaps, every number placed)
apply. Only a strict alternation of descriptions holding a level and bare points cells is taken: a scoring word in a
description, or a points cell with anything else in it, leaves the text to the other readings.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from ..text.lexicon import tokenize
from ..text.normalize import normalize, rejoin_lines
from .clauses import SCORING_KINDS
from .piecewise import ONE

_LEVEL = lazy_compile(r"\d+(?:\.\d+)?%?(?:[-~至]\d+(?:\.\d+)?)?")
_POINTS = lazy_compile(r"(?P<a>\d+(?:\.\d+)?)(?:-(?P<b>\d+(?:\.\d+)?))?")


def bands_as_prose(raw: str) -> str | None:
    """The band list the table's cells print, as prose; None when the text is no such table."""
    parts = raw.split("|") if raw.count("|") >= 2 else raw.split("\n")
    if len(parts) < 4:
        return None  # (no fewer cells than parts: most texts, one line, are not normalised a second time here)
    cells = [rejoin_lines(normalize(part)).strip().rstrip("。;,") for part in parts]
    cells = [cell for cell in cells if cell]
    if len(cells) < 4 or len(cells) % 2:
        return None
    descriptions, points = cells[0::2], cells[1::2]
    if not all(_POINTS.fullmatch(p) for p in points) or len(set(descriptions)) != len(descriptions):
        return None
    if any(not re.search(r"\d", d) or _scores(d) for d in descriptions):
        return None  # a situation without a level is an option (table_rows.py); a scoring word is prose
    if any(len(_LEVEL.findall(d)) > 1 for d in descriptions):
        return None  # 入户指导率100%,每年入户指导20次以上: two measures in a band, which one governs is not said
    return ";".join(f"{d},得{_written(p)}分" for d, p in zip(descriptions, points))


def _written(cell: str) -> str:
    found = _POINTS.fullmatch(cell)
    assert found is not None
    if found.group("b") is None:
        return found.group("a")
    low, high = sorted((Decimal(found.group("a")), Decimal(found.group("b"))))
    if low == high:
        return found.group("a")
    return f"{low}-{high}"  # 5-3: the range from 3 to 5, as 得3-5分 writes it


def _scores(cell: str) -> bool:
    """A scoring word, or a step (每降低1%): a description of a band only states a level."""
    return any(token.kind in SCORING_KINDS or token.kind in ("VERB", "EACH", "STEPV") for token in tokenize(cell))


def exactly_full(intervals: list, unit: str) -> list:
    """``超额完成计划任务>100%得3-5分；完成计划任务100%得3分``: a bare 100% alone means reaching it (over-completion
    is no worse), but beside a band above 100% it is 100% exactly. A 100% written with 达到/以上/≥ keeps its
    reading (and overlaps the band above, which the reader refuses)."""
    if unit != "%" or not any(i.low == ONE and not i.low_inclusive and i.high is None for i, _, _ in intervals):
        return intervals
    return [(replace(interval, high=ONE, high_inclusive=True) if interval.low == ONE and interval.low_inclusive
             and interval.high is None and not _at_least(clause) else interval, outcome, clause)
            for interval, outcome, clause in intervals]


def _at_least(clause) -> bool:
    return any(t.kind in ("CMP", "SUF") and t.value == ">=" and t.text != "完成" for t in clause.tokens)


# 完成60%以下(O-Io) / 完成60%及以上(&7): a band's points in brackets with letters or signs the scan made of digits
_DAMAGED_POINTS = lazy_compile(r"(?:%|以上|以下|以内)\((?=[^()]*\d|[^()]*-)(?=[^()]*[A-Za-z&])([A-Za-z&\d]{1,3}(?:-[A-Za-z&\d]{1,3})?)\)")


def damaged_points(text: str) -> str | None:
    """The bracketed points of a band that are no number (O-Io for 0-10, &7 for 6-7), if any."""
    found = _DAMAGED_POINTS.search(text)
    return None if found is None else found.group(1)
