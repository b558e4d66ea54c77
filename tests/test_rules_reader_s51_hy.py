"""Readings of session 51 by helper hy, through the user's entry points: a survey's options set (问卷设满意、比较满意、不满意
三项) with its rate summed over some of them — one option alone (满意户数/调查户数), or credits out of 100 over 有效问卷数×100
— the count of options dropped only when it is the number listed; a range's end restated in brackets (提高2～5个百分点
（不含5）); a bare lower end in the unit of the upper (提高0.5（含）～1个百分点) beside 或未提高 (the change's own way
absent, inside the band below); 不降反升 / 不增反降 as the other way; none of a count said with the verb and the thing
counted apart (未组织演练 after 全年组织综合应急演练≥4次); a band from one level to another said with 以上至. Scored by
`pingfen score --json` and its workbook recalculated by LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _reads_through_cli, _scored_and_recalculated

RUBRIC_S51_HY = Path(__file__).parent / "data" / "new_readings_rubric_s51_hy.yaml"
EXPECTED_S51_HY = {
    "1.1": ("4", "(55+32)/100=87%，85%≤87%<90% → 4"),
    "1.2": ("8.5", "(70×100+25×60)/(100×100)=8500/10000=85%，×10=8.5"),
    "1.3": ("4.5", "153/200=76.5%<85%，76.5/85×5=0.9×5=4.5"),
    "1.4": ("2", "65%−61%=4个百分点，2≤4<5（不含5）→ 2"),
    "1.5": ("2", "37.9%−37.4%=0.5个百分点，0.5（含）≤0.5<1 → 2"),
    "1.6": ("3", "(5000−4925)/5000=1.5%，1%≤1.5%<3% → 3"),
    "1.7": ("2", "3次在2～3次 → 给2分"),
    "1.8": ("3", "20分钟在15分钟以上至20分钟（含）→ 3"),
    "1.9": ("5", "(200+200)/500=80%，低于85%共5个百分点，10−5×1=5"),
}


def test_s51_hy_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (4 + 8.5 + 4.5 + 2 + 2 + 3 + 2 + 3 + 5 = 34 of 52, 中: 31 ≤ 34 < 42)."""
    result = _scored_and_recalculated(RUBRIC_S51_HY, EXPECTED_S51_HY, Decimal("34"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, full, canonical", [
    ("企业对科技服务的满意度（5分）：问卷设满意、比较满意、不满意三项，满意度=（满意+比较满意）人数/调查总人数；≥90%得5分，"
     "85%~90%得4分，80%~85%得3分，低于80%得0分。", "5",
     "满意、比较满意、不满意分别按100%、100%、0计算满意度；满意度≥90%得5分；85%≤满意度<90%得4分；80%≤满意度<85%得3分；"
     "满意度<80%不得分"),
    ("社会公众满意度（10分）：问卷设满意、基本满意、不满意，满意度=（满意问卷数×100+基本满意问卷数×60）/（有效问卷数×100），"
     "得分=满意度×10。", "10", "满意、基本满意、不满意分别按100%、60%、0计算满意度；得分=满意度×10分"),
    ("受灾群众救助满意度（5分）：问卷设满意、不满意两项，满意度=满意户数/调查户数×100%，满意度≥85%得5分，低于85%的，"
     "按满意度/85%×5计分。", "5", "满意、不满意分别按100%、0计算满意度；满意度≥85%得5分；否则得分=满意度/85%×5分"),
    ("化学需氧量排放总量（5分）：较上年下降3%及以上得5分，下降1%-3%得3分，下降不足1%得1分，不降反升不得分。", "5",
     "较上年下降率≥3%得5分；1%≤较上年下降率<3%得3分；0%≤较上年下降率<1%得1分；较上年下降率<0%不得分"),
    ("应急演练次数（4分）：全年组织综合应急演练≥4次，给4分；2～3次，给2分；1次，给1分；未组织演练不给分。", "4",
     "实际值≥4次得4分；2次-3次得2分；1次得1分；0次不得分"),
    ("接警响应时间（5分）：平均响应时间≤15分钟得5分，15分钟以上至20分钟（含）得3分，超过20分钟得0分。", "5",
     "平均响应时间≤15分钟得5分；15分钟<平均响应时间≤20分钟得3分；平均响应时间>20分钟不得分"),
])
def test_s51_hy_readings_through_pingfen_rule(rule: str, full: str, canonical: str) -> None:
    _reads_through_cli(rule, full, canonical)


@pytest.mark.parametrize("rule, actual, score", [
    # 80%以上至90%(含) after 90%以上: the band (80%, 90%], 80% the band below's (80%及以下)
    ("完成率（5分）：完成率90%以上得5分，80%以上至90%（含）得3分，80%及以下得0分。", "90%", "3"),
    ("完成率（5分）：完成率90%以上得5分，80%以上至90%（含）得3分，80%及以下得0分。", "80%", "0"),
    # 不增反降: a fall, 0 — 2% growth is 增长不足5%, 1
    ("旅游接待人次增长（4分）：较上年增长10%及以上得4分，增长5%-10%得2分，增长不足5%得1分，不增反降不得分。", "2%", "1"),
    ("旅游接待人次增长（4分）：较上年增长10%及以上得4分，增长5%-10%得2分，增长不足5%得1分，不增反降不得分。", "-3%", "0"),
])
def test_s51_hy_scores_through_pingfen_rule(rule: str, actual: str, score: str) -> None:
    done = pingfen(rule, "--full", "5" if "5分）" in rule else "4", f"--actual={actual}")
    assert done.returncode == 0 and f"得分：{score}\n" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, named", [
    # four options said, three named: which the fourth is (and whether it counts) is not said
    ("游客满意度（5分）：问卷设满意、比较满意、不满意四项，满意度=（满意+比较满意）人数/调查总人数，满意度≥90%得5分，否则不得分。",
     "问卷设满意、比较满意、不满意4项"),
    # the bracket names 4, neither end of 2～5
    ("城市建成区绿地率（4分）：较上年提高5个百分点及以上的得4分，提高2～5个百分点（不含4）的得2分，提高不足2个百分点或下降的不得分。",
     "提高2~5%(不含4)的得2分"),
    # 未上升 beside a fall: any fall too, overlapping the bands above
    ("公共机构能耗总量（5分）：较上年下降4%及以上得5分，下降2%～4%得3分，下降不足2%或未上升不得分。", "下降不足2%或未上升不得分"),
])
def test_s51_hy_refusals_name_the_clause(rule: str, named: str) -> None:
    done = pingfen(rule, "--full", "5")
    assert done.returncode != 0 and f"无法识别的部分：“{named}”" in done.stdout + done.stderr, done.stdout + done.stderr
