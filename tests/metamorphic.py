"""Metamorphic variants of a 评分标准: rewrites that keep its meaning — a synonym of the scoring vocabulary, the
other kind of comma or full stop, a comma between a situation and its deduction. A correctly read corpus row
and each of its variants must score every hand-worked case alike, or the variant must be refused: a variant
read to other scores is a silent misread of one of the two wordings (资金到位率未达到100%扣3分 was found so).

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
    doubled = copy.deepcopy(cases)
    for case in doubled:
        case["score"] = float(Decimal(str(case["score"])) * 2)
    text = re.sub(r"(?<![\d.])(\d+(?:\.\d+)?)(?=分)", lambda m: _points(Decimal(m.group(1)) * 2), text)
    return {**row, "text": text, "full": Decimal(str(row["full"])) * 2, "cases": doubled}


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
    ("N%→N个百分点", _text(lambda t: re.sub(r"(每(?:少|低|下降|降低|减少|超|超过|高于|增加))(\d+(?:\.\d+)?)%", r"\1\2个百分点", t)), True),
    ("简→繁", _text(lambda t: "".join(_TO_TRADITIONAL.get(c, c) for c in t)), False),
    ("全角数字", _text(lambda t: t.translate(_FULL_WIDTH)), False),
    ("数字前后空格", _text(lambda t: re.sub(r"(\d+(?:\.\d+)?)", r" \1 ", t)), False),
    ("前加评分标准：", _text(lambda t: "评分标准：" + t), False),
    ("扣→扣减", _text(lambda t: re.sub(r"(?<![增加扣])扣(\d)", r"扣减\1", t)), False),
    ("得→获得", _text(lambda t: re.sub(r"(?<![获取])得(\d+(?:\.\d+)?分)", r"获得\1", t)), True),
    ("不得分→不计分", _text(lambda t: t.replace("不得分", "不计分")), True),
    ("扣完为止→直至扣完", _text(lambda t: t.replace("扣完为止", "直至扣完")), True),
    ("扣完为止→扣完本项分值为止", _text(lambda t: t.replace("扣完为止", "扣完本项分值为止")), False),
    ("得满分→得该项满分", _text(lambda t: t.replace("得满分", "得该项满分")), True),
    ("得满分→得<分值>分", _full_named, False),
    ("扣完为止→最多扣<分值>分", _cap_named, False),
    ("分数与分值×2", _doubled, False),
    # a table cell's only separator: a space before a clause opener (…得满分 否则 不得分), a line break before 否则
    ("，→空格", _text(lambda t: re.sub(r"[,，](?=否则|其余|其他|未|没有|无|每|扣|得\d|得满分|不得分)", " ", t)), False),
    ("，→换行", _text(lambda t: re.sub(r"[,，](?=否则)", "\n", t)), False),
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
