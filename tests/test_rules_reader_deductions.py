"""Kinds of fault and items scored whole (session 12, reader-deductions): a rubric with one leaf per reading scored by
`pingfen score --json`, the same rubric built into a workbook that LibreOffice recalculates to the same values, and
each reading's 规范写法 read back to the same rule. Every expected score is worked by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.rules import RuleError, evaluate_rule, parse_rule
from test_rules_new_readings import _scored_and_recalculated

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_reader-deductions.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("1.5", "迟交月报2次×0.5=1，迟交其它材料1次×0.2=0.2，漏报数据3个×0.1=0.3：3−1.5=1.5"),
    "1.2": ("8", "死亡1-2人的事故1起×4：12−4=8"),
    "1.3": ("3", "专职安全员不少于2人（未扣），未持证上岗扣1：4−1=3"),
    "1.4": ("1", "未按期开工2个项目×0.5=1，未按期竣工1个项目×1=1：3−2=1"),
    "1.5": ("3", "缺少资料或错填项目共4处×0.5=2：5−2=3"),
    "1.6": ("5", "单次成灾100亩以上2次×5=10：15−10=5"),
    "2.1": ("0", "未制定方案，扣3分即该要点的3分：0"),
    "2.2": ("3", "两项完成一项，每项3分：3"),
    "2.3": ("3", "制定3项制度×1=3，未超过最高4分"),
    "2.4": ("4", "三项中符合两项，每项2分：4"),
}
TOTAL = Decimal("31.5")  # 1.5+8+3+1+3+5 + 0+3+3+4


def test_kinds_of_fault_and_whole_items(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)


@pytest.mark.parametrize("text, full, data, expected", [
    # what is late named after the count; 其它材料 one of the kinds (not 否则)
    ("迟交1次月报扣0.5分,迟交1次其它材料扣0.2分,每漏报1个数据扣0.1分", 3, {"failures": [1, 2, 0]}, "2.1"),
    ("缺1次扣2分,迟报1次扣1分", 5, {"failures": [2, 0]}, "1"),
    # the levels (人) sort the occurrences (起), which are counted
    ("1.发生较大安全事故死亡3-5人的,每起扣5分;死亡6-9人的,每起扣10分。命案造成3-4人死亡的,每起扣5分。", 20,
     {"failures": [0, 1, 1]}, "5"),
    # a requirement on a count, and the fault that is that requirement unmet
    ("(一)县级机构专项编制不少于3人,少于3人的扣2分,人员不到位的扣2分", 4, {"failures": [1, 0]}, "2"),
    ("(二)区级机构编制不少于2人,编制内部调剂的扣1分,人员少于2人的扣1分", 2, {"failures": [1, 1]}, "0"),
    # each 项目 counted in the situation said before it (a year in a document's title is no number of the rule)
    ("(1)火电厂未按省政府《2009年度减排工作意见》要求完成脱硫工程的,每个项目扣减0.2分;(2)工程减排项目未能如期完成的,"
     "每个项目扣减0.05分。", 2, {"failures": [1, 2]}, "1.7"),
    ("台账资料齐全的,计5分;每缺少一份资料或错填一个项目,扣0.5分,扣完为止。", 5, {"failures": 12}, "0"),
    # bonus withheld in 元 is outside the score; a kind's situation is every clause before its 每次扣…
    ("工作出现差错造成不良影响的,每件扣2分,扣除当月考核奖50元。不按时报送材料,影响工作进度的,每次扣1分,扣除当月考核奖20元。", 10,
     {"failures": [2, 3]}, "3"),
    ("路面完好畅通;公路沿线设施完整,无破损;路面标志标线完好清晰;沿路绿化无明显缺损,补种修剪及时;路面及沿线两侧干净整洁,"
     "无废品垃圾。(每一项得 5 分)", 25, {"met": [True, False, True, True, False]}, "15"),
    ("1. 成立生活垃圾分类领导小组,(5分);未成立领导小组的,扣5分。", 5, {"met": [False]}, "0"),
    # each fire that meets the level (单起), counted; which fires, said before
    ("根据《大田县森林防灭火指挥部工作规则》各职能单位因履职不到位引发森林火灾的,单起受害面积30亩以上的扣10分,扣完为止。", 40,
     {"failures": 5}, "0"),
    ("每完成一项得2分,反之,不得分。以年终考核为依据。", 4, {"met": [True, True]}, "4"),
    ("3)日常管理制度。围绕青年文明号创建工作制定业务培训制度、技能比武制度等,每制定1项制度得2分,最高8分。", 8,
     {"actual": "5项"}, "8"),
])
def test_readings_and_their_canonical_text(text: str, full: int, data: dict, expected: str) -> None:
    rule = parse_rule(text)
    again = parse_rule(rule.canonical())
    assert again.scorer == rule.scorer, rule.canonical()
    for read in (rule, again):
        assert evaluate_rule(read, data, Decimal(full)).value == Decimal(expected), (read.canonical(), data)


def test_a_requirement_keeps_its_subject_in_the_fault() -> None:
    rule = parse_rule("(一)县级机构专项编制不少于3人,少于3人的扣2分,人员不到位的扣2分")
    assert rule.canonical().startswith("县级机构专项编制少于3人的扣2分；")


def test_bonus_withheld_is_no_part_of_the_rule_and_situations_are_whole() -> None:
    rule = parse_rule("工作配合协调不力,遇事推诿而贻误工作造成不良影响的,每件次扣5分,扣除当月考评奖20元及年终目标管理奖50元。"
                      "服务态度差,被群众有效投诉的,每件次扣10分,扣除当月考评奖50元。")
    assert rule.canonical() == ("工作配合协调不力，遇事推诿而贻误工作造成不良影响的，每件次扣5分；"
                                "服务态度差，被群众有效投诉的，每件次扣10分；扣完为止")
    assert evaluate_rule(rule, {"failures": [1, 1]}, Decimal(20)).value == 5  # 20−5−10


def test_two_things_counted_are_no_levels_of_one_count() -> None:
    """迟交1次以上报表扣0.5分，迟交1次其它资料扣0.3分: once read as one count (实际值≥1次扣0.5分, each time over 1 −0.3)."""
    rule = parse_rule("迟交1次以上报表扣0.5分,迟交1次其它资料扣0.3分")
    assert rule.kind == "fault_kinds"
    assert evaluate_rule(rule, {"failures": [1, 2]}, Decimal(3)).value == Decimal("1.9")  # 3−0.5−0.3×2


def test_what_is_missing_stays_in_the_canonical_text() -> None:
    """每缺失一项内容 was written back as 每有1项内容的 (as if each item of content present deducted)."""
    rule = parse_rule("评价报告严格按照提纲撰写的,计8分;评价报告每缺失一项内容,扣1分,扣完为止。")
    assert "每有1项评价报告缺失内容的，扣1分" in rule.canonical()  # (the words before the count kept: session 32)
    assert parse_rule(rule.canonical()).scorer == rule.scorer


def test_missed_alone_is_still_a_shortfall_against_a_target() -> None:
    """缺1次扣1分 alone names no kind: it stays the steps reading (short of a target), as before."""
    assert parse_rule("缺1次扣1分").kind == "steps"


@pytest.mark.parametrize("text, clause", [
    ("培训出勤不足10人的,每次扣1分;不足5人的,每次扣2分", "不足5人的，每次扣2分"),
    ("专职安全员不少于3人,少于2人的扣3分,未持证上岗的扣1分", "少于2人的扣3分"),
    ("每缺少一份资料或错填两个项目,扣0.5分", "每缺少1份资料或错填2个项目，扣0.5分"),
    ("(1)项目未按期开工的,每个项目扣0.5分;(2)项目未按期开工的,每个项目扣1分。", "每个项目扣1分"),
    ("未落实的扣2分,该项可负分", "该项可负分"),
    ("每项扣2分", "每项扣2分"),  # once read as 2 per point met
    ("单次损失5万元以上的扣2分,单次损失3万元以上的扣1分,扣完为止", "单次损失3万元以上的扣1分"),
    ("缺勤超过三分之一的不得分,否则得5分", "3分之一"),  # once read as 缺勤>3% 不得分
    ("未按时报送的,每次扣1分,最多扣3分;报送内容不全的,每次扣0.5分", "最多扣3分"),  # once the cap of all deductions
    ("资料齐全得5分,每缺一项扣1分,缺三项以上不得分", "缺3项以上不得分"),  # once 实际值≥3项不得分: 5 of 5 present → 0
    ("超出预算10%以内扣1分,超出10%以上扣3分", "超出10%以上扣3分"),  # once 实际值>10%: 95 of 100 budget lost 3
    ("路面占用宽度三分一以上的,每处扣1分", "3分一"),
    ("台账完整;制度健全达到90%以上。(每一项得2分)", "制度健全达到90%以上，(每1项得2分)"),
])
def test_near_misses_are_refused_naming_the_clause(text: str, clause: str) -> None:
    with pytest.raises(RuleError) as error:
        parse_rule(text)
    assert error.value.fragment == clause
