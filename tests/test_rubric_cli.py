"""`pingfen score` and `pingfen check` on the seed rubrics and on rubrics built to break each 校验."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pingfen.cli import main

ROOT = Path(__file__).resolve().parents[1]
RUBRICS = ROOT / "rubrics"
SEEDS = {
    "seed000_luohu_dangqun_2022.yaml": (91, "优"),
    "seed001_futian_shegong_2020.yaml": (95.98, "优"),
    "seed002_baiyun_shegongzhan_2023.yaml": (95.48, "优"),
    "seed003_xishan_dangzuzhi_2024.yaml": (88.51, "良"),
    "seed004_fuzhou_zhuanzhi_2020.yaml": (94.7, "优"),
}
# Error-severity findings the seeds really contain (each is an inconsistency in the report itself).
SEED_ERRORS = {
    "seed000_luohu_dangqun_2022.yaml": set(),
    "seed001_futian_shegong_2020.yaml": {("RULE_MAX", "3.2.1 质量达标率")},
    "seed002_baiyun_shegongzhan_2023.yaml": set(),
    "seed003_xishan_dangzuzhi_2024.yaml": {
        ("ENTERED_MISMATCH", "2.2.2 资金使用合规性"),
        ("ENTERED_MISMATCH", "3.1.2 完成及时率"),  # by the printed dates 金牛、永和里 were late, not 盛高大城
        ("RATE_STATED", "1.2.1 资金到位率"),
        ("RATE_STATED", "1.2.2 到位及时率"),
    },
    "seed004_fuzhou_zhuanzhi_2020.yaml": {("RULE_MAX", "2.2.2 制度执行有效性"), ("RULE_MAX", "4.1.1 社会效益")},
}


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_score_reproduces_published_total_and_grade(seed: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "score", str(RUBRICS / seed), "--json")
    assert code == 0
    result = json.loads(out)
    total, grade = SEEDS[seed]
    assert result["total"] == pytest.approx(total, abs=1e-9)
    assert result["grade"] == grade
    assert result["differences"] == []
    # every published leaf computed by its rule matches the report
    by_rule = [i for i in result["indicators"] if i["source"] == "rule" and i["published"] is not None]
    assert by_rule, "each seed has leaves scored by rule"
    for indicator in by_rule:
        assert indicator["score"] == pytest.approx(indicator["published"]), indicator["code"]


def test_score_text_output_shows_tree_total_and_grade(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "score", str(RUBRICS / "seed000_luohu_dangqun_2022.yaml"))
    assert code == 0
    assert "3.1.5 | 　　个案咨询及辅导数量达标情况 | 3 | 2 | 66.67% | 未达标：笋西（个案辅导7<10）、笋岗（个案辅导9<10），共2个" in out
    assert "总分：91（公布：91）　等级：优（公布：优）" in out
    assert "与公布得分一致。" in out


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_check_reports_exactly_the_seed_inconsistencies(seed: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "check", str(RUBRICS / seed), "--json")
    findings = json.loads(out)["findings"]
    errors = {(f["code"], f["indicator"]) for f in findings if f["severity"] == "error"}
    assert errors == SEED_ERRORS[seed]
    assert code == (1 if SEED_ERRORS[seed] else 0)
    for finding in findings:
        assert set(finding) >= {"code", "severity", "indicator", "message"}


def test_check_finds_the_mixed_shortfall_reference_in_seed_003(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run_cli(capsys, "check", str(RUBRICS / "seed003_xishan_dangzuzhi_2024.yaml"), "--json")
    mixed = [f for f in json.loads(out)["findings"] if f["code"] == "REFERENCE_MIX"]
    assert len(mixed) == 1 and mixed[0]["severity"] == "warning"
    assert "4.1.1.1" in mixed[0]["message"] and "4.1.2 可持续影响（90%）" in mixed[0]["message"]


def test_check_takes_a_generated_workbook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`pingfen check 评分表.xlsx` checks the book as last saved: the report's own 3.2.1 inconsistency
    (规则最高可得 ≠ 分值) is found there as in the rubric; a missing book is named, not a traceback."""
    book = tmp_path / "评分表.xlsx"
    assert main(["build", str(RUBRICS / "seed001_futian_shegong_2020.yaml"), "-o", str(book)]) == 0
    capsys.readouterr()
    code, out, _ = run_cli(capsys, "check", str(book), "--json")
    errors = {(f["code"], f["indicator"]) for f in json.loads(out)["findings"] if f["severity"] == "error"}
    assert errors == {("RULE_MAX", "3.2.1 质量达标率")} and code == 1
    code, out, err = run_cli(capsys, "check", str(tmp_path / "没有这个文件.xlsx"))
    assert code != 0 and "没有这个文件.xlsx：文件不存在" in out + err and "Traceback" not in out + err


