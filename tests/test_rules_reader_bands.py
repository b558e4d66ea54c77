"""Readings of issue 9 by reader-bands through the user's entry points: a rubric with one leaf per reading
(a line between two bands, graduated step tiers, bonus caps, 分别 lists, points in proportion both ways) scored by `pingfen score --json`,
and the same rubric built into a workbook that LibreOffice recalculates to the same scores. Every expected
score is worked by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _libreoffice_agrees, _numbers, _scores

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_reader_bands.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("2.5", "100%得满分、≤90%得0分之间的直线：(95%-90%)/(100%-90%)×5=2.5"),
    "1.2": ("8", "低于(含)90%不得分，以上按直线到100%：(98%-90%)/(100%-90%)×10=8"),
    "1.3": ("2.5", "分段扣分：96%→90%扣6×0.25=1.5，90%→88%扣2×0.5=1，共2.5：5-2.5=2.5"),
    "1.4": ("1", "分段扣分：2%→5%扣3×1=3，5%→7%扣2×2=4，共7（最多扣8）：8-7=1"),
    "1.5": ("10", "多150万元=15步×0.5=7.5，加分至基本分5为止：5+5=10"),
    "1.6": ("16", "多3亿元=6步×1=6，12+6=18，总分最高不超过16：16"),
    "1.7": ("3", "分别：100、80、60万元得5、3、1分；85万元在80至100万元之间：3"),
    "1.8": ("4", "分别：超过95%、85%、75%给6、4、2分；90%超过85%未超过95%：4"),
    "1.9": ("12", "按比例扣分或加分：120/100×10=12，不超过15"),
}
TOTAL = Decimal("59")  # 2.5+8+2.5+1+10+16+3+4+12


def test_reader_bands_readings_score_and_recalculate(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    result = _scores(RUBRIC, EXPECTED, capsys)
    assert Decimal(str(result["total"])) == TOTAL and result["grade"] == "良"  # 良 from 56 to 63
    scores = {row["code"]: row for row in result["indicators"]}
    assert scores["1.1"]["explanation"] == "防洪涝安全保障率=95%，其他情形，得分=(95%-90%)/(100%-90%)×5=2.5分"
    assert "此前各档共扣1.5分，较90%少2个百分点，每少1个百分点扣0.5分，共扣2.5分" in scores["1.3"]["explanation"]
    assert "（加分至基本分值为止）" in scores["1.5"]["explanation"]
    assert "（总分最高不超过16分）" in scores["1.6"]["explanation"]
    assert scores["1.9"]["explanation"].endswith("按完成比例计分：得分=120%/目标值（100%）×10=12分")
    mine = _libreoffice_agrees(RUBRIC, tmp_path)
    assert TOTAL in _numbers(mine)
