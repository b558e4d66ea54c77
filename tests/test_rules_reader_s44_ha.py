"""Readings of session 44 helper ha, through the user's entry points: a rubric with one leaf per reading scored by
`pingfen score --json`, and its workbook recalculated by LibreOffice. Every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S44_HA = Path(__file__).parent / "data" / "new_readings_rubric_s44_ha.yaml"
EXPECTED_S44_HA = {
    "1.1": ("2.5", "完成4条：≥3条得2分，超过1条加0.5分，2+0.5=2.5（“完成3条”曾未读作达到3条，加分的起点没有写明而拒读）"),
    "1.2": ("3.4", "完成7个：≥5个得3分，超过2个加0.4分（最多加1分），3+0.4=3.4"),
    "1.3": ("3", "完成9座：8座≤9座<10座，得3分"),
    "1.4": ("1.5", "完成3场：较4场少1场，扣0.5分，2-0.5=1.5"),
    "1.5": ("1.5", "完成1个：1个≤1个<2个，得1.5分（曾作等级由评价人选择）"),
    "1.6": ("0", "本年90%，上年95%：较上年下降，不得分（曾读作满意度>0%，得2分）"),
    "1.7": ("2", "本年91%，上年91%：持平，得2分"),
    "1.8": ("5.2", "4家较5家少1家扣0.8分得3.2分；小巨人2家加2分（最多加2分）：3.2+2=5.2"),
    "1.9": ("2", "95%（含）在95%-98%一档得3分；未及时处置2批次扣1分：3-1=2（曾因“不合格”与“合格率”同名而拒读）"),
    "1.10": ("1", "88%在80%-90%一档得2分；不合格案件未整改2件扣1分：2-1=1（“评查”曾被读作动词“评”，标题无法识别）"),
    "1.11": ("3.4", "任务500亩：600亩超过100亩，每50亩加0.2分，加0.4分：3+0.4=3.4"),
    "1.12": ("1", "任务20期：18期少2期，每少1期扣0.5分：2-1=1"),
    "1.13": ("4.4", "任务8处：10处超过2处，每处加0.2分：4+0.4=4.4（“完成年度核销任务（8处）”曾留下“核销”二字，按比例计分无法识别）"),
    "1.14": ("3", "75%在70%-80%一档得3分，未发现不合格案件：3"),
    "1.15": ("0.5", "获评良好等次：加0.5分，即本项0.5分（“其他不加分”曾使整条拒读）"),
}


def test_s44_ha_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A count completed read as that count reached (bands, steps and additions beyond it), 满意度's bare changes over
    last year scored from both years' rates, a base with a counted addition, bands with faults in the handling of the
    failing ones, a task named by its work with additions beyond its printed count, and grades each adding their
    points: `pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (2.5+3.4+3+1.5+1.5+0+2+5.2+2+1+3.4+1+4.4+3+0.5 = 34.4 of 44, grade 中: 26.4 ≤ 34.4 < 35.2)."""
    result = _scored_and_recalculated(RUBRIC_S44_HA, EXPECTED_S44_HA, Decimal("34.4"), capsys, tmp_path)
    assert result["grade"] == "中"
