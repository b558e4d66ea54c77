"""校验 that cites 财预〔2020〕10号 and 财预〔2021〕101号: each article's rule broken on purpose in a
small rubric triggers exactly its finding (a warning: the articles say 原则上/一般), the compliant
versions and the frames trigger none, and the seeds raise only what the regulations' wording explains."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from pingfen.cli import main
from pingfen.rubric import load_rubric, score_rubric
from pingfen.rubric.checks import run_checks

ROOT = Path(__file__).resolve().parents[1]


def _leaf(code: str, name: str, weight: float, criteria: str = "", fields: str = "") -> str:
    criteria = criteria or "完成值达到指标值，记满分；未达到指标值，按B/A或A/B*该指标分值记分。"
    fields = fields or "data: {actual: 100人, target: ≥100人}"
    lines = "".join(f"        {line}\n" for line in fields.split("\n"))
    return f'      - code: "{code}.1"\n        name: {name}\n        weight: {weight}\n        criteria: "{criteria}"\n' + lines


def self_assessment(weights: dict[str, float], criteria: dict[str, str] | None = None, fields: dict[str, str] | None = None) -> str:
    """A 单位自评 rubric in the 附1 frame: one leaf per 一级指标, with 100人 done of ≥100人 unless
    ``fields`` gives that leaf other YAML lines."""
    text = "project: 自评\ntotal: 100\nindicators:\n"
    for index, (name, weight) in enumerate(weights.items(), start=1):
        text += f'  - code: "{index}"\n    name: {name}\n    weight: {weight}\n    children:\n'
        text += _leaf(str(index), f"{name}一", weight, (criteria or {}).get(name, ""), (fields or {}).get(name, ""))
    return text


def four_parts(weights: dict[str, float], grades: str = "") -> str:
    text = f"project: 部门评价\ntotal: {sum(weights.values()):g}\n{grades}indicators:\n"
    for index, (name, weight) in enumerate(weights.items(), start=1):
        text += f'  - code: "{index}"\n    name: {name}\n    weight: {weight}\n    children:\n' + _leaf(str(index), f"{name}一", weight)
    return text


def regulation_findings(text: str) -> list[tuple[str, str, str]]:
    rubric = load_rubric("规则.yaml", textwrap.dedent(text))
    return [(f.code, f.severity, f.indicator) for f in run_checks(rubric, score_rubric(rubric)) if f.code.startswith("REG_")]


STANDARD = {"产出指标": 50, "效益指标": 30, "满意度指标": 10, "预算执行率": 10}
FOUR = {"决策": 20, "过程": 20, "产出": 35, "效益": 25}
TIERS = "定性指标根据指标完成情况分为：达成年度指标、部分达成年度指标并具有一定效果、未达成年度指标且效果较差三档，分别按照该指标对应分值区间{}合理确定分值。"


def test_compliant_rubrics_raise_nothing() -> None:
    assert regulation_findings(self_assessment(STANDARD)) == []
    assert regulation_findings(self_assessment({"产出指标": 40, "成本指标": 20, "效益指标": 20, "满意度指标": 10, "预算执行率": 10})) == []
    assert regulation_findings(self_assessment({"产出指标": 50, "效益指标": 40, "预算执行率": 10})) == []
    assert regulation_findings(four_parts(FOUR)) == []
    for frame in ("frame_caiyu_2020_10.yaml", "frame_danwei_ziping.yaml"):
        rubric = load_rubric(ROOT / "rubrics" / frame)
        assert [f.code for f in run_checks(rubric, score_rubric(rubric)) if f.code.startswith("REG_")] == []


def test_article_13_self_assessment_weights() -> None:
    findings = regulation_findings(self_assessment({"产出指标": 60, "效益指标": 20, "满意度指标": 10, "预算执行率": 10}))
    assert findings == [("REG_WEIGHTS", "warning", "")]


def test_article_13_message_cites_both_rules(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "自评.yaml"
    path.write_text(self_assessment({"产出指标": 60, "效益指标": 20, "满意度指标": 10, "预算执行率": 10}), encoding="utf-8")
    assert main(["check", str(path), "--json"]) == 0  # warnings only: exit 0
    finding, = [f for f in json.loads(capsys.readouterr().out)["findings"] if f["code"] == "REG_WEIGHTS"]
    assert "财预〔2020〕10号第十三条" in finding["message"] and "财预〔2021〕101号（六）" in finding["message"]
    assert "产出60%" in finding["message"] and "效益20%" in finding["message"]


def test_article_14_output_and_benefit_share() -> None:
    findings = regulation_findings(four_parts({"决策": 30, "过程": 20, "产出": 30, "效益": 20}))
    assert findings == [("REG_OUTPUT_BENEFIT", "warning", "")]
    exactly_sixty = regulation_findings(four_parts({"决策": 25, "过程": 15, "产出": 35, "效益": 25}))
    assert exactly_sixty == []  # 不低于60%: 60% itself complies


def test_article_18_grade_bands() -> None:
    assert regulation_findings(four_parts(FOUR, "grades:\n  - {name: 优, min: 85}\n  - {name: 良, min: 75}\n  - {name: 中, min: 60}\n  - {name: 差, min: 0}\n")) == [("REG_GRADES", "warning", "")]
    assert regulation_findings(four_parts({"决策": 40, "过程": 40, "产出": 70, "效益": 50})) == [("REG_GRADES", "warning", "")]  # 200 分


def test_article_16_tier_intervals_and_chosen_tier() -> None:
    wrong = self_assessment(STANDARD, {"效益指标": TIERS.format("100%-85%（含）、85%-60%（含）、60%-0%")}, {"效益指标": "score: 30\nreason: 达成年度指标"})
    assert regulation_findings(wrong) == [("REG_TIERS", "warning", "2.1 效益指标一")]
    right = self_assessment(STANDARD, {"效益指标": TIERS.format("100%-80%（含）、80%-60%（含）、60%-0%")}, {"效益指标": "score: 30\nreason: 达成年度指标"})
    assert regulation_findings(right) == []
    # 部分达成 is 60%-80% of the 30 points: 27 (90%) lies in 达成, 21 (70%) in 部分达成, 24 (80%) in 达成
    def chosen(score: int, reason: str) -> str:
        return self_assessment(STANDARD, {"效益指标": TIERS.format("100%-80%（含）、80%-60%（含）、60%-0%")}, {"效益指标": f"score: {score}\nreason: {reason}"})

    assert regulation_findings(chosen(27, "部分达成年度指标")) == [("REG_TIERS", "warning", "2.1 效益指标一")]
    assert regulation_findings(chosen(21, "部分达成年度指标")) == []
    assert regulation_findings(chosen(24, "部分达成年度指标")) == [("REG_TIERS", "warning", "2.1 效益指标一")]
    assert regulation_findings(chosen(24, "达成年度指标")) == []
    assert regulation_findings(chosen(17, "未达成年度指标且效果较差")) == []
    assert regulation_findings(chosen(18, "未达成年度指标且效果较差")) == [("REG_TIERS", "warning", "2.1 效益指标一")]


def test_article_16_large_over_completion() -> None:
    over = self_assessment(STANDARD).replace("{actual: 100人, target: ≥100人}", "{actual: 150人, target: ≥100人}", 1)
    assert regulation_findings(over) == [("REG_OVER_COMPLETION", "warning", "1.1 产出指标一")]
    explained = self_assessment(STANDARD, fields={"产出指标": "data: {actual: 150人, target: ≥100人}\nreason: 年初指标值按旧场地测算，新场地开放后服务人数增加"})
    assert regulation_findings(explained) == [("REG_OVER_COMPLETION", "info", "1.1 产出指标一")]  # the reason is given
    just_below = self_assessment(STANDARD).replace("{actual: 100人, target: ≥100人}", "{actual: 149人, target: ≥100人}", 1)
    assert regulation_findings(just_below) == []
    reverse = self_assessment(STANDARD).replace("{actual: 100人, target: ≥100人}", "{actual: 50万元, target: ≤100万元}", 1)
    assert regulation_findings(reverse) == []  # 成本类反向指标：低于指标值是节约，不是超额


def test_over_completion_threshold_is_configurable(monkeypatch: pytest.MonkeyPatch) -> None:
    over = self_assessment(STANDARD).replace("{actual: 100人, target: ≥100人}", "{actual: 150人, target: ≥100人}", 1)
    monkeypatch.setenv("PINGFEN_OVER_COMPLETION", "2")
    assert regulation_findings(over) == []


# What the seeds raise, each explained by the articles' own 原则上/一般 (worked out from the seed
# reports' weights, grade bands and data tables):
SEED_FINDINGS = {
    "seed000_luohu_dangqun_2022.yaml": {  # 部门评价: 第十六条 governs 单位自评, so only a 提示 to explain the excess
        ("REG_OVER_COMPLETION", "info", "3.1.2 活动开展次数达标情况"),  # 田贝工作坊 28 vs 5
        ("REG_OVER_COMPLETION", "info", "3.1.5 个案咨询及辅导数量达标情况"),  # 湖景个案 28 vs 17
    },
    "seed001_contracts_2020.yaml": {("REG_GRADES", "warning", "")},  # 合同考核: 200 分, 优秀/良好/合格
    "seed001_futian_shegong_2020.yaml": {("REG_OUTPUT_BENEFIT", "warning", "")},  # 产出35+效益20 = 55%
    "seed002_baiyun_shegongzhan_2023.yaml": {("REG_OVER_COMPLETION", "info", "2.1.3 服务指标数量")},  # 电访 7312 vs 4000
    "seed003_xishan_dangzuzhi_2024.yaml": {("REG_OUTPUT_BENEFIT", "warning", "")},  # 产出34+效果22 = 56%
    "seed004_fuzhou_zhuanzhi_2020.yaml": set(),
}


@pytest.mark.parametrize("name", sorted(SEED_FINDINGS))
def test_seeds_raise_only_what_the_articles_explain(name: str) -> None:
    rubric = load_rubric(ROOT / "rubrics" / name)
    found = {(f.code, f.severity, f.indicator) for f in run_checks(rubric, score_rubric(rubric)) if f.code.startswith("REG_")}
    assert found == SEED_FINDINGS[name]


def test_a_workbook_report_cites_the_articles_too(tmp_path: Path) -> None:
    """A workbook keeps no rubric data, so its report runs the checks that need only the indicator
    system: seed 001's 产出35+效益20 = 55% (第十四条)."""
    from pingfen.report.scores import load_scores

    book = tmp_path / "福田.xlsx"
    assert main(["build", str(ROOT / "rubrics" / "seed001_futian_shegong_2020.yaml"), "-o", str(book)]) == 0
    codes = [finding.code for finding in load_scores(book).findings if finding.code.startswith("REG_")]
    assert codes == ["REG_OUTPUT_BENEFIT"]


