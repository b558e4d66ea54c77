"""Readings of session 48 by the lead (corpus53's first pass), through the user's entry points: an award naming its own
requirement beside its veto's other side under a heading (once ①（6分）, a point with no name), a grade consequence
beyond the item, items checked beside a rate's threshold, a part's rate entered under a shorter name, 扣至0分, grades
in quotes, a checklist's 每少一项 restating each point's points, a point's wording with a period in it, lateness said
before 每, the contract's date as the deadline, the rise the steps count (once explained as a fall deducted), a
deviation in a formula taken by its size (once −5% scored 4.2, capped to full marks), a survey's rate defined by the
options it counts ((非常满意+满意)人数/调查总人数 beside the options listed: counts per option, once refused for credits); and the refusals beside them (a
fault the same failure said again with a degree, steps in % beside levels in ‰). Scored by `pingfen score --json` and
its workbook recalculated by LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _refused_through_cli, _scored_and_recalculated

RUBRIC_S48_LEAD = Path(__file__).parent / "data" / "new_readings_rubric_s48_lead.yaml"
EXPECTED_S48_LEAD = {
    "1.1": ("5", "未发生上述问题：5分"),
    "1.2": ("0", "存在违规情况：该项0分（评价等次的限制不在本项得分中）"),
    "1.3": ("6", "入库验收合格率100%：3；账实相符率98%，少2个百分点扣2：1；台账2、演练未开展0；合计6"),
    "1.4": ("1", "86%较90%少4个百分点，每个扣1分：5-4=1"),
    "1.5": ("5", "良好：5分"),
    "1.6": ("2", "②不符合，每少一项扣1分即各1分的要点：3-1=2"),
    "1.7": ("3", "①②③各1分，④未做到：3"),
    "1.8": ("2", "逾期20天，每10天扣1分：4-2=2"),
    "1.9": ("2", "逾期10天，在1-15天：2分"),
    "1.10": ("1", "较上年增长4%，每增长1%扣0.5分：3-2=1"),
    "1.11": ("3.8", "偏差率−5%按其大小5%：(1-5%)×4=3.8"),
    "1.12": ("9", "免疫密度88%少2个百分点扣1：3；抗体合格率75%≥70%：3；集中免疫按时：3；无疫情；合计9"),
    "1.13": ("6", "满意度=(100+80)/200=90%，在90%（含）～95%：6分"),
}


def test_s48_lead_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (5 + 0 + 6 + 1 + 5 + 2 + 3 + 2 + 2 + 1 + 3.8 + 9 + 6 = 45.8 of 72, 中: 43 ≤ 45.8 < 58)."""
    result = _scored_and_recalculated(RUBRIC_S48_LEAD, EXPECTED_S48_LEAD, Decimal("45.8"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, full, actual, score", [
    ("居民电子健康档案建档率（5分）：建档率≥90%得5分，每降低1个百分点扣1分，扣至0分。", "5", "80%", "0"),
    ("“三公”经费控制（3分）：较上年下降的得3分，每增长1%扣0.5分。", "3", "-5%", "3"),
    ("预算编制准确性（4分）：得分=（1-偏差率）×4。", "4", "5%", "3.8"),
    ("预算编制准确性（4分）：得分=（1-偏差率）×4。", "4", "-5%", "3.8"),
    # (a step said after 逾期的 / 超出合同工期的, counted in days entered)
    ("维修工程（4分）：按期完工的得4分；逾期的每10天扣1分，扣完为止。", "4", "30天", "1"),
])
def test_s48_lead_readings_through_pingfen_rule(rule: str, full: str, actual: str, score: str) -> None:
    done = pingfen(rule, "--full", full, f"--actual={actual}")
    assert done.returncode == 0 and f"得分：{score}\n" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, named, reason", [
    # the same failure said again with how far it went: added, or the larger instead? (once two kinds added up)
    ("轮换计划执行（5分）：按计划完成轮换的得5分，轮换延期的扣2分，轮换延期超过1个月的扣3分。", "5", "轮换延期超过1个月", "也已发生"),
    ("轮换计划执行（5分）：轮换延期的扣2分，轮换延期30天以上的扣3分。", "5", "轮换延期30天以上", "也已发生"),
    # levels in ‰, steps in %: ten times apart (once 5‰ lost 0.2 of a step)
    ("有害生物成灾率（4分）：成灾率控制在3‰以下的得4分，每超过1%扣1分，扣完为止。", "4", "每超过1%扣1分", "相差十倍"),
    # 每少一项 deducting other than the points each item is worth: still not joined
    ("①明确招待标准，1分；②车辆定点维护，2分；③制定管理办法，1分，每少一项扣1分。", "4", "每少1项扣1分", "无法与之合并"),
])
def test_s48_lead_refusals_name_the_clause(rule: str, full: str, named: str, reason: str) -> None:
    _refused_through_cli(rule, full, named, reason)


