"""与上年度相比持平得15分，每下降一个百分点扣7.5分；每上升一个百分点加1分: no change from last year as the level.

持平 beside last year (与上年相比、比上年、较上年、同比) is a change of 0%: the band it scores is reached at no change,
the steps below and above count the points of change from there — what 与上年相比增幅达到0%得15分 says. Only a
持平 that is followed by its points is written so (基本持平, a judgement, is left as written). Down or level
(下降或持平, 未增长) followed by its points is growth of at most 0%; so is 未<change> (未提高 / 未下降 / 未下降或上升) closing
bands of that change over last year (较上年下降≥5%的计4分，下降0-3%的计1分，未下降的计0分): the change at most 0%, which
takes the point 0 from a band 0-3% that does not mark it.
Steps of growth over last year (比上年每增长一个百分点) name their measure as the growth (比上年增长率每增长…).
A note that the item carries additions, in brackets, and runs into the rule (该项设有加分项(最多加10分)与上年度…)
ends where its bracket ends.
Last year's level reached or kept under, followed by its points (不低于上年水平得4分，低于上年水平不得分 / 人均成本不高于
上年水平得3分), is last year's value as the target, as 不低于上年得4分 reads: 水平 is dropped throughout such a text.
Where nothing awards reaching it (融资额度低于上年水平,扣2分 among faults) the words stay a fault the evaluator answers.
With last year the target reached, this year's over last year's (低于上年的按本年/上年比例计分) is the share completed, 按比例.
The other way, said bare after bands of a change over last year (增长5%以上得3分；增长0-5%得2分；较上年下降的得0分), is
that change below 0%: the band 0-5% takes 0, so the fall is every change left. Bare changes alone, each with its
points (较上年下降的得3分，与上年持平的得1.5分，较上年上升的不得分), are the sign of the change: the first one's change
above 0%, level at 0%, the other way below 0% — each year's value entered, never a grade the evaluator picks; the
change said absent (平均住院日较上年缩短的得2分，未缩短的不得分) is the change at most 0%.
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_LAST_YEAR = r"(?:(?:与|同|和)上一?年(?:度|同期)?(?:相比|比较)?|比上一?年(?:度|同期)?|较上一?年(?:度|同期)?|同比)"
_UNCHANGED = lazy_compile(rf"(?<!基本)({_LAST_YEAR})持平(?=的?[,，]?(?:得|计|记|给)(?:满分|\d))")
# 当年实绩比上年每增长一个百分点…: the steps count the growth, so the measure is named as one (比上年增长率), and
# this year's and last year's amounts, when entered, give the growth (本年−上年)/上年, never their ratio
# 较上年下降或持平的得3分；增长不超过5%的得1.5分: no growth (down or level) is growth of at most 0%, the band the
# growth bands after it start from (never 下降 alone: level with last year would then lie in no band)
_NOT_GROWN = lazy_compile(rf"({_LAST_YEAR})(?:下降或持平|持平或下降|降低或持平|持平或降低|减少或持平|持平或减少|未增长|没有增长)"
                          r"(?=的?[,，]?(?:得|计|记|给)(?:满分|\d))")
# 较上年下降≥5%的计4分，…，未下降(或上升)的计0分: the clause's own change, not said again beside last year, is the one
# the bands before it measure — only when a band of the same direction against last year is written with its number
_RISES = ("增长", "提高", "提升", "上升", "增加")
_FALLS = ("下降", "降低", "减少")
_NO_CHANGE = lazy_compile(rf"(?:(?<=[,，;；。])|^)({_LAST_YEAR})?(?:未|没有)(增长|提高|提升|上升|增加|下降|降低|减少)"
                          r"(?:或(持平|增长|提高|提升|上升|增加|下降|降低|减少))?"
                          r"(?=的?[,，]?(?:(?:得|计|记|给)(?:满分|\d)|不(?:得|计|记)分))")
_CHANGE_BAND = lazy_compile(rf"{_LAST_YEAR}(增长|提高|提升|上升|增加|下降|降低|减少)(?:了|幅度)?(?:达到?|超过|不低于|不少于|[≥>])?\d")
# 较上年增长率：增长≥10%得3分；…；下降不得分: the change against last year named once as the measure (its 率), its
# bands then opening their clauses with the change alone — bands of that change, as 较上年增长≥10% would be
# (受补助企业研发投入较上年增长(4分):增长15%及以上得4分: the change named in the heading, its points after it)
_CHANGE_MEASURE = lazy_compile(rf"{_LAST_YEAR}(增长|提高|上升|增加|下降|降低|减少)(?:率|(?=\(\d+(?:\.\d+)?分\)[:：]))")
_BAND_OPENING = lazy_compile(r"(?:(?<=[:：,，;；。])|^)(增长|提高|上升|增加|下降|降低|减少)(?:了|幅度)?(?:达到?|超过|不低于|不少于|[≥>])?\d")


def _change_band(text: str) -> re.Match[str] | None:
    """The first band of a change over last year: 较上年增长5%, or 增长≥10% after the measure named 较上年增长率."""
    band = _CHANGE_BAND.search(text)
    if band is not None:
        return band
    measure = _CHANGE_MEASURE.search(text)
    band = _BAND_OPENING.search(text, measure.end()) if measure is not None else None
    return band if band is not None and band.group(1) == measure.group(1) else None  # type: ignore[union-attr]
# (only a step in percent or points names the growth: 较上年每增加5扣1分 may count 5元 as well as 5%)
_GROWTH_STEP = lazy_compile(rf"({_LAST_YEAR})(?=每(?:增长|提高|上升|增加)(?:\d+(?:\.\d+)?|[一二两三四五六七八九十半])个?(?:%|‰|百分点))")
_LAST_YEAR_LEVEL = lazy_compile(r"(?<=上年|去年)(度|同期)?水平")
_LAST_YEAR_LEVEL_REACHED = lazy_compile(
    r"(?:不低于|达到|不少于|不高于|不超过)(?:上年|去年)(?:度|同期)?水平的?[,，]?(?:得|计|记|给)(?:满分|\d)")
_BONUS_NOTE = lazy_compile(r"((?:设有|设|含|为)加分项\((?:最多|最高)加\d+(?:\.\d+)?分\))(?=[\u4e00-\u9fff])")


# 较上年下降的得0分 after bands of growth: the other way, bare (no number after it), with its points; 持平或上升的不得分:
# level too (at most 0%); 研发投入下降的不得分 / 能耗上升的不得分: the quantity whose change it is, named before, said again
# (下降不足1%得1分，不降反升不得分 / 不增反降: the other way said with the way it did not go — 上升, 下降)
_OTHER_WAY = lazy_compile(rf"(?:(?<=[,，;；。])|^)(?P<subject>[\u4e00-\u9fff]{{1,8}}?)??(?P<last>{_LAST_YEAR})?(?P<level>持平或)?"
                          r"(?P<change>增长|提高|上升|增加|下降|降低|减少|不[降减]反[升增]|不[升增]反[降减])(?P<level_after>或持平)?"
                          r"(?=的?[,，]?(?:(?:得|计|记|给)(?:满分|\d)|不(?:得|计|记)分))")
_REVERSED = {"升": "上升", "增": "增加", "降": "下降", "减": "减少"}  # 不降反升 is 上升 (…反增 增加, 反降 下降, 反减 减少)
# the rises the gate opens for (提升 is none of them: a text with it alone must read alike with the gate shut)
_GATED_RISES = ("增长", "提高", "上升", "增加")


def _other_way_of_the_bands(text: str, band: re.Match[str]) -> str:
    """A bare change the other way, after bands of a change, as that change below 0%."""
    if band.group(1) not in _GATED_RISES + _FALLS:
        return text
    family = _RISES if band.group(1) in _RISES else _FALLS
    others = _FALLS if family is _RISES else _GATED_RISES

    def below_zero(found: re.Match[str]) -> str:
        subject, change = found.group("subject"), found.group("change")
        if change.startswith("不"):  # 不降反升: 上升
            if found.group("level") or found.group("level_after"):
                return found.group()  # (持平或不降反升: level said beside a move the other way)
            change = _REVERSED[change[-1]]
        if found.start() < band.end() or change not in others \
                or subject and subject not in text[:band.start()]:
            return found.group()  # (a subject not named before the bands: another quantity's change)
        level = found.group("level") or found.group("level_after")
        return f"{found.group('last') or ''}{band.group(1)}{'不超过' if level else '低于'}0%"

    return _OTHER_WAY.sub(below_zero, text)


# 较上年下降的得3分，与上年持平的得1.5分，较上年上升的不得分: each clause a bare change (or 持平) and its points; 平均住院日
# 较上年缩短的得2分，未缩短的不得分: the change, and its absence (未/没有) — the change at most 0%
_SIGN_CLAUSE = lazy_compile(rf"^(?P<subject>[^,，;；。=]*?)(?P<last>{_LAST_YEAR})?(?P<absent>未|没有)?"
                            r"(?P<change>增长|提高|上升|增加|下降|降低|减少|缩短|持平)的?[,，]?"
                            r"(?P<points>(?:得|计|记|给)(?:满分|\d+(?:\.\d+)?分)|不(?:得|计|记)分)$")
_SCORED = lazy_compile(r"得|计|记|给|扣|分")


def _sides(signs: dict[int, re.Match[str]]) -> list[str] | None:
    """Each clause's side of 0 — the first change's way (above), level, the other way (below), the first change absent
    (at most 0) — or None when they do not make one set of bands: a side twice, a side alone, absence beside another."""
    first = next((found.group("change") for found in signs.values() if found.group("change") != "持平"), None)
    if first is None or signs[min(signs)].group("absent"):
        return None
    sides = []
    for found in signs.values():
        change, own_way = found.group("change"), (found.group("change") in _RISES) == (first in _RISES)
        if found.group("absent"):
            if change == "持平" or not own_way:
                return None  # (未持平 / 未上升 beside 下降: not the first change's absence)
            sides.append("absent")
        else:
            sides.append("level" if change == "持平" else "above" if own_way else "below")
    if len(set(sides)) < 2 or len(set(sides)) < len(sides) or ("absent" in sides and len(sides) > 2):
        return None
    return sides


_LEVELS = {"above": ">0%", "level": "为0%", "below": "<0%", "absent": "≤0%"}


def _bare_signs(text: str) -> tuple[list[str], dict[int, re.Match[str]], list[str]] | None:
    """The text cut at its punctuation, its clauses that are bare changes over last year with their points, and each
    one's side of 0 — when nothing else in it scores; otherwise None."""
    pieces = re.split(r"([,，;；。])", text)
    signs = {i: found for i, piece in enumerate(pieces) if (found := _SIGN_CLAUSE.match(piece))}
    sides = _sides(signs) if signs else None
    if sides is None or not any(found.group("last") for found in signs.values()) \
            or any(_SCORED.search(piece) for i, piece in enumerate(pieces) if i % 2 == 0 and i not in signs) \
            or any(found.group("subject") for i, found in signs.items() if i != min(signs)):
        return None
    return pieces, signs, sides


