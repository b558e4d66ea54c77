"""Readings of session 52 by helper ie, through the user's entry points: a formula's own points as its highest score said
in other words (得分=系统管理率÷85%×4，超过4分按4分计 / …×6，不超过6分 / …×4计分，封顶4分 / …×8计分，超额完成的按8分计), a
formula clause scored without 按 (实际完成数/计划数×8计分), a plan naming what it counts right before its number
(计划参与接待场次48场, divided by as 计划场次), the share of a printed plan said with 占…比例 and 折算得分, capped at the
heading's points (最高4分 under (4分)), and situations adding once on top of a rule of degrees with the item's total capped at
the base's own top (另加1分，本项得分不超过5分), 按完成率×分值计分 beside a target counted in a unit (指标值：≥20000人次), and a formula deducting from the heading's points with its floor said after it (得分=5－结转结余率/2%，最低为0分).
Scored by `pingfen score --json` and its workbook recalculated by
LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _reads_through_cli, _refused_through_cli, _scored_and_recalculated

RUBRIC_S52_IE = Path(__file__).parent / "data" / "new_readings_rubric_s52_ie.yaml"
EXPECTED_S52_IE = {
    "1.1": ("3.2", "68%÷85%=0.8，×4=3.2（未超过4分）"),
    "1.2": ("8", "50000人次超过计划48000人次：超额完成按8分计"),
    "1.3": ("3", "36/48=0.75，×4=3"),
    "1.4": ("4.8", "96/120=0.8，×6=4.8"),
    "1.5": ("4", "900/800=112.5%，×4=4.5，最高4分→4"),
    "1.6": ("4", "覆盖率90%低10个百分点，2步扣2分得3分；获表扬另加1分=4（不超过5分）"),
    "1.7": ("4.8", "2400/3000=0.8，×6=4.8"),
    "1.8": ("3", "45/60=0.75，×4=3"),
    "1.9": ("4", "16次少4次，2步扣2分得3分；被报道加1分=4（不超过5分）"),
}


def test_s52_ie_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (3.2 + 8 + 3 + 4.8 + 4 + 4 + 4.8 + 3 + 4 = 38.8 of 46, 良: 37 ≤ 38.8 < 41)."""
    result = _scored_and_recalculated(RUBRIC_S52_IE, EXPECTED_S52_IE, Decimal("38.8"), capsys, tmp_path)
    assert result["grade"] == "良"


@pytest.mark.parametrize("rule, full, canonical", [
    # the formula's own 4 said as 超过4分按4分计: the rate counts up to the 85% that gives 4
    ("孕产妇系统管理率（4分）：得分=系统管理率÷85%×4，超过4分按4分计。", "4", "得分=孕产妇系统管理率（超过85%按85%计）/85%×4分"),
    ("残疾人家庭无障碍改造户数（6分）：任务数120户，得分=完成户数/任务数×6，不超过6分。", "6", "目标值为120户，得分=实际值/120×6分，超额完成不加分"),
    # (a clause that is the formula, 按 unsaid; 超额完成的按8分计 the formula's own 8)
    ("居家养老服务人次（8分）：计划服务48000人次，实际完成数/计划数×8计分，超额完成的按8分计。", "8",
     "目标值为48000人次，得分=实际值/48000×8分，超额完成不加分"),
    # (计划场次: the plan named by the thing counted right before its number, 场次 before 48场)
    ("律师参与信访接待（4分）：计划参与接待场次48场，按实际场次/计划场次×4计分，封顶4分。", "4", "目标值为48场，得分=实际值/48×4分，超额完成不加分"),
    ("心理健康讲座（3分）：计划举办讲座场次24场，按实际场次/计划场次×3计分，最高3分。", "3", "目标值为24场，得分=实际值/24×3分，超额完成不加分"),
    # (占计划人数比例 without 的, 折算得分; 最高4分 the heading's 4, the 分值)
    ("气象信息员培训（4分）：计划培训800人，按实际培训人数占计划人数比例折算得分，最高4分。", "4", "标准为800人，得分=实际值占标准的比例×4分"),
    ("人工造林面积（5分）：计划造林2000亩，按实际造林面积占计划面积的比例计分，封顶5分。", "5", "标准为2000亩，得分=实际值占标准的比例×5分"),
    # (another addition's 另 is the addition's own word: once the situation was named 培训工作获省级通报表扬的另)
    ("人民调解员培训（5分）：培训覆盖率100%的得5分，每低5个百分点扣1分，扣完为止；培训工作获省级通报表扬的另加1分，本项得分不超过5分。", "5",
     "培训覆盖率达到100%得5分，每少5%扣1分，扣完为止；培训工作获省级通报表扬的，加1分；本项最高5分"),
    # 按完成率×分值计分 beside a target counted in a unit: the share of that target done (no % anywhere in the text)
    ("数量指标\u300012348热线接听量\u3000指标值：≥20000人次\u3000实际完成值：\u3000分值：5\u3000评分标准：完成指标值得满分；未完成的，按完成率×分值计分",
     "5", "实际值≥20000人次得5分；否则得分=实际值/20000×5分"),
    ("社区居家养老助餐服务（4分）：年度指标值≥12000人次，完成指标值的得4分；未完成的按完成率×分值计分。", "4",
     "实际值≥12000人次得4分；否则得分=实际值/12000×4分"),
    # a formula deducting from the heading's 5, its floor of 0 said after it (the score is never below 0 anyway)
    ("结转结余率（5分）：得分=5－结转结余率/2%，最低为0分。", "5", "得分=5-结转结余率/2%"),
    ("结余资金控制（5分）：得分=5-结余率/3%，扣完为止。", "5", "得分=5-结余率/3%"),
])
def test_s52_ie_readings_through_pingfen_rule(rule: str, full: str, canonical: str) -> None:
    _reads_through_cli(rule, full, canonical)


@pytest.mark.parametrize("rule, full, said", [
    # exceeding the task counts as 8 on an item of 6 whose formula tops at 6: which points hold is not said
    ("残疾人康复服务户数（6分）：任务数120户，得分=完成户数/任务数×6，超额完成的按8分计。", "6", "超额完成的按8分计"),
    # a share capped at 3 under (4分): ×4 capped at 3, or ×3?
    ("气象信息员培训（4分）：计划培训800人，按实际培训人数占计划人数比例折算得分，最高3分。", "4", "最高3分"),
    # the plan printed counts 场次, the formula divides by 计划接待人次, never printed
    ("律师参与信访接待（4分）：计划参与接待场次48场，按实际接待人次/计划接待人次×4计分，封顶4分。", "4", "计划参与接待场次48场"),
    # the base alone reaches 5, above the item's cap of 4
    ("人民调解员培训（5分）：培训覆盖率100%的得5分，每低5个百分点扣1分，扣完为止；培训工作获省级通报表扬的另加1分，本项得分不超过4分。", "5",
     "本项得分不超过4分"),
    # beside a rate's target, 完成率×分值 may be the rate itself times the points or its share of the target
    ("质量指标\u3000疫苗接种率\u3000指标值：≥95%\u3000实际完成值：\u3000分值：5\u3000评分标准：完成指标值得满分；未完成的，按完成率×分值计分",
     "5", "未完成的按完成率×分值计分"),
    # the formula deducts from 6 on an item of 5
    ("结转结余率（5分）：得分=6-结转结余率/2%，最低为0分。", "5", "结转结余率(5分)"),
])
def test_s52_ie_refusals_name_the_clause(rule: str, full: str, said: str) -> None:
    _refused_through_cli(rule, full, f"无法识别的部分：“{said}”")

