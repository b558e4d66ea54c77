"""Readings of sessions 33 and 34 by the lead, through the user's entry points: a rubric with one leaf per reading scored
by `pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S34_LEAD = Path(__file__).parent / "data" / "new_readings_rubric_s34_lead.yaml"
EXPECTED_S34_LEAD = {
    "1.1": ("2", "分值3分写在最后；93%比95%低2个百分点：3−2×0.5=2"),
    "1.2": ("2", "目标值70%写在括号里；65%低5个百分点：3−5×0.2=2（曾从100%算起，扣满2分，得1分）"),
    "1.3": ("3.6", "得分=满意度×分值（4分）：90%×4=3.6"),
    "1.4": ("2", "覆盖倍数1.1在1.0—1.2之间：2（曾把1.2读作1.2%，得3分）"),
    "1.5": ("2", "“资金到位情况”是标题：96%≥95%，得2分（曾要求另录入是否“资金到位情况”）"),
    "1.6": ("2", "制度建设2分符合，制度执行3分不符合：2（曾把“——3分”读作−3分）"),
    "1.7": ("3", "资本金到位不符合，进度符合2分，竣工验收合格1分：3（曾读作三档选一）"),
    "1.8": ("2", "档案管理规范：2"),
    "1.9": ("0", "发现3例，3例及以上本项不得分：0（曾作为另行录入的否决情形，按3例扣3分得1分）"),
    "1.10": ("1.5", "与计划数量相符即达到计划：97/100=97%，少3个百分点×0.5=1.5：3−1.5=1.5"),
    "1.11": ("3.6", "写明的800人是指标值：720/800×4=3.6（曾须另录入目标值）"),
    "1.12": ("4", "受害率0.6‰不超过0.9‰：4（曾不接受以‰录入的比率）"),
}


def test_s34_lead_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The points said after the rule, a bracketed target, a multiple, a heading, a dash leader, requirements added, a
    count's own zero band, a plan matched, a level before its formula, a rate entered per mille: `pingfen score` and the built workbook
    recalculated by LibreOffice give the hand-worked scores and total (2+2+3.6+2+2+2+3+2+0+1.5+3.6+4 = 27.7 of 42, grade 中)."""
    result = _scored_and_recalculated(RUBRIC_S34_LEAD, EXPECTED_S34_LEAD, Decimal("27.7"), capsys, tmp_path)
    assert result["grade"] == "中"
