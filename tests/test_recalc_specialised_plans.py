"""``pingfen recalc`` works out the cells a filled-down formula reads from its digits by a plan; a plan
that serves many formulas gets a function written for it (compiled._Plan._specialised: straight-line
code instead of the loop over its references), whose code is kept between runs. The values are the
ones LibreOffice computes, also for a formula changed by hand so that two places naming one cell in
the other rows name two cells in it (the function hands that formula back to the reference-by-reference
reading). A low threshold makes every plan of seed 000's book specialised."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from pingfen.cli import main
from pingfen.engines.differential import compare
from pingfen.kept import Kept
from pingfen.workbook import compiled, formula_text, kept_templates
from test_recalc_file_formulas import libreoffice_values, saved_values

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Any]]:
    """No template, shape or plan known (as in a new process), every plan specialised from its second
    use, kept code read from and put in an empty store of this test; records the plans specialised
    and the plan sources compiled."""
    for module, name in ((compiled, "_PLANS"), (compiled, "_RUNS_ALIKE"), (compiled, "_SHAPES"), (compiled, "_PLAIN_SLOTS"),
                         (formula_text, "_TEMPLATES"), (formula_text, "_REFERENCES")):
        monkeypatch.setattr(module, name, {})
    monkeypatch.setattr(sys, "pycache_prefix", str(tmp_path / "cache"))
    monkeypatch.setattr(kept_templates, "_CODE", Kept(kept_templates.__file__, "plan_code"))
    monkeypatch.setattr(compiled, "_SPECIALISED_AFTER", 2)
    seen: dict[str, list[Any]] = {"specialised": [], "compiled": []}
    specialise = compiled._Plan._specialised

    def recorded(plan: Any) -> Any:
        seen["specialised"].append(plan)
        return specialise(plan)
    monkeypatch.setattr(compiled._Plan, "_specialised", recorded)

    def compiling(source: str, *rest: Any) -> Any:
        seen["compiled"].append(source)
        return compile(source, *rest)
    monkeypatch.setattr(compiled, "compile", compiling, raising=False)
    return seen


def test_specialised_plans_compute_what_libreoffice_computes(tmp_path: Path, fresh: dict[str, list[Any]]) -> None:
    path = tmp_path / "book.xlsx"
    assert main(["build", str(ROOT / "rubrics" / "seed000_luohu_dangqun_2022.yaml"), "-o", str(path)]) == 0
    book = openpyxl.load_workbook(path)
    score = book["评分表"]
    # every row's 得分率 names its score twice; row 9's second one is changed to row 8's (same digits)
    assert score["L9"].value == '=IF(OR(NOT(ISNUMBER(K9)),D9=0),"",K9/D9)'
    score["L9"] = '=IF(OR(NOT(ISNUMBER(K9)),D9=0),"",K8/D9)'
    book.save(path)  # openpyxl keeps no cached value: recalc computes and writes every one
    assert main(["recalc", str(path)]) == 0
    assert len(fresh["specialised"]) > 10  # the filled-down columns of 评分表 and 数据
    assert all(plan.cells.__name__ == "cells" for plan in fresh["specialised"])  # the written functions in use
    cached = saved_values(path)
    theirs = libreoffice_values(path, tmp_path / "lo")
    assert not compare(cached, theirs), compare(cached, theirs)[:5]
    # by hand: L9 divides row 8's score by row 9's 分值 (2); the other rows their own score by theirs
    assert cached[("评分表", "L9")] == pytest.approx(cached[("评分表", "K8")] / 2, abs=1e-12)
    assert cached[("评分表", "L8")] == pytest.approx(cached[("评分表", "K8")] / 4, abs=1e-12)


def test_a_later_run_uses_the_kept_code_of_its_specialised_plans(tmp_path: Path, fresh: dict[str, list[Any]],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "book.xlsx"
    assert main(["build", str(ROOT / "rubrics" / "seed000_luohu_dangqun_2022.yaml"), "-o", str(path)]) == 0
    openpyxl.load_workbook(path).save(path)  # every cached value removed
    first = tmp_path / "first.xlsx"
    assert main(["recalc", str(path), "-o", str(first)]) == 0
    # each function's source compiled once (plans of other templates may read their cells alike)
    assert fresh["compiled"] and len(set(fresh["compiled"])) == len(fresh["compiled"]) <= len(fresh["specialised"])
    kept_templates._CODE.save()  # as a process writing bytecode does at its end
    # a new process: nothing known but what the files keep
    for module, name in ((compiled, "_PLANS"), (compiled, "_RUNS_ALIKE"), (compiled, "_SHAPES"), (formula_text, "_TEMPLATES")):
        monkeypatch.setattr(module, name, {})
    monkeypatch.setattr(kept_templates, "_CODE", Kept(kept_templates.__file__, "plan_code"))
    fresh["compiled"].clear()
    fresh["specialised"].clear()
    second = tmp_path / "second.xlsx"
    assert main(["recalc", str(path), "-o", str(second)]) == 0
    assert fresh["specialised"] and fresh["compiled"] == []  # every function made from kept code
    assert saved_values(second) == saved_values(first)
