"""Readings of session 40 helper de, through the user's entry points: a rubric scored by `pingfen score --json` and its
workbook recalculated by LibreOffice (a heading's points in 【】 or labelled and set off by a space only; a band's two
ends joined by 、; a count inside the heading's name; the 分值 column's bare number; a formula's ×N that is the heading's
N分; grades named with their band in brackets; an age group inside the rate's name); `pingfen rule` on the neighbours
that stay refused. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated
from pingfen.rules import RuleError, parse_rule

RUBRIC_S40_DE = Path(__file__).parent / "data" / "new_readings_rubric_s40_de.yaml"
EXPECTED_S40_DE = {
    "1.1": ("2", "92%在90%（含）至95%之间：2分（【4分】是标题的分值，曾不识别）"),
    "1.2": ("2", "95%在90%（含）至100%之间：2分（（满分4分）后只有空格，曾把标题读进了分档）"),
    "1.3": ("1", "75%在70%（含）以上、85%以下：1分（两端以顿号连接，是同一档）"),
    "1.4": ("2", "97%低于100%、不低于95%：2分（“两项救助”是名称，不是项数）"),
    "1.5": ("2.8", "87%比90%低3个百分点，每个0.4：4−1.2=2.8（分值：4 即4分）"),
    "1.6": ("3.2", "68%低于85%：68/85×4=0.8×4=3.2（×4即标题的4分，满分即4分）"),
    "1.7": ("2", "85%在80%至100%之间（基本完成）：2分"),
    "1.8": ("2", "75%在70%（含）至80%之间：2分（“60岁以上”是人群的名称，不是分档）"),
}


def test_s40_de_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (2 + 2 + 1 + 2 + 2.8 + 3.2 + 2 + 2 = 17 of 30, 中: 15 ≤ 17 < 24)."""
    result = _scored_and_recalculated(RUBRIC_S40_DE, EXPECTED_S40_DE, Decimal("17"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("text, canonical", [
    ("农机购置补贴资金兑付率【3分】\n兑付率≥90%，计3分；\n80%≤兑付率＜90%，计2分；\n70%≤兑付率＜80%，计1分；\n兑付率＜70%，计0分。",
     "兑付率≥90%得3分；80%≤兑付率<90%得2分；70%≤兑付率<80%得1分；兑付率<70%不得分"),
    ("城乡低保动态管理准确率（3分），准确率在98%以上（含98%）得3分，95%以上（含95%）98%以下得2分，90%以上（含90%）95%以下得1分，90%以下0分。",
     "准确率≥98%得3分；95%≤准确率<98%得2分；90%≤准确率<95%得1分；准确率<90%不得分"),
])
def test_canonical_text_reads_back(text: str, canonical: str) -> None:
    rule = parse_rule(text)
    assert rule.canonical() == canonical
    assert parse_rule(canonical).canonical() == canonical


@pytest.mark.parametrize("text", [
    # ×2 under a heading of 3分: the share's own points are not the heading's, so 满分 may be 3 or 2
    "资助政策知晓率（3分）：知晓率达到90%及以上得满分；低于90%的，按知晓率/90%×2计分。",
    # 三项 after a verb, and the rule counts the items: the count stays the rule's number, never the name's words
    "完成三项改革任务（3分）：全部完成得3分，每少完成一项扣1分。",
    # 两项 the rule counts (一项未按时): a number, as above
    "残疾人两项补贴发放（3分）：两项补贴均按时发放得3分，一项未按时发放扣1.5分。",
    # one grade's bracket a band, the others said otherwise: which grade a rate of 90% is, not written
    "项目完成情况（4分）：全部完成（完成率100%）得4分；基本完成（完成80%以上任务）得2分；未完成不得分。",
])
def test_neighbours_that_stay_refused(text: str) -> None:
    with pytest.raises(RuleError):
        parse_rule(text)
