"""Readings of session 52 by helper ic, through the user's entry points: a table's requirement cells with each one's
points after it — on a line of their own (门口走廊不得有垃圾\\n5分\\n…) or behind a colon at the line's end (…:6分\\n…:4分) —
read as 评价要点, the heading cells (the item's name, its method, its 分值 when it is their sum) set apart; and a 评价要点
whose failure zeroes the whole item (1、计划全部落实,得8分…3、计划未全部落实,本项指标不得分), answered once by the point's
own met (once refused: asked apart, the plan unmet with the situation unanswered scored the bands). Scored by `pingfen
score --json` and its workbook recalculated by LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _reads_through_cli, _refused_through_cli, _scored_and_recalculated

RUBRIC_S52_IC = Path(__file__).parent / "data" / "new_readings_rubric_s52_ic.yaml"
EXPECTED_S52_IC = {
    "1.1": ("3", "标识牌公示 2 + 服务台账 1（值班值守未落实）= 3"),
    "1.2": ("7", "管理制度 4 + 公开分配结果 3（凭证不齐）= 7"),
    "1.3": ("2", "借阅登记 2（未按时开放）= 2；分值格 5 = 3 + 2"),
    "1.4": ("6", "数据库系统 6（平台未畅通运转）= 6；分值格 10 = 6 + 4"),
    "2.1": ("0", "未制定年度培训计划：本项不得分（不是 2 + 1 = 3）"),
    "2.2": ("5", "管理办法 3 + 到位率 95% 在 90%（含）-100% 得 2 = 5"),
    "2.3": ("12", "计划全部落实 8 + 整合规模 25%（20%以上）4 = 12"),
    "2.4": ("2", "领导小组 1 + 工作例会 1（分工未明确）= 2"),
}


def test_s52_ic_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (3 + 7 + 2 + 6 + 0 + 5 + 12 + 2 = 37 of 59, 中: 35 ≤ 37 < 47)."""
    result = _scored_and_recalculated(RUBRIC_S52_IC, EXPECTED_S52_IC, Decimal("37"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, full, canonical", [
    # the points on a line of their own after each requirement, the heading's name and 分值 (20 = 5 + 2 + …) first
    ("卫生要求\n(7分)\n门口走廊不得有垃圾，不得摆放衣物\n5分\n门框、门上窗需擦洗干净\n2分", "7",
     "评价要点：①门口走廊不得有垃圾，不得摆放衣物（5分）；②门框、门上窗需擦洗干净（2分）（符合的要点得相应分值）"),
    # behind a colon, the name, method and 分值 cells first (once the first line's 6分 was read as a heading over the rest)
    ("建立社区信息化管理平台\n查阅资料\n10\n建立各类基本数据库系统,形成智能化的管理工作平台:6分\n实现社区网格化信息管理平台畅通和高效运转:4分", "10",
     "评价要点：①建立各类基本数据库系统，形成智能化的管理工作平台（6分）；②实现社区网格化信息管理平台畅通和高效运转（4分）"
     "（符合的要点得相应分值）"),
    # a point unmet said again as the zeroing situation: the point's own answer (read back through 如…，此项不得分)
    ("制定实施方案得2分；方案经审批得3分；未制定实施方案的，本项不得分", "5",
     "评价要点：①制定实施方案（2分）；②方案经审批（3分）（符合的要点得相应分值）；如未制定实施方案，此项不得分"),
    ("1、重点县制定的资金整合计划全部落实,得8分。\n2、重点县整合资金规模占年度总投资的30%以上、20%以上和10%以上,分别得6分、4分和2分。\n"
     "3、重点县制定的资金整合计划未全部落实,本项指标不得分。", "14",
     "(1)评价要点：①重点县制定的资金整合计划全部落实（8分）（符合的要点得相应分值）。(2)完成率≥30%得6分；20%≤完成率<30%得4分；"
     "10%≤完成率<20%得2分；如重点县制定的资金整合计划未全部落实，此项不得分"),
])
def test_s52_ic_readings_through_pingfen_rule(rule: str, full: str, canonical: str) -> None:
    _reads_through_cli(rule, full, canonical)


@pytest.mark.parametrize("rule, full, said", [
    # the heading cell's 分值 is not the sum of the points under it (10 vs 5 + 2): out of 10 or out of 7?
    ("卫生要求\n(10分)\n地面干净无杂物，墙面无污渍\n5分\n门窗玻璃擦拭干净无灰尘\n2分", "10", ("门窗玻璃擦拭干净无灰尘",)),
    ("农家书屋管理\n查阅台账、实地查看\n8\n书屋按规定时间开放，开放时间在门口公示：3分\n图书借阅登记规范，建立借阅台账：2分", "8",
     ("图书借阅登记规范",)),
    # degrees of one thing, each with points after a colon: grades to choose, never points to add (left as written)
    ("全部完成年度建设任务:5分\n基本完成年度建设任务:3分", "5", ("基本完成年度建设任务",)),
    # the zeroing situation is one point unmet or a situation of its own: the point's answer cannot be the situation's
    ("1、建立制度,得8分。2、开展培训,得6分。3、未建立制度或发生违规的,本项不得分。", "14",
     ("未建立制度", "不得分的情形就是前面评价要点未达到")),
])
def test_s52_ic_look_alikes_refused(rule: str, full: str, said: tuple[str, ...]) -> None:
    _refused_through_cli(rule, full, *said)
