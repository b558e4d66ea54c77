"""Readings of session 49 by helper hn (corpus54's first pass), through the user's entry points: a survey's rate said
inside the score (得分=∑(各选项人数×折算比例)/有效问卷数×10 / 得分=(满意人数×1+较满意人数×0.6)/调查总人数×4: the rate and
得分=满意度×N), the plan printed in a sentence after the formula that divides by it (按实际采购数量/计划采购数量×8分计算。计划
采购120台（套）), a band scored 按比例 below a band at 100% (the rate × the top band's points), a cost formula beside its
level within the standard (实际成本不高于标准成本的得4分: what the formula gives, capped), a 比例 divisor with its value in
brackets, a change's target completed (完成年度下降目标3.5%: 下降率达到3.5%) and the other way said by what moves (能耗上升的
不得分: the fall below 0), 未完成的，按…计分 after a comma, a count's range after 完成 (完成50家（含）至100家); and the
refusals beside them. Scored by `pingfen score --json` and its workbook recalculated by LibreOffice; every expected
score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _refused_through_cli, _scored_and_recalculated

RUBRIC_S49_HN = Path(__file__).parent / "data" / "new_readings_rubric_s49_hn.yaml"
EXPECTED_S49_HN = {
    "1.1": ("8.2", "(70×100%+20×60%+10×0)/100=82%，82%×10=8.2"),
    "1.2": ("3.12", "(120×1+60×0.6+20×0)/200=156/200=78%，78%×4=3.12"),
    "1.3": ("6", "90/120=0.75，0.75×8=6"),
    "1.4": ("6.8", "85%在80%-100%：85%×8=6.8"),
    "1.5": ("3", "4×(1-(1250-1000)/1000)=4×0.75=3"),
    "1.6": ("4.8", "32%/40%=0.8，0.8×6=4.8"),
    "1.7": ("3.6", "下降2.1%未完成3.5%：2.1/3.5×6=3.6"),
    "1.8": ("4.5", "75家在50-100家：75/100×6=4.5"),
    "1.9": ("6", "36/30×6=7.2，按分值6分封顶：6"),
}


def test_s49_hn_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (8.2 + 3.12 + 6 + 6.8 + 3 + 4.8 + 3.6 + 4.5 + 6 = 46.02 of 58, 中: 34.8 ≤ 46.02 < 46.4)."""
    result = _scored_and_recalculated(RUBRIC_S49_HN, EXPECTED_S49_HN, Decimal("46.02"), capsys, tmp_path)
    assert result["grade"] == "中"


_PURCHASE = "救援装备采购完成率（8分）：按实际采购数量/计划采购数量×8分计算。计划采购120台（套）。"
_SAMPLING = "食品安全抽检完成率（8分）：完成率100%得满分；完成率≥80%的按比例得分；低于80%的不得分。"
_COST = "抽检经费单位成本（4分）：得分=4×（1-（实际单批次成本-标准成本）/标准成本），实际成本不高于标准成本的得4分，最低0分。"
_ENERGY = "单位工业增加值能耗下降（6分）：完成年度下降目标3.5%的得6分；未完成的，按实际下降率/3.5%×6计分；能耗上升的不得分。"
_FIRMS = "数字化转型企业数（6分）：完成目标100家的得6分，完成50家（含）至100家的按完成数/100×6计分，不足50家不得分。"


@pytest.mark.parametrize("rule, full, actual, score", [
    # the plan in a sentence after the formula (once refused: 120台 used by no reading)
    (_PURCHASE, "8", "96台（套）", "6.4"),
    (_PURCHASE, "8", "150台（套）", "8"),
    ("消防车辆配备（6分）：按实际配备数量/计划配备数量×6分计算。计划配备30辆。", "6", "15辆", "3"),
    # 按比例 below a band at 100% (once refused: 按比例 of what)
    (_SAMPLING, "8", "90%", "7.2"),
    (_SAMPLING, "8", "80%", "6.4"),
    (_SAMPLING, "8", "79%", "0"),
    (_SAMPLING, "8", "100%", "8"),
    ("困难群众救助资金发放率（6分）：发放率100%得满分；发放率90%以上的按比例计分；低于90%的不得分。", "6", "95%", "5.7"),
    # a 比例 divisor with its value in brackets (once refused: (40%) after the formula)
    ("经常参加体育锻炼人数比例（6分）：得分=实际比例/目标比例(40%)×6，最高6分。", "6", "36%", "5.4"),
    ("经常参加体育锻炼人数比例（6分）：得分=实际比例/目标比例(40%)×6，最高6分。", "6", "44%", "6"),
    # a change's target completed, the other way by what moves (once refused: 3.5% read as a level met exactly)
    (_ENERGY, "6", "3.5%", "6"),
    (_ENERGY, "6", "3.6%", "6"),
    (_ENERGY, "6", "2.8%", "4.8"),
    (_ENERGY, "6", "-1%", "0"),
    ("农村居民人均可支配收入增长（6分）：完成增长目标8%的得6分；未完成的，按实际增长率/8%×6计分；收入下降的不得分。", "6", "6%", "4.5"),
    # 未完成的，按…计分: as without the comma (once refused: a formula with no condition)
    ("资金到位率（4分）：到位率达到100%的得4分；未完成的，按到位率×4计分。", "4", "90%", "3.6"),
    # a count's range after 完成 (once refused: 100家 unread, 完成50家 read as ≥50家)
    (_FIRMS, "6", "80家", "4.8"),
    (_FIRMS, "6", "50家", "3"),
    (_FIRMS, "6", "45家", "0"),
    (_FIRMS, "6", "100家", "6"),
    ("高标准农田建设（6分）：完成1万亩以上的得6分；完成5000亩至1万亩的得3分；不足5000亩的不得分。", "6", "8000亩", "3"),
])
def test_s49_hn_readings_through_pingfen_rule(rule: str, full: str, actual: str, score: str) -> None:
    done = pingfen(rule, "--full", full, f"--actual={actual}")
    assert done.returncode == 0 and f"得分：{score}\n" in done.stdout, done.stdout + done.stderr


