"""Notes around a deduction list that are no part of its scoring: ``实行扣分制,该项基础分为30分。…,以成果质量联席会议认定为准``.
实行扣分制 announces that the item is scored by deductions (which the sentences after it write out), 该项基础分为30分 is the
item's 分值 (read as 本指标满分为30分 is, by the parser's preface), and a closing 以…认定为准 after a comma names who finds the faults. Dropped only
when no number is in them (以100%为准 is a level) and deductions follow (实行扣分制 alone is refused: what is deducted?)."""

from __future__ import annotations

from ..text.lazy_regex import lazy_compile

_SYSTEM = lazy_compile(r"^(?:实行|采用|采取|实施)扣分制[,;。]?(?=.*扣\d)")
# 实行扣分制,该项基础分为30分: the base the parser's preface drops, which the points awarded must agree with
_BASE = lazy_compile(r"^(?:实行|采用|采取|实施)扣分制[,;。]?(?:该项|本项|该指标|本指标)(?:基础分|基本分)为?(\d+(?:\.\d+)?)分")
_AWARDED = lazy_compile(r"(?:得|计|记)(\d+(?:\.\d+)?)分")
_FOUND_BY = lazy_compile(r",以[^,;。\n\d%]{2,24}?(?:认定|核定|确认|通报|告知单|反馈)为(?:准|依据)[;。]?$")


# …谈话(1分)。(2分)\n按分项打分: the items' own points are the method, said again after them (points per item before it)
_BY_ITEMS = lazy_compile(r"(?<=[;。)\n])\s*(?:按|依)?分项(?:打分|计分|评分|赋分|得分)[;。]?$")
_ITEM_POINTS = lazy_compile(r"\d+(?:\.\d+)?分\)")


# …每项2分,共50分,甲、乙类单位实行统一的考核办法 / …,各乡镇统一按本标准考核: who the method applies to, all alike —
# no number, closing the cell, never how a score is worked
_SCOPE = lazy_compile(r"[,;。](?:[^,;。\d]{1,20}?)(?:实行|执行|采用|适用|按)(?:统一的?|相同的|同一|本)(?:考核|评分|计分|考评)?"
                      r"(?:办法|标准|方法|细则)(?:考核|评分|计分)?[;。]?$")


# …(3)重大事项变更按程序报批1分(4)成果按规定登记1分;符合一项得一项分,不符合不得分: each point met earns its own points
# (none met, none) — the items' points are the method, said again after them
_EACH_MET = lazy_compile(r"[;。,]\s*(?:符合|满足|达到)(?:1|一)项得(?:1|一)项(?:的)?分(?:值)?(?:[,;](?:不符合|未达到|不满足)的?不得分)?[;。]?$")
_MARKERS = lazy_compile(r"\(\d{1,2}\)|[①-⑳]|(?:^|(?<=[;。:]))\d{1,2}[.、](?!\d)")
_POINTS = lazy_compile(r"\d分")


# …不规范卷宗每卷扣0.2分,同一卷宗存在多个问题的不重复扣分 / …每处扣0.2分;同一问题不重复扣分: how the faults are counted
# (one file with three problems is one file), closing a deduction per occurrence — the count entered is already of
# the files (or problems) the 每 names, so the note changes no arithmetic. Not 不重复计分 after levels or bonuses
# (highest_note.py: only the highest counts), which this never sees without a 每…扣 before it.
_NOT_TWICE = lazy_compile(r"[,;。](?:同一|同1)[\u4e00-\u9fff]{1,6}?(?:存在|有|出现)?(?:多个|多处|多项|多种)?(?:问题)?的?,?"
                          r"(?:不重复扣分|不重复扣|只扣1次|只扣一次)[;。]?$")
_PER_OCCURRENCE_DEDUCTED = lazy_compile(r"每[\u4e00-\u9fff]{1,3}扣\d")
# …引发事故的,本项不得分,并在总分中另扣5分(另扣分不在本项体现): after the item zeroed, a deduction from the evaluation's
# total — outside this item's score, which is 0 whatever it is (once a fault named 并在总分中另, taking 5 from the item)
_FROM_THE_TOTAL = lazy_compile(r"(?<=不得分|不计分|不记分),?并?(?:另)?(?:在|从)(?:总分|总得分)中?(?:另|再)?(?:扣|扣除|扣减|减)"
                               r"\d+(?:\.\d+)?分(?:\([^()\d]*\))?(?=[;。\n]|$)")


def drop_notes(text: str) -> str:
    """``text`` without the deduction system's announcement, the base points and who finds the faults (and a closing
    按分项打分 or 符合一项得一项分 after items with their points, and a closing note that all are scored alike)."""
    text = _SCOPE.sub("", text)
    text = _FROM_THE_TOTAL.sub("", text) if "总" in text else text
    if _PER_OCCURRENCE_DEDUCTED.search(text):
        text = _NOT_TWICE.sub("", text)
    if len(_ITEM_POINTS.findall(text)) >= 2:
        text = _BY_ITEMS.sub("", text).rstrip()
    if "项得" in text and len(_MARKERS.findall(text)) >= 2 and len(_POINTS.findall(text)) >= 2:
        text = _EACH_MET.sub("", text).rstrip()
    if not _SYSTEM.search(text):
        return text
    base = _BASE.search(text)
    if base is not None and any(points != base.group(1) for points in _AWARDED.findall(text)):
        return text  # 该项基础分为20分…无问题得30分: which is the item's points? (refused on 实行扣分制)
    text = _SYSTEM.sub("", text)
    return _FOUND_BY.sub("", text).strip()  # (该项基础分为30分: the parser's preface, checked against the reading)


def none_found_award(clause: object) -> bool:
    """无质量问题反馈得30分 / 未发现问题的得满分, said after the deductions: the points when none of them happened."""
    return _NONE_FOUND.match(getattr(clause, "text", "")) is not None


# (全年无违规的得满分: the faults named by what they break — 违规, 违纪 — as well as 问题)
_NONE_FOUND = lazy_compile(r"^(?:全年|年度内|当年)?(?:无|没有|未发现|未出现|未发生)[\u4e00-\u9fff]{0,10}?(?:问题|违规|违纪)[\u4e00-\u9fff]{0,6}?的?,?(?:得|计|记)")


def verified_only(what: str) -> bool:
    """经调查核实 / 经查实 before 每户扣1分: only how the faults are found, the fault itself named before it."""
    return _VERIFIED.fullmatch(what) is not None


_VERIFIED = lazy_compile(r"(?:经|被)?(?:调查|检查|核查)?(?:核实|查实|属实|确认)|(?:情况|情节|投诉|举报|反映)(?:经核实)?属实")  # 情况属实每次扣3分
