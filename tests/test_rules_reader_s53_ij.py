"""Readings of session 53 by helper ij, through the user's entry points: a survey's rate defined by the options it sums
(满意度=（非常满意+满意）/调查总数, the options listed before it or in brackets after it) or the weighted mean of its options'
points over 100 (满意度得分为加权平均分，本项得分=满意度得分/100×6); an award that is the veto's other side — the veto closed by
即 (发生1起即本项不得分), the award opened by who did it (项目实施单位未发生…), or naming the situation, numbers and all, that
the veto only says happened (未发生一次死亡3人以上道路交通事故的得6分；发生的，本项不得分: once 实际值≥3人得6分); grades as
letters run by 、 (评价等级A得6分、B得4分), numbered grades (分为一级、二级、三级、不合格，分别得…), grades with ranges of points
(分别计5-6分、3-4分…), tiers after 评价等次分为 (规范 typed alone); lateness counted in full steps only (每满30天扣1分 /
每推迟满1个月扣1分: a part of a step costs nothing — months from dates once counted a started month whole even beside
不足一档不扣分); on time said as 在<document>规定时限内; a date ladder whose subject names its year (2023年度优待金于…前); count
bands with bare points closed by 未<verb>0分. Scored by `pingfen score --json` and its workbook recalculated by LibreOffice;
every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _reads_through_cli, _refused_through_cli, _scored_and_recalculated

RUBRIC_S53_IJ = Path(__file__).parent / "data" / "new_readings_rubric_s53_ij.yaml"
EXPECTED_S53_IJ = {
    "1.1": ("4.98", "(50×100+30×80+15×60+5×0)/100=83，83/100×6=4.98"),
    "1.2": ("3", "(120+52)/200=86%，较90%低4个百分点，每低2个百分点扣0.5分：4-1=3"),
    "1.3": ("5", "未发生兴奋剂违规事件：5分"),
    "1.4": ("0", "发生一次死亡3人以上道路交通事故：本项不得分"),
    "1.5": ("4", "等级B：4分"),
    "1.6": ("4", "二级：4分"),
    "1.7": ("4", "较好档（3-4分），录入4分在档内"),
    "1.8": ("2", "5月31日至7月30日逾期60天，满2个30天，扣2分：4-2=2"),
    "1.9": ("4", "12月31日至2月15日，满1个月（1月31日）未满2个月（2月28日），扣1分：5-1=4"),
    "1.10": ("3", "3次：3分"),
    "1.11": ("2", "3月31日至4月15日逾期15天，在1个月内：2分"),
}


def test_s53_ij_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (4.98 + 3 + 5 + 0 + 4 + 4 + 4 + 2 + 4 + 3 + 2 = 35.98 of 57, 中: 34 ≤ 35.98 < 45)."""
    result = _scored_and_recalculated(RUBRIC_S53_IJ, EXPECTED_S53_IJ, Decimal("35.98"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, full, canonical", [
    ('游客满意度（6分）：问卷按“非常满意、满意、一般、不满意”四档分别计100、80、60、0分，满意度得分为加权平均分，本项得分=满意度得分/100×6。',
     '6', '非常满意、满意、一般、不满意分别按100%、80%、60%、0计算满意度；得分=满意度×6分'),
    ('受补助企业满意度（5分）：问卷设非常满意、满意、不满意三项，满意度=（非常满意+满意）/调查总数，满意度≥90%计5分，每降低1个百分点扣0.5分，扣完为止。',
     '5', '非常满意、满意、不满意分别按100%、100%、0计算满意度；满意度达到90%得5分，每少1个百分点扣0.5分，扣完为止'),
    ('被征地农民满意度（4分）：满意率=（满意+较满意）人数/有效样本×100%（问卷选项：满意、较满意、不满意）；满意率≥90%得4分，每低2个百分点扣0.5分，扣完为止。',
     '4', '满意、较满意、不满意分别按100%、100%、0计算满意度；满意率达到90%得4分，每少2个百分点扣0.5分，扣完为止'),
    ('兴奋剂管控（5分）：全年未发生运动员兴奋剂违规事件的得5分；发生1起即本项不得分。',
     '5', '符合规定的，得5分；如发生1起运动员兴奋剂违规事件，此项不得分'),
    ('项目安全生产（4分）：项目实施单位未发生安全生产责任事故的得4分；发生事故的，本项不得分，并取消下年度申报资格。',
     '4', '符合规定的，得4分；如发生事故，此项不得分'),
    ('道路交通安全（6分）：未发生一次死亡3人以上道路交通事故的得6分；发生的，本项不得分。',
     '6', '符合规定的，得6分；如发生1次死亡3人以上道路交通事故，此项不得分'),
    ('园林绿化养护（6分）：月度考核结果分为一级、二级、三级、不合格，分别得6、4、2、0分。',
     '6', '等级得分：月度考核结果分为一级6分，二级4分，三级2分，不合格0分'),
    ('计量检定工作质量（6分）：根据抽查情况分为好、较好、一般、差四档，分别计5-6分、3-4分、1-2分、0分。',
     '6', '好，得5-6分；较好，得3-4分；一般，得1-2分；差，得0分'),
    ('工程建设管理规范性（10分）：评价等次分为规范（10分）、较规范（7-9分）、基本规范（4-6分）、不规范（0-3分）。',
     '10', '评价等次分为规范，得10分；较规范，得7-9分；基本规范，得4-6分；不规范，得0-3分'),
    ('完工及时性（4分）：在合同工期内完工的得4分，超出合同工期每满30天扣1分，扣完为止。',
     '4', '按期完成得4分，每逾期30天扣1分（不足一档不扣分），扣完为止'),
    ('体育公园建设（5分）：2024年12月31日前建成开放得5分，每推迟满1个月扣1分，扣完为止。',
     '5', '2024年12月31日前完成得5分，每逾期1个月扣1分（不足一档不扣分），扣完为止'),
    ('督察问题整改（4分）：在整改方案规定时限内完成的得4分，逾期1个月内完成的得2分，逾期1个月以上的不得分。',
     '4', '按期完成得4分；0个月<逾期月数≤1个月得2分；逾期月数>1个月不得分'),
    ('义务兵家庭优待金发放（5分）：2023年度优待金于2023年9月30日前发放到位的得5分，10月底前发放的得3分，年底前发放的得1分，跨年发放的不得分。',
     '5', '2023年9月30日前完成得5分；0天<逾期天数≤31天得3分；31天<逾期天数≤92天得1分；逾期天数>92天不得分'),
    ('应急演练次数（5分）：全年组织综合演练4次及以上5分，3次3分，2次2分，1次1分，未组织0分。',
     '5', '实际值≥4次得5分；3次得3分；2次得2分；1次得1分；0次不得分'),
])
def test_s53_ij_reads(rule: str, full: str, canonical: str) -> None:
    _reads_through_cli(rule, full, canonical)


