"""Metamorphic variants of a 评分标准: rewrites that keep its meaning — a synonym of the scoring vocabulary, the
other kind of comma or full stop, a comma between a situation and its deduction. A correctly read corpus row
and each of its variants must score every hand-worked case alike, or the variant must be refused: a variant
read to other scores is a silent misread of one of the two wordings (资金到位率未达到100%扣3分 was found so).

Others add or move what carries no number and no method (考核方式：查阅资料、实地查看。 before, 以档案资料为准。 or
(查阅相关文件) after or between the clauses; a line break inside a word), swap two faults each with its own deduction
(and the cases' failures with them), or change how a number is written in the rule and the cases' data alike (90% as
百分之九十, 2个 as 两个, 5万元 as 50000元, a band list's levels all 5 points lower with every case's rate).

Some rewrites use the row's 分值 (得满分 → 得5分, 扣完为止 → 最多扣5分) or change its scores with its points (every
points figure and the 分值 doubled: every score doubles).

Used by tests/test_rules_metamorphic.py (a sample) and benchmarks/metamorphic_report.py (every row), both through
``variant_status``.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from corpus_judge import judge_case
from pingfen.rules import RuleError, parse_rule
from pingfen.rules.clauses import fragments
from pingfen.text.lexicon import SCORE_UNIT
from pingfen.text.normalize import normalize, rejoin_lines
from pingfen.text.traditional import SIMPLIFIED, TRADITIONAL

_TO_TRADITIONAL: dict[str, str] = {}
for _traditional, _simplified in zip(TRADITIONAL, SIMPLIFIED):
    _TO_TRADITIONAL.setdefault(_simplified, _traditional)  # 预算执行率 → 預算執行率, as tables from Hong Kong print it
_FULL_WIDTH = str.maketrans("0123456789%", "０１２３４５６７８９％")

Row = dict[str, Any]


def _points(value: Any) -> str:
    return format(Decimal(str(value)).normalize(), "f")


def _full_named(row: Row) -> Row:
    return {**row, "text": re.sub(r"(?<=[得计记])满分", _points(row["full"]) + "分", row["text"])}


def _headed_with_full(row: Row) -> Row:
    """评分标准(满分10分): the column's heading with the 分值, before the criterion."""
    return {**row, "text": f"评分标准（满分{_points(row['full'])}分）：" + row["text"]}


def _cap_named(row: Row) -> Row:
    return {**row, "text": row["text"].replace("扣完为止", f"最多扣{_points(row['full'])}分")}


def _doubled(row: Row) -> Row:
    """Every points figure, the 分值 and every hand-worked score doubled, in the normalised text (where 4 分 is 4分);
    only cases whose score has at most one decimal (a score rounded to two may double to another rounding)."""
    text = rejoin_lines(normalize(row["text"]))
    cases = [case for case in row["cases"] if isinstance(case["score"], (int, float))
             and Decimal(str(case["score"])) == Decimal(str(case["score"])).quantize(Decimal("0.1"))
             and "score" not in (case.get("data") or {})]
    # (points written without 分 — ×120, |1, 名录库(10), a table's bare columns — or a score of another scale: left as they are)
    if re.search(r"分值|分钟|分数|百分|分之|\d分[\d.]|[口□×*|÷/]|得分=|\d[、,，]\d|\(\d+(?:\.\d+)?\)|\d\s*$", text) or not re.search(r"\d分", text) or not cases:
        return row
    if any(token.kind == "NUM" and token.unit == SCORE_UNIT for clause in fragments(text) for token in clause.tokens):
        return row  # 综合评分达60分: a level of the measure's own score, not points to double
    if re.search(r"保留(?:一|1|两|2|整)|精确到|四舍五入", text):
        return row  # 保留一位小数: the score rounded before it would be doubled (5.16→5.2, ×2 10.4; 10.32→10.3)
    doubled = copy.deepcopy(cases)
    for case in doubled:
        case["score"] = float(Decimal(str(case["score"])) * 2)
    text = re.sub(r"(?<![\d.])(\d+(?:\.\d+)?)(?=分)", lambda m: _points(Decimal(m.group(1)) * 2), text)
    return {**row, "text": text, "full": Decimal(str(row["full"])) * 2, "cases": doubled}



