"""分别 / 计分为 after a list of grades: one grade and its points each, in order.

评价结果分为优秀、良好、合格、不合格,分别得10分、8分、6分、0分 → 评价结果分为优秀得10分;良好得8分;合格得6分;不合格得0分;
群众评价按满意、较满意、一般、较差、差5档划分,计分为5分、4分、3分、2分、1分 → …按满意计5分;较满意计4分;… — the grade list
the reader already reads (the evaluator picks one). Only a list that says it is grades is written out: the sentence
divides into them (分为 / 划分 / 评定为 / N个等次 / N档), or every name is a grade's word (优秀、良好、合格…). 省级、市级
分别加3分、2分 may be kinds that add up, not one grade to choose: it is left as written, and so is a list whose count
differs from the points', or from the N of N档 — the reader then refuses it naming the list, never pairing by guess.
"""

from __future__ import annotations

import re

from .lazy_regex import lazy_compile

_NUMBER = r"\d+(?:\.\d+)?"
# (分别计5-6分、3-4分、1-2分、0分: a range of points for a grade, the evaluator's score within it)
_POINTS = rf"(?:{_NUMBER}(?:-{_NUMBER})?分?|满分)"
# …分为优秀、良好、合格、不合格(,共4个等次)?,分别得10分、8分、6分、0分 / 按照“好、较好、一般、差”评定,分别计3分、…: the
# names may be quoted, the quotes closing the list (then what is done with them, 评定, may follow)
# a grade's name never runs into the count of grades after it (A、B、C、D四档: D, then 4 grades)
# — but a name of its own after 、 may be one (分为一级、二级、三级、不合格: 二级 the second grade, no count)
_NAME_CHAR = r"(?:(?!(?<!、)[二三四五六七八九十]个?(?:等次|等级|档次|档|级|类)|评定|评价|评分|划分)[\u4e00-\u9fffA-E])"
# (按优、良、中、差评定,分别得…: what is done with the grades, 评定, may follow them unquoted too; 对应得分 says 分别得)
_GRADE_LIST = lazy_compile(
    r"(?P<before>(?:^|(?<=[;。\n]))[^;。\n]*?)"
    rf"(?P<quoted>“)?(?P<names>[\u4e00-\u9fffA-E]+(?:、{_NAME_CHAR}{{1,6}})+)(?(quoted)”)(?:评定|评价|评分|划分)?"
    r"(?:[,]?(?:共|分|分为)?(?P<count>\d+|[二三四五六七八九十])个?(?:等次|等级|档次|档|级|类)(?:划分|评定|评价|评分)?)?"
    r"[,]?(?:分别|计分为|得分为|赋分为|依次|对应得分为?|对应分值为?|(?:分别)?对应)(?P<verb>得|计|记|给|赋|按)?(?:为)?(?:基本分|基础分)?"
    # (分别得本项分值的100%、80%、60%、0%: each grade's share of the 分值, as 良好得分值的80% says it)
    rf"(?:(?P<of>(?:本项|该项|该指标|本指标|指标)?分值的)(?P<shares>{_NUMBER}%(?:、{_NUMBER}%)+)(?:计分|记分|确定得分)?"
    rf"|(?P<awards>(?:{_POINTS}、)*{_POINTS}[、和及](?:{_NUMBER}(?:-{_NUMBER})?分|满分)))(?=$|[;。,\n])")  # (…、6分和0分: the last after 和)
# where the first grade's name starts: after the words that divide the sentence into grades
_DIVIDED = lazy_compile(r"^(?P<lead>.*(?:分为|划分为|评定为|评为|定为|分成|为|按|:|达到))(?P<first>[\u4e00-\u9fffA-E]{1,6})$")
GRADE_NAMES = frozenset((  # (also the names that make a numbered list grades to choose, rules/choices.py)
    "优秀", "优", "优良", "良好", "良", "较好", "好", "合格", "基本合格", "不合格", "中", "中等", "一般", "较差", "差",
    "满意", "较满意", "比较满意", "基本满意", "不满意", "很满意", "非常满意", "达标", "基本达标", "不达标",
    "A", "B", "C", "D", "E", "A级", "B级", "C级", "D级", "一等", "二等", "三等", "甲", "乙", "丙", "丁",
))

