"""Readings added in session 34 by helper b (issue 9): a rubric with one leaf per reading scored by `pingfen score
--json`, the same rubric built into a workbook that LibreOffice recalculates to the same values. Every expected score
is worked by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_s34_b.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("4", "满意度85%在80%-90%之间：4分（末尾的6是分值列，即满分）"),
    "1.2": ("2", "合格率92%在90%-95%之间：2分（末尾的3是分值列，即最高档3分）"),
    "1.3": ("3", "31低于上年34，较上年下降(34−31)/34=8.82%>0：3分"),
    "1.4": ("2", "(103000−100000)/100000=3%，在0-5%之间：2分"),
    "1.5": ("1", "191万元与上年191万元持平，下降率0%：1分"),
    "1.6": ("2.5", "发现3户不符合条件×0.5=1.5：4−1.5=2.5"),
    "1.7": ("1", "三项缺两项（审定、报备）×1=2：3−2=1"),
    "1.8": ("2", "三个要点都符合1+1+1=3，发现2户错保漏保×0.5=1：3−1=2"),
    "1.9": ("5", "提取比例14.2%不超过15%：5分"),
    "1.10": ("2", "7.8天短于上年8.1天，下降(8.1−7.8)/8.1=3.7%>0：2分"),
    "1.11": ("3.81", "152300低于上年160000：152300/160000=95.1875%×4=3.8075≈3.81"),
}
TOTAL = Decimal("28.31")  # 4 + 2 + 3 + 2 + 1 + 2.5 + 1 + 2 + 5 + 2 + 3.81


def test_session34_b_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The 分值 column run in after a last band said in words (70％以下不得分 6 / 90%以下不得分 3), bare changes over last
    year each with its points (较上年下降的得3分，与上年持平的得1.5分，较上年上升的不得分), the other way closing bands of
    growth (增长0-5%得2分；较上年下降的得0分) and a rate's points at 100% beside each one found short of it (准确率100%得4分，
    每发现1户不符合条件的扣0.5分), the deduction per point missing said ahead of the points listed (以下三项每缺一项扣1分：
    ①…), 评价要点 beside a situation counted per household (抽查发现错保、漏保的，每户扣0.5分) and an amount's share of its
    base (提取比例不超过合同金额的15%), a change over last year and its absence (较上年缩短的得2分，未缩短的不得分) and this
    year over last year as the share completed (不低于上年度水平得满分，低于上年的按本年/上年比例计分): `pingfen score` and the
    built workbook recalculated by LibreOffice give the hand-worked scores and total (28.31 of 38: 中, 22.8 ≤ 28.31 < 30.4)."""
    result = _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)
    assert result["grade"] == "中"
