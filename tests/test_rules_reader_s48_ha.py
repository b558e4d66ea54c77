"""Readings of session 48 helper ha, through the user's entry points: the lowest band of a change over last year said
with the other way or 持平 beside it (提高不足1个百分点或下降的不得分: the other way lies in that band already, once cut
into a situation no one answers), this year's rate named before last year's (本年覆盖率较上年覆盖率提高2个百分点), full
marks at no change beside steps of a change over last year (未增加的得满分 / 较上年持平或减少的得满分: last year's level
kept, what the steps give at no step), points added once a higher level is reached on top of the band below it
(完成年度任务2万亩的得5分…超额完成10%以上的加0.5分: 达到2.2万亩以上, the band's Bonus of one step; 目标150家…超过目标20%
以上的加1分: 180家), with a limit written as the score after the addition (本项加分后不超过5.5分); and the refusals beside
them. Scored by `pingfen score --json` and its workbook recalculated by LibreOffice; every expected score is worked by
hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _refused_through_cli, _scored_and_recalculated

RUBRIC_S48_HA = Path(__file__).parent / "data" / "new_readings_rubric_s48_ha.yaml"
EXPECTED_S48_HA = {
    "1.1": ("2", "44%-42.8%=1.2个百分点，在1（含）-2之间：2分"),
    "1.2": ("1", "23.5%-22.5%=下降1个百分点，在1（含）-3之间：1分"),
    "1.3": ("1", "45%-45%=0，持平，在提高不足2个百分点一档：1分"),
    "1.4": ("2", "(106-100)/100=增长6%，在5%（含）-10%之间：2分"),
    "1.5": ("1", "5起较上年3起增加2起，每增加1起扣1分：3-2=1"),
    "1.6": ("1", "130件较上年120件增加10件，每增加5件扣0.5分：2-1=1"),
    "1.7": ("5.5", "2.3万亩完成任务2万亩，超额15%（10%以上）：5+0.5=5.5，不超过5.5"),
    "1.8": ("4.5", "45个完成计划40个，超额12.5%（10%以上）：4+0.5=4.5"),
    "1.9": ("2", "28%较30%低2个百分点，每低1个百分点扣0.5分：3-1=2"),
    "1.10": ("5", "1.35/1.2=112.5%，达到110%以上：4+1=5，不超过5"),
}


def test_s48_ha_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (2 + 1 + 1 + 2 + 1 + 1 + 5.5 + 4.5 + 2 + 5 = 25 of 34, 中: 20 ≤ 25 < 27)."""
    result = _scored_and_recalculated(RUBRIC_S48_HA, EXPECTED_S48_HA, Decimal("25"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, full, data, score", [
    # full marks at no rise beside steps of a rise over last year: last year's count the target
    ("安全生产事故起数较上年每增加1起扣1分，扣完为止；未增加的得满分。", "3", ("--actual=5", "--target=3"), "1"),
    ("安全生产事故起数较上年每增加1起扣1分，扣完为止；未增加的得满分。", "3", ("--actual=2", "--target=3"), "3"),
    ("群众信访件数（2分）：信访件数较上年每增加5件扣0.5分，扣完为止；较上年持平或减少的得满分。", "2", ("--actual=120", "--target=120"), "2"),
    ("群众信访件数（2分）：信访件数较上年每增加5件扣0.5分，扣完为止；较上年持平或减少的得满分。", "2", ("--actual=140", "--target=120"), "0"),
    # the other way: steps of a fall, no fall scoring full
    ("城乡居民医保参保人数（3分）：参保人数较上年每减少100人扣0.5分，扣完为止；未减少的得满分。", "3", ("--actual=9800", "--target=10000"), "2"),
    ("城乡居民医保参保人数（3分）：参保人数较上年每减少100人扣0.5分，扣完为止；未减少的得满分。", "3", ("--actual=10050", "--target=10000"), "3"),
    # points added at 10% over the task printed (2.2万亩), on top of the band that completes it
    ("节水灌溉面积（5分）：完成年度任务2万亩的得5分，未完成的按完成比例计分；超额完成10%以上的加0.5分，本项加分后不超过5.5分。", "5",
     ("--actual=2.3万亩",), "5.5"),
    ("节水灌溉面积（5分）：完成年度任务2万亩的得5分，未完成的按完成比例计分；超额完成10%以上的加0.5分，本项加分后不超过5.5分。", "5",
     ("--actual=2.1万亩",), "5"),
    ("节水灌溉面积（5分）：完成年度任务2万亩的得5分，未完成的按完成比例计分；超额完成10%以上的加0.5分，本项加分后不超过5.5分。", "5",
     ("--actual=1.6万亩",), "4"),
    # 以上 holds the level itself: 6万亩 is 20% over 5万亩
    ("高标准农田建设面积（4分）：完成年度任务5万亩的得4分，未完成的按完成比例计分；超额完成20%以上的另加1分，本项加分后不超过5分。", "4",
     ("--actual=6万亩",), "5"),
    ("高标准农田建设面积（4分）：完成年度任务5万亩的得4分，未完成的按完成比例计分；超额完成20%以上的另加1分，本项加分后不超过5分。", "4",
     ("--actual=5.5万亩",), "4"),
    # a rate's level above the band with steps below it
    ("森林覆盖率（3分）：森林覆盖率达到30%得3分，每低1个百分点扣0.5分，扣完为止；达到32%以上的另加0.5分。", "3", ("--actual=32%",), "3.5"),
    ("森林覆盖率（3分）：森林覆盖率达到30%得3分，每低1个百分点扣0.5分，扣完为止；达到32%以上的另加0.5分。", "3", ("--actual=31%",), "3"),
    # the completion's 110% against the band from the target, 本项最高5分 leaving the addition whole
    ("人工造林面积（4分）：完成率达到100%得4分，完成率达到110%以上的另加1分，本项最高5分；完成率低于100%的按完成率×4计分。", "4",
     ("--actual=1.32万亩", "--target=1.2万亩"), "5"),
    ("人工造林面积（4分）：完成率达到100%得4分，完成率达到110%以上的另加1分，本项最高5分；完成率低于100%的按完成率×4计分。", "4",
     ("--actual=0.9万亩", "--target=1.2万亩"), "3"),
    # a level set off from the target printed: 20% over 150家 is 180家, at it and above the points added
    ("科技型中小企业评价入库数（3分）：目标150家，≥150家得3分；120家（含）-150家得2分；90家（含）-120家得1分；低于90家不得分。超过目标20%以上的加1分。",
     "3", ("--actual=180家",), "4"),
    ("科技型中小企业评价入库数（3分）：目标150家，≥150家得3分；120家（含）-150家得2分；90家（含）-120家得1分；低于90家不得分。超过目标20%以上的加1分。",
     "3", ("--actual=179家",), "3"),
    ("职业技能培训人次（3分）：年度目标5000人次，达到目标得3分，每少100人次扣0.2分，扣完为止；超过目标20%以上的加0.5分。", "3",
     ("--actual=4800人次",), "2.6"),
])
def test_s48_ha_readings_through_pingfen_rule(rule: str, full: str, data: tuple[str, ...], score: str) -> None:
    done = pingfen(rule, "--full", full, *data)
    assert done.returncode == 0 and f"得分：{score}\n" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, named, reason", [
    # a fall beyond 3 points is a fall (1 point by the band before) and scores nothing by this band
    ("乡镇综合文化站覆盖率（3分）：覆盖率较上年提高2个百分点及以上得3分；提高不足2个百分点或下降的得1分；下降超过3个百分点的不得分。", "3",
     "下降超过3", "重叠"),
    # no rise scoring less than the steps start from
    ("道路交通事故起数（3分）：事故起数较上年每增加1起扣1分，扣完为止；未增加的得2分。", "3", "未增加的得2分", "没有写明条件"),
    # a rise both deducted and scoring full
    ("火灾事故起数（3分）：火灾事故起数较上年每增加1起扣0.5分，扣完为止；较上年持平或增加的得满分。", "3", "持平或增加的得满分", "没有写明条件"),
    # the limit below the band's points plus the addition
    ("高标准农田建设面积（4分）：完成年度任务5万亩的得4分，未完成的按完成比例计分；超额完成20%以上的另加1分，本项加分后不超过4.5分。", "4",
     "本项加分后不超过4.5分", "加分上限"),
    # full marks from 1.5万亩, below the task: 10% over which?
    ("节水灌溉面积（5分）：年度任务2万亩，完成1.5万亩以上的得5分，未达到的按完成比例计分；超额完成10%以上的加0.5分。", "5",
     "超额完成10%以上的加0.5分", "没有写按什么加分"),
    # an addition for a change over last year, never a level of the measure the bands read
    ("服务对象满意度≥90%得5分，85%（含）-90%得3分，85%以下不得分；满意度较上年提高5个百分点以上的，另加0.5分。", "5",
     "满意度较上年提高5", "没有写按什么加分"),
])
def test_s48_ha_refusals_name_the_clause(rule: str, full: str, named: str, reason: str) -> None:
    _refused_through_cli(rule, full, named, reason)