# 节能降耗(1分): the item's name and its points heading the text, before its measure
_HEADING = lazy_compile(r"^(?P<name>[\u4e00-\u9fff“”]{2,20})\(\d+(?:\.\d+)?分\)[:：]")
# 重复来电率 / 安全事故发生率: (与上年相比…): a rate named, before the change or before the colon that opens it
# (满意度 is a rate as 满意率 is: 满意度较上年提高的得2分 once read 满意度>0%, a fall from 95% to 90% scoring 2)
_RATE_NAMED = lazy_compile(r"(?:率|占比|比例|比重|满意度):?$")


def _rate_headed(headed: re.Match[str] | None) -> bool:
    """投诉率(2分):较上年下降的…: the heading names a rate (the measure whose way is scored, if none follows it)."""
    return headed is not None and _RATE_NAMED.search(headed.group("name")) is not None


def _rate_signs(text: str) -> bool:
    """重复来电率较上年下降的得2分，与上年持平的得1分，较上年上升的不得分: a rate's bare changes, left as the grades (or,
    with both years' rates entered, the ways they moved: rules/situations.py) — its 持平 never a growth of 0%."""
    signs = _bare_signs(text)
    if signs is None:
        return False
    subject = signs[1][min(signs[1])].group("subject")
    headed = _HEADING.match(subject) if min(signs[1]) == 0 else None
    return _RATE_NAMED.search(subject if headed is None else subject[headed.end():]) is not None or _rate_headed(headed)


