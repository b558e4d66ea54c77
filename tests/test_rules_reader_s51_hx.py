"""Readings of session 51 by helper hx, through the user's entry points: 自评表 rows copied with bars or labelled cells
(the indicator's kinds alone before them, 指标值≥98% / 分值6 without a colon, a blank 偏差原因 or 指标值 column), a 时效指标
row whose target is a time named in words with its day in brackets (汛前（2024年5月31日前）) and 延后 a lateness verb;
deadlines said in other words (于…前全部完成, 按任务书约定时间, 合同工期至…, 汛期前未完工但于…前完工, 7月31日后仍未完成 /
此后完成或未完成, a project's phase in its name: 二期建设); a duty due each period (每月10日前 / 每季度终了后15日内) earning the
满分 or its points, each late period deducted; a quantity target beside bands of its 完成率 whose later band names only its
range (80%-90%之间). Scored by `pingfen score --json` and its workbook recalculated by LibreOffice;
every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.rules import parse_rule
from pingfen.rules.score import evaluate_rule
from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _read_back, _scored_and_recalculated

RUBRIC_S51_HX = Path(__file__).parent / "data" / "new_readings_rubric_s51_hx.yaml"
EXPECTED_S51_HX = {
    "1.1": ("8", "≥120公里未达到：96/120×10=8"),
    "1.2": ("5.7", "93.1%<98%：93.1/98×6=0.95×6=5.7"),
    "1.3": ("6", "指标值列空白，录入目标60家：45/60×8=6"),
    "1.4": ("3", "≤20个工作日，22个工作日超2个：5−2=3"),
    "1.5": ("3", "汛前即2024年5月31日前，6月10日到位逾期10天，每5天扣1分：5−2=3"),
    "2.1": ("2", "2023年11月30日前全部完成，12月14日完成逾期14天即2周：4−2=2"),
    "2.2": ("2", "合同工期至2023年8月31日，9月20日完工逾期20天，在16-30天：2"),
    "2.3": ("3", "2024年1月20日完成终验，在2023年12月31日后、2024年3月31日前：3"),
    "2.4": ("4", "每月10日前足额发放得满分6分，2个月延迟：6−2=4"),
    "2.5": ("3", "每季度终了后15日内拨付得4分，1个季度超期：4−1=3"),
}


def test_s51_hx_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (8 + 5.7 + 6 + 3 + 3 = 25.7; 2 + 2 + 3 + 4 + 3 = 14; 39.7 of 60, 中: 36 ≤ 39.7 < 48)."""
    result = _scored_and_recalculated(RUBRIC_S51_HX, EXPECTED_S51_HX, Decimal("39.7"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, full, data, canonical, score", [
    # the kinds alone in their cells, the target's sign right after its label, 分值6 and a blank 偏差原因 column
    ("效益指标｜社会效益指标｜指标1：农民工工资拖欠案件结案率｜指标值≥98%｜实际值：｜分值6｜偏差原因：｜评分标准：实际值达到指标值得6分，"
     "低于指标值的，实际值/指标值×6。", "6", {"actual": "93.1%"},
     "农民工工资拖欠案件结案率≥98%得6分；否则得分=农民工工资拖欠案件结案率/98%×6分", "5.7"),
    # the 指标值 column blank: the target entered, as the value is
    ("数量指标　指标2：培育科技型中小企业数量　年度指标值：　　实际完成值：　　分值：8分　评分标准：完成指标值得满分；"
     "未完成的按实际值/指标值×分值计分。", "8", {"actual": "45家", "target": "60家"},
     "完成率≥目标值得8分；否则得分=完成率/目标值×8分", "6"),
    # a time named in words, its day in brackets: the day 按时到位 keeps (10 days late, 5 a step: 5 − 2)
    ("时效指标　指标1：防汛物资储备到位时间　指标值：汛前（2024年5月31日前）　实际完成值：　分值：5　评分标准：按时到位得5分，每延后5天扣1分。",
     "5", {"actual_end": "2024-06-10"}, "2024年5月31日前完成得5分，每逾期5天扣1分，扣完为止", "3"),
    # 按任务书约定时间: on time by the date entered (1.5 months late: within 3)
    ("项目实施进度（4分）：按任务书约定时间完成全部研发内容的得4分，逾期3个月以内完成的得2分，逾期3个月以上的不得分。", "4",
     {"planned_end": "2024-06-30", "actual_end": "2024-08-15"},
     "按期完成得4分；0个月<逾期月数≤3个月得2分；逾期月数>3个月不得分", "2"),
    # the event's day missed but the later one met: the later band (46 days after 5-15)
    ("地质灾害治理工程（5分）：汛期前（2024年5月15日前）完工的得5分；汛期前未完工但于2024年6月30日前完工的得2分；6月30日后完工的得0分。", "5",
     {"actual_end": "2024-06-10"}, "2024年5月15日前完成得5分；0天<逾期天数≤46天得2分；逾期天数>46天不得分", "2"),
    # 7月31日后仍未完成: every day after the last date, as 之后完成 is
    ("非遗展示馆布展完成时间（3分）：2024年6月30日前完成布展并对外开放的得3分；7月31日前完成的得1.5分；7月31日后仍未完成的不得分。", "3",
     {"actual_end": "2024-08-10"}, "2024年6月30日前完成得3分；0天<逾期天数≤31天得1.5分；逾期天数>31天不得分", "0"),
    # each quarter's duty due within 15 days of its end, each late quarter deducted (3 late: 4 − 3)
    ("医疗救助资金拨付时效（4分）：每季度终了后15日内拨付上季度救助资金的得4分；全年每有一个季度超期拨付扣1分。", "4", {"failures": 3},
     "每季度终了后15日内拨付上季度救助资金的，得4分，每有1个全年季度超期拨付的，扣1分，扣完为止", "1"),
    # a quantity target beside bands of its 完成率, the later band naming only its range (80%-90%之间): 6800/8000 = 85%
    ("数量指标｜完成农村宅基地确权登记发证宗数｜指标值：8000宗｜实际完成值：｜分值：10｜评分标准：完成率≥100%得10分，"
     "完成率在90%-100%之间得8分，80%-90%之间得5分，80%以下不得分。", "10", {"actual": "6800宗"},
     "标准为8000宗，实际值占标准的比例≥100%得10分；90%≤实际值占标准的比例<100%得8分；80%≤实际值占标准的比例<90%得5分；"
     "实际值占标准的比例<80%不得分", "5"),
])
def test_s51_hx_readings_through_pingfen_rule(rule: str, full: str, data: dict, canonical: str, score: str) -> None:
    """`pingfen rule` shows the 规范写法 (which reads back alike); the case's data, entered, scores as worked by hand."""
    done = pingfen(rule, "--full", full)
    assert done.returncode == 0 and f"规范写法：{canonical}\n" in done.stdout, done.stdout + done.stderr
    assert evaluate_rule(parse_rule(rule), data, full).value == Decimal(score)
    _read_back(rule)


