"""Numbers whose meaning the reader now places (reader-values, session 12): a ratio formula named after what it
measures (投资额分值=当年投资额/当年目标任务金额×50，最高得50分), points per unit beyond the target (每超目标任务引进1个
项目加2分), a required count else its share completed (查处案件10例以上；否则按完成比例得分（15分）), a band
list printed as a table (描述 | 4 | …, or one cell a line with points as a range 5-3), and the
sign of a skill score as a band (正订正技巧5%以上 / 正技巧在5%以下 / 负技巧), places listed one by one
(排名第1名、第2名、第3名的分别计2分、1.9分、1.8分), points per unit full at a count (发布1个产品得0.2分，5个满分), and the best entity as full (以实际减排量最大的
设区市为满分，其余设区市按减排量占满分减排量的比率得分).
A rubric with one leaf per reading
scored by `pingfen score --json`, the same rubric built into a workbook that LibreOffice recalculates to the same
values, and each reading's 规范写法 read back to the same rule. Every expected score is worked by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.rules import RuleError, evaluate_rule, parse_rule
from test_rules_new_readings import _scored_and_recalculated

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_reader-values.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("7.5", "6000/8000=75%，×10=7.5（未超过最高10分）"),
    "1.2": ("2", "5个超过目标4个1个，每个加2分=2（最高6分）"),
    "1.3": ("12", "查处8例，不足10例：8/10×15=12"),
    "2.1": ("4", ">100%一档为3-5分，录入4分在档内"),
    "2.2": ("3", "90%在80-99%一档：3分"),
    "3.1": ("0.5", "正技巧3%，在5%以下：0.5分"),
    "3.2": ("0", "负技巧-2%：不得分"),
    "4.1": ("2.5", "第2名：2.5分"),
    "4.2": ("0.6", "3个×0.2=0.6（5个满分即1分）"),
    "4.3": ("1.5", "600/800（最大减排量）×2=1.5"),
}
TOTAL = Decimal("33.6")  # 7.5+2+12 + 4+3 + 0.5+0 + 2.5+0.6+1.5


def test_named_ratios_units_beyond_target_band_tables_and_signs(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)


@pytest.mark.parametrize("text, full, cases", [
    # 50 × actual / target, at most 50
    ("省域外签约项目投资额分值=当年省域外签约项目投资额/当年省域外签约项目目标任务金额×50,最高得50分。", 50,
     [({"actual": "8亿元", "target": "10亿元"}, "40"), ({"actual": "12亿元", "target": "10亿元"}, "50")]),
    # 2 per project beyond the target 4, at most 6; none below it
    ("每超目标任务引进1个省外亿元项目(经省平台认定)加2分,最高不超过6分", 6,
     [({"actual": "6个", "target": "4个"}, "4"), ({"actual": "9个", "target": "4个"}, "6"),
      ({"actual": "3个", "target": "4个"}, "0")]),
    # 2 × 减排量 / the largest city's 减排量 (entered as the target)
    ("以实际减排量最大的设区市为满分,其余设区市按减排量占满分减排量的比率得分。", 2,
     [({"actual": "600吨", "target": "800吨"}, "1.5"), ({"actual": "800吨", "target": "800吨"}, "2")]),
    # 0.2 per product, full (1) at 5
    ("發(fā)布產(chǎn)品的數(shù)量,發(fā)布1個產(chǎn)品得0.2分, 5個滿分。", 1,
     [({"actual": "3个"}, "0.6"), ({"actual": "5个"}, "1"), ({"actual": "9个"}, "1")]),
    # ≥10例 → 15; fewer → 15 × 例数/10
    ("年内全县查处非法捕捞案件10例以上（含简易案件）;否则按完成比例得分（15分）。", 15,
     [({"actual": "12例"}, "15"), ({"actual": "8例"}, "12"), ({"actual": "0例"}, "0")]),
    # >100% → 3-5 (entered), =100% → 3, 80%-99% → 0-2 (entered), <80% → 0
    ("超额完成计划任务>100%\n5-3\n完成计划任务100%\n3\n完成计划任务99%-80%\n2-0\n完成计划任务80%以下\n0", 5,
     [({"rate": "100%"}, "3"), ({"rate": "70%"}, "0")]),
    # ≥5% → 1; (0, 5%] → 0.5; <0 → 0; exactly 0 lies in no band → 0
    ("有正订正技巧5%以上的得1分,正技巧在5%以下得0.5分,负技巧的不得分。", 1,
     [({"rate": "8%"}, "1"), ({"rate": "3%"}, "0.5"), ({"rate": "-2%"}, "0"), ({"rate": "0%"}, "0")]),
])
def test_readings_and_their_canonical_text_score_alike(text: str, full: int, cases: list) -> None:
    rule = parse_rule(text)
    again = parse_rule(rule.canonical())
    assert again.scorer == rule.scorer
    for data, expected in cases:
        for read in (rule, again):
            assert evaluate_rule(read, data, Decimal(full)).value == Decimal(expected), (data, expected)


def test_a_band_table_with_a_range_checks_the_entered_score() -> None:
    rule = parse_rule("超额完成计划任务>100%\n5-3\n完成计划任务100%\n3\n完成计划任务99%-80%\n2-0\n完成计划任务80%以下\n0")
    assert evaluate_rule(rule, {"rate": "90%"}, Decimal(5), manual="1.5", reason="部分完成").value == Decimal("1.5")
    outside = evaluate_rule(rule, {"rate": "90%"}, Decimal(5), manual="3", reason="部分完成")
    assert "0-2" in outside.explanation, outside.explanation


def test_units_beyond_the_target_are_not_every_unit_done() -> None:
    """Once read as 每1个加2分 from none: 6 projects against a target of 4 scored 6 instead of 4."""
    rule = parse_rule("每超过目标值1个加2分,最高不超过6分")
    assert evaluate_rule(rule, {"actual": "6个", "target": "4个"}, Decimal(6)).value == 4


@pytest.mark.parametrize("text, clause", [
    ("招商引资到位资金分值=当年招商引资到位资金/当年招商引资到位资金目标任务×10,最高得8分。", "最高得8分"),
    # (项目投资额分值=项目投资额/上年项目投资额×20,最高得20分 reads since session 31: the formula capped at its own 20,
    # both amounts entered; a cap unlike the formula's points stays refused)
    ("得分=实际完成投资/计划投资×5，最高4分。", "最高4分"),
    ("每超目标任务引进1个项目加2分", "每超目标任务引进1个项目加2分"),
    ("超额完成计划任务>100%\n5-3\n完成计划任务达到100%\n3\n完成计划任务80%以下\n0", "完成计划任务达到100%，得3分"),
    ("完成率100%\n3\n完成率60%-79%\n2\n完成率60%以下\n0", "完成率60%-79%，得2分"),
    ("负技巧在5%以下得0.5分，正技巧得1分", "负技巧在5%以下得0.5分"),
    ("使用率达到90%及以上;否则按完成比例得分。", "否则按完成比例得分"),
    ("查处案件10例以上，培训5次以上;否则按完成比例得分。", "否则按完成比例得分"),
    ("查处案件10例以上得满分;否则按完成比例得分(15分)。", "否则按完成比例得分(15分)"),
    ("排名第1名、第2名、第4名的分别计2分、1.9分、1.8分", "排名第1名、第2名、第4名的分别计2分、1.9分、1.8分"),
    ("发布1个产品得0.2分,5次满分。", "5次满分"),
    ("发布1个产品得0.2分,5个满分,最多2分。", "5个满分"),
    ("以实际减排量最大的设区市为满分,其余设区市按排放量占满分减排量的比率得分。", "其余设区市按排放量占满分减排量的比率得分"),
    ("以实际减排量最大的设区市为满分,其余县区按减排量占满分减排量的比率得分。", "其余县区按减排量占满分减排量的比率得分"),
    ("对全省各市对应部门编制总量进行加权平均处理后的排名，排名倒数第1名、第2名、第3名的分别计2分、1.9分、1.8分，"
     "倒数第4名及以上的，每进1名扣0.1分。", "倒数第4名及以上的，每进1名扣0.1分"),
])


def test_near_misses_are_refused_naming_the_clause(text: str, clause: str) -> None:
    with pytest.raises(RuleError) as error:
        parse_rule(text)
    assert error.value.fragment == clause


def test_places_listed_one_by_one_are_grades_not_kinds_of_award() -> None:
    """Once read as 分别加2分、1.9分、1.8分 per occurrence of each place (AwardKinds): a place is one grade."""
    rule = parse_rule("排名第1名、第2名、第3名的分别计2分、1.9分、1.8分")
    assert rule.kind == parse_rule("等级得分：第1名2分，第2名1.9分，第3名1.8分").kind
    assert evaluate_rule(rule, {"grade": "第3名"}, Decimal(2)).value == Decimal("1.8")
    assert parse_rule(rule.canonical()).scorer == rule.scorer


@pytest.mark.parametrize("text, clause, reason", [
    # a band's points as scanned: letters and signs for digits
    ("全部完成(20分)完成80%以上(16-19)完成60%及以上(11-15)完成60%以下(O-Io)", "(O-Io)", "分档得分“O-Io”不是数值"),
    ("全部完成(10分)完成80%以上(8-9)完成60%及以上(&7)完成60%以下(0-5)", "(&7)", "分档得分“&7”不是数值"),
    # a word left over is no 数值: what is missing is said
    ("持平不扣分,超过平均值5个点以内扣1分,5个点以外扣2分。", "持平不扣分", "只用文字写了不扣分的情形"),
    ("没有及时按规定上报排查表,每少1次扣0.5分;上访户台账不清楚、不规范及无处理情况每户扣分。",
     "上访户台账不清楚、不规范及无处理情况每户扣分", "“扣分”没有写明扣多少分"),
    ("根据任务数,算出每人的平均分数,缺1例,扣减2人平均分。", "扣减2人平均分", "扣分的数额“2人平均分”无法识别"),  # (1人: the share of each one missing, now read)
])
def test_refusals_say_what_is_missing(text: str, clause: str, reason: str) -> None:
    with pytest.raises(RuleError) as error:
        parse_rule(text)
    assert error.value.fragment == clause and reason in error.value.reason, (error.value.fragment, error.value.reason)


def test_numerals_in_a_short_quoted_name_are_part_of_the_name() -> None:
    """“四个十”工作体系 was read as 4个十 (a number the clause could not place); “一场两馆” as 1场2馆."""
    rule = parse_rule("按“四个十”工作体系要求，未完成的每项扣0.5分，扣完为止。")
    assert evaluate_rule(rule, {"failures": 2}, Decimal(2)).value == 1
    assert evaluate_rule(parse_rule(rule.canonical()), {"failures": 2}, Decimal(2)).value == 1
    with pytest.raises(RuleError) as error:
        parse_rule("根据推进“四个十”工作体系总体情况，未完成的每项扣分。")
    assert error.value.fragment == "未完成的每项扣分"
