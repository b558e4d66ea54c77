"""Readings of session 52 by helper ig, through the user's entry points: a veto whose consequences reach beyond the item
(整体评价结果直接定为“差” / 并相应扣回资金 / 本项及“项目效益”一级指标全部不得分 / 本项0分) with its 一票否决 said in the heading
((10分，一票否决) / (一票否决项，5分)) and the place or the finding before the situation (本县发生… / 经查实存在…); grades
paired with their points by 对应 (综合评定为好、较好、一般、差，对应6分、4分、2分、0分); a bonus item headed 加分指标（最高3分） or
附加分（封顶2分）, its cap after the note on how the additions add up; points listed under 分项得分： and a closing
制度每缺1项扣对应分值; parts where two rates each have their method (a failing side's points a method too) beside two items
checked, joined into one checklist; points by how many of the listed points are met (在①…④四项中，完成三项及以上的得6分，
完成两项得4分…均未完成不得分). Scored by `pingfen score --json` and its workbook recalculated by LibreOffice; every
expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _reads_through_cli, _refused_through_cli, _scored_and_recalculated

RUBRIC_S52_IG = Path(__file__).parent / "data" / "new_readings_rubric_s52_ig.yaml"
EXPECTED_S52_IG = {
    "1.1": ("5", "未查实骗取套取：5分（并相应扣回资金不在本项得分中）"),
    "1.2": ("0", "本县发生规模性返贫：本指标不得分，0分（整体评价结果定为差不在本项得分中）"),
    "1.3": ("5", "未发生较大及以上安全生产事故：5分"),
    "1.4": ("4", "综合评定为较好：对应4分"),
    "1.5": ("2", "省级、市级都推广，按最高一项计：省级2分（不是2+1=3）"),
    "1.6": ("2", "县级3次×0.5=1.5，市级及以上1次×1=1，共2.5，封顶2分"),
    "1.7": ("4", "网格员配备到位（1分）未符合：1+2+1=4"),
    "1.8": ("4.5", "缺政府采购管理制度：6-1.5=4.5"),
    "1.9": ("4", "编报覆盖率80%少20个百分点扣2分得1；监控2；自评覆盖率95%未达到100%得1；未应用0：1+2+1+0=4"),
    "1.10": ("5", "签约率95%少5个百分点扣1分得1；档案1；履约率92%≥90%得2；回访1：1+1+2+1=5"),
    "1.11": ("4", "四项中完成入户坡道、门铃闪光提示两项：4分"),
}


def test_s52_ig_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (5 + 0 + 5 + 4 + 2 + 2 + 4 + 4.5 + 4 + 5 + 4 = 39.5 of 64, 中: 38 ≤ 39.5 < 51)."""
    result = _scored_and_recalculated(RUBRIC_S52_IG, EXPECTED_S52_IG, Decimal("39.5"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, full, canonical", [
    # consequences beyond the item after its zero: the evaluation's result, the money recovered, other indicators zeroed
    ("资金安全（5分）：未发生骗取、套取专项资金情形的得5分；经查实存在骗取套取的，本项0分，并相应扣回资金。", "5",
     "符合规定的，得5分；如经查实存在骗取套取，此项不得分"),
    ("防止规模性返贫（10分，一票否决）：未发生规模性返贫的得10分；本县发生规模性返贫的，本指标不得分，整体评价结果直接定为“差”。", "10",
     "符合规定的，得10分；如本县发生规模性返贫，此项不得分"),
    ("建筑施工安全（一票否决项，5分）：全年未发生较大及以上安全生产事故的得5分；发生的，本项及“项目效益”一级指标全部不得分。", "5",
     "符合规定的，得5分；如发生较大及以上安全生产事故，此项不得分"),
    ("耕地地力补贴发放（6分）：未发生冒领、虚报补贴资金情形的得6分；经查实存在冒领虚报的，本项0分，并追回资金。", "6",
     "符合规定的，得6分；如经查实存在冒领虚报，此项不得分"),
    # (4分，一票否决) over a requirement of its own: the heading's note the body's zero, never a 评价要点 ①人影作业安全（4分）
    ("人影作业安全（4分，一票否决）：全年未发生作业安全事故的得4分；发生人员伤亡事故的，本项不得分并取消年度评优资格。", "4",
     "评价要点：①全年未发生作业安全事故（4分）（符合的要点得相应分值）；如发生人员伤亡事故，此项不得分"),
    # grades paired by 对应 (综合评定为 names nothing graded: no clause of its own, once the evaluator's judgement beside them)
    ("林业有害生物防治效果（6分）：综合评定为好、较好、一般、差，对应6分、4分、2分、0分。", "6", "等级得分：好6分，较好4分，一般2分，差0分"),
    ("课题结题质量（5分）：专家评审结论为优秀、良好、合格、不合格，对应5分、4分、3分、0分。", "5",
     "等级得分：优秀5分，良好4分，合格3分，不合格0分"),
    # a bonus heading's cap, and the note on how the additions add up kept with them
    ("加分指标（最高3分）：衔接资金使用管理机制创新做法被国家层面推广的加3分，被省级推广的加2分，被市级推广的加1分（按最高一项计）。", "3",
     "衔接资金使用管理机制创新做法被国家层面推广的，加3分；被省级推广的，加2分；被市级推广的，加1分；以上加分中只取最高一档"),
    ("附加分（封顶2分）：工作经验被县级媒体宣传的每次加0.5分，被市级及以上媒体宣传的每次加1分。", "2",
     "工作经验被县级媒体宣传的，每次得0.5分；被市级及以上媒体宣传的，每次得1分；合计最多得2分"),
    # the points of the parts listed under their label; each point missed losing its own points, said again
    ("网格化服务管理制度（5分）：分项得分：网格划分科学合理1分，网格员配备到位1分，网格事项准入清单2分，考核激励办法1分。", "5",
     "评价要点：①网格划分科学合理（1分）；②网格员配备到位（1分）；③网格事项准入清单（2分）；④考核激励办法（1分）（符合的要点得相应分值）"),
    ("管理制度健全性（6分）：①预算管理制度，1.5分；②收支管理制度，1.5分；③政府采购管理制度，1.5分；④合同管理制度，1.5分。制度每缺1项扣对应分值。",
     "6", "评价要点：①预算管理制度（1.5分）；②收支管理制度（1.5分）；③政府采购管理制度（1.5分）；④合同管理制度（1.5分）（符合的要点得相应分值）"),
    # two rates, each with its method (未达到100%的得1分 a method too), beside two items checked: one checklist among them
    ("绩效管理工作（10分）：（1）绩效目标编报覆盖率100%得3分，每低10个百分点扣1分；（2）开展绩效运行监控的得2分；（3）绩效自评覆盖率100%得3分，"
     "未达到100%的得1分；（4）评价结果应用于预算安排的得2分。", "10",
     "(1)绩效目标编报覆盖率达到100%得3分，每少10%扣1分，扣完为止。(2)评价要点：①开展绩效运行监控（2分）；②评价结果应用于预算安排（2分）"
     "（符合的要点得相应分值）。(3)绩效自评覆盖率≥100%得3分；否则得1分"),
    # how many of the listed points are met, the first count holding from it up (once bands on a count entered, the
    # none-met sentence refused)
    ("家庭无障碍改造内容（6分）：在①入户坡道、②卫生间扶手、③厨房操作台改造、④门铃闪光提示四项中，完成三项及以上的得6分，完成两项得4分，"
     "完成一项得2分，均未完成不得分。", "6", "4个评价要点，符合4项得6分；符合3项得6分；符合2项得4分；符合1项得2分；其余不得分"),
    ("校园安全设施配备（4分）：①视频监控；②一键报警装置；③门卫室；④防冲撞设施。落实三项及以上的得4分，落实两项得2分，落实一项得1分，"
     "均未落实不得分。", "4", "4个评价要点，符合4项得4分；符合3项得4分；符合2项得2分；符合1项得1分；其余不得分"),
])
def test_s52_ig_readings_through_pingfen_rule(rule: str, full: str, canonical: str) -> None:
    _reads_through_cli(rule, full, canonical)


