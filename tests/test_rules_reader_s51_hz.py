"""Readings of session 51 by helper hz (corpus56's first pass), through the user's entry points: the divisor's plan printed
apart by its verb and the thing counted (实际采购数量/计划采购数量×4分。计划采购执法记录仪500台: 目标值为500台), a target's
rate printed in a clause of its own by the divisor's name (得分=实际下降率/目标下降率×6，目标下降率为3%: …/3%×6), an amount
over its plan whose name says what is counted between the plan's verb and count (资助参保人数/应资助人数×6分: the actual over
the target entered), a count written bare as the task and its share short of it (完成新增泊位2000个的得满分，未完成的按完成
比例计分: ≥2000个, else 实际值/2000×5), a ratio of two named amounts said in words (按…篇数与任务书约定篇数之比计分，满分4分:
按…/…×4分计分), a service line's number before 接处警 / 出警 (110接处警及时率: a name, no number of the rule) and situations each adding once on top of a rule of degrees, the item's total capped (…每少2次扣0.5分；
加分项：…获市级及以上表彰的加1分，本项总分不超过5分); and the refusals beside them. Scored by `pingfen score --json` and its
workbook recalculated by LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _read_back, _scored_and_recalculated

RUBRIC_S51_HZ = Path(__file__).parent / "data" / "new_readings_rubric_s51_hz.yaml"
EXPECTED_S51_HZ = {
    "1.1": ("3.6", "450/500×4=3.6"),
    "1.2": ("4.8", "2.4%/3%×6=0.8×6=4.8"),
    "1.3": ("5.7", "9500/10000×6=0.95×6=5.7"),
    "1.4": ("4", "少4次=2步，4−1=3；获表彰加1：4（不超过5）"),
    "1.5": ("3", "少2项，4−1=3；未承办，不加分：3"),
    "1.6": ("5.5", "少1个，6−1.5=4.5；列为省重点加1，未引进龙头企业：5.5"),
    "1.7": ("4", "低2个百分点，5−2=3；获评美丽河湖加1：4"),
    "1.8": ("3.75", "6000/8000×5=3.75"),
    "1.9": ("3.75", "1500个未完成2000个：1500/2000×5=3.75"),
    "1.10": ("3", "6篇/8篇×4=3"),
}


def test_s51_hz_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (3.6 + 4.8 + 5.7 + 4 + 3 + 5.5 + 4 + 3.75 + 3.75 + 3 = 41.1 of 54, 良: 40 ≤ 41.1 < 48)."""
    result = _scored_and_recalculated(RUBRIC_S51_HZ, EXPECTED_S51_HZ, Decimal("41.1"), capsys, tmp_path)
    assert result["grade"] == "良"


@pytest.mark.parametrize("rule, full, actual, canonical, score", [
    ("警用装备采购数量（4分）：实际采购数量/计划采购数量×4分。计划采购执法记录仪500台。", "4", "500台",
     "目标值为500台，得分=实际值/500×4分", "4"),
    ("植树造林（6分）：计划栽植苗木12000株，得分=实际栽植数量/计划栽植数量×6分。", "6", "9000株",
     "目标值为12000株，得分=实际值/12000×6分", "4.5"),
    ("单位工业增加值能耗下降率（6分）：得分=实际下降率/目标下降率×6，目标下降率为3%，最高得6分，能耗不降反升的得0分。", "6", "-0.5%",
     "下降率<0%不得分；否则得分=下降率（超过3%按3%计）/3%×6分", "0"),
    ("宽带覆盖（4分）：目标覆盖率为80%。得分=实际覆盖率/目标覆盖率×4分，最高4分。", "4", "60%",
     "得分=实际覆盖率（超过80%按80%计）/80%×4分", "3"),
    ("新增停车泊位（5分）：完成新增泊位2000个的得满分，未完成的按完成比例计分。", "5", "1500个",
     "实际值≥2000个得5分；否则得分=实际值/2000×5分", "3.75"),
    ("老旧小区改造（5分）：完成老旧小区改造45个的得5分，否则按完成比例计分。", "5", "50个", "实际值≥45个得5分；否则得分=实际值/45×5分", "5"),
    ("农民培训（3分）：按实际培训人数与计划培训人数的比值得分，满分3分，超出不加分。计划培训人数200人。", "3", "150人",
     "目标值为200人，得分=实际值/200×3分", "2.25"),
    ("110出警及时率（4分）：出警及时率达到95%得4分，每低1个百分点扣0.5分，扣完为止。", "4", "93%",
     "出警及时率达到95%得4分，每少1个百分点扣0.5分，扣完为止", "3"),
    ("青少年体育赛事（5分）：完成市级青少年锦标赛项目8项的得4分，每少1项扣0.5分；承办省级以上青少年赛事的加1分，本项最高5分。", "5", None,
     "实际值达到8项得4分，每少1项扣0.5分，扣完为止；承办省级以上青少年赛事的，加1分；本项最高5分", None),
    ("全民健身活动（5分）：全年举办全民健身活动不少于12场的得4分，每少1场扣0.5分，扣完为止；活动被省级媒体报道的加2分，本项最高5分。", "5", None,
     "实际值达到12场得4分，每少1场扣0.5分，扣完为止；活动被省级媒体报道的，加2分；本项最高5分", None),
])
def test_s51_hz_readings_through_pingfen_rule(rule: str, full: str, actual: str | None, canonical: str, score: str | None) -> None:
    done = pingfen(rule, "--full", full, *((f"--actual={actual}",) if actual else ()))
    assert f"规范写法：{canonical}\n" in done.stdout, done.stdout + done.stderr
    if score is not None:
        assert done.returncode == 0 and f"得分：{score}\n" in done.stdout, done.stdout + done.stderr
    _read_back(rule)


@pytest.mark.parametrize("rule, clause", [
    # two things planned: the 计划采购数量 is either one or their sum
    ("警用装备采购数量（4分）：实际采购数量/计划采购数量×4分。计划采购执法记录仪500台，对讲机200台。", "对讲机200台"),
    # two target rates: which one the formula divides by is unsaid
    ("外贸出口（5分）：得分=实际增长率/目标增长率×5，省定目标增长率为8%，市定目标增长率为10%。", "得分=实际增长率/目标增长率×5"),
    # no cap on the item: may the addition lift it above its 分值?
    ("文化志愿服务：开展文化志愿服务活动不少于24次的得4分，每少2次扣0.5分，扣完为止；志愿服务项目获市级及以上表彰的加1分。",
     "志愿服务项目获市级及以上表彰的加1分"),
    # two tasks: the share completed of which?
    ("新增停车泊位（5分）：完成新增泊位2000个、充电桩500个的得满分，未完成的按完成比例计分。", "完成新增泊位2000个、充电桩500个的得满分"),
    # a rate's bare level: its share of 90%, or the rate times the points?
    ("群众满意度（5分）：满意度90%的得满分，未达到的按比例计分。", "未达到的按比例计分"),
    # a plan a range: the ratio's divisor is 8, 10 or between
    ("论文发表（4分）：按实际发表论文篇数与任务书约定篇数之比计分，满分4分。任务书约定8至10篇。", "任务书约定8至10篇"),
    # a base of one threshold: is the addition earned without the task done?
    ("城市管理创新（3分）：完成年度创新任务的得2分；创新做法被省级以上推广的，加1分，本项最高3分。", "本项最高3分"),
])
def test_s51_hz_refusals_name_the_clause(rule: str, clause: str) -> None:
    done = pingfen(rule, "--full", "5")
    assert done.returncode != 0 and f"“{clause}”" in done.stdout + done.stderr, done.stdout + done.stderr
