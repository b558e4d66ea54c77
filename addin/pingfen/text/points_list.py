"""Items listed with their points and a 、 between them: ``公开帮扶措施1分、公开扶贫成效1分`` is two items, as a comma
would separate them. Read so only where the two items open with the same verb (公开…、公开…: one list of parallel
items), the points are bare (not 扣1分、…: a run of faults, fault_runs.py; not …的得2分、…: a situation's award) and
words follow (not 3分、2分: points listed for 分别); 产出指标50分、效益指标30分 (weights of different things) is left alone."""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_LISTED = lazy_compile(r"(?P<item>[\u4e00-\u9fff]{2,})(?P<points>\d+(?:\.\d+)?分)、(?=(?P<next>[\u4e00-\u9fff]{2}))")
_VERBS = lazy_compile(r"^(?:得|计|记|扣|减|加|给)")


def points_listed(text: str) -> str:
    def cut(match: re.Match[str]) -> str:
        item = match.group("item")
        if _VERBS.search(item[-1:]) or not item.startswith(match.group("next")):
            return match.group()
        return f"{item}{match.group('points')},"

    return _LISTED.sub(cut, text)
