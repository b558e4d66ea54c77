"""Readings of session 51 by helper ia, through the user's entry points: a technology's code (5G基站 / 4K频道 / 3D影厅) is
a name, in a heading and in an item, never a number of the rule; per-unit frames giving each unit's points as 每个2分
right after the units assessed apart (对3个水源地分别考核，每个2分), one unit's floor said of it (单个水源地扣完为止 /
单片区扣完为止), and the units 分别评价; none at all closing count bands (未配备的不得分 after 少于3人的得0.5分 / 无专职人员的
不得分 after 1名的: the count 0, the staff named short); 评价要点 whose first point's words open the item's name too
(图书馆数字资源建设 over 数字资源总量达到10TB的), no heading over the rest; a tier naming what is graded before its grade
(绩效目标与…完全相符 beside 基本相符 / 不相符) chosen by the grade typed alone (完全相符). Scored by `pingfen score --json` and its workbook recalculated by LibreOffice;
every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_cli_rule import rule_in_process as pingfen
from test_rules_new_readings import _reads_through_cli, _scored_and_recalculated

RUBRIC_S51_IA = Path(__file__).parent / "data" / "new_readings_rubric_s51_ia.yaml"
EXPECTED_S51_IA = {
    "1.1": ("4", "完成任务3 + 未覆盖0 + 机制1 = 4"),
    "1.2": ("2", "频道未建成0 + 3D影厅1 + 机制1 = 2"),
    "1.3": ("3", "资源总量2 + 未开通0 + 统计分析1 = 3"),
    "1.4": ("5", "评为“完全相符”档：5"),
    "2.1": ("3", "东湖100%→2；清溪98%：2-2×0.5=1；龙潭95%：2-5×0.5<0→0；合计3"),
    "2.2": ("3", "东98%≥95%→2；西90%：2-5×0.5<0→0；南93%：2-2×0.5=1；合计3"),
    "2.3": ("3.4", "城东12≥10→2；城西7/10×2=1.4；合计3.4"),
    "2.4": ("2.5", "东城4≥3→1；西城3→1；南湖2（少于3人）→0.5；北关0（未配备）→0；合计2.5"),
    "2.5": ("4", "A3→1，B2→1，C1→0.5，D0（无专职人员）→0，E2→1，F1→0.5；合计4"),
}


def test_s51_ia_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (4 + 2 + 3 + 5 + 3 + 3 + 3.4 + 2.5 + 4 = 29.9 of 44, 中: 26 ≤ 29.9 < 33)."""
    result = _scored_and_recalculated(RUBRIC_S51_IA, EXPECTED_S51_IA, Decimal("29.9"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, full, canonical", [
    ("5G基站建设（5分）：（1）完成年度新建基站任务得3分；（2）实现行政村5G覆盖得1分；（3）建立共建共享机制得1分。", "5",
     "评价要点：①完成年度新建基站任务（3分）；②实现行政村5G覆盖（1分）；③建立共建共享机制（1分）（符合的要点得相应分值，"
     "要点中的数值是要点的要求，由评价人判断是否符合）"),
    ("县域饮用水源地水质达标（6分）：对3个水源地分别考核，每个2分，达标率100%得2分，每低于100%一个百分点扣0.5分，单个水源地扣完为止。", "6",
     "按水源地分别考核，每个水源地2分：达标率达到100%得2分，每少1个百分点扣0.5分，扣完为止；共3个水源地，各水源地得分相加，"
     "本项满分6分"),
    # (市场监管所执法装备配备 — 按5个市场监管所分别评价 — is scored in the rubric; its 规范写法 reads back to the same scores
    # by another model, 配备数÷10×1.2 a formula where the text's 配备数/10×1.2 was read as a share of 10, so it is not here)
    ("道路保洁（6分）：按东、西、南3个片区分别考核，每个2分；保洁达标率≥95%的得2分，每低1个百分点扣0.5分，单片区扣完为止。", "6",
     "按片区分别考核，每个片区2分：保洁达标率达到95%得2分，每少1个百分点扣0.5分，扣完为止；共3个片区，各片区得分相加，本项满分6分"),
    ("基层人社服务平台经办人员配备（4分）：对4个街道分别考核，每个街道1分；经办人员不少于3人的得1分，少于3人的得0.5分，未配备的不得分。", "4",
     "按街道分别考核，每个街道1分：实际值≥3人得1分；1人-2人得0.5分；0人不得分；共4个街道，各街道得分相加，本项满分4分"),
    ("社区法律顾问配备（2分）：每个社区配备专职法律顾问2名及以上的得2分，1名的得1分，无专职顾问的不得分。", "2",
     "实际值≥2名得2分；1名得1分；0名不得分"),
])
def test_s51_ia_readings_through_pingfen_rule(rule: str, full: str, canonical: str) -> None:
    _reads_through_cli(rule, full, canonical)


@pytest.mark.parametrize("rule, full, clause", [
    # each of what? No units assessed apart before 每个2分
    ("饮用水源地水质达标（6分）：每个2分，达标率100%得2分，每低1个百分点扣0.5分。", "6", "每个2分"),
    # 3 sources of 2 points against the item's 8
    ("饮用水源地水质达标（8分）：对3个水源地分别考核，每个2分，达标率100%得2分，每低1个百分点扣0.5分，单个水源地扣完为止。", "8", "8分"),
    # a mean (人均) may be 0.5: what 未培训 carves out of 少于3次 is not certain
    ("培训开展（2分）：人均培训不少于3次的得2分，少于3次的得1分，未培训的不得分。", "2", "未培训的不得分"),
    # a fault of records, not the count of members none
    ("驻村工作队配备（3分）：队员不少于3名的得3分，少于3名的得1.5分，无驻村记录的不得分。", "3", "无驻村记录的不得分"),
])
def test_s51_ia_refusals_name_the_clause(rule: str, full: str, clause: str) -> None:
    done = pingfen(rule, "--full", full)
    assert done.returncode != 0 and f"无法识别的部分：“{clause}”" in done.stderr, done.stdout + done.stderr
