"""Readings of session 51 by helper hw: a band table copied cell by cell — each band's level in one cell (N%以上, or
N↑ in a table's level column) and its points, a bare number, in the next: ``厕所…的比例 8 100% 8 80%以上 5 50%以上 3
30%以上 1`` (the name, its 分值, then level and points apart by spaces; once refused, and once its spaces gone
``比例 8 100%`` would read 8100%) and ``| | | 4000↑ | 30| |\\n| 111|馆舍建筑面积 | 3000↑ | 20|…`` (a table's rows, the
name and its unit in the column before the levels, notes after; once refused); 除以 in a formula as the division sign
between two names (得分=(实际完成户数除以计划户数)×5: once one name 实际完成户数除以计划户数, bound to the target — 8 of 10
households scored 10×5, capped at 5); and the refusals beside them. Scored by
`pingfen score --json` and its workbook recalculated by LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _read_back, _reads_through_cli, _refused_through_cli, _scored_and_recalculated

RUBRIC_S51_HW = Path(__file__).parent / "data" / "new_readings_rubric_s51_hw.yaml"
EXPECTED_S51_HW = {
    "1.1": ("3", "65%：50%以上、不足80%：3分"),
    "1.2": ("20", "3999平方米：3000↑、不足4000：20分"),
    "1.3": ("8", "300个：300↑（含300）：8分"),
    "1.4": ("15", "45.5万元：40↑、不足50：15分"),
    "1.5": ("7", "90%：90%以上（含90%）、不足100%：7分"),
    "1.6": ("0", "69%：低于最低一档70%：0分"),
    "1.7": ("20", "60000册次：60000↑：20分"),
    "1.8": ("9", "7人：6↑、不足8：9分"),
    "1.9": ("4", "8户/10户×5=4"),
    "1.10": ("3", "9/12×4=3"),
}


def test_s51_hw_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (3 + 20 + 8 + 15 + 7 + 0 + 20 + 9 + 4 + 3 = 89 of 139, 中: 83 ≤ 89 < 111)."""
    result = _scored_and_recalculated(RUBRIC_S51_HW, EXPECTED_S51_HW, Decimal("89"), capsys, tmp_path)
    assert result["grade"] == "中"


_TOILETS = "廁所采用水沖或使用生態(tài)廁所的比例 8 100% 8 80%以上 5 50%以上 3 30%以上 1"
_AREA = ("| | | 4000↑ | 30| |\n| 111|館舍建筑面積 | 3000↑ | 20|不含職工宿舍及臨時 |\n| | (平方米)| 2000↑ | 15|性房屋。 |\n"
         "| | | 1000↑ | 10| |")
_SEATS = "| | | 400↑ | 10| |\n| 113|讀者座席(個)| 300↑ | 8| |\n| | | 200↑ | 6| |\n| | | 100↑ | 4| |"


@pytest.mark.parametrize("rule, full, canonical", [
    (_TOILETS, "8", "完成率≥100%得8分；80%≤完成率<100%得5分；50%≤完成率<80%得3分；30%≤完成率<50%得1分"),
    ("游客投诉处理率 95%以上 5 85%以上 3 70%以上 1", "5",
     "游客投诉处理率≥95%得5分；85%≤游客投诉处理率<95%得3分；70%≤游客投诉处理率<85%得1分"),
    (_AREA, "30", "实际值≥4000平方米得30分；3000平方米≤实际值<4000平方米得20分；2000平方米≤实际值<3000平方米得15分；"
                  "1000平方米≤实际值<2000平方米得10分"),
    (_SEATS, "10", "实际值≥400个得10分；300个≤实际值<400个得8分；200个≤实际值<300个得6分；100个≤实际值<200个得4分"),
])
def test_s51_hw_readings_through_pingfen_rule(rule: str, full: str, canonical: str) -> None:
    _reads_through_cli(rule, full, canonical)


@pytest.mark.parametrize("rule, actual, score", [
    (_TOILETS, "100%", "8"), (_TOILETS, "80%", "5"), (_TOILETS, "79.9%", "3"), (_TOILETS, "29%", "0"),
    (_AREA, "4000平方米", "30"), (_AREA, "999平方米", "0"), (_SEATS, "299个", "6"), (_SEATS, "100个", "4"),
])
def test_s51_hw_each_side_of_a_cell_band_boundary(rule: str, actual: str, score: str) -> None:
    done = pingfen(rule, "--full", "30", "--actual", actual)
    assert done.returncode == 0 and f"得分：{score}\n" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, named", [
    # the cells' points do not fall with the levels (12 above 100%'s 10): no band table, left as written
    ("生活垃圾无害化处理率 10 100% 10 90%以上 12 80%以上 4", "10", "90%以上12"),
    # the notes column scores too (每少100平方米扣1分): never dropped into a sentence beside the bands
    ("| | | 4000↑ | 30| |\n| 111|馆舍建筑面积 | 3000↑ | 20|每少100平方米 |\n| | (平方米)| 2000↑ | 15|扣1分。 |", "30",
     "每少100平方米"),
    # a note with a number in the name's cell (每位1米): the name is not a name alone, left as written
    ("廁位總量達旺季日均游客接待量的比率 男小便廁位可按每位 - 1米的寬度計量 6 5‰以上 6 3‰以上 4 1‰以上 2", "6", "1米"),
])
def test_s51_hw_refusals_name_the_clause(rule: str, full: str, named: str) -> None:
    _refused_through_cli(rule, full, named)


@pytest.mark.parametrize("rule, actual, target, score", [
    # once the one name (实际完成户数除以计划户数) bound to the target: 10×5 = 50, capped at 5
    ("农村改厕（5分）：得分=(实际完成户数除以计划户数)×5", "8户", "10户", "4"),
    ("档案整理（6分）：得分=已归档卷数除以应归档卷数×6，最高6分。", "93卷", "100卷", "5.58"),
    # 后 / 再 the order of the steps, no part of the name before them
    ("农村改厕（5分）：得分=实际完成户数除以计划户数后乘以5", "8户", "10户", "4"),
    ("档案整理（6分）：得分=已归档卷数除以应归档卷数×6，最高6分。", "120卷", "100卷", "6"),
])
def test_s51_hw_divided_in_words_in_a_formula(rule: str, actual: str, target: str, score: str) -> None:
    done = pingfen(rule, "--full", "6", "--actual", actual, "--target", target)
    assert done.returncode == 0 and f"得分：{score}\n" in done.stdout, done.stdout + done.stderr
    assert "除以" not in done.stdout.split("规范写法：")[1].split("\n")[0]
    _read_back(rule)


@pytest.mark.parametrize("rule, named", [
    # two names, neither the value achieved nor its target: the evaluator enters both (once 实得的分数除以…最高总分 was
    # one name, bound to the value achieved: 170 scored 170×100, capped at 100, where 170/200×100 = 85)
    ("得分=实得的分数除以该单位应得的最高总分×100", "实得的分数"),
    # the divisor lost before the next operator (once read as a rate named 实际完成户数除以, ×5)
    ("农村改厕（5分）：得分=实际完成户数除以×5", "实际完成户数除以"),
    ("问题整改（4分）：得分=已整改问题数除以乘以分值", "已整改问题数除以"),
])
def test_s51_hw_divided_in_words_asks_for_both_names_or_is_refused(rule: str, named: str) -> None:
    done = pingfen(rule, "--full", "100", "--actual", "170")
    assert done.returncode != 0 and named in done.stderr, done.stdout + done.stderr
