"""Chinese names of the rule kinds, as RULE_CHECK and the CLI show them."""

KIND_NAMES = {
    "rate": "比率计分",
    "threshold": "达标计分",
    "bands": "分档计分",
    "steps": "阶梯扣分",
    "items": "逐项扣分",
    "checklist": "评价要点",
    "manual": "酌情评分",
    "grade": "等级计分",
    "target": "指标值达成（单位自评）",
    "formula": "公式计分",
}
