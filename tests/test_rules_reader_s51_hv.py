"""Readings of session 51 by helper hv (deductions and faults of real 评分标准 still refused), through the user's entry
points: a bare finding after the standard kept and a one-off fault (每日清扫,全天保洁,无污物、无痰迹…。未及时清扫扣5分,
每发现一处扣0.5分: once refused — 每发现一处 named nothing; each place short of the standard is counted, said
不符合“…” as a finding alone is, and the standard's own words no longer name the fault when it stands first: 车辆停放整齐，
无乱停乱放。每发现一处扣1分 was 无乱停乱放的，每处扣1分); a shortfall said with no number before the count (人员配备不足,
每出现一次扣1分: once named 人员配备, each staffing counted as a fault); an award said with 做得好 (得 the verb's
complement, once the score's 得), with 且 between two requirements, or with 市以上 (once cut at 以上) — 信息预警做得好且无市以上
集体上访的记20分，…每次扣5分 was refused; and the refusals beside them. Scored by
`pingfen score --json` and its workbook recalculated by LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _reads_through_cli, _refused_through_cli, _scored_and_recalculated

RUBRIC_S51_HV = Path(__file__).parent / "data" / "new_readings_rubric_s51_hv.yaml"
EXPECTED_S51_HV = {
    "1.1": ("3", "按时清扫；2处不符合标准：4−2×0.5=3"),
    "1.2": ("0.4", "未落实专人管护扣2；3处各扣0.2：3−2−0.6=0.4"),
    "1.3": ("3.5", "及时清扫；3处：5−3×0.5=3.5"),
    "1.4": ("3", "人员配备不足2次：5−2=3"),
    "1.5": ("11", "未报预警的集访1次扣5，报了预警仍集访2次各扣2：20−5−4=11"),
    "1.6": ("3", "违规支出1笔：4−1=3"),
    "1.7": ("3", "做得一般：3"),
}


def test_s51_hv_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (3 + 0.4 + 3.5 + 3 + 11 + 3 + 3 = 26.9 of 46, 差: 26.9 < 28)."""
    result = _scored_and_recalculated(RUBRIC_S51_HV, EXPECTED_S51_HV, Decimal("26.9"), capsys, tmp_path)
    assert result["grade"] == "差"


@pytest.mark.parametrize("rule, full, canonical", [
    ("每日清扫,全天保洁,\n\n2、无乱排乱放,无污物、无痰迹、无纸屑、瓜壳等。未及时清扫扣5分,每发现一处扣0。5分", "5",
     "未及时清扫的扣5分；不符合“无乱排乱放、无污物、无痰迹、无纸屑、瓜壳等”的，每处扣0.5分；扣完为止"),
    ("楼道无杂物堆放、无乱贴乱画、无积尘。未按时清扫扣3分，每发现一处扣0.5分。", "4",
     "未按时清扫的扣3分；不符合“楼道无杂物堆放、无乱贴乱画、无积尘”的，每处扣0.5分；扣完为止"),
    ("公共区域绿化带无杂草、无白色垃圾，树木无病虫害。未落实专人管护的扣2分；每发现一处扣0.2分，扣完为止。", "3",
     "未落实专人管护的扣2分；不符合“公共区域绿化带无杂草、无白色垃圾、树木无病虫害”的，每处扣0.2分；扣完为止"),
    # the standard first, then the finding: once named by the standard's own words (无乱停乱放的, each orderly place)
    ("车辆停放整齐，无乱停乱放。每发现一处扣1分，未设置停车标线的扣2分。", "5",
     "不符合“车辆停放整齐、无乱停乱放”的，每处扣1分；未设置停车标线的扣2分；扣完为止"),
    # a shortfall with no number before the count: its 不足 kept (once 每有1次人员配备的)
    ("保洁人员配备不足，每出现一次扣1分，扣完为止。", "5", "每有1次保洁人员配备不足的，扣1分，扣完为止"),
    ("信息发布数量不足,每出现一个月扣5分,扣完为止。", "40", "每有1个月信息发布数量不足的，扣5分，扣完为止"),
    ("(2)信息預警記20分,信息預警做得好且無市以上集體上訪的記20分,發生了到市以上集體上訪,但沒有報送信息預警的,每次扣5分;"
     "報送了信息預警,但仍發生到市以上集體上訪的,每次扣2分。", "20",
     "信息预警做得好且无市以上集体上访得20分；发生了到市以上集体上访，但没有报送信息预警的，每次扣5分；"
     "报送了信息预警，但仍发生到市以上集体上访的，每次扣2分；扣完为止"),
    ("资金使用规范且无违规支出的得4分，发现违规支出的，每笔扣1分，扣完为止。", "4",
     "资金使用规范且无违规支出得4分；发现违规支出的，每笔扣1分；扣完为止"),
    ("宣传工作做得好的得5分，做得一般的得3分，做得差的不得分。", "5", "等级得分：宣传工作做得好5分，做得一般3分，做得差0分"),
    ("无市以上通报批评的得3分；被市以上通报批评的，每次扣1分，扣完为止。", "3",
     "无市以上通报批评得3分；被市以上通报批评的，每次扣1分；扣完为止"),
])
def test_s51_hv_readings_through_pingfen_rule(rule: str, full: str, canonical: str) -> None:
    _reads_through_cli(rule, full, canonical)


@pytest.mark.parametrize("rule, full, named", [
    # no standard said before: 每发现一处 of what — the places not swept, or any fault?
    ("未及时清扫扣2分，每发现一处扣0.5分。（5分）", "5", "未及时清扫扣2分"),
    # a line run into the next with no separator: a kind of its own, or one clause wrapped?
    ("地面无垃圾、无积水。未及时清扫扣2分\n每发现一处扣0.5分", "4", "未及时清扫扣2分"),
    # an award at a level joined by 且 beside faults: below 90% is not scored
    ("完成率达到90%且无违规的得4分，发现违规的每次扣1分。", "4", "完成率达到90%且无违规的得4分"),
])
def test_s51_hv_refusals_name_the_clause(rule: str, full: str, named: str) -> None:
    _refused_through_cli(rule, full, named)
