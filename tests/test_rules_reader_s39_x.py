"""Readings of session 39 helper x, through the user's entry points: a rubric scored by `pingfen score --json` and its
workbook recalculated by LibreOffice (points by the date the work was done, read as bands of days past the first date; a
deadline the requirement prints before 按期完成; one said in words and entered; a list of named items said alone before
每缺一项扣N分; a grade typed with 4A as the rule printed it; a tier typed with its 、; a level written 1:5; a count in 部);
`pingfen rule` on a ladder of dates. Every expected score is
worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated
from pingfen.rules import RuleError, parse_rule

RUBRIC_S39_X = Path(__file__).parent / "data" / "new_readings_rubric_s39_x.yaml"
EXPECTED_S39_X = {
    "1.1": ("1.5", "2024年2月10日竣工：晚于2023年12月31日、早于2024年3月31日（逾期41天，不超过91天）：1.5分"),
    "1.2": ("3", "2023年12月31日当天完成竣工验收：按期（逾期0天）：3分"),
    "1.3": ("1.8", "缺人员、制度两项：3-2×0.6=1.8"),
    "1.4": ("5", "录入“成功创建4A级景区”即评分标准的“成功创建AAAA级景区”：5分"),
    "1.5": ("0", "计划2024年3月31日（次年一季度末），4月2日兑付：逾期2天，不得分"),
    "1.6": ("4", "录入“方案完整、措施具体”（带顿号）即该档，固定4分，无需录入得分"),
    "1.7": ("1", "1:4即4倍，较1:5（5倍）少1倍，2个0.5，扣2分：3-2=1（曾读作达到5%，4倍=400%得满分）"),
    "1.8": ("2.7", "27部未达到30部：27/30×3=2.7（曾读作30%，27/30=90%≥30%加满1分得4分）"),
}


def test_s39_x_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (1.5 + 3 + 1.8 + 5 + 0 + 4 + 1 + 2.7 = 19 of 26, 中: 15 ≤ 19 < 20)."""
    result = _scored_and_recalculated(RUBRIC_S39_X, EXPECTED_S39_X, Decimal("19"), capsys, tmp_path)
    assert result["grade"] == "中"


# (every ladder is rules/date_ladder.py's: its 规范写法 names the zero band after the last date, whatever words closed it)
@pytest.mark.parametrize("text, canonical", [
    # 2024年3月31日 is 91 days after 2023年12月31日 (2024 a leap year: 31 + 29 + 31)
    ("工程于2023年12月31日前竣工的得3分，2024年3月31日前竣工的得1.5分，之后竣工的不得分。",
     "2023年12月31日前完成得3分；0天<逾期天数≤91天得1.5分；逾期天数>91天不得分"),
    # 9月30日 takes the year of the tier before it; 6月30日 to 9月30日 is 92 days
    ("项目于2024年6月30日前竣工的得4分；9月30日前竣工的得2分；之后竣工的不得分。",
     "2024年6月30日前完成得4分；0天<逾期天数≤92天得2分；逾期天数>92天不得分"),
    # 8月底 is 31 August; 年底 31 December, 122 days later
    ("新建学校于2024年8月底前交付使用的得3分，2024年年底前交付使用的得1分，此后交付的不得分。",
     "2024年8月31日前完成得3分；0天<逾期天数≤122天得1分；逾期天数>122天不得分"),
])
def test_a_ladder_of_dates_is_bands_of_days_late(text: str, canonical: str) -> None:
    rule = parse_rule(text)
    assert rule.canonical() == canonical
    assert parse_rule(canonical).canonical() == canonical


def test_a_ladder_whose_later_date_comes_first_is_not_read_as_one() -> None:
    """3月31日 after 2024年6月30日 would be 2024-03-31, before the first tier: never a band of negative lateness."""
    try:
        rule = parse_rule("项目于2024年6月30日前完工的得4分；3月31日前完工的得2分；之后完工的不得分。")
    except RuleError:
        return
    assert "逾期天数" not in rule.canonical()