_CN = "零一二三四五六七八九"


def _spelled(number: str) -> str:
    """90 as 九十, 2.5 as 二点五, 100 as 一百 (integers below 10000)."""
    whole, _, tenths = number.partition(".")
    value = int(whole)
    if value == 0:
        spelled = "零"
    else:
        spelled, zero = "", False
        for unit, size in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
            digit, value = divmod(value, size)
            if digit:
                spelled += ("零" if zero and spelled else "") + ("" if unit == "十" and digit == 1 and not spelled else _CN[digit]) + unit
                zero = False
            elif spelled:
                zero = True
    return spelled + ("点" + "".join(_CN[int(c)] for c in tenths) if tenths else "")


def _map_data(value: Any, change: Callable[[str], str]) -> Any:
    if isinstance(value, dict):
        return {key: _map_data(item, change) for key, item in value.items()}
    if isinstance(value, list):
        return [_map_data(item, change) for item in value]
    return change(value) if isinstance(value, str) else value


def _leaves(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [leaf for item in value.values() for leaf in _leaves(item)]
    if isinstance(value, list):
        return [leaf for item in value for leaf in _leaves(item)]
    return [value]


def _rescaled(pattern: str, unit: str, factor: Decimal) -> Callable[[Row], Row]:
    """An amount's unit rescaled in the rule and in every case's data alike (5万元 as 50000元, 50000元 as 5万元);
    only rows whose every number in the data carries the unit (a bare 850 could be either)."""
    number = re.compile(rf"(?<![\d.])(\d+(?:\.\d+)?){pattern}")

    def change(text: str) -> str:
        return number.sub(lambda m: _points(Decimal(m.group(1)) * factor) + unit, text)

    def rewrite(row: Row) -> Row:
        if not number.search(row["text"]):
            return row
        leaves = [leaf for case in row["cases"] for leaf in _leaves(case.get("data") or {})]
        amounts = [leaf for leaf in leaves if isinstance(leaf, str) and re.search(r"\d", leaf)]
        if any(isinstance(leaf, (int, float)) and not isinstance(leaf, bool) for leaf in leaves) or \
                not any(number.search(leaf) for leaf in amounts) or not all(number.search(leaf) or leaf.endswith("%") for leaf in amounts):
            return row
        cases = [{**case, "data": _map_data(case.get("data") or {}, change)} for case in row["cases"]]
        return {**row, "text": change(row["text"]), "cases": cases}
    return rewrite


def _shifted_levels(row: Row) -> Row:
    """A band list's percentage levels all 5 points lower, and every case's rate with them (满意度90%以上得5分 as
    85%以上, a rate of 92% as 87%): only a list of levels (no steps, no formula, no 100%, no other number in %)."""
    text, cases = row["text"], row["cases"]
    levels = re.findall(r"(?<![\d.])(\d+(?:\.\d+)?)%", text)
    if len(levels) < 2 or any(not 10 <= Decimal(level) < 100 for level in levels) or \
            re.search(r"每|比例|按|[×*=÷/]|百分点|倍|乘|负|%分值|%的分|分值的|满分的|率.*率", text):
        return row
    if any(set(case.get("data") or {}) != {"rate"} or not str(case["data"]["rate"]).endswith("%") for case in cases):
        return row
    def lower(value: str) -> str:
        return re.sub(r"(?<![\d.])(\d+(?:\.\d+)?)(?=%)", lambda m: _points(Decimal(m.group(1)) - 5), value)
    if any(Decimal(str(case["data"]["rate"]).rstrip("%")) >= 100 for case in cases):
        return row
    return {**row, "text": lower(text), "cases": [{**case, "data": {"rate": lower(str(case["data"]["rate"]))}} for case in cases]}


def _neutral_between(text: str) -> str:
    """A bracket saying where the evidence is, after the first of several clauses."""
    return re.sub(r"(?<=[^\s])([；;。])(?=.*\d)", r"（查阅相关文件）\1", text, count=1)


def _faults_swapped(row: Row) -> Row:
    """The first two of several faults, each with its own deduction, in the other order (…扣2分；…扣1分 as
    …扣1分；…扣2分), each case's failures with them: one deduction a clause, no award, no cap, no band among them."""
    parts = [part for part in re.split(r"[；;]", row["text"].strip().rstrip("。.")) if part.strip()]
    if len(parts) < 2 or not all(len(re.findall(r"扣\d+(?:\.\d+)?分", part)) == 1 for part in parts) or re.search(
            r"[得计记赋]\d|满分|不得分|为止|最多|最高|累计|上限|不超过|[①②③]|\d[、.．]|各|分别",
            row["text"]) or not all(isinstance((case.get("data") or {}).get("failures"), list)
                                    and len(case["data"]["failures"]) == len(parts) for case in row["cases"]):
        return row
    cases = [{**case, "data": {**case["data"], "failures": [case["data"]["failures"][1], case["data"]["failures"][0],
                                                           *case["data"]["failures"][2:]]}} for case in row["cases"]]
    return {**row, "text": "；".join([parts[1], parts[0], *parts[2:]]) + "。", "cases": cases}


def _wrapped(text: str) -> str:
    """A line break in the middle of a clause, between two characters of a word, as a narrow cell wraps it."""
    middle = len(text) // 2
    match = re.compile(r"[\u4e00-\u9fff](?=[\u4e00-\u9fff])").search(text, middle)
    return text if match is None else text[:match.end()] + "\n" + text[match.end():]


def _heading_line_wrapped(text: str) -> str:
    """A line break two characters into the rule after its heading's points (社区事务公开（4分）：每发\n现1项…), as a
    narrow cell wraps the heading's line."""
    match = re.compile(r"^[^\n，,；;。：:（）()]{2,40}?[（(]\d+(?:\.\d+)?分[）)][：:][\u4e00-\u9fff]{2}(?=[\u4e00-\u9fff])").search(text)
    return text if match is None else text[:match.end()] + "\n" + text[match.end():]


def _bands_reversed(row: Row) -> Row:
    """A band list written from the other end (…≥90%得5分；80%-90%得3分；<80%不得分 from <80% up): only bands each with its
    number and its points, nothing that refers to the bands before it (否则, 其他, 每…), rates or amounts as data."""
    text = row["text"].strip().rstrip("。.；;")
    parts = [part for part in re.split(r"[；;]", text) if part.strip()]
    if len(parts) < 2 or re.search(r"每|否则|其他|其余|其它|以外|反之|[①-⑳]|\d[、.]\D|扣", text) or \
            not all(re.search(r"\d", part) and re.search(r"\d分|满分|不得分", part) for part in parts) or \
            any(set(case.get("data") or {}) - {"rate", "actual", "target"} for case in row["cases"]):
        return row
    return {**row, "text": "；".join(reversed(parts)) + "。"}


_HALF_PUNCTUATION = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "<": "＜", ">": "＞"})
_FULL_PUNCTUATION = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "＜": "<", "＞": ">", "％": "%"})
_COUNTED = "个项次人家处条起名户份篇期场天"


