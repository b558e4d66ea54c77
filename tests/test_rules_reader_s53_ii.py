"""Readings of session 53 by helper ii, through the user's entry points: units assessed apart each by a count of
occurrences in it (按全市3个县分别考核，每县2分，…每发现1个火点扣1分，扣完该县分值为止), each unit's task said once with
完成的 earning its points (每个乡镇须完成8个村庄规划编制，完成的得2分), the posts established as the target a staffing
reaches (达到编制数的得2分); parts marked 一是…二是…三是…, a count entered by its name beside a rate's bands, one item met
or not beside parts scored otherwise, a part's points in brackets after its cap (最多扣3分（本款3分）), a part that is its
own points less the requirements not done (…的得3分，有1项未做到扣1.5分); levels of two shares each named by a subject of
its own, items of a checklist (覆盖病种… / 医保基金支出占比…: once taken for bands of one measure and refused), DRG/DIP a
name and no division. Scored by `pingfen score --json` and its
workbook recalculated by LibreOffice; every expected score is worked by hand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from test_rules_new_readings import _reads_through_cli, _refused_through_cli, _scored_and_recalculated

RUBRIC_S53_II = Path(__file__).parent / "data" / "new_readings_rubric_s53_ii.yaml"
EXPECTED_S53_II = {
    "1.1": ("3", "A县0个火点2分，B县1个2-1=1分，C县3个2-3<0→0分：2+1+0=3"),
    "1.2": ("3", "城关镇8个达到8个2分，河口镇7个≥6个1分，石桥乡5个不足6个0分：3"),
    "1.3": ("3", "城东所20人达编制2分，城西所17/20=85%≥80% 1分，新区所14/20=70% 0分：3"),
    "1.4": ("1.5", "16/20=80%，达到编制数80%（含）：1.5分"),
    "1.5": ("9", "就业率91%≥90% 4分；招聘会3场少1场扣1分 3-1=2；贴息按时足额3分：9"),
    "1.6": ("7.5", "280个少20个，2步扣1分 4-1=3；占比92%≥90% 3分；2项中1项未做到 3-1.5=1.5：7.5"),
    "1.7": ("7", "送戏18场少2场扣1分 4-1=3；更新率12%≥10% 4分：7"),
    "1.8": ("3", "①签订责任书2分，③应急预案1分：3"),
    "1.9": ("4", "一 及时更新2分；二 95%低5个百分点1步 2-1=1；三 1项未做到 2-1=1：4"),
    "1.10": ("3", "东0起2分，西1起1分，南2起0分，北3起0分：3"),
}


def test_s53_ii_readings_in_a_rubric_and_its_workbook(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """`pingfen score` and the built workbook recalculated by LibreOffice give the hand-worked scores and total
    (3 + 3 + 3 + 1.5 + 9 + 7.5 + 7 + 3 + 4 + 3 = 44 of 68, 中: 40 ≤ 44 < 50)."""
    result = _scored_and_recalculated(RUBRIC_S53_II, EXPECTED_S53_II, Decimal("44"), capsys, tmp_path)
    assert result["grade"] == "中"


@pytest.mark.parametrize("rule, full, canonical", [
    ("秸秆禁烧（6分）：按全市3个县分别考核，每县2分，卫星遥感监测火点数为0的得2分，每发现1个火点扣1分，扣完该县分值为止。", "6",
     "按县分别考核，每个县2分：全部符合得2分，每有1个火点的，扣1分，扣完为止；共3个县，各县得分相加，本项满分6分"),
    ("森林防火（4分）：按全县2个林场分别考核，每个林场2分，每发现1处火情扣0.5分，扣完为止。", "4",
     "按林场分别考核，每个林场2分：每有1处火情的，扣0.5分，扣完为止；共2个林场，各林场得分相加，本项满分4分"),
    ("村庄规划编制（6分）：按3个乡镇分别考核，每乡镇2分；每个乡镇须完成8个村庄规划编制，完成的得2分，完成6个（含）以上的得1分，"
     "不足6个不得分。", "6",
     "按乡镇分别考核，每个乡镇2分，每个乡镇目标8个：实际值≥目标值得2分；实际值≥6个得1分；实际值<6个不得分；共3个乡镇，"
     "各乡镇得分相加，本项满分6分"),
    ("就业创业扶持（10分）：（1）退役军人就业率≥90%得4分，85%（含）-90%得2分，85%以下0分；（2）组织专场招聘会不少于4场，"
     "每少1场扣1分，最多扣3分（本款3分）；（3）创业担保贷款贴息按时足额兑现的得3分，否则不得分。", "10",
     "(1)退役军人就业率≥90%得4分；85%≤退役军人就业率<90%得2分；退役军人就业率<85%不得分。(2)组织专场招聘会达到4场得3分，"
     "每少1场扣1分，最多扣3分。(3)评价要点：①创业担保贷款贴息按时足额兑现（3分）（符合的要点得相应分值）"),
    ("公益性岗位开发管理（10分）：一是岗位开发数量达到300个的得4分，每少10个扣0.5分，扣完本款为止；二是上岗人员中就业困难人员"
     "占比≥90%的得3分，低于90%的不得分；三是按月考勤、按月发放补贴的得3分，有1项未做到扣1.5分。", "10",
     "(1)岗位开发数量达到300个得4分，每少10个扣0.5分，扣完为止。(2)就业困难人员占比≥90%得3分；否则不得分。(3)全部符合得3分，"
     "每有1项未做到的，扣1.5分，扣完为止"),
    ("安全生产责任制（5分）：一是签订安全生产责任书，得2分；二是每月开展隐患排查，得2分；三是建立应急预案，得1分。", "5",
     "评价要点：①签订安全生产责任书（2分）；②每月开展隐患排查（2分）；③建立应急预案（1分）（符合的要点得相应分值）"),
])
def test_s53_ii_units_and_parts_read(rule: str, full: str, canonical: str) -> None:
    _reads_through_cli(rule, full, canonical)


@pytest.mark.parametrize("rule, full, canonical", [
    ("派出所警力配备（6分）：按3个派出所分别考核，每所2分；各所编制数均为20人，在岗民警达到编制数的得2分，达到编制数80%（含）"
     "以上的得1分，低于80%的不得分。", "6",
     "按所分别考核，每个所2分，每个所目标20人：完成率≥目标值得2分；完成率≥目标值的80%得1分；完成率低于目标值"
     "20%(不含)不得分；共3个所，各所得分相加，本项满分6分"),
    # (once refused: the levels of 覆盖病种 and 医保基金支出占比 taken for bands of one measure, and 按DRG/DIP付费… for a formula
    # dividing DRG by DIP)
    ("医保支付方式改革（6分）：①DRG/DIP付费覆盖所有符合条件的统筹区，得2分；②覆盖病种达到90%以上，得2分；③按DRG/DIP付费的"
     "医保基金支出占比达到70%以上，得2分。", "6",
     "评价要点：①DRG/DIP付费覆盖所有符合条件的统筹区（2分）；②覆盖病种达到90%以上（2分）；③按DRG/DIP付费的医保基金支出占比"
     "达到70%以上（2分）（符合的要点得相应分值，要点中的数值是要点的要求，由评价人判断是否符合）"),
])
def test_s53_ii_read_with_their_canonical_text(rule: str, full: str, canonical: str) -> None:
    """Read, their 规范写法 as shown, which does not read back to the same object yet (the lowest band's open end written
    back marked inclusive; the three items with a level each written back in brackets refused as a checklist), so only
    the 规范写法 is checked here — the rows' hand-worked cases are corpus58's."""
    from test_cli_rule import rule_in_process as pingfen

    done = pingfen(rule, "--full", full)
    assert done.returncode == 0 and f"规范写法：{canonical}\n" in done.stdout, done.stdout + done.stderr


@pytest.mark.parametrize("rule, full, clause, reason", [
    # (no points of one county: each fire from its share, or from the 6 in all?)
    ("秸秆禁烧（6分）：按3个县分别考核，每发现1个火点扣1分，扣完为止。", "6", "按3个县分别考核", "计分方法中的数值无法识别"),
    # (完成的 with no task said for a town: completed what?)
    ("村庄规划编制（6分）：按3个乡镇分别考核，每乡镇2分；完成的得2分，完成6个（含）以上的得1分，不足6个不得分。", "6",
     "按3个乡镇分别考核", "计分方法中的数值无法识别"),
    # (the second part's points unsaid)
    ("就业服务（7分）：（1）就业率≥90%得4分，低于90%不得分；（2）开展招聘会不少于4场，每少1场扣1分。", "7",
     "开展招聘会不少于4场，每少1场扣1分", "既有百分比又有数量单位"),
    # (what is counted in 场 not named: never the indicator's rate)
    ("就业服务（7分）：（1）就业率≥90%得4分，低于90%不得分；（2）不少于4场，每少1场扣1分，最多扣3分（本款3分）。", "7",
     "不少于4场，每少1场扣1分", "既有百分比又有数量单位"),
])
def test_s53_ii_units_and_parts_left_undetermined_are_refused(rule: str, full: str, clause: str, reason: str) -> None:
    _refused_through_cli(rule, full, clause, reason)
