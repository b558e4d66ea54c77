"""Readings of session 40 by the lead, through the user's entry points: a rubric scored by `pingfen score --json` and
its workbook recalculated by LibreOffice (measure words the lexicon lacked, a cap said once for each kind of fault, a
自评表 row whose 实际完成值 cell says how the value is taken), and `pingfen rule` refusing what would be a guess. Every
expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S40_LEAD = Path(__file__).parent / "data" / "new_readings_rubric_s40_lead.yaml"
EXPECTED_S40_LEAD = {
    "1.1": ("2.7", "27幢：27/30×3=2.7（幢曾不是单位，30读作30%，任何≥30%的完成率都得3分）"),
    "1.2": ("3", "8眼：少2眼，扣2分，5-2=3"),
    "1.3": ("2.5", "归档不全4处：4×0.5=2，单项最多扣1.5；未按时兑付1次扣1；5-1.5-1=2.5（曾读作合计最多扣1.5：得3.5）"),
    "1.4": ("2", "25日≤30日，得2分（“以实际拨付天数计”一栏曾与“分值2分”连读，≤30日与达到目标值两档都得2分）"),
}


def test_s40_lead_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (2.7 + 3 + 2.5 + 2 = 10.2 of 15, 中: 9 ≤ 10.2 < 12)."""
    result = _scored_and_recalculated(RUBRIC_S40_LEAD, EXPECTED_S40_LEAD, Decimal("10.2"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, named", [
    # a measure word the lexicon does not know: the bare number would be a rate (90% scoring full marks against 20)
    ("新建村级光伏电站20坐，每少1坐扣0.5分。", "20坐"),
    ("公共厕所改造：完成年度目标15蹲位得2分，未完成的按比例得分。", "15蹲位"),
    # a rate's formula beside an amount as the standard (once over 1万元: 2565万元 scored 4)
    ("补贴资金使用率=实际使用资金/预算资金×100%，得分=使用率×4分。以2850万元为标准", "以2850万元为标准"),
    # an amount per student with no unit (once 完成率≥2%)
    ("学生资助标准执行（3分）：国家助学金每生每年不低于2，每低0.1扣1分。", "每生每年不低于2"),
    # a once-only deduction above the cap said for each item
    ("未按规定公示的扣3分；档案资料不全的每处扣0.5分；单项扣分不超过2分。", "单项扣分不超过2分"),
])
def test_s40_guesses_refused_name_their_clause(rule: str, named: str) -> None:
    done = pingfen(rule, "--full", "4", "--actual", "2565万元")
    said = done.stdout + done.stderr
    assert done.returncode != 0 and named in said and "无法识别" in said, said


def test_unknown_measure_word_still_reads_its_neighbours() -> None:
    """The guard takes only a word standing for a unit: 之间 after a bare number is a range's word (90%-110之间), 者 a word
    of the sentence; both read as before."""
    done = pingfen("计划完成率在90%-110之间得满分，每偏离1%扣0.5分", "--full", "4", "--actual", "95%")
    assert done.returncode == 0 and "得分：4" in done.stdout, done.stdout + done.stderr
    done = pingfen("达到90者得3分，否则不得分", "--full", "3", "--actual", "91%")
    assert done.returncode == 0 and "得分：3" in done.stdout, done.stdout + done.stderr