# 报告质量优 / 服务质量较好: words, then a grade's name closing them (the longest that does)
_SUBJECT_THEN_GRADE = lazy_compile(
    r"(?P<subject>[\u4e00-\u9fff]{2,12}?)(?P<grade>" + "|".join(sorted(GRADE_NAMES, key=lambda name: (-len(name), name))) + ")")


def distribute_grades(text: str) -> str:
    """Every list of grades paired with a list of points written out as one grade and its points each."""
    if not ("分别" in text or "分为" in text or "依次" in text or "对应" in text):
        return text
    return _GRADE_LIST.sub(_grades, _COUNTED_LIST.sub(_counted_grades, text) if "和" in text or "及" in text else text)


# 评定等级达到优秀、良好、合格、不合格但至少1项指标合格以上和所有指标不合格5个等次,分别得基本分60、45、30、10和0分: grades
# described at length (a digit and 以上 in one), the last after 和 — read so only when the count of grades said (5个等次)
# is the number of names and of points alike, the names split at 、 with the last 和
_COUNTED_LIST = lazy_compile(
    r"(?P<before>(?:^|(?<=[;。\n:]))[^;。\n:]*?(?:分为|划分为|评定为|评为|定为|分成|达到))"
    r"(?P<names>[\u4e00-\u9fffA-E]{1,6}(?:、[\u4e00-\u9fff\dA-E]{1,20})+(?:和|及)[\u4e00-\u9fff\dA-E]{1,20}?)"
    r"(?:共)?(?P<count>\d+)个?(?:等次|等级|档次|档)[,]?(?:分别|依次)(?P<verb>得|计|记|给|赋)?(?:为)?(?:基本分|基础分)?"
    rf"(?P<awards>(?:{_NUMBER}分?、)*{_NUMBER}分?[、和及]{_NUMBER}分)(?=$|[;。,\n])")


def _counted_grades(match: re.Match) -> str:
    *listed, last = match.group("names").split("、")
    joined = re.split(r"和|及", last)
    names = listed + joined
    awards = re.findall(_NUMBER, match.group("awards"))
    if len(joined) != 2 or not (int(match.group("count")) == len(names) == len(awards)) or not all(names):
        return match.group()
    verb = match.group("verb") or "得"
    # (至少1项指标合格: a count in the grade's words, spelled as printed — no number the reader would take for a level)
    names = [_COUNT_IN_NAME.sub(lambda m: "一两三四五六七八九"[int(m.group(1)) - 1] + m.group(2), name) for name in names]
    before = re.sub(r"(?:达到)$", "", match.group("before"))  # (评定等级达到优秀…: what is graded, then each grade)
    return before + "," + ";".join(f"{name}{verb}{award}分" for name, award in zip(names, awards))


_GRADED_ONLY = lazy_compile(r"(?:^|(?<=[;。,:\n]))[\u4e00-\u9fff]{0,10}?综合(?:评定|评价|考评)(?:结果|等次|等级)?(?:为|分为|评定为)?$")
_COUNT_IN_NAME = lazy_compile(r"(?<![\d.])([1-9])(项|个|条|次|类)")


