"""Readings of session 52 by helper id, through the user's entry points: a deadline whose day is kept in brackets before
前 (2024年8月20日（含当日）前完工 / 于2025年3月15日（含）前报送: once the printed date dropped and the planned date asked
for); 按期 with no deed beside the days late (按期得4分；延期在30天以内的得2分, the deed the lateness's); a date ladder
closed by the year's end still undone (年底仍未建成不得分); a time limit printed before the steps over it (承诺办结时限15个
工作日，平均审批用时每超1个工作日扣0.5分: the limit where the steps start, once refused as a level said apart); a band of days
beside a situation undone, both scoring nothing (超过30日或未公开的不得分); units assessed apart, each to complete all of a
count in brackets (完成全部建设内容（12项）的得2分，…扣完该库分值为止). Scored by `pingfen score --json` and its workbook
recalculated by LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _reads_through_cli, _refused_through_cli, _scored_and_recalculated

RUBRIC_S52_ID = Path(__file__).parent / "data" / "new_readings_rubric_s52_id.yaml"
EXPECTED_S52_ID = {
    "1.1": ("2", "8月30日完工，较8月20日逾期10天，每5天扣1分，扣2分：4-2=2"),
    "1.2": ("2", "3月15日当日报送（含）：按期，2分"),
    "1.3": ("2", "2025年1月20日竣工，逾期20天，在30天以内：2分"),
    "1.4": ("1", "12月20日建成：晚于11月30日、在12月31日前：1分"),
    "1.5": ("2.5", "18个工作日，超15个工作日3个，3×0.5=1.5：4-1.5=2.5"),
    "1.6": ("3", "25天，超20天5天，5×0.2=1：4-1=3"),
    "1.7": ("1", "批复后25日公开，在21～30日内：1分"),
    "1.8": ("3", "一库12项→2；二库少2项扣1→1；三库少5项扣2.5，扣完该库2分→0；合计3"),
    "1.9": ("3", "8月6日完工，逾期6天，每3天扣1分，扣2分：5-2=3"),
}


def test_s52_id_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (2 + 2 + 2 + 1 + 2.5 + 3 + 1 + 3 + 3 = 19.5 of 36, 差: 19.5 < 22)."""
    result = _scored_and_recalculated(RUBRIC_S52_ID, EXPECTED_S52_ID, Decimal("19.5"), capsys, tmp_path)
    assert result["grade"] == "差"


@pytest.mark.parametrize("rule, full, canonical", [
    ("教学楼抗震加固工程完工时间（4分）：2024年8月20日（含当日）前完工得4分，每推迟5天扣1分，扣完为止。", "4",
     "2024年8月20日前完成得4分，每逾期5天扣1分，扣完为止"),
    ("部门决算报送及时性（2分）：于2025年3月15日（含）前报送的得2分，逾期的每逾期1天扣0.5分，扣完为止。", "2",
     "2025年3月15日前完成得2分，每逾期1天扣0.5分，扣完为止"),
    ("保障性租赁住房项目竣工（4分）：计划2024年12月31日前竣工交付。按期得4分；延期在30天以内的得2分；延期超过30天的不得分。", "4",
     "2024年12月31日前完成得4分；0天<逾期天数≤30天得2分；逾期天数>30天不得分"),
    ("公共法律服务中心建设（4分）：2024年10月31日前建成运行得4分；11月30日前建成运行得2分；12月31日前建成运行得1分；年底仍未建成不得分。", "4",
     "2024年10月31日前完成得4分；0天<逾期天数≤30天得2分；30天<逾期天数≤61天得1分；逾期天数>61天不得分"),
    ("建设工程审批时限（4分）：承诺办结时限15个工作日，平均审批用时每超1个工作日扣0.5分，扣完为止。", "4",
     "平均审批用时≤15个工作日得4分，每超过1个工作日扣0.5分，扣完为止"),
    ("部门预算公开（3分）：在批复后20日内公开的得3分；21～30日内公开得1分；超过30日或未公开的不得分。", "3",
     "20日及以下得3分；21日≤完成用时≤30日得1分；完成用时>30日不得分；如未公开，此项不得分"),
    ("粮库智能化升级（6分）：对一库、二库、三库分别考核，每库2分，完成全部建设内容（12项）的得2分，每少完成1项扣0.5分，扣完该库分值为止。", "6",
     "按库分别考核，每个库2分：实际值达到12项得2分，每少1项扣0.5分，扣完为止；共3个库，各库得分相加，本项满分6分"),
])
def test_s52_id_readings_through_pingfen_rule(rule: str, full: str, canonical: str) -> None:
    _reads_through_cli(rule, full, canonical)


@pytest.mark.parametrize("rule, full, clause", [
    # (working days against calendar days: where the steps start is not determined)
    ("建设工程审批时限（4分）：承诺办结时限15个工作日，平均审批用时每超1天扣0.5分，扣完为止。", "4", "承诺办结时限15个工作日"),
    # (超过30日 shares 扣1分 with another situation: from what?)
    ("部门预算公开（3分）：在批复后20日内公开的得3分；21～30日内公开得1分；超过30日或公开不完整的扣1分。", "3", "超过30日"),
    # (a centre built in December: neither tier nor undone at the year's end — once 评价要点 beside the heading's 4 points)
    ("公共法律服务中心建设（4分）：2024年10月31日前建成运行得4分；11月30日前建成运行得2分；年底前未建成不得分。", "4", "年底前未建成不得分"),
    ("便民服务站建设（3分）：2024年9月30日前建成投用得3分；10月31日前建成投用得2分；年底仍未建成不得分。", "3", "年底仍未建成不得分"),
    # (the day itself excluded: once the printed date dropped, 8月20日 entered as planned and that day scored on time)
    ("教学楼抗震加固工程完工时间（4分）：2024年8月20日（不含当日）前完工得4分，每推迟5天扣1分，扣完为止。", "4", "2024年8月20日(不含当日)前"),
    ("部门决算报送及时性（2分）：于2025年3月15日前（不含）报送的得2分，逾期的每逾期1天扣0.5分，扣完为止。", "2", "2025年3月15日前(不含)"),
])
def test_s52_id_look_alikes_are_refused_naming_the_clause(rule: str, full: str, clause: str) -> None:
    _refused_through_cli(rule, full, clause)