def test_console_script_runs_score_and_check() -> None:
    script = Path(sys.executable).with_name("pingfen")
    seed = str(RUBRICS / "seed004_fuzhou_zhuanzhi_2020.yaml")
    score = subprocess.run([str(script), "score", seed], capture_output=True, text=True, check=False)
    assert score.returncode == 0 and "总分：94.7（公布：94.7）　等级：优（公布：优）" in score.stdout
    check = subprocess.run([str(script), "check", seed], capture_output=True, text=True, check=False)
    assert check.returncode == 1
    assert "[错误] RULE_MAX 4.1.1 社会效益：" in check.stdout and "最高可得8分，与指标分值7分不符" in check.stdout
    assert "Traceback" not in check.stderr


def test_console_script_ends_after_build_score_and_check_with_all_output_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # these commands end the process without Python's teardown: the output must still be whole
    script = Path(sys.executable).with_name("pingfen")
    seed = str(RUBRICS / "seed004_fuzhou_zhuanzhi_2020.yaml")
    book = tmp_path / "评分表.xlsx"
    built = subprocess.run([str(script), "build", seed, "-o", str(book)], capture_output=True, text=True, check=False)
    assert built.returncode == 0 and built.stdout.splitlines() == [f"已生成评分表：{book}", "总分：94.7　等级：优"]
    import openpyxl
    import zipfile

    with zipfile.ZipFile(book) as archive:
        assert archive.testzip() is None
    summary = openpyxl.load_workbook(book, data_only=True)["汇总"]
    assert [row[2] for row in summary.iter_rows(values_only=True) if row[0] == "合计"][0] == 94.7  # cached, as published
    scored = subprocess.run([str(script), "score", seed, "--json"], capture_output=True, text=True, check=False)
    assert scored.returncode == 0 and json.loads(scored.stdout)["total"] == 94.7  # the published total
    checked = subprocess.run([str(script), "check", seed, "--json"], capture_output=True, text=True, check=False)
    assert checked.returncode == 1  # the seed's two RULE_MAX errors
    assert json.loads(checked.stdout) == json.loads(run_cli(capsys, "check", seed, "--json")[1])
    recalculated = subprocess.run([str(script), "recalc", str(book)], capture_output=True, text=True, check=False)
    assert recalculated.returncode == 0 and "总分：94.7　等级：优" in recalculated.stdout
    # recalc ends the same way: the copy it writes is whole, with its values cached
    copy = tmp_path / "另存.xlsx"
    recalculated = subprocess.run([str(script), "recalc", str(book), "-o", str(copy)], capture_output=True, text=True, check=False)
    assert recalculated.returncode == 0 and recalculated.stdout.splitlines()[1] == "总分：94.7　等级：优"
    with zipfile.ZipFile(copy) as archive:
        assert archive.testzip() is None
    summary = openpyxl.load_workbook(copy, data_only=True)["汇总"]
    assert [row[2] for row in summary.iter_rows(values_only=True) if row[0] == "合计"][0] == 94.7


