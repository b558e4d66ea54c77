"""Readings of session 42 helper fd, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S42_FD = Path(__file__).parent / "data" / "new_readings_rubric_s42_fd.yaml"
EXPECTED_S42_FD = {
    "1.1": ("2", "应于2024年10月31日前完工是计划日期：11月25日完工逾期25天，在1个月以内，2（曾要求另录计划完成日期）"),
    "1.2": ("1", "应于2024年9月30日前完成：10月30日完成逾期30天，每15日扣1分，扣2分，3-2=1（曾要求另录计划完成日期）"),
    "1.3": ("2", "合同工期至2024年8月31日：9月14日完工逾期14天，每7天扣0.5分，扣1分，3-1=2（曾要求另录计划完成日期）"),
    "1.4": ("2", "按合同约定2024年6月30日上线：8月20日上线逾期51天，在31-60日之间，2（曾要求另录计划完成日期）"),
    "1.5": ("2", "2023年12月31日前完成竣工验收：2024年1月25日完成逾期25天，在1个月以内，2（曾因“得分没有写明条件”而拒读）"),
    "1.6": ("1", "计划2023年5月1日开馆：5月20日开馆推迟19天，在1个月以内，1（曾因“得分没有写明条件”而拒读）"),
    "1.7": ("1", "按期完成建设任务是一个评价要点：只符合这一点，1（曾因“得分没有写明条件”而拒读）"),
    "1.8": ("1", "完成年度培训任务是一个评价要点：未完成，只有台账资料齐全，1（曾因“得分没有写明条件”而拒读）"),
    "1.9": ("1", "10月底前、11月底前各档的日期与得分被逗号隔开仍是一档：计划10月31日，11月18日完成逾期18天，在11月底前，1"
                 "（曾因“得分没有写明条件”而拒读）"),
}


def test_s42_fd_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The planned date said before 按期 in a sentence of its own (应于…前完工 / 合同工期…至… / 按合同约定…上线 / 计划…开馆),
    the deadline's act named after its verb (…前完成竣工验收的得3分), a task completed ticked beside other 评价要点, and a
    ladder of completion dates cut from its points by commas (…10月底前全部完成的，计2分；11月底前完成的，计1分):
    `pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (2+1+2+2+2+1+1+1+1 = 13 of 27, grade 差: 13 < 16.2)."""
    result = _scored_and_recalculated(RUBRIC_S42_FD, EXPECTED_S42_FD, Decimal("13"), capsys, tmp_path)
    assert result["grade"] == "差"
