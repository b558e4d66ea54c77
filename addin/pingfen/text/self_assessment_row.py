"""A row of a 项目支出绩效自评表 copied whole into the 评分标准 cell: ``数量指标  培训人数  年度指标值：≥5000人次  实际完成值：____
\\n评分：实际完成值达到年度指标值得满分（10分）；未达到的，…``. The blank is the form's column for the value achieved —
what the evaluator enters, no part of the rule left unwritten — and the 年度指标值 is the target the rule's 指标值 names.
The row is the self-assessment wording the reader already reads, the target with its rule in brackets after the
indicator's name: ``培训人数≥5000人次(实际完成值达到年度指标值得满分(10分);…)``.

The same row copied with each column's label (``三级指标：专利授权数量 | 指标值：≥20件 | 实际完成值： | 分值：3 | 评分标准：…``,
the columns apart by spaces or bars) is that row too: its 分值 column is the indicator's points, as a heading's
``专利授权数量(3分)`` says them, and a target written ``=320户`` is the count to reach (the rule says what falling short
costs). An empty 实际完成值 column is blank only when the next column's label follows it.

Only the whole row: the indicator's kind (数量指标 …) or its level's label (三级指标:) at most, the name, 年度指标值 and a
blank 实际完成值 in that order, then the 分值 at most, before the rule. Any other blank (扣____分, 目标值为____%) stays, for
the reader to refuse as an unfilled template, and so does a filled 实际完成值 (a value in the rule's cell is not a rule).
"""

from __future__ import annotations

from .lazy_regex import lazy_compile

_COLUMN_GAP = r"[ \t|]*"


def _label(word: str) -> str:
    """A column's label, a line break or space allowed inside it (分\n值: a cell's text wrapped where the page broke it)."""
    return r"\s*".join(word)


_ROW = lazy_compile(
    r"^\s*(?:(?:数量|质量|时效|成本|效益|经济效益|社会效益|生态效益|可持续影响|满意度)指标\s*(?:-{1,2}|—{1,2})?|[一二三]级指标\s*:)?\s*"
    rf"(?P<name>[^:\n_|]{{2,30}}?){_COLUMN_GAP}(?:年度)?{_label('指标值')}\s*:\s*(?P<target>[^:\n_|]{{1,30}}?){_COLUMN_GAP}"
    rf"{_label('实际完成值')}\s*:"
    # the blank: underscores ending their line, or underscores or nothing before the next column's label
    rf"(?:{_COLUMN_GAP}_{{2,}}\s*\n|{_COLUMN_GAP}(?:_{{2,}})?{_COLUMN_GAP}(?={_label('分值')}|{_label('评分')}))"
    rf"(?:{_label('分值')}\s*:\s*(?P<points>\d+(?:\.\d+)?)分?{_COLUMN_GAP})?"
    rf"\s*(?:{_label('评分')}(?:标准|方法|规则)?\s*:)?\s*(?P<rule>[^\n_]+?)\s*$"
)

_ALL_OF_TARGET = lazy_compile(r"^(?:全部|全面)完成(?=的?(?:得|计|记))")


def self_assessment_row(text: str) -> str:
    row = _ROW.match(text)
    if row is None:
        return text
    points = f"({row.group('points')}分)" if row.group("points") else ""
    target = row.group("target").removeprefix("=")  # =320户: the count the column sets, reached or fallen short of
    # 全部完成得8分，每少完成1户…: all of the row's target done, as 完成得8分 says it (no list of points to be all of)
    rule = _ALL_OF_TARGET.sub("完成", row.group("rule"))
    return f"{row.group('name')}{points}{target}({rule})"