# ---------------------------------------------------------------- rubrics built to break each check

CLEAN = """\
project: 测试项目
year: 2024
published: {total: 93, grade: 优}
indicators:
  - code: "1"
    name: 过程
    weight: 60
    published: 58
    children:
      - code: "1.1"
        name: 资金管理
        weight: 60
        children:
          - code: "1.1.1"
            name: 预算执行率
            weight: 40
            criteria: 得分为预算执行率*40分
            data: {actual: 95万元, target: 100万元}
            published: 38
          - code: "1.1.2"
            name: 管理制度健全性
            weight: 20
            criteria: "评价要点：①已制定管理制度（10分）；②制度合法合规（10分）"
            data: {met: [true, true]}
            published: 20
  - code: "2"
    name: 效益
    weight: 40
    published: 35
    children:
      - code: "2.1"
        name: 满意度
        weight: 40
        children:
          - code: "2.1.1"
            name: 服务对象满意度
            weight: 20
            criteria: 满意度90%以上满分，每下降1%，扣1分
            data: {rate: 85%}
            published: 15
          - code: "2.1.2"
            name: 社会效益
            weight: 20
            criteria: 根据项目实施效果酌情扣分
            score: 20
            reason: 效果达到预期
            published: 20
"""


def write(tmp_path: Path, text: str, name: str = "rubric.yaml") -> str:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return str(path)


def findings_of(capsys: pytest.CaptureFixture[str], path: str) -> tuple[int, list[dict]]:
    code, out, _ = run_cli(capsys, "check", path, "--json")
    return code, json.loads(out)["findings"]


def test_clean_rubric_has_no_findings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, CLEAN)
    code, findings = findings_of(capsys, path)
    assert (code, findings) == (0, [])
    code, out, _ = run_cli(capsys, "score", path, "--json")
    assert json.loads(out)["total"] == 93


BROKEN = {
    "WEIGHT_SUM": (CLEAN.replace("weight: 60\n        children", "weight: 55\n        children"), "1.1 资金管理", "下级指标分值合计60分，与本指标分值55分不符"),
    "TOTAL_WEIGHT": ("total: 120\n" + CLEAN, "", "一级指标分值合计100分，与总分120分不符"),
    "RULE_MAX": (CLEAN.replace("得分为预算执行率*40分", "得分为预算执行率*30分"), "1.1.1 预算执行率", "最高可得30分，与指标分值40分不符"),
    "SCORE_RANGE": (CLEAN.replace("score: 20\n", "score: 25\n"), "2.1.2 社会效益", "录入得分25分超出[0, 20]范围"),
    "ENTERED_MISMATCH": (CLEAN.replace("data: {rate: 85%}", "data: {rate: 85%}\n            score: 18\n            reason: 复核"), "2.1.1 服务对象满意度", "录入得分18分，按评分标准和数据计算应为15分"),
    "PUBLISHED_MISMATCH": (CLEAN.replace("published: 38", "published: 39"), "1.1.1 预算执行率", "公布得分39分，重新计算为38分"),
    "SUBTOTAL": (CLEAN.replace("published: 58", "published: 57"), "1 过程", "公布的小计57分，与下级公布得分之和58分不符"),
    "GRADE": (CLEAN.replace("grade: 优", "grade: 良"), "", "总分93分按等级划分（优≥90、良≥80、中≥60、差≥0）应为“优”，公布为“良”"),
    "NO_REASON": (CLEAN.replace("            reason: 效果达到预期\n", ""), "2.1.2 社会效益", "酌情评分20分未写明理由"),
    "DATA_MISSING": (CLEAN.replace("data: {met: [true, true]}", "data: {}"), "1.1.2 管理制度健全性", "无法计分：评价要点需要逐项是否符合（met）"),
    "RATE_STATED": (CLEAN.replace("data: {actual: 95万元, target: 100万元}", "data: {actual: 95万元, target: 100万元, rate: 96%}"), "1.1.1 预算执行率", "所列比率96%与数据计算结果不符"),
    "REFERENCE_MIX": (
        CLEAN.replace("criteria: 根据项目实施效果酌情扣分\n            score: 20\n            reason: 效果达到预期", "criteria: 每下降5%扣2分\n            data: {rate: 95%}"),
        "2.1 满意度", "2.1.2 社会效益从100%起算，2.1.1 服务对象满意度（90%）从目标值起算",
    ),
    "NO_METHOD": (CLEAN.replace("criteria: 根据项目实施效果酌情扣分", "criteria: 社会效益指项目实施对社会发展带来的影响"), "2.1.2 社会效益", "评分标准只有指标定义，未规定计分方法"),
}


