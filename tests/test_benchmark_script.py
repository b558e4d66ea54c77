"""Smoke test of benchmarks/recalc_bench.py: its rubric generator and one pingfen recalc on a tiny
workbook. No timings are asserted (the benchmark itself is a script, not a test)."""
from __future__ import annotations

import importlib.util
import sys
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
