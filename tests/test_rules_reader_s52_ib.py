"""Readings of session 52 by helper ib, through the user's entry points: a rate at 100% — named before 保持 / 维持在 too
(火化率保持100%(15分)) — beside the failing it counts, named in the rate's failing words (持证 / 无证上岗, 火化 / 土葬), and a
fault deducting once beside that count (…未及时上报变更调整火葬区的,扣5分), taken from the same points; once refused as
an award at a level no deduction could be joined to; and the periods short of a level set per period, counted
(每月报送政务信息不少于4条，每有1个月未达到扣0.5分 / 未达到的季度，每季度扣1分 / 数量低于规定标准,出现一个月扣5分 beside 每月不低于40条) —
once refused, or read 实际值≥4条 (the year's count against a month's level, 未达到的月份，每月扣0.5分 deducting 0.5 once). Scored by `pingfen score --json` and its workbook recalculated by
LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _reads_through_cli, _refused_through_cli, _scored_and_recalculated

RUBRIC_S52_IB = Path(__file__).parent / "data" / "new_readings_rubric_s52_ib.yaml"
EXPECTED_S52_IB = {
    "1.1": ("5", "火化率保持100%得15分：1起土葬扣10分，未上报调整0次 → 15 − 10 = 5"),
    "1.2": ("1", "持证率100%得2分：2人无证上岗，每人0.5分 → 2 − 1 = 1"),
    "1.3": ("1", "3分：1人无证上岗扣1分，未建台账扣1分 → 3 − 1 − 1 = 1"),
    "1.4": ("8", "10分：无土葬，未建台账扣2分 → 10 − 2 = 8"),
    "1.5": ("2.5", "4分：3人无证，每人0.5分 → 4 − 1.5 = 2.5"),
    "1.6": ("0", "5分：4批次不合格扣4分，未建台账扣2分 → 5 − 6 < 0 → 0"),
    "1.7": ("2.5", "3分：1个建制村未通客车扣0.5分 → 3 − 0.5 = 2.5"),
    "1.8": ("2.5", "4分：3个月未达到4条，每月0.5分 → 4 − 1.5 = 2.5"),
    "1.9": ("30", "40分：2个月低于40条，每月5分；无空白月 → 40 − 10 = 30"),
    "1.10": ("2", "3分：1个季度未达到2期 → 3 − 1 = 2"),
}


def test_s52_ib_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (5 + 1 + 1 + 8 + 2.5 + 0 + 2.5 + 2.5 + 30 + 2 = 54.5 of 89, 中: 50 ≤ 54.5 < 70)."""
    result = _scored_and_recalculated(RUBRIC_S52_IB, EXPECTED_S52_IB, Decimal("54.5"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, full, canonical", [
    ("(二)火化率保持100%(15分)\n\n1.发生一起土葬事件,扣10分。\n\n2.原土葬改革区,水泥硬化通公路后未及时上报变更调整火葬区的,扣5分。", "15",
     "火化率保持100%得15分；土葬事件的，每起扣10分；水泥硬化通公路后未及时上报变更调整火葬区的扣5分；扣完为止"),
    ("特种设备作业人员持证上岗率（2分）\t指标值：100%\t实际完成值：\t评分标准：抽查作业人员持证率100%得2分；发现无证上岗的，每人扣0.5分，扣完为止。",
     "2", "抽查作业人员持证率100%得2分；发现无证上岗的，每人扣0.5分；扣完为止"),
    ("食品从业人员健康证持证率维持在100%（4分）：每发现1人无证上岗扣0.5分，扣完为止。", "4",
     "食品从业人员健康证持证率维持在100%得4分；无证上岗的，每人扣0.5分；扣完为止"),
    ("产品抽检合格率100%得5分；每发现1批次不合格扣1分；未按规定建立抽检台账的扣2分，扣完为止。", "5",
     "产品抽检合格率100%得5分；不合格的，每批次扣1分；未按规定建立抽检台账的扣2分；扣完为止"),
    ("1、每月不低于40条。\n2、数量低于规定标准,出现一个月扣5分,扣完为止。\n3、凡出现发布信息“空白月”的,每个月扣10分。", "40",
     "每有1个月未达到“每月不低于40条”的，扣5分；发布信息“空白月”的，每个月扣10分；扣完为止"),
    ("政务信息报送（4分）：每月报送政务信息不少于4条，每有1个月未达到扣0.5分，扣完为止。", "4",
     "满分为4分；每有1个月未达到“每月报送政务信息不少于4条”的，扣0.5分；扣完为止"),
    ("简报编发（3分）：每季度编发工作简报不少于2期，未达到的季度，每季度扣1分。", "3",
     "满分为3分；每有1个季度未达到“每季度编发工作简报不少于2期”的，扣1分；扣完为止"),
])
def test_s52_ib_readings_through_pingfen_rule(rule: str, full: str, canonical: str) -> None:
    _reads_through_cli(rule, full, canonical)


@pytest.mark.parametrize("rule, full, said", [
    # (at 95% some burials are spared: how many is unsaid)
    ("殡葬改革（10分）：火化率保持95%（10分），每发生1起土葬扣2分，扣完为止。", "10", ("火化率保持95%",)),
    # (no fault counts what the rate misses: a 持证率 of 90% with the ledger kept scores 2 or 0)
    ("持证率保持100%得2分；未建立持证上岗台账的扣1分。", "2", ("未建立持证上岗台账的扣1分",)),
    # (the rate priced twice: by each burial and by a band below 90%)
    ("火化率保持100%（10分）：每发生1起土葬扣5分；火化率低于90%的扣5分。", "10", ("火化率保持100%(10分)",)),
    # (once for any month short, or each month? once read 实际值≥4条, the year's count against the month's 4)
    ("政务信息报送（2分）：每月报送政务信息不少于4条，未达到的扣1分。", "2", ("每月报送政务信息不少于4条", "是每个周期的要求")),
    # (a month short of a week's level: which weeks?)
    ("巡查工作（3分）：每周开展巡查不少于2次，每有1个月未达到扣1分。", "3", ("每周开展巡查不少于2次，每有1个月未达到扣1分",)),
])
def test_s52_ib_lookalikes_are_refused_naming_the_clause(rule: str, full: str, said: tuple[str, ...]) -> None:
    _refused_through_cli(rule, full, *said)
