"""Reading 评分标准 prose into a ``Rule``.

The text is normalised, then recognisers for each kind try to read it, most specific first. A
recogniser returns the scorer and the spans of text it understood; any scoring sentence (得N分、扣N分、
不得分) left outside those spans makes the rule unreadable rather than silently ignored. Definitions
and explanations (``实际到位资金：一定时期…``) carry no scoring words and are skipped.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import Callable, Optional

from .errors import RuleError
from .formula import parse_formula
from .model import (
    Band, Bands, Checklist, GradeMap, ItemFailures, Manual, RateTimes, Rule, Scorer, Steps, TargetDefault,
    Threshold, Formula,
)
from .normalize import normalize, rejoin_lines

N = r"(\d+(?:\.\d+)?)"
UNIT = r"(%|个|人|项|次|家|户|名|份|场|处|篇|条|天|元|万元)"
NAME = r"[\u4e00-\u9fff“”\"]{1,16}?"
COUNT_WORDS = "个人项次家户名份场处篇条天"

Spans = list[tuple[int, int]]
Recognised = Optional[tuple[Scorer, Spans]]

# A sentence with any of these is a scoring sentence: one left unread makes the rule unreadable
# rather than silently dropped (按比例得分 between two bands, 减2分, 记0分, 此项零分 …).
_SCORING = re.compile(r"得\d|扣\d|减\d|不得分|得满分|满分|得0分|记分|计分|得分[=为:]|按比例|(?<![\d.])0分|零分")
_LABEL_DEFINITION = re.compile(r"([\u4e00-\u9fff]{2,14}?(?:率|占比|满意度))=")
_LABEL_SUBJECT = re.compile(r"([\u4e00-\u9fff]{0,12}?(?:率|占比|满意度))(?:[≥≤<>=]|达到|达|为|不足|低于|在|\d)")
_LABEL_ANY_RATE = re.compile(r"([\u4e00-\u9fff]{2,12}?(?:率|占比|满意度))")
_LABEL_COUNT = re.compile(r"([\u4e00-\u9fff]{1,12}?(?:数|数量))(?:达到|达|为|完成|不少于)")
_LABEL_TIMES = re.compile(r"得分(?:为|=)([\u4e00-\u9fff]{2,14}?)×")
_ZEROING = re.compile(
    r"(?:如果|如|若)?((?:存在|出现|发生|无|未|没有)[^;。\n]*?)(?:的)?,?(?:则)?(?:此项|该项|本项|本指标)(?:得0分|不得分|为0分|计0分|记0分)"
)


MAX_RULE_CHARS = 2000  # the longest 评分标准 in the seeds has 329 characters


@functools.lru_cache(maxsize=4096)
def parse_rule(raw: str) -> Rule:
    """Rules are immutable, so one parse serves every UDF call, rubric leaf and entity with the same text."""
    if not isinstance(raw, str) or not raw.strip():
        raise RuleError(str(raw or ""), "", "评分标准为空")
    if len(raw) > MAX_RULE_CHARS:  # also keeps the regular expressions' work bounded
        raise RuleError(raw, raw[:20] + "…", f"评分标准过长（{len(raw)}字，最多{MAX_RULE_CHARS}字），请只填写评分方法")
    text = _drop_findings(rejoin_lines(normalize(raw)))
    label = _label(text)
    zeroing = None
    match = _ZEROING.search(text)
    if match:
        zeroing = match.group(1)
        text = (text[: match.start()] + text[match.end():]).strip(",;。\n ")
    if not text:
        raise RuleError(raw, raw, "只有否决条件，没有评分方法")
    for recognise in RECOGNISERS:
        found = recognise(text, label)
        if found is None:
            continue
        scorer, spans = found
        leftover = _unconsumed(text, spans)
        if leftover:
            raise RuleError(raw, leftover, f"已识别为“{scorer.canonical(label)}”，但还有未能识别的评分语句")
        return Rule(scorer, label, zeroing, raw)
    fragment = _first_scoring_sentence(text)
    raise RuleError(raw, fragment, "未能识别评分方法")


_FINDING = re.compile(r"(?:^|(?<=[;。\n]))(?:通过调研显示|调研显示|经调研|经核查|经查|经查看|评价发现)[^;。\n]*[;。]?")


_PREFACE = re.compile(r"(?:^|(?<=[;。\n]))本(?:指标|项)(?:满分值?为?|分值为?|满分为?)?\d+(?:\.\d+)?分[,;。:]?")


def _drop_findings(text: str) -> str:
    """Table cells sometimes carry the evaluation result after the criteria (调研显示…得2分), or open
    with the indicator's 分值 (本指标满分值3分); neither is part of the rule."""
    return _PREFACE.sub("", _FINDING.sub("", text)).strip()


