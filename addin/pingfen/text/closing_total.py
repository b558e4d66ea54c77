"""The indicator's points said after its rule: ``…每低1个百分点扣0.5分，扣完为止（4分）`` / ``…不得分。（本项3分）`` /
``…，满分5分`` / ``…。本项分值2分`` / ``…；分值2分，扣完为止。`` / ``…（3分，扣完为止）``. Tables print the 分值 so, after the
method, in the criterion's own cell; it is the points the whole rule gives. It is moved into brackets of its own at the
end, in the words the text says it with (``…扣完为止。(本项4分)`` / ``…扣完为止。(满分5分)``), which the clauses read as the
total stated again and check against what the rule can score. A formula's ``×分值（8分）`` names the 分值 it multiplies.

Only at the end of the text, and only after a clause that scores (a full stop, 为止, 不得分 or points before the bracket):
``③按规定公示（1分）`` is the last point's own points, never the total."""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_NUMBER = r"(\d+(?:\.\d+)?)"
_ITEM = "本项|该项|本指标|该指标|此项"
_WHOSE = rf"(?:{_ITEM})?"
_BRACKETED = lazy_compile(
    rf"(?:(?<=[。;,])|(?<=为止)|(?<=不得分)|(?<=\d分)|(?<=计分)|(?<=计算)|(?<=分值)|(?<=分值的\d%)|(?<=分值的\d\d%)|(?<=分值的\d\.\d%)|(?<=分值的\d\.\d\d%)|(?<=分值的\d\d\.\d%))\((?P<said>{_WHOSE}(?:共|合计)?(?:分值|满分|满分值|总分)?(?:为)?{_NUMBER}分)"
    r"(?:(,扣完为止)\)|\)(,扣完为止)?)[。]?$")  # ((3分,扣完为止) comes here as (3分),扣完为止)
# (…,全年本项满分3分: the year's points, the item's — 全年 says what they are scored over, no other total; not 全年满分6分
# after 每月…得0.5分, the months' points summed, which the checklist reads)
_WORDED = lazy_compile(rf"[。;,](?:全年(?={_ITEM}))?(?P<said>{_WHOSE}(?:分值|满分值|满分|总分)(?:为)?{_NUMBER}分)(,扣完为止)?[。]?$")
_WHOSE_SAID = lazy_compile(rf"{_ITEM}|共|合计|总分")  # the total said as the item's or the sum's
_NAMED_TOTAL = lazy_compile(rf"{_ITEM}|共|合计|总分|分值|满分")
_DEDUCTED = lazy_compile(r"扣\d")
# 按实际完成值/目标值×分值计算(4分): the 分值 the method multiplies, left unnumbered, which only the bracket can number
_TIMES_UNNUMBERED = lazy_compile(r"[×*](?:指标)?分值(?!\d)")
# points of a part said before (①…2分 / 1.建立制度。(1分)2.… / …满分2.5分。(2)… / 政策。3分,1个部门0.5分): a total after
# them may be the last part's; after 酌情扣分 it is the points the evaluator judges within
_PARTS_POINTS = lazy_compile(r"\d分\)|[①-⑩]|(?:^|[。;])\(?\d{1,2}[.、)]|(?:满分|分值)\d|酌情"
                             r"|(?:^|[。;,]|(?<=[\u4e00-\u9fff])(?<![得扣计记给加减为]))\d+(?:\.\d+)?分(?!钟)")  # (15分钟: a time)
# 。分值5分,最多得5分 (normalize's (分值5分,最多得5分)) after 得分=分值×实际节水量/目标节水量: the points, then the highest
# the formula scores — said after the rule (…,最多得5分), the points in brackets of their own
_POINTS_AND_HIGHEST = lazy_compile(rf"[。;,](?P<said>{_WHOSE}(?:分值|满分|满分值|总分)(?:为)?\d+(?:\.\d+)?分),"
                                   rf"(?P<highest>(?:最高|最多)(?:得|可得)?\d+(?:\.\d+)?分)[。]?$")
# 优秀的得满分 / 完全达到目标得满分: full marks awarded, never numbered (满分5分 says its number itself)
_FULL_UNNUMBERED = lazy_compile(r"(?:得|计|记|给)满分(?![\d值])")
# ×分值(8分) / ×分值(满分2分) / ×分值(本项分值2分): the 分值 multiplied, numbered in its bracket
_TIMES_FULL = lazy_compile(rf"([×*]){_WHOSE}(?:指标)?分值\({_WHOSE}(?:满分|分值)?{_NUMBER}分\)(?=[。;,]|$)")


def closing_total(text: str) -> str:
    """The points said after the rule, in brackets of their own at the end; a formula's 分值 in brackets, as its points."""
    text = _TIMES_FULL.sub(r"\1\2分", _POINTS_AND_HIGHEST.sub(r",\g<highest>。(\g<said>)", text))
    match = _BRACKETED.search(text)
    if match is not None and not _said_total(match.group(), text[:match.start()]):
        match = None
    match = match or _WORDED.search(text)
    if match is None or _PARTS_POINTS.search(text[:match.start()]):
        return text
    before = re.sub(r"[。;,]+$", "", text[:match.start()])
    capped = next((group for group in match.groups()[2:] if group), "")  # (after the words said and their number)
    said = match.group("said").replace("为", "")
    # (分值10分) alone is a note parser.py drops as the 分值 beside the rule: said of 本项, it is checked against the reading
    return f"{before}{capped}。({said if _WHOSE_SAID.match(said) else '本项' + said})"


def _said_total(bracket: str, before: str) -> bool:
    """(本项3分) says it is the total; a bare (3分) is, only after deductions by number (…扣完为止(2分)) — after a
    requirement (制定年度工作方案…,否则酌情扣分。(3分)) it is that requirement's points, and right after a deduction's
    amount with more of the rule after it (每发现1处扣0.5分(1分),扣完为止) it may be a second amount for the fault."""
    if _NAMED_TOTAL.search(bracket):
        return True
    if before.endswith("分") and not bracket.rstrip("。").endswith(")"):
        return False
    if _TIMES_UNNUMBERED.search(before):
        return True
    if _FULL_UNNUMBERED.search(before):
        return True  # 优秀的得满分，良好的得满分的80%…，不合格的不得分（5分）: the 满分 the bands name, numbered
    return _DEDUCTED.search(before) is not None  # (after 酌情扣分, _PARTS_POINTS keeps the text as it is)
