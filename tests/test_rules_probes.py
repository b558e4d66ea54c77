"""Common 评分标准 wordings written here (not from a page), the kind accountants write, each read and scored
through the SCORE_RATE worksheet function against a score worked by hand."""

from __future__ import annotations

import pytest

from pingfen.functions import SCORE_RATE

LATE = "按时完成的得3分，延迟1-5天的得2分，延迟6天及以上的不得分"
TRAINED = "培训人数≥500人次得5分，400-499人次得3分，399人次及以下不得分"
SELF_ASSESSED = "按规定时间完成绩效自评的得3分，延迟1-5天的得2分，延迟5天以上的得1分"


@pytest.mark.parametrize("rule, actual, full, expected", [
    # days come whole: 5½ days late is still within 1-5; 6 is the next band
    (LATE, "0天", 3, 3), (LATE, "1天", 3, 2), (LATE, "5.5天", 3, 2), (LATE, "6天", 3, 0),
    # 400-499 reaches up to 500; 399 and below (and 399.5) score nothing
    (TRAINED, "399.5人次", 5, 0), (TRAINED, "400人次", 5, 3), (TRAINED, "499.5人次", 5, 3), (TRAINED, "500人次", 5, 5),
    # 按规定时间完成绩效自评 is on time; 5 days late belongs to 5天以上 (a range's upper end goes to the band above)
    (SELF_ASSESSED, "0天", 3, 3), (SELF_ASSESSED, "3天", 3, 2), (SELF_ASSESSED, "5天", 3, 1),
])
def test_bands_of_whole_counts_leave_no_gap(rule: str, actual: str, full: int, expected: int) -> None:
    assert SCORE_RATE(actual, None, rule, full) == expected


def test_not_done_at_all_is_not_a_lateness() -> None:
    """未开展自评的不得分 is a situation beside the days late, which the lateness bands cannot hold: refused."""
    result = SCORE_RATE("3天", None, SELF_ASSESSED + "，未开展自评的不得分。", 3)
    assert isinstance(result, str) and "未开展自评的不得分" in result
