"""A target printed in brackets where the rule first names it: ``达到考核目标（≥83.3%）的得5分；低于目标但不低于75%的得3分；
低于75%的不得分`` / ``资助学生人数达到计划数（200名）的得3分；每少资助1名扣0.1分``. The target is that number, here and wherever the bands name the target again (低于目标): the bands
``达到83.3%的得5分；低于83.3%但不低于75%的得3分``, which the reader reads as any bands of the measure. Only a text that
prints one such target; the target named again only right after a comparison (低于 / 达到 / 高于 / 超过 / 未达到) and
before the clause goes on (但 / 的 / a comma), never inside another word (目标任务数).

The target may also stand apart from the bands that name it: as a sentence of its own (``PM2.5年均浓度：目标值≤35微克/
立方米。达到目标值得6分；每超出1微克/立方米扣1分`` — a ceiling's 达到 is staying under it: 不超过35微克/立方米得6分), a
自评表 row's target column (``…平均费用(3分)≤1500元。实际平均费用不超过指标值的得3分``), or a note closing the text
(``执行率达到目标得满分，每低1%扣0.5分。（目标值90%）`` — once dropped, the steps counted from 100%). Only where every
other 目标值/指标值 of the text is such a band's (none in a formula, 实际值/目标值) and no share of it is scored (按完成比例).
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

# (the target as the level above names it: 达到计划数（200名）的 / 不低于省下达目标任务（45.6万亩）的 / 控制在省下达指标
# （3.5‰）以下 — a number with its unit, never 目标任务数, nor 指标(2分), the points of an indicator, nor 本指标(2)-(4)项, nor 年度目标(2023年), a date)
# 达到全省平均水平（5%）以上的 / 低于全市平均值（3.2‰）的: an average the rule compares with, its value printed, is such a
# level too (the average alone, named by where it is taken, never a word that merely ends in 水平: 管理水平（2分）)
_AVERAGE = r"(?:全国|全省|全市|全区|全县|全州|同行业|行业|同类|同级)平均(?:水平|值|数)"
# 控制在上年水平（12人）以内 / 不超过预算（50万元） / 不低于上级下达任务（38.6万亩）: last year's level, a budget or an
# approved estimate, a task — a reference the rule compares with, its value printed, is such a level too
_REFERENCE = r"(?:上年|上一年|去年|上年度)(?:水平|同期水平|同期)?|(?:批复|年度|部门)?(?:预算|概算)(?:标准|数|金额)?|批复标准|(?:年度|全年)?任务"
_TARGET = rf"(?:(?:(?:省|市|县|区|镇|乡|上级)下达(?:的)?|考核|年度)?(?:目标任务|目标值|目标|指标值|指标|计划数|计划任务)|{_AVERAGE}" \
          rf"|(?:上级下达(?:的)?)?(?:{_REFERENCE}))"
# (a number right after the bracket is a distance off it, 低于上年(92%)5个百分点: the value there would run into it)
_PRINTED = lazy_compile(rf"({_TARGET})\((?:≥|≤|不低于|不高于|为)?(\d+(?:\.\d+)?(?:%|‰|万?(?![分年月日号])[\u4e00-\u9fff]{{1,2}}))\)(?![\d.])")
_COMPARED = "低于|未达到|达到|高于|超过|超出"  # (the words that name the target again, compared with)
_NAMED = rf"({_COMPARED})({_TARGET})"
_NAMED_AGAIN = lazy_compile(_NAMED + r"(?=[但且的,;。]|$)")
_AVERAGE_NAMED = lazy_compile(_AVERAGE)
# 达到目标值90%(含)以上的 / 达到计划数的80%: a share of the target, which the number printed in its unit cannot stand for
_SHARE_OF = lazy_compile(rf"{_TARGET}的?\d+(?:\.\d+)?%")


# 完成年度核销任务（8处）得4分: the task completed, named by its work (核销), is the task whose number is printed — as
# 完成年度任务（8处） is (once 完成年度核销8处, the name left standing before the number and the number unplaced)
_TASK_NAMED = lazy_compile(r"(?<=完成)(?:年度|全年)?(?:(?![的率任])[\u4e00-\u9fff]){1,8}?(?=任务\(\d)")


# 执行率达到目标得满分，每低1%扣0.5分。（目标值90%）: the target printed in a note closing the text, the bands naming it
# before (once the note dropped, the steps counted from 100%); not a ceiling (目标值≤5%), which 达到 would not say
_NOTE = lazy_compile(rf"\(({_TARGET})(?::|为|是)?(?:≥|不低于)?(\d+(?:\.\d+)?(?:%|‰|万?(?![分年月日号])[\u4e00-\u9fff]{{1,2}}))\)[。;]?$")
# (达到目标得满分: named right before its outcome, as a band names it)
_NAMED_BEFORE_NOTE = lazy_compile(_NAMED + r"(?=[但且的得计记,;。]|$)")
# 超出预算的，每超出1%扣0.5分 after an amount: the steps are shares of it (超出的，每超出1%), the comparison said alone
_STEPS_OF_SHARE = lazy_compile(r"的?,?每(?:超出|超过|高于|低于|少于)\d+(?:\.\d+)?%")


# PM2.5年均浓度：目标值≤35微克/立方米。达到目标值得6分；每超出1微克/立方米扣1分: the target stated as a sentence of its
# own, then named by the bands — 达到 a ceiling is staying under it (once refused: 达到 read as ≥ beside steps above it)
# (年度指标值≤1500元。实际平均费用不超过指标值的得3分: a 自评表 row's target column, said the same way)
# (…平均费用(3分)≤1500元。: the row's target column right after its heading, its sign said)
_STATED = lazy_compile(r"(?:(?:^|(?<=[:;。]))(?:年度|全年)?(?:目标值|指标值)(?::|为)?(?P<op>≤|不超过|不高于|≥|不低于)?"
                       r"|(?<=分\))(?P<signed>≤|≥))(?P<level>\d+(?:\.\d+)?(?:%|‰|[\u4e00-\u9fff/]{1,8}))[。;]")
_STATED_NAMED = lazy_compile(r"(?P<cmp>未达到|达到|不超过|超过|超出|低于|高于)(?:目标值|指标值)(?=[但且的得计记,;。]|$)")
# (按完成比例: the share of the target entered, read as such; 实际值/指标值×3 names the target once more than the bands
# do, which the count of its names keeps out — a unit's slash, 微克/立方米, is no ratio)
_RATIO_SAID = lazy_compile(r"比例")
_CEILING_SAID = {"未达到": "超过", "达到": "不超过", "不超过": "不超过", "超过": "超过", "超出": "超出"}


def _stated_target(text: str) -> str | None:
    stated = _STATED.search(text)
    if stated is None or len(_STATED.findall(text)) != 1:
        return None
    rest = text[:stated.start()] + text[stated.end():]
    named = list(_STATED_NAMED.finditer(rest))
    if not named or rest.count("目标值") + rest.count("指标值") != len(named) or _RATIO_SAID.search(rest):
        return None  # (目标值 in a formula, 实际值/目标值: the entered target's reading)
    ceiling = (stated.group("op") or stated.group("signed")) in ("≤", "不超过", "不高于")
    if ceiling and any(found.group("cmp") not in _CEILING_SAID for found in named):
        return None  # (低于 a ceiling target: better, or short of it? not said)
    level = stated.group("level")

    def named_again(found: re.Match[str]) -> str:
        said = _CEILING_SAID[found.group("cmp")] if ceiling else found.group("cmp")
        if not level.endswith(("%", "‰")) and _STEPS_OF_SHARE.match(found.string, found.end()):
            return said  # 超过指标值的，每超出1%扣0.5分: the steps are shares of the level (超过的，每超出1%)
        return said + level

    return _STATED_NAMED.sub(named_again, rest)


def printed_target(text: str) -> str:
    """``达到考核目标(≥83.3%)的…;低于目标但…`` → ``达到83.3%的…;低于83.3%但…``; the target stated as a sentence
    (``目标值≤35微克/立方米。达到目标值得6分`` → ``不超过35微克/立方米得6分``) or noted last (``…达到目标得满分…(目标值90%)``
    → ``…达到90%得满分…``) the same."""
    if ("目标值" in text or "指标值" in text) and (stated := _stated_target(text)) is not None:
        return stated
    note = _NOTE.search(text) if not _PRINTED.search(text) else None
    if note is not None and _NAMED_BEFORE_NOTE.search(text, 0, note.start()):
        level = note.group(2)
        return _NAMED_BEFORE_NOTE.sub(lambda found: found.group(1) + level, text[:note.start()]).rstrip()
    if len(_PRINTED.findall(text)) == 1:
        text = _TASK_NAMED.sub("", text)
    printed = _PRINTED.findall(text)
    if len(printed) != 1:
        return text
    name, level = printed[0]
    if not level.endswith(("%", "‰")) and _SHARE_OF.search(text):
        return text

    def again(found: re.Match[str]) -> str:
        if found.group(2) != name and (_AVERAGE_NAMED.fullmatch(name) or _AVERAGE_NAMED.fullmatch(found.group(2))):
            return found.group()  # (全市平均水平(3.2万元) beside 低于全省平均水平: another average, never that number)
        if not level.endswith(("%", "‰")) and _STEPS_OF_SHARE.match(found.string, found.end()):
            return found.group(1)  # 超出预算的，每超出1%扣0.5分: the steps are shares of the level (as 超出的，每超出1%)
        return found.group(1) + level

    return _NAMED_AGAIN.sub(again, _PRINTED.sub(level, text))
