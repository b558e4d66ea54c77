"""Items listed with their points and a 、 between them: ``公开帮扶措施1分、公开扶贫成效1分`` is two items, as a comma
would separate them. Read so only where the two items open with the same verb (公开…、公开…: one list of parallel
items), the points are bare (not 扣1分、…: a run of faults, fault_runs.py; not …的得2分、…: a situation's award) and
words follow (not 3分、2分: points listed for 分别); 产出指标50分、效益指标30分 (weights of different things) is left alone.
Items 其中 lists and a sentence saying each earns its own points are written as 评价要点 (①…(2分);②…(2分))."""

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

    return _LISTED.sub(cut, _each_item_earned(text) if "其中" in text or "每完成1项" in text else text)


# 其中:提高灌溉水利用系数2分、新增和改善节水灌溉面积2分、…,每完成1项取得该项分数,未完成项不得分: the items 其中 lists
# (or the text opens with: once 未完成项不得分 zeroed the whole indicator),
# each with its points, and the sentence saying each item done earns its own — written as the 评价要点 they are (never
# options to choose one of, nor weights: 其中:产出指标50分、效益指标30分 alone is left as written)
_EARNED_EACH = lazy_compile(r"(?:其中[:：]|^)(?P<run>(?:[\u4e00-\u9fff“”]{2,}(?<![得计记扣减加给])\d+(?:\.\d+)?分[、;])+"
                            r"[\u4e00-\u9fff“”]{2,}(?<![得计记扣减加给])\d+(?:\.\d+)?分)"
                            r"[,;]每完成1项(?:取得|得|计|记)该项(?:分数|分值)(?:[,;]未完成(?:的)?项(?:目)?不得分)?(?=[;。]|$)")
_ITEM = lazy_compile(r"([\u4e00-\u9fff“”]+?)(\d+(?:\.\d+)?分)")


def _each_item_earned(text: str) -> str:
    def items(match: re.Match[str]) -> str:
        listed = _ITEM.findall(match.group("run"))
        if len(listed) > 20:
            return match.group()
        return ";".join(f"{chr(0x2460 + index)}{words}({points})" for index, (words, points) in enumerate(listed))

    return _EARNED_EACH.sub(items, text)
