"""Session 34, helper d: a situation with no amount of its own, then 或 after a comma and the other situation with the
amount (…数据,或上报内容不符合要求的,扣0.5分: one situation); an amount per person said after 按每 (…均按每人0.2扣除: 每人扣0.2分); a counting note in a
closing bracket that also names a kind of what is counted that is not counted at all ((重复播发按1次计分,负面报道不计分)),
with a situation there that may zero the item refused; the assessment's pass mark in points closing a deduction rule
(…,合格分数线暂定为40分) no clause of the rule."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.rules import RuleError, parse_rule
from test_rules_new_readings import _scored_and_recalculated

RUBRIC_S34_D = Path(__file__).parent / "data" / "new_readings_rubric_s34_d.yaml"
EXPECTED_S34_D = {
    "1.1": ("0.6", "2人 × 0.2 = 0.4（按每人0.2扣除即每人扣0.2分）：1 − 0.4 = 0.6"),
    "1.2": ("2", "2人 × 0.5 = 1：3 − 1 = 2"),
    "1.3": ("0.4", "8次 × 0.05 = 0.4（括号是计数说明：重复的按1次、负面报道不计）"),
    "1.4": ("5", "12篇 × 0.5 = 6，最高计5：5"),
    "1.5": ("44", "3个不符合项 × 2 = 6：50 − 6 = 44（合格分数线40分是结果是否合格，不是计分语句）"),
    "1.6": ("2.5", "违法违规3起 × 0.5 = 1.5；未及时上报或上报不符合9起 × 0.5 = 4.5，扣满4分为止 → 4：8 − 1.5 − 4 = 2.5"),
}


def test_session34_d_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The real rows (个人卫生, 公安报刊发消息, 实验室安全管理, 勘察设计管理) and two written neighbours: `pingfen score`
    and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (0.6 + 2 + 0.4 + 5 + 44 + 2.5 = 54.5)."""
    result = _scored_and_recalculated(RUBRIC_S34_D, EXPECTED_S34_D, Decimal("54.5"), capsys, tmp_path)
    assert result["grade"] == "良"  # 54.5 ≥ 54, < 61


@pytest.mark.parametrize(("text", "canonical"), [
    ("迟到、早退的按每人0.5分扣除，扣完为止。", "迟到、早退的，每人扣0.5分；扣完为止"),
    ("台账资料缺失的，按每处1分扣分，最多扣3分。", "台账资料缺失的，每处扣1分；最多扣3分"),
    ("卫生区有纸屑、杂物的，均按每处0.2扣除。", "卫生区有纸屑、杂物的，每处扣0.2分；扣完为止"),
])
def test_amount_per_one_said_after_an_each(text: str, canonical: str) -> None:
    assert parse_rule(text).canonical() == canonical


@pytest.mark.parametrize("text", ["按每节2分计算", "补贴按每人1500元扣除", "未按要求着装的，按每人0.5-1分扣除"])
def test_no_amount_per_one_is_never_a_deduction(text: str) -> None:
    """A rate of points per section (计算, no 扣), money, or a range per person: never rewritten into 每人扣N分."""
    with pytest.raises(RuleError):
        parse_rule(text)


@pytest.mark.parametrize("note", ["(负面报道不计分，同一信息重复采用按1次计)", "(重复采用按1次计,转载不计分)",
                                  "(同一信息重复采用按一次计分)"])
def test_counting_note_is_how_the_count_is_taken(note: str) -> None:
    assert parse_rule(f"每篇信息被采用计0.5分，最高计5分{note}").canonical() == "信息被采用的，每篇得0.5分；合计最多得5分"


@pytest.mark.parametrize(("zero", "named"), [("造假的不计分", "造假的不得分"), ("此项负面报道不计分", "此项负面报道不得分")])
def test_a_zero_beside_the_counting_note_is_refused(zero: str, named: str) -> None:
    """造假的不计分 (a situation, 的) or 此项…不计分 (the item) may zero the whole item: refused, naming it."""
    with pytest.raises(RuleError) as raised:
        parse_rule(f"每篇信息被采用计0.5分，最高计5分(同一信息重复采用按1次计，{zero})")
    assert raised.value.fragment == named


@pytest.mark.parametrize("line", ["合格分数线暂定为40分", "合格线为40分", "及格分数线为36分"])
def test_pass_mark_in_points_is_no_clause(line: str) -> None:
    assert parse_rule(f"每发现1处问题扣2分，扣完为止，{line}。").canonical() == "每有1处问题的，扣2分，扣完为止"


def test_pass_line_as_a_level_stays() -> None:
    """及格线60%：完成率未达60%的不得分 — the line is the rule's level (in %), never dropped."""
    text = "及格线60%：完成率未达60%的不得分，达到的按（完成率－60％）÷（100％－60％）×15计分。"
    assert "60%" in parse_rule(text).canonical()


@pytest.mark.parametrize(("text", "named"), [("缺一个、不合格的，分别扣1分、3分", "分别扣1分、3分"),
                                             ("少建一个、已建但未达标的，扣1分、3分", "扣1分、3分"),
                                             ("未建立制度、计划的，扣1分、2分", "扣1分、2分")])
def test_amounts_listed_after_one_deduction_are_refused(text: str, named: str) -> None:
    """缺一个、不合格的，分别扣1分、3分 read 全部符合得3分，每有1个…扣1分 (one substandard item: 2, not 0): a silent
    misread, now refused naming the amounts."""
    with pytest.raises(RuleError) as raised:
        parse_rule(text)
    assert raised.value.fragment == named


def test_amounts_paired_with_kinds_still_read() -> None:
    text = "被省、市、县督查组巡查发现的火点,每个分别扣10分、5分、3分"
    assert parse_rule(text).canonical().count("每个扣") == 3


@pytest.mark.parametrize("text", ["缺一课时扣2分", "环节不全扣1分,缺一课时扣2分。"])
def test_one_lesson_short_is_refused(text: str) -> None:
    """缺一课时扣2分 deducted 2 once for any number of lessons missing (as 缺一样 is refused: each, or once?)."""
    with pytest.raises(RuleError) as raised:
        parse_rule(text)
    assert raised.value.fragment == "缺一课时"


@pytest.mark.parametrize(("text", "canonical"), [
    ("每发现1起未及时上报数据,或上报内容不符合要求的,扣0.5分,最多扣4分。", "每有1起未及时上报数据或上报内容不符合要求的，扣0.5分，最多扣4分"),
    ("未建立台账,或台账不完整的,扣2分", "未建立台账或台账不完整的扣2分"),
])
def test_two_situations_across_a_comma_are_one(text: str, canonical: str) -> None:
    """…数据,或上报内容不符合要求的,扣0.5分 read 每有1处或上报内容要求的 (不符合 lost): one situation, either way."""
    assert parse_rule(text).canonical() == canonical


def test_or_after_an_amount_stays() -> None:
    """A first situation with its own amount is a kind of its own, never joined to the second."""
    assert parse_rule("未建立台账的扣1分,或台账不完整的扣2分").canonical().startswith("未建立台账的扣1分；")


def test_or_after_a_level_stays_refused() -> None:
    """完成率低于90%,或发生安全事故的,扣2分: a level before 或 is not joined into a situation's name."""
    with pytest.raises(RuleError) as raised:
        parse_rule("完成率低于90%,或发生安全事故的,扣2分")
    assert raised.value.fragment == "完成率低于90%"
