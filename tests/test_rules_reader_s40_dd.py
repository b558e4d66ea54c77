"""Readings of session 40 helper dd, through the user's entry points: one reader of ladders of completion dates
(rules/date_ladder.py, which text/dated_bands.py's rewrite of the same ladders was folded into) — a rubric scored by
`pingfen score --json` and its workbook recalculated by LibreOffice, the 规范写法 of each wording either reader read
read back, and the refusals either made. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated
from pingfen.rules import RuleError, parse_rule

RUBRIC_S40_DD = Path(__file__).parent / "data" / "new_readings_rubric_s40_dd.yaml"
EXPECTED_S40_DD = {
    "1.1": ("1", "应于2024年6月30日前完工，12月20日完工：逾期31+31+30+31+30+20=173天，超过9月底（92天）、不超过年底（184天）：1分"),
    "1.2": ("2", "应于2023年10月底前完成，11月18日完成：逾期18天，在11月内：2分"),
    "1.3": ("2", "计划3月15日（录入），4月10日发放到位：逾期16+10=26天，不超过4月15日（31天）：2分"),
    "1.4": ("1", "2023年6月30日前应配送到位，7月15日到位：逾期15天，不超过7月31日（31天）：1分"),
}


def test_s40_dd_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (1 + 2 + 2 + 1 = 6 of 12, 中: 6 ≤ 6 < 8)."""
    result = _scored_and_recalculated(RUBRIC_S40_DD, EXPECTED_S40_DD, Decimal("6"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("text, canonical", [
    # 到位 is 配送到位 said shorter; 6月30日 to 7月31日 is 31 days
    ("村卫生室设备配送：2023年6月30日前配送到位的得2分，7月31日前到位得1分，之后到位不得分。",
     "2023年6月30日前完成得2分；0天<逾期天数≤31天得1分；逾期天数>31天不得分"),
    # 按期 beside the deadline in brackets said before the tiers (5月31日 → 6月30日 30 days → 7月31日 61)
    ("地质灾害隐患点综合治理工程应在汛期前（2023年5月31日）完工，按期完工的得5分；6月30日前完工的得3分；7月31日前完工的得1分；"
     "7月31日后完工的不得分。",
     "2023年5月31日前完成得5分；0天<逾期天数≤30天得3分；30天<逾期天数≤61天得1分；逾期天数>61天不得分"),
    # a tier within the month after the deadline's; no year printed: the planned date is entered (按期)
    ("两项补贴资格年度复核：应于当年9月底前完成，按期完成得2分，10月完成得1分，11月及以后完成的不得分。",
     "按期完成得2分；0天<逾期天数≤31天得1分；逾期天数>31天不得分"),
    # 拨付到位 after 拨付: one deed said longer
    ("秋粮收购资金应于11月30日前拨付，按期拨付的得3分，12月15日前拨付到位的得2分，12月31日前拨付到位的得1分，之后拨付的不得分。",
     "按期完成得3分；0天<逾期天数≤15天得2分；15天<逾期天数≤31天得1分；逾期天数>31天不得分"),
    # a named day with its date in brackets; 年底, and 跨年 after it (4月5日 → 6月30日 86 days → 12月31日 270)
    ("烈士纪念设施修缮项目于清明节前（2023年4月5日）完工的得3分；于2023年6月30日前完工的得2分；2023年年底前完工的得1分；跨年未完工的不得分。",
     "2023年4月5日前完成得3分；0天<逾期天数≤86天得2分；86天<逾期天数≤270天得1分；逾期天数>270天不得分"),
    # 否则 closing stays 否则
    ("项目于2024年6月30日前竣工的得4分；9月30日前竣工的得2分；否则不得分。",
     "2024年6月30日前完成得4分；0天<逾期天数≤92天得2分；否则不得分"),
])
def test_every_ladder_either_reader_read_is_read_by_the_one(text: str, canonical: str) -> None:
    rule = parse_rule(text)
    assert rule.canonical() == canonical
    assert parse_rule(canonical).canonical() == canonical


@pytest.mark.parametrize("text, clause, reason", [
    # the silent misread: read as two 评价要点 ticked together (by June: 4 + 2 = 6 of 4), the last clause a zeroing
    ("县级国土空间总体规划成果于2023年6月30日前报批的得4分；9月30日前报批的得2分；年内未报批的不得分。", "年内未报批的不得分",
     "2023年9月30日之后、年底前完成的得分未写明"),
    ("可行性研究报告于2023年3月31日前报批的得2分；6月30日前报批的得1分。", "6月30日前报批的得1分", "未写明2023年6月30日之后完成的得分"),
    ("2023年6月30日前开工的得2分，9月30日前完工的得1分，之后完工的不得分。", "2023年6月30日前开工的得2分", "各档是不同的事项（开工、完工）"),
    ("2023年6月30日前完工的得3分，8月31日前完工的得1分，9月30日后完工的不得分。", "9月30日后完工的不得分", "不是前一档的日期2023年8月31日"),
    # no year printed: the text's own dates, never the year assumed for the days between them
    ("年度养护工程在10月31日前完工的得4分，11月30日前完工的得2分，12月31日后完工的不得分。", "12月31日后完工的不得分", "不是前一档的日期11月30日："),
    ("应于当年9月底前完成，按期完成得2分，11月完成得1分，12月及以后完成的不得分。", "11月完成得1分", "不紧接前一档的日期"),
    ("1月31日前完成的得3分，2月底前完成的得2分，3月31日前完成的得1分，之后完成的不得分。", "1月31日前完成的得3分", "可能有2月29日"),
    ("2023年12月15日前完成的得2分，1月15日前完成的得1分，之后完成的不得分。", "1月15日前完成的得1分", "不晚于前一档的日期"),
])
def test_a_ladder_that_leaves_days_unsaid_is_refused(text: str, clause: str, reason: str) -> None:
    with pytest.raises(RuleError) as refused:
        parse_rule(text)
    assert f"无法识别的部分：“{clause}”" in str(refused.value) and reason in str(refused.value)
