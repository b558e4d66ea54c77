"""A row of a 项目支出绩效自评表 copied whole into the 评分标准 cell: ``数量指标  培训人数  年度指标值：≥5000人次  实际完成值：____
\\n评分：实际完成值达到年度指标值得满分（10分）；未达到的，…``. The blank is the form's column for the value achieved —
what the evaluator enters, no part of the rule left unwritten — and the 年度指标值 is the target the rule's 指标值 names.
The row is the self-assessment wording the reader already reads, the target with its rule in brackets after the
indicator's name: ``培训人数≥5000人次(实际完成值达到年度指标值得满分(10分);…)``.

Only the whole row: the indicator's kind (数量指标 …) at most, the name, 年度指标值 and a blank 实际完成值 in that order
before the rule's first line break. Any other blank (扣____分, 目标值为____%) stays, for the reader to refuse as an
unfilled template, and so does a filled 实际完成值 (a value in the rule's cell is not a rule).
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_ROW = lazy_compile(
    r"^\s*(?:(?:数量|质量|时效|成本|效益|经济效益|社会效益|生态效益|可持续影响|满意度)指标\s*(?:-{1,2}|—{1,2})?)?\s*"
    r"(?P<name>[^:\n_]{2,30}?)\s*年度指标值\s*:\s*(?P<target>[^:\n_]{1,30}?)\s*实际完成值\s*:\s*_{2,}\s*\n"
    r"\s*(?:评分(?:标准|方法)?\s*:)?\s*(?P<rule>[^\n_]+?)\s*$"
)


def self_assessment_row(text: str) -> str:
    row = _ROW.match(text)
    if row is None:
        return text
    return f"{row.group('name')}{row.group('target')}({row.group('rule')})"
