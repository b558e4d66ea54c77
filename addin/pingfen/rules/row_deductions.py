"""A 考核标准 table row flattened into one cell: its row number, its requirement, its 分值 and its numbered
deductions run together — 43确定专人保管会计档案…移交档案部门保管。1分1、未确定专人保管的扣0.5分2、无移交清册的扣1分.

Read as 满分为1分。1、…扣0.5分;2、…扣1分 (the requirement is what the deductions check; the row number is the
table's) only when nothing else can be meant: the row number opens the cell, the 分值 stands right after the
requirement's full stop and right before item 1, the items count up from 1 and each only deducts, and no single
deduction is more than the 分值 (which would say the number is no 分值). A cell in this layout that breaks one of
these is refused naming the 分值 and what follows it."""
from __future__ import annotations

from decimal import Decimal

from ..text.lazy_regex import lazy_compile
from .errors import RuleError

# 43确定专人…在一年保管期满后…移交。1分1、未确定…: the row number, the requirement up to its full stop (what the
# deductions check, its own numbers a part of it: 考核内容, never scored), the 分值 and item 1
_ROW = lazy_compile(r"^(\d{1,3})(?=[\u4e00-\u9fff《“])([^。]{4,}?)。(\d+(?:\.\d+)?)[ ]?分(?=1、)")
# a requirement that scores (…得2分。 / …扣1分。) is no 考核内容: not this layout
_SCORES = lazy_compile(r"\d分|[得扣计记加]分|不得分|满分")
# 1、未确定专人或兼职保管的扣0.5分: one numbered deduction, up to the next number or the end
_ITEM = lazy_compile(r"(\d{1,2})、((?:(?!\d{1,2}、).)+?扣[ ]?(\d+(?:\.\d+)?)[ ]?分)[。;,]?(?=\d{1,2}、|$)")
_OTHER_SCORING = lazy_compile(r"得|计\d|不予通过|不得分|加\d|最多|扣完\d")


def row_deductions(raw: str, text: str) -> str:
    """The cell as 满分为K分 and its deductions, or unchanged when it is not laid out this way."""
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
