"""The shortcuts ``pingfen build`` takes give what the long way gives.

- A plain amount typed as rubric data (559.89万元, 95.3%, 12) is read, and told from a target that
  states a comparison, without normalising it or looking for a comparison in it: for every such text,
  normalising changes nothing and no comparison is found.
- A plain decimal integer of a rubric file is read without PyYAML's int constructor: as that
  constructor reads it, for every integer YAML's resolver recognises (signs, _, octal, hex, 1:30).
- The value of each input cell is recorded while the layout places it: the same map of cell → value
  as looking every placed input (leaf inputs, entity scores) up in the values afterwards.
- The entities of a rubric are scored once per build: the build asks for them five times.
- The _pingfen record is written out as text (Layout.meta_text): the text json.dumps gives of the
  record (Layout.meta), for every seed rubric and a generated one with items tables and survey steps.
- A sheet's rows are fitted to their wrapped text as the sheet is written: the heights fit_rows gives.
"""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from pingfen.quantities import _PLAIN, _normal, comparison, parse_quantity, states_comparison
from pingfen.rubric import load_rubric
from pingfen.rubric.source import load_yaml

ROOT = Path(__file__).resolve().parents[1]


def _plain_texts() -> list[str]:
    chooser = random.Random(13)
    texts = ["0", "00", "0.0", "007", "1.50%", "100%", "0元", "12万元", "3亿元", "999999999999999.999999999999999亿元"]
    for _ in range(3000):
        digits = "".join(chooser.choice("0123456789") for _ in range(chooser.randint(1, 15)))
        if chooser.random() < 0.6:
            digits += "." + "".join(chooser.choice("0123456789") for _ in range(chooser.randint(1, 15)))
        texts.append(digits + chooser.choice(("", "%", "元", "万元", "亿元")))
    return texts


def _rubric_texts() -> list[str]:
    """Every text of every seed rubric's data (the values an accountant types)."""
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, str):
            found.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in sorted((ROOT / "rubrics").glob("*.yaml")):
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return found


def test_a_plain_amount_reads_as_the_long_way_reads_it() -> None:
    texts = [text for text in _plain_texts() + _rubric_texts() if _PLAIN.fullmatch(text)]
    assert len(texts) > 3000
    for text in texts:
        assert comparison(_normal(text), text, "") == (None, text), text


def test_plain_amounts_by_hand() -> None:
    # worked by hand: 559.89万元 is 5,598,900元; 95.3% is 0.953; 12 is 12 with no unit
    assert (parse_quantity("559.89万元").value, parse_quantity("559.89万元").unit) == (5598900, "元")
    assert (parse_quantity("95.3%").value, parse_quantity("95.3%").unit, parse_quantity("95.3%").op) == (Decimal("0.953"), "%", None)
    assert (parse_quantity("12").value, parse_quantity("12").unit) == (12, "")
    assert parse_quantity("≥95%").op is not None  # not plain: the long way, which finds the comparison
    assert not states_comparison("559.89万元") and not states_comparison("95.3%")
    assert states_comparison("≥95%") and states_comparison("95%以上")


def test_integers_read_as_the_yaml_constructor_reads_them() -> None:
    chooser = random.Random(29)
    texts = ["0", "7", "10", "010", "0o17", "-0", "+0", "-12", "+12", "1_000", "0x1F", "0b101", "1:30", "190:20:30", "00", "12345678901234567890"]
    texts += [str(chooser.randint(0, 10**chooser.randint(1, 20))) for _ in range(500)]
    document = "\n".join(f"k{index}: {text}" for index, text in enumerate(texts))
    read, expected = load_yaml("ints.yaml", document), yaml.safe_load(document)
    assert dict(read) == expected
    assert all(type(read[key]) is type(expected[key]) for key in expected)
    assert (read["k3"], read["k10"], read["k12"]) == (8, 31, 90)  # 010 is octal, 0x1F is 31, 1:30 is 1×60+30


def _placed_inputs(layout, values):  # type: ignore[no-untyped-def]
    from pingfen.workbook.layout import entity_key

    expected = {}
    for code, leaf in layout.leaves.items():
        expected.update({ref: values[(code, name)] for name, ref in leaf.inputs.items() if (code, name) in values})
    for entity, cells in layout.entity_inputs.items():
        expected.update({ref: values[(entity_key(entity), code)] for code, ref in cells.items() if (entity_key(entity), code) in values})
    return expected


@pytest.mark.parametrize("path", sorted((ROOT / "rubrics").glob("*.yaml")), ids=lambda path: path.stem)
def test_the_input_values_recorded_while_laying_out_are_the_placed_inputs(path: Path) -> None:
    from pingfen.workbook.layout import build_layout
    from pingfen.workbook.service import _inputs_from_rubric

    rubric = load_rubric(path)
    shapes, values = _inputs_from_rubric(rubric)
    layout = build_layout(rubric, shapes, values, None)
    assert layout.input_values == _placed_inputs(layout, values)
    assert layout.input_values  # every seed carries data


def test_the_entities_are_scored_once_per_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pingfen.rubric import entities
    from pingfen.workbook import service

    rubric = load_rubric(ROOT / "rubrics" / "seed001_contracts_2020.yaml")
    assert rubric.entities is not None
    expected = entities.score_entities(rubric)  # outside a build: scored each time it is asked
    scored = []
    score = entities._score_entities
    monkeypatch.setattr(entities, "_score_entities", lambda rubric: scored.append(rubric) or score(rubric))
    service.build(rubric, tmp_path / "contracts.xlsx")
    assert scored == [rubric]
    entities.score_entities(rubric)
    assert len(scored) == 2  # after the build: scored again (the rubric may have changed)
    assert [(r.entity.name, r.rank, r.shown_total, r.grade) for r in score(rubric)] == [(r.entity.name, r.rank, r.shown_total, r.grade) for r in expected]


@pytest.mark.parametrize("path", [*sorted((ROOT / "rubrics").glob("*.yaml")), "generated"], ids=lambda path: getattr(path, "stem", path))
def test_the_record_text_is_the_json_of_the_record(path: Path | str, tmp_path: Path) -> None:
    import json
    import sys

    from pingfen.workbook.layout import build_layout
    from pingfen.workbook.service import _inputs_from_rubric

    if path == "generated":
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from recalc_bench import write_rubric

        path = write_rubric(120, tmp_path / "generated.yaml")
    rubric = load_rubric(path)
    shapes, values = _inputs_from_rubric(rubric)
    layout = build_layout(rubric, shapes, values, None)
    assert layout.meta_text() == json.dumps(layout.meta(), ensure_ascii=False, separators=(",", ":"))


@pytest.mark.parametrize("path", sorted((ROOT / "rubrics").glob("*.yaml"))[:4], ids=lambda path: path.stem)
def test_rows_fitted_as_written_are_the_rows_fit_rows_fits(path: Path, tmp_path: Path) -> None:

    from pingfen.workbook.layout import fit_rows
    from pingfen.workbook.service import build

    result = build(load_rubric(path), tmp_path / "book.xlsx")
    written = {sheet.name: dict(sheet.heights) for sheet in result.layout.book.sheets}
    widths: dict = {}
    for sheet in result.layout.book.sheets:
        fitted = dict(sheet.heights)
        sheet.heights.clear()
        fit_rows(sheet, result.values, widths)
        assert sheet.heights == fitted == written[sheet.name], sheet.name
