"""A 考核标准 table row flattened into one cell: its row number, its requirement, its 分值 and its numbered
deductions run together — 43确定专人保管会计档案…移交档案部门保管。1分1、未确定专人保管的扣0.5分2、无移交清册的扣1分.

Read as 满分为1分。1、…扣0.5分;2、…扣1分 (the requirement is what the deductions check; the row number is the
table's) only when nothing else can be meant: the row number opens the cell, the 分值 stands right after the
requirement's full stop and right before item 1, the items count up from 1 and each only deducts, and no single
deduction is more than the 分值 (which would say the number is no 分值). A cell in this layout that breaks one of
these is refused naming the 分值 and what follows it.

The same row with its 扣分 column pasted after the 考核方法 cell (1、对外来人员没有进行检查2、没有有做好来访记录3、异常现象
未向上级报告-2-3-3): the faults numbered from 1, then one −N per fault, in their order. Read as 1、…，扣2分;2、…，扣3分;…
only when the numbers count up from 1, the −N are as many as the faults (two or more), and no fault has a number or a
scoring word of its own (a fault priced in its cell is not this layout: left to be refused as written), and each says a
failure (未…/不…/缺…/违…), never the requirement met.

The 分值 cell (with the row's name before it, or alone) may land between items ① and ② instead: ``①…扣5分;(10分)②…``.
Read as 满分为10分。①…;②… (or 有场所(15分)①…) only when the items only deduct and no other points are written."""
from __future__ import annotations

from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from .errors import RuleError
from .zero_situations import zeroing_situation

# 43确定专人…在一年保管期满后…移交。1分1、未确定…: the row number, the requirement up to its full stop (what the
# deductions check, its own numbers a part of it: 考核内容, never scored), the 分值 and item 1
_ROW = lazy_compile(r"^(\d{1,3})(?=[\u4e00-\u9fff《“])([^。]{4,}?)。(\d+(?:\.\d+)?)[ ]?分(?=1、)")
# a requirement that scores (…得2分。 / …扣1分。) is no 考核内容: not this layout
_SCORES = lazy_compile(r"\d分|[得扣计记加]分|不得分|满分")
# 1、未确定专人或兼职保管的扣0.5分: one numbered deduction, up to the next number or the end
_ITEM = lazy_compile(r"(\d{1,2})、((?:(?!\d{1,2}、).)+?扣[ ]?(\d+(?:\.\d+)?)[ ]?分)[。;,]?(?=\d{1,2}、|$)")
_OTHER_SCORING = lazy_compile(r"得|计\d|不予通过|不得分|加\d|最多|扣完\d")


# …异常现象未向上级报告-2-3-3: the 扣分 column, one −N per fault, after the last fault's words
_COLUMN = lazy_compile(r"(?<=[\u4e00-\u9fff])((?:-\d+(?:\.\d+)?){2,})$")
_FAULT_MARK = lazy_compile(r"(?:^|(?<=[\u4e00-\u9fff;；,，。]))(\d{1,2})[、.．](?=[\u4e00-\u9fff])")
_PRICED = lazy_compile(r"\d|每|各|扣|得分|\d分|加分|减分|计分|记分|不得|满分")


def column_deductions(text: str) -> str:
    """1、A2、B-4-3 → 1、A，扣4分;2、B，扣3分, or the text unchanged when it is not laid out this way."""
    column = _COLUMN.search(text)
    if column is None:
        return text
    points = column.group(1)[1:].split("-")
    marks = list(_FAULT_MARK.finditer(text, 0, column.start()))
    if len(marks) != len(points) or not marks or marks[0].start() != 0 \
            or [int(mark.group(1)) for mark in marks] != list(range(1, len(marks) + 1)):
        return text
    ends = [mark.start() for mark in marks[1:]] + [column.start()]
    faults = [text[mark.end():end].rstrip(";；,，。") for mark, end in zip(marks, ends)]
    if any(not fault or _PRICED.search(fault) or zeroing_situation(fault) is None for fault in faults):
        return text  # (1、按时交接班2、…-1-1: the requirement, not its failure — what is deducted for is not said)
    return ";".join(f"{number}、{fault}，扣{value}分" for number, (fault, value) in enumerate(zip(faults, points), 1))


# …扣5分;(10分)②… / …扣3分;有场所(15分)\n②…: the row's 分值 cell (and its name) landed between items ① and ②
_POINTS_BETWEEN = lazy_compile(r"(?<=[;；。])([\u4e00-\u9fff]{0,8})\((\d+(?:\.\d+)?)分\)\s*(?=②)")
_ANY_POINTS = lazy_compile(r"\(\d+(?:\.\d+)?分\)")
_AWARDS = lazy_compile(r"得|加|满分|计\d|记\d")


def points_between_items(text: str) -> str:
    """①…扣5分;(10分)②…扣2分 → 满分为10分。①…;②…, or the text unchanged when it is not laid out this way: the items
    numbered ①, ②…, each only deducting, and the one (N分) of the text between the first two (the heading reader then
    holds it to what the deductions take from)."""
    found = _POINTS_BETWEEN.search(text)
    if found is None or not text.startswith("①") or len(_ANY_POINTS.findall(text)) != 1 or _AWARDS.search(text):
        return text
    rest = text[:found.start()] + text[found.end():].lstrip()
    return f"{found.group(1)}({found.group(2)}分){rest}" if found.group(1) else f"满分为{found.group(2)}分。{rest}"


def row_deductions(raw: str, text: str) -> str:
    """The cell as 满分为K分 and its deductions, or unchanged when it is not laid out this way."""
    text = points_between_items(column_deductions(text))
    row = _ROW.match(text)
    if row is None or _SCORES.search(row.group(2)):
        return text
    items, position = [], row.end()
    while (item := _ITEM.match(text, position)) is not None:
        items.append(item)
        position = item.end()
    points = Decimal(row.group(3))
    unread = next((item.group() for number, item in enumerate(items, 1)
                   if int(item.group(1)) != number or _OTHER_SCORING.search(item.group(2))), None)
    if unread is not None or position != len(text) or not items:
        raise RuleError(raw, unread or text[position:position + 40],
                        "表格行的序号、分值与扣分说明连在一起，这条扣分说明无法识别，无法确定按什么计分")
    over = next((item.group(2) for item in items if Decimal(item.group(3)) > points), None)
    if over is not None:
        raise RuleError(raw, over, f"这条扣分超过了行中的“{row.group(3)}分”，无法确定该数值是否为本项分值")
    return f"满分为{row.group(3)}分。" + ";".join(f"{item.group(1)}、{item.group(2)}" for item in items)
