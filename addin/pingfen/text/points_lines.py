"""The 分值 column copied on a line of its own before each numbered requirement: ``5分\\n1、餐巾、水杯每日清洗消毒…。\\n
5分\\n2、按时进行空气消毒。`` — each requirement and its points, as ``1、餐巾…。(5分)\\n2、按时进行空气消毒。(5分)``.

Only when the whole text is that layout: lines of points alone (5分 / (5分)) and numbered lines alternate, a points line
first and a requirement last, the numbers counting up from 1 in one style, and no requirement scoring on its own (no
points, no 扣/得/加 in it). A points line opening the text can then only be the first requirement's: nothing stands
before it, and every requirement has its one points line. Anything else (a points line last, two in a row, a total
line over the items) is left as it is, for the reader to read or refuse; so are lines that may be grades of one thing
rather than requirements to add (全部完成 / 基本完成, a line opening with 未/无/不 near its number: 2、未建立台账) and the
same requirement twice.
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_POINTS_LINE = lazy_compile(r"\(?(\d+(?:\.\d+)?)分\)?")
# 1、 / 1. / (1) / ①: the requirement's number, the same style on every line
_MARKS = (r"(\d{1,2})、", r"(\d{1,2})\.(?!\d)", r"\((\d{1,2})\)")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
_WORDS = lazy_compile(r"^(?:\d{1,2}[、.]|\(\d{1,2}\)|[①-⑩])|[。;,]$")
_SCORES = lazy_compile(r"\d分|[扣得加]|满分|不得分")
# 1、全部完成 / 2、基本完成 / 3、未完成: degrees of one thing, or a requirement unmet — grades to choose, never points to add
_GRADED = lazy_compile(r"^.{1,4}?(?:未|没有|没|无|不|非)|基本|较|一般|部分|良好|优秀|合格|差|全部|完全")


def points_before_lines(text: str) -> str:
    """``text`` with each points line moved after the requirement it stands before, in brackets; unchanged unless
    the whole text is laid out so."""
    if "\n" not in text or "分" not in text:
        return text
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < 4 or len(lines) % 2:
        return text
    points = [_POINTS_LINE.fullmatch(line) for line in lines[0::2]]
    requirements = lines[1::2]
    if not all(points) or any(_POINTS_LINE.fullmatch(line) or _SCORES.search(line) or _GRADED.search(line) for line in requirements):
        return text
    if len(set(_WORDS.sub("", line) for line in requirements)) < len(requirements):
        return text  # the same requirement twice: which points are its?
    if not _numbered_from_one(requirements):
        return text
    return "\n".join(f"{requirement}({found.group(1)}分)" for requirement, found in zip(requirements, points))  # type: ignore[union-attr]


def _numbered_from_one(requirements: list[str]) -> bool:
    """1、… 2、… 3、… (or 1. / (1) / ①…): one style, counting up from 1, words after each number."""
    if all(line[:1] in _CIRCLED for line in requirements):
        return [_CIRCLED.index(line[0]) + 1 for line in requirements] == list(range(1, len(requirements) + 1)) \
            and all(re.match(r".[\u4e00-\u9fff“《]", line) for line in requirements)
    for style in _MARKS:
        numbers = [re.match(style + r"(?=[\u4e00-\u9fff“《])", line) for line in requirements]
        if all(numbers):
            return [int(found.group(1)) for found in numbers] == list(range(1, len(requirements) + 1))  # type: ignore[union-attr]
    return False