def test_s49_hn_survey_score_formula_reads_as_the_rate() -> None:
    """得分=∑(各选项人数×折算比例)/有效问卷数×10 and the options' credits listed: the rate of the survey times 10 (once
    refused: ∑ inside the score)."""
    done = pingfen("受益群众满意度（10分）：问卷选项“满意”“基本满意”“不满意”分别按100%、60%、0%折算，得分=∑（各选项人数×折算比例）/有效问卷数×10。",
                   "--full", "10")
    assert done.returncode == 0 and "规范写法：满意、基本满意、不满意分别按100%、60%、0计算满意度；得分=满意度×10分" in done.stdout, \
        done.stdout + done.stderr
    done = pingfen("群众安全感满意度（4分）：问卷按“满意”“较满意”“不满意”分别计1、0.6、0分，得分=（满意人数×1+较满意人数×0.6）/调查总人数×4。",
                   "--full", "4")
    assert done.returncode == 0 and "规范写法：满意、较满意、不满意分别按100%、60%、0计算满意度；得分=满意度×4分" in done.stdout, \
        done.stdout + done.stderr


def test_s49_hn_survey_sum_with_other_credits_is_refused() -> None:
    """The sum's own credits (×0.8) beside others listed (0.6): 较满意 counts 0.6 or 0.8 (50 满意 and 50 较满意 of 100:
    3.2 or 3.6 points) — refused naming the listed credits, as the same two weights are when the rate is defined apart."""
    for scored in ("得分=（满意人数×1+较满意人数×0.8）/调查总人数×4。", "满意度=（满意人数×1+较满意人数×0.8）/调查总人数，得分=满意度×4。"):
        done = pingfen(f"群众安全感满意度（4分）：问卷按“满意”“较满意”“不满意”分别计1、0.6、0分，{scored}", "--full", "4")
        assert done.returncode != 0 and "无法识别的部分：“问卷按“满意”“较满意”“不满意”分别计1、0.6、0分”" in done.stderr, \
            done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, named, reason", [
    # the top band at 95%: 按比例 of 100% or of 95%?
    ("食品安全抽检完成率（8分）：完成率≥95%得满分；完成率≥80%的按比例得分；低于80%的不得分。", "8", "完成率≥80%的按比例得分", "按什么比例"),
    # a band between the share and 100%: of 100%, or of that band's points at its level?
    ("抽检任务完成率（8分）：完成率100%得满分；完成率90%以上的得7分；完成率≥80%的按比例得分；低于80%的不得分。", "8", "完成率≥80%的按比例得分",
     "按什么比例"),
    # two rates: the band's proportion of which?
    ("资金管理（8分）：到位率100%得满分；执行率≥80%的按比例得分；低于80%的不得分。", "8", "执行率≥80%的按比例得分", "按什么比例"),
    # the level within the standard scored at other points than the formula gives there
    (_COST.replace("得4分", "得3分"), "4", "实际成本不高于标准成本的得3分", "计分公式在这一情形下算得的得分不同"),
    # another measure rising: not the fall below 0
    (_ENERGY.replace("能耗上升", "安全事故上升"), "6", "安全事故上升的不得分", "没有写明条件"),
    # two plans after the formula: which one it divides by
    ("救援装备采购完成率（8分）：按实际采购数量/计划采购数量×8分计算。计划采购120台，计划配发100台。", "8", "100台", "没有用于计分"),
])
def test_s49_hn_refusals_name_the_clause(rule: str, full: str, named: str, reason: str) -> None:
    _refused_through_cli(rule, full, named, reason)
