"""Session 33, helper d: a task's quantity completed (任务量 / 任务额 / 任务额度) read as the task completed — the target
reached — and the shares of a task said in words (的一半 / 的三分之二) never dropped into it; the evidence taken with no
other counting (…为准，其它无效) no clause of the rule."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.rules import RuleError, parse_rule
from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S33_D = Path(__file__).parent / "data" / "new_readings_rubric_s33_d.yaml"
EXPECTED_S33_D = {
    "1.1": ("9.3", "930吨/1000吨=93%，未完成任务量，按比例：93%×10=9.3"),
    "1.2": ("16", "4200/5000=84%，少16%为2步（不足一步按一步），每步2分：20−4=16"),
    "1.3": ("5", "300万元/300万元=100%，完成任务额度：5"),
    "1.4": ("4.6", "4000/5000=80%，少20%为2步，每步0.2分：5−0.4=4.6（汇率是括号里的说明，不是所计的比率）"),
    "1.5": ("9.2", "完成92个百分点，每个0.1分：9.2（其他无效只说明以何为准，不是计分语句）"),
}


def test_session33_d_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """任务量 / 任务额度 completed as the target reached, in a threshold with the rest in proportion, in steps both ways,
    in a threshold with nothing below it and in the real row with its exchange-rate note, and points per percentage
    point after the evidence taken (…为准，其他无效): `pingfen score` and the built workbook recalculated by LibreOffice
    give the hand-worked scores and total (9.3 + 16 + 5 + 4.6 + 9.2 = 44.1)."""
    result = _scored_and_recalculated(RUBRIC_S33_D, EXPECTED_S33_D, Decimal("44.1"), capsys, tmp_path)
    assert result["grade"] == "良"  # 44.1 ≥ 40, < 45


@pytest.mark.parametrize("text", ["完成年度任务量的得10分，未完成的按比例扣分。", "完成全年招商引资任务额度的，得20分，否则不得分。",
                                  "完成年度任务额的得5分，否则不得分。"])
def test_task_quantity_completed_is_the_target_reached(text: str) -> None:
    assert parse_rule(text).canonical().startswith("完成率≥目标值得")


@pytest.mark.parametrize("text", ["完成任务的一半得5分", "完成任务量的一半得5分"])
def test_half_a_task_is_never_the_task_completed(text: str) -> None:
    """完成任务的一半得5分 read 完成率≥目标值得5分 (half the task scored 0); now a point the evaluator answers, or refused."""
    try:
        canonical = parse_rule(text).canonical()
    except RuleError:
        return
    assert "目标值" not in canonical and "一半" in canonical


def test_exchange_rate_is_no_label() -> None:
    text = ("完成年初下达的招商引资任务额度(直接利用外资按当时汇率兑换为人民币),记基本分100分。超额完成任务,每增加10%,加计0.2分;"
            "未完成任务,每少10%,扣减0.2分。")
    assert parse_rule(text).canonical().startswith("完成率达到目标值")


@pytest.mark.parametrize("note", ["其它无效", "其他一律无效", "其余不予认可", "其他均不予认定"])
def test_no_other_evidence_is_no_clause(note: str) -> None:
    """…为准，其它无效，每完成任务1个百分点得0.4分 ran 其它无效 into the points per percentage point (refused)."""
    text = f"征缴额以地税划入财政专户数为准，{note}，每完成任务1个百分点得0.4分，共40分。"
    assert parse_rule(text).canonical() == "每完成1%，加0.4分，以40分为限"
