"""One lexicon for every comparison: each comparison word of text/lexicon.py is understood in a target
(`pingfen rule --target`, a 单位自评 rubric's target and its 年度指标值 line) and in a rubric's grade bands
(`pingfen score`/`check`), so a word added to the lexicon is understood everywhere.

Expected scores are worked by hand from 财预〔2020〕10号 附1 (达到指标值记满分，未达到按 B/A 或 A/B × 分值):
a lower bound of 95% with 76% done scores 76/95 × 10 = 8; an upper bound of 800元/户 with 1000元/户 spent
scores 800/1000 × 10 = 8; meeting either scores 10.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest

from pingfen.cli import main
from pingfen.grading import GradeError, make_bands, parse_bands
from pingfen.quantities import QuantityError, parse_quantity
from pingfen.report.words import grade_bands
from pingfen.text.lexicon import comparison_words

GENERIC = "完成值达到指标值，记满分；未达到指标值，按B/A或A/B*该指标分值记分。"
WORDS = comparison_words()
LOWER = ("≥", ">", "=")  # a floor the actual should reach; ≤ and < are a ceiling it should stay under


def word_id(word: tuple[str, str, str]) -> str:
    return word[0]


def target_text(word: str, kind: str, lower: bool) -> str:
    value = "95%" if lower else "800元/户"
    return f"{word}{value}" if kind == "CMP" else f"{value}{word}"


def points(lower: bool) -> list[tuple[str, Decimal, str]]:
    """(actual, hand-worked score of 10, words the explanation must use)."""
    if lower:
        return [("76%", Decimal(8), "未达到指标值"), ("95%", Decimal(10), "达到指标值")]
    return [("1000元/户", Decimal(8), "超过指标值"), ("640元/户", Decimal(10), "达到指标值")]


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_the_comparison_set_is_the_lexicon_with_both_directions() -> None:
    words = {word: symbol for word, _, symbol in WORDS}
    # a sample of each direction, as the regulations and reports write them
    assert {words[w] for w in ("≥", "不低于", "不少于", "达到", "达", "及以上", "以上")} == {"≥"}
    assert {words[w] for w in ("≤", "不高于", "不超过", "及以下", "以下", "以内")} == {"≤"}
    assert {words[w] for w in ("低于", "不足", "未达到", "小于")} == {"<"}
    assert {words[w] for w in ("超过", "大于", "高于")} == {">"}
    assert "完成" not in words  # 完成指标值: compares with the target, never with a number
    assert len(WORDS) >= 50


@pytest.mark.parametrize("word, kind, symbol", WORDS, ids=[w[0] for w in WORDS])
def test_every_comparison_word_reads_in_a_target_of_pingfen_rule(
    word: str, kind: str, symbol: str, capsys: pytest.CaptureFixture[str]
) -> None:
    lower = symbol in LOWER
    target = target_text(word, kind, lower)
    assert parse_quantity(target).op == symbol
    for actual, expected, said in points(lower):
        code, out = run_cli(capsys, "rule", GENERIC, "--full", "10", "--actual", actual, "--target", target, "--json")
        assert code == 0, out
        result = json.loads(out)
        assert Decimal(str(result["score"])) == expected, (target, actual, result)
        assert said in result["explanation"], (target, actual, result["explanation"])


def test_the_console_script_reads_worded_targets() -> None:
    script = Path(sys.executable).with_name("pingfen")
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    done = subprocess.run(
        [str(script), "rule", GENERIC, "--full", "10", "--actual", "1000元/户", "--target", "不超过800元/户", "--json"],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["score"] == 8  # 800/1000 × 10


def ziping_rubric(leaves: list[tuple[str, str]]) -> str:
    """A 单位自评 rubric with one 10-point leaf per (criteria, data)."""
    rows = [f"project: 单位自评比较词\ntotal: {10 * len(leaves)}\nindicators:\n"]
    for index, (criteria, data) in enumerate(leaves, start=1):
        rows.append(
            f'  - code: "{index}"\n    name: 指标{index}\n    weight: 10\n'
            f"    criteria: {json.dumps(criteria, ensure_ascii=False)}\n    data: {data}\n"
        )
    return "".join(rows)


def test_every_comparison_word_reads_in_a_ziping_rubric(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each word twice per data point: as the entered target (data.target), and on the 年度指标值 line
    of the criteria. 以外/之外/范围外 only bound a deviation (±10%以外), never a 年度指标值."""
    leaves, expected = [], []
    for word, kind, symbol in WORDS:
        lower = symbol in LOWER
        target = target_text(word, kind, lower)
        for actual, score, _ in points(lower):
            leaves.append((GENERIC, f"{{target: '{target}', actual: '{actual}'}}"))
            expected.append((target, "target", actual, score))
            if word not in ("以外", "之外", "范围外"):
                measured = f"{{rate: '{actual}'}}" if lower else f"{{actual: '{actual}'}}"
                leaves.append((f"年度指标值：{target}\n{GENERIC}", measured))
                expected.append((target, "年度指标值", actual, score))
    path = tmp_path / "ziping.yaml"
    path.write_text(ziping_rubric(leaves), encoding="utf-8")
    code, out = run_cli(capsys, "score", str(path), "--json")
    assert code == 0, out
    scores = {row["code"]: row["score"] for row in json.loads(out)["indicators"]}
    wrong = [
        (target, via, actual, float(score), scores[str(index)])
        for index, (target, via, actual, score) in enumerate(expected, start=1)
        if scores[str(index)] is None or Decimal(str(scores[str(index)])) != score
    ]
    assert wrong == []


