"""The shortcuts ``pingfen build`` takes give what the long way gives.

- A plain amount typed as rubric data (559.89万元, 95.3%, 12) is read, and told from a target that
  states a comparison, without normalising it or looking for a comparison in it: for every such text,
  normalising changes nothing and no comparison is found.
"""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import yaml

from pingfen.quantities import _PLAIN, _normal, comparison, parse_quantity, states_comparison

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
