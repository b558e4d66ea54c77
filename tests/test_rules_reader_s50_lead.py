"""Readings of session 50 by the lead (corpus55's first pass, corpus54's last rows), through the user's entry points:
beyond one bound and within the next in the same unit (超过3个月但在6个月内完成的得2分: once refused, 6个月 unread), a
share of the plan then the actual amount over its plan named by what it measures (完成率80%（含）以上的，按实际里程/计划里程
×6计分: once refused), a level with no unit after a counted noun (运行站点达到98得满分，每少2扣1分: 98 stations — it was
read as 98%, 95 of 120 stations entered as 79.2% scoring 0), a formula wrapped inside a word (按实际加装台\n数/计划台数×5:
once read 得分=计划台数×5); and the refusals beside them. Scored by `pingfen score
--json` and its workbook recalculated by LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _reads_through_cli, _refused_through_cli, _scored_and_recalculated

RUBRIC_S50_LEAD = Path(__file__).parent / "data" / "new_readings_rubric_s50_lead.yaml"
EXPECTED_S50_LEAD = {
    "1.1": ("2", "3月31日至8月15日：4.5个月，超过3个月但在6个月内：2分"),
    "1.2": ("2", "20个工作日：超过15个、在30个以内：2分"),
    "1.3": ("5.4", "45/50=90%≥80%：90%×6=5.4"),
    "1.4": ("0", "650/1000=65%<70%：0"),
    "1.5": ("3", "96个站点，比98少2：扣1分，4-1=3"),
    "1.6": ("1", "15%：超过10%但在20%以内：1分"),
}


def test_s50_lead_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (2 + 2 + 5.4 + 0 + 3 + 1 = 13.4 of 28, 差: 13.4 < 17)."""
    result = _scored_and_recalculated(RUBRIC_S50_LEAD, EXPECTED_S50_LEAD, Decimal("13.4"), capsys, tmp_path)
    assert result["grade"] == "差"


@pytest.mark.parametrize("rule, full, canonical", [
    ("项目验收及时性（4分）：合同期满后3个月内完成验收的得4分，超过3个月但在6个月内完成的得2分，超过6个月的不得分。", "4",
     "完成用时≤3个月得4分；3个月<完成用时≤6个月得2分；完成用时>6个月不得分"),
    ("竣工决算编报（3分）：项目竣工后60天内完成决算编报的得3分，超过60天但在90天以内完成的得1.5分，超过90天的不得分。", "3",
     "完成用时≤60天得3分；60天<完成用时≤90天得1.5分；完成用时>90天不得分"),
    ("农村公路建设（6分）：完成率80%（含）以上的，按实际里程/计划里程×6计分；低于80%的不得分。", "6",
     "完成率≥80%得分=完成率/目标值×6分；否则不得分"),
    ("气象观测站运行（4分）：运行站点达到98得满分，每少2扣1分。", "4", "运行站点达到98得4分，每少2扣1分，扣完为止"),
    # a formula wrapped by a narrow cell inside a word (once 实际加装台 dropped: 得分=计划台数×5, 5 points for anything)
    ("老旧小区加装电梯（5分）：按实际加装台\n数/计划台数×5分计分，最高5分。", "5", "得分=实际加装台数/计划台数×5，最高5分"),
    ("老旧小区加装电梯（5分）：得分=实际加装台数/\n计划台数×5，最高5分。", "5", "得分=实际加装台数/计划台数×5，最高5分"),
])
def test_s50_lead_readings_through_pingfen_rule(rule: str, full: str, canonical: str) -> None:
    _reads_through_cli(rule, full, canonical)


_GAP = "物业费收缴率（3分）：实际收缴率与目标收缴率偏差在±3个百分点以内（含）的得3分，超出的每1个百分点扣1分，扣完为止。"


@pytest.mark.parametrize("wrapped", [
    _GAP.replace("百分点以内", "百分\n点以内"), _GAP.replace("±3个", "±3\n个"), _GAP.replace("百分点以内", "百分点\n以内"),
    _GAP.replace("以内（含）", "以\n内（含）"),
])
def test_s50_lead_a_band_wrapped_by_a_narrow_cell_reads_as_written(wrapped: str) -> None:
    """A line break inside 百分点 or 以内, between ±3 and its unit, or before 以内（含）: one line, as the cell wrapped it
    (once the ±3 tolerance dropped: 偏差为0得3分, found by the metamorphic line-break variant on the merged readings)."""
    from pingfen.rules import parse_rule

    assert parse_rule(wrapped).canonical() == parse_rule(_GAP).canonical()


@pytest.mark.parametrize("rule, full, named", [
    # within the second bound in another unit (6个月 after 90天): not the band between them
    ("项目验收及时性（4分）：90天内完成验收的得4分，超过90天但在6个月内完成的得2分，超过6个月的不得分。", "4", "6个月"),
    # a rate's level then a ratio of two amounts that are not the actual and its plan (实际里程/计划投资)
    # (once read as the completion rate over its target, as 实际里程/计划里程 is)
    ("农村公路建设（6分）：完成率80%（含）以上的，按实际里程/计划投资×6计分；低于80%的不得分。", "6", "按实际里程/计划投资×6计分"),
    # the highest addition alone (2) under a heading of 3: its points are never reached — the sum meant, or the highest?
    ("加分项（3分）：社区被评为省级示范单位的加2分；市级示范单位的加1分；同一年度就高不就低，不重复加分。", "3", "社区被评为省级示范单位的加2分"),
])
def test_s50_lead_refusals_name_the_clause(rule: str, full: str, named: str) -> None:
    _refused_through_cli(rule, full, named)


@pytest.mark.parametrize("actual", ["1080000页", "108万页"])
def test_s50_lead_a_plan_in_ten_thousands_in_brackets_takes_the_pages_entered(actual: str) -> None:
    """得分=实际完成页数/合同约定页数（120万页）×8 (read by helper hs: the plan in its unit): 1,080,000 pages entered score
    1,080,000/1,200,000×8 = 7.2 — once rewritten to /120, when they scored full (session 44 refused it for that)."""
    done = pingfen("档案数字化（8分）：得分=实际完成页数/合同约定页数（120万页）×8", "--full", "8", "--actual", actual)
    assert done.returncode == 0 and "得分：7.2\n" in done.stdout, done.stdout + done.stderr
