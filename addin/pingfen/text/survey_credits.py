"""The credits a 评分标准 gives its survey's options, said in the ways people write them, as one wording.

满意度调查按“满意”“基本满意”“不满意”三档统计，分别计100%、60%、0 / 问卷选项“非常满意、满意、一般”分别按100%、80%、
60%计分 / 满意度按“满意100分、较满意80分、一般60分、不满意0分”加权计算 each say what one respondent of each option
counts for; they read as 满意、基本满意、不满意分别按100%、60%、0计算满意度 — the wording the reader takes as the
survey's own note, and the credits the rule weighs counts entered without credits by (printed_credits), in the text's
order; credits entered are the evaluator's and stand (a text that leaves 不满意 at 0 unsaid is entered with its fourth
option). A survey rate defined by its options (满意度=(满意人数×100%+基本满意人数×80%+不满意人数×0)/调查总人数) prints
its credits too. Only options that are degrees of satisfaction (满意、基本满意、一般、不满意…), as many as the credits, each credit no
more than the one before it and none above 100%, are read so; anything else keeps its words.
"""

from __future__ import annotations

from decimal import Decimal

from .lazy_regex import lazy_compile

_OPTION = r"(?:非常|很|十分|比较|较|基本|不太|很不|非常不)?满意|不满意|一般|较差|差"
_CREDIT = r"\d+(?:\.\d+)?%?"
_POINTS_OR_CREDIT = r"\d+(?:\.\d+)?(?:%|分)?"  # (分别计100分、80分: points out of 100, as 满意100分)
_CREDITS = rf"({_POINTS_OR_CREDIT}(?:、{_POINTS_OR_CREDIT})+)"
# 分别计 / 分别按 / 分别赋 / 分别为 … then the list, and what it is for (计分, 计算满意度)
# (“非常满意”“满意”“一般”“不满意”,权重分别为1、0.8、0.5、0: what each option's respondent counts for, named first)
_RESPECTIVELY = rf"(?:权重|权数|赋值|系数)?分别(?:计为|计|按照?|赋分?为?|赋值为?|为|折算为?){_CREDITS}(?:计分|[计统]计?算?满意度|计算|折算|赋分|赋值|计|分(?![\d%]))?"
_CLOSED = r"(?=[,;。]|$)"  # (分别按…计算得分率: more words after, which keep theirs)
# (满意度=加权得分/有效问卷数 / 满意度=Σ(各选项人数×赋值)/总人数 / ;满意度=Σ(各档人数×系数)/回访总人数: the survey's
# rate said in words, each option's count times the credit just listed over all respondents — what the credits compute)
_WEIGHED = r"(?:加权(?:得分|分值|总分|合计)|[Σ∑]\((?:各|每个?)(?:选项|档次?|项)?人数[×*](?:对应)?(?:赋值|系数|分值|权重|折算比例|折算系数)\))"
_RESPONDENTS = r"(?:有效问卷数?|调查总?人数|调查总数|问卷总数|总人数|有效样本数?|样本数|回访总人数|有效回访数|有效票数|总票数|调查总?户数|有效样本户数|样本户数|总户数|总样本数?|总样本量|样本总数)"
# (…/(有效问卷数×100): credits out of 100 brought back to a share — only with such credits)
_RATE_IN_WORDS = rf"(?:[,;]满意度={_WEIGHED}/(?:{_RESPONDENTS}|(?P<hundred>\({_RESPONDENTS}[×*]100\))))?"
# 满意度得分=加权平均分/100×分值: the mean of credits out of 100, over 100, is the survey's rate (only with such credits)
# (满意度得分为加权平均分,本项得分=满意度得分/100×6: the mean named first, then the score of it)
_MEAN_OVER_HUNDRED = (r"(?P<mean>[,;](?:满意度)?得分=加权平均(?:得)?分/100[×*]"
                      r"|[,;]满意度得分为加权平均(?:得)?分[,;](?:本项|本指标)?得分=满意度得分/100[×*])")
# (问卷设“满意、较满意、一般、不满意”4个选项,分别按… / “…”四档统计,分别计…: how many options, between them and their credits)
_HOW_MANY = r"(?:[一二三四五六七八九两\d]个?(?:选项|档次?|等级?))?(?:统计)?"
_QUOTED_EACH = lazy_compile(rf"(?:满意度)?(?:调查)?按?((?:“(?:{_OPTION})”){{2,}}){_HOW_MANY},?"
                            rf"{_RESPECTIVELY}{_RATE_IN_WORDS}(?:{_MEAN_OVER_HUNDRED}|{_CLOSED})")
