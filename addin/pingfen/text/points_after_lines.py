"""A table's requirement cells run together line by line, each requirement's points after it: on a line of their own
(``门口走廊不得有垃圾\\n5分\\n门框需擦干净\\n2分``) or at the end of its line behind a colon or a space
(``建立各类基本数据库系统:6分\\n实现平台畅通和高效运转:4分``) — each requirement and its points, as
``门口走廊不得有垃圾(5分)\\n门框需擦干净(2分)``: 评价要点 the evaluator ticks.

The counterpart of points_lines.points_before_lines (the points line before each requirement). Only when the whole text
is that layout, once its heading cells are set apart: the item's name (lines with no number) and its 分值 (a line of
points alone, or a bare number), which must be the sum of the requirements' points — so the heading is the item's, never
one more requirement (卫生要求\\n(20分)\\n… with points 5+2+…=20). Every requirement must be words (six or more, not an indicator's name: 资金到位率 / 规范性) with no level in them
(80%以上 / 不少于3次 are a band's or a count's levels, not a requirement to tick), score nothing on its own (扣/得N分/不得分),
and not be one of the degrees of one thing (全部完成 / 基本完成 / 资料较齐全 / 未建立台账: grades to choose, never
points to add); no points are 0; and no requirement is said twice. Anything else is left as it is, for the reader to
read or refuse.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .lazy_regex import lazy_compile

_POINTS_ALONE = lazy_compile(r"\(?(\d+(?:\.\d+)?)分\)?")
_TOTAL_ALONE = lazy_compile(r"\(?(\d+(?:\.\d+)?)(?:分)?\)?")  # the 分值 cell of the heading: (20分) / 20分 / 10
# 建立各类基本数据库系统:6分 / 地面无灰尘 10分: the requirement, then its points behind a colon or a space
_POINTS_AT_END = lazy_compile(r"(?P<words>.+?)(?:[:∶]\s*|\s+)\(?(?P<points>\d+(?:\.\d+)?)分\)?")
# 满意度90%以上 / 不少于3次 / ≥95%: a band's or a count's level (前后窗户4条窗渠 is a requirement's words)
_LEVEL = lazy_compile(r"[%‰≥≤<>]|\d[^,;。]{0,3}?(?:以上|以下|以内|及以上|及以下)|(?:不少于|不低于|不超过|不高于|超过|低于|少于|达到|至少)\d")
_NUMBER = lazy_compile(r"^(?:\d{1,2}[、.](?!\d)|\(\d{1,2}\)|[①-⑩])")  # the requirement's own list number
_SCORES = lazy_compile(r"\d分|扣|[得加计记]\d|满分|不得分|不计分|酌情")
# 全部完成 / 基本完成 / 资料较齐全 / 未建立台账 / 一般: degrees of one thing, or a requirement unmet (无污渍 / 不得有垃圾
# are requirements)
# 资金到位率 / 项目管理规范性 / 培训情况: an indicator's name (a heading), no requirement to tick
_NAME_END = lazy_compile(r"(?:率|数|量|满意度|程度|比例|比重|指数|情况|性)$")
_GRADED = lazy_compile(r"^(?:未|没有|没)|基本(?:完成|达到|实现|符合|齐全|完善|健全|落实|到位|规范|合理|明确|满足)"
                       r"|较|一般|部分|良好|优秀|合格|差|全部|完全")


def points_after_lines(text: str) -> str:
    """``text`` with each requirement's points put in brackets after it, its heading cells dropped; unchanged unless
    the whole text is laid out so."""
    if "\n" not in text or "分" not in text:
        return text
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 3:
        return text
    pairs = _pairs_at_ends(lines) or _pairs_alternating(lines)
    if pairs is None:
        return text
    heading, items = pairs
    if len(items) < 2 or not _requirements(items):
        return text
    if items[0][1] == sum((p for _, p in items[1:]), Decimal(0)):
        return text  # 资金管理:10分\n…:5分\n…:5分: the first a heading over the rest, or one more requirement?
    total = sum((points for _, points in items), Decimal(0))
    if heading is not None and heading != total:
        return text  # the 分值 cell is no sum of the points: which is the item's?
    return "\n".join(f"{words}({points.normalize():f}分)" for words, points in items)


def _pairs_at_ends(lines: list[str]) -> tuple[Decimal | None, list[tuple[str, Decimal]]] | None:
    """Heading cells, then every line a requirement with its points at its end."""
    items = [_POINTS_AT_END.fullmatch(line) for line in lines]
    first = next((i for i, found in enumerate(items) if found is not None), None)
    if first is None or not all(items[first:]):
        return None
    heading = _heading(lines[:first])
    if first and heading is None:
        return None
    return heading, [(found.group("words").rstrip(",，;；。 "), Decimal(found.group("points")))  # type: ignore[union-attr]
                     for found in items[first:]]


def _pairs_alternating(lines: list[str]) -> tuple[Decimal | None, list[tuple[str, Decimal]]] | None:
    """A requirement line, then its points alone on the next line, to the end (a heading's name and 分值 first: a pair
    whose points are the sum of the rest)."""
    if len(lines) % 2:
        return None
    points = [_POINTS_ALONE.fullmatch(line) for line in lines[1::2]]
    if not all(points) or any(_POINTS_ALONE.fullmatch(line) for line in lines[0::2]):
        return None
    items = [(words.rstrip(",，;；。 "), Decimal(found.group(1))) for words, found in zip(lines[0::2], points)]  # type: ignore[union-attr]
    if len(items) > 2 and items[0][1] == sum((p for _, p in items[1:]), Decimal(0)) and not re.search(r"\d", items[0][0]):
        return items[0][1], items[1:]  # 卫生要求\n(20分): the item's name and 分值
    return None, items


def _heading(lines: list[str]) -> Decimal | None:
    """The item's name (lines with no number, no score) and last its 分值 alone: the 分值; None if not so."""
    if not lines:
        return None
    total = _TOTAL_ALONE.fullmatch(lines[-1])
    if total is None or any(re.search(r"\d|分", line) or _SCORES.search(line) for line in lines[:-1]):
        return None
    return Decimal(total.group(1))


def _requirements(items: list[tuple[str, Decimal]]) -> bool:
    """Words to tick: no number, no score of their own, no degree of one thing, no points 0, none said twice."""
    words = [_NUMBER.sub("", text) for text, _ in items]
    if any(len(w) < 6 or _LEVEL.search(w) or _SCORES.search(w) or _GRADED.search(w) or _NAME_END.search(w)
           for w in words):
        return False
    if any(points == 0 for _, points in items):
        return False
    return len(set(words)) == len(words)
