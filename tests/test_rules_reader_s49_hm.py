"""Readings of session 49 by helper hm (corpus54's rows in bands and levels), through the user's entry points: a heading
whose name holds a comparison word between words (住院费用政策范围内报销比例（6分）: once refused as a condition with no
points), 未 before a level (100%计2分，未100%计0分: once two overlapping bands), grades 分别 their points with what is
graded run into the first grade's name (报告质量优、良、中、差分别计4、3、2、0分), 无/未 X closing bands of a count that
open at 1 (…1-2件得2分，无授权不得分: the count 0), a band's formula whose points are no mark of its bound and whose
highest is taken at its ends (增幅在5%-10%之间的，得分=5-(增幅-5%)×100×0.5 under （5分）), two bands that both write their
shared end in so many words and score it alike (超支率≤2%得4分；2%≤超支率<6%的，得分=4-(超支率-2%)×100), a survey's rate
defined as its satisfied options over all (满意率=(很满意+满意)/总样本), two ranges of months or of a count joined by 或;
and the refusals beside them. Scored by `pingfen score --json` and its workbook recalculated by LibreOffice; every
expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _refused_through_cli, _scored_and_recalculated

RUBRIC_S49_HM = Path(__file__).parent / "data" / "new_readings_rubric_s49_hm.yaml"
EXPECTED_S49_HM = {
    "1.1": ("4", "报销比例66%，在65%（含）-70%：4分"),
    "1.2": ("0", "到位率99%，未100%：0分"),
    "1.3": ("3", "报告质量良：3分"),
    "1.4": ("4", "授权3件，在3-4件：4分"),
    "1.5": ("0", "转化0项，无转化：0分"),
    "1.6": ("3.5", "增幅8%，在5%-10%之间：5-(8%-5%)×100×0.5=5-1.5=3.5"),
    "1.7": ("4", "超支率2%，两档都写明包含：≤2%得4分，4-(2%-2%)×100=4，同为4分"),
    "1.8": ("2", "满意率=(40+40)/100=80%，在75%（含）-85%：2分"),
    "1.9": ("2", "11个月，在9-12个月（含）：2分"),
    "1.10": ("3", "45人，在40-45人（含）：3分"),
}


def test_s49_hm_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (4 + 0 + 3 + 4 + 0 + 3.5 + 4 + 2 + 2 + 3 = 25.5 of 43, 差: 25.5 < 26)."""
    result = _scored_and_recalculated(RUBRIC_S49_HM, EXPECTED_S49_HM, Decimal("25.5"), capsys, tmp_path)
    assert result["grade"] == "差"