@pytest.mark.parametrize("code", sorted(BROKEN))
def test_each_check_catches_the_rubric_built_to_break_it(code: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text, indicator, message = BROKEN[code]
    assert text != CLEAN
    status, findings = findings_of(capsys, write(tmp_path, text))
    hits = [f for f in findings if f["code"] == code and f["indicator"] == indicator]
    assert hits, f"{code} not reported on “{indicator}”; got {findings}"
    assert message in hits[0]["message"]
    has_error = any(f["severity"] == "error" for f in findings)
    assert status == (1 if has_error else 0)


MALFORMED = {
    "bad_yaml": (CLEAN.replace("name: 过程", "name: [过程"), "第7行", "YAML 格式错误"),
    "unknown_key": (CLEAN.replace("    name: 效益", "    name: 效益\n    wieght: 40"), "第28行，wieght", "未知的指标字段"),
    "missing_weight": (CLEAN.replace("            weight: 20\n            criteria: 根据", "            criteria: 根据"), "第41行，weight", "指标缺少 weight（分值）"),
    "negative_weight": (CLEAN.replace("weight: 20\n            criteria: 满意度", "weight: -20\n            criteria: 满意度"), "第37行，weight", "分值不能为负数"),
}


def test_an_unreadable_criterion_leaves_the_rubric_usable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """One unreadable 评分标准 makes its leaf wait for an entered score (待评); score, check and build go on."""
    path = write(tmp_path, CLEAN.replace("满意度90%以上满分，每下降1%，扣1分", "满意度高得满分，每差一截扣一些分"))
    code, out, _ = run_cli(capsys, "score", path, "--json")
    result = json.loads(out)
    assert code == 0 and result["total"] is None and result["grade"] == "待评（数据未录全）"
    code, out, _ = run_cli(capsys, "check", path, "--json")
    unreadable = [f for f in json.loads(out)["findings"] if f["code"] == "RULE_UNREADABLE"]
    assert code == 1 and len(unreadable) == 1 and unreadable[0]["severity"] == "error"
    assert "第38行" in unreadable[0]["message"] and "每差一截扣一些分" in unreadable[0]["message"]
    book = tmp_path / "评分表.xlsx"
    code, _, err = run_cli(capsys, "build", path, "-o", str(book))
    assert code == 0 and book.exists(), err


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_rubric_gives_one_chinese_error_with_file_and_line(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text, where, message = MALFORMED[case]
    path = write(tmp_path, text)
    for command in ("score", "check"):
        code, out, err = run_cli(capsys, command, path)
        assert code == 2
        assert out == ""
        lines = err.strip().splitlines()
        assert len(lines) == 1
        assert lines[0].startswith(f"错误：{path} {where}"), lines[0]
        assert message in lines[0]


def test_missing_file_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(capsys, "score", str(tmp_path / "无.yaml"))
    assert code == 2 and "文件不存在" in err


@pytest.mark.parametrize("frame", ["frame_caiyu_2020_10.yaml", "frame_danwei_ziping.yaml"])
def test_blank_frames_are_consistent_and_only_lack_data(frame: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "check", str(RUBRICS / frame), "--json")
    findings = json.loads(out)["findings"]
    assert {f["code"] for f in findings if f["severity"] == "error"} == {"DATA_MISSING"}
    assert code == 1
    code, out, _ = run_cli(capsys, "score", str(RUBRICS / frame), "--json")
    result = json.loads(out)
    assert code == 0 and result["total"] is None and result["grade"] == "待评（数据未录全）"
    assert sum(i["weight"] for i in result["indicators"] if i["level"] == 1) == 100


def test_an_answer_the_reading_does_not_read_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """未设立监督电话此项不得分 reads whether the situation occurred (zeroed) and how often no one answered (failures):
    a met: [false] beside them was silently dropped and the leaf kept its 2 points; 校验 now names it."""
    path = tmp_path / "评分体系.yaml"
    path.write_text(textwrap.dedent("""\
        project: 数据核对
        total: 2
        indicators:
          - {code: "1", name: 监督电话, weight: 2, criteria: "未设立监督电话此项不得分，每发现1次无人接听扣0.5分，扣完为止。",
             data: {met: [false], failures: 0}}
        """), encoding="utf-8")
    _, findings = findings_of(capsys, str(path))
    unused = [f for f in findings if f["code"] == "DATA_UNUSED"]
    assert len(unused) == 1 and unused[0]["severity"] == "warning" and "met未被评分标准使用" in unused[0]["message"]
    path.write_text(path.read_text(encoding="utf-8").replace("met: [false]", "zeroed: true"), encoding="utf-8")
    _, findings = findings_of(capsys, str(path))
    assert not [f for f in findings if f["code"] == "DATA_UNUSED"]


def test_a_printed_standard_wins_over_the_entered_target(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """以100%为标准 with an entered target of 90%: scored from 100% (85% is 15 points short → 20−15 = 5),
    and 校验 reports the disagreement."""
    text = CLEAN.replace("criteria: 满意度90%以上满分，每下降1%，扣1分\n            data: {rate: 85%}",
                         "criteria: 以100%为标准，每下降1%扣1分\n            data: {rate: 85%, target: 90%}")
    path = write(tmp_path, text)
    code, out, _ = run_cli(capsys, "score", path, "--json")
    leaf = next(i for i in json.loads(out)["indicators"] if i["code"] == "2.1.1")
    assert leaf["score"] == 5
    _, findings = findings_of(capsys, path)
    conflict = [f for f in findings if f["code"] == "TARGET_CONFLICT"]
    assert len(conflict) == 1 and conflict[0]["severity"] == "warning"
    assert "100%" in conflict[0]["message"] and "90%" in conflict[0]["message"]


@pytest.mark.parametrize("restated", ["≥95%", "达标", "不低于90%"])
def test_an_actual_that_restates_the_target_is_a_data_error(restated: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, CLEAN.replace("data: {rate: 85%}", f"data: {{rate: '{restated}'}}"))
    code, out, err = run_cli(capsys, "check", path, "--json")
    assert code in (1, 2)
    message = out + err
    assert "完成值应为实际数" in message


def test_an_answer_beside_a_zeroing_situation_alone_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """未建立数据库的,本项不得分 alone reads only whether the situation occurred (zeroed); its program reads nothing when
    zeroed is not given, which the check once took for the evaluator's own score — met: [false] kept the 10 points
    silently (corpus24's collector entered it so)."""
    path = tmp_path / "评分体系.yaml"
    path.write_text(textwrap.dedent("""\
        project: 数据核对
        total: 10
        indicators:
          - {code: "1", name: 数据库建设, weight: 10, criteria: "未建立数据库的,本项不得分;", data: {met: [false]}}
        """), encoding="utf-8")
    _, findings = findings_of(capsys, str(path))
    unused = [f for f in findings if f["code"] == "DATA_UNUSED"]
    assert len(unused) == 1 and "met未被评分标准使用" in unused[0]["message"] and "zeroed" in unused[0]["message"], unused
