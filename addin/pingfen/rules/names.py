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
    "tiers": "分档酌情评分",
    "met_or_manual": "符合得分、不符合酌情扣分",
    "unconditional": "否决扣分（未出现否决情形得分）",
    "any_of": "具备其一得分",
    "by_count": "按符合项数计分",
    "fault_kinds": "分情形扣分",
    "per_unit": "按完成量加分",
    "award_kinds": "分类加分",
    "parts": "分项计分",
    "deduction_range": "区间扣分（扣分由评价人员在所写区间内确定）",
}
