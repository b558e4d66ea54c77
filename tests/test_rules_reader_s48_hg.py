"""Readings of session 48 by helper hg (corpus53's first pass): units assessed one by one where the units are named
(对A、B两个县 / 对A站、B站、C站分别考核: as many as are named), counted with a word of their kind between the count and the
unit (对3个帮扶村 / 按3所学校 / 对4个寄宿制学校), each given its points by 各N分 after them (or 每所N分, 所 the word they are
counted in), each scored by its own steps, bands or share of the target said for all (…/400×2 beside 每校改造任务400平方米),
the units' points added; and the refusals beside them (names and count unlike, the units' points unlike the item's).
Scored by `pingfen score --json` and its workbook recalculated by LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _refused_through_cli, _scored_and_recalculated

RUBRIC_S48_HG = Path(__file__).parent / "data" / "new_readings_rubric_s48_hg.yaml"
EXPECTED_S48_HG = {
    "1.1": ("4", "A县52家≥50：3；B县30家少20家，扣2：1；3+1=4"),
    "1.2": ("4.5", "12万元≥10：3；6万元在5（含）至10：1.5；4.5万元<5：0；合计4.5"),
    "1.3": ("5", "99.2%≥98%：2；97.5%<98%：1；98%：2；合计5"),
    "1.4": ("5.5", "400/400→2；300/400×2=1.5；420超过任务→2；合计5.5"),
    "1.5": ("8.25", "200/200→3；150/200×3=2.25；220→3；合计8.25"),
    "1.6": ("4", "90公里少10公里扣0.5：2.5；70公里少30公里扣1.5：1.5；合计4"),
    "1.7": ("4", "3500→1.5；2999在2000（含）至3000：1；3000→1.5；合计4"),
    "1.8": ("4", "96%、95%→1.5、1.5；92%→1；89.9%→0；合计4"),
    "1.9": ("6.6", "5/5→2；4/5×2=1.6；2.5/5×2=1；6超过任务→2；合计6.6"),
}


def test_s48_hg_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (4 + 4.5 + 5 + 5.5 + 8.25 + 4 + 4 + 4 + 6.6 = 45.85 of 60.5, 中: 36.3 ≤ 45.85 < 48.4)."""
    result = _scored_and_recalculated(RUBRIC_S48_HG, EXPECTED_S48_HG, Decimal("45.85"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, full, kind, canonical", [
    # the units named, a count in words after the names
    ("示范县电商公共服务中心运营（6分）：对A、B两个县分别考核，各3分；年度孵化网店数达到50家的得3分，每少10家扣1分，扣完为止。", "6",
     "逐个单位计分后相加或平均", "共2个县，各县得分相加"),
    # the units named, each name ending in the unit, no count: as many as are named
    ("县级观测站运行维护（6分）：对A站、B站、C站分别考核，各2分，全年设备正常运行率≥98%的得2分，低于98%的得1分。", "6",
     "逐个单位计分后相加或平均", "共3个站，各站得分相加"),
    # a word of their kind between the count and the unit
    ("村集体经济收入（9分）：对3个帮扶村分别考核，各3分；村集体经营性收入达到10万元的得3分，5万元（含）至10万元的得1.5分，5万元以下不得分。",
     "9", "逐个单位计分后相加或平均", "共3个村，各村得分相加"),
    # the units counted where they are assessed apart, each one's share over the target said for all
    ("乡镇中心校薄弱环节改善（6分）：按3所学校分别考核，每所2分；每校改造任务400平方米，完成任务的得2分，未完成的按完成面积/400×2计分。",
     "6", "逐个单位按完成比例计分", "共3个学校"),
    ("农村人居环境整治（9分）：按3个乡镇分别考核，每个乡镇3分；各乡镇户厕改造任务数均为200户，完成数达到任务数的得3分，未达到的按完成数/任务数×3计分。",
     "9", "逐个单位按完成比例计分", "共3个乡镇"),
])
def test_s48_hg_readings_through_pingfen_rule(rule: str, full: str, kind: str, canonical: str) -> None:
    done = pingfen(rule, "--full", full)
    assert done.returncode == 0 and f"规则类型：{kind}\n" in done.stdout and canonical in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, named, reason", [
    # three names, two counted
    ("电商服务站运营（6分）：对A、B、C两个县分别考核，各3分；年度孵化网店数达到50家的得3分，每少10家扣1分，扣完为止。", "6",
     "对A、B、C2个县分别考核", "列出了3个名称"),
    # each unit's points added make more than the item's
    ("村集体经济收入（6分）：对3个帮扶村分别考核，各3分；村集体经营性收入达到10万元的得3分，5万元（含）至10万元的得1.5分，5万元以下不得分。",
     "6", "6分", "合计9分"),
    ("农村人居环境整治：按3个乡镇分别考核，每个乡镇3分；各乡镇户厕改造任务数均为200户，完成数达到任务数的得3分，未达到的按完成数/任务数×3计分，"
     "本项满分6分。", "6", "本项满分6分", "合计9分"),
    # 各2分 with no units assessed apart: each of what?
    ("设备正常运行率≥98%的得2分，各2分，低于98%的得1分。", "2", "各2分", "无法识别"),
])
def test_s48_hg_refusals_name_the_clause(rule: str, full: str, named: str, reason: str) -> None:
    _refused_through_cli(rule, full, named, reason)