def _signs_of_change(text: str) -> str:
    """Bare changes over last year, each with its points, as the change's sign: above, at or below 0%."""
    bare = _bare_signs(text)
    if bare is None:
        return text
    pieces, signs, sides = bare
    subject = signs[min(signs)].group("subject")
    headed = _HEADING.match(subject) if min(signs) == 0 else None
    if headed is not None:  # 节能降耗(1分):单位建筑面积能耗较上年下降的…: the item's name and points, then the measure
        subject = subject[headed.end():]
    if subject.endswith(("未", "没有", "不", "无")) or _RATE_NAMED.search(subject) or _rate_headed(headed) \
            or re.search(r"\d分|=", "".join(pieces[:min(signs)]) + subject):
        # (a clause scoring otherwise; 未下降的 first: not these bands; PM2.5分…: points, or a name?; a rate's change
        # (医疗服务收入占比较上年提高的): a rate entered alone would be taken for the change itself — it stays a grade;
        # 占比=…/…×100%，较上年提高的…: the rate defined names the measure — the grades stay the evaluator's)
        return text
    first = next(found.group("change") for found in signs.values() if found.group("change") != "持平")
    measure = "较上年增长率" if first in _RISES else "较上年下降率"
    for (i, found), side in zip(signs.items(), sides):
        pieces[i] = f"{found.group('subject')}{measure}{_LEVELS[side]}的{found.group('points')}"
    return "".join(pieces)


