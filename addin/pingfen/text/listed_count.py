"""农气观测、发报、报表三项总错比 / 资金、人员、制度三项: the count after a list said with 、, restating how many things it
lists, is part of the name it makes (the 总错比 of those three), never a level or a count the rule scores.

The count is dropped only when it is exactly the number of things listed before it (three for A、B、C), counted in
项, and followed by a measure of them all (总错比, 综合合格率); any other count is left for the reader to place:
A、B两项以上, 优秀、良好、合格三个等次 (grades the reader counts against the points listed after them), 符合A、B、C三项
要求的得满分，每缺1项扣1分 (the requirements a deduction per one missing counts).
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

# …报表三项总错比≤ / …三项综合合格率≥: the count before a measure of them all (a rate or ratio said right after it)
_LISTED_COUNT = lazy_compile(r"((?:[\u4e00-\u9fff]+、)+[\u4e00-\u9fff]+?)(\d)项(?=[\u4e00-\u9fff]{0,6}?(?:率|比例|占比|比)(?![\u4e00-\u9fff]))")


def without_listed_counts(text: str) -> str:
    def drop(match) -> str:  # type: ignore[no-untyped-def]
        listed = match.group(1).count("、") + 1
        return match.group(1) if int(match.group(2)) == listed else match.group()

    return _LISTED_COUNT.sub(drop, text)