@pytest.mark.parametrize("rule, clause", [
    # two deeds by their dates: built in time but in use only in October scores 4 or 2
    ("文化广场建设（4分）：2024年9月30日前建成的得4分；10月31日前投入使用的得2分；10月31日后仍未投入使用的不得分。", "2024年9月30日前建成的得4分"),
    # the flood season undated: 6-10 scores 4 if it starts 6-15, 2 if it starts 6-1
    ("防汛设施修复（4分）：汛期前完工的得4分；汛期前未完工但于2024年7月15日前完工的得2分；7月15日后完工的不得分。", "汛期前完工的得4分"),
    # a 自评表 row's target a season named without its day
    ("时效指标　指标1：春耕化肥储备到位时间　指标值：春耕前　实际完成值：　分值：4　评分标准：按时到位得4分，每延后3天扣1分。", "春耕前"),
    # a band naming another rate (合格率) beside a quantity target: no share of the 25 km
    ("健身步道建设（6分）：年度指标值25公里。完成率≥100%得6分，合格率在80%-100%之间得4分，80%以下不得分。", "年度指标值25公里"),
])
def test_s51_hx_undetermined_texts_are_refused_naming_the_clause(rule: str, clause: str) -> None:
    done = pingfen(rule, "--full", "4")
    assert done.returncode != 0 and "评分标准无法识别" in done.stderr + done.stdout and clause in done.stderr + done.stdout, \
        done.stdout + done.stderr