_LISTED = lazy_compile(rf"(?:按照?)?(?:问卷)?(?:选项)?“?((?:{_OPTION})(?:、(?:{_OPTION}))+)”?{_HOW_MANY},?{_RESPECTIVELY}{_RATE_IN_WORDS}"
                       rf"(?:{_MEAN_OVER_HUNDRED}|{_CLOSED})")
# 满意计1分、基本满意计0.6分、不满意计0分,满意度=总得分/样本数 / 非常满意、满意计100%,比较满意计60%,不满意不得分 /
# 回答“满意”计100%、“一般”计50%、“不满意”不计: each option (or several sharing one credit) with its credit, and their mean
# (normalised before this: 计0分 reads 不得分, and the 、 after a credit a ;)
_COUNTED_OPTIONS = rf"“?(?:{_OPTION})”?(?:、“?(?:{_OPTION})”?)*"
# (非常满意计1分、比较满意计0.8: a credit after the first's 分 with its unit unsaid, on the first's scale)
_COUNTED = rf"{_COUNTED_OPTIONS}(?:计\d+(?:\.\d+)?(?:分|%)?|不得分|不计分?)"
_COUNTED_EACH = lazy_compile(rf"({_COUNTED}(?:[、,;]{_COUNTED})+)(?:,满意度=(?:总得分|{_WEIGHED})/{_RESPONDENTS})?{_CLOSED}")
_COUNTED_PAIR = lazy_compile(rf"({_COUNTED_OPTIONS})(?:计(\d+(?:\.\d+)?(?:分|%)?)|不得分|不计分?)")
# 满意度=(满意人数+基本满意人数×0.6)/有效问卷数 / 满意度=(满意×1+较满意×0.8)/样本数: the rate defined by its options, a
# bare option counting whole; an option the sum leaves out counts 0 (every respondent is in the divisor) — named from
# the text's list of its options (选项为满意、较满意、不满意 / 按“满意”“基本满意”“不满意”统计), else 其他
_SUM_TERM = rf"(?:{_OPTION})(?:人数|户数|票数?|问卷数?)?(?:[×*]{_CREDIT})?"
# (满意度=(非常满意+满意)人数/调查总人数: what is counted said once, after the options summed; 满意率=(很满意+满意)/总样本:
# the satisfied's share named 满意率, over all respondents named 总样本)
# (满意度=(满意问卷数×100+基本满意问卷数×60)/(有效问卷数×100): credits out of 100, the respondents times 100 below —
# each credit a share of 100; 满意度=满意户数/调查户数×100%: one option alone, read so only where the options are listed)
_SUMMED = lazy_compile(rf"满意(?:度|率)=(?:\(({_SUM_TERM}(?:\+{_SUM_TERM})+)\)|(?P<one>(?:{_OPTION})(?:人数|户数|票数|问卷数)))"
                       rf"(?:人数|户数|票数)?/(?:{_RESPONDENTS}|(?P<hundred>\({_RESPONDENTS}[×*]100\)))(?:[×*]100%)?"
                       # (…×100%(问卷选项:满意、较满意、不满意): the options counted, listed in brackets after the rate)
                       rf"(?:\((?:问卷)?选项(?:为|有|设)?:?“?(?:{_OPTION})(?:、(?:{_OPTION}))+”?\))?(?=[,;。]|$)")
# 得分=∑(各选项人数×折算比例)/有效问卷数×10 / 得分=(满意人数×1+较满意人数×0.6)/调查总人数×4: the survey's rate said in
# words with the points it is times, inside the score — the rate (满意度=…) and 得分=满意度×10, read as those are
_SCORE_OF_RATE = lazy_compile(rf"(?<=[,;])得分=({_WEIGHED}|\({_SUM_TERM}(?:\+{_SUM_TERM})+\)(?:人数|户数|票数)?)/({_RESPONDENTS})"
                              rf"[×*](\d+(?:\.\d+)?)分?(?=[,;。]|$)")
