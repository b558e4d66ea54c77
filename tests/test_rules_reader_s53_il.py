"""Readings of session 53 by helper il, through the user's entry points: a vote's or a survey's formula whose answers
are marked off inside their counts' names (“满意”人数 / [好]得票数 / 【优秀】票数 — one name, 满意人数, for every
reader: once refused at the quote, 公式中有无法识别的符号) and grouped in braces ({(…)+(…)}÷测评有效票数, a bracket as
[…] is). Scored by `pingfen score --json` and its workbook recalculated by LibreOffice; every expected score is worked
by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _reads_through_cli, _refused_through_cli, _scored_and_recalculated

RUBRIC_S53_IL = Path(__file__).parent / "data" / "new_readings_rubric_s53_il.yaml"
EXPECTED_S53_IL = {
    "1.1": ("83", "(10×100+5×80+3×60+2×40)/20=(1000+400+180+80)/20=83"),
    "1.2": ("90", "(12×100+6×80+2×60+0×40)/20=(1200+480+120)/20=90"),
    "1.3": ("8.8", "(30×100%+10×80%+10×60%)/50×10=(30+8+6)/50×10=8.8"),
    "1.4": ("70", "(0×100+5×80+5×60)/10=(400+300)/10=70"),
    "1.5": ("4.5", "45÷50×5=4.5"),
}


def test_s53_il_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (83 + 90 + 8.8 + 70 + 4.5 = 256.3 of 315, 良: 252 ≤ 256.3 < 283.5)."""
    result = _scored_and_recalculated(RUBRIC_S53_IL, EXPECTED_S53_IL, Decimal("256.3"), capsys, tmp_path)
    assert result["grade"] == "良"


@pytest.mark.parametrize("rule, full, canonical", [
    ("3.工作完成情况得分={([好]得票数×100分)+([较好]得票数×80分)+([一般]得票数×60分)+([较差]得票数×40分)}÷测评有效票数", "100",
     "得分={(好得票数×100分)+(较好得票数×80分)+(一般得票数×60分)+(较差得票数×40分)}÷测评有效票数"),
    ("民主测评得分=｛（【优秀】票数×100）+（【称职】票数×80）+（【基本称职】票数×60）｝÷有效票数", "100",
     "得分={(优秀票数×100)+(称职票数×80)+(基本称职票数×60)}÷有效票数"),
    ("群众满意度（10分）：得分=（“非常满意”人数×100%+“满意”人数×80%+“基本满意”人数×60%）÷调查总人数×10", "10",
     "得分=(非常满意人数×100%+满意人数×80%+基本满意人数×60%)÷调查总人数×10，最高10分"),  # (the heading's 10分)
    ("得分=2×[1-超支率]", "2", "得分=2×[1-超支率]"),  # (a bracket holding an operator stays a bracket)
])
def test_s53_il_answers_marked_off_in_a_formulas_names(rule: str, full: str, canonical: str) -> None:
    _reads_through_cli(rule, full, canonical)


@pytest.mark.parametrize("rule, full, clause, why", [
    # the note prices a 较好 vote at half a 好 vote (50), the formula at 80: 5 好 and 5 较好 of 10 score 75 or 90
    ("民主测评得分=（“好”票数×100+“较好”票数×80+“一般”票数×60）÷有效票数，其中“较好”票数按“好”票数的一半计算", "100",
     "其中较好票数按好票数的一半计算", "没有用于计分"),
    # a brace never closed: where the sum ends before ÷有效票数 is not written
    ("测评得分={（“满意”票数×100）+（“较满意”票数×80）+（“一般”票数×60）÷有效票数", "100", "60)÷有效票数", "公式不完整"),
])
def test_s53_il_marked_answers_beside_what_leaves_the_score_open(rule: str, full: str, clause: str, why: str) -> None:
    _refused_through_cli(rule, full, clause, why)
