"""Faults and points read in session 35 by helper c. Faults counted per place held to a size (绿地内杂草高度超过10厘米的，
每处扣0.5分: 厘米 a unit of size like 米), per person a deadline was missed for (超期兑现的，每人扣0.2分) or per school
(每校), the 分值 said last as 满分：4分, all deductions capped by 以上扣分累计不超过6分, and a finding deemed a failure
(发现“有路无灯”现象,视为装灯率未达到100%,扣3分: the finding deducts, 视为 names it). Units each held to a requirement:
a time limit said as 应在…15个工作日内拨付到企业 before 每发现1家企业逾期拨付, a level of 各街道… before 每有1个街道未达到,
and each unit past a printed limit (每份合同…流失率超过20%的，扣1分, heard as 每有1份). 评价要点 each worth the same
(每一要点1分; 每项1分，缺一项扣1分 — the two must agree), a point's numbers its own requirement, and the points listed
counted so that a heading's points must be their sum. Bands with faults whose cap is followed by the floor
(本项最多扣1分，总分不低于0分). A band with steps of its own on each side (床位使用率在85%-93%之间…得满分4分；低于85%的，
每低5个百分点扣1分；高于93%的，每高2个百分点扣1分), each counted from the band's end it leaves. A rubric with one leaf per reading scored by `pingfen score --json` and its workbook
recalculated by LibreOffice; each reading's 规范写法 read back to the same rule. Every expected score is worked by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from pingfen.rules import RuleError, parse_rule
from test_rules_new_readings import _read_back, _scored_and_recalculated

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_s35_c.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("4.3", "12株×0.1=1.2，3处×0.5=1.5，1次×1=1，共3.7：8−3.7=4.3"),
    "1.2": ("0.6", "超期兑现2人×0.2=0.4：1−0.4=0.6"),
    "1.3": ("2", "冒领1人次扣1，资料不全5份×0.2=1：4−2=2"),
    "1.4": ("2.5", "2处×0.5=1，5处×0.3=1.5，1件×1=1，共3.5（不超过6）：6−3.5=2.5"),
    "1.5": ("0", "发现有路无灯，扣3分：3−3=0"),
    "2.1": ("0.5", "3家企业逾期拨付×0.5=1.5：2−1.5=0.5"),
    "2.2": ("1", "解放88、新华85低于90%：2−2×0.5=1"),
    "2.3": ("1", "合同乙25%、丁33%超过20%（丙20%不超过）：3−2=1"),
    "3.1": ("2", "4项中符合2项，每项1分：2"),
    "3.2": ("3", "4个要点中做到3个，每个1分：3"),
    "4.1": ("1.7", "知晓率85%≥80%得2分，协议不完整3份×0.1=0.3（不超过1）：2−0.3=1.7"),
    "5.1": ("2", "97%高于93%4个百分点，每高2个百分点扣1分，扣2分：4−2=2"),
}
TOTAL = Decimal("20.6")  # 4.3+0.6+2+2.5+0 + 0.5+1+1 + 2+3 + 1.7 + 2


def test_session35_c_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    result = _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)
    assert result["grade"] == "差"  # 20.6 < 25.8 = 43×60%


def test_each_leaf_reads_back_from_its_canonical_text() -> None:
    """Every leaf is read as its section says — 1: kinds of fault, 2: units counted, 3: 评价要点, 4: bands with faults,
    5: steps on each side of a band —
    and its 规范写法 is read back to the same rule."""
    kinds = {"1": "fault_kinds", "2": "items", "3": "checklist", "4": "with_faults", "5": "steps"}
    leaves = [(section["code"], leaf) for section in yaml.safe_load(RUBRIC.read_text(encoding="utf-8"))["indicators"]
              for leaf in section["children"]]
    assert {leaf["code"]: parse_rule(leaf["criteria"]).kind for _, leaf in leaves} == \
        {leaf["code"]: kinds[section] for section, leaf in leaves}
    _read_back(*(leaf["criteria"] for _, leaf in leaves))


@pytest.mark.parametrize("text, clause", [
    # a point worth 1 and a point missed costing 2: which is it?
    ("评价要点：(1)制定计划；(2)建立档案；(3)开展评估。每项1分，缺一项扣2分。", "缺1项扣2分"),
    # three points at 1 under a heading of 4: never filled in as four points
    ("社区矫正工作（4分）评价要点：①建立档案；②开展走访；③落实请销假制度。每一要点1分。", "社区矫正工作(4分)"),
    # an average is the item's own measure, not a size each place is held to
    ("平均积水深度超过5厘米的，每处扣0.5分。", "平均积水深度超过5厘米的，每处扣0.5分"),
    # the requirement is each community's, the count each street's
    ("各社区垃圾分类知晓率须达到80%，每有1个街道未达到扣0.5分，本项3分。", "每有1个街道未达到扣0.5分"),
    # the steps down start inside the band that scores in full (87%: full, or one step short?)
    ("床位使用率在85%-93%之间得满分；低于90%的，每低5个百分点扣1分；高于93%的，每高2个百分点扣1分。", "高于93%的"),
])
def test_refused_naming_the_clause(text: str, clause: str) -> None:
    with pytest.raises(RuleError) as raised:
        parse_rule(text)
    assert clause in raised.value.fragment
