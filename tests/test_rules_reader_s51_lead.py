"""Readings of session 51 by the lead, through the user's entry points: each unit's target printed once for all (每库8栋 /
每校计划配备图书2000册 / 每个乡镇年度任务为完成8个行政村治理) is the rows' target — once the printed number was dropped and the
targets entered scored instead (the conservation fuzz's last known gap); an entered target that differs is reported by
校验 (TARGET_CONFLICT), never silently preferred. Scored by `pingfen score --json` and its workbook recalculated by
LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rubric_cli import findings_of
from test_rules_new_readings import _read_back, _reads_through_cli, _scored_and_recalculated

RUBRIC_S51_LEAD = Path(__file__).parent / "data" / "new_readings_rubric_s51_lead.yaml"
EXPECTED_S51_LEAD = {
    # (the 10 entered is not the printed 8: against 10 it would be 1.6 + 1.2 + 0.8 = 3.6)
    "1.1": ("4.5", "每库8栋：东库8/8→2，西库6/8×2=1.5，南库4/8×2=1；合计4.5"),
    "1.2": ("5.5", "每校2000册：一中2，二中1500/2000×2=1.5，三中2400≥2000→2；合计5.5"),
    "1.3": ("2", "基本完成：得分不超过3分，评价人录入2分（在0-3分之内）"),
}


def test_s51_lead_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (4.5 + 5.5 + 2 = 12 of 18, 中: 11 ≤ 12 < 14)."""
    result = _scored_and_recalculated(RUBRIC_S51_LEAD, EXPECTED_S51_LEAD, Decimal("12"), capsys, tmp_path)
    assert result["grade"] == "中"


def test_s51_lead_an_entered_target_other_than_each_units_printed_task_is_reported(capsys: pytest.CaptureFixture[str]) -> None:
    """每库8栋 printed, 10 entered for every 库: scored against 8 (above) and 校验 says so; 2000 entered beside 每校2000册 is
    no conflict."""
    _, findings = findings_of(capsys, str(RUBRIC_S51_LEAD))
    conflicts = [f for f in findings if f["code"] == "TARGET_CONFLICT"]
    assert [f["message"] for f in conflicts] == [
        f"评分标准写明的标准为8栋，数据中“{name}”的目标值为10；已按评分标准计分" for name in ("东库", "西库", "南库")]
    assert all(f["indicator"] == "1.1 粮库仓储设施维修" for f in conflicts)


@pytest.mark.parametrize("rule, full, canonical", [
    ("粮库仓储设施维修（6分）：按东库、西库、南库分别考核，每库2分；完成维修仓房数达到计划（每库8栋）的得2分，未达到的按比例计分。", "6",
     "按库分别考核，每个库2分，每个库目标8栋：完成维修仓房数≥目标值得2分；否则得分=完成维修仓房数/目标值×2分；共3个库，各库得分相加，"
     "本项满分6分"),
    ("各乡镇农村生活污水治理任务完成情况（6分）：每个乡镇年度任务为完成8个行政村治理。按乡镇分别计算完成率，完成率100%的乡镇计满分，"
     "完成率80%（含）-100%的乡镇计该乡镇分值的60%，低于80%的乡镇不计分；各乡镇权重相同，本项得分=各乡镇得分之和。", "6",
     "按乡镇分别考核，每个乡镇目标8个行政村：完成率≥100%得满分；80%≤完成率<100%得分值的60%；完成率<80%不得分；"
     "本项得分为各乡镇得分的平均值，本项满分6分"),
    # a level's score said by its ceiling: the evaluator's, 0 to 3 (once 3 given — the ceiling taken for the score)
    ("重点工作推进（6分）：全面完成的得6分；基本完成的得分不超过3分；未完成不得分。", "6", "全面完成，得6分；基本完成，得0-3分；未完成，得0分"),
    ("整改落实（4分）：全部整改到位的得4分；部分整改的得分不高于2分；未整改的不得分。", "4", "全部整改到位，得4分；部分整改，得0-2分；未整改，得0分"),
    # a 自评表 row with bars whose 分值 cell is an unlabelled 5分 after the blank 完成值 cell (corpus56's misread: read as a band
    # ≥95% → 5 beside steps from an unset target of 100%, 93% scoring 0 — it is 5 − 2 = 3)
    ("质量指标｜文物保护修缮工程验收合格率｜指标值≥95%｜完成值：\u3000｜5分｜评分标准：达到指标值的得满分，未达到的，每低1个百分点扣1分", "5",
     "文物保护修缮工程验收合格率达到95%得5分，每少1个百分点扣1分，扣完为止"),
])
def test_s51_lead_readings_through_pingfen_rule(rule: str, full: str, canonical: str) -> None:
    _reads_through_cli(rule, full, canonical)