@pytest.mark.parametrize("restated", ["95%以上", "不低于95%", "达到95%", "95%(含)以上", "≤800元/户"])
def test_an_actual_written_with_a_comparison_word_is_a_restated_target(
    restated: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ziping.yaml"
    path.write_text(ziping_rubric([(GENERIC, f"{{target: '≥90%', actual: '{restated}'}}")]), encoding="utf-8")
    code, out = run_cli(capsys, "check", str(path), "--json")
    assert code in (1, 2)
    assert "完成值应为实际数" in out


@pytest.mark.parametrize(
    "text, op, value",
    [
        ("95%(不含)以上", ">", Decimal("0.95")),  # the mark decides whether 以上 takes the number
        ("95%以上(含)", "≥", Decimal("0.95")),
        ("80分(不含)以下", "<", Decimal(80)),
        ("不低于指标值95%", "≥", Decimal("0.95")),
        ("5%以内", "≤", Decimal("0.05")),
        ("≥ 21,933 人", "≥", Decimal(21933)),
        ("不超过202.6万元", "≤", Decimal(2026000)),
        ("95%(含)", None, Decimal("0.95")),
    ],
)
def test_a_target_comparison_with_its_inclusion_mark(text: str, op: str | None, value: Decimal) -> None:
    quantity = parse_quantity(text)
    assert (quantity.op, quantity.value) == (op, value)


def test_contradictory_comparisons_are_refused_naming_the_value() -> None:
    with pytest.raises(QuantityError, match="“不低于95%以下”"):
        parse_quantity("不低于95%以下", where="目标值")


# ---------------------------------------------------------------- grade bands


def grade_rubric(grades: str, total: str, published_grade: str) -> str:
    """Two manual leaves whose entered scores make ``total``; grades as the report prints them."""
    return textwrap.dedent(f"""\
        project: 等级划分
        total: 100
        grades: {json.dumps(grades, ensure_ascii=False)}
        published: {{total: {total}, grade: {published_grade}}}
        indicators:
          - code: "1"
            name: 决策
            weight: 50
            criteria: 酌情评分
            score: 50
            reason: 依据充分
          - code: "2"
            name: 效益
            weight: 50
            criteria: 酌情评分
            score: {Decimal(total) - 50}
            reason: 效果达到预期
        """)


def band_text(word: str, kind: str, symbol: str) -> tuple[str, str, str]:
    """Grades written with ``word``, and the grade of a total of exactly 90 and of 90.5, worked by hand:
    the shared score 90 belongs to 优 when the word includes it on 优's side (≥, 以上, 不低于) or excludes
    it from 差's (<, 低于, 不足); 以下/以内 leave it to 优's unmarked 以上, which includes it."""
    if symbol in ("≥", ">"):
        text = f"{word}90分为优，其余为差" if kind == "CMP" else f"90分{word}为优，其余为差"
        return text, "优" if symbol == "≥" else "差", "优"
    if symbol == "=":  # 为/是/等于 only introduce the band's own bound
        return f"优{word}90分以上，差{word}90分以下", "优", "优"
    text = f"90分以上为优，{word}90分为差" if kind == "CMP" else f"90分以上为优，90分{word}为差"
    return text, "差" if symbol == "≤" and kind == "CMP" else "优", "优"


@pytest.mark.parametrize("word, kind, symbol", WORDS, ids=[w[0] for w in WORDS])
def test_every_comparison_word_reads_in_a_rubric_grade_band(
    word: str, kind: str, symbol: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    grades, at_90, at_90_5 = band_text(word, kind, symbol)
    for total, grade in (("90", at_90), ("90.5", at_90_5), ("89.5", "差")):
        path = tmp_path / "grades.yaml"
        path.write_text(grade_rubric(grades, total, grade), encoding="utf-8")
        code, out = run_cli(capsys, "score", str(path), "--json")
        assert code == 0, out
        result = json.loads(out)
        assert (result["total"], result["grade"]) == (float(total), grade), (grades, total)
        code, out = run_cli(capsys, "check", str(path), "--json")
        assert [f for f in json.loads(out)["findings"] if f["code"] == "GRADE"] == [], (grades, total)


SEED_002_BANDS = "90（含90）-100分为“优”，80（含80）-90分为“良”，60（含60）-80分为“中”，60分以下为“差”"


@pytest.mark.parametrize(
    "total, grade", [("95.48", "优"), ("90", "优"), ("89.99", "良"), ("80", "良"), ("60", "中"), ("59.5", "差")]
)
def test_the_bands_seed_002_prints_grade_a_rubric(total: str, grade: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Seed 002 prints its bands as 90（含90）-100分为“优”…; its total 95.48 is graded 优."""
    path = tmp_path / "seed002_grades.yaml"
    path.write_text(grade_rubric(SEED_002_BANDS, total, grade), encoding="utf-8")
    code, out = run_cli(capsys, "check", str(path), "--json")
    assert code == 0 and [f for f in json.loads(out)["findings"] if f["code"] == "GRADE"] == []
    code, out = run_cli(capsys, "score", str(path), "--json")
    assert json.loads(out)["grade"] == grade


def test_grades_as_a_list_of_printed_lines_and_minima_with_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = "grades:\n  - 90分(含)以上为优\n  - 80-90分为良\n  - 60-80分为中\n  - 60分以下为差\n"
    text = grade_rubric("x", "85", "良").replace('grades: "x"\n', lines)
    path = tmp_path / "lines.yaml"
    path.write_text(text, encoding="utf-8")
    code, out = run_cli(capsys, "score", str(path), "--json")
    assert json.loads(out)["grade"] == "良"
    # {name, min} with a worded minimum: 超过180 excludes 180 (seed 001's contract scale)
    bands = make_bands([("优秀", "超过180"), ("良好", "不低于140"), ("合格", 0)])
    assert [(b.name, b.minimum, b.inclusive) for b in bands] == [
        ("优秀", Decimal(180), False), ("良好", Decimal(140), True), ("合格", Decimal(0), True)
    ]


@pytest.mark.parametrize(
    "text, message",
    [
        ("80-89分为良，90分以上为优，其余为差", "上限89分与等级“优”的下限90分不相接"),  # 89.5 would have no grade
        ("90分(含)以上为优，80-90分(含)为良，差", "90分同时属于等级“良”与“优”"),
        ("优≥90，良≥90，差", "下限相同"),
        ("优≥90，差，劣", "都没有下限"),
        ("90%以上为优，差", "不是百分比"),
        ("优秀大于，良好", "无法识别的等级划分“优秀大于”"),
    ],
)
def test_inconsistent_grade_bands_are_refused_naming_them(text: str, message: str) -> None:
    with pytest.raises(GradeError, match=message):
        parse_bands(text)


def test_an_upper_bound_written_with_its_mark_decides_the_shared_score() -> None:
    """80-90分(含)为良 puts 90 in 良, so 优 starts above 90; 低于60分为差 leaves 60 to 中."""
    bands = parse_bands("90分以上为优，80-90分(含)为良，60-80分为中，低于60分为差")
    assert [(b.name, b.minimum, b.inclusive) for b in bands] == [
        ("优", Decimal(90), False), ("良", Decimal(80), True), ("中", Decimal(60), True), ("差", Decimal(0), True)
    ]


def test_a_rubric_with_unreadable_grades_is_refused_with_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(grade_rubric("优≥90，良≥很多，差", "85", "良"), encoding="utf-8")
    code, out = run_cli(capsys, "score", str(path))
    assert code == 2
    assert "第3行" in out and "良≥很多" in out


def test_an_exclusive_band_is_written_as_exclusive_in_check_and_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """超过90分为优: a total of 90 is 差; 校验 and the report's band list say 优>90, not ≥."""
    path = tmp_path / "exclusive.yaml"
    path.write_text(grade_rubric("超过90分为优，其余为差", "90", "优"), encoding="utf-8")
    code, out = run_cli(capsys, "check", str(path), "--json")
    grade = [f for f in json.loads(out)["findings"] if f["code"] == "GRADE"]
    assert len(grade) == 1 and "（优>90、差≥0）应为“差”，公布为“优”" in grade[0]["message"]
    scores = SimpleNamespace(rubric=SimpleNamespace(grades=parse_bands("超过90分为优，80分(含)以上为良，差")))
    assert grade_bands(scores) == "优（90分以上，不含），良（80分及以上），差（其余）"  # type: ignore[arg-type]
