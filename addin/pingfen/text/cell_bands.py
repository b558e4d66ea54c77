"""A band table copied cell by cell, each band's level in one cell and its points, a bare number, in the next:
``厕所采用水冲或使用生态厕所的比例 8 100% 8 80%以上 5 50%以上 3 30%以上 1`` (the name, its 分值, then level and points
apart by spaces) / ``| | | 4000↑ | 30| |\\n| 111|馆舍建筑面积 | 3000↑ | 20|不含职工宿舍及临时 |\\n| | (平方米)| 2000↑ | 15|…``
(a table's rows, the level column beside the points column, the name and its unit in the column before, notes after).

Read as the bands prose writes: ``厕所…的比例(8分):100%,8分;80%以上,5分;50%以上,3分;30%以上,1分`` /
``馆舍建筑面积:4000平方米以上,30分;3000平方米以上,20分;…。不含职工宿舍及临时性房屋。`` — ``N↑`` is N以上, as the
tables print it; below the lowest band the band reader gives 0, as for any bands.

Only read before the spaces go (once gone, ``比例 8 100%`` is 8100%): the levels fall from band to band and the points
with them, each level but a first 100% says 以上 (or ↑), all in one unit — a share (% or ‰), or the unit the name's
bracket gives (``(平方米)``, ``(万元)``, a unit of the lexicon) — and a 分值 written before the first band is its
points. A table's notes may not hold a number (a note that scores is not dropped into a sentence here), nor its cells
before the name anything but a row's number. Anything else is left as it is.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .lazy_regex import lazy_compile
from .lexicon import UNITS

_LEVEL = lazy_compile(r"(\d+(?:\.\d+)?)(%|‰)?(及以上|以上|↑)?")
_POINTS = lazy_compile(r"\d+(?:\.\d+)?")
_NAME_UNIT = lazy_compile(r"^(.*?)\(([^()]{1,4})\)$")
_SPACE = lazy_compile(r"[ \t\u3000\u00a0]+")
_ROW_NUMBER = lazy_compile(r"\d{1,4}")


def bands_in_cells(text: str) -> str:
    """``…比例 8 100% 8 80%以上 5`` → ``…比例(8分):100%,8分;80%以上,5分``; a table's ``| 4000↑ | 30|`` rows likewise."""
    if "|" in text:
        return _table(text) or text
    return _spaced(text) or text


def _bands(pairs: list[tuple[str, str]], unit: str | None) -> str | None:
    """The bands written as prose, or None when the cells are no band table: levels and points falling together."""
    read = []
    for index, (level, points) in enumerate(pairs):
        found = _LEVEL.fullmatch(level)
        if found is None or _POINTS.fullmatch(points) is None:
            return None
        read.append((Decimal(found.group(1)), found.group(2) or "", found.group(3), Decimal(points)))
    if len(read) < 2 or len({share for _, share, _, _ in read}) != 1:
        return None
    share = read[0][1]
    if bool(share) == bool(unit):  # a share, or the name's unit: one or the other
        return None
    for index, (value, _, above, _) in enumerate(read):
        if above is None and not (index == 0 and share == "%" and value == 100):
            return None  # (a level with no 以上 is a value of its own: 5 8 is no band)
    if any(a[0] <= b[0] or a[3] <= b[3] for a, b in zip(read, read[1:])):
        return None
    return ";".join(f"{_number(value)}{share or unit}{'以上' if above else ''},{_number(points)}分"
                    for value, _, above, points in read)


def _number(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _spaced(text: str) -> str | None:
    if "\n" in text or not ("以上" in text or "↑" in text):
        return None
    cells = _SPACE.split(text.strip())
    pairs: list[tuple[str, str]] = []
    while len(cells) >= 3 and _LEVEL.fullmatch(cells[-2]) and _POINTS.fullmatch(cells[-1]):
        pairs.insert(0, (cells[-2], cells[-1]))
        del cells[-2:]
    if len(pairs) < 2:
        return None
    full = None
    if len(cells) >= 2 and _POINTS.fullmatch(cells[-1]):
        full = cells.pop()
    name = "".join(cells)
    if not re.search(r"[\u4e00-\u9fff)]$", name) or re.search(r"\d", name):
        return None
    found = _NAME_UNIT.match(name)
    unit = found.group(2) if found is not None and found.group(2) in UNITS else None
    if unit is not None:
        name = found.group(1)
    bands = _bands(pairs, unit)
    if bands is None or (full is not None and Decimal(full) != Decimal(pairs[0][1])):
        return None
    return f"{name}({full}分):{bands}" if full is not None else f"{name}:{bands}"


def _table(text: str) -> str | None:
    if "↑" not in text and "以上" not in text:
        return None
    rows = []
    for line in text.strip().split("\n"):
        line = line.strip()
        if not (line.startswith("|") and line.endswith("|")):
            return None
        rows.append([cell.strip() for cell in line[1:-1].split("|")])
    if len(rows) < 2 or len({len(row) for row in rows}) != 1:
        return None
    width = len(rows[0])
    column = next((k for k in range(1, width - 1)
                   if all(_LEVEL.fullmatch(row[k]) and _POINTS.fullmatch(row[k + 1]) for row in rows)), None)
    if column is None:
        return None
    if any(cell and not _ROW_NUMBER.fullmatch(cell) for row in rows for cell in row[:column - 1]):
        return None
    name = "".join(row[column - 1] for row in rows)
    notes = "".join("".join(row[column + 2:]) for row in rows)
    if not name or re.search(r"\d", notes):
        return None
    found = _NAME_UNIT.match(name)
    if found is None or found.group(2) not in UNITS or re.search(r"\d", found.group(1)):
        return None
    bands = _bands([(row[column], row[column + 1]) for row in rows], found.group(2))
    if bands is None:
        return None
    return f"{found.group(1)}:{bands}。" + (notes if not notes or notes.endswith("。") else notes + "。")
