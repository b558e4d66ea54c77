"""Deduction lists as tables print them, their clause boundaries lost or written in other ways:

- no punctuation between faults, a new fault starting right after the amount: ``在建工程兼作住宿的扣8分施工作业区与
  办公、生活区不能明显划分的扣6分`` / ``床铺杂乱,扣5分被子未叠,扣10分``;
- 、 between faults: ``有杂物扣3分、有积水扣2分``; a fault after 、 that opens with its negation shares the subject
  of the one before it (``全年工作无安排扣2分、无总结扣2分``: 全年工作无总结);
- a minus sign for 扣: ``一处不符要求-5分`` / ``-2分/次``;
- the amount's unit left out before a per-unit suffix or a clause's end, in a table whose other deductions are
  written in 分: ``不服从物流安排的扣2/次,私自填埋的扣5分/次`` / ``每发现一处扣2;…扣4分``;
- the count's unit with an alternative in brackets: ``每次(件)扣1分``; a page-chunk number between 扣 and its amount
  (``每件扣\n3、0.2分``).

Each is written as the list it is (``…扣8分;施工作业区…扣6分``, ``扣2分/次``), which the fault readings then read
(once, or per occurrence when 每次/一处/…/次 says so). A boundary is inferred only between two complete deductions:
after ``扣N分`` (with its per-unit suffix) and before words that end in a deduction of their own before the next
sentence ends. A number right after the amount (``每处扣5分20``, a table's column) starts no fault, and words that go
on from the amount (扣完为止, 以上, 后, 最多…) are no new fault: both are left for the reader to read or refuse.
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

# the count a deduction is per, written after it (扣0.5分/人, 扣2/次, 扣1分/人/节)
_UNITS = r"(?:批次|人次|户次|宗次|件次|车次|次|批|起|件|宗|例|处|项|个|人|户|条|家|篇|辆|台|座|套|节|天|日|月|份|张|本|册|所)"
# a clause's amount, with what it is per: 扣8分 / 扣5分/次 / 扣1分/人/节 / 得5分
_AMOUNT = lazy_compile(rf"(扣除|扣减|扣|得|计|记)(\d+(?:\.\d+)?)分(?:/{_UNITS})*(?![\d.])")
# 扣1分最多扣5分: the cap after an amount, its comma lost
_CAP_AFTER = lazy_compile(r"(?<=\d分)(?=(?:最多|最高|至多)(?:扣|得|计|记|加)?\d)")
# words before 扣 that make the amount a cap or a total, not a fault's deduction (最多扣10分 / 累计扣5分)
_CAP_BEFORE = lazy_compile(r"(?:最多|最高|至多|累计|合计|共计|共|总计|总共|直至|直到|为限|上限)$")
# what goes on from an amount instead of starting a new fault: 扣完为止, 以上, 为止, 后, 的, 分钟, 分值, 最多扣…
_GOES_ON = lazy_compile(
    r"以上|以下|以内|为止|为限|封顶|后|的|钟|值|之|止|满|计|及|至|或|和|与|并|且|另|再|则|最|扣|即|等|但|除|分|元"
    r"|直至|直到|累计|合计|共计|共扣|总分|总计|总扣|其中|其余|不扣|不再|不超|不得|不计|不记|上限")
_STARTS = lazy_compile(r"[\u4e00-\u9fff《“]")
# the deduction's own boundary signs
_STOPS = "；;。\n"
# 一处不符要求-5分 / 迟到-2分/次: a minus sign after a condition's words (never 3-5分, a range; never in a formula; never
# after a score's verb: 得-2分 is a score below 0, as written); a note in brackets may follow (差-1分(查阅相关文件))
_MINUS = lazy_compile(rf"(?<=[\u4e00-\u9fff”)])(?<![分值数得计记为扣加减给])[-−–](\d+(?:\.\d+)?)分(?:/({_UNITS}))?"
                      r"(?=$|[,，;；。\n(（]|[\u4e00-\u9fff][^,，;；。\n]*?[\u4e00-\u9fff][-−–]\d+(?:\.\d+)?分)")  # (迟到-1分早退-2分)
# A minus amount is a deduction when it is counted (一处不符要求-5分 / -2分/次) or when the text awards no points at all
# (迟到-1分,早退-2分); beside points awarded (符合2分,其他-1分) it may be the option's own negative score: left as written.
_COUNTED = lazy_compile(r"(?:每|一|1)(?:处|次|项|个|件|人|起|例|宗|条|户|天|份)")
_NOT_AWARDED = lazy_compile(r"(?:(?<![\d.])[-−–]|扣|满分|分值|总分|满分值|基本分|基础分|本项|该项|本指标|该指标|最多扣|最高扣|扣完)\d+(?:\.\d+)?分")
_AWARDED = lazy_compile(r"\d分(?!钟)")
# 优秀-10分,良好-8分,…,不合格-0分: the dash between a grade and its points (a 0 is never deducted): no minus at all
_GRADE_WORDS = (r"(?:非常|比较|较|基本|很)?(?:优秀|优|良好|良|合格|不合格|好|较好|中|一般|较差|差|满意|不满意|符合|不符合"
                r"|达标|不达标|完成|未完成|[A-Ea-e]|[甲乙丙丁]|[一二三四五]级|[一二三四五]等)(?:等级|等|级|档|类)?")
_GRADE = lazy_compile(_GRADE_WORDS)
_MARK = r"(?:[①-⑳]|\d{1,2}[、.)]|\(\d{1,2}\)|[一二三四五六七八九十]{1,3}、)"
_LIST_MARK = lazy_compile(rf"^{_MARK}")
# ①好-5分;②较好-3分: grades numbered are grades still (never 评价要点 each earning its points)
_MARKED_GRADE = lazy_compile(rf"(?:^|(?<=[,，;；。\n])){_MARK}(?={_GRADE_WORDS}[-−–]\d)")
# 扣2/次 / 每处扣2;: the amount without its 分
_BARE = lazy_compile(rf"(?<=[\u4e00-\u9fff])扣(\d+(?:\.\d+)?)(?:/({_UNITS})(?![\u4e00-\u9fff\d/])|(?=[,，;；。](?!\d)))")
# 部分完成得3分未完成不得分: a situation scoring nothing run on after an amount (cutting before the amounts alone would
# leave it glued to the option before it, once read as 部分完成 3 with 未完成 dropped)
_ZERO_TAIL = lazy_compile(rf"\d分(?:/{_UNITS})*[\u4e00-\u9fff《“][^;；。\n]*?(?:不得分|不计分|不记分|得0分|计0分|记0分)")
# 得分 / 满分: no points a clause earns (得分=…, 满分5分)
_SHARE_BEFORE = lazy_compile(r"(?:满|总|基本|基础)$")
_SCORED = lazy_compile(r"\d分|满分|不得分|不计分|不记分")
_WITH_UNIT = lazy_compile(r"扣\d+(?:\.\d+)?分")
# 1、…扣2分2、…: the list's next number right after an amount
_FIRST_ITEM = lazy_compile(r"\s*1[、.](?=[\u4e00-\u9fff《“])")
_ITEM_AFTER_AMOUNT = lazy_compile(rf"(?:扣|得|计|记)\d+(?:\.\d+)?分(?:/{_UNITS})*(\d{{1,2}})[、.](?=[\u4e00-\u9fff《“])")
# 每件扣\n3、0.2分: a mirror's page-chunk number between 扣 and its amount (no item starts with the points of a 扣 before it)
_CHUNK_IN_AMOUNT = lazy_compile(r"(?<=扣)\n\d{1,2}、(?=\d+(?:\.\d+)?分)")
# 每次(件)扣1分 / 每次(条)计0.05分: one count named two ways, deducted or awarded
_ALTERNATIVE_UNIT = lazy_compile(rf"(?<=每)({_UNITS})\({_UNITS}\)(?=扣|得|加|计|记)")
# 全年工作无安排: the subject (no negation in it: 未建立制度未执行 names none), then the negation a fault opens with
_NEGATION = lazy_compile(r"没有|无|未|不|缺")
_SUBJECT = lazy_compile(r"((?:(?!没有|无|未|不|缺)[\u4e00-\u9fff]){2,8}?)(?=没有|无|未|不|缺)")


def fault_runs(text: str) -> str:
    """The scoring lists of ``text`` written with their boundaries, minus signs as 扣 (see above)."""
    if "分" not in text:
        return text
    text = _CHUNK_IN_AMOUNT.sub("", text)
    minus = list(_MINUS.finditer(text))
    if _grades_apart(minus):  # 优秀-10分,良好-8分,合格-6分,不合格-0分: each grade's points
        text = _MINUS.sub(lambda m: m.group()[1:], _MARKED_GRADE.sub("", text))
    elif minus and not any(_GRADE.fullmatch(_clause_before(m)) or (not float(m.group(1)) and not _counted(m)) for m in minus):
        awards = _AWARDED.search(_NOT_AWARDED.sub("", text)) is not None
        text = _MINUS.sub(lambda m: _deduction(m) if not awards or _counted(m) else m.group(), text)
    text = _ALTERNATIVE_UNIT.sub(r"\1", text)
    return _CAP_AFTER.sub(",", _bounded(_numbered(text)))


def _counted(minus: re.Match) -> bool:
    """-2分/次 / 每处-5分: the minus amount counted (a zero so counted deducts nothing each time, never a grade's 0)."""
    return bool(minus.group(2) or _COUNTED.search(_clause_before(minus)))


def _numbered(text: str) -> str:
    """1、未建立制度扣2分2、未执行扣1分: a list numbered from 1 whose next number follows an amount with no sign between
    (the 2 is the item's number, in sequence, never the amount's column: a number without 、/. after it stays)."""
    if not _FIRST_ITEM.match(text):
        return text
    expected, position, cuts = 2, 0, []
    while (found := _ITEM_AFTER_AMOUNT.search(text, position)) is not None:
        if int(found.group(1)) == expected:
            cuts.append(found.start(1))
            expected += 1
        position = found.end()
    for cut in reversed(cuts):
        text = text[:cut] + ";" + text[cut:]
    return text


def _grades_apart(minus: list[re.Match]) -> bool:
    """Two grades or more, each a dash from its points, the points falling down the list: the dash is the table's
    separator (a grade is never scored below the one after it, and 0 is never deducted)."""
    points = [float(m.group(1)) for m in minus]  # ①好-5分;②较好-3分: each grade after its list number
    return len(minus) > 1 and all(_GRADE.fullmatch(_LIST_MARK.sub("", _clause_before(m))) and not m.group(2) for m in minus) \
        and all(a > b for a, b in zip(points, points[1:]))


def bare_amounts(text: str) -> str:
    """扣2/次 / 每处扣2; in a table that writes its other deductions in 分: the points, 每次扣2分 / 每处扣2分. (Run after
    normalize has put back the 分 of a table that lost every one, so that only a 分 written counts.)"""
    if "扣" not in text or not _WITH_UNIT.search(text):
        return text
    return _BARE.sub(_deduction, text)


def _clause_before(match: re.Match) -> str:
    return re.split(r"[,，;；。:：\n]", match.string[:match.start()])[-1]  # (评分标准(满分10分):优秀-10分: after the heading)


def _deduction(match: re.Match) -> str:
    """-5分 → 扣5分; 扣2/次 → 每次扣2分 (the unit each deduction counts, as the readers know it)."""
    unit = match.group(2)
    return f"每{unit}扣{match.group(1)}分" if unit else f"扣{match.group(1)}分"


def _bounded(text: str) -> str:
    if _ZERO_TAIL.search(text):
        return text  # (…部分完成得3分未完成不得分: the situation scoring nothing has no amount to cut before; left whole)
    amounts = [m for m in _AMOUNT.finditer(text) if not _CAP_BEFORE.search(text, 0, m.start())]
    amounts = [m for m in amounts if m.group(1)[0] == "扣" or not _SHARE_BEFORE.search(text, 0, m.start())]
    cuts: list[tuple[int, int, str]] = []  # (start, end, replacement)
    carried = ""  # 培训无计划扣2分、无记录扣1分、无考核扣1分: the subject shared down the list
    for first, second in zip(amounts, amounts[1:]):
        between = text[first.end():second.start()]
        listed = between.startswith("、")
        words = between[1:] if listed else between
        if not words or not _STARTS.match(words) or _GOES_ON.match(words) or any(stop in words for stop in _STOPS):
            continue
        if not re.search(r"[\u4e00-\u9fff]{2}", words) or "扣" in words or _SCORED.search(words):
            continue  # (扣1分一次扣2分: no words of a fault of its own; …扣2分符合要求得5分…: a score between)
        after_listed = bool(cuts) and cuts[-1][0] + 1 == _fault_start(text, first.start())  # (…无记录扣1分、无考核…)
        shared = _shared_subject(text, first.start()) or (carried if after_listed else "")
        shared = carried = shared if listed and first.group(1)[0] == "扣" == second.group(1)[0] and _NEGATION.match(words) else ""
        cuts.append((first.end(), first.end() + (1 if listed else 0), ";" + shared))
    for start, end, replacement in reversed(cuts):
        text = text[:start] + replacement + text[end:]
    return text


def _fault_start(text: str, deduction: int) -> int:
    """Where the fault whose deduction starts at ``deduction`` starts (after the sign that ends the one before)."""
    return max(text.rfind(sign, 0, deduction) for sign in ",，;；。\n:：、)") + 1


def _shared_subject(text: str, deduction: int) -> str:
    """全年工作无安排扣2分、无总结扣2分: the subject the first fault names before its negation, which the second (opening
    with its own negation) shares; empty when the first names none."""
    found = _SUBJECT.match(text, _fault_start(text, deduction), deduction)
    return found.group(1) if found is not None else ""
