"""Readings of session 49 by helper hk (corpus54's first pass), through the user's entry points: a date ladder whose
later tiers leave the deed unsaid (2025年3月31日前的得3分: the deed of the tier before), a date printed with its year
before 完成…任务 kept as the deadline of steps of lateness (once the task completed read as the target, the date dropped),
units assessed one by one against their own tasks (达到任务数 / 达到年度任务: each unit's value over its target), and a
standard defined as 达标 (合格) then scored (…的为达标，每所达标得2分，不达标不得分); and the refusals beside them (days
between or after the tiers unscored, a unit's points above its rule's, a deduction from points unsaid). Scored by
`pingfen score --json` and its workbook recalculated by LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _refused_through_cli, _scored_and_recalculated

RUBRIC_S49_HK = Path(__file__).parent / "data" / "new_readings_rubric_s49_hk.yaml"
EXPECTED_S49_HK = {
    "1.1": ("3", "2025-02-10: after 2024-12-31, by 2025-03-31 (41 days late, within 90): 3"),
    "1.2": ("2", "2024-08-31: after 07-31, on 08-31 itself (前 includes the day): 2"),
    "1.3": ("4", "deadline 2024-11-30 printed, done 2024-12-31: 1 month late, 6 − 2 = 4"),
    "1.4": ("4.5", "甲 210/200 ≥100%: 3; 乙 170/200 = 85% ≥80%: 1.5; 丙 150/200 = 75%: 0; 3 + 1.5 + 0 = 4.5"),
    "1.5": ("4", "甲 1050 ≥ 1000 and 丙 1000 (at the task) reach it, 乙 980 does not: 2 + 2 = 4"),
    "1.6": ("4", "城关 10 and 新区 10 reach 10 items, 东关 9 does not: 2 + 2 = 4"),
    "1.7": ("5", "甲 500/500: 2; 乙 450/500 = 90% (含): 1; 丙 449/500 = 89.8%: 0; 丁 520: 2; 2 + 1 + 0 + 2 = 5"),
    "1.8": ("2", "85 reaches 85, 合格: 2"),
    "1.9": ("2", "2024-06-01: after 05-31, by 06-30: 2"),
}


def test_s49_hk_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (3 + 2 + 4 + 4.5 + 4 + 4 + 5 + 2 + 2 = 30.5 of 50, 中: 30 ≤ 30.5 < 40)."""
    result = _scored_and_recalculated(RUBRIC_S49_HK, EXPECTED_S49_HK, Decimal("30.5"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, full, options, score", [
    # (a standard defined as 合格, then scored: at 85 合格, below it nothing)
    ("档案管理（2分）：档案检查得分达到85分的为合格，合格的得2分，不合格的不得分。", "2", ["--actual=85"], "2"),
    ("档案管理（2分）：档案检查得分达到85分的为合格，合格的得2分，不合格的不得分。", "2", ["--actual=84.5"], "0"),
    # (the year's task reached is the target, at it included)
    ("粮食播种面积（3分）：播种面积达到年度任务的得3分，未达到的不得分。", "3", ["--actual=12000", "--target=12000"], "3"),
    ("粮食播种面积（3分）：播种面积达到年度任务的得3分，未达到的不得分。", "3", ["--actual=11990", "--target=12000"], "0"),
    # (the task counted, said bare, is the target: 170 of 200 is 85%)
    ("新增耕地面积达到任务数的得3分，达到任务数80%（含）以上的得1.5分，不足80%不得分。", "3",
     ["--actual=170", "--target=200"], "1.5"),
    ("新增耕地面积达到任务数的得3分，达到任务数80%（含）以上的得1.5分，不足80%不得分。", "3",
     ["--actual=159", "--target=200"], "0"),
])
def test_s49_hk_readings_through_pingfen_rule(rule: str, full: str, options: list[str], score: str) -> None:
    done = pingfen(rule, "--full", full, *options)
    assert done.returncode == 0 and f"得分：{score}\n" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, canonical", [
    ("体育公园建设（6分）：2024年12月31日前竣工验收的得6分，2025年3月31日前的得3分，之后不得分。",
     "2024年12月31日前完成得6分；0天<逾期天数≤90天得3分；逾期天数>90天不得分"),
    ("资金拨付及时性（4分）：2024年7月31日前拨付到企业的得4分，8月31日前的得2分，之后不得分。",
     "2024年7月31日前完成得4分；0天<逾期天数≤31天得2分；逾期天数>31天不得分"),
    ("矿山生态修复（6分）：2024年11月30日前完成修复任务的得6分；每逾期1个月扣2分，扣完为止。",
     "2024年11月30日前完成得6分，每逾期1个月扣2分，扣完为止"),
    ("派出所规范化建设（6分）：对3个派出所分别考核，每所达标项数达到10项的为达标，每所达标得2分，不达标不得分。",
     "按所分别考核，每个所2分：达标项数≥10项得2分；否则不得分；共3个所，各所得分相加，本项满分6分"),
    ("按乡镇分别考核（6分）：各乡镇高效节水灌溉面积完成数达到年度任务的，每个乡镇得2分；未达到的该乡镇不得分。（共3个乡镇）",
     "按乡镇分别考核，每个乡镇2分：高效节水灌溉面积≥目标值得2分；否则不得分；共3个乡镇，各乡镇得分相加，本项满分6分"),
])
def test_s49_hk_readings_written_back(rule: str, canonical: str) -> None:
    done = pingfen(rule, "--full", "6")
    assert done.returncode == 0 and f"规范写法：{canonical}\n" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, named, reason", [
    # a tier's deed left unsaid, but the days between (September) or after the tiers given nothing
    ("专项资金拨付（4分）：2024年7月31日前拨付到企业的得4分，8月31日前的得2分，9月30日后不得分。", "4", "9月30日后不得分",
     "两档之间"),
    ("2024年6月30日前完工的得4分，9月30日前的得2分。", "4", "9月30日前的得2分", "之后完成的得分"),
    ("专项资金拨付（4分）：2024年7月31日前拨付到企业的得4分，6月30日前的得2分，之后不得分。", "4", "6月30日前的得2分",
     "不晚于前一档"),
    # each unit worth more than its rule gives
    ("农村户厕改造（8分）：对4个乡镇分别考核，每个乡镇3分，改厕户数达到任务数的得2分，达到任务数90%（含）以上的得1分，"
     "不足90%不得分。", "8", "改厕户数达到任务数的得2分", "不一致"),
    # 合格 defined, but failing deducted from points unsaid
    ("档案管理（2分）：档案检查得分达到85分的为合格，合格的得2分，不合格的扣1分。", "2", "不合格的扣1分", "从哪一档的得分扣起"),
])
def test_s49_hk_refusals_name_the_clause(rule: str, full: str, named: str, reason: str) -> None:
    _refused_through_cli(rule, full, named, reason)


def test_s49_hk_task_completed_stays_a_completion() -> None:
    """完成年度任务的 is still the task completed (任务), never 年度任务 reached; 按期完成年度任务 still when it was done."""
    done = pingfen("完成年度任务的得5分，未完成的不得分", "--full", "5")
    assert done.returncode == 0 and "规范写法：完成率≥目标值得5分；否则不得分\n" in done.stdout, done.stdout + done.stderr
    done = pingfen("按期完成年度任务得3分，否则不得分", "--full", "3")
    assert done.returncode == 0 and "规范写法：按期完成得3分；否则不得分\n" in done.stdout, done.stdout + done.stderr