def _no_change_of_the_bands(text: str) -> str:
    """未<change> as that change at most 0%, where the bands before it measure a change of the same direction."""
    band = _change_band(text)
    if band is None:
        return _signs_of_change(text)
    text = _other_way_of_the_bands(text, band)
    family = _RISES if band.group(1) in _RISES else _FALLS

    def at_most_zero(found):
        change, alternative = found.group(2), found.group(3)
        if found.start() < band.end() or change not in family or alternative in family:
            return found.group()  # (未下降或降低: no alternative of the change's own direction)
        return f"{found.group(1) or ''}{change}不超过0%"

    return _NO_CHANGE.sub(at_most_zero, text)


# 提高不足1个百分点或下降的不得分: a band of a change over last year, below a positive level, said with the other
# way (or 持平) beside it — the other way (a change below 0) and 持平 (0) lie in that band already, so the words add
# nothing: 提高不足1个百分点的不得分 (normalize calls it before a level 或 a situation is cut into two zeroes, which
# would leave 下降的,此项不得分 a situation no one answers). Only under a positive level (提高不足0%或下降 would be no
# band), only after last year is said, and only with its gate's words (提升 is none: a text with it alone must read
# alike with the gate shut). 提高不足1个百分点或未提高 likewise: the change's own way absent (at most 0) — never
# 提高不足1个百分点或未下降 (level, or a rise of any size).
_SHORT_OR_OTHER_WAY = lazy_compile(
    r"(?P<short>(?P<change>增长|提高|上升|增加|下降|降低|减少)(?:幅度)?(?:不足|低于|不到|小于|<)(?P<level>\d+(?:\.\d+)?)(?:%|‰))"
    r"或(?P<other>持平|增长|提高|上升|增加|下降|降低|减少|负增长|(?:未|没有)(?P<absent>增长|提高|上升|增加|下降|降低|减少))"
    r"(?=的?[,，]?(?:(?:得|计|记|给)(?:满分|\d)|不(?:得|计|记)分))")
_LAST_YEAR_SAID = lazy_compile(_LAST_YEAR)