@pytest.mark.parametrize("rule, label", [
    ("中选药品采购量完成率≥100%得6分，否则不得分。", "中选药品采购量完成率"),
    ("中小学生近视筛查率≥95%得6分，否则不得分。", "中小学生近视筛查率"),
    ("农村公路优良中等路率≥85%得满分，每低1个百分点扣0.5分，扣完为止。", "农村公路优良中等路率"),
    ("项目实施中实际完成率≥95%得6分，否则不得分。", "实际完成率"),  # (中 as "in": what follows is the measure)
])
def test_s51_lead_a_measure_whose_name_opens_with_zhong_keeps_it(rule: str, label: str) -> None:
    """中 opening a word (中选 / 中小学 / 中等) is the measure's own (once 选药品采购量完成率 / 等路率 in the 规范写法)."""
    done = pingfen(rule, "--full", "6")
    assert done.returncode == 0 and f"规范写法：{label}" in done.stdout, done.stdout + done.stderr


def test_s51_lead_points_right_after_the_target_column_are_refused() -> None:
    """验收合格率 指标值≥95% 5分 … (a row's cells run together, their gaps lost): the target then the 分值, or a band ≥95%
    scoring 5? Refused naming it (once read as that band beside steps from an unset 100%: 93% scored 0)."""
    done = pingfen("验收合格率 指标值≥95% 5分 评分标准：达到指标值的得满分，未达到的，每低1个百分点扣1分", "--full", "5", "--actual", "93%")
    assert done.returncode != 0 and "数值“5分”无法识别其含义" in done.stderr, done.stdout + done.stderr


_ROW = "质量指标｜文物保护修缮工程验收合格率｜指标值≥95%｜完成值：\u3000｜5分｜评分标准：达到指标值的得满分，未达到的，每低1个百分点扣1分"


@pytest.mark.parametrize("varied", ["1、" + _ROW, _ROW.replace("≥95%", "≥百分之九十五"), _ROW.replace("≥95%", "≥ 95 %")])
def test_s51_lead_a_row_not_read_as_a_row_never_makes_its_target_a_band(varied: str) -> None:
    """The same row numbered, its target in words or spaced (the metamorphic variants of the pre-join run): where the row
    reader does not take it, the target's column is never a band scoring the 5分 cell after it (once 93% scored 0)."""
    done = pingfen(varied, "--full", "5", "--actual", "93%")
    assert done.returncode != 0 or "得分：3\n" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule", [
    "能耗下降（6分）：实际下降率/目标下降率×6。", "能耗下降（6分）：计分=实际下降率/目标下降率×6。",
    "能耗下降（6分）：得分计算：实际下降率/目标下降率×6，目标下降率为3%。", "能耗下降（6分）：得分=实际下降率/目标下降率×6。",
])
def test_s51_lead_two_rates_of_a_formula_are_never_the_one_rate_entered(rule: str) -> None:
    """实际下降率/目标下降率×6 with 2.5% entered (and 3% as the target): once read 得分=下降率×6 (the division dropped: 0.15)
    or 2.5%÷2.5%×6 = 6 (both rates bound to the one entered); 2.5/3×6 = 5 is meant. Each rate is entered by its name, or
    the text refused, or the printed 3% the divisor (helper hz's reading) — never a score from one of them."""
    done = pingfen(rule, "--full", "6", "--actual", "2.5%", "--target", "3%")
    assert "得分：5\n" in done.stdout or done.returncode != 0 and ("分别录入" in done.stderr or "无法识别" in done.stderr), \
        done.stdout + done.stderr


