"""分别 / 依次 after a list of kinds of fault: one deduction per kind, in order.

被省、市、县督查组巡查发现的火点,每个分别扣10分、5分、3分 → 被省督查组巡查发现的火点,每个扣10分;被市督查组…,每个扣5分;
被县督查组…,每个扣3分. 如发现大坝未除杂草,库内有漂浮物…,启闭器不灵活将依次扣除4分、2分、2分 → 大坝未除杂草的,扣4分;
库内有漂浮物…的,扣2分;… The words before the list (被) and after it (督查组巡查发现的火点,每个) stand in every kind, as
the sentence means them to; a list of 、 names whose middle names differ in length (where the first name starts and
the last ends cannot be told) or whose count differs from the amounts' is left as written — the reader then refuses
it (分别/依次 is no word it reads), never guessing which amount goes with which kind.
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_NUMBER = r"\d+(?:\.\d+)?"
_AMOUNTS = rf"(?P<amounts>(?:{_NUMBER}分?、)+{_NUMBER}分)"
# 被省、市、县督查组巡查发现的火点,每个分别扣10分、5分、3分 (names joined by 、, the deduction after them)
_NAMED = lazy_compile(
    rf"(?P<clause>(?:^|(?<=[;。\n]))[^;。\n]*?)(?P<each>,?每(?:个|处|次|起|宗|例|件|项|篇|条|人|户|家|所|台|辆))?,?(?:分别|依次)(?P<verb>扣除|扣减|扣|减)"
    + _AMOUNTS + r"(?=$|[;。,\n])")
_GRADES = lazy_compile(r"优秀|良好|合格|较好|一般|较差|基本满意|满意")
_OPENED_BY = lazy_compile(r"^.*(?:被|经|由|在|对|凡|如|若)")
_LIST = lazy_compile(r"[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)+")


def distribute_kinds(text: str) -> str:
    """Every 分别/依次 list of deductions written out as one deduction per kind; 每出现一种情况扣5分 as 每项扣5分 (each
    kind of the situations listed before it that happened, however often: the evaluator counts kinds)."""
    return _EACH_KIND.sub("每项", _NAMED.sub(_kinds, text))


# 未按期编制和更新政府信息公开指南、政府信息公开目录的,每出现一种情况扣5分: each kind listed that happened
_EACH_KIND = lazy_compile(r"每(?:出现|发现|有|存在)?(?:一|1)(?:种|类)(?:情况|情形|问题)?(?=扣|减)")


def _kinds(match: re.Match) -> str:
    amounts = re.findall(_NUMBER, match.group("amounts"))
    if any(float(amount) == 0 for amount in amounts) or _GRADES.search(match.group("clause")):
        return match.group()  # 优秀、良好、合格的分别扣0分、1分、2分: grades to choose one of, not kinds of fault
    verb = "扣" if match.group("verb") in ("扣除", "扣减") else match.group("verb")
    each = (match.group("each") or "").lstrip(",")
    clause = match.group("clause")
    written = _by_names(clause, amounts, each, verb) if not each or "、" in clause else None
    if written is None and not each:
        written = _by_situations(clause, amounts, verb) or _by_commas(clause, amounts, verb)
    return match.group() if written is None else written


def _by_situations(clause: str, amounts: list[str], verb: str) -> str | None:
    """未建立台账或台账不规范的 / 未建立制度、未制定计划的: each part a whole failure of its own (a negation or a fault word in
    every one), so where each starts and ends is plain — paired with the amounts in order. A part with no failure word
    (未建立制度、计划的: 计划 is the second thing not drawn up) leaves the list as written."""
    mark = _MARK.match(clause)
    prefix = mark.group() if mark else ""
    body = re.sub(r"的$", "", clause[len(prefix):])
    kinds = re.split(r"、|或(?!者)|或者", body)
    if len(kinds) != len(amounts) or len(kinds) < 2 or "," in body \
            or any(not _FAILURE.search(kind) or re.search(r"\d", kind) for kind in kinds):
        return None
    if not _BARE_FAILURE.match(kinds[0]) and any(_BARE_FAILURE.match(kind) for kind in kinds[1:]):
        return None  # 报送不及时、不准确的: 报送 is the second one's too — where each starts is not plain (never 不准确 alone)
    return prefix + ";".join(f"{kind}的,{verb}{amount}分" for kind, amount in zip(kinds, amounts))


_FAILURE = lazy_compile(r"未|没有|无(?!论)|不(?!同|论|仅)|缺|漏|错|迟|违")
_BARE_FAILURE = lazy_compile(r"未|没有|无|不")  # a part that opens on its failure, its subject said before it or nowhere


def _by_names(clause: str, amounts: list[str], each: str, verb: str) -> str | None:
    """被省、市、县督查组巡查发现的火点: the names of equal length in the middle say where the first starts and the last ends."""
    lists = list(_LIST.finditer(clause))
    if len(lists) != 1 or "," in clause:
        return None
    names = lists[0].group().split("、")
    if len(names) != len(amounts) or len(names) < 3:
        return None
    size = len(names[1])
    if any(len(name) != size for name in names[1:-1]) or len(names[0]) < size or len(names[-1]) < size:
        return None
    opened = _OPENED_BY.search(names[0])  # 被国家、省、市: the first name starts after 被 (not at its last character)
    first = names[0][opened.end():] if opened is not None else names[0] if len(names[0]) == size else None
    if not first:
        return None  # 提高省、市、县: where the first name starts cannot be told
    before = clause[: lists[0].start()] + names[0][: len(names[0]) - len(first)]
    heading = before[: before.rfind(":") + 1]  # 项目管理(20分):被…: the item's heading, said once — not in every kind
    before = before[len(heading):]
    after = names[-1][size:] + clause[lists[0].end():]
    kinds = [first, *names[1:-1], names[-1][:size]]
    tail = f",{each}" if each else "的,"
    return heading + ";".join(f"{before}{kind}{after.rstrip(',的')}{tail}{verb}{amount}分" for kind, amount in zip(kinds, amounts))


def _by_commas(clause: str, amounts: list[str], verb: str) -> str | None:
    """保持大坝内外面光洁,如发现大坝未除杂草,库内有漂浮物及垃圾未清理,…,启闭器不灵活不能运转将: each comma after 如发现 a
    kind of its own (the requirement before it kept as written); without 如发现, every comma of the sentence."""
    opening = None
    for opening in _FOUND.finditer(clause):
        pass
    prefix = re.sub(r",$", ";", clause[: opening.start()]) if opening else (_MARK.match(clause).group() if _MARK.match(clause) else "")
    body = clause[opening.end():] if opening else clause[len(prefix):]
    body = re.sub(r"(?:的)?(?:将|则)?$", "", body)
    kinds = body.split(",")
    if len(kinds) != len(amounts) or len(kinds) < 2 or any(len(kind) < 2 or re.search(r"\d", kind) for kind in kinds):
        return None
    return prefix + ";".join(f"{kind.rstrip('的')}的,{verb}{amount}分" for kind, amount in zip(kinds, amounts))


_FOUND = lazy_compile(r"(?:如果|如|若|凡)(?:发现|出现|存在|有)?")
_MARK = lazy_compile(r"^(?:\d{1,2}[、.]|\(\d{1,2}\))")