def test_s53_ij_letter_grades_run_by_a_pause() -> None:
    """评价等级A得6分、B得4分…: the letters apart, as 评价等级A得6分，B得4分 reads (scored in the rubric, 1.5) — its 规范写法
    等级得分：评价等级A 6分… does not read back (letters' grades, as 康复机构服务质量 in NOT_YET)."""
    from test_cli_rule import lines, rule_in_process as pingfen

    said = lines(pingfen("科技服务质量（6分）：评价等级A得6分、B得4分、C得2分、D得0分。", "--full", "6").stdout)
    assert said.get("规则类型") == "等级计分" and said.get("规范写法") == "等级得分：评价等级A 6分，B 4分，C 2分，D 0分"


@pytest.mark.parametrize("rule, full, clause, reason", [
    # (每满 counts whole steps, 不足…按30天计 a part as a whole: the two say opposite things)
    ("完工及时性（4分）：按期完工的得4分，超出合同工期每满30天扣1分，不足30天的按30天计，扣完为止。", "4",
     "超出合同工期每满30天扣1分", "无法识别其含义"),
    # (four grades, three points)
    ("道路保洁质量（6分）：考评结果分为一级、二级、三级、不合格，分别得6、4、2分。", "6", "分别得6、4、2分", "无法识别其含义"),
    # (four options named, 三项 said)
    ("企业满意度（5分）：问卷设非常满意、满意、一般、不满意三项，满意度=（非常满意+满意）/调查总数，满意度≥90%计5分，"
     "每降低1个百分点扣0.5分，扣完为止。", "5", "问卷设非常满意、满意、一般、不满意三项", "没有用于计分"),
    # (3场 in no band)
    ("法治培训场次（4分）：全年开展培训4场及以上4分，2场2分，1场1分，未开展0分。", "4", "2场2分", "空档"),
    # (one such fire loses the 6 yet is short of the 2起 zeroing the item)
    ("消防安全（6分）：未发生一次死亡3人以上火灾事故的得6分；发生2起的，本项不得分。", "6",
     "未发生一次死亡3人以上火灾事故的得6分", "无法识别其含义"),
])
def test_s53_ij_refuses(rule: str, full: str, clause: str, reason: str) -> None:
    _refused_through_cli(rule, full, clause, reason)
