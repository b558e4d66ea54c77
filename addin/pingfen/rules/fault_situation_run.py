"""A kind of fault named by only the last clause of its situation: ``技工不具备岗位技能要求,未实行持证上岗的扣5分`` was the
kind ``未实行持证上岗`` — unskilled workers, the first half of what is deducted for, lost (a site whose workers all held
certificates but lacked the skills lost nothing). Every clause run by commas into the one the deduction is written in,
back to the sentence's start or the deduction before, is part of the situation when one of them says a failure
(不具备 / 不合理 / 多于…); the kind is named by all of them, as a situation said before a bare 每项扣1分 already is
(item_deductions._situation_run). A requirement restated before its failure (按时报送报表,未按时报送的扣2分: nothing failing),
how it is checked (查阅资料, / 经抽查,), or a clause with a number (a deduction before, a level) are left as read.
The one situation counted alone (制度不健全,执行不到位,发现一次扣1分 was each 执行不到位) takes the failures before it the same
way, listed with 、 as 制度不健全、执行不到位 is read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .clauses import PERIODS
from .errors import Unplaced
from .fault_kinds import FaultKinds
from .model import ItemFailures, Scorer
from .zero_situations import ZeroSituations
from ..text.lazy_regex import lazy_compile

# a sentence's end, or an item's marker (①, (1), 2、, 9.): the situation starts after it
_SENTENCE_EDGE = lazy_compile(r"[;；。:：\n]|[①-⑳]|\(\d{1,2}\)|（\d{1,2}）|\([一二三四五六七八九十]{1,3}\)|（[一二三四五六七八九十]{1,3}）"
                              r"|(?<![\d.])\d{1,2}[、.．](?!\d)")
_COMMA = lazy_compile(r"[,，]")
_HOW_CHECKED = lazy_compile(r"^(?:经|要|需)?(?:查|检查|查看|查阅|核查|抽查|根据|依据|评价要点|考核|按照|对照)")
_NUMBER = lazy_compile(r"[\d分]")  # a deduction before (…扣2分,), a level (不少于3次,)
# a failure said: 不具备 / 不合理 / 未实行 / 无批文 / 没有… / 缺… / 多于…标准 / 超过… / 低于… / 滞后 / 混乱
# (不少于4人 / 不低于90% / 不超过3次 is the level required, no failure)
# (迟到 / 早退 / 旷工 / 漏报 / 错报 / 逾期: a failure said without a negation — 学生迟到,早退的每人次扣0.5分 lost the lateness;
# 乱堆乱放 / 脏 / 破损 alike: 发现施工现场材料乱堆乱放,影响车辆通行扣5分 was 影响车辆通行 alone)
_FAILING = lazy_compile(r"不(?!少于|低于|超过|高于|多于|大于|小于|得)|未|无|没有|缺|(?<!不)(?:多于|少于|超过|超出|低于|高于)|滞后|混乱|违反|违规"
                        r"|迟到|早退|旷工|缺勤|漏报|错报|迟报|逾期|超期|拖延"
                        r"|乱[堆放扔倒停贴画搭建摆丢排写涂]|脏|破损|损坏")
# a number the situation is measured in (党费80% / 多于标准20%以上 / 少于4人), never a table's column glued in (微伤事故20不歇工)
_LEVEL = lazy_compile(r"\d+(?:\.\d+)?(?:%|‰|人|名|次|个|天|日|月|年|项|处|户|元|万元|件|家|座|公里|米|亩|宗|起|例)")
# what follows a fault's name where it is deducted for: its deduction in its clause, or opening the next (…的,扣5分 /
# …,每处扣1分) — never a clause of other words (疫情检测报告监督,检查扣5分 is no deduction of 检测)
_DEDUCTED_AFTER = lazy_compile(r"[^,，;；。:：\n]{0,12}?(?:扣|减|不得分|不计分|得0分)"
                               r"|的?[,，](?:扣|减|每|各|分别|发现|出现|一|1|不得分|不计分|此项|该项|本项)")
_BARE = lazy_compile(r"(?:未|不|没有|无)[\u4e00-\u9fff]{1,3}")  # 不落实 / 未建立 / 未执行: a failure of what is said before
_SCORED = lazy_compile(r"分|扣|得|加|减")  # a clause that scores (…的扣2分, / (3分)): the one before, not the situation
# 人员配备(4分) / 专职副书记配备4分 before the words that follow in the same clause: an item's heading and its points
_HEADING_POINTS = lazy_compile(r"^[^,，;；。]*?\d+(?:\.\d+)?分[)）]?(?=[\u4e00-\u9fff])")
_MARKS = lazy_compile(r"[\s“”\"'《》()（）,，、]")


def named_by_whole_situation(scorer: Scorer, text: str) -> Scorer:
    if isinstance(scorer, ZeroSituations):
        inner = named_by_whole_situation(scorer.scorer, text)
        return scorer if inner is scorer.scorer else replace(scorer, scorer=inner)
    if isinstance(scorer, ItemFailures) and scorer.situation and scorer.per is not None:
        # 制度不健全,执行不到位,发现一次扣1分: each time either is found, as 制度不健全、执行不到位 is read (once the
        # occurrences of 执行不到位 alone). Only failures are joined: the requirement a bare failure names (开展季度检查
        # 工作,未开展的,1次扣4.5分) is no second situation to list with 、.
        listed = _listed_before(scorer.situation, text)
        if listed:  # 抽取数量不符合规定的;未在专家库中抽取专家的,发现一次扣1分: each time any of them is found
            return replace(scorer, situation="、".join(listed + [scorer.situation]))
        run = _whole(scorer.situation, scorer.what, text)
        parts = run.split("，")
        if run == scorer.situation or not all(_FAILING.search(part) for part in parts):
            return scorer
        return replace(scorer, situation="、".join(parts))
    if not isinstance(scorer, FaultKinds) or scorer.items:
        return scorer
    listed_faults = []
    for fault in scorer.faults:
        listed = _listed_before(fault.what, text)
        if listed and (fault.once or fault.points is not None or fault.zeroes or fault.short):
            # 未建立制度的;未开展培训的,扣2分: 2 for either, or 2 for each? (once the first lost, silently)
            raise Unplaced(listed[0], f"以“；”列在“{fault.what}”之前的情形“{'、'.join(listed)}”没有写扣分，"
                                      "是否与之同样扣分、各扣一次还是合扣一次没有写明", certain=True)
        # 抽取数量不符合规定的;未在专家库中抽取专家的,每次扣1分: each time any of them happens (once the first lost)
        listed_faults.append(replace(fault, what="、".join(listed + [fault.what])) if listed else fault)
    if listed_faults != list(scorer.faults):
        return replace(scorer, faults=tuple(listed_faults))
    faults = tuple(replace(fault, what=_whole(fault.what, fault.unit, text)) for fault in scorer.faults)
    if faults == scorer.faults or len({fault.what for fault in faults}) != len(faults):
        return scorer
    return replace(scorer, faults=faults)


def _whole(name: str, unit: str, text: str) -> str:
    """The fault's name with the failing clauses run into it before, or the name as read."""
    at = _where(name, text) if unit not in PERIODS and len(name) >= 2 else -1
    if at < 0:
        return name  # (每月未开展…的: the period opens the name; a name said twice: which one is not clear)
    edges = [m.end() for m in _SENTENCE_EDGE.finditer(text, 0, at)]
    before = text[edges[-1] if edges else 0:at].rstrip()
    if not _COMMA.fullmatch(before[-1:]):
        return name  # 关键岗位未实行持证上岗扣5分: the words before the name are its own
    kept: list[str] = []
    for part in reversed([p.strip() for p in _COMMA.split(before)][:-1]):
        # 人员配备(4分)应配备2名专职人员,未配备的: the heading's points glued before the requirement score nothing of it
        # (once the requirement, its number with it, was passed over as a clause that scores)
        said = _HEADING_POINTS.sub("", part)
        if _LEVEL.search(said) and not _SCORED.search(said) and (_FAILING.search(said) or _BARE.fullmatch(name)):
            # 人员配备多于标准20%以上,未实行持证上岗的扣5分 / 党费80%留给党支部,不落实的扣1分: a level failed, or the
            # requirement a bare failure names, that no name can carry
            raise Unplaced(said, f"扣分情形只读到“{name}”，前面的“{said}”（含数值）没有读入，无法按原意计分", certain=True)
        if not part or _HOW_CHECKED.search(part) or _NUMBER.search(part):
            break  # 查阅资料, / 台账不全的扣2分, / 不少于3次,: how it is checked, the deduction before, a level required
        kept.insert(0, part)
    said = _MARKS.sub("", name)
    kept_failing = [part for part in kept if _MARKS.sub("", part) not in said]
    if not kept_failing or not (_BARE.fullmatch(name) or any(_FAILING.search(part) for part in kept_failing)):
        return name  # 按时报送报表,未按时报送的扣2分: the requirement said before its failure (建立台账,未建立的: named by it)
    return "，".join(kept + [name])