def _label(text: str) -> str:
    for pattern in (_LABEL_DEFINITION, _LABEL_TIMES, _LABEL_SUBJECT, _LABEL_COUNT, _LABEL_ANY_RATE):
        match = pattern.search(text)
        if match:
            label = match.group(1).strip("“”\"")
            label = re.sub(r"^(?:根据|按照|以|其|即|则|若|如|对|的|中|是)+", "", label)
            tail = re.split(r"[内的中之]", label)[-1]  # 预算年度或项目期内实际完成率 → 实际完成率
            if len(tail) >= 2:
                label = tail
            if len(label) >= 2 and label not in ("分值", "满分", "权重", "该指标分值"):
                return label
    return "完成率"


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in re.finditer(r"[;。\n]|(?=[①-⑳])", text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _unconsumed(text: str, spans: Spans) -> str:
    covered = [False] * len(text)
    for start, end in spans:
        for index in range(start, end):
            covered[index] = True
    for start, end in _sentences(text):
        for match in _SCORING.finditer(text, start, end):
            if not all(covered[match.start():match.end()]):
                return text[start:end]
    return ""


def _first_scoring_sentence(text: str) -> str:
    for start, end in _sentences(text):
        if _SCORING.search(text, start, end):
            return text[start:end]
    return text[:40]


def _dec(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


def _level(number: str, unit: str | None) -> Decimal:
    value = Decimal(number)
    return value / 100 if unit == "%" else value


def _cap(text: str, start: int) -> tuple[Decimal | None, Spans]:
    match = re.compile(r",?(?:最多扣|最高扣|扣分上限为?|最多)" + N + r"分|,?扣完为止|,?扣至0分为止").search(text, start)
    if not match or match.start() - start > 30:
        return None, []
    return _dec(match.group(1)), [match.span()]


# ---------------------------------------------------------------- recognisers


def recognise_manual(text: str, label: str) -> Recognised:
    if "酌情" in text or "视情况扣分" in text or "根据情况扣分" in text:
        return Manual(text), [(0, len(text))]
    return None


_GRADE_WORDS = "优秀|良好|较好|基本合格|不合格|合格|中等|较差"


def recognise_grades(text: str, label: str) -> Recognised:
    if "等级" in text:
        pairs = re.findall(r"(优秀|良好|较好|基本合格|不合格|合格|中等|较差|一般|优|良|中|差)(?:等级)?(?:的)?,?(?:得)?" + N + r"分", text)
    else:  # 优秀得15分，良好得12分: two or more named grades, nothing else
        pairs = re.findall(r"(?:为|评为)?(" + _GRADE_WORDS + r")(?:的)?,?(?:得)?" + N + r"分", text)
        rest = re.sub(r"(?:为|评为)?(?:" + _GRADE_WORDS + r")(?:的)?,?(?:得)?\d+(?:\.\d+)?分|[,;。:]|(?:评价|评估|考核)?结果", "", text)
        if len(pairs) < 2 or rest:
            return None
    if not pairs:
        return None
    return GradeMap(tuple((name, Decimal(points)) for name, points in pairs)), [(0, len(text))]


def recognise_point_checklist(text: str, label: str) -> Recognised:
    markers = [m.start() for m in re.finditer(r"[①-⑳]", text)]
    if len(markers) < 2:
        return None
    ends = markers[1:] + [len(text)]
    points: list[Decimal] = []
    spans: Spans = []
    for index, (start, end) in enumerate(zip(markers, ends)):
        segment = text[start:end]
        match = re.search(r"\(" + N + r"分\)|(?:符合(?:的)?)?得" + N + r"分,?否则不得分|符合(?:的)?得" + N + r"分|,?得" + N + r"分[;。]?$", segment)
        if not match or re.search(r"[≥≤<>%]", segment):
            return None
        points.append(Decimal(match.group(1) or match.group(2) or match.group(3) or match.group(4)))
        if index == len(markers) - 1:
            end = start + match.end()  # anything after the last point's score must be read separately
        spans.append((start, end))
    if text[: markers[0]].strip(":,; 评价要点") and _SCORING.search(text[: markers[0]]):
        return None
    return Checklist(points=tuple(points)), spans


_PER_FAIL = re.compile(
    r"(?:(\d+)个)?评价要点(?:都|均|全部)?(?:符合|有|对|满足|完成)(?:的)?(?:则)?得(满|" + N[1:-1] + r")分,?(?:每)?(?:有|缺|少)?1个(?:评价要点)?(?:不符合|不对|未完成|缺|没有|不满足)?(?:的)?(?:则)?扣" + N + r"分"
)
_ALL_DONE = re.compile(r"全部(?:完成|符合|满足)(?:的)?(?:则)?得满分[,;]?(?:每)?(?:有)?1(?:项|个)(?:未完成|不符合|不满足)(?:的)?(?:则)?扣" + N + r"分")


def recognise_fail_checklist(text: str, label: str) -> Recognised:
    match = _PER_FAIL.search(text)
    if match:
        count = int(match.group(1)) if match.group(1) else None
        base = None if match.group(2) == "满" else Decimal(match.group(2))
        per = Decimal(match.group(3))
    else:
        match = _ALL_DONE.search(text)
        if not match:
            return None
        count, base, per = None, None, Decimal(match.group(1))
    cap, cap_spans = _cap(text, match.end())
    # the points themselves (①…②…) are part of the rule: they fix how many there are
    markers = len(re.findall(r"[①-⑳]", text[: match.start()]))
    if count is None and markers:
        count = markers
    return Checklist(per_fail=per, cap=cap, base=base, count=count), [(0, match.end())] + cap_spans


_STEP = re.compile(r"(每)?(少|下降|降低|降|减少|低于目标值|超过|超出|超|增加|高于)" + N + UNIT + r"?,?(?:的)?(?:则)?扣(?:减)?" + N + r"分")


def recognise_steps(text: str, label: str) -> Recognised:
    match = _STEP.search(text)
    if not match:
        return None
    each, verb, step, unit, per = match.groups()
    above = verb in ("超过", "超出", "超", "增加", "高于")
    if above and not each:
        return None  # "超过50万元的，扣2分" counts failing items, not steps
    unit = unit or "%"
    if unit in ("元", "万元"):
        unit = unit
    spans: Spans = [match.span()]
    cap, cap_spans = _cap(text, match.end())
    spans += cap_spans
    reference = base = None
    ref = re.search(
        r"(?:达到|达|为|在|大于等于|≥)?(?:目标值|标值|指标值)?" + N + UNIT + r"(?:的)?(?:及)?(?:以上)?(?:的)?,?(?:则)?(?:得|为)?(满|" + N[1:-1] + r")(?:分值)?分",
        text[: match.start()],
    )
    if ref:
        reference = _level(ref.group(1), ref.group(2))
        if ref.group(2) != unit and not (ref.group(2) in COUNT_WORDS and unit in COUNT_WORDS):
            return None
        base = None if ref.group(3) == "满" else Decimal(ref.group(3))
        spans.append(ref.span())
        if unit != "%":
            unit = ref.group(2)
    else:
        award = re.search(
            r"(?:为|达到)?(?:目标值|标值|指标值)(?:\(未设目标值时为100%\))?(?:的)?,?(?:则)?得(满|" + N[1:-1] + r")分",
            text[: match.start()],
        )
        if award:
            base = None if award.group(1) == "满" else Decimal(award.group(1))
            spans.append(award.span())
    zero = re.compile(r"(?:" + re.escape(label) + r")?(不足|低于|未达到|小于|不高于|不超过|<|≤)" + N + UNIT + r"?(?:的)?,?(?:则)?(?:此项)?不得分").search(text)
    zero_below = None
    zero_inclusive = False
    if zero:
        zero_below = _level(zero.group(2), zero.group(3) or unit)
        zero_inclusive = zero.group(1) in ("不高于", "不超过", "≤")
        spans.append(zero.span())
    else:
        zero = re.compile(N + UNIT + r"?(及)?以下(?:的)?,?(?:则)?不得分").search(text)
        if zero:
            zero_below = _level(zero.group(1), zero.group(2) or unit)
            zero_inclusive = bool(zero.group(3))
            spans.append(zero.span())
    policy = "ceil"
    marker = re.search(r"\(?(按比例扣分|按比例计算|按实际比例扣分)\)?", text)
    if marker:
        policy = "exact"
        spans.append(marker.span())
    marker = re.search(r"\(?(不足一档(?:的)?不扣分?|不足部分不扣分|不足\d+(?:\.\d+)?%?的部分不扣分)\)?", text)
    if marker:
        policy = "floor"
        spans.append(marker.span())
    if re.search(r"(?:未设目标值时为100%)", text):
        spans.append(re.search(r"\(?未设目标值时为100%\)?", text).span())
    return (
        Steps(
            step=_level(step, unit), per=Decimal(per), unit=unit, reference=reference, cap=cap,
            zero_below=zero_below, zero_inclusive=zero_inclusive, policy=policy,
            direction="above" if above else "below", base=base,
        ),
        spans,
    )


_ITEM = re.compile(
    r"(每)?(?:出现|存在|有|发现)?(?:1|一)(个月|个|项|处|次|家|户|名|份|场|条)([^,;。]*?)(?:的)?,?(?:则)?扣" + N + r"分"
)
_ITEM_ANY = re.compile(r"(?:如|若)?存在([^,;。]*?)(没有|未|不)([^,;。]*?)(?:的)?,?(?:则)?不得分")


def _base_award(text: str, end: int, spans: Spans) -> Decimal | None:
    """The points a deduction rule starts from when it names them (符合管理制度规定得3分，…扣1分);
    None means 分值. Extends ``spans`` with the sentence read."""
    award = re.search(r"(?:符合|达到|完成)[^,;。]{0,20}?得(满|" + N[1:-1] + r")分,?$", text[:end])
    if not award:
        return None
    spans.append(award.span())
    return None if award.group(1) == "满" else Decimal(award.group(1))


def recognise_items(text: str, label: str) -> Recognised:
    match = _ITEM.search(text)
    if match:
        what, detail, per = match.group(2), match.group(3), Decimal(match.group(4))
        limit = "upper" if re.search(r"超过|超出|高于|多于|逾期|延期|超期|晚于|未在[^,;。]*前", detail) else "lower"
        cap, cap_spans = _cap(text, match.end())
        spans = [match.span()] + cap_spans
        base = _base_award(text, match.start(), spans)
        return ItemFailures(per=per, cap=cap, limit=limit, what=what, base=base), spans
    match = re.search(r"(?:有|出现)?(?:未|没有)([^,;。]{1,20}?)(?:的)?,?(?:则)?扣" + N + r"分", text)
    if match:  # 未得到有效执行扣1分，最多扣3分: a deduction per occurrence, when capped
        cap, cap_spans = _cap(text, match.end())
        if cap is not None:
            spans = [match.span()] + cap_spans
            base = _base_award(text, match.start(), spans)
            return ItemFailures(per=Decimal(match.group(2)), cap=cap, what="处", base=base), spans
    match = _ITEM_ANY.search(text)
    if match:
        limit = "upper" if re.search(r"超过|超出|高于", match.group(0)) else "lower"
        return ItemFailures(per=None, limit=limit, what="项"), [match.span()]
    match = re.search(r"存在1(个月|个|项|处|次|家|户|名|份|场|条)([^,;。]*?)(超过|超出|未达到|未完成|不符合)([^,;。]*?)的,?不得分", text)
    if match:
        limit = "upper" if match.group(3) in ("超过", "超出") else "lower"
        return ItemFailures(per=None, limit=limit, what=match.group(1)), [match.span()]
    return None


_COND_OPS = {"≥": ("≥", True), ">": (">", False), "≤": ("≤", True), "<": ("<", False)}


def _condition(segment: str) -> tuple[Band, tuple[int, int]] | None:
    """Reads one band condition: 80%≤满意度<90% / 满意度≥90% / 90%(及)以上 / 低于75% / 75%-80%."""
    match = re.search(N + r"(%|" + UNIT[1:-1] + r")?(≤|<)" + NAME + r"(≤|<)" + N + r"(%|" + UNIT[1:-1] + r")?", segment)
    if match:
        unit = match.group(2) or match.group(6) or ""
        return Band(_level(match.group(1), unit), match.group(3) == "≤", _level(match.group(5), unit), match.group(4) == "≤", Decimal(0)), match.span()
    match = re.search(r"(≥|>|≤|<)" + N + UNIT + r"?", segment)
    if match:
        unit = match.group(3) or ""
        value = _level(match.group(2), unit)
        op = match.group(1)
        if op in ("≥", ">"):
            return Band(value, op == "≥", None, False, Decimal(0)), match.span()
        return Band(None, False, value, op == "≤", Decimal(0)), match.span()
    match = re.search(N + UNIT + r"?[-~至到]" + N + UNIT + r"?", segment)
    if match:
        unit = match.group(2) or match.group(4) or ""
        low, high = sorted((_level(match.group(1), unit), _level(match.group(3), unit)))
        return Band(low, True, high, False, Decimal(0)), match.span()
    match = re.search(N + UNIT + r"?(及)?(以上|以下)", segment)
    if match:
        unit = match.group(2) or ""
        value = _level(match.group(1), unit)
        inclusive = bool(match.group(3)) or True  # 以上/以下 include the number in Chinese usage
        if match.group(4) == "以上":
            return Band(value, inclusive, None, False, Decimal(0)), match.span()
        return Band(None, False, value, inclusive, Decimal(0)), match.span()
    match = re.search(
        r"(低于|不足|小于|未达到|达不到|高于|超过|大于|不低于|达到|达|为)(?:目标值|标值|指标值)?" + N + UNIT + r"?", segment
    )
    if match:
        unit = match.group(3) or ""
        value = _level(match.group(2), unit)
        word = match.group(1)
        if word in ("低于", "不足", "小于", "未达到", "达不到"):
            return Band(None, False, value, False, Decimal(0)), match.span()
        if word in ("高于", "超过", "大于"):
            return Band(value, False, None, False, Decimal(0)), match.span()
        if word == "为" and not re.search(r"及以上|以上|≥", segment):
            return Band(value, True, None, False, Decimal(0)), match.span()
        return Band(value, True, None, False, Decimal(0)), match.span()
    return None


def _band_unit(text: str) -> str:
    return "%" if "%" in text else next((c for c in text if c in COUNT_WORDS), "")


def recognise_threshold(text: str, label: str) -> Recognised:
    sentences = [(s, e) for s, e in _sentences(text) if _SCORING.search(text, s, e)]
    # "A,否则B" in one sentence is two clauses
    clauses: Spans = []
    for start, end in sentences:
        cut = text.find("否则", start, end)
        if cut > start:
            clauses += [(start, cut), (cut, end)]
        else:
            clauses.append((start, end))
    if len(clauses) != 2:
        return None
    (s1, e1), (s2, e2) = clauses
    first, second = text[s1:e1], text[s2:e2]
    condition = _condition(first)
    if condition is None:
        return None
    band, _ = condition
    if band.low is None or band.high is not None:
        return None
    award = re.search(r"得(满|" + N[1:-1] + r")(?:分值)?(?:分)?", first[condition[1][1]:])
    if not award:
        return None
    points = None if award.group(1) == "满" else Decimal(award.group(1))
    op = "≥" if band.low_inclusive else ">"
    if re.search(r"否则(?:不得分|得0分|为0分|计0分)|(?:低于|<|不足|未达到)[^得]*(?:不得分|得0分)", second):
        otherwise = "zero"
    else:
        formula = re.search(r"得分=(" + NAME + r"|实际占比|占比)(×|/)(?:" + N + r"%?(?:×))?(" + N[1:-1] + r"|分值)", second)
        if not formula:
            return None
        if formula.group(2) == "/":
            divisor = formula.group(3)
            if divisor is None or Decimal(divisor) / 100 != band.low:
                return None
            otherwise = "ratio"
        else:
            otherwise = "rate"
        tail_points = formula.group(4)
        if tail_points != "分值" and points is not None and Decimal(tail_points) != points:
            return None
    if _band_unit(first) != "%":
        return None
    return Threshold(op, band.low, points, otherwise), clauses


def recognise_bands(text: str, label: str) -> Recognised:
    bands: list[Band] = []
    spans: Spans = []
    for start, end in _sentences(text):
        segment = text[start:end]
        if not _SCORING.search(segment):
            continue
        for part in re.split(r"(?<=分),", segment):
            condition = _condition(part)
            award = re.search(r"得(满|" + N[1:-1] + r")(?:分值)?分?|(不得分)", part)
            if condition is None or award is None:
                return None
            band = condition[0]
            points = Decimal(0) if award.group(2) else (None if award.group(1) == "满" else Decimal(award.group(1)))
            if points is None:
                return None
            bands.append(Band(band.low, band.low_inclusive, band.high, band.high_inclusive, points))
        spans.append((start, end))
    if len(bands) < 2:
        return None
    return Bands(tuple(bands), unit=_band_unit(text)), spans


# the product must be the whole formula: 得分=分值×分值×2 or 得分=满意度×10×0.5 is a formula
_TIMES = re.compile(r"得分(?:为|=|:)(" + NAME + r")(?:×)(" + N[1:-1] + r"|分值|满分)(?:分)?(?=$|[,;。\n(])")


def recognise_rate_times(text: str, label: str) -> Recognised:
    match = _TIMES.search(text)
    if not match:
        return None
    points = None if match.group(2) in ("分值", "满分") else Decimal(match.group(2))
    return RateTimes(points), [match.span()]


_FORMULA = re.compile(r"(?:最终)?得分(?:=|为)([^;。\n]+?)(?:分)?(?=$|[;。\n])")


def recognise_formula(text: str, label: str) -> Recognised:
    match = _FORMULA.search(text)
    if not match:
        return None
    source = match.group(1).rstrip("分")
    tree = parse_formula(source, whole=text)
    return Formula(source, tree), [match.span()]


_TARGET = re.compile(r"^(?:指标值)?([≥≤<>=])" + N + r"(%|[\u4e00-\u9fff]{1,3})?(?=$|[:(])")
_GENERIC_TARGET = re.compile(r"完成值达到指标值.{0,4}(?:记|得)满分|按B/A或A/B|未达到(?:指标值)?.{0,6}按(?:完成值/指标值|指标值/完成值|B/A)")
# 年度指标值：≥21933人 on the line before the generic sentence (the line break is gone by now)
_STATED_LEVEL = re.compile(r"(?:年度)?指标值:([≥≤<>=])" + N + r"(%|万元|亿元|千元|元|个|人|项|次|家|户|名|份|场|处|篇|条|天|月|年)?")


def _target_level(match: re.Match[str]) -> tuple[str, Decimal, str]:
    op = {">": "≥", "<": "≤"}.get(match.group(1), match.group(1))
    unit = match.group(3) or ""
    if unit in ("万元", "亿元", "千元"):  # amounts are compared in 元, as the data are read
        return op, Decimal(match.group(2)) * {"万元": 10000, "亿元": 100000000, "千元": 1000}[unit], "元"
    return op, _level(match.group(2), unit), unit


def recognise_target(text: str, label: str) -> Recognised:
    match = _TARGET.search(text)
    spans: Spans = []
    op, level, unit = "≥", None, ""
    if match:
        op, level, unit = _target_level(match)
        spans.append((0, len(text)))
    elif _GENERIC_TARGET.search(text):
        spans.append((0, len(text)))
        stated = _STATED_LEVEL.search(text)
        if stated:
            op, level, unit = _target_level(stated)
        elif "按指标值/完成值" in text:  # a reverse indicator (成本、时长)
            op = "≤"
    else:
        return None
    return TargetDefault(op=op, level=level, unit=unit), spans


_SIMPLE_DEFINITION = re.compile(r"(?:率|占比)=\(?[\u4e00-\u9fff“”]+/[\u4e00-\u9fff“”]+\)?×100%")


def recognise_definition_only(text: str, label: str) -> Recognised:
    """Only a rate definition (合同履约及时率=及时完成的工作数量/需完成的工作数量×100%): the reports
    then score rate × 分值. A definition of another shape ((计划-实际)/计划) names no scoring method."""
    if _SIMPLE_DEFINITION.search(text) and not _SCORING.search(text):
        return RateTimes(None), []
    return None


_ALL_OR_NOTHING = re.compile(
    r"^(?:按时|如期|全部|已)?(?:完成|达到|符合|达标|实现)[^,;。]{0,12}?(?:的)?,?(?:则)?得满分[,;。]?"
    r"(?:未按时|未如期|未全部|未|没有|不)(?:完成|达到|符合|达标|实现)[^,;。]{0,12}?(?:的)?,?(?:则)?不得分[。]?$"
)


def recognise_equal_checklist(text: str, label: str) -> Recognised:
    """评价要点 ①②③ without points or scoring sentence: each point carries an equal share of 分值
    (seed 003: 4 要点 on 2 分, one unmet → 1.5; 5 要点 on 6 分, one unmet → 扣1.2分). A single
    yes/no criterion (完成得满分，未完成不得分) is one such point."""
    markers = re.findall(r"[①-⑳]", text)
    if "评价要点" in text and markers and not _SCORING.search(text):
        return Checklist(count=len(markers), equal=True), []
    if _ALL_OR_NOTHING.match(text):
        return Checklist(count=1, equal=True), [(0, len(text))]
    return None


RECOGNISERS: list[Callable[[str, str], Recognised]] = [
    recognise_manual,
    recognise_grades,
    recognise_point_checklist,
    recognise_fail_checklist,
    recognise_steps,
    recognise_items,
    recognise_threshold,
    recognise_bands,
    recognise_rate_times,
    recognise_formula,
    recognise_target,
    recognise_definition_only,
    recognise_equal_checklist,
]
