"""A numbered list of requirements, then one sentence scoring them all: ``1.…100%纳入低保和五保。2.…享受养老保险待遇。
以上指标,每项1.5分,不达标不得分`` — each requirement is a 评价要点 worth the points the closing sentence gives, met or
not met (the sentence says that not meeting one scores nothing for it). The points are written after each item, as
the reader reads such lists (``1.…(1.5分)。2.…(1.5分)。``), and the closing sentence goes.

A single item closed by ``以上指标,不达标不得分`` (no points) is that requirement met for the 分值, else nothing: written
``…的得满分,否则不得分``. The items may be numbered 1. / 1、 / (1) / ①, and the closing sentence may open with 每项 itself
(``…。每项2分,未达到的不得分``), or be the bracket (每项各2.5分) whose opening the copy lost, run into the last item
(``…(4)有一支村居民政信息员队伍每项各2.5分)``). Several items with no points leave open how the 分值 is shared (all or nothing, or in equal
parts): they are left as written, for the reader to refuse. So is a list whose items score of their own (得/扣/N分),
or whose numbers do not run 1, 2, 3 …
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

# 以上指标,每项1.5分,不达标不得分 / 上述各项每项各1分,未达到的不得分 / 以上指标,不达标不得分
# (以上4项每项1.5分,未落实的该项不得分: the items counted, then 该项 — the item not carried out, never the whole indicator)
_CLOSING = lazy_compile(
    r"(?:(?:以上|上述)?(?P<count>[2-9])项(?:指标)?[,，]?|(?:以上|上述)(?:指标|各项指标|各项|各条)?[,，]?|(?=每项))(?:每项各?(?P<each>\d+(?:\.\d+)?)分[,，;；]?)?"
    r"(?:不达标|未达标|达不到|未达到|不符合|未完成|没有完成|未落实|未做到)的?(?:该项|该要点)?(?:不得分|不计分|计0分|得0分)[。;；]?$")
# 1. / 1、 / (1) / ①: an item's number, at the start or after the previous item's end
# (a. / b.: lettered items, as some tables write them — a to h only, in order)
_ITEM = lazy_compile(r"(?:^|(?<=[。;；\n:]))\s*(?:(\d{1,2})[.、](?!\d)|\((\d{1,2})\)|([①-⑳])|([a-h])[.、](?![a-z]))")
# 河长制工作落实: before the first item: the indicator's name, kept as written
_TITLE = lazy_compile(r"[\u4e00-\u9fff“”]{2,20}:")
_SCORES = lazy_compile(r"\d\s*分|[得扣减计记加]分|满分|不得分")


# …(4)有一支村居民政信息员队伍(每项各2.5分) / …队伍每项各2.5分): the points in a bracket after the last item (its opening
# lost in the copy, the bracket then unbalanced by one)
_GLUED = lazy_compile(r"(?<![。;；\n(])(?P<open>\()?每项各?(?P<each>\d+(?:\.\d+)?)分\)[。;；]?$")


def shared_points(text: str) -> str:
    closing = _CLOSING.search(text)
    if closing is None or closing.start() == 0 or text[closing.start() - 1] not in "。;；\n":
        closing = _GLUED.search(text)
        if closing is None or text.count("(") != text.count(")") - (closing.group("open") is None):
            return text
    listed = text[:closing.start()]
    starts = list(_ITEM.finditer(listed))
    if not starts or [_number(m) for m in starts] != list(range(1, len(starts) + 1)):
        return text
    title = listed[:starts[0].start()]
    if title and not _TITLE.fullmatch(title):
        return text
    items = [listed[m.end():(starts[i + 1].start() if i + 1 < len(starts) else len(listed))].strip().rstrip("。;；")
             for i, m in enumerate(starts)]
    if any(not item or _SCORES.search(item) for item in items):
        return text  # an item scoring of its own: the closing sentence is no list's only method
    count = closing.groupdict().get("count")
    if count is not None and int(count) != len(items):
        return text  # 以上4项 after three items: which is the list? (left for the reader to refuse)
    each = closing.group("each")
    if each is None:
        if len(items) > 1:
            return text  # 1.…2.…以上指标,不达标不得分: all or nothing, or shares? not said
        return f"{title}{items[0]}的得满分,否则不得分。"
    return title + "".join(f"{index}.{item}({each}分)。" for index, item in enumerate(items, start=1))


def _number(item: re.Match) -> int:
    if item.group(4) is not None:
        return ord(item.group(4)) - ord("a") + 1
    return int(item.group(1) or item.group(2)) if item.group(3) is None else ord(item.group(3)) - ord("①") + 1
