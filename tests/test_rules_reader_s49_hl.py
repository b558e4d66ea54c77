"""Readings of session 49 by helper hl (corpus54's first pass), through the user's entry points: a rate's 100% said
before its verb (100%达标得6分 / 100%及时发放得5分: 达标率100%, each failing one deducted, once refused: 100% unread),
按期办结率 and 应挂尽挂率 at 100% beside the failings they count (逾期 / 未悬挂), 每起扣N分 under a heading that names the
fault (违规占道经营（3分）：每起扣0.5分), the sample said by 检查/核查 (检查公厕20座，每发现1座不达标…), 超出的每1个百分点
after a tolerance (as 超出部分每…); and the refusals beside them (a deduction that is not the rate's failing, a heading
that names work on faults, inspections required of the project). Scored by `pingfen score --json` and its workbook recalculated by LibreOffice; every
expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _refused_through_cli, _scored_and_recalculated

RUBRIC_S49_HL = Path(__file__).parent / "data" / "new_readings_rubric_s49_hl.yaml"
EXPECTED_S49_HL = {
    "1.1": ("4", "1个断面不达标扣2分：6-2=4"),
    "1.2": ("3", "延迟发放2次，每次扣1分：5-2=3"),
    "1.3": ("3", "逾期2件，每件扣1分，无越级上访：5-2=3"),
    "1.4": ("2.5", "3户未悬挂，每户扣0.5分：4-1.5=2.5"),
    "1.5": ("2", "2起，每起扣0.5分：3-1=2"),
    "1.6": ("4", "4座不达标，每座扣0.25分：5-1=4"),
    "1.7": ("2", "偏差率−7%，超出±5%的2个百分点，每个扣0.5分：3-1=2"),
    "1.8": ("4", "一般森林火灾1起扣2分，无较大火灾：6-2=4"),
    "1.9": ("0", "6起，每起扣1分：4-6<0，扣完为止：0"),
}


def test_s49_hl_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (4 + 3 + 3 + 2.5 + 2 + 4 + 2 + 4 + 0 = 24.5 of 41, 差: 24.5 < 25)."""
    result = _scored_and_recalculated(RUBRIC_S49_HL, EXPECTED_S49_HL, Decimal("24.5"), capsys, tmp_path)
    assert result["grade"] == "差"


@pytest.mark.parametrize("rule, full, canonical", [
    ("国控断面水质达标率（6分）：100%达标得6分，每有1个断面不达标扣2分，扣完为止。", "6", "达标率100%得6分；有断面不达标的，每个扣2分；扣完为止"),
    ("困难群众救助金发放及时率（6分）：100%按时发放得6分，每延迟发放1次扣1.5分，扣完为止。", "6", "按时发放率100%得6分；每延迟发放的，每次扣1.5分；扣完为止"),
    ("政务服务事项办结（4分）：按期办结率100%得4分；每有1件逾期扣0.5分，扣完为止。", "4", "按期办结率100%得4分；有逾期的，每件扣0.5分；扣完为止"),
    ("适龄儿童疫苗接种（5分）：应种尽种率100%得5分；发现1名适龄儿童未接种的扣1分，扣完为止。", "5", "应种尽种率100%得5分；适龄儿童未接种的，每名扣1分；扣完为止"),
    ("违规收费（3分）：每次扣0.5分，扣完为止。", "3", "满分为3分；违规收费的，每次扣0.5分；扣完为止"),
    ("安全生产事故（5分）：每起扣2.5分。", "5", "满分为5分；发生安全生产事故的，每起扣2.5分；扣完为止"),
    ("河道保洁（4分）：检查河段10处，每发现1处不达标扣0.4分。", "4", "全部符合得4分，每有1处不达标的，扣0.4分，扣完为止"),
])
def test_s49_hl_readings_through_pingfen_rule(rule: str, full: str, canonical: str) -> None:
    done = pingfen(rule, "--full", full)
    assert done.returncode == 0 and f"规范写法：{canonical}\n" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, actual, score", [
    ("政府采购预算执行偏差（4分）：偏差率在±3%以内（含）得4分，超出的每1个百分点扣1分，扣完为止。", "4", "3%", "4"),
    ("政府采购预算执行偏差（4分）：偏差率在±3%以内（含）得4分，超出的每1个百分点扣1分，扣完为止。", "4", "-5%", "2"),
    ("群众满意度（5分）：满意度90%以上（含）得5分，低于的每1个百分点扣0.5分，扣完为止。", "5", "88%", "4"),
])
def test_s49_hl_steps_past_a_tolerance(rule: str, full: str, actual: str, score: str) -> None:
    done = pingfen(rule, "--full", full, f"--actual={actual}")
    assert done.returncode == 0 and f"得分：{score}\n" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, named, reason", [
    # the deductions count irregular spending, not funds short of 100%: what a rate below 100% scores is unsaid
    ("资金到位率（5分）：100%到位得5分，每发现1笔违规支出扣1分，扣完为止。", "5", "到位率100%得5分", "无法与扣分情形合并计分"),
    # damaged plaques are not households left without one (未悬挂): the rate short of 100% is unpriced
    ("光荣牌悬挂（4分）：应挂尽挂率100%得4分；每发现1处破损扣0.5分，扣完为止。", "4", "应挂尽挂率100%得4分", "无法与扣分情形合并计分"),
    # the heading is work on illegal parking, not the fault: each 起 of what is not written
    ("违章停车治理（3分）：每起扣0.5分，扣完为止。", "3", "每起扣0.5分", "没有写按什么扣"),
    # 检查…不少于20家 is inspection work required, not a sample's size: the level stays (never dropped as a note)
    ("安全检查（5分）：检查企业不少于20家，每发现1家存在隐患未整改的扣0.5分，扣完为止。", "5", "检查企业不少于20家", "无法识别的条件"),
])
def test_s49_hl_refusals_name_the_clause(rule: str, full: str, named: str, reason: str) -> None:
    _refused_through_cli(rule, full, named, reason)
