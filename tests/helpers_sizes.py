"""Generated rubrics of any size, with the real 评分标准 wordings and report-like data of
helpers_workbook, for the size tests and the differential fuzz (tests and benchmarks/ share them)."""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

from helpers_workbook import criteria_text, leaf_data, to_yaml

KINDS = (
    "rate", "rate_zero", "threshold", "bands", "steps", "items", "items_cap", "checklist", "checklist_count",
    "checklist_zero", "manual", "grade", "formula", "formula_vars", "dates",
)


# kinds whose generated data always score (the others may leave a leaf 待评)
COMPLETE_KINDS = tuple(kind for kind in KINDS if kind not in ("dates", "formula", "manual"))


def sized_rubric(tops: int, seconds: int, leaves: int, seed: int = 0, weight: int = 2, kinds: tuple[str, ...] = KINDS) -> dict[str, Any]:
    """``tops`` × ``seconds`` × ``leaves`` leaves of ``weight`` points each, rule kinds drawn from ``kinds``."""
    chooser = random.Random(seed)
    indicators = []
    for t in range(1, tops + 1):
        children = []
        for s in range(1, seconds + 1):
            grandchildren = []
            for leaf in range(1, leaves + 1):
                kind = kinds[chooser.randrange(len(kinds))]
                pick = chooser.randrange(1000)
                text, points = criteria_text(kind, Decimal(weight), pick)
                node: dict[str, Any] = {"code": f"{t}.{s}.{leaf}", "name": f"指标{t}-{s}-{leaf}", "weight": weight, "criteria": text}
                data = leaf_data(kind, Decimal(weight), points, pick)
                extra = data.pop("_indicator", {})
                node.update({key: (float(value) if isinstance(value, Decimal) else value) for key, value in extra.items()})
                if data:
                    node["data"] = data
                grandchildren.append(node)
            children.append({"code": f"{t}.{s}", "name": f"二级{t}-{s}", "weight": weight * leaves, "children": grandchildren})
        indicators.append({"code": str(t), "name": f"一级{t}", "weight": weight * leaves * seconds, "children": children})
    total = weight * leaves * seconds * tops
    bands = [{"name": "优", "min": total * 9 // 10}, {"name": "良", "min": total * 8 // 10}, {"name": "中", "min": total * 6 // 10}, {"name": "差", "min": 0}]
    return {"project": f"生成的{tops * seconds * leaves}项指标", "year": 2024, "total": total, "precision": 2, "grades": bands, "indicators": indicators}


def write_rubric(document: dict[str, Any], path: Any) -> None:
    path.write_text(to_yaml(document), encoding="utf-8")


ITEM_CHECKS = ("小组活动", "个案咨询", "个案辅导", "社区讲座")


def items_rubric(rows: int, failing_every: int = 5, per: str = "0.5", weight: int = 10) -> dict[str, Any]:
    """One leaf scored by a per-community items table of ``rows`` rows × 4 checks against a target of
    12: every ``failing_every``-th community misses exactly one check (its ``r % 4``-th, by 1), the
    others meet or pass every target — so ``rows // failing_every`` communities fail."""
    table = {}
    for r in range(1, rows + 1):
        actuals = [12 + (r + c) % 3 for c in range(len(ITEM_CHECKS))]
        if r % failing_every == 0:
            actuals[r % len(ITEM_CHECKS)] = 11
        table[f"社区{r}"] = actuals
    leaf = {
        "code": "1.1", "name": "服务完成情况", "weight": weight,
        "criteria": f"根据各社区完成情况进行评分，每出现1个社区未完成指标量的扣{per}分，扣完为止",
        "data": {"items": {"columns": list(ITEM_CHECKS), "targets": [12] * len(ITEM_CHECKS), "rows": table}},
    }
    return {"project": "逐社区明细", "total": weight, "indicators": [{"code": "1", "name": "产出", "weight": weight, "children": [leaf]}]}
