"""Leaf scores of the five seed reports, table-driven from tests/data/seed_leaf_cases.yaml.

Each case is a 评分标准 as printed in a seed report (or the explicit rule the seed rubric gives, with
its reason), the inputs the report states, and the score the report publishes. Negative controls
(`published` differs from `expected`) record what the printed rule really gives where the report's
score does not follow from it. `xfail` cases are seed wordings or inputs the engine cannot score yet.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from pingfen.rules import evaluate_rule, parse_rule

ROOT = Path(__file__).resolve().parents[1]
CASES_FILE = Path(__file__).resolve().parent / "data" / "seed_leaf_cases.yaml"
RUBRICS = ROOT / "rubrics"

REQUIRED = ("seed", "indicator", "cite", "criteria", "full", "kind", "expected", "explains")
OPTIONAL = ("variant", "data", "manual", "reason", "precision", "published", "implied_max", "xfail", "note")
KINDS = ("rate", "threshold", "bands", "steps", "items", "checklist", "manual", "grade", "target", "formula")


def _load() -> list[dict[str, Any]]:
    with CASES_FILE.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


CASES = _load()


def _case_id(case: dict[str, Any]) -> str:
    code, name = str(case["indicator"]).split(" ", 1)
    parts = [str(case["seed"])[:3], code, name]
    if case.get("variant"):
        parts.append(str(case["variant"]))
    return "-".join(parts)


def _params() -> list[Any]:
    params = []
    for case in CASES:
        marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if case.get("xfail") else []
        params.append(pytest.param(case, id=_case_id(case), marks=marks))
    return params


def _as_decimal(value: Any) -> Decimal:
    return Decimal(str(value))


def _explains(case: dict[str, Any]) -> list[str]:
    wanted = case["explains"]
    return [wanted] if isinstance(wanted, str) else list(wanted)


@pytest.mark.parametrize("case", _params())
def test_seed_leaf(case: dict[str, Any]) -> None:
    rule = parse_rule(case["criteria"])
    assert rule.kind == case["kind"], f"识别为 {rule.kind}：{rule.canonical()}"
    if "implied_max" in case:
        assert rule.implied_max() == _as_decimal(case["implied_max"])
    score = evaluate_rule(
        rule,
        case.get("data") or {},
        _as_decimal(case["full"]),
        precision=int(case.get("precision", 2)),
        manual=case.get("manual"),
        reason=case.get("reason"),
    )
    assert score.value is not None, f"数据不全：{score.explanation}（缺 {', '.join(score.missing)}）"
    assert score.value == _as_decimal(case["expected"]), score.explanation
    assert score.value == round(score.value, int(case.get("precision", 2)))
    for fragment in _explains(case):
        assert fragment in score.explanation


# ---------------------------------------------------------------- the table itself


def _rubric_leaves() -> dict[tuple[str, str], dict[str, Any]]:
    """(seed file, code) → indicator node, over every seed rubric."""
    found: dict[tuple[str, str], dict[str, Any]] = {}

    def walk(source: str, precision: int, nodes: list[dict[str, Any]]) -> None:
        for node in nodes:
            found[(source, str(node["code"]))] = {**node, "_precision": precision}
            walk(source, precision, node.get("children") or [])

    for path in sorted(RUBRICS.glob("seed*.yaml")):
        rubric = yaml.safe_load(path.read_text(encoding="utf-8"))
        walk(rubric["source"], int(rubric.get("precision", 2)), rubric["indicators"])
    return found


def test_table_shape() -> None:
    ids = [_case_id(case) for case in CASES]
    assert len(ids) == len(set(ids)), "用例 id 重复，请加 variant"
    scored = [case for case in CASES if not case.get("xfail")]
    assert len(scored) >= 45
    assert {case["seed"][:3] for case in scored} == {"000", "001", "002", "003", "004"}
    for case in CASES:
        where = _case_id(case)
        assert not [key for key in REQUIRED if key not in case], f"{where} 缺少字段"
        unknown = set(case) - set(REQUIRED) - set(OPTIONAL)
        assert not unknown, f"{where} 有未知字段 {sorted(unknown)}"
        assert case["kind"] in KINDS, where
        if "published" in case and _as_decimal(case["published"]) != _as_decimal(case["expected"]):
            assert case.get("note"), f"{where}：公布得分与规则得分不同，须写 note"
        if "implied_max" in case:
            assert case.get("note"), f"{where}：对照用例须写 note"
        if case["kind"] == "manual":
            assert case.get("manual") is not None and case.get("reason"), f"{where}：酌情评分须有得分与理由"


def test_cases_match_rubrics() -> None:
    """Indicator code, name, 分值, precision and published score agree with rubrics/seed*.yaml."""
    leaves = _rubric_leaves()
    for case in CASES:
        where = _case_id(case)
        code, name = str(case["indicator"]).split(" ", 1)
        node = leaves.get((case["seed"], code))
        assert node is not None, f"{where}：评分体系文件中没有指标 {code}"
        assert node["name"] == name, where
        assert not node.get("children"), f"{where}：不是末级指标"
        assert _as_decimal(node["weight"]) == _as_decimal(case["full"]), where
        assert int(case.get("precision", 2)) == node["_precision"], where
        published = case.get("published", case["expected"])
        if node.get("published") is not None and not case.get("xfail"):
            assert _as_decimal(node["published"]) == _as_decimal(published), where
