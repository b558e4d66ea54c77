"""Readings of session 52 by the lead, through the user's entry points: a 评分标准 whose cell wrapped in the middle of a
clause reads as the unwrapped one — the heading's line going on after its colon (项目验收（5分）：未⏎通过验收的不得分 once
lost its 未 with the heading: passing scored 0), a line ending with 每 or with 扣 before its points (每⏎处扣1分 once made 处
a situation deducting 1分 once), a word of the method cut in two (达到指⏎标值得4分). Scored by `pingfen score --json` and its
workbook recalculated by LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _reads_through_cli, _refused_through_cli, _scored_and_recalculated

RUBRIC_S52_LEAD = Path(__file__).parent / "data" / "new_readings_rubric_s52_lead.yaml"
EXPECTED_S52_LEAD = {
    "1.1": ("5", "通过验收：5分（未通过的不得分）"),
    "1.2": ("5", "杂物乱堆乱放2处扣2分，私搭乱建1处扣3分：10-5=5"),
    "1.3": ("2", "96%在95%（含）-98%之间：2分"),
    "1.4": ("3.5", "92%较95%低3个百分点，扣1.5分：5-1.5=3.5"),
    "1.5": ("1", "应公开未公开1项扣1分，公开内容不实1项扣2分：4-3=1"),
}


def test_s52_lead_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (5 + 5 + 2 + 3.5 + 1 = 16.5 of 28, 中: 16 ≤ 16.5 < 20)."""
    result = _scored_and_recalculated(RUBRIC_S52_LEAD, EXPECTED_S52_LEAD, Decimal("16.5"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, full, canonical", [
    ("项目验收（5分）：未\n通过验收的不得分；通过验收的得5分。", "5",
     "评价要点：①通过验收（5分）（符合的要点得相应分值）"),
    ("村容村貌（10分）：房前屋后杂物乱堆乱放的每\n处扣1分；私搭乱建的每处扣3分，扣完为止。", "10",
     "满分为10分；房前屋后杂物乱堆乱放的，每处扣1分；私搭乱建的，每处扣3分；扣完为止"),
    ("村容村貌（10分）：房\n前屋后杂物乱堆乱放的每处扣1分；私搭乱建的每处扣3分，扣完为止。", "10",
     "满分为10分；房前屋后杂物乱堆乱放的，每处扣1分；私搭乱建的，每处扣3分；扣完为止"),
    ("社区事务公开（4分）：每发现1项\n应公开未公开的扣1分，每发现1项公开内容不实的扣2分，扣完为止。", "4",
     "满分为4分；应公开未公开的，每项扣1分；公开内容不实的，每项扣2分；扣完为止"),
    ("执行率达到95%的得5分，每低1个百分点扣\n0.5分，扣完为止", "5", "执行率达到95%得5分，每少1个百分点扣0.5分，扣完为止"),
    ("资金拨付及时性（3分）：资金应于下达后1个月\n内拨付到位的得3分，否则不得分。", "3", None),
])
def test_s52_lead_a_wrapped_cell_reads_as_the_unwrapped_one(rule: str, full: str, canonical: str | None) -> None:
    unwrapped = rule.replace("\n", "")
    from test_cli_rule import lines, rule_in_process as pingfen
    said = lines(pingfen(unwrapped, "--full", full).stdout).get("规范写法")
    assert said is not None and (canonical is None or said == canonical)
    _reads_through_cli(rule, full, said)


@pytest.mark.parametrize("rule", [
    "考核内容（5分）：按以下标准评分\n1、资料齐全的得3分；2、按时报送的得2分。",  # the next line an item of its own
    "项目管理（5分）：资料齐全\n评分标准：资料齐全的得5分，否则不得分。",  # the method's label opening the next line
])
def test_s52_lead_a_heading_line_over_lines_of_their_own_is_not_joined(rule: str) -> None:
    """Only a heading's line broken in the middle of a clause is joined: a numbered item or a labelled method opening
    the next line is a line of its own."""
    from pingfen.text.normalize import normalize
    assert "\n" in normalize(rule)


@pytest.mark.parametrize("rule, full, canonical", [
    # (once 档案管理 was a 评价要点 of its own worth the heading's 5分 again: 10 of 5, reported only by 校验's RULE_MAX)
    ("档案管理（5分，定性指标）：档案资料齐全得3分；归档及时得2分。", "5",
     "评价要点：①档案资料齐全（3分）；②归档及时（2分）（符合的要点得相应分值）"),
    ("制度建设（6分、共性指标）：建立内控制度的得3分；制度执行有效的得3分。", "6",
     "评价要点：①建立内控制度（3分）；②制度执行有效（3分）（符合的要点得相应分值）"),
    ("培训组织（分值：4分）：制定培训计划的得2分；按计划完成培训的得2分。", "4",
     "评价要点：①制定培训计划（2分）；②按计划完成培训（2分）（符合的要点得相应分值）"),
])
def test_s52_lead_a_headings_note_on_the_kind_of_indicator_is_no_point(rule: str, full: str, canonical: str) -> None:
    _reads_through_cli(rule, full, canonical)


@pytest.mark.parametrize("rule, full, clause", [
    # (once read as three points: all ticked gave 6 of 5, reported only by 校验's RULE_MAX)
    ("1、建立管理制度,得3分。2、制度执行到位,得2分。3、未建立管理制度的,本项得1分。", "5", "未建立管理制度的"),
    ("（1）设立专门机构的得2分；（2）配备专职人员的得2分；（3）未设立专门机构的得0.5分。", "4", "未设立专门机构的"),
])
def test_s52_lead_a_point_that_is_another_point_not_met_is_refused(rule: str, full: str, clause: str) -> None:
    _refused_through_cli(rule, full, clause, "是另一评价要点未做到的情形")
