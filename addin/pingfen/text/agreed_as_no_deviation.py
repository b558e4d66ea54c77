"""Agreeing with the amount compared with, the top band of a deviation: ``实际发放补贴与核定标准一致的得4分；偏差在5%以内的得
2分；偏差超过5%的不得分`` / ``结算金额与合同金额相符的得3分，偏差在±3%以内的得2分``. 一致 (相符) is no deviation at all —
偏差为0, as ``实际发放补贴与核定标准偏差为0的得4分`` says it, the deviation the later bands measure (rules/named_pair.py takes
the two amounts entered by name).

Only when the clause names the pair (A与B一致), is scored at once, and a later clause of the same sentence measures a 偏差:
一致 alone (资料与台账一致的得2分, a requirement met or not) is not a deviation's band, nor 基本一致 (大体 / 大致 /
总体): how near is left unsaid."""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_SCORED = r"(?:(?:得|计|记|给)(?:满分|\d+(?:\.\d+)?分)|不(?:得|计|记)分)"
# A与B一致 / A与B完全相符, scored, then a clause measuring the deviation (偏差在5%以内 / 偏差率超过5%)
_AGREED = lazy_compile(
    rf"(?P<pair>(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{{2,20}}?与[\u4e00-\u9fff]{{2,20}}?)(?<!基本)(?<!大体)(?<!大致)(?<!总体)(?:完全)?(?:一致|相符)"
    rf"(?=的?[,;]?{_SCORED}[,;][^。]*?(?P<word>偏差率?))"
)


def agreed_as_no_deviation(text: str) -> str:
    """``text`` with A与B一致 (相符) before the bands of their deviation as A与B偏差为0 (偏差率为0)."""
    return _AGREED.sub(lambda found: found.group("pair") + found.group("word") + "为0", text)  # (偏差率 if the bands say so)


__all__ = ["agreed_as_no_deviation"]
