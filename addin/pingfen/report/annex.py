"""``pingfen report``: the report's Word annexes — 综合评价结论, 扣分指标分析, the 评分表 annex on a
landscape page, the ranking of many entities and, on request, the 校验 findings."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from docx.document import Document as DocumentObject

from ..files import atomic_output
from ..rubric.checks import SEVERITY_NAMES
from .docx_tables import add_row, add_table, merge, new_section, text_width
from .scores import ReportScores, lineage, shown
from .template import load_template
from .words import conclusion, grade_bands, lost_points, number, ordinal, percent

LEVEL_NAMES = "一二三四五六"
# relative widths of the annex columns: each level, 指标解释, 评分标准, 分值, 得分, 得分计算过程
LEVEL_WIDTH, EXPLANATION_WIDTH, CRITERIA_WIDTH, NUMBER_WIDTH, STEPS_WIDTH = 1.9, 4.0, 6.2, 1.3, 5.0


def write_report(scores: ReportScores, output: str | Path, template: str | Path | None = None, with_checks: bool = False) -> Path:
    document = load_template(template)
    build_document(document, scores, with_checks)
    return save_document(document, output)


def save_document(document: DocumentObject, output: str | Path) -> Path:
    """Written atomically (files.atomic_output): a failed or interrupted write leaves no half file,
    and a replaced document is kept as .bak."""
    target = Path(output)
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_output(target, backup=True) as handle:
        document.save(handle)
    return target


def build_document(document: DocumentObject, scores: ReportScores, with_checks: bool) -> None:
    rubric = scores.rubric
    document.add_paragraph(f"{rubric.project or '项目'}绩效评价报告附件", style="报告标题")
    sections = iter(range(20))
    document.add_paragraph(f"{ordinal(next(sections))}、综合评价情况及评价结论", style="报告章节")
    for sentence in conclusion(scores):
        document.add_paragraph(sentence, style="报告正文")
    _summary_table(document, scores)
    document.add_paragraph(f"注：等级划分为{grade_bands(scores)}。", style="表注")
    document.add_paragraph(f"{ordinal(next(sections))}、扣分指标分析", style="报告章节")
    _lost_points(document, scores)
    new_section(document, landscape=True)
    document.add_paragraph(f"附件：{rubric.project or '项目'}绩效评价评分表", style="报告标题")
    _annex_table(document, scores)
    if rubric.entities:
        _ranking(document, scores)
    if with_checks:
        _checks(document, scores)


def _summary_table(document: DocumentObject, scores: ReportScores) -> None:
    table = add_table(document, ("一级指标", "分值", "得分", "得分率"), (4, 1.5, 1.5, 1.5), "表格表头")
    styles = ("表格正文", "表格数字", "表格数字", "表格数字")
    for top in scores.rubric.indicators:
        line = scores.lines.get(top.code)
        score = line.score if line else None
        add_row(table, (top.name, number(top.weight), number(score), percent(line.rate if line else None)), styles)
    rate = scores.total / scores.rubric.total if scores.total is not None and scores.rubric.total else None
    add_row(table, ("合计", number(scores.rubric.total), number(scores.total), percent(rate)), ("表格表头", *styles[1:]))
    add_row(table, ("评价等级", scores.grade or "待评", None, None), ("表格表头", "表格数字", "表格数字", "表格数字"))
    last = len(table.rows) - 1
    merge(table, (last, 1), (last, 3))


def _lost_points(document: DocumentObject, scores: ReportScores) -> None:
    any_lost = False
    for index, top in enumerate(scores.rubric.indicators):
        leaves = [scores.lines[leaf.code] for leaf in top.walk() if leaf.is_leaf]
        lost = [line for line in leaves if line.score is None or line.lost]
        if not lost:
            continue
        any_lost = True
        head = scores.lines.get(top.code)
        earned = f"，得分{number(head.score)}分" if head and head.score is not None else ""
        document.add_paragraph(f"（{ordinal(index)}）{top.name}（分值{number(top.weight)}分{earned}）", style="报告小节")
        for line in lost:
            document.add_paragraph(lost_points(line), style="报告正文")
            indicator = line.indicator
            criteria = indicator.criteria or indicator.rule_text
            if criteria:
                document.add_paragraph("评分标准：" + " ".join(criteria.split()), style="报告正文")
            if line.data:
                document.add_paragraph("评价数据：" + "；".join(f"{what}{value}" if what.endswith("：") else f"{what}：{value}" for what, value in line.data) + "。", style="报告正文")
            if line.explanation:
                document.add_paragraph("得分计算过程：" + line.explanation, style="报告正文")
    if not any_lost:
        document.add_paragraph("各指标均得满分，无扣分指标。", style="报告正文")


def _annex_table(document: DocumentObject, scores: ReportScores) -> None:
    rubric = scores.rubric
    leaves = rubric.leaves()
    depth = max(3, max(leaf.level for leaf in leaves))
    headers = [f"{LEVEL_NAMES[i]}级指标" for i in range(depth)] + ["指标解释", "评分标准", "分值", "得分", "得分计算过程"]
    proportions = [LEVEL_WIDTH] * depth + [EXPLANATION_WIDTH, CRITERIA_WIDTH, NUMBER_WIDTH, NUMBER_WIDTH, STEPS_WIDTH]
    table = add_table(document, headers, proportions, "表格表头")
    text, figure = "表格正文", "表格数字"
    first_row: dict[str, int] = {}
    last_row: dict[str, int] = {}
    for leaf in leaves:
        line = scores.lines[leaf.code]
        values: list[str | None] = [None] * depth
        chain = lineage(leaf)
        for node in chain:
            if node.code not in first_row:
                values[node.level - 1] = f"{node.name}\n（{number(node.weight)}分）" if node.children else node.name
        values += [leaf.explanation, leaf.criteria or leaf.rule_text, number(leaf.weight), number(line.score) if line.score is not None else "", line.explanation]
        add_row(table, values, [figure if i >= depth else text for i in range(depth)] + [text, text, figure, figure, text])
        row = len(table.rows) - 1
        for node in chain:
            first_row.setdefault(node.code, row)
            last_row[node.code] = row
        if leaf.level < depth:  # a leaf above the deepest level spans the level columns to its right
            merge(table, (row, leaf.level - 1), (row, depth - 1))
    for indicator in rubric.walk():
        if indicator.children:
            column = indicator.level - 1
            merge(table, (first_row[indicator.code], column), (last_row[indicator.code], column))
    add_row(table, ["合计", *[None] * (depth + 1), number(rubric.total), number(scores.total), ""], ["表格表头"] * (depth + 2) + [figure, figure, text])
    merge(table, (len(table.rows) - 1, 0), (len(table.rows) - 1, depth + 1))
    add_row(table, ["评价等级", *[None] * (depth + 2), scores.grade or "待评", ""], ["表格表头"] * (depth + 3) + [figure, text])
    merge(table, (len(table.rows) - 1, 0), (len(table.rows) - 1, depth + 2))


def _ranking(document: DocumentObject, scores: ReportScores) -> None:
    from ..rubric.entities import score_entities

    rubric = scores.rubric
    assert rubric.entities is not None
    entities = rubric.entities
    document.add_page_break()
    document.add_paragraph(f"附件：{entities.kind}评价得分汇总表", style="报告标题")
    headers = ["排名", *entities.fields, "总分", "等级", "一票否决"]
    table = add_table(document, headers, [1] + [2.5] * len(entities.fields) + [1.2, 1, 1.2], "表格表头")
    results = score_entities(rubric)
    for result in results:
        values = [str(result.rank), *(result.entity.fields.get(f, "") for f in entities.fields), shown(result.shown_total), result.grade or "", result.veto_mark]
        add_row(table, values, ["表格数字", *["表格正文"] * len(entities.fields), "表格数字", "表格数字", "表格数字"])
    document.add_paragraph("注：总分未能由各指标得分重新计算的，取报告公布的总分。", style="表注")
    ranked = [result for result in results if result.shown_total is not None]
    _chart(document, f"各{entities.kind}总分", [result.entity.name for result in ranked], [result.shown_total for result in ranked])
    _spreads(document, scores)


def _chart(document: DocumentObject, title: str, labels: list[str], values: list[Decimal]) -> None:
    """A bar chart as an image as wide as the text area (charts: see charts.py)."""
    from docx.shared import Emu

    from .charts import bar_chart, chinese_font

    font = chinese_font()
    if font is None:
        document.add_paragraph(f"（{title}图：本机未找到中文字体，图表从略；数字见上表。）", style="表注")
        return
    with tempfile.TemporaryDirectory(prefix="pingfen-chart-") as folder:
        image = bar_chart(title, labels, values, Path(folder) / "chart.png", font)
        width = text_width(document)
        document.add_picture(str(image), width=Emu(min(width, int(width * 0.9))))


def _spreads(document: DocumentObject, scores: ReportScores) -> None:
    """标准分/最高分/最低分/分差 of each 一级 and 二级 indicator, as the 分差 sheet shows them."""
    from ..rubric.entities import score_entities, spreads

    results = score_entities(scores.rubric)
    for level, title in ((1, "一级指标"), (2, "二级指标")):
        rows = spreads(scores.rubric, results, level)
        if not rows:
            continue
        document.add_paragraph(f"{title}分差情况表", style="报告小节")
        table = add_table(document, ("编码", title, "标准分", "最高分", "最低分", "分差"), (1, 4, 1.2, 1.2, 1.2, 1.2), "表格表头")
        for row in rows:
            values = (row.code, row.name, number(row.weight) if row.weight is not None else "/", number(row.highest), number(row.lowest), number(row.gap))
            add_row(table, values, ("表格数字", "表格正文", "表格数字", "表格数字", "表格数字", "表格数字"))
        known = [row for row in rows if row.gap is not None]
        _chart(document, f"{title}分差", [row.name for row in known], [row.gap for row in known])
    document.add_paragraph("注：各单位得分未全部公布的指标，取报告所列的最高分、最低分。", style="表注")


def _checks(document: DocumentObject, scores: ReportScores) -> None:
    document.add_page_break()
    document.add_paragraph("附录：校验结果", style="报告标题")
    if not scores.findings:
        document.add_paragraph("校验未发现问题。", style="报告正文")
        return
    table = add_table(document, ("级别", "代码", "位置", "问题", "建议"), (1, 2.2, 3, 8, 5), "表格表头")
    for finding in scores.findings:
        add_row(
            table, (SEVERITY_NAMES[finding.severity], finding.code, finding.indicator or "整体", finding.message, finding.fix),
            ("表格数字", "表格正文", "表格正文", "表格正文", "表格正文"),
        )
