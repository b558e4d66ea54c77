"""按要求报送全部12项月报的得3分，每少报1项扣0.5分 / 按时报送全部4期季报的得2分，每缺1期扣0.5分: all of a count of things,
said before the things (全部N项X), then a deduction per one of them short in the same unit. The count is the level to
reach, as 报送月报12项的得3分，每少报1项… says it — the things named first, then their count — which the reader reads
(a count with its points, the steps down from it); said as 全部12项月报 after a verb other than 完成, the count was
read as no level (12项 refused).

Only 全部 right before the count, words alone (no number, no punctuation) after it up to the points (…的得N分 /
得满分), and exactly one step counting the same unit (每少…1项 / 每缺1项 / 每差1项); anything else is left as written."""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_ALL_OF = lazy_compile(
    r"全部(?P<count>\d+)(?P<unit>项|个|份|期|篇|次|场|所|座|户|家|名|人|套|台|本|卷|条)"
    # (the things a noun: 8个村的改造 / 12项指标均达标 name more than the things, left as written)
    r"(?P<things>[^\W\d_的均都和及与或]{1,8}?)(?P<after>的?(?:得|计|记)(?:\d+(?:\.\d+)?分|满分))")
# 完成全部建设内容（12项）的得2分 / 报送全部月报（共12期）的: the count in brackets after the things, as 全部12项建设内容 says
_ALL_OF_BRACKETED = lazy_compile(
    r"全部(?P<things>[^\W\d_的均都和及与或]{1,8}?)\(共?(?P<count>\d+)(?P<unit>项|个|份|期|篇|次|场|所|座|户|家|名|人|套|台|本|卷|条)\)"
    r"(?P<after>的?(?:得|计|记)(?:\d+(?:\.\d+)?分|满分))")
_EACH_SHORT = r"每(?:少|缺|差|缺少)[\u4e00-\u9fff]{{0,3}}?1{unit}[^,;。\d]{{0,8}}?(?:扣|减)"


def all_count_named(text: str) -> str:
    found = list(_ALL_OF.finditer(text)) + list(_ALL_OF_BRACKETED.finditer(text))
    if len(found) != 1 or not text[found[0].start():].startswith("全"):
        return text
    unit = found[0].group("unit")
    if len(re.findall(_EACH_SHORT.format(unit=re.escape(unit)), text)) != 1:
        return text
    match = found[0]
    return f"{text[:match.start()]}{match.group('things')}{match.group('count')}{unit}{match.group('after')}{text[match.end():]}"
