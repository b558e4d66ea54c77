"""A ratio's formula, then what passing its divisor scores: ``得分=实到配套资金÷承诺配套资金×3，超过承诺的按3分计`` —
the promised amount is reached at 3 points, and more than it counts as 3: the formula's highest score, as ``…×3，最高得3分``
says it (which the reader caps the formula at).

Read so only when the word passed is the divisor's own (承诺 in 承诺配套资金, 计划 in 计划养护里程, 目标 …, or the divisor
named whole: 实际处理量超过设计处理量的按15分计; 目标值, the plan printed before it, by any of them: 年度计划招录30人 …超过计划的), what passes is the formula's top (or unsaid), and the points it counts as
are the formula's points (×3 … 按3分计) or 满分; a passing scored at other points, or of another amount, stays as written
(and is refused beside the formula).
"""

from __future__ import annotations

from decimal import Decimal

from .lazy_regex import lazy_compile

_NUMBER = r"\d+(?:\.\d+)?"
_REFERENCE = r"承诺|计划|目标|任务|应到位|应|预算|批复|设计|合同"
_PASSED = lazy_compile(
    rf"(?P<formula>(?:得分=|(?:(?<=^)|(?<=[,;。:]))(?P<by>按))(?P<open>\()?(?P<top>[\u4e00-\u9fff]+)[÷/]"
    rf"(?P<divisor>[\u4e00-\u9fff]*?(?P<word>{_REFERENCE})[\u4e00-\u9fff]*?)(?(open)\))[×](?P<points>{_NUMBER})分?"
    rf"(?(by)(?:计分|计算得分|计算|得分))),(?P<subject>[\u4e00-\u9fff]{{0,12}}?)超过(?P<passed>(?P=divisor)|(?:{_REFERENCE})(?:值|数|数额|金额)?)"
    rf"的?(?:部分)?,?按(?:(?P=points)分|(?P<full>满分))计(?:算)?(?=[,;。]|$)")


# 计划更新新能源公交车40辆…得分=实际更新数量/40×6，超过计划的按满分计: the divisor printed as the plan's own number, the
# plan said before the formula with that number and a measure word (计划…40辆 / 计划维修养护工程45处)
_PASSED_PRINTED = lazy_compile(
    rf"(?P<formula>得分=(?P<top>[\u4e00-\u9fff]+)[÷/](?P<number>{_NUMBER})[×](?P<points>{_NUMBER})分?),"
    rf"超过(?P<word>{_REFERENCE})(?:值|数|数量|数额|金额)?的?(?:部分)?,?按(?:(?P=points)分|(?P<full>满分))计(?:算)?(?=[,;。]|$)")

_PLAN_SAID = lazy_compile(rf"(?P<word>{_REFERENCE})[\u4e00-\u9fff]{{0,12}}?(?<![\d.])(?P<number>{_NUMBER})(?![\d.%‰])[\u4e00-\u9fff]")


# 得分=实际新增面积÷1500×4（最高4分）: the formula's highest score in brackets straight after it, as …×4，最高4分 says it
_BRACKETED_CAP = lazy_compile(rf"(?P<formula>得分=[^;。,]*?[\d\u4e00-\u9fff%)])\((?:最高|最多)(?:得|为|不超过)?(?P<points>{_NUMBER})分\)"
                              r"(?=[;。,]|$)")


# 受益学生人数(8分):…按实际值/目标值×分值计分,最高不超过8分: the item's points printed in its heading, and a formula ×
# 分值 capped right after it at those same points — the cap is the 分值 (最高为分值), which the heading's points are
_HEADING_POINTS = lazy_compile(rf"^[^:;。,()]{{1,40}}\((?P<points>{_NUMBER})分\):")
_FULL_CAPPED = lazy_compile(rf"(?P<formula>[×*]分值(?:计分|计算得分|计算|得分)?),(?:得分)?最高(?:得|为|可得|不超过|不高于)?"
                            rf"(?P<points>{_NUMBER})分(?=[,;。]|$)")


# 得分=系统管理率÷85%×4,超过4分按4分计 / 得分=完成户数/任务数×6,不超过6分 / 按实际场次/计划场次×4计分,封顶4分 /
# 按实际完成数/计划数×8计分,超额完成的按8分计: the formula's own points, said as its highest score in other words (the
# points the cap names those the formula multiplies by: a cap of other points stays as written, and is refused)
_CAP_WORDS = (rf"(?:超过(?P<over>{_NUMBER})分的?(?:部分)?,?按(?P=over)分计(?:算)?|(?:得分)?不超过(?P<most>{_NUMBER})分"
              rf"|封顶(?P<top>{_NUMBER})分|(?P<topped>{_NUMBER})分封顶"
              rf"|超额完成(?:的|部分)?,?按(?P<exceeded>{_NUMBER})分计(?:算)?)(?=[,;。]|$)")
