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


# 管护主体、责任、经费“三落实”的得3分；落实其中两项的得2分: the quoted count word (三落实) naming every thing listed before
# it done, beside options counting how many are (落实其中2项 / 2项落实)
# (…“三落实”的评为好，得3分: a grade named between, left as written)
_QUOTED_ALL = lazy_compile(r"((?:[\u4e00-\u9fff]+、)+[\u4e00-\u9fff]+?)“([二两三四五六七八九])(落实)”(?=的?[,，]?(?:得|计|记)\d)")
_COUNTED_MET = lazy_compile(r"落实(?:其中)?\d项|\d项落实")
_NUMERALS = "一二三四五六七八九"


def quoted_count_met(text: str) -> str:
    """``管护主体、责任、经费“三落实”的得3分;落实其中2项的得2分`` → ``管护主体、责任、经费3项全部落实的得3分;…``: the
    count of the things listed, all of them done — only when it is the number listed (三 for A、B、C; 两 or 二 for two) and
    another option counts the ones done in 项; any other count word is left as written (四落实 after three: which fourth?)."""
    found = list(_QUOTED_ALL.finditer(text))
    if len(found) != 1 or not _COUNTED_MET.search(text, found[0].end()):
        return text
    match = found[0]
    said = _NUMERALS.index(match.group(2).replace("两", "二")) + 1
    if said != match.group(1).count("、") + 1:
        return text
    return f"{text[:match.start()]}{match.group(1)}{said}项全部{match.group(3)}{text[match.end():]}"


# 落实2项的评为较好,得2分 / 均未落实的为差,不得分: a grade named between a count of the things done and its points
_GRADED_COUNT = lazy_compile(r"(?P<done>(?:落实|符合|满足|完成|做到)(?:其中)?\d项|“[二两三四五六七八九]落实”|均未(?:落实|符合|满足|完成|做到))"
                             r"的(?:评为|为)“?(?P<grade>[\u4e00-\u9fff]{1,3}?)”?[,，](?=(?:得|计|记)\d|不得分|不计分)")
_AWARDS = lazy_compile(r"(?:得|计|记)\d+(?:\.\d+)?分|不得分|不计分")


def without_count_grades(text: str) -> str:
    """``…“三落实”的评为好,得3分;落实2项的评为较好,得2分;落实1项的评为一般,得1分;均未落实的为差,不得分`` → ``…“三落实”的得3分;
    落实2项的得2分;…;均未落实的不得分``: each grade names a count of the things listed done, which is what it scores (the
    count is entered, never the grade). Only when every award in the text follows such a count and its grade, three at
    least, the grades all different; anything else keeps its words."""
    found = list(_GRADED_COUNT.finditer(text))
    grades = [match.group("grade") for match in found]
    if len(found) < 3 or len(set(grades)) != len(grades) or len(found) != len(_AWARDS.findall(text)):
        return text
    return _GRADED_COUNT.sub(lambda match: f"{match.group('done')}的", text)
