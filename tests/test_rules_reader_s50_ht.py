"""Readings of session 50 by helper ht (corpus55's first pass), through the user's entry points: survey credits said as
分别按…赋值 beside 满意度=加权得分/有效问卷数 (once 赋值 left the credits unread), 计1分、计0.8 with the second's 分 unsaid,
options with their credit in brackets (非常满意（100%）、满意（80%）: once the credits dropped and asked as data), the options
counted listed before 统计 (按满意、基本满意、不满意统计，满意度=（满意+基本满意）人数/调查人数: once asked as data); tiers whose
ranges mark their ends (得4分（含）至6分（不含） / 得5（含）-6分), read as the plain ranges; points by how many of the things
listed are done, the whole a quoted count word (管护主体、责任、经费“三落实”的得3分；落实其中两项的得2分…；均未落实的不得分),
and grades each naming such a count (…“三落实”的评为好，得3分；落实两项的评为较好，得2分…: the count scores);
bonus lists capped by 加分累计不超过N分, with a lead-in before the additions, one addition capped by its 加分项（N分）
heading, and 同一年度就高不就低 — and the refusals beside them. Scored by `pingfen score --json` and its workbook
recalculated by LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _reads_through_cli, _refused_through_cli, _scored_and_recalculated

RUBRIC_S50_HT = Path(__file__).parent / "data" / "new_readings_rubric_s50_ht.yaml"
EXPECTED_S50_HT = {
    "1.1": ("4", "(40×1+40×0.8+20×0.6+0)/100=84%，在80%（含）-90%：4分"),
    "1.2": ("3", "(50×1+40×0.8+10×0.5+0)/100=0.87，在0.8（含）～0.9：3分"),
    "1.3": ("4", "(120+60)/200=90%，≥90%：4分"),
    "1.4": ("4", "(30×1+15×0.8+5×0.5+0)/50=89%，在85%（含）～90%：4分"),
    "1.5": ("5", "带动效果较好，录入5分，在4（含）至6（不含）之内：5分"),
    "1.6": ("5.5", "成效显著，录入5.5分，在5（含）-6之内：5.5分"),
    "1.7": ("2", "落实其中两项：2分"),
    "1.8": ("1", "1+0.5=1.5，累计不超过1分：1分"),
    "1.9": ("1", "被省级推广：1分"),
    "1.10": ("1", "获得省级以上表彰：1分"),
    "1.11": ("2", "省级、市级都评上，就高不就低：2分（不是3）"),
}


def test_s50_ht_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (4 + 3 + 4 + 4 + 5 + 5.5 + 2 + 1 + 1 + 1 + 2 = 32.5 of 40, 良: 32 ≤ 32.5 < 36)."""
    result = _scored_and_recalculated(RUBRIC_S50_HT, EXPECTED_S50_HT, Decimal("32.5"), capsys, tmp_path)
    assert result["grade"] == "良"


@pytest.mark.parametrize("rule, full, canonical", [
    ("学生资助政策受助学生满意度（6分）：问卷设非常满意、满意、一般、不满意四个选项，分别按100%、80%、60%、0%赋值，"
     "满意度=加权得分/有效问卷数；满意度≥90%得6分，80%（含）-90%得4分，70%（含）-80%得2分，低于70%不得分。", "6",
     "非常满意、满意、一般、不满意分别按100%、80%、60%、0计算满意度；满意度≥90%得6分；80%≤满意度<90%得4分；"
     "70%≤满意度<80%得2分；满意度<70%不得分"),
    ("种植户对技术服务的满意度（4分）：非常满意计1分、比较满意计0.8、一般计0.5、不满意计0，满意度=∑（各选项人数×对应分值）/总人数；"
     "满意度≥0.9得4分，0.8(含)～0.9得3分，0.7(含)～0.8得2分，0.7以下不得分。", "4",
     "非常满意、比较满意、一般、不满意分别按100%、80%、50%、0计算满意度；满意度≥90%得4分；80%≤满意度<90%得3分；"
     "70%≤满意度<80%得2分；满意度<70%不得分"),
    ("林农对生态补偿资金发放满意度（4分）：按满意、基本满意、不满意统计，满意度=（满意+基本满意）人数/调查人数；"
     "≥90%得4分，80%（含）～90%得2分，低于80%不得分。", "4",
     "满意、基本满意、不满意分别按100%、100%、0计算满意度；林农对生态补偿资金发放满意度≥90%得4分；"
     "80%≤林农对生态补偿资金发放满意度<90%得2分；林农对生态补偿资金发放满意度<80%不得分"),
    ("残疾人对辅具适配服务满意度（5分）：非常满意（100%）、满意（80%）、一般（50%）、不满意（0%），满意度≥90%得5分，"
     "85%（含）～90%得4分，80%（含）～85%得3分，80%以下得0分。", "5",
     "非常满意、满意、一般、不满意分别按100%、80%、50%、0计算满意度；满意度≥90%得5分；85%≤满意度<90%得4分；"
     "80%≤满意度<85%得3分；满意度<80%不得分"),
    ("产业项目联农带农效果（6分）：带动效果显著的，得6分；带动效果较好的，得4分（含）至6分（不含）；"
     "带动效果一般的，得2分（含）至4分（不含）；无带动效果的，得0分。", "6",
     "带动效果显著，得6分；带动效果较好，得4-6分；带动效果一般，得2-4分；无带动效果，得0分"),
    ("社区议事协商成效（6分）：成效显著的得5（含）-6分；成效一般的得3（含）-5分（不含）；无成效的得0分。", "6",
     "成效显著，得5-6分；成效一般，得3-5分；无成效，得0分"),
    ("项目后续管护机制（3分）：管护主体、责任、经费“三落实”的得3分；落实其中两项的得2分；落实一项的得1分；均未落实的不得分。", "3",
     "3个评价要点，符合3项得3分；符合2项得2分；符合1项得1分；其余不得分"),
    # each grade names a count of the things done: the count scores (once refused naming the first grade)
    ("建后管护机制：管护主体、管护责任、管护经费“三落实”的评为好，得3分；落实两项的评为较好，得2分；落实一项的评为一般，得1分；"
     "均未落实的为差，不得分。", "3", "3个评价要点，符合3项得3分；符合2项得2分；符合1项得1分；其余不得分"),
    ("加分项：获评国家级农业产业强镇的加1分，获评省级现代农业产业园的加0.5分，加分累计不超过1分。", "1",
     "获评国家级农业产业强镇的，加1分；获评省级现代农业产业园的，加0.5分；加分最多1分"),
    ("机制创新加分（2分）：在衔接资金使用管理方面探索形成经验做法，被国家层面推广的加2分，被省级推广的加1分，最高加2分。", "2",
     "在衔接资金使用管理方面探索形成经验做法，被国家层面推广的，加2分；被省级推广的，加1分；加分最多2分"),
    ("加分项（1分）：法律援助工作获得省级以上表彰的加1分。", "1", "法律援助工作获得省级以上表彰的，加1分；加分最多1分"),
    ("加分项（2分）：社区被评为省级“和谐社区”示范单位的加2分；市级示范单位的加1分；同一年度就高不就低，不重复加分。", "2",
     "社区被评为省级“和谐社区”示范单位的，加2分；市级示范单位的，加1分；以上加分中只取最高一档"),
])
def test_s50_ht_readings_through_pingfen_rule(rule: str, full: str, canonical: str) -> None:
    _reads_through_cli(rule, full, canonical)