@pytest.mark.parametrize("rule, full, actual, score", [
    ("住院费用政策范围内报销比例（6分）：≥70%得6分；65%（含）-70%得4分；60%(含)-65%得2分；60%以下不得分。", "6", "70%", "6"),
    ("住院费用政策范围内报销比例（6分）：≥70%得6分；65%（含）-70%得4分；60%(含)-65%得2分；60%以下不得分。", "6", "60%", "2"),
    ("资金拨付到位率（2分）：100%计2分，未100%计0分。", "2", "100%", "2"),
    ("项目按期开工率（4分）：开工率达到95%计4分，未95%计0分。", "4", "94%", "0"),
    ("发明专利授权数（6分）：授权5件及以上得6分，3-4件得4分，1-2件得2分，无授权不得分。", "6", "5件", "6"),
    ("发明专利授权数（6分）：授权5件及以上得6分，3-4件得4分，1-2件得2分，无授权不得分。", "6", "0件", "0"),
    ("志愿服务活动开展次数（4分）：开展6次以上得4分，3-5次得3分，1-2次得1分，未开展的不得分。", "4", "0次", "0"),
    # the shared end: 5% in ≤5% (5) and by the formula 5-0 = 5; 10% in ≥10% only (0), the formula's 2.5 never given
    ("次均住院费用控制（5分）：次均费用增幅≤5%得5分；增幅在5%-10%之间的，得分=5-（增幅-5%）×100×0.5；增幅≥10%不得分。", "5", "5%", "5"),
    ("次均住院费用控制（5分）：次均费用增幅≤5%得5分；增幅在5%-10%之间的，得分=5-（增幅-5%）×100×0.5；增幅≥10%不得分。", "5", "10%", "0"),
    ("单位成本超支率（4分）：超支率≤2%得4分；2%≤超支率<6%的，得分=4-（超支率-2%）×100；超支率≥6%不得分。", "4", "5%", "1"),
    ("医保基金结余（4分）：累计结余可支付月数在6-9个月（含）得4分；3个月(含)-6个月或9-12个月(含)得2分；其他情况不得分。", "4", "6个月", "4"),
    ("医保基金结余（4分）：累计结余可支付月数在6-9个月（含）得4分；3个月(含)-6个月或9-12个月(含)得2分；其他情况不得分。", "4", "9个月", "4"),
    ("医保基金结余（4分）：累计结余可支付月数在6-9个月（含）得4分；3个月(含)-6个月或9-12个月(含)得2分；其他情况不得分。", "4", "3个月", "2"),
    ("医保基金结余（4分）：累计结余可支付月数在6-9个月（含）得4分；3个月(含)-6个月或9-12个月(含)得2分；其他情况不得分。", "4", "13个月", "0"),
])
def test_s49_hm_readings_through_pingfen_rule(rule: str, full: str, actual: str, score: str) -> None:
    done = pingfen(rule, "--full", full, f"--actual={actual}")
    assert done.returncode == 0 and f"得分：{score}\n" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, canonical", [
    ("价格监测报告质量（4分）：报告质量优、良、中、差分别计4、3、2、0分。", "等级得分：优4分，良3分，中2分，差0分"),
    ("服务质量（3分）：服务质量较好、一般、较差分别得3、2、0分。", "等级得分：较好3分，一般2分，较差0分"),
    ("参训学员满意度（3分）：按“很满意”“满意”“一般”“不满意”统计，满意率=（很满意+满意）/总样本数；满意率达到95%得3分，低于95%不得分。",
     "很满意、满意、一般、不满意分别按100%、100%、0、0计算满意度；满意率≥95%得3分；否则不得分"),
])
def test_s49_hm_readings_written_back(rule: str, canonical: str) -> None:
    done = pingfen(rule, "--full", "4")
    assert done.returncode == 0 and f"规范写法：{canonical}\n" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, named, reason", [
    # 70% written into both bands, scoring 6 and 4
    ("政策范围内报销比例（6分）：≥70%得6分；65%-70%（含）得4分；65%以下不得分。", "6", "65%-70%(含)得4分", "都写明包含"),
    # 5% written into both bands, scoring 5 and 4-0 = 4: no continuity
    ("次均费用增幅（5分）：增幅≤5%得5分；增幅≥5%且<10%的，得分=4-（增幅-5%）×100×0.5；增幅≥10%不得分。", "5",
     "增幅≥5%且<10%的", "都写明包含"),
    # the bands count applications, the zero names grants
    ("发明专利申请数（6分）：申请5件及以上得6分，3-4件得4分，1-2件得2分，无授权不得分。", "6", "无授权不得分", "没有写明条件"),
    # 及时性好 is no grade of the report's quality
    ("报告质量优、及时性好、差分别计4、3、0分。", "4", "报告质量优、及时性好、差分别计4、3、0分", "无法识别"),
    # a range of months or one of another measure
    ("累计结余可支付月数在6-9个月（含）得4分；3-6个月或结余率10%-20%得2分；其他情况不得分。", "4", "3-6个月或结余率10%-20%得2分", "无法识别"),
])
def test_s49_hm_refusals_name_the_clause(rule: str, full: str, named: str, reason: str) -> None:
    _refused_through_cli(rule, full, named, reason)
