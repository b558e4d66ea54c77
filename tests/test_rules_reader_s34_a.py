"""Readings of issue 9 by session 34 helper a through the user's entry points: a rubric with one leaf per reading (a
level reached before steps below it, with no points said for reaching it; points for each unit meeting a level, the
units counted in brackets; down / level / up over last year; a deadline met by going live; a formula's highest score
said after it or in the points' bracket, and its zero said of the rate it computes; the day a measure is taken, a
rate's definition in brackets, 以上(含) before a band's end, a target printed in brackets) scored by `pingfen score --json`, and the same rubric built into a workbook that LibreOffice
recalculates to the same scores. Every expected score is worked by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.rules import RuleError, parse_rule
from test_rules_new_readings import _scored_and_recalculated

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_s34_a.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("1.4", "95%比98%少3个百分点，3×0.2=0.6，2-0.6=1.4（未低于90%）"),
    "1.2": ("1.7", "47%比50%少3个百分点，3×0.1=0.3，2-0.3=1.7（未低于40%）"),
    "1.3": ("3", "东城3120、南湖3000（达到含3000）、北岭3560达到，西城2890未达到：3×1=3（即4-1）"),
    "1.4": ("2", "城关98.2、石桥95.0、新田96.4、白沙100达到95%，大河93.1、龙井94.9未达到：4×0.5=2（即3-2×0.5）"),
    "1.5": ("2", "186.4万元比上年191.0万元少（下降率(191-186.4)/191=2.41%>0）：2分"),
    "1.6": ("2", "计划2023-09-30上线，实际2023-10-20，延期20日，在30日以内（含）：2分"),
    "1.7": ("2.4", "240÷300×3=2.4（未超过承诺，不封顶）"),
    "1.8": ("5", "5×2310÷2100=5.5，最多得5分：5分"),
    "1.9": ("0", "700÷1500=46.7%，低于50%：不得分（公式本会得0.93分）"),
    "1.10": ("4", "截至12月底是取数的时点；99.6%在95%（含）至100%之间：4分"),
    "1.11": ("0.6", "30日内签订是及时率的定义；96%比100%少4个百分点，4×0.1=0.4，1-0.4=0.6"),
    "1.12": ("3", "考核目标即括号中的83.3%；80%低于83.3%但不低于75%：3分"),
}
TOTAL = Decimal("27.1")  # 1.4+1.7+3+2+2+2+2.4+5+0+4+0.6+3


def test_session34_a_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total."""
    result = _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)
    assert result["grade"] == "中"  # 22.8 ≤ 27.1 < 30.4


@pytest.mark.parametrize("text", [
    "投诉率达到2%，每超过1个百分点扣0.5分（2分）",  # steps above a level reached: what is under it?
    "办结率在90%-98%之间，每低于1个百分点扣0.2分（2分）",  # steps inside a band: 99% is in none
    "办结率达到98%，每低于1个百分点扣0.2分；办结率100%的得2分",  # another band above the level
    "每个社区服务人次达到3000人次的得1分，未达到的不得分，本项共5分（4个社区）。",  # 4 × 1 is not the 5 said
    "每个社区服务人次达到3000人次的得1分，未达到的得0.5分，本项共4分（4个社区）。",  # what falls short scores too
    "每个社区服务人次达到3000人次的得1分，本项共4分。",  # how many communities share the 4 points?
    "系统按期上线的得4分；延期上线的得2分；延期超过30日的不得分。",  # 延期 unbounded overlaps 延期超过30日
    "系统按期上线的得4分；延期上线30日以内的得2分。",  # more than 30 days late: no band
    "得分=实到配套资金÷承诺配套资金×3，超过承诺的按2分计",  # passing the promise loses a point?
    "资金到位率得分=实际到位资金/应到位资金×分值（2分）；执行率低于50%的，不得分。",  # another rate
    "灌区节水量：得分=分值×实际节水量/目标节水量（分值5分，最多得4分）",  # 分值 5, at most 4
    "截至6月底支出进度达到50%得2分；截至12月底支出进度达到100%得3分",  # two days, two measures
])
def test_neighbours_that_stay_refused(text: str) -> None:
    with pytest.raises(RuleError):
        parse_rule(text)


