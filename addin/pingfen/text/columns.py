"""A table row flattened with spaces, its 分值 column first (after the item's name), between two sentences or last: ``水源充足 通风良好得 1 分 供电稳定得 1 分 2`` /
``净道与污道分开 不交叉 未区分扣 2 分 存在交叉扣 1 分 2``. The bare number after the last points, spaced off, is the
row's 分值 column, not part of the last sentence (``扣1分2`` would read as 扣12分 once the spaces go): it is set off as
a sentence of its own, which the reader then takes for the 分值 only when it is the reading's highest score (or the
points its deductions are taken from) — else it is refused as a number not read (heading_points.points_column).
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

# (…70％以下不得分 6: the last band's points said in words — 不得分, 得满分 — as well as in a number)
_TRAILING_POINTS = lazy_compile(r"((?:\d[ \t\u3000]*|不[得计记给]|满)分)[ \t\u3000]+(\d{1,3}(?:\.\d+)?)[ \t\u3000]*$")


# 1、施工项目现场 30 1)每发现一项隐患扣 0.5 分…: the 分值 column between the item's name and its first numbered point
_LEADING_POINTS = lazy_compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(\d{1,3}(?:\.\d+)?)[ \t\u3000]+(?=1\))")


# …未完成不得分; 10 全部完成补贴资金下发得5分…: the 分值 cell spliced between two sentences (no unit after it)
_SPLICED_POINTS = lazy_compile(r"(?<=[;；。])[ \t\u3000]+(\d{1,3}(?:\.\d+)?)[ \t\u3000]+"
                               r"(?=[\u4e00-\u9fff])(?![个项次分人家条名份场支处月天年件户篇节期元例宗笔批所座台套周本册万亿千百以上])")


def _spliced_to_end(text: str) -> str:
    """The one 分值 cell spliced between sentences, moved after the text's end, where the reader takes it for the 分值
    column only when it is the reading's highest score."""
    found = list(_SPLICED_POINTS.finditer(text))
    if len(found) != 1 or _TRAILING_POINTS.search(text):
        return text
    rest = (text[:found[0].start()] + text[found[0].end():]).rstrip()
    return rest + ("" if rest.endswith(("。", ";", "；")) else "。") + found[0].group(1)


# 预算执行率 10 预算执行率达100%得10分… / 认辅役男人数15\n\n认辅役男人数达10人(含)以上者…: the item's name, its 分值
# cell, then the rule naming the item again — the number stands between the name and its restatement, spaced or on a
# line of its own, so it is no level of the rule (a level follows the name it measures: 预算执行率10%). Only when the
# rule writes those points itself (得10分): a table's 指标值 column stands there too (满意度 90 满意度达到90%以上得满分)
_POINTS_BEFORE_RESTATED_NAME = lazy_compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,16})(?:[ \t\u3000]+(?P<spaced>\d{1,3}(?:\.\d+)?)[ \t\u3000\n]+"
    r"|(?P<lined>\d{1,3}(?:\.\d+)?)[ \t\u3000]*\n\s*)(?=(?P=name))")


def _points_before_restated_name(found: re.Match[str]) -> str:
    points = found.group("spaced") or found.group("lined")
    if not re.search(rf"(?<![\d.]){re.escape(points)}[ \t\u3000]*分", found.string[found.end():]):
        return found.group()
    return f"{found.group('name')}({points}分)。"


def points_column_apart(text: str) -> str:
    """The 分值 column kept apart from the numbers beside it: after the last points (…得 1 分 2 → …得1分。2), before
    the first numbered point (施工项目现场 30 1)… → 施工项目现场(30分)。1)…, not 301)…), and between the item's name
    and the rule that names it again (预算执行率 10 预算执行率达100%… → 预算执行率(10分)。预算执行率达100%…). The item's
    heading is then read as any heading is: its points must be what the rule scores at most."""
    text = _POINTS_BEFORE_RESTATED_NAME.sub(_points_before_restated_name, text, count=1)
    return _LEADING_POINTS.sub(r"(\1分)。", _TRAILING_POINTS.sub(r"\1。\2", _spliced_to_end(text)))
