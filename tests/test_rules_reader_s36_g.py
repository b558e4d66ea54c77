"""Readings of session 36 helper g through the user's entry points: a rate's formula over levels written bare (得分=满意度/90×5,
(实际完成率-60)/(100-60)×6), once read as 9000% and 6000% and scored near 0 with no error; a target printed in a count
(目标值60公里，完成目标得满分 / 年度目标1500人次，得分=实际培训人次/1500×3 / 新建…50处，得分=实际建成数/50×5), scored by
`pingfen score --json`, and the same rubric built into a workbook that LibreOffice recalculates to the same scores; a
count's level written bare with nothing naming its unit refused. Every expected score is worked by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.rules import RuleError, evaluate_rule, parse_rule
from test_rules_new_readings import _scored_and_recalculated

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_s36_g.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("4.72", "满意度85%，90即90%：85/90×5=4.722≈4.72"),
    "1.2": ("9", "81%低于90%：81/90×10=9"),
    "1.3": ("4.5", "90%：(90-60)/(100-60)×6=30/40×6=4.5"),
    "1.4": ("3", "目标值60公里，45公里未完成：45/60×4=3"),
    "1.5": ("2.4", "年度目标1500人次，1200人次：1200/1500×3=2.4"),
    "1.6": ("4.4", "新建50处即目标，建成44处：44/50×5=4.4"),
    "1.7": ("1", "目标值60公里，54公里少6公里：4−6×0.5=1"),
}
TOTAL = Decimal("29.02")  # 4.72+9+4.5+3+2.4+4.4+1


def test_session36_g_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total."""
    result = _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)
    assert result["grade"] == "中"  # 22.2 ≤ 29.02 < 29.6


@pytest.mark.parametrize("text, rate, score", [
    ("得分=满意度/90×5", "85", "4.72"),  # a bare 85 entered is 85%, over 90%: 85/90×5
    ("得分=5×满意度÷90", "72%", "4"),  # 72/90×5
    ("得分=完成率/95×分值", "95%", "5"),
    ("得分=(满意度-60)/30×5", "75%", "2.5"),  # (75−60)/(90−60)×5
])
def test_a_rate_over_a_bare_level(text: str, rate: str, score: str) -> None:
    assert evaluate_rule(parse_rule(text), {"rate": rate}, Decimal(5)).value == Decimal(score)


@pytest.mark.parametrize("text", [
    "得分=实际完成值/50×5",  # 50处 or 50%? (once 44 → 44%/5000%×5 = 0.04)
    "完成值达到指标值的记满分，未达到的，得分=实际完成值/50×5",
    "得分=500/实际人均成本×5",  # 500元? (once 600 → 600%, 500 → 50000%)
    "得分=满意度/120×5",  # no percentage a rate is over
    "年度目标10000人次，得分=实际培训人次/8000×2",  # the target printed or the formula's 8000?
    "新建50处，得分=实际完成数/40×5",
    "年度目标≤5%，完成目标得满分，未完成的不得分",  # a limit is no target reached (its 5% unread)
    "投诉件数目标值5件，完成目标得满分，否则不得分",  # a count of faults: 5 reached from below or above? (never ≥5件)
    "投诉件数目标为5件，完成得满分，否则不得分",
])
def test_bare_levels_that_are_refused(text: str) -> None:
    with pytest.raises(RuleError):
        parse_rule(text)


def test_the_canonical_text_reads_back() -> None:
    for text in ("得分=满意度/90×5", "群众满意度达到90以上的得满分；低于90的，得分=满意度/90×分值。",
                 "得分=(实际完成率-60)/(100-60)×6，完成率低于60%的不得分。",
                 "新建社区健身路径50处，得分=实际建成数/50×5，超额完成不加分。",
                 "安全生产培训覆盖人次（2分）：年度目标10000人次，得分=实际培训人次/10000×2，超出目标的不额外加分。",
                 "培训人数目标1200人次，完成得满分；每少50人次扣0.5分，最多扣4分。"):
        rule = parse_rule(text)
        assert parse_rule(rule.canonical()).scorer == rule.scorer, rule.canonical()
