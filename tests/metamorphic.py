"""Metamorphic variants of a 评分标准: rewrites that keep its meaning — a synonym of the scoring vocabulary, the
other kind of comma or full stop, a comma between a situation and its deduction. A correctly read corpus row
and each of its variants must score every hand-worked case alike, or the variant must be refused: a variant
read to other scores is a silent misread of one of the two wordings (资金到位率未达到100%扣3分 was found so).

Used by tests/test_rules_metamorphic.py (a sample) and benchmarks/metamorphic_report.py (every row), both through
``variant_status``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from corpus_judge import judge_case
from pingfen.rules import RuleError, parse_rule
from pingfen.text.traditional import SIMPLIFIED, TRADITIONAL

_TO_TRADITIONAL: dict[str, str] = {}
for _traditional, _simplified in zip(TRADITIONAL, SIMPLIFIED):
    _TO_TRADITIONAL.setdefault(_simplified, _traditional)  # 预算执行率 → 預算執行率, as tables from Hong Kong print it
_FULL_WIDTH = str.maketrans("0123456789%", "０１２３４５６７８９％")

# the variant's name, the rewrite, and whether the text layer makes it the same text (so it must read alike)
VARIANTS: list[tuple[str, Callable[[str], str], bool]] = [
    ("得→计", lambda t: re.sub(r"得(\d+(?:\.\d+)?分)", r"计\1", t), False),
    ("计→得", lambda t: re.sub(r"[计记](\d+(?:\.\d+)?分)", r"得\1", t), False),
    ("得→给", lambda t: re.sub(r"得(\d+(?:\.\d+)?分)", r"给\1", t), True),
    ("得→赋", lambda t: re.sub(r"得(\d+(?:\.\d+)?分)", r"赋\1", t), True),
    ("扣→减", lambda t: re.sub(r"(?<![扣增加递核])扣(\d+(?:\.\d+)?分)", r"减\1", t), True),
    ("不得分→得0分", lambda t: t.replace("不得分", "得0分"), False),
    ("得满分→得全分", lambda t: t.replace("得满分", "得全分"), True),
    ("扣完为止→扣完即止", lambda t: t.replace("扣完为止", "扣完即止"), True),
    ("不足→低于", lambda t: re.sub(r"(?<!不)不足", "低于", t), False),
    ("未达到N→低于N", lambda t: re.sub(r"未达到(\d)", r"低于\1", t), False),
    ("≥→大于等于", lambda t: t.replace("≥", "大于等于"), False),
    ("≤→小于等于", lambda t: t.replace("≤", "小于等于"), False),
    ("每少→每减少", lambda t: t.replace("每少", "每减少"), False),
    ("最多扣→最高扣", lambda t: t.replace("最多扣", "最高扣"), False),
    ("N以上→N及以上", lambda t: re.sub(r"(\d%?)以上", r"\1及以上", t) if "及以上" not in t and "含" not in t else t, False),
    ("；→。", lambda t: t.replace("；", "。").replace(";", "。"), False),
    ("，→,", lambda t: t.replace("，", ","), True),
    ("的，扣→的扣", lambda t: re.sub(r"的[，,](扣|得|计|记)", r"的\1", t), False),
    ("扣→扣除", lambda t: re.sub(r"(?<![增加])扣(\d)", r"扣除\1", t), False),
    ("N%→N个百分点", lambda t: re.sub(r"(每(?:少|低|下降|降低|减少|超|超过|高于|增加))(\d+(?:\.\d+)?)%", r"\1\2个百分点", t), True),
    ("简→繁", lambda t: "".join(_TO_TRADITIONAL.get(c, c) for c in t), False),
    ("全角数字", lambda t: t.translate(_FULL_WIDTH), False),
    ("数字前后空格", lambda t: re.sub(r"(\d+(?:\.\d+)?)", r" \1 ", t), False),
    ("前加评分标准：", lambda t: "评分标准：" + t, False),
]


def variant_status(row: dict[str, Any], rewrite: Callable[[str], str]) -> tuple[str, str]:
    """How a corpus row's variant reads: unchanged (the rewrite found nothing), refused, same (every case scores
    alike), or the first case's other status (data, misread) with what was read."""
    text = rewrite(row["text"])
    if text == row["text"]:
        return "unchanged", ""
    try:
        rule = parse_rule(text)
    except RuleError as error:
        return "refused", str(error)
    verdicts = [judge_case(rule, case, row["full"]) for case in row["cases"]]
    wrong = next((v for v in verdicts if v.status != "correct"), None)
    return ("same", "") if wrong is None else (wrong.status, f"{text[:100]} → {rule.canonical()[:100]}：{wrong.detail[:120]}")
