"""Smoke test of benchmarks/recalc_bench.py: its rubric generator and one pingfen recalc on a tiny
workbook. No timings are asserted (the benchmark itself is a script, not a test)."""
from __future__ import annotations

import importlib.util
import sys
import zipfile
from pathlib import Path

import pytest

from pingfen.workbook import service

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "recalc_bench.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("recalc_bench", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("recalc_bench", module)
    spec.loader.exec_module(module)
    return module


def test_generator_mixes_rule_kinds(bench, tmp_path: Path) -> None:
    rubric = bench.load_generated(20, tmp_path)  # one full cycle of the kind mix
    kinds = {leaf.rule.kind for leaf in rubric.leaves()}
    assert kinds == {"checklist", "items", "rate", "manual", "bands", "steps", "threshold"}
    # weights add up at every level and to the declared total
    for indicator in rubric.walk():
        if indicator.children:
            assert indicator.weight == sum(child.weight for child in indicator.children)
    assert rubric.total == sum(indicator.weight for indicator in rubric.indicators)


def test_recalc_of_tiny_workbook_matches_build(bench, tmp_path: Path) -> None:
    rubric = bench.load_generated(5, tmp_path)
    assert len(rubric.leaves()) == 5
    path = tmp_path / "book_5.xlsx"
    built = service.build(rubric, path)
    assert built.total is not None and built.total != ""

    recalculated = service.recalc(path)

    assert recalculated.total == built.total
    assert recalculated.grade == built.grade
    assert recalculated.values == built.values


def test_build_phases_times_each_step_of_the_real_command() -> None:
    """benchmarks/build_phases.py wraps the functions `pingfen build` calls: each must still be on the
    command's path (a step renamed or moved away would show 0.000 and mislead whoever reads it)."""
    import re
    import subprocess

    script = SCRIPT.with_name("build_phases.py")
    done = subprocess.run([sys.executable, str(script), "--sizes", "20", "--repeat", "1"], capture_output=True, text=True, check=True, timeout=120)
    rows = {cells[0]: cells[1:] for cells in (re.split(r"\s{2,}", line.strip()) for line in done.stdout.splitlines()) if len(cells) == 3}
    phases = ["read the rubric", "the YAML", "score the rubric (for the checks)", "checks", "lay the workbook out", "the _pingfen record",
              "formula texts", "compute every formula", "write the file"]
    for label in ["start-up and imports", *phases, "the whole process"]:
        assert label in rows, done.stdout
        assert float(rows[label][0]) > 0, (label, done.stdout)
    assert float(rows["read the rubric"][0]) >= float(rows["the YAML"][0])
    assert sum(float(rows[label][0]) for label in ["start-up and imports", "read the rubric", "score the rubric (for the checks)", "checks",
                                                   "lay the workbook out", "compute every formula", "write the file"]) <= float(rows["the whole process"][0]) + 0.001


def test_build_phases_times_a_baseline_checkout_beside_this_one() -> None:
    import re
    import subprocess

    # this checkout serves as its own baseline: both builds run, each command line is printed
    root = SCRIPT.parents[1]
    done = subprocess.run([sys.executable, str(SCRIPT.with_name("build_phases.py")), "--sizes", "20", "--repeat", "1", "--baseline", str(root / "addin")],
                          capture_output=True, text=True, check=True, timeout=180)
    assert f"baseline: PYTHONPATH={root / 'addin'} " in done.stdout and f"this: PYTHONPATH={root / 'addin'} " in done.stdout
    row = done.stdout.split("runs interleaved")[1].splitlines()[2].split()
    assert row[0] == "20" and all(float(value) > 0 for value in (row[1], row[2], row[4], row[5]))
    assert re.fullmatch(r"[\d.]+×", row[3])


def _speed_report():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("speed_report", SCRIPT.parents[1] / "benchmarks" / "speed_report.py")
    assert spec is not None and spec.loader is not None
    report = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(report)
    return report


def test_speed_report_times_a_baseline_checkout_beside_this_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the smallest run: one tiny book, one timed run of each recalc; this checkout serves as its own baseline
    root = SCRIPT.parents[1]
    assert _speed_report().main(["--only-recalc", "--sizes", "3", "--repeat", "1", "--formulas-sizes", "", "--no-libreoffice",
                        "--baseline", str(root / "addin"), "--keep", str(tmp_path)]) == 0
    output = capsys.readouterr().out
    assert f"PYTHONPATH={root / 'addin'}" in output  # the baseline's command line, with its environment
    before_after = output.split("before and after:")[1].splitlines()
    assert before_after[3].split("|")[1].strip() == "3"  # a row for the one size measured
    assert "pingfen build" not in output.split("Commands")[1].split("\n\n")[0]  # --only-recalc: no build timed


def test_speed_report_times_the_batch_of_both_checkouts_on_fresh_copies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = SCRIPT.parents[1]
    assert _speed_report().main(["--only-batch", "--batch", "4", "--repeat", "1", "--no-libreoffice", "--baseline", str(root / "addin"),
                        "--keep", str(tmp_path)]) == 0
    output = capsys.readouterr().out
    table = output.split("batch of 4 seed-sized books")[1]
    labels = [line.split("|")[1].strip() for line in table.splitlines() if line.startswith("|") and "pingfen batch" in line]
    assert labels == ["pingfen batch (values current)", "baseline pingfen batch (values current)",
                      "pingfen batch (values stale)", "baseline pingfen batch (values stale)"]
    # each stale run worked on a fresh copy of the stale books (empty cached values), which the batch filled
    def empty_values(book: Path) -> int:
        with zipfile.ZipFile(book) as archive:
            return archive.read("xl/worksheets/sheet2.xml").decode("utf-8").count("</f><v></v>")

    for stale in (tmp_path / "batch-stale" / "books").glob("*.xlsx"):  # only the formulas whose value is "" stay empty
        assert empty_values(stale) > empty_values(tmp_path / "run-stale" / stale.name)
    assert "Goals of issue 13 (batch)" in output and "pingfen recalc" not in output.split("Commands")[1].split("\n\n")[0]