_TIMES_CAPPED = lazy_compile(
    rf"(?P<formula>(?:得分=|(?:(?<=^)|(?<=[,;。:]))按)[^,;。()]*?[×*](?P<points>{_NUMBER})分?(?:计分|计算得分|计算|得分)?),{_CAP_WORDS}")
# 计划培训800人,按实际培训人数占计划人数比例折算得分,最高4分 (按完成比例得分 by then) under (4分): the share's score
# capped at the item's points, the heading's — 最高为分值 (the cap in any of the words above, or 最高N分)
_SHARE_CAPPED = lazy_compile(
    rf"(?P<formula>按完成比例(?:计分|得分|计算得分|赋分)),(?:最高(?:得|为|可得)?(?P<highest>{_NUMBER})分(?=[,;。]|$)|{_CAP_WORDS})")


def _cap_points(found) -> str | None:
    return next((found.group(name) for name in ("highest", "over", "most", "top", "topped", "exceeded")
                 if name in found.re.groupindex and found.group(name)), None)


def _times_capped(found) -> str:
    if Decimal(_cap_points(found)) != Decimal(found.group("points")):
        return found.group()
    return f"{found.group('formula')},最高{found.group('points')}分"


def formula_cap_said(text: str) -> str:
    """``得分=A÷承诺B×3,超过承诺的按3分计`` → ``得分=A÷承诺B×3,最高得3分``; ``实际处理量超过设计处理量的按15分计`` (what
    passes named: the formula's own top, or its last words) the same; ``…按满分计`` → ``最高得满分`` (the words kept);
    ``得分=…×4(最高4分)`` → ``得分=…×4,最高4分``."""
    text = _BRACKETED_CAP.sub(r"\g<formula>,最高\g<points>分", text)
    text = _TIMES_CAPPED.sub(_times_capped, text)
    text = _heading_points_capped(_share_capped(text))
    return _PASSED_PRINTED.sub(lambda found: _capped_at_printed_plan(found, text), _PASSED.sub(_capped, text))


def _capped_at_printed_plan(found, text: str) -> str:
    """``计划更新新能源公交车40辆,…得分=实际更新数量/40×6,超过计划的按满分计`` → ``…,最高得满分``: only when the plan
    passed is said before the formula as exactly the number it divides by, in a measure word (never 40%, a rate)."""
    plans = {(said.group("word"), said.group("number")) for said in _PLAN_SAID.finditer(text, 0, found.start())}
    if (found.group("word"), found.group("number")) not in plans:
        return found.group()
    return f"{found.group('formula')},最高得{'满分' if found.group('full') else found.group('points') + '分'}"


def _capped(found) -> str:
    if found.group("passed") != found.group("divisor") and not found.group("passed").startswith(found.group("word")) \
            and found.group("divisor") != "目标值":
        return found.group()  # 得分=A÷计划B×3,超过预算的…: another reference passed (目标值 stands for the plan printed)
    subject = found.group("subject")
    if subject and not (len(subject) >= 2 and found.group("top").endswith(subject)):
        return found.group()  # 得分=A÷计划B×3,C超过计划的按3分计: another amount passing, left as written
    if found.group("by"):  # 按A/计划B×2分计算,超过计划的按满分计: the formula's full, its 2 at the plan (never the 分值's 3)
        return f"{found.group('formula')},最高得{found.group('points')}分"
    return f"{found.group('formula')},最高得{'满分' if found.group('full') else found.group('points') + '分'}"


def _heading_points_capped(text: str) -> str:
    """``受益学生人数(8分):…×分值计分,最高不超过8分`` → ``…×分值计分,最高为分值``: only when the heading prints the
    points the cap says, and the text multiplies by the 分值 once (a cap of other points, 最高6分 under (8分), stays and is
    refused beside the formula)."""
    heading = _HEADING_POINTS.match(text)
    capped = list(_FULL_CAPPED.finditer(text))
    if heading is None or len(capped) != 1 or text.count("分值") != 1:
        return text
    found = capped[0]
    if Decimal(found.group("points")) != Decimal(heading.group("points")):
        return text
    return text[: found.start()] + f"{found.group('formula')},最高为分值" + text[found.end():]


def _share_capped(text: str) -> str:
    """``(4分):…按完成比例得分,最高4分`` → ``…按完成比例得分,最高为分值``: only when the heading prints the points the cap
    says, and the share is scored once (最高3分 under (4分) stays, and is refused)."""
    heading = _HEADING_POINTS.match(text)
    capped = list(_SHARE_CAPPED.finditer(text))
    if heading is None or len(capped) != 1 or Decimal(_cap_points(capped[0])) != Decimal(heading.group("points")):
        return text
    found = capped[0]
    return text[: found.start()] + f"{found.group('formula')},最高为分值" + text[found.end():]
