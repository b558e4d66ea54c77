"""Readings of session 38 helper q through the user's entry points: a rubric with one leaf per reading (a floor required
then 达到的 and 未达到的 with a formula; a survey's credits restated by a Σ formula; credits in points out of 100 with bands
in 分; lettered points closed by 以上三项每项1分，未落实的该项不得分; 得分=5分; 按比例得分(得分=…); …即为本项得分; 最高得满分
(4分); 覆盖率(4分)=…) scored by `pingfen score --json`, and the same rubric
built into a workbook that LibreOffice recalculates to the same scores. Every expected score is worked by hand below."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from pingfen.rules import RuleError, parse_rule
from test_rules_new_readings import _scored_and_recalculated

RUBRIC = Path(__file__).parent / "data" / "new_readings_rubric_s38_q.yaml"

# code: (score, why) — worked by hand from each leaf's criteria and data
EXPECTED = {
    "1.1": ("3.2", "76%未达到95%：76/95=0.8，0.8×4=3.2"),
    "1.2": ("2", "(80×100%+15×60%+5×0)/100=89%，在80%-90%一档：2分"),
    "1.3": ("3", "(50×100+40×80+10×60+0)/100=88分，在80-90分一档：3分"),
    "1.4": ("2", "a、c落实，b未落实：1+1=2"),
    "1.5": ("4", "76%低于95%：76/95=0.8，0.8×5=4（得分=5分即得5分）"),
    "1.6": ("4", "72%低于90%，按比例（括号中的公式）：72/90=0.8，0.8×5=4"),
    "1.7": ("3.6", "合格率=45/50=90%，90%×4=3.6"),
    "1.8": ("3.2", "100/125=0.8，0.8×4=3.2，未超过满分4分"),
    "1.9": ("3", "覆盖率=85/100=85%，比90%低5个百分点，5×0.2=1，4-1=3"),
}
TOTAL = Decimal("28")  # 3.2+2+3+2+4+4+3.6+3.2+3


def test_session38_q_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total."""
    result = _scored_and_recalculated(RUBRIC, EXPECTED, TOTAL, capsys, tmp_path)
    assert result["grade"] == "中"  # 21.6 ≤ 28 < 28.8


@pytest.mark.parametrize("text", [
    # after a ceiling, 达到的 may be the 5% reached (the other side)
    "资金结余率控制在5%以内，达到的得2分，未达到的不得分。",
    # four items counted, three listed
    "①建立制度；②配备人员；③开展培训。以上四项每项1分，未落实的该项不得分。",
    # each unit scored apart, its points added: never one value
    "各路段养护质量：每条路段MQI≥80的得1分，MQI在70（含）-80的得0.5分，70以下不得分",
    "每个中心年服务人次达到3000人次的得1分，未达到的按比例得分。",
    "每所学校维修项目验收合格率达到100%的得0.6分",
    # a method in brackets after the level, then (10分): never a definition passed over (once ≥100%得10分)
    "项目验收合格率≥100%(实际完成值低于指标值的,按实际完成值/指标值×分值计分,低于80%的不得分)(10分)",
])
def test_neighbours_that_stay_refused(text: str) -> None:
    with pytest.raises(RuleError):
        parse_rule(text)


@pytest.mark.parametrize("text, canonical", [
    ("县级核查比例不低于5%，达到的得2分，未达到的按实际核查比例/5%×2计分。", "县级核查比例≥5%得2分；否则得分=县级核查比例/5%×2分"),
    ("政策知晓率不低于85%，达到的得2分，每低1个百分点扣0.2分，扣完为止。", "政策知晓率达到85%得2分，每少1个百分点扣0.2分，扣完为止"),
    ("满意、基本满意、不满意分别赋值100、60、0，满意度=Σ(各选项人数×赋值)/总人数；满意度≥90%得3分，否则不得分。",
     "满意、基本满意、不满意分别按100%、60%、0计算满意度；满意度≥90%得3分；否则不得分"),
    ("a.建立制度；b.配备人员。以上两项每项1分，未落实的该项不得分。",
     "评价要点：①建立制度（1分）；②配备人员（1分）（符合的要点得相应分值）"),
    ("执行率≥90%的，得分=10分；执行率<90%的，得分=执行率/90%×10", "执行率≥90%得10分；否则得分=执行率/90%×10分"),
    ("满意度≥90%得满分；80%-90%之间按比例：得分=(满意度-80%)/10%×分值；低于80%不得分。",
     "满意度≥90%得满分；80%≤满意度<90%得分=(满意度-80%)/(90%-80%)×分值；满意度<80%不得分"),
    ("资金到位率×5即为本项得分", "得分=资金到位率×5分"),
    ("得分=标准成本/实际成本×分值，最高得满分（3分）", "得分=标准成本/实际成本×分值，最高3分"),
])
def test_canonical_of_the_new_readings(text: str, canonical: str) -> None:
    assert parse_rule(text).canonical() == canonical
    assert parse_rule(canonical).canonical() == canonical
