"""Readings of session 48 by helper hd, through the user's entry points: points by how many listed points are met —
the count said with 达到 after it (两项均达到得2分，一项达到得1分), the rungs below the priced ones zeroed (落实一项及以下不得分:
其余不得分 said by its count), 全部 counted by the numbered list before it ((1)…(3)…。要点全部落实得2分，落实2项得1分) — and an
award for a time kept beside faults of content (按时报送的得2分，每发现1处错误扣0.5分: once 全部符合得2分 less the errors, a late
report with no error scoring 2; now ①按时报送（2分） less 0.5 an error, late → 0); progress checkpoints (节点) listed with
their times and levels, each a 评价要点 (每个季度节点达到要求得1分 / 三个节点各1分 / 每季按时完成得1.5分 / 每个节点未达到扣1分
under as many points, a year's end priced apart); and the refusals beside them (a count between the priced and the zeroed
left unpriced, three levels listed for rungs that count two, checkpoints priced for fewer than listed or under more points). Scored by
`pingfen score --json` and its workbook recalculated by LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _refused_through_cli, _scored_and_recalculated

RUBRIC_S48_HD = Path(__file__).parent / "data" / "new_readings_rubric_s48_hd.yaml"
EXPECTED_S48_HD = {
    "1.1": ("1", "两项中一项达到：1分"),
    "1.2": ("1.5", "三项中落实两项：1.5分"),
    "1.3": ("0", "三项中只做到一项（一项及以下）：0分"),
    "1.4": ("2", "(1)(2)(3)三项全部落实：2分"),
    "1.5": ("1", "(1)-(4)四项中落实2项：1分"),
    "1.6": ("2", "①②③三项中符合2项：2分"),
    "1.7": ("1.5", "按时报送得2分，数据错误1处扣0.5分：2-0.5=1.5"),
    "1.8": ("0", "未及时上报，3分不得；无填报错误：0分"),
    "1.9": ("3", "两项均达到：3分"),
    "1.10": ("3", "一、三季度末与年底节点达到，二季度末未达到：1+0+1+1=3"),
}


def test_s48_hd_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (1 + 1.5 + 0 + 2 + 1 + 2 + 1.5 + 0 + 3 + 3 = 15 of 29, 差: 15 < 17)."""
    result = _scored_and_recalculated(RUBRIC_S48_HD, EXPECTED_S48_HD, Decimal("15"), capsys, tmp_path)
    assert result["grade"] == "差"