def _text(rewrite: Callable[[str], str]) -> Callable[[Row], Row]:
    return lambda row: {**row, "text": rewrite(row["text"])}


# the variant's name, the rewrite, and whether the text layer makes it the same text (so it must read alike)
VARIANTS: list[tuple[str, Callable[[Row], Row], bool]] = [
    ("得→计", _text(lambda t: re.sub(r"得(\d+(?:\.\d+)?分)", r"计\1", t)), False),
    ("计→得", _text(lambda t: re.sub(r"[计记](\d+(?:\.\d+)?分)", r"得\1", t)), False),
    ("得→给", _text(lambda t: re.sub(r"得(\d+(?:\.\d+)?分)", r"给\1", t)), True),
    ("得→赋", _text(lambda t: re.sub(r"得(\d+(?:\.\d+)?分)", r"赋\1", t)), True),
    ("扣→减", _text(lambda t: re.sub(r"(?<![扣增加递核])扣(\d+(?:\.\d+)?分)", r"减\1", t)), True),
    ("不得分→得0分", _text(lambda t: t.replace("不得分", "得0分")), False),
    ("得满分→得全分", _text(lambda t: t.replace("得满分", "得全分")), True),
    ("扣完为止→扣完即止", _text(lambda t: t.replace("扣完为止", "扣完即止")), True),
    ("不足→低于", _text(lambda t: re.sub(r"(?<!不)不足", "低于", t)), False),
    ("未达到N→低于N", _text(lambda t: re.sub(r"未达到(\d)", r"低于\1", t)), False),
    ("≥→大于等于", _text(lambda t: t.replace("≥", "大于等于")), False),
    ("≤→小于等于", _text(lambda t: t.replace("≤", "小于等于")), False),
    ("每少→每减少", _text(lambda t: t.replace("每少", "每减少")), False),
    ("最多扣→最高扣", _text(lambda t: t.replace("最多扣", "最高扣")), False),
    ("N以上→N及以上", _text(lambda t: re.sub(r"(\d%?)以上", r"\1及以上", t) if "及以上" not in t and "含" not in t else t), False),
    ("；→。", _text(lambda t: t.replace("；", "。").replace(";", "。")), False),
    ("，→,", _text(lambda t: t.replace("，", ",")), True),
    ("的，扣→的扣", _text(lambda t: re.sub(r"的[，,](扣|得|计|记)", r"的\1", t)), False),
    ("扣→扣除", _text(lambda t: re.sub(r"(?<![增加])扣(\d)", r"扣除\1", t)), False),
    # (of a rate: a quantity's 每低1% — 库存数量低于计划规模的，每低1%扣1分 — is 1% of its plan, which 百分点 does not say)
    ("N%→N个百分点", _text(lambda t: re.sub(r"(每(?:少|低|下降|降低|减少|超|超过|高于|增加))(\d+(?:\.\d+)?)%", r"\1\2个百分点", t)
                           if re.search(r"率|比例|占比|比重|满意度|进度", t) else t), True),
    ("简→繁", _text(lambda t: "".join(_TO_TRADITIONAL.get(c, c) for c in t)), False),
    ("全角数字", _text(lambda t: t.translate(_FULL_WIDTH)), False),
    ("数字前后空格", _text(lambda t: re.sub(r"(\d+(?:\.\d+)?)", r" \1 ", t)), False),
    ("前加评分标准：", _text(lambda t: "评分标准：" + t), False),
    # the table row's own number before a criterion that numbers nothing inside it
    ("前加行号1、", _text(lambda t: t if re.match(r"\s*(?:\d|[一二三四五六七八九十]+、|\(|（|[①-⑳])", t) else "1、" + t), False),
    ("前加行号一、", _text(lambda t: t if re.match(r"\s*(?:\d|[一二三四五六七八九十]+、|\(|（|[①-⑳])", t) else "一、" + t), False),
    ("扣→扣减", _text(lambda t: re.sub(r"(?<![增加扣])扣(\d)", r"扣减\1", t)), False),
    ("得→获得", _text(lambda t: re.sub(r"(?<![获取])得(\d+(?:\.\d+)?分)", r"获得\1", t)), True),
    ("不得分→不计分", _text(lambda t: t.replace("不得分", "不计分")), True),
    ("扣完为止→直至扣完", _text(lambda t: t.replace("扣完为止", "直至扣完")), True),
    ("扣完为止→扣完本项分值为止", _text(lambda t: t.replace("扣完为止", "扣完本项分值为止")), False),
    ("得满分→得该项满分", _text(lambda t: t.replace("得满分", "得该项满分")), True),
    ("得满分→得<分值>分", _full_named, False),
    ("前加评分标准（满分<分值>分）：", _headed_with_full, False),
    ("扣完为止→最多扣<分值>分", _cap_named, False),
    ("分数与分值×2", _doubled, False),
    # a table cell's only separator: a space before a clause opener (…得满分 否则 不得分), a line break before 否则
    ("，→空格", _text(lambda t: re.sub(r"[,，](?=否则|其余|其他|未|没有|无|每|扣|得\d|得满分|不得分)", " ", t)), False),
    ("，→换行", _text(lambda t: re.sub(r"[,，](?=否则)", "\n", t)), False),
    # sentences that carry no number and no method, before, after and between the clauses
    ("前加考核方式", _text(lambda t: "考核方式：查阅资料、实地查看。" + t), False),
    ("后加以档案资料为准", _text(lambda t: t.rstrip().rstrip("。.；;") + "。以档案资料为准。"), False),
    ("后加（查阅相关文件）", _text(lambda t: t.rstrip() + "（查阅相关文件）"), False),
    ("句间加（查阅相关文件）", _text(_neutral_between), False),
    ("扣分项对调", _faults_swapped, False),
    ("。→；", _text(lambda t: re.sub(r"。(?=\S)", "；", t)), False),
    ("；→；换行", _text(lambda t: re.sub(r"([；;])(?=\S)", "\\1\n", t)), False),
    ("句中换行", _text(_wrapped), False),
    ("标题行中换行", _text(_heading_line_wrapped), False),
    ("半角→全角标点", _text(lambda t: t.translate(_HALF_PUNCTUATION)), False),
    ("全角→半角标点", _text(lambda t: t.translate(_FULL_PUNCTUATION)), False),
    ("N%→百分之N", _text(lambda t: re.sub(r"(?<![\d.\s])(\d+(?:\.\d+)?)[%％]", lambda m: "百分之" + _spelled(m.group(1)), t)), False),
    ("2个→两个", _text(lambda t: re.sub(rf"(?<![\d.第])2(?=[{_COUNTED}])", "两", t)), False),
    ("两个→2个", _text(lambda t: re.sub(rf"两(?=[{_COUNTED}])", "2", t)), False),
    ("每N个→每<中文N>个", _text(lambda t: re.sub(rf"(?<=[每少多缺超])(\d+)(?=[{_COUNTED}])", lambda m: _spelled(m.group(1)), t)), False),
    ("扣N分→扣<中文N>分", _text(lambda t: re.sub(r"(?<=扣)(\d+(?:\.\d+)?)(?=分)", lambda m: _spelled(m.group(1)), t)), False),
    ("万元→元", _rescaled("万元", "元", Decimal(10000)), False),
    ("元→万元", _rescaled("(?<!万)元", "万元", Decimal("0.0001")), False),
    ("等级线同移5个百分点", _shifted_levels, False),
    ("分档倒序", _bands_reversed, False),
    ("≥N→不低于N", _text(lambda t: re.sub(r"≥(?=\d)", "不低于", t)), False),
    ("≤N→不高于N", _text(lambda t: re.sub(r"≤(?=\d)", "不高于", t)), False),
]


def variant_status(row: Row, rewrite: Callable[[Row], Row]) -> tuple[str, str]:
    """How a corpus row's variant reads: unchanged (the rewrite found nothing), refused, same (every case scores
    as the variant says), or the first case's other status (data, misread) with what was read."""
    variant = rewrite(row)
    text = variant["text"]
    if text == row["text"] and variant["full"] == row["full"]:
        return "unchanged", ""
    try:
        rule = parse_rule(text)
    except RuleError as error:
        return "refused", str(error)
    verdicts = [judge_case(rule, case, variant["full"]) for case in variant["cases"]]
    wrong = next((v for v in verdicts if v.status != "correct"), None)
    return ("same", "") if wrong is None else (wrong.status, f"{text[:100]} → {rule.canonical()[:100]}：{wrong.detail[:120]}")
