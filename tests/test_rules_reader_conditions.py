"""A leading 未…不得分 before deductions, 不记分 and 如…此项不记分 in words, 发现一起 without 每, a count ladder whose
first rung has no number, 无X / 发生X as one point met or not, a failure said over several clauses before 扣N分 and
各得N分 over requirements named together, deductions only when the award's requirement is missed (gated.py) and two named
rates as two parts
(reader-conditions): a rubric with one leaf per reading scored by `pingfen score --json`, the same rubric built into a
workbook that LibreOffice recalculates to the same values, and each reading's 规范写法 read back to the same rule.
Every expected score is worked by hand below."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.rules import RuleError, evaluate_rule, parse_rule
from pingfen.text.lexicon import tokenize
from pingfen.text.normalize import normalize
from test_rules_new_readings import _scored_and_recalculated

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_reader-conditions.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("1", "委员会已建立；人员变动未及时调整扣2：3−2=1"),
    "1.2": ("0.5", "监督电话已设立；无人接听3次×0.5=1.5：2−1.5=0.5"),
    "1.3": ("0", "未制定应急预案：不得分（扣分情形不再计）"),
    "2.1": ("3", "符合要求记3分，未查实弄虚作假"),
    "2.2": ("1", "违章用火2起×1.5=3：4−3=1"),
    "3.1": ("1.5", "有2个平台：1.5分"),
    "4.1": ("10", "全年无火灾：10分"),
    "4.2": ("0", "发生安全生产事故：不得分"),
    "4.3": ("3", "合理确定安置方式：3分"),
    "5.1": ("2", "建立孵化基地2分，未开发创业项目0分"),
    "6.1": ("3", "培训覆盖率92%未达95%：0；群众满意度95%≥90%：3；合计3"),
    "7.1": ("30", "未达到任务书要求：2个国控断面×5=10，40−10=30"),
    "8.1": ("2", "标题(6分)是分值，不是要求：4小点×1=4，6−4=2"),
    "8.2": ("1.5", "缺1项扣0.5：2−0.5=1.5（不是每项加0.5分）"),
    "8.3": ("2", "评价要点1+0+1=2（不是等级中选一档的1分）"),
}
TOTAL = Decimal("60.5")  # 1+0.5+0 + 3+1 + 1.5 + 10+0+3 + 2 + 3 + 30 + 2+1.5+2


def test_conditions_and_situations(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)


@pytest.mark.parametrize("text, full, cases", [
    # failures = [预案不完整, 未组织演练]; zeroed = 未制定应急预案
    ("未制定应急预案不得分，预案内容不完整的扣1分，未组织演练的扣2分。", 5,
     [({"failures": [0, 0]}, 5), ({"failures": [1, 1]}, 2), ({"failures": [0, 0], "zeroed": True}, 0)]),
    # once 全部符合得0分: the leading 不得分 read as the points earned
    ("未设立监督电话不得分，每发现1次无人接听扣0.5分，扣完为止。", 2,
     [({"failures": 0}, 2), ({"failures": 3}, Decimal("0.5")), ({"failures": 5}, 0), ({"failures": 0, "zeroed": True}, 0)]),
    ("核实对象准确无误，无虚报冒领，记4分，如审计发现虚报冒领且查实的，此项不记分。", 4,
     [({"met": [True]}, 4), ({"met": [False]}, 0), ({"met": [True], "zeroed": True}, 0)]),
    ("辖区内无违规排污现象得4分，发现一起违规排污扣1分", 4, [({"failures": 0}, 4), ({"failures": 2}, 2), ({"failures": 5}, 0)]),
    ("有农民专业合作社,0.5分;有2家,1分;超过2家,1.5分。", Decimal("1.5"),
     [({"actual": "0家"}, 0), ({"actual": "1家"}, Decimal("0.5")), ({"actual": "2家"}, 1), ({"actual": "5家"}, Decimal("1.5"))]),
    ("年内无重大信访事件得3分,出现重大信访事件无分", 3, [({"met": [True]}, 3), ({"met": [False]}, 0)]),
    ("全年无食品安全事故得6分,发生食品安全事故不得分,并实行一票否决", 6, [({"met": [True]}, 6), ({"met": [False]}, 0)]),
    ("按规定公开项目信息的得3分。因信息公开不及时,造成不良影响的,扣3分。", 3, [({"met": [True]}, 3), ({"met": [False]}, 0)]),
    # once one point of 0.5 (各 taken as part of the requirement's words)
    ("有方案和总结各得0.5分。", 1, [({"met": [True, True]}, 1), ({"met": [True, False]}, Decimal("0.5"))]),
    ("县级和乡镇级各得2分，否则不得分", 4, [({"met": [True, True]}, 4), ({"met": [False, True]}, 2)]),
    # once 评价要点 ①有平台（1分）；②有2个以上（2分）, 3 for two or more
    ("有创业孵化基地得1分，有2个以上得2分", 2, [({"actual": "1个"}, 1), ({"actual": "3个"}, 2), ({"actual": "0个"}, 0)]),
    # once bands of one measure (完成率≥90%得3分；85%≤完成率<90%得2分)
    ("完成率达到90%，得3分；满意度达到85%，得2分", 5,
     [({"vars": {"完成率": "92%", "满意度": "80%"}}, 3), ({"vars": {"完成率": "85%", "满意度": "90%"}}, 2)]),
    # once a grade to choose (1 for all three done)
    ("制定工作方案得1分；组织实施得1分；开展年度自查得1分；三项均未开展的不得分", 3,
     [({"met": [True, True, True]}, 3), ({"met": [True, False, True]}, 2)]),
    # once a grade to choose (计划内容完整 → 1, not 2)
    ("有年度工作计划的得1分，计划内容完整的再得1分，没有计划的不得分", 2, [({"met": [True, True]}, 2), ({"met": [True, False]}, 1)]),
    # the deductions only when the requirement is missed (met = 各村均达到标准)
    ("辖区内各村均达到卫生村标准的，得6分；辖区内各村未全部达到卫生村标准的，每1个村未达标扣1分", 6,
     [({"met": [True], "failures": 3}, 6), ({"met": [False], "failures": 2}, 4), ({"met": [False], "failures": 8}, 0)]),
    ("年度监测断面水质达到考核要求的,得20分;年度监测断面水质未达到考核要求的,每1个断面未达标扣4分,最多扣12分。", 20,
     [({"met": [True], "failures": 1}, 20), ({"met": [False], "failures": 4}, 8)]),
    # a heading's points are no requirement gating the deductions (once refused as a gate)
    ("5.台账管理情况(3分)。台账登记过程中未按规定登记,且在登记中要素不规范的每一小点扣0.5分,共3分,扣完为止。", 3,
     [({"failures": 0}, 3), ({"failures": 3}, Decimal("1.5")), ({"failures": 8}, 0)]),
    # once 每1项加0.5分，以2分为限 (缺 and 扣 taken as the unit's words)
    ("档案资料每缺一项扣0.5分，总分2分", 2, [({"failures": 1}, Decimal("1.5")), ({"failures": 0}, 2), ({"failures": 5}, 0)]),
])
def test_readings_and_their_canonical_text(text: str, full: Decimal | int, cases: list) -> None:
    rule = parse_rule(text)
    again = parse_rule(rule.canonical())
    # (a checklist's 规范写法 does not carry its requirement's words, which only name the point: compare without them)
    assert _without_requirements(again.scorer) == _without_requirements(rule.scorer), (rule.canonical(), again.canonical())
    assert again.zeroing == rule.zeroing
    for data, expected in cases:
        assert evaluate_rule(rule, data, Decimal(full)).value == Decimal(str(expected)), (data, expected)
        assert evaluate_rule(again, data, Decimal(full)).value == Decimal(str(expected)), (data, expected)


def test_a_zeroing_situation_never_swallows_points() -> None:
    """无弄虚作假,不循私舞弊记3分,如举报…此项不得分: the 无 of 准确无误 once opened a zeroing situation that ran over 记3分,
    leaving 确认对象准确 to be read as a rule without a method."""
    rule = parse_rule("严格坚持政策口径和申报程序,确认对象准确无误,无弄虚作假,不循私舞弊记3分,如举报有弄虚作假行为且调查属实的,此项不得分。")
    assert rule.zeroing == "举报有弄虚作假行为且调查属实"
    assert evaluate_rule(rule, {"met": [True]}, Decimal(3)).value == 3
    assert evaluate_rule(rule, {"met": [True], "zeroed": True}, Decimal(3)).value == 0


def _without_requirements(scorer: object) -> object:
    return replace(scorer, requirements=()) if hasattr(scorer, "requirements") else scorer  # type: ignore[type-var]


def test_words_that_only_look_like_the_new_tokens() -> None:
    """无分 only ends a clause (not 无分配); 一起 is one case only after 发现/发生 (not 一起开展, 发现问题一起整改)."""
    assert [t.kind for t in tokenize(normalize("出现重大事件无分"))][-1] == "ZERO"
    assert "ZERO" not in [t.kind for t in tokenize(normalize("无分配方案"))]
    assert "1起" in normalize("发现一起违章用火扣2分") and "1起" in normalize("发生一起脱岗扣0.5分")
    assert "1起" not in normalize("与相关部门一起开展检查") and "1起" not in normalize("发现问题一起整改")


@pytest.mark.parametrize("text, clause, reason", [
    ("完成得4分,未完成扣5分", "未完成扣5分", "没有写明是扣完为止"),
    ("按时完成得3分，未按时完成扣4分", "未按时完成扣4分", "多于达到时的得分3分"),
    ("资料齐全记3分，如有缺失的，此项按比例记分。", "如有缺失的，此项按比例记分", "比例如何计算"),
    ("有示范基地,2分;超过2个,3分。", "有示范基地，2分", "得分没有写明条件"),
    ("有示范基地,2分;有2个,3分;有1个以上,4分。", "有1个以上，4分", "重叠"),
    ("未建立台账不得分，记录不及时扣1-2分，台账不完整扣1分", "记录不及时扣1-2分", "扣分区间"),
    ("合理安排资金支出进度的得2分；因支出进度不合理，导致资金沉淀的，扣1分。", "合理安排资金支出进度的得2分", "得分没有写明条件"),
    ("建立制度，开展培训，各得1分", "建立制度，开展培训，各得", "无法分开"),
    ("示范社区各得2分", "示范社区各得2分", "无法分开"),
    ("建立和开发的各得2分,最多得3分", "最多得3分", "无法与之合并"),
    ("制度健全得1分；建立和开发的各得2分", "建立和开发的各得2分", "写在一起"),
    ("每缺一项扣0.5分,最多1分", "最多1分", "得分没有写明条件"),
    ("有1个平台得1分，有3个得2分", "有1个平台得1分", "无法识别其含义"),
    ("有1个平台得1分，有2个得2分", "有1个平台得1分", "上限"),
    # once 按期结案率≥100%得10分: the 95% dropped and the 100% of the other rate applied to this one
    ("按期结案率达95%以上,年终结案率达100%,得10分,否则不得分", "按期结案率达95%以上", "两个指标"),
    ("按期结案率达95%以上的,年终结案率达100%(10分)", "按期结案率达95%以上的", "两个指标"),
    ("完成率达到90%以上，满意度达到85%以上，得5分", "完成率达到90%以上", "两个指标"),
    ("开展活动每季度1次得2分，否则不得分", "开展活动每季度1次得2分", "每季度"),
    ("有方案得1分，有总结得1分，三项均没有的不得分", "3项均没有的不得分", "不一致"),
    ("2分/基", "2分/基", "没有写明是得分还是扣分"),
    ("群众满意度达到90\n2、%以上得5分，每下降1个百分点扣0.5分", "意度达到90 2、%以上得5分", "夹有编号“2、”"),
    ("辖区内无违规排污现象得4分，发现一起违规排污扣1-2分", "发现1起违规排污扣1-2分", "扣分区间"),
    ("全年无火灾得10分,发生火灾扣5分,并实行一票否决", "全年无火灾得10分", "得分没有写明条件"),
    # once the faults alone (2 off with the requirement met)
    ("辖区河道水质达到考核要求的，得10分；辖区河道水质未达到考核要求的，每1处黑臭水体未治理扣2分，每1处排污口未整治扣1分",
     "辖区河道水质未达到考核要求的", "只在未达到该要求时适用"),
])
def test_near_misses_are_refused_naming_the_clause(text: str, clause: str, reason: str) -> None:
    with pytest.raises(RuleError) as error:
        parse_rule(text)
    assert error.value.fragment == clause and reason in str(error.value), str(error.value)