def test_regenerated_workbook_keeps_the_article_findings(tmp_path: Path) -> None:
    from python_calamine import CalamineWorkbook

    book = tmp_path / "福田.xlsx"
    assert main(["build", str(ROOT / "rubrics" / "seed001_futian_shegong_2020.yaml"), "-o", str(book)]) == 0
    assert main(["regenerate", str(book)]) == 0
    rows = CalamineWorkbook.from_path(str(book)).get_sheet_by_name("校验").to_python()
    assert [row[1] for row in rows if row and row[1] == "REG_OUTPUT_BENEFIT"] == ["REG_OUTPUT_BENEFIT"]


def test_over_completion_writes_out_the_division_it_reports() -> None:
    # the rates are computed without their sentences; only the reported pair's is written, by hand 150/100 = 150%
    over = self_assessment(STANDARD).replace("{actual: 100人, target: ≥100人}", "{actual: 150人, target: ≥100人}", 1)
    rubric = load_rubric("规则.yaml", textwrap.dedent(over))
    (finding,) = [f for f in run_checks(rubric, score_rubric(rubric, explain=False)) if f.code == "REG_OVER_COMPLETION"]
    assert "完成值高于指标值较多（完成率=150/100×100%=150%，为指标值的1.5倍，达1.5倍及以上）" in finding.message
