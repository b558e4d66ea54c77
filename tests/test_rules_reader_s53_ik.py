"""Readings of session 53 by helper ik, through the user's entry points: a level each unit is held to and a deduction
per one short (每个社区至少配备5名专职人员…人员人数不足的，每差1人扣0.2分，扣完为止) reads as the persons (sessions, rooms)
short summed over the units, entered as one count and each deducted (once refused: one completion value against the level
would let one unit's surplus hide another's shortfall). Scored by `pingfen score --json` and its workbook recalculated
by LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _reads_through_cli, _refused_through_cli, _scored_and_recalculated

RUBRIC_S53_IK = Path(__file__).parent / "data" / "new_readings_rubric_s53_ik.yaml"
EXPECTED_S53_IK = {
    "1.1": ("2.4", "各社区合计缺3人，每人扣0.2分：3-0.6=2.4"),
    "1.2": ("0", "未配备人员，本项不得分：0"),
    "1.3": ("2", "各乡镇合计缺9人，扣4.5分，最多扣2分：4-2=2"),
    "1.4": ("2.5", "各学校合计缺1人扣0.5分：3-0.5=2.5"),
    "1.5": ("3", "各行政村合计缺2个活动室，扣2分：5-2=3"),
    "1.6": ("0", "各服务站合计缺4个团队，扣6分：6-6=0"),
    "1.7": ("2.5", "各乡镇合计缺3人，扣1.5分，未到上限2分：4-1.5=2.5"),
    "1.8": ("2", "没有村缺网格员：2"),
}


def test_s53_ik_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (2.4 + 0 + 2 + 2.5 + 3 + 0 + 2.5 + 2 = 14.4 of 30, 差: 14.4 < 18)."""
    result = _scored_and_recalculated(RUBRIC_S53_IK, EXPECTED_S53_IK, Decimal("14.4"), capsys, tmp_path)
    assert result["grade"] == "差"


@pytest.mark.parametrize("rule, full, canonical", [
    ("2. 每个社区至少配备5名专职人员(3分);未配备人员的,本项不得分,人员人数不足的,每差1人扣0.2分,至扣完为止。", "3",
     "满分为3分；每个社区至少配备5名专职人员，各社区合计缺1人扣0.2分；扣完为止；如未配备人员，此项不得分"),
    ("每个社区至少配备5名专职人员，每少1人扣0.2分，扣完为止", "3",
     "每个社区至少配备5名专职人员，各社区合计缺1人扣0.2分；扣完为止"),
    ("乡镇安全监管力量（4分）：各乡镇至少配备3名专职安全员，每缺1人扣0.5分，最多扣2分。", "4",
     "满分为4分；各乡镇至少配备3名专职安全员，各乡镇合计缺1人扣0.5分；最多扣2分"),
    ("心理健康教育（3分）：每所学校至少配备2名心理健康教师，不足的每少1人扣0.5分，扣完为止。", "3",
     "满分为3分；每所学校至少配备2名心理健康教师，各学校合计缺1人扣0.5分；扣完为止"),
    ("村级文化设施（5分）：每个行政村至少建成1个文化活动室，每少1个扣1分，扣完为止。", "5",
     "满分为5分；每个行政村至少建成1个文化活动室，各行政村合计缺1个扣1分；扣完为止"),
])
def test_s53_ik_a_level_each_unit_is_held_to_sums_what_is_short(rule: str, full: str, canonical: str) -> None:
    _reads_through_cli(rule, full, canonical)


@pytest.mark.parametrize("rule, full, clause", [
    # a step of 5 in each class: a class 3 over counts 0 or 1 step, and the classes' persons over cannot give the steps
    ("班额控制（5分）：每个班级学生人数不超过45人，每班每超5人扣1分，扣完为止。", "5", "每个班级学生人数不超过45人"),
    # two kinds of unit, each its own level and price: a count of persons short does not say whose
    ("网格员配备（5分）：各街道至少配备10名网格员，每少1人扣0.2分；各社区至少配备3名网格员，每少1人扣0.5分。", "5",
     "各街道至少配备10名网格员"),
    # the bonus above 60: each station's, or the sum's?
    ("巡检次数（4分）：每个监测站至少巡检48次，每少1次扣0.1分，全年超过60次的加1分。", "4", "每个监测站至少巡检48次"),
])
def test_s53_ik_more_than_the_level_and_its_step_stays_refused(rule: str, full: str, clause: str) -> None:
    _refused_through_cli(rule, full, clause, "扣分应按各单位差额之和计")
