"""Readings of session 48 by helper he, through the user's entry points: a standard said before the faults that count
its breach — one found short of it (教师学时不达标, one level's), short of a requirement its clause names (未达到巡林要求
after 巡林不少于4次…), or past a standard with a top (超标准 after 标准为每生每天5元 / 不超过260元) —, a sampling share
beside the scored rate (按不低于5%的比例抽检: how much the check takes, as 抽查 is), and a rate at 100% with its points
before the rate's own failing and another fault each priced per one (发现冒领的每人次扣1分: once the rate's 100% was
read as its target and the faults as deductions beside a rate to enter); and the refusals beside them (a requirement
the faults do not breach, a floor 超标准 does not breach, a rate whose own failing no fault names). Scored by
`pingfen score --json` and its workbook recalculated by LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _refused_through_cli, _scored_and_recalculated

RUBRIC_S48_HE = Path(__file__).parent / "data" / "new_readings_rubric_s48_he.yaml"
EXPECTED_S48_HE = {
    "1.1": ("3", "错发、漏发2人次扣1分，冒领1人次扣1分：5-1-1=3"),
    "1.2": ("2", "2名教师学时不达标，每名扣0.5分：3-1=2"),
    "1.3": ("1.5", "3名林长未达到巡林要求，每名扣0.5分：3-1.5=1.5"),
    "1.4": ("2", "1所学校超标准发放，每校扣1分：3-1=2"),
    "1.5": ("4", "差错率0.7%超过0.5%两个0.1个百分点，每个扣1分：6-2=4"),
    "1.6": ("1.5", "3名社区工作者未达到培训要求，每名扣0.5分：3-1.5=1.5"),
    "1.7": ("2.5", "3台超标准补贴，每台扣0.5分：4-1.5=2.5"),
    "1.8": ("0", "强制学生购买：此项不得分"),
    "1.9": ("3", "合格率96%低于98%两个百分点，每个扣1分：5-2=3"),
    "1.10": ("2", "错发2户扣1分，虚报冒领1户扣1分：4-1-1=2"),
}


def test_s48_he_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (3 + 2 + 1.5 + 2 + 4 + 1.5 + 2.5 + 0 + 3 + 2 = 21.5 of 39, 差: 21.5 < 23)."""
    result = _scored_and_recalculated(RUBRIC_S48_HE, EXPECTED_S48_HE, Decimal("21.5"), capsys, tmp_path)
    assert result["grade"] == "差"


@pytest.mark.parametrize("rule, full, actual, score", [
    # a sampling share beside the rate scored (按不低于N%的比例抽检): how much the check takes, no level of the rate
    ("图像质量（6分）：按不低于5%的比例抽检，差错率≤0.5%得6分；差错率每增加0.1个百分点扣1分，扣完为止。", "6", "0.5%", "6"),
    ("图像质量（6分）：按不低于5%的比例抽检，差错率≤0.5%得6分；差错率每增加0.1个百分点扣1分，扣完为止。", "6", "1.2%", "0"),
    ("档案数字化质量（5分）：按不低于10%的比例抽检，合格率≥98%得5分；合格率每降低1个百分点扣1分，扣完为止。", "5", "98%", "5"),
    ("档案数字化质量（5分）：按不低于10%的比例抽检，合格率≥98%得5分；合格率每降低1个百分点扣1分，扣完为止。", "5", "92%", "0"),
])
def test_s48_he_readings_through_pingfen_rule(rule: str, full: str, actual: str, score: str) -> None:
    done = pingfen(rule, "--full", full, f"--actual={actual}")
    assert done.returncode == 0 and f"得分：{score}\n" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, written", [
    # the standard said before, each one found short of it counted (its number no level scored)
    ("教师培训学时达标情况（3分）：参训教师年度培训学时应不少于72学时。抽查参训教师学时记录，每发现1名教师学时不达标扣0.5分，扣完为止。", "3",
     "每有1名教师学时不达标的，扣0.5分"),
    ("林长巡林次数：县级林长每年巡林不少于4次、乡级林长每季度不少于1次、村级林长每月不少于1次，每发现一名林长未达到巡林要求的扣0.5分，扣完为止。（3分）",
     "3", "每有1名林长未达到巡林要求的，扣0.5分"),
    # past a standard with a top: 超标准 is its breach
    ("营养改善计划补助标准为每生每天5元，发现超标准发放或挪作他用的，每校扣1分，扣完为止；虚报学生人数套取资金的，此项不得分。", "3",
     "发现超标准发放或挪作他用的，每校扣1分"),
    # a rate at 100%, its own failing (错发) and another fault (冒领) priced per one: faults of the 5 points, no rate entered
    ("优抚对象抚恤补助发放准确率（5分）：准确率100%得5分；每发现1人次错发、漏发扣0.5分；发现冒领的每人次扣1分，扣完为止。", "5",
     "准确率100%得5分；错发、漏发的，每人次扣0.5分；发现冒领的，每人次扣1分；扣完为止"),
])
def test_s48_he_readings_written_back(rule: str, full: str, written: str) -> None:
    done = pingfen(rule, "--full", full)
    assert done.returncode == 0 and written in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, named, reason", [
    # the faults counted are not the requirement's breach: a worker short of the hours costs what?
    ("社区党组织书记每年参加培训不少于40学时、其他社区工作者每年不少于24学时，每发现1名社区工作者未达到考勤要求的扣0.5分，扣完为止。", "3",
     "40学时", "没有用于计分"),
    # 不达标 of another standard than the level's (体检, not 学时)
    ("教师培训（3分）：参训教师年度培训学时应不少于72学时。抽查参训教师学时记录，每发现1名教师体检不达标扣0.5分，扣完为止。", "3",
     "72学时", "没有用于计分"),
    # 超标准 of a floor: charging under it is its breach, unpriced
    ("中小学校服采购（3分）：校服价格标准为每套不低于200元，发现超标准收费的，每校扣1分，扣完为止。", "3", "200元", "没有用于计分"),
    # a requirement whose word the fault does not say (频次 after 覆盖率达到7%)
    ("覆盖率达到7%，根据风险分级,核实年度时间内监督检查频次,未满足频次要求或动态管理的,每发现一次,扣0.5分。", "3", "7%", "没有用于计分"),
    # no fault is the rate's own failing: what a rate short of 100% scores is unsaid
    ("资金到位率100%得3分；每发现1笔违规支出扣0.5分；发现挪用的每笔扣1分，扣完为止。", "3", "资金到位率100%得3分", "无法与扣分情形合并计分"),
])
def test_s48_he_refusals_name_the_clause(rule: str, full: str, named: str, reason: str) -> None:
    _refused_through_cli(rule, full, named, reason)