_SUM_PART = lazy_compile(rf"({_OPTION})(?:人数|户数|票数?|问卷数?)?(?:[×*]({_CREDIT}))?")
_OPTIONS_LISTED = lazy_compile(rf"选项(?:为|有|设)?:?“?((?:{_OPTION})(?:、(?:{_OPTION}))+)”?|“((?:{_OPTION})(?:、(?:{_OPTION}))+)”"
                               rf"|((?:“(?:{_OPTION})”){{2,}})"
                               # (按满意、基本满意、不满意统计: the options counted, listed before 统计)
                               rf"|按((?:{_OPTION})(?:、(?:{_OPTION}))+)(?:[三四五六3-6]个?(?:选项|档次?|等级?))?统计"
                               # (问卷设满意、比较满意、不满意: the options the questionnaire sets)
                               rf"|问卷设置?:?((?:{_OPTION})(?:、(?:{_OPTION}))+)")
# 问卷设满意、比较满意、不满意三项 / 问卷设“满意、较满意、不满意”三项 / 选项为满意、不满意两项: how many options there are,
# restating the list — dropped only when it is the number listed (three for A、B、C); any other count keeps its words
_OPTIONS_COUNTED = lazy_compile(rf"((?:问卷设置?|选项(?:为|有|设)?):?(“?)((?:{_OPTION})(?:、(?:{_OPTION}))+)(”?))共?"
                                rf"([2-6二两三四五六])(?:个选项|项|个|档)(?=[,;。]|$)")