@pytest.mark.parametrize("rule, full, said", [
    # the heading's 一票否决 with no situation the text zeroes: which one, and the item's or the whole assessment's? (once
    # the heading a 评价要点 of its own, ①安全生产（5分） beside ②…（5分）, 10 of 5)
    ("安全生产（5分，一票否决）：建立安全生产责任制的得5分。", "5", ("安全生产(5分,一票否决)", "标题写明“一票否决”")),
    ("防止规模性返贫（10分，一票否决）：未发生规模性返贫的得10分。", "10", ("防止规模性返贫(10分,一票否决)", "标题写明“一票否决”")),
    # what the item scores when found is not said (扣回资金 alone: money, no points)
    ("资金安全（5分）：未发生骗取、套取专项资金情形的得5分；经查实存在骗取套取的，扣回资金。", "5", ("无法识别",)),
    # 省级、市级 may both be had: added (5) or the higher (3)? No grades said
    ("推广层级（3分）：省级、市级对应3分、2分。", "3", ("省级、市级对应3分、2分",)),
    # the parts' points (4) are not the heading's 5
    ("档案管理（5分）：分项得分：档案室设置规范1分，档案目录齐全1分，借阅登记完整2分。", "5", ("档案管理(5分)",)),
    # two of the four done priced nowhere
    ("适老化改造（6分）：①地面防滑；②扶手安装；③照明改造；④紧急呼叫。完成3项及以上的得6分，完成1项得2分。", "6",
     ("完成1项得2分", "符合2项的得分没有写明")),
])
def test_s52_ig_refusals_name_the_clause(rule: str, full: str, said: tuple[str, ...]) -> None:
    _refused_through_cli(rule, full, *said)


def test_s52_ig_the_count_of_listed_points_met_may_be_entered() -> None:
    """The listed points' count entered (3项) scores as ticking three of them: 6 of 6; 1项 scores 2."""
    from test_cli_rule import rule_in_process as pingfen

    rule = ("家庭无障碍改造内容（6分）：在①入户坡道、②卫生间扶手、③厨房操作台改造、④门铃闪光提示四项中，完成三项及以上的得6分，"
            "完成两项得4分，完成一项得2分，均未完成不得分。")
    for entered, score in (("3项", "6"), ("1项", "2")):
        done = pingfen(rule, "--full", "6", "--actual", entered)
        assert done.returncode == 0 and f"得分：{score}\n" in done.stdout, done.stdout + done.stderr
