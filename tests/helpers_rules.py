"""Scoring one rule as a rubric leaf through the CLI (`pingfen score --json`)."""

from __future__ import annotations

import json

import pytest
import yaml

from pingfen.cli import main


def score_leaf(tmp_path, capsys: pytest.CaptureFixture[str], criteria: str, weight: float, data: dict) -> dict:
    """One leaf scored through `pingfen score --json`: its row (score, explanation)."""
    rubric = tmp_path / "rubric.yaml"
    rubric.write_text(yaml.safe_dump({"project": "试评", "total": weight, "indicators": [
        {"code": "1", "name": "试评指标", "weight": weight, "criteria": criteria, "data": data}]}, allow_unicode=True),
        encoding="utf-8")
    assert main(["score", str(rubric), "--json"]) == 0
    return json.loads(capsys.readouterr().out)["indicators"][0]