@pytest.mark.parametrize("rule, canonical", [
    ("专精特新企业培育（5分）：新认定省级专精特新企业数/年度目标数×5，超过目标不加分。", "得分=新认定省级专精特新企业数/年度目标数×5，最高5分"),
    ("抽查帮扶台账，计分=合格份数/抽查份数×2。", "得分=合格份数/抽查份数×2"),
    ("任务完成率≥95%得满分（5分），低于95%的，给分=完成率÷95%×5。", "任务完成率≥95%得5分；否则得分=任务完成率/95%×5分"),
])
def test_s51_lead_a_formula_whose_points_lack_their_unit(rule: str, canonical: str) -> None:
    """…/…×5 (the 分值 without 分) is a formula, as …/…×5分 is (once refused: 数值“2”无法识别其含义)."""
    done = pingfen(rule, "--full", "5")
    assert done.returncode == 0 and f"规范写法：{canonical}\n" in done.stdout, done.stdout + done.stderr
    _read_back(rule)


def test_s51_lead_a_ratios_change_on_last_year_is_never_the_ratio_itself() -> None:
    """…人数比例较上年提高1个百分点及以上得4分，提高0.5%（含）～1个百分点得2分 (the units mixed): once read 比例≥1%得4分 — a
    ratio of 30% scoring 4 whatever last year's — now refused naming the change; said in spelled 百分点 (提高两个百分点), the
    points the ratio moved, worked from both years' ratios (once the same silent 比例≥2%)."""
    mixed = pingfen("经常参加体育锻炼人数比例（4分）：较上年提高1个百分点及以上得4分，提高0.5%（含）～1个百分点得2分，提高不足0.5%不得分。",
                    "--full", "4")
    assert mixed.returncode != 0 and "较上年提高" in mixed.stderr, mixed.stdout + mixed.stderr
    from pingfen.rules import parse_rule

    spelled = parse_rule("耕地质量等级提升（4分）：优质耕地比例较上年提高两个百分点及以上的得4分，提高一个百分点（含）至两个百分点的得2分，"
                         "提高不足一个百分点的得1分，未提高的不得分。")
    assert spelled.canonical().startswith("优质耕地比例较上年提高点数≥2%得4分；1%≤优质耕地比例较上年提高点数<2%得2分")


def test_s51_lead_the_items_ceiling_stays_a_cap() -> None:
    """本项得分不超过5分 (no level before 得分): the item's cap, never a tier — 6 activities at 1 each score 5."""
    done = pingfen("宣传活动（5分）：每开展1次得1分，本项得分不超过5分。", "--full", "5", "--actual", "6次")
    assert done.returncode == 0 and "得分：5\n" in done.stdout, done.stdout + done.stderr


def test_s51_lead_a_bare_number_after_the_blank_value_cell_is_not_taken_for_the_points() -> None:
    """The same row with the cell 5 (no 分): the value entered in the blank's column, or the 分值? Refused, as before; with
    5分 it scores 93% at 3 (2 points short of 95%)."""
    row = "质量指标｜文物保护修缮工程验收合格率｜指标值≥95%｜完成值：\u3000｜{}｜评分标准：达到指标值的得满分，未达到的，每低1个百分点扣1分"
    done = pingfen(row.format("5分"), "--full", "5", "--actual", "93%")
    assert done.returncode == 0 and "得分：3\n" in done.stdout, done.stdout + done.stderr
    assert pingfen(row.format("5"), "--full", "5", "--actual", "93%").returncode != 0
