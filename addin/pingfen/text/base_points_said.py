"""The base points said after a rule that adds and deducts around a level: ``年度新增外贸备案企业30家，超额完成的每多5家加
0.5分，最高加1分；未完成的，每少5家扣1分，扣完为止。（基础分4分）`` / ``服务对象满意度以90%为基准，每高1%加0.2分…，每低1%扣
0.5分…；基础分4分。`` — the 基础分 is what the level itself scores, the additions and deductions counted from it: the rule
is ``年度新增外贸备案企业30家得4分，超额完成的…``, as tables that put the points on the level write it.

Only when the rule opens with the level alone (a number, no score) and then both adds and deducts by steps; a 基础分
beside anything else (a total said too, 满分5分; steps one way only) is left as written, for the reader to refuse.
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_NOTE = lazy_compile(r"[。;,]?\(?(?:本项|该项|本指标|该指标)?(?:基础分|基本分|基准分)为?(?P<points>\d+(?:\.\d+)?)分\)?。?$")
_LEVEL = lazy_compile(r"^(?P<level>[^,;。()分]*\d[^,;。()分]*?),")
_ADDS = lazy_compile(r"每[^,;。]{1,12}?加\d")
_DEDUCTS = lazy_compile(r"每[^,;。]{1,12}?扣\d")


def base_points_said(text: str) -> str:
    note = _NOTE.search(text)
    if note is None or note.start() == 0:
        return text
    rule = text[:note.start()]
    level = _LEVEL.match(rule)
    if level is None or not _ADDS.search(rule) or not _DEDUCTS.search(rule) or re.search(r"满分|总分|分值", rule):
        return text
    return f"{level.group('level')}得{note.group('points')}分{rule[level.end('level'):]}。"
