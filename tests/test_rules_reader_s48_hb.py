"""Readings of session 48 by helper hb, through the user's entry points: one unit's points given by the measure word its
units are counted in (抽查5家定点医药机构，每家1分 / 抽查6所学校，每所0.5分 — 所 the schools' measure word, not the unit 所 of
市场监管所 / 抽查3座水厂，每座满分2分 / 抽查5条公交线路，每条1分), each unit scored by one rule and the units added; and each
unit's level in any unit the lexicon knows (未达到1万册次 / 未达到500亩 / 低于50公里 / 5千册次: once refused, only 万元, 元, 人次,
人, 个, 次, 项, 户, 家, 天 and % being taken as a unit's level). Beside them the refusals: 每家1分 with nothing counted in 家,
the units' points not making the item's, a unit's points above what its bands give, a deduction and a bigger one below a
lower level of one unit (replace or add?). And a 自评表 ceiling stated, then held by the symbol (年度指标值≤2%　…实际值≤
指标值得3分；每超出0.5个百分点扣1分: once refused as a level said after the steps), beside full marks at or above a ceiling
(refused). Scored by `pingfen score --json` and its workbook recalculated by LibreOffice;
every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _refused_through_cli, _scored_and_recalculated

RUBRIC_S48_HB = Path(__file__).parent / "data" / "new_readings_rubric_s48_hb.yaml"
EXPECTED_S48_HB = {
    "1.1": ("3", "93≥90得1；88在80-89得0.5；76<80得0；90≥90得1；81得0.5：1+0.5+0+1+0.5=3"),
    "1.2": ("2.5", "90、85≥85各1；84在70-84得0.5；69<70得0：1+1+0.5+0=2.5"),
    "1.3": ("1.6", "100%得0.5；99%、95%各0.3；94.9%<95%得0；100%得0.5；80%得0：0.5+0.3+0.3+0+0.5+0=1.6"),
    "1.4": ("5", "99.5%、99%≥99%各2；96%在95%-99%得1：2+2+1=5"),
    "1.5": ("3", "90%得1；89.9%、80%各0.5；79.9%<80%得0；96%得1：1+0.5+0.5+0+1=3"),
    "1.6": ("2", "12500、10000、15300、11020达到1万册次，4×0.5=2"),
    "1.7": ("2", "520、500达到500亩，499、300未达到：2×1=2"),
    "1.8": ("1", "49.9、30低于50公里，2个乡镇各扣0.5：2-1=1"),
    "1.9": ("1", "5000、6000达到5千册次，4999、100未达到：2×0.5=1"),
    "1.10": ("3", "0.6%超出指标值0.5%共0.1个百分点，扣1分：4-1=3"),
}


def test_s48_hb_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (3 + 2.5 + 1.6 + 5 + 3 + 2 + 2 + 1 + 1 + 3 = 24.1 of 38, 中: 22.8 ≤ 24.1 < 30.4)."""
    result = _scored_and_recalculated(RUBRIC_S48_HB, EXPECTED_S48_HB, Decimal("24.1"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, full, canonical", [
    # the points of one unit by its measure word, the unit the one counted in it
    ("定点医药机构年度考核（5分）：抽查5家定点医药机构，每家1分，考核得分90分及以上计1分，80-89分计0.5分，80分以下计0分。", "5",
     "按机构分别考核，每个机构1分：考核得分≥90分得1分；80-89分得0.5分；考核得分<80分不得分；共5个机构，各机构得分相加，本项满分5分"),
    # 所 the schools' measure word (每所0.5分), not a unit of its own
    ("学校营养餐供餐（3分）：抽查6所学校，每所0.5分，供餐率达到100%的得0.5分，95%（含）-100%的得0.3分，低于95%的不得分。", "3",
     "按学校分别考核，每个学校0.5分：供餐率≥100%得0.5分；95%≤供餐率<100%得0.3分；供餐率<95%不得分；共6个学校，各学校得分相加，本项满分3分"),
    ("水厂出水水质抽检（6分）：抽查3座水厂，每座满分2分，水质综合合格率≥99%得2分，95%（含）-99%得1分，低于95%不得分。", "6",
     "按厂分别考核，每个厂2分：水质综合合格率≥99%得2分；95%≤水质综合合格率<99%得1分；水质综合合格率<95%不得分；共3个厂，各厂得分相加，本项满分6分"),
    # a unit's level in a unit of the lexicon (册次, 亩, 公里), a multiplier before it
    ("各分馆年借阅量达到1万册次的，每个分馆得0.5分（共6个分馆，满分3分）", "3", "每有1个未达到1万册次的，扣0.5分，扣完为止"),
    ("乡镇公路养护（2分）：每有1个乡镇年度养护里程低于50公里的，扣0.5分，扣完为止。", "2", "每有1个低于50公里的，扣0.5分，扣完为止"),
])
def test_s48_hb_readings_through_pingfen_rule(rule: str, full: str, canonical: str) -> None:
    done = pingfen(rule, "--full", full)
    assert done.returncode == 0 and canonical in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, actual, score", [
    # a 自评表 ceiling, then 实际值≤指标值 (the symbol, as 不超过指标值 says it): once refused as a level after the steps
    ("客运车辆责任事故率　年度指标值≤2%　分值3分　评分标准：实际值≤指标值得3分；每超出0.5个百分点扣1分，扣完为止。", "3", "2%", "3"),
    ("客运车辆责任事故率　年度指标值≤2%　分值3分　评分标准：实际值≤指标值得3分；每超出0.5个百分点扣1分，扣完为止。", "3", "3%", "1"),
    ("农产品质量安全抽检不合格率　年度指标值≤2%　分值3分　评分标准：实际值≤指标值得3分；高于指标值的，每高出0.5个百分点扣1分，扣完为止。",
     "3", "2.5%", "2"),
    ("人均培训成本（4分）≤800元/人。实际值≤指标值得4分；每超出5%扣1分，扣完为止。", "4", "880元/人", "2"),
])
def test_s48_hb_ceiling_held_by_the_symbol(rule: str, full: str, actual: str, score: str) -> None:
    done = pingfen(rule, "--full", full, f"--actual={actual}")
    assert done.returncode == 0 and f"得分：{score}\n" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, named, reason", [
    # 每家1分 with no units counted in 家: how many, and so the sum, is not said
    ("定点药店年度考核（5分）：每家1分，考核得分90分及以上计1分，80-89分计0.5分，80分以下计0分。", "5", "每家1分", "无法与其他语句组成计分方法"),
    # four units of 1 point against the item's 5
    ("养老机构服务质量抽查（5分）：抽查4家养老机构，每家1分，机构服务质量评估得分85分及以上计1分，70-84分计0.5分，70分以下计0分。", "5",
     "5分", "与本项5分不符"),
    # one unit's 1 point against its bands' 0.5
    ("学校营养餐供餐（3分）：抽查6所学校，每所1分，供餐率达到100%的得0.5分，95%（含）-100%的得0.3分，低于95%的不得分。", "3",
     "供餐率达到100%的得0.5分", "不一致"),
    # below 50 km and below 30 km: the 1 point in place of the 0.5, or on top of it?
    ("乡镇公路养护（2分）：每有1个乡镇年度养护里程低于50公里的，扣0.5分；低于30公里的，扣1分，扣完为止。", "2",
     "每有1个乡镇年度养护里程低于50公里的", "未能识别评分方法"),
    # a ceiling (≤2%) with full marks at or above it and steps above it: opposite sides
    ("客运车辆责任事故率　年度指标值≤2%　分值3分　评分标准：实际值≥指标值得3分；每超出0.5个百分点扣1分，扣完为止。", "3",
     "实际值≥指标值得3分", "没有写明"),
])
def test_s48_hb_refusals_name_the_clause(rule: str, full: str, named: str, reason: str) -> None:
    _refused_through_cli(rule, full, named, reason)
