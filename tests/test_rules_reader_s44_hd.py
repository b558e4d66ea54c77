"""Readings of session 44 helper hd, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S44_HD = Path(__file__).parent / "data" / "new_readings_rubric_s44_hd.yaml"
EXPECTED_S44_HD = {
    "1.1": ("2", "计划2024年5月31日，6月15日完成：逾期15天，在6月30日前，得2分（曾因数值“5月”无法识别而拒读）"),
    "1.2": ("1", "期限2024年11月30日（前句写明年份），12月20日完成：逾期20天，15天<20≤31天，得1分（曾因数值“11月”无法识别而拒读）"),
    "1.3": ("1.5", "计划8月31日，9月12日完成：9月份内，得分值的50%，3×50%=1.5分（曾因数值“8月”无法识别而拒读）"),
    "1.4": ("1", "工期至2024年9月30日（括号内写明），10月20日完成：逾期20天，2个10天，3-2=1分（曾要求另行录入计划完成日期）"),
    "1.5": ("1", "计划3月15日，4月15日完成：超期1个月，2-1=1分（“超期”曾被读作超期月数的个数）"),
    "2.1": ("1.5", "处于试运行阶段：1.5分（曾被读作评价要点相加，正式上线3分+试运行1.5分）"),
    "2.2": ("1", "2A级：创建成功2A级，得1分（2A级写作AA级，不是3A级及以上的AAA级）"),
    "2.3": ("4.5", "年度养护考核等次为良好：4.5分（曾因“以…考核结果为准”而拒读）"),
    "2.4": ("2.4", "基本达到：得分值的60%，4×60%=2.4分（曾因“计分公式没有写明适用条件”而拒读）"),
}


def test_s44_hd_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Deadline ladders (a named time's bracketed deadline, the zero tier from the next day, a share of the 分值, the year
    of a deadline said before), a term's printed last day, 每超期一个月 as lateness, and one outcome in degrees read as one
    grade: `pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (2+1+1.5+1+1 + 1.5+1+4.5+2.4 = 15.9 of 31, grade 差: 15.9 < 18.6)."""
    result = _scored_and_recalculated(RUBRIC_S44_HD, EXPECTED_S44_HD, Decimal("15.9"), capsys, tmp_path)
    assert result["grade"] == "差"