@pytest.mark.parametrize("rule, full, kind, canonical", [
    # 达到 after the count: how many are reached (once 1项达到 a level compared, the 2项 left unread)
    ("疫苗接种异常反应处置（2分）：疑似预防接种异常反应报告及时率100%、处置率100%，两项均达到得2分，一项达到得1分。", "2",
     "按符合项数计分", "2个评价要点，符合2项得2分；符合1项得1分；其余不得分"),
    # the rungs below the lowest priced count zeroed by their count (once 3项 unread)
    ("高标准农田工程管护（3分）：建立管护制度、落实管护主体、管护经费到位。三项全部落实得3分，落实两项得1.5分，落实一项及以下不得分。", "3",
     "按符合项数计分", "3个评价要点，符合3项得3分；符合2项得1.5分；其余不得分"),
    ("档案管理（3分）：档案齐全、分类规范、按时归档。三项均做到得3分，做到两项得2分，做到一项及以下不得分。", "3",
     "按符合项数计分", "3个评价要点，符合3项得3分；符合2项得2分；其余不得分"),
    # 全部 as many as the numbered points before it (once a grade named 要点全部落实, the met points not taken)
    ("应急预案管理（2分）。要点：(1)预案每年修订；(2)每半年至少开展1次演练；(3)演练有总结评估。要点全部落实得2分，落实2项得1分，其余不得分。", "2",
     "按符合项数计分", "3个评价要点，符合3项得2分；符合2项得1分；其余不得分"),
    ("校园安全管理（4分）：①建立校园安全责任制；②每学期开展应急疏散演练；③校门安保人员配备到位。以上各项均符合得4分，符合2项得2分，其余不得分。",
     "4", "按符合项数计分", "3个评价要点，符合3项得4分；符合2项得2分；其余不得分"),
    # a time kept, and faults of content beside it (once 全部符合得2分, lateness lost)
    ("统计报表报送（2分）：按时报送的得2分，每发现1处数据错误扣0.5分。", "2", "评价要点",
     "评价要点：①按时报送（2分）（符合的要点得相应分值）；每有1处数据错误的，扣0.5分，扣完为止"),
    # what a late report scores written: the zero, the errors off the 2 (as before)
    ("统计报表报送（2分）：按时报送的得2分，每发现1处数据错误扣0.5分；逾期报送的不得分。", "2", "逐项扣分",
     "全部符合得2分，每有1处数据错误的，扣0.5分，扣完为止；如逾期报送，此项不得分"),
    # checkpoints, each a 评价要点 (once refused: 得分没有写明条件 / 3个 / 50% unread)
    ("资金支出进度（4分）：第一季度末支出达到30%、第二季度末达到60%、第三季度末达到90%，每个季度节点达到要求得1分，未达到的该节点不得分；"
     "年底前全部支出完毕得1分。", "4", "评价要点",
     "评价要点：①第一季度末支出达到30%（1分）；②第二季度末达到60%（1分）；③第三季度末达到90%（1分）；④年底前全部支出完毕（1分）"
     "（符合的要点得相应分值，要点中的数值是要点的要求，由评价人判断是否符合）"),
    ("村庄规划编制（2.5分）：第一季度完成30%，第二季度完成60%，第三季度完成90%，年底全部完成。每个季度末实际进度达到要求得0.5分，"
     "年底全部完成得1分。", "2.5", "评价要点",
     "评价要点：①第一季度完成30%（0.5分）；②第二季度完成60%（0.5分）；③第三季度完成90%（0.5分）；④年底全部完成（1分）"
     "（符合的要点得相应分值，要点中的数值是要点的要求，由评价人判断是否符合）"),
    ("春防、秋防集中免疫分别于5月31日、11月30日前完成，每季按时完成得1.5分，未按时完成的该季不得分（3分）。", "3", "评价要点",
     "评价要点：①春防：5月31日前完成（1.5分）；②秋防集中免疫：11月30日前完成（1.5分）"
     "（符合的要点得相应分值，要点中的数值是要点的要求，由评价人判断是否符合）"),
    ("农村危房改造进度（3分）：6月底前开工率达到60%，9月底前竣工率达到80%，11月底前全部竣工验收。每个节点未达到扣1分。", "3", "评价要点",
     "评价要点：①6月底前开工率达到60%（1分）；②9月底前竣工率达到80%（1分）；③11月底前全部竣工验收（1分）"
     "（符合的要点得相应分值，要点中的数值是要点的要求，由评价人判断是否符合）"),
    # lateness itself counted: steps of days late, as before
    ("按时报送的得2分，每逾期1天扣0.5分", "2", "阶梯扣分", "按期完成得2分，每逾期1天扣0.5分，扣完为止"),
])
def test_s48_hd_readings_through_pingfen_rule(rule: str, full: str, kind: str, canonical: str) -> None:
    done = pingfen(rule, "--full", full)
    assert done.returncode == 0 and kind in done.stdout and f"规范写法：{canonical}\n" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, named, reason", [
    # two met, between the three priced and the one zeroed, is written nowhere
    ("河道管护（3分）：管护制度、管护人员、管护经费三项全部落实得3分，落实一项及以下不得分。", "3", "3项全部落实", "符合2项的得分没有写明"),
    # three levels for rungs that count two
    ("公共服务（2分）：覆盖率100%、及时率100%、满意率90%以上，两项均达到得2分，一项达到得1分。", "2", "满意率90%以上", "没有用于计分"),
    # 均达到目标 names no count, 一项达到 no grade: refused as before (both targets unwritten)
    ("垃圾分类工作（4分）：居民参与率、分类准确率均达到目标的得4分，一项达到的得2分。", "4", "1项达到的得2分", "无法识别"),
    # checkpoints: under more points than checkpoints (where do the deductions start?), fewer priced than listed,
    # quarters priced over months
    ("老旧小区改造资金支出进度（5分）：6月底前支出率达到50%，9月底前达到75%，11月底前达到90%，12月31日前达到100%。每个节点未达到扣1分。",
     "5", "6月底前支出率达到50%", "没有用于计分"),
    ("社区老年助餐点建设进度：6月底前完成40%，9月底前完成80%，12月底前全部建成运营。两个节点各1分。", "2", "2个节点各1分", "无法识别"),
    ("项目建设进度（3分）：6月底前完成40%，9月底前完成80%，12月底前全部完成。每个季度节点达到要求得1分。", "3",
     "每个季度节点达到要求得1分", "没有写明条件"),
    # the point's own 足额 short counted beside it: the time award is no point apart from these faults
    ("按时足额发放得3分,未按时足额发放不得分,每少发放1人扣0.5分", "3", "未按时足额发放不得分", "同一种不足"),
])
def test_s48_hd_refusals_name_the_clause(rule: str, full: str, named: str, reason: str) -> None:
    _refused_through_cli(rule, full, named, reason)
