"""A count's higher level naming again what the count before it counted: ``发现1户未回访的扣0.2分，2户及以上未回访的不得分`` /
``存在1处水源地不达标扣1分，2处及以上不达标本项不得分``. The words after the level (未回访 / 不达标) are the thing the clause
before counted (1户未回访的 / 1处水源地不达标), said again; the clause reader took them for a clause of their own and left
``2户及以上`` without an outcome (refused: “2户”没有用于计分). Said once, as the readers know the level:
``2户及以上的不得分`` — each one deducts, two or more take everything.

Only the level of two right after the count of one, in the same unit (1 deducts its amount whether 1户 is a step or a
level, so the reading is the same either way; 3户及以上 after 1户 leaves 2 to a guess: left as written), and only where its
words repeat that count's thing (or its tail: 水源地不达标 … 不达标); any other words stay as written (another thing)."""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_LEVEL_AFTER_ONE = lazy_compile(
    r"(?P<one>(?<![\d.])1(?P<unit>人次|户次|批次|户|处|个|人|次|项|件|起|家|所|宗|例|份|批)(?P<thing>[\u4e00-\u9fff]{2,15}?)的?"
    r"扣\d+(?:\.\d+)?分[,;])"
    r"(?P<level>2(?P=unit)(?:及以上|\(含\)以上|以上))(?P<again>[\u4e00-\u9fff]{2,15}?)(?P<item>本项|该项|此项)?的?"
    r"(?=不得分|扣\d)")


def level_named_once(text: str) -> str:
    """…1户未回访的扣0.2分,2户及以上未回访的不得分 → …1户未回访的扣0.2分,2户及以上的不得分."""
    def said_once(found: re.Match[str]) -> str:
        if not found.group("thing").endswith(found.group("again")):
            return found.group()
        return f"{found.group('one')}{found.group('level')}{found.group('item') or ''}的"

    return _LEVEL_AFTER_ONE.sub(said_once, text)