@pytest.mark.parametrize("rule, full, actual, score", [
    # 分别按100%、90%、60%、0%赋值: (85 + 0 + 0 + 0)/100 = 85%, the band's lower end (≥85%)
    ("养老服务对象满意度（5分）：问卷设很满意、满意、基本满意、不满意四个选项，分别按100%、90%、60%、0%赋值，满意度=加权得分/有效问卷数；"
     "满意度≥85%得5分，75%（含）-85%得3分，低于75%不得分。", "5", "85%", "5"),
    ("养老服务对象满意度（5分）：问卷设很满意、满意、基本满意、不满意四个选项，分别按100%、90%、60%、0%赋值，满意度=加权得分/有效问卷数；"
     "满意度≥85%得5分，75%（含）-85%得3分，低于75%不得分。", "5", "84.9%", "3"),
])
def test_s50_ht_survey_rate_entered(rule: str, full: str, actual: str, score: str) -> None:
    done = pingfen(rule, "--full", full, "--actual", actual)
    assert done.returncode == 0 and f"得分：{score}" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, named", [
    # 计100分 beside a bare 0.8: 80% or 0.8% of a respondent? (two scales; never read as 0.8%)
    ("种植户对技术服务的满意度（4分）：非常满意计100分、比较满意计0.8、一般计0.5、不满意计0，满意度=∑（各选项人数×对应分值）/总人数；"
     "满意度≥90%得4分，80%(含)～90%得3分，80%以下不得分。", "4", "非常满意计100分、比较满意计0.8、一般计0.5、不满意不得分"),
    # a lead-in with a count of its own (3项以上): a requirement whose shortfall is not priced, never the additions' matter
    ("机制创新加分（2分）：探索形成经验做法3项以上，被国家层面推广的加2分，被省级推广的加1分，最高加2分。", "2", "被国家层面推广的加2分"),
    # a lead-in makes the additions degrees of one practice: under a cap above the larger, both met add 3 or 2?
    ("机制创新加分（3分）：在衔接资金使用管理方面探索形成经验做法，被国家层面推广的加2分，被省级推广的加1分，最高加3分。", "3",
     "被国家层面推广的加2分"),
    # one addition with no 加分项 heading nor cap: on what base it adds is not said
    ("法律援助工作获得省级以上表彰的加1分。", "1", "法律援助工作获得省级以上表彰的加1分"),
    # “四落实” beside three listed: which fourth?
    ("项目管护机制（3分）：管护主体、责任、经费“四落实”的得3分；落实其中两项的得2分；落实一项的得1分；均未落实的不得分。", "3",
     "落实其中2项的得2分"),
    # two of three done: unpriced
    ("项目管护机制（3分）：管护主体、责任、经费“三落实”的得3分；落实一项的得1分；均未落实的不得分。", "3", "落实1项"),
    # one grade naming two counts with different points
    ("建后管护机制（3分）：管护主体、管护责任、管护经费“三落实”的评为好，得3分；落实两项的评为较好，得2分；落实一项的评为较好，得1分；"
     "均未落实的为差，不得分。", "3", "管护主体、管护责任、管护经费“三落实”的评为好，得3分"),
    # overlapping ranges (4 to 5 in both tiers)
    ("产业带农效果（6分）：带动效果显著的，得4（含）-6分；带动效果较好的，得3分（含）至5分（不含）；无带动效果的，得0分。", "6",
     "带动效果显著的，得4-6分"),
])
def test_s50_ht_refusals_name_the_clause(rule: str, full: str, named: str) -> None:
    _refused_through_cli(rule, full, f"无法识别的部分：“{named}”")
