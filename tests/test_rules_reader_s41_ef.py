"""Readings of session 41 helper ef, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S41_EF = Path(__file__).parent / "data" / "new_readings_rubric_s41_ef.yaml"
EXPECTED_S41_EF = {
    "1.1": ("2", "80%≤85%<90%：2（90%-100%得3分、超过100%得1分是一个要落入的区间，中间最高，不是先降后升）"),
    "1.2": ("3", "90%≤91%<93%：3（90%以下不得分，各档随利用率下降而下降）"),
    "1.3": ("3.4", "85%不低于50%：85%×4=3.4（不足50%不得分，低于公式的值，不是先降后升）"),
    "1.4": ("1", "超预算4%：扣4×0.5=2分，最多扣3分未到：3-2=1（上限不超过本项3分）"),
    "1.5": ("3", "高于85%共10个百分点：加2分，但加分后不超过分值：3"),
    "1.6": ("2", "故障率3%，高于2%共2个0.5个百分点：4-2=2"),
}


def test_s41_ef_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A range to land in (a peak, never a dip), bands falling all the way down, a formula zeroed below a level, a
    deduction cap within the item's points, a bonus beside steps down with its limit written: `pingfen score` and the
    built workbook recalculated by LibreOffice give the hand-worked scores and total (2+3+3.4+1+3+2 = 14.4 of 22,
    grade 中: 13.2 ≤ 14.4 < 17.6)."""
    result = _scored_and_recalculated(RUBRIC_S41_EF, EXPECTED_S41_EF, Decimal("14.4"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, full, actual, score", [
    # 完成目标 is the top band of the count the others are written in (目标值 stated on its own): 450 of 500 → 3
    ("新增就业岗位（4分）：年度目标500个。完成目标得4分；完成400个（含）以上得3分；完成300个（含）以上得1分；300个以下不得分。",
     "4", "450个", "3"),
    ("培训人次（3分）　目标值：≥2000人次　完成目标值的得3分，完成1500人次（含）以上的得2分，1500人次以下不得分。",
     "3", "2000人次", "3"),
])
def test_s41_ef_target_met_as_the_top_band(rule: str, full: str, actual: str, score: str) -> None:
    from test_cli_rule import rule_in_process as pingfen
    done = pingfen(rule, "--full", full, "--actual", actual)
    assert done.returncode == 0 and f"得分：{score}\n" in done.stdout, done.stdout + done.stderr