def test_s48_lead_unrelated_faults_still_add_up() -> None:
    """资料不全 and 资料不全且逾期 are not one failure said again with a degree: still faults of their own kinds."""
    done = pingfen("资料报送（5分）：资料不全的扣1分，资料不全且逾期的扣3分。", "--full", "5")
    assert done.returncode == 0 and "分情形扣分" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, canonical", [
    ("示范社运营质量（10分）：好（≥8分）；较好（6分≤得分<8分）；一般（3分≤得分<6分）；差（<3分）。",
     "好，得8-10分；较好，得6-8分；一般，得3-6分；差，得0-3分"),
    ("生态护林员履职成效（10分）：优（9-10分），良（7-8分），中（5-6分），差（5分以下）。", "优，得9-10分；良，得7-8分；中，得5-6分；差，得0-5分"),
])
def test_s48_lead_tiers_said_as_bounds(rule: str, canonical: str) -> None:
    """A tier's range said as a bound (差（5分以下）, 较好（6分≤得分<8分）, 好（≥8分） under its heading's 10分): the range the
    evaluator's score must lie in, chained as 9-10分 ranges are (once refused: a tier with no range)."""
    done = pingfen(rule, "--full", "10")
    assert done.returncode == 0 and f"规范写法：{canonical}\n" in done.stdout, done.stdout + done.stderr


def test_s48_lead_veto_said_with_its_period_zeroes_the_whole() -> None:
    """年度内发生安全事故的，本项不得分 after numbered parts: the veto of the whole indicator (once a grade of the last part
    beside its award — an accident with the rate met scored the rate's 3 points)."""
    done = pingfen("（1）执行率达到100%的得3分，每低1个百分点扣0.5分；（2）建立制度的得4分。年度内发生安全事故的，本项不得分。", "--full", "7")
    assert done.returncode == 0 and "如年度内发生安全事故，此项不得分" in done.stdout and "等级得分" not in done.stdout, \
        done.stdout + done.stderr


def test_s48_lead_award_with_a_requirement_more_than_the_vetos_other_side() -> None:
    """无违规情况且资料齐全的得6分 beside 存在违规情况的本项不得分: the award asks for more than the veto's absence (资料齐全), so it
    stays a point ticked — never the 6 points whenever no violation is found (as 无虚列支出、截留挪用等违规情况的得6分 is)."""
    done = pingfen("无违规情况且资料齐全的得6分；存在违规情况的，本项不得分。", "--full", "6")
    assert done.returncode == 0 and "①无违规情况且资料齐全（6分）" in done.stdout, done.stdout + done.stderr
    done = pingfen("资金使用合规性（6分）：无虚列支出、截留挪用等违规情况的得6分；存在违规情况的，该项得0分，且评价等次不得为优。", "--full", "6")
    assert done.returncode == 0 and "符合规定的，得6分；如存在违规情况，此项不得分" in done.stdout, done.stdout + done.stderr
