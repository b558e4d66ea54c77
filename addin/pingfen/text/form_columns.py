"""A printed form's other columns, copied in between its tick-box options: ``□名称牌匾悬挂于办公场所外或门厅处(5分)\\n名称牌匾\\n
1□名称牌匾悬挂于办公场所内(3分)\\n(5分)\\n□未悬挂名称牌匾(0分)`` — the row's number (1) and its 分值 ((5分)) are no part of
any option. After the first option, a line (or a line's start before a box) that is only a number of one or two digits
(the 序号 column) goes, and so does a bracketed (N分) when N is the highest option's points (the 分值 column); any other
number stays, for the reader to refuse. The indicator's name (名称牌匾, in words) is left to the tick-box reader
(rules/tick_boxes.py), which takes words only between the options.
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_OPTION_POINTS = lazy_compile(r"[□☐][^□☐\n()\d]{2,40}?\((\d+(?:\.\d+)?)分\)")
_SERIAL = lazy_compile(r"^\d{1,2}(?=[□☐]|$)")
_COLUMN = lazy_compile(r"^\((\d+(?:\.\d+)?)分\)(?=[□☐]|$)")


def form_columns(text: str) -> str:
    points = [float(found.group(1)) for found in _OPTION_POINTS.finditer(text)]
    if len(points) < 2 or "\n" not in text:
        return text
    lines = text.split("\n")
    first = next(i for i, line in enumerate(lines) if _OPTION_POINTS.search(line))
    for index in range(first + 1, len(lines)):
        line = _SERIAL.sub("", lines[index])
        column = _COLUMN.match(line)
        if column is not None and float(column.group(1)) == max(points):
            line = line[column.end():]
        lines[index] = line
    return re.sub(r"\n+", "\n", "\n".join(lines)).strip("\n")