@pytest.mark.parametrize("text, rewritten", [
    ("每个中心年服务人次达到3000人次的得1分,未达到的不得分,本项共4分(4个中心)",
     "每有1个中心年服务人次未达到3000人次的,扣1分,扣完为止(本项4分)"),
    ("村集体经营性收入达到10万元的村,每村得0.4分,满分2分(共5个村)",
     "每有1个村村集体经营性收入未达到10万元的,扣0.4分,扣完为止(本项2分)"),
    ("每所学校供餐天数达到180天的得0.5分,本项共2分(共4所学校)", "每有1所学校供餐天数未达到180天的,扣0.5分,扣完为止(本项2分)"),
    # the units counted must be those that score, and make up the item's points
    ("每个中心服务人次达到3000人次的得1分,本项共4分(4个社区)", "每个中心服务人次达到3000人次的得1分,本项共4分(4个社区)"),
    ("每个中心服务人次达到3000人次的得1分,本项共5分(4个中心)", "每个中心服务人次达到3000人次的得1分,本项共5分(4个中心)"),
])
def test_each_unit_awarded_rewrite(text: str, rewritten: str) -> None:
    from pingfen.text import normalize
    assert normalize.each_unit_awarded(text) == rewritten


@pytest.mark.parametrize("text", [
    "医疗服务收入占比较上年提高的得2分，持平得1分，下降的不得分。",  # a rate's change: in points or relative?
    "医疗服务收入占比=医疗服务收入/医疗收入×100%，较上年提高的得2分，持平得1分，下降的不得分。",
    "经费支出较上年下降的得2分，持平的得1分，减少的不得分",  # one way twice, the other unsaid
])
def test_ways_over_last_year_that_stay_grades(text: str) -> None:
    """Never the bands of a change: a rate entered would be taken as the change itself (31.2% over 29.8% scoring 2 as
    a 31.2% rise, and 28% too) — the evaluator picks the grade."""
    assert parse_rule(text).kind == "grade"


@pytest.mark.parametrize("rewrite, text, rewritten", [
    ("directions_as_bands", "经费支出较上年下降的得2分,持平的得1分,增加的不得分",
     "经费支出较上年下降率>0%的得2分,较上年下降率=0%的得1分,较上年下降率<0%的不得分"),
    ("directions_as_bands", "游客量较上年增长的得3分;与上年持平的得2分;较上年下降的不得分",
     "游客量较上年增长率>0%的得3分,较上年增长率=0%的得2分,较上年增长率<0%的不得分"),
    ("directions_as_bands", "经费支出较上年下降的得2分,基本持平的得1分,增加的不得分",
     "经费支出较上年下降的得2分,基本持平的得1分,增加的不得分"),
    ("formula_cap_said", "得分=实到配套资金÷承诺配套资金×3,超过承诺的按3分计", "得分=实到配套资金÷承诺配套资金×3,最高得3分"),
    ("formula_cap_said", "得分=实到配套资金÷承诺配套资金×3,超过计划的按3分计", "得分=实到配套资金÷承诺配套资金×3,超过计划的按3分计"),
    ("closing_total", "得分=分值×实际节水量/目标节水量。分值5分,最多得5分", "得分=分值×实际节水量/目标节水量,最多得5分。(本项分值5分)"),
    ("periods_named", "截至12月底支出进度100%,得5分", "截至十二月底支出进度100%,得5分"),
    ("periods_named", "截至6月底进度达到50%得2分;截至12月底进度达到100%得3分", "截至6月底进度达到50%得2分;截至12月底进度达到100%得3分"),
    ("periods_named", "及时率(中标通知书发出后30日内签订)达到100%得满分", "及时率(中标通知书发出后三十日内签订)达到100%得满分"),
    ("restated_bounds", "95%以上(含)不足100%,得4分", "95%(含)以上不足100%,得4分"),
    ("restated_bounds", "95%以上(含)得4分", "95%以上(含)得4分"),
    ("printed_target", "达到考核目标(≥83.3%)的得5分;低于目标但不低于75%的得3分", "达到83.3%的得5分;低于83.3%但不低于75%的得3分"),
    ("printed_target", "达到目标(≥83.3%)的得5分;达到目标(≥80%)的得3分", "达到目标(≥83.3%)的得5分;达到目标(≥80%)的得3分"),
])
def test_the_rewrites_of_ways_caps_and_totals(rewrite: str, text: str, rewritten: str) -> None:
    from pingfen.text import normalize
    assert getattr(normalize, rewrite)(text) == rewritten
