"""评价要点 numbered N.1, N.2, … each with its points, as internal-control tables print them, often under their
heading and its points: 1.内部控制建设启动情况(本指标14分)1.1成立领导小组(4分)1.2开展专题培训(3分)…

Read as the list of points the bracketed points read (①成立领导小组(4分)②开展专题培训(3分)…), only when the items
follow one another (same N, M counting up from 1, at least two, every one closing on its own points, nothing
after them). The heading's (本指标N分) is the points the items add up to: when they do not, the rule is refused
naming the heading, as no one can tell which of the two is wrong."""
from __future__ import annotations

import re
from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from ..text.numbers import general_text
from .errors import RuleError

_HEADING = lazy_compile(r"^(?:(\d{1,2})[.、])?([^()\d|]{2,40}?)\((?:本指标|本项|该指标|该项)(\d+(?:\.\d+)?)分\)")
# 1.1成立领导小组(含分管领导)(4分): an item's own number, its words (brackets of words allowed) and its points
# (never 1.1万元以上(2分);1.2万元以下(1分): amounts with a unit, bands of a value)
_ITEM = lazy_compile(r"[|;。]?(\d{1,2})\.(\d{1,2})(?=[\u4e00-\u9fff《“])(?![万亿千百元个人次件项年月日天倍吨亩公里米户家分])((?:[^()|]|\((?!\d+(?:\.\d+)?分\))[^()]*\))+?)"
                     r"\((\d+(?:\.\d+)?)分\)")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def decimal_items(raw: str, text: str) -> str:
    """The text with its N.M items as a list of points (the heading dropped once its points agree), or unchanged."""
    heading = _HEADING.match(text)
    start = heading.end() if heading else 0
    items, position = [], start
    while (item := _ITEM.match(text, position)) is not None:
        items.append(item)
        position = item.end()
    if len(items) < 2 or text[position:].strip("。;| ") or items[0].start(1) != start + (text[start] in "|;。"):
        return text
    section = items[0].group(1)
    if heading and heading.group(1) and heading.group(1) != section:
        return text  # 2.…(本指标6分)3.1…: the items of another heading
    if any(item.group(1) != section or int(item.group(2)) != number for number, item in enumerate(items, 1)):
        return text  # 1.1 … 1.3: an item missing, or numbers that are no list
    if len(items) > len(_CIRCLED):
        return text
    points = sum((Decimal(item.group(4)) for item in items), Decimal(0))
    if heading and Decimal(heading.group(3)) != points:
        raise RuleError(raw, heading.group().lstrip("0123456789.、"),
                        f"各评价要点分值合计{general_text(points)}分，与写明的{general_text(Decimal(heading.group(3)))}分不一致")
    return "".join(f"{mark}{item.group(3).strip()}({item.group(4)}分)" for mark, item in zip(_CIRCLED, items))