_OPTION_NUMERALS = {"二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_REST = "其他"  # (the options a sum leaves out, where the text lists none: all of them count 0)
# (非常满意(100分): the points in brackets after the option)
_OPTION_POINTS = rf"(?:{_OPTION})(?:\d+(?:\.\d+)?分|\(\d+(?:\.\d+)?分\))"
# (满意度调查按“非常满意10分、满意8分…”计算平均分,平均分×0.5即为本项得分: the mean of points out of 10, times 0.5, is
# the rate times 10×0.5 — said as the rate and 得分=满意度×5)
_MEAN_TIMES = (r"计算平均分,(?=得分=|平均分[×*][\d.]+即为)(?:得分=)?平均分[×*](?P<times>\d+(?:\.\d+)?)"
               r"(?:即为(?:本项|本指标)?得分)?")
# (问卷设“…”,以平均分作为满意度: the survey's options and their points, the mean of them the rate)
_MEAN_AS_RATE = r",?(?:以|按)?(?:加权)?平均分(?:作为|即为|为)满意度"
_PAIRED = lazy_compile(rf"(?:满意度)?(?:调查)?(?:问卷设)?按?“({_OPTION_POINTS}(?:[、;,]{_OPTION_POINTS})+)”"
                       rf"(?:{_MEAN_TIMES}|{_MEAN_AS_RATE}|(?:加权(?:计算|平均|汇总)?)?){_CLOSED}")
# 非常满意(100%)、满意(80%)、一般(50%)、不满意(0%): each option with its credit in brackets, a share of one respondent
_BRACKETED_TERM = rf"(?:{_OPTION})\((?:\d+(?:\.\d+)?%|0)\)"
_BRACKETED = lazy_compile(rf"(?<![\u4e00-\u9fff])({_BRACKETED_TERM}(?:、{_BRACKETED_TERM})+)(?:计算满意度|加权计算)?{_CLOSED}")
_BRACKETED_PAIR = lazy_compile(rf"({_OPTION})\((\d+(?:\.\d+)?%|0)\)")
_PAIR = lazy_compile(rf"({_OPTION})\(?(\d+(?:\.\d+)?)分\)?")
_NAME = lazy_compile(rf"{_OPTION}|{_REST}")
_DEFINED = lazy_compile(r"[\u4e00-\u9fff](?:度|率)=")
_SAID = lazy_compile(rf"((?:{_OPTION})(?:、(?:{_OPTION}))*(?:、{_REST})?)分别按({_CREDIT}(?:、{_CREDIT})+)计算满意度")
_WEIGHTED = lazy_compile(rf"\(((?:{_OPTION})人数[×*]{_CREDIT}(?:\+(?:{_OPTION})人数[×*]{_CREDIT})+)\)/")
_TERM = lazy_compile(rf"({_OPTION})人数[×*]({_CREDIT})")


def _fraction(written: str) -> Decimal:
    return Decimal(written[:-1]) / 100 if written.endswith("%") else Decimal(written)


def _fractions(written: list[str]) -> list[Decimal] | None:
    """100%、60%、0 / 1、0.6、0 as fractions of one; None unless each is at most the one before and at most 100%."""
    values = [_fraction(item) for item in written]
    if any(value > 1 for value in values) or any(later > earlier for earlier, later in zip(values, values[1:])):
        return None
    return values


def _said(names: list[str], credits: list[Decimal] | None) -> str | None:
    if credits is None or len(names) != len(credits) or len(set(names)) != len(names):
        return None
    return credits_said(tuple(zip(names, credits)))


def credits_said(credits: tuple[tuple[str, Decimal], ...]) -> str:
    """满意、基本满意、不满意分别按100%、60%、0计算满意度: the one wording of the credits, which printed_credits reads."""
    shown = "、".join(f"{(credit * 100).normalize():f}%" if credit else "0" for _, credit in credits)
    return f"{'、'.join(name for name, _ in credits)}分别按{shown}计算满意度"


def printed_credits(text: str) -> tuple[tuple[str, Decimal], ...]:
    """Each option the normalised text names with its credit, in order; () where it names none (or credits above 100%,
    or rising)."""
    said, weighted = _SAID.search(text), _WEIGHTED.search(text)
    if said is not None:
        names, written = _NAME.findall(said.group(1)), said.group(2).split("、")
    elif weighted is not None:
        terms = _TERM.findall(weighted.group(1))
        names, written = [name for name, _ in terms], [credit for _, credit in terms]
    else:
        return ()
    credits = _fractions(written)  # (…不满意人数×2910: no credit of one respondent)
    if credits is None or len(names) != len(credits):
        return ()
    return tuple(zip(names, credits))


def _respectively(found) -> str:
    names, written = _NAME.findall(found.group(1)), [item.removesuffix("分") for item in found.group(2).split("、")]
    hundred = not any(item.endswith("%") for item in written) and max(Decimal(item) for item in written) == 100
    if hundred:
        written = [f"{item}%" for item in written]  # 分别按100、80、60、0计分: points out of 100, as 满意100分 (_paired)
    elif found.group("hundred") or found.group("mean"):
        return found.group()  # (…/(有效问卷数×100) beside credits of 1、0.8: not a share — left to be refused)
    said = _said(names, _fractions(written))
    if said is None:
        return found.group()
    return said + (";得分=满意度×" if found.group("mean") else "")


def _counted(found) -> str:
    pairs = [(_NAME.findall(names), value or "0") for names, value in _COUNTED_PAIR.findall(found.group(1))]
    values = [value for _, value in pairs]
    if any(value.endswith("%") for value in values):
        if not all(value.endswith("%") or value == "0" for value in values):  # (满意计1分、一般计50%: two scales)
            return found.group()
        written = values
    else:
        points = [Decimal(value.removesuffix("分")) for value in values]
        if max(points) not in (1, 100):  # a respondent's whole credit: 1 (满意计1分) or 100 (满意计100分)
            return found.group()
        if max(points) != 1 and any(value[-1].isdigit() for value in values if value != "0"):
            return found.group()  # (满意计100分、比较满意计0.8: a bare credit on the scale of 1 beside 100 — two scales)
        written = [f"{value}%" if max(points) == 100 else str(value) for value in points]
    names = [name for group, _ in pairs for name in group]
    each = [credit for (group, _), credit in zip(pairs, written) for _ in group]
    return _said(names, _fractions(each)) or found.group()


def _options_counted(found) -> str:
    count = found.group(5)
    said = int(count) if count.isdigit() else _OPTION_NUMERALS[count]
    return found.group(1) if said == len(_NAME.findall(found.group(3))) else found.group()


def _summed(found, text: str) -> str:
    parts = [(name, credit or "1") for name, credit in _SUM_PART.findall(found.group(1) or found.group("one"))]
    listed = _OPTIONS_LISTED.search(text)
    if all(credit == "1" for _, credit in parts) and not listed:
        return found.group()  # ((非常满意人数+满意人数)/…: a count of the satisfied, no weights, no options to count)
    if found.group("hundred"):  # (…/(有效问卷数×100): each credit out of 100 — a bare option or a share is not)
        if any(credit == "1" or credit.endswith("%") for _, credit in parts):
            return found.group()
        parts = [(name, f"{credit}%") for name, credit in parts]
    named = dict(parts)
    if listed:
        options = _NAME.findall(next(group for group in listed.groups() if group))
    else:  # (…+不满意人数×0: an option counting 0 named, so every option is)
        options = [*named] + ([] if any(_fraction(credit) == 0 for _, credit in parts) else [_REST])
    if len(named) != len(parts) or not set(named) <= set(options):  # (an option named twice, or not among those listed)
        return found.group()
    said = _said(options, _fractions([named.get(option, "0") for option in options]))
    if said is None or printed_credits(said) == printed_credits(found.group()):  # (read as written: _WEIGHTED)
        return found.group()
    return said


def _paired(found) -> str:
    pairs = _PAIR.findall(found.group(1))
    points = [Decimal(value) for _, value in pairs]
    names = [name for name, _ in pairs]
    if found.group("times"):  # the mean of the points, times a number: the rate (points over the most) times both
        said = _said(names, _fractions([str(value / max(points)) for value in points])) if max(points) else None
        return f"{said},得分=满意度×{(max(points) * Decimal(found.group('times'))).normalize():f}" if said else found.group()
    if max(points) != 100:  # points out of 100 (满意100分): other scales are not a respondent's share
        return found.group()
    return _said(names, _fractions([f"{value}%" for _, value in pairs])) or found.group()


def _bracketed(found) -> str:
    """非常满意(100%)、满意(80%)…: credits, the best option a whole respondent — never shares of the respondents
    (满意(80%)、基本满意(15%)、不满意(5%): how they answered), which are left as written."""
    pairs = _BRACKETED_PAIR.findall(found.group(1))
    credits = _fractions([credit for _, credit in pairs])
    if credits is None or credits[0] != 1:
        return found.group()
    return _said([name for name, _ in pairs], credits) or found.group()


def _score_of_rate(found, text: str) -> str:
    """得分=(满意人数×1+较满意人数×0.6)/调查总人数×4 → 满意度=(…)/调查总人数;得分=满意度×4 — a sum whose credits are
    the ones the text lists (or that lists none); credits of its own beside others listed (×0.8 beside 分别计1、0.6、0):
    which of the two weighs the counts is not said, and the whole text stays as written."""
    rate = f"满意度={found.group(1)}/{found.group(2)}"
    terms = _SUM_PART.findall(found.group(1)) if not found.group(1).startswith(("∑", "Σ", "加权")) else []
    if terms:
        listed = dict(printed_credits(survey_credits(text[: found.start()] + text[found.end():])))
        summed = {name: _fraction(credit or "1") for name, credit in terms}
        if listed and any(listed.get(name, Decimal(0)) != summed.get(name, Decimal(0)) for name in {*listed, *summed}):
            raise _TwoWeights
    return f"{rate};得分=满意度×{found.group(3)}"


class _TwoWeights(Exception):
    """The score's sum weighs an option otherwise than the credits listed for it."""


def survey_credits(text: str) -> str:
    try:
        text = _SCORE_OF_RATE.sub(lambda found: _score_of_rate(found, text), text)
    except _TwoWeights:
        return text  # (分别计1、0.6、0分，得分=(满意人数×1+较满意人数×0.8)/…: nothing read, for the reader to refuse)
    said = _BRACKETED.sub(_bracketed, _OPTIONS_COUNTED.sub(_options_counted, text))
    said = _COUNTED_EACH.sub(_counted, _PAIRED.sub(_paired, _LISTED.sub(_respectively, _QUOTED_EACH.sub(_respectively, said))))
    said = _SUMMED.sub(lambda found: _summed(found, said), said)
    # (群众满意度=满意人数/调查人数×100%，满意、基本满意分别计100%、60%: the rate defined without the credits — which
    # one weighs the counts is not said; left as written, for the reader to refuse)
    if _DEFINED.search(said):
        return text
    # (分别计1、0.6、0分，满意度=(满意人数×1+较满意人数×0.8)/…: two weights of one option — once the first read, the
    # rate's own dropped; left as written, for the reader to refuse)
    return text if len({found.group(2) for found in _SAID.finditer(said)}) > 1 else said
