"""Readings of session 36 by the lead, through the user's entry points: a rubric scored by `pingfen score --json` and
its workbook recalculated by LibreOffice; `pingfen rule` on the wordings now refused (each unit's own requirement, a
formula scoring another rate, a cap cut off). Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import pingfen
from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S36_LEAD = Path(__file__).parent / "data" / "new_readings_rubric_s36_lead.yaml"
EXPECTED_S36_LEAD = {
    "1.1": ("2", "75%比85%低10个百分点，每低5个百分点扣1分：4−2=2（两侧的扣分曾共用一个中间量，低于区间时按高于一侧计算）"),
    "1.2": ("2", "97%比93%高4个百分点，每高2个百分点扣1分：4−2=2"),
    "1.3": ("1.8", "90%未达到100%：90%×2=1.8（项目完成率与实际完成率是同一比率）"),
}


def test_s36_lead_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Both sides of a band, each with its own step, and a formula naming the level's rate: `pingfen score` and the
    built workbook recalculated by LibreOffice give the hand-worked scores and total (2+2+1.8 = 5.8 of 10, 差)."""
    result = _scored_and_recalculated(RUBRIC_S36_LEAD, EXPECTED_S36_LEAD, Decimal("5.8"), capsys, tmp_path)
    assert result["grade"] == "差"


@pytest.mark.parametrize("rule, named", [
    # 5 teachers entered for three schools of 3, 2 and 0: one total cannot say which school is short (once full marks)
    ("每校配备专职心理健康教师不少于2人，每少1人扣1分，扣完为止", "每校配备专职心理健康教师不少于2人"),
    # the formula's 完成率 is no 覆盖率 (once 90% 覆盖率 scored 1.8 whatever the 完成率)
    ("覆盖率达到100%得2分；否则得分=完成率×2", "否则得分=完成率×2"),
    # 扣完3分为 cut off before 止: the 3 was dropped and the cap read as the 分值's
    ("每发现一处安全隐患扣0.5分，整改不到位的酌情扣分，扣完3分为", "扣完3分为"),
])
def test_wordings_now_refused_name_their_clause(rule: str, named: str) -> None:
    done = pingfen(rule, "--full", "4", "--actual", "90%")
    assert done.returncode != 0 and named in done.stderr + done.stdout and "无法识别" in done.stderr + done.stdout, \
        done.stdout + done.stderr
