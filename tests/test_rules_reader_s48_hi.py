"""Readings of session 48 by helper hi (corpus53's first pass), through the user's entry points: points for each point
done with the points listed after them in brackets (每完成一项得1分（①气象信息员②预警大喇叭…⑥应急演练）: once the bracket
left the award with no list to count), and a part's own points said inside it among numbered parts (（2）登记差错每发生
1起扣1分，本款3分，扣完为止；（3）…: once the part had no points, 本款 no word of points in all); and the refusals beside
them (a list numbered with a gap, a heading's points the list does not make, a part's points said only at the very end
of the text, which may be the whole's). Scored by `pingfen score --json` and its workbook recalculated by LibreOffice;
every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _refused_through_cli, _scored_and_recalculated

RUBRIC_S48_HI = Path(__file__).parent / "data" / "new_readings_rubric_s48_hi.yaml"
EXPECTED_S48_HI = {
    "1.1": ("4", "六项完成①②③⑤四项，每项1分：4分"),
    "1.2": ("3", "四项落实①②④三项，每项1分：3分"),
    "1.3": ("1", "三项完成①③两项，每项0.5分：1分"),
    "1.4": ("6", "补录完成率98%低2个百分点：3-1=2；差错1起：3-1=2；开展颁证：2；2+2+2=6"),
    "1.5": ("6", "完好率93%低2个百分点：4-2=2；隐患2处：3-1=2；台账：2；2+2+2=6"),
    "1.6": ("5", "隐患1处：4-1=3；应急预案：2；3+2=5"),
    "1.7": ("6", "补录完成率100%：3；差错0起：3；未开展颁证：0；3+3+0=6"),
    "1.8": ("4.5", "完好率95%：4；隐患5处：3-2.5=0.5；无台账：0；4+0.5+0=4.5"),
}


def test_s48_hi_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (4 + 3 + 1 + 6 + 6 + 5 + 6 + 4.5 = 35.5 of 51.5, 中: 30 ≤ 35.5 < 40)."""
    result = _scored_and_recalculated(RUBRIC_S48_HI, EXPECTED_S48_HI, Decimal("35.5"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, full, canonical", [
    # the list in brackets after the award it counts: each point listed is a 评价要点 of 1分
    ("气象灾害防御“六个一”建设（6分）：每完成一项得1分（①气象信息员②预警大喇叭③应急预案④风险普查成果应用⑤防御规划⑥应急演练）。",
     "6", "评价要点共6项，每项1分"),
    ("每落实一项得0.5分（①建立档案室；②配备专职档案员）", "1", "评价要点共2项，每项0.5分"),
    # 本款3分 inside part (2): the part's own points, the faults taken from them
    ("婚姻登记服务（8分）：（1）婚姻登记历史数据补录完成率达100%的得3分，每低1个百分点扣0.5分，扣完为止；（2）登记差错每发生1起扣1分，"
     "本款3分，扣完为止；（3）开展颁证服务的得2分。", "8", "(2)全部符合得3分，每有1起登记差错的，扣1分，扣完为止"),
    ("安全生产管理（6分）：（1）每发现1处安全隐患未整改扣1分，本项4分，扣完为止；（2）建立应急预案的得2分。", "6",
     "(1)全部符合得4分，每有1处安全隐患未整改的，扣1分，扣完为止"),
])
def test_s48_hi_readings_through_pingfen_rule(rule: str, full: str, canonical: str) -> None:
    done = pingfen(rule, "--full", full)
    assert done.returncode == 0 and canonical in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, named, reason", [
    # a list numbered ①③④: a point may be missing
    ("气象服务建设（3分）：每完成一项得1分（①气象信息员③预警大喇叭④应急预案）。", "3", "每完成1项得1分", "未能识别评分方法"),
    # three at 1分 under a heading of 5分
    ("防汛准备（5分）：每完成一项得1分（①物资储备②队伍组建③应急演练）。", "5", "防汛准备", "最高可得3分"),
    # 本项4分 closing the text: the last part's, or the whole's?
    ("安全生产管理（6分）：（1）建立应急预案的得2分；（2）每发现1处安全隐患未整改扣1分，本项4分。", "6", "本项4分", "总分4分"),
])
def test_s48_hi_refusals_name_the_clause(rule: str, full: str, named: str, reason: str) -> None:
    _refused_through_cli(rule, full, named, reason)