def short_or_other_way(text: str) -> str:
    """提高不足N%或下降 as 提高不足N%: the other way, or level, inside the band below a positive N."""
    last_year = _LAST_YEAR_SAID.search(text)

    def inside(found: re.Match[str]) -> str:
        change, other = found.group("change"), found.group("other")
        own = _GATED_RISES if change in _GATED_RISES else _FALLS
        if found.group("absent") is not None:  # 提高不足0.5个百分点或未提高: no rise (at most 0), inside the band too —
            other = "持平" if found.group("absent") in own else change  # never 未下降 (a rise, above the band, too)
        if last_year is None or last_year.start() > found.start() or float(found.group("level")) <= 0 \
                or other in own or (other == "负增长" and change != "增长"):
            return found.group()
        return found.group("short")

    return _SHORT_OR_OTHER_WAY.sub(inside, text)


# 事故起数较上年每增加1起扣1分，扣完为止；未增加的得满分: steps of a change over last year, and full marks where there is
# no such change (未增加 / 没有增加, or 持平或减少 the other way) — last year's level kept, what the steps give at no step:
# 不高于上年的得满分 (不低于上年 for steps of a fall), as the reader writes those steps (last year's value the target).
# Only a clause of full marks (a no-change with other points would be a band of its own), only with the steps' way.
_STEPS_OVER_LAST_YEAR = lazy_compile(r"(?:较|比)(?:上一?年|去年)(?:度|同期)?每(?P<way>增加|上升|增长|提高|下降|降低|减少)"
                                     r"\d+(?:\.\d+)?[^,，;；。扣加]{0,6}扣")
_NONE_MORE = lazy_compile(rf"(?:(?<=[,，;；。])|^)(?:{_LAST_YEAR},?)?"
                          r"(?:(?:未|没有)(?P<same>增加|上升|增长|提高|下降|降低|减少)"
                          r"|持平或(?P<other>增加|上升|增长|提高|下降|降低|减少)|(?P<other_first>增加|上升|增长|提高|下降|降低|减少)或持平)"
                          r"的?(?=[,，]?得满分)")


def _kept_level_of_the_steps(text: str) -> str:
    """未增加的得满分 beside 较上年每增加N扣M: 不高于上年的得满分 (不低于上年 beside steps of a fall)."""
    steps = _STEPS_OVER_LAST_YEAR.search(text)
    if steps is None:
        return text
    rising = steps.group("way") in _GATED_RISES

    def kept(found: re.Match[str]) -> str:
        same, other = found.group("same"), found.group("other") or found.group("other_first")
        if found.start() < steps.end() or same is not None and (same in _GATED_RISES) != rising \
                or other is not None and (other in _GATED_RISES) == rising:
            return found.group()
        return "不高于上年的" if rising else "不低于上年的"

    return _NONE_MORE.sub(kept, text)


# 不低于上年度水平得满分，低于上年的按本年/上年比例计分: last year is the target reached, so this year's over last year's
# is the completion's share, 按比例 (once a formula that could not stand beside a band)
_LAST_YEAR_REACHED = lazy_compile(r"(?:不低于|达到|不少于)(?:上年|去年)")
_THIS_OVER_LAST = lazy_compile(r"按本年度?(?:实际)?(?:数|值)?[/÷](?:上年|上年度|去年)(?:实际)?(?:数|值)?的?比例")


def unchanged_level(text: str) -> str:
    if _LAST_YEAR_REACHED.search(text):
        text = _THIS_OVER_LAST.sub("按比例", text)
    if _LAST_YEAR_LEVEL_REACHED.search(text):
        text = _LAST_YEAR_LEVEL.sub(r"\1", text)
    text = _no_change_of_the_bands(_kept_level_of_the_steps(text))
    text = _NOT_GROWN.sub(r"\1增长不超过0%", _BONUS_NOTE.sub(r"\1。", text))
    if not _rate_signs(text):
        text = _UNCHANGED.sub(r"\1增幅达到0%", text)
    return _GROWTH_STEP.sub(r"\1增长率", text)
