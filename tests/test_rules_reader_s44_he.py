"""Readings of session 44 helper he, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S44_HE = Path(__file__).parent / "data" / "new_readings_rubric_s44_he.yaml"
EXPECTED_S44_HE = {
    "1.1": ("2", "超时修复5处×0.2=1，12小时内未恢复1次×1=1：4-1-1=2（曾因“超时的每处扣0.2分”没有写明按什么扣而拒读）"),
    "1.2": ("1.6", "超时限1件：2-0.4=1.6（“作出给予补助决定”的“给予”曾被当作得分的动词而拒读）"),
    "1.3": ("2.1", "7个工作日内拨付到户得3分，超期3户：3-0.9=2.1（曾因工作日的时限不被当作要求而拒读）"),
    "1.4": ("2", "92%：少8个百分点，满2档（不足一档的2个百分点不扣分）：4-2=2（“不足3个百分点的不扣分”曾无法识别）"),
    "1.5": ("1.5", "85%：低于90%共5个百分点×0.3=1.5：3-1.5=1.5（“每高于1个百分点不加分”曾被当作没有扣分的步长）"),
    "1.6": ("2", "未达标1次：4-2=2；3次以上才不计分（“达标率100%的计4分”曾无法与逐次扣分合并）"),
    "1.7": ("2", "低于95%的月份4个：3-4×0.25=2（曾因“当月扣0.25分”没有写明按什么扣而拒读）"),
    "1.8": ("2", "93%：低于98%扣1分，低于95%再扣1分：4-2=2（“再扣”曾作为重叠的分档拒读）"),
    "1.9": ("1", "延迟20天：11-20天（整天的分档含20天）得1分（“20天以上”曾取走20天，得0分）"),
}


def test_s44_he_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """Cases past a time limit said before them, an award within a limit in working days, a part-step spared and no
    bonus above, a whole rate beside one failing deducted, months short of a monthly level, thresholds on top (再扣), and
    whole-day bands holding their ends: `pingfen score` and the built workbook recalculated by LibreOffice give the
    hand-worked scores and total (2+1.6+2.1+2+1.5+2+2+2+1 = 16.2 of 30, grade 差: 16.2 < 18)."""
    result = _scored_and_recalculated(RUBRIC_S44_HE, EXPECTED_S44_HE, Decimal("16.2"), capsys, tmp_path)
    assert result["grade"] == "差"