def _grades(match: re.Match) -> str:
    names = match.group("names").split("、")
    divided = _DIVIDED.match(names[0])
    lead = match.group("before") + (divided.group("lead") if divided else "")
    names[0] = divided.group("first") if divided else names[0]
    subject = _SUBJECT_THEN_GRADE.fullmatch(names[0]) if divided is None and names[0] not in GRADE_NAMES else None
    if subject is not None and all(name in GRADE_NAMES for name in names[1:]):
        # 报告质量优、良、中、差分别计4、3、2、0分: what is graded run into the first grade's name, every other name a
        # grade's (the longest grade's name that ends the first: 服务质量较好 is 较好, not 好)
        lead += subject.group("subject")
        names[0] = subject.group("grade")
    shares = match.group("shares")
    if shares is None and match.group("verb") == "按":
        return match.group()  # (分别按10分、8分: points said 按, read as before — refused)
    awards = shares.split("、") if shares is not None else re.findall(rf"{_NUMBER}(?:-{_NUMBER})?|满分", match.group("awards"))
    count = match.group("count")
    said_grades = count is not None or (divided is not None and divided.group("lead").endswith(("分为", "划分为", "评定为", "评为", "定为", "分成")))
    if len(names[0]) > 6 or len(names) != len(awards) or (count is not None and _counted(count) != len(names)):
        return match.group()
    if not said_grades and not all(name in GRADE_NAMES for name in names):
        return match.group()  # 省级、市级、县级分别加3分、2分、1分: kinds that may add up, not grades
    verb = match.group("verb") or "得"
    # (综合评定为好、较好…对应6分、4分…: the grading's verb alone, naming nothing graded — once left as a clause of its own,
    # its 综合评定 read as the evaluator's judgement beside the grades)
    lead = _GRADED_ONLY.sub("", lead)
    if lead and not lead.endswith(("\n", ";", "。", ",", ":")):
        lead += ","  # 评定等级为,优秀得10分: what the grades are of, apart from the first grade's name
    if shares is not None:  # each grade's share, falling from the first (a grade below scores less), at most the whole
        values = [float(share[:-1]) for share in awards]
        if any(value > 100 for value in values) or any(lower >= higher for higher, lower in zip(values, values[1:])):
            return match.group()
        # (written as normalize writes 得分值的80%, which it has done by the time the grades are written out)
        return lead + ";".join(f"{name}得满分" if float(share[:-1]) == 100 else f"{name}得分=分值×{share}"
                               for name, share in zip(names, awards))
    return lead + ";".join(f"{name}{verb}{award}" if award == "满分" else f"{name}{verb}{award}分"
                           for name, award in zip(names, awards))


# 考核等次为A级得4分、B级得3分、C级得1分,D级不得分: grades each with its points, run together by 、 as a list is — apart,
# as they are read. Only a run of grade names (the first one's name a word of its own) whose points fall from the first
# (a grade below scores less), so 制度健全得1分、执行到位得1分 (points that may add up) and A级得1分、B级得2分 (which
# grade is the better?) stay as written, for the reader to refuse.
_GRADE_NAME = "|".join(sorted(GRADE_NAMES, key=lambda name: (-len(name), name)))  # (length, then text: the same pattern in every process)
# (A(优秀)3分、B(良好)2分: a letter with its grade's word in brackets, and the points with no verb, as 优秀3分 is read)
_GRADE_AWARD = rf"(?:{_GRADE_NAME})(?:\((?:{_GRADE_NAME})\))?的?(?:(?:得|计|记)?\d+(?:\.\d+)?分|不得分)"
# (评价等级A得6分、B得4分: the first grade right after the word naming grades)
_GRADE_AWARDS_RUN = lazy_compile(rf"(?:(?<![\u4e00-\u9fffA-E])|(?<=为)|(?<=等级)|(?<=等次)){_GRADE_AWARD}(?:、{_GRADE_AWARD})+")
_AWARDED = lazy_compile(r"(?:得|计|记)?(\d+(?:\.\d+)?)分|不得分")


def grade_awards_apart(text: str) -> str:
    """Grades each with its points, run by 、, written apart by commas (the grade list the reader reads)."""
    if "、" not in text:
        return text

    def apart(run: re.Match[str]) -> str:
        points = [float(found.group(1) or 0) for found in _AWARDED.finditer(run.group())]
        falling = all(lower < higher for higher, lower in zip(points, points[1:]))
        return run.group().replace("、", ",") if falling else run.group()

    return _GRADE_AWARDS_RUN.sub(apart, text)


def _counted(count: str) -> int:
    """4 / 四 (四档: the number of grades, spelled as a numeral is no measure word the text layer converts)."""
    from .normalize import chinese_number  # (normalize imports this module: its numerals, once both are loaded)

    return int(count) if count.isdigit() else chinese_number(count)