def _listed_before(name: str, text: str) -> list[str]:
    """抽取数量不符合规定的;未在专家库中抽取专家的,发现一次扣1分: situations listed with ；, each closed by 的 and
    scoring nothing of its own, before the one the deduction is written after — the same deduction's (once only the
    last was counted, the others lost). [] when the name does not open a clause after ；. A clause in the list that is
    not such a situation (抽取使用不规范,如未通过…专家;…的;…的,发现一次扣1分: a heading, or a situation not closed by
    的) leaves unsaid what the list is: refused naming it."""
    at = _where(name, text) if len(name) >= 2 else -1
    head = text[:at].rstrip() if at >= 0 else ""
    if not head.endswith((";", "；")):
        return []
    edges = [m.end() for m in _SENTENCE_EDGE.finditer(head) if m.group() not in ";；"]
    segments = [part.strip() for part in _LISTED.split(head[edges[-1] if edges else 0:-1])]
    listed: list[str] = []
    while segments and segments[-1].endswith("的") and _FAILING.search(segments[-1]) \
            and not _SCORED.search(segments[-1]) and not re.search(r"\d", segments[-1]):
        listed.insert(0, segments.pop()[:-1])
    if listed and segments and segments[-1] and not _SCORED.search(segments[-1]):
        raise Unplaced(segments[-1], f"“{segments[-1]}”与其后以“；”列出的扣分情形“{'、'.join(listed + [name])}”"
                                     "的关系没有写明（是标题还是同样扣分的情形）", certain=True)
    return listed


_LISTED = lazy_compile(r"[;；]")


def _where(name: str, text: str) -> int:
    """Where the name stands as the fault deducted for (检测扣5分, not 疫情检测报告监督 before it); -1 if not once."""
    found = [at for at in range(len(text)) if text.startswith(name, at)]
    if len(found) > 1:
        found = [at for at in found if _DEDUCTED_AFTER.match(text, at + len(name))]
    return found[0] if len(found) == 1 else -1
