"""`pingfen report`: the report's Word annexes. Seeds 000 and 004 printed by LibreOffice carry the
published conclusion (91 优; 94.7 优), every leaf's published score in the 评分表 annex on landscape
pages with the header row repeated; the .docx has the merges, header repetition and sections Word
needs; a report from the workbook says what the report from the rubric says."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from pdf_reading import Page, column, read_pdf
from pingfen.cli import main
from pingfen.rubric import load_rubric
from sources import SEED_000, SEED_004

ANNEX_HEADERS = ("一级指标", "二级指标", "三级指标", "指标解释", "评分标准", "分值", "得分", "得分计算过程")
# The published conclusions: seed 000 “绩效评价得分91分，绩效评定等级为‘优’”; seed 004 “绩效评价得分94.7分，
# 绩效评定等级为‘优’” (the reports' 三、综合评价情况及评价结论).
PUBLISHED = {"report_000": (SEED_000, "91", "优"), "report_004": (SEED_004, "94.7", "优")}


def plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def annex_pages(pages: list[Page]) -> list[Page]:
    return [page for page in pages if all(any(line.text == header for line in page.lines) for header in ANNEX_HEADERS)]


@pytest.mark.libreoffice
@pytest.mark.parametrize("name", sorted(PUBLISHED))
def test_seed_report_prints_the_published_figures(documents: dict[str, Path], name: str) -> None:
    rubric_path, total, grade = PUBLISHED[name]
    rubric = load_rubric(rubric_path)
    pages = read_pdf(documents[f"{name}_pdf"])
    assert not pages[0].landscape and round(pages[0].width) == 595 and round(pages[0].height) == 842  # A4 portrait
    text = "".join(page.text for page in pages)
    assert f"绩效评价得分{total}分，绩效评定等级为{grade}。" in text  # the quotes around the grade: see Page.text
    annex = annex_pages(pages)
    assert annex, "评分表附件缺失"
    assert all(page.landscape for page in annex)  # every annex page repeats the header and is landscape
    first = pages.index(annex[0])
    assert all(page in annex for page in pages[first:first + len(annex)])
    leaves = rubric.leaves()
    assert column(annex, "得分", "分值") == [plain(leaf.published) for leaf in leaves] + [total, grade]
    assert column(annex, "分值", "得分") == [plain(leaf.weight) for leaf in leaves] + [plain(rubric.total)]
    depth = max(leaf.level for leaf in leaves)
    deepest, above = f"{'一二三四'[depth - 1]}级指标", f"{'一二三四'[depth - 2]}级指标"
    names = "".join(column(annex, deepest, above)).replace("合计", "").replace("评价等级", "")
    assert names == "".join("".join(leaf.name.split()) for leaf in leaves if leaf.level == depth)
    for top in rubric.indicators:  # and its 一级指标 in the conclusion, with the published score where printed
        if top.published is not None:
            assert f"{top.name}指标分值{plain(top.weight)}分，得分{plain(top.published)}分" in text


@pytest.mark.libreoffice
def test_report_from_the_workbook_says_what_the_rubric_says(documents: dict[str, Path]) -> None:
    from_rubric = [page.text for page in read_pdf(documents["report_000_pdf"])]
    from_book = [page.text for page in read_pdf(documents["report_000_from_book_pdf"])]
    assert from_book == from_rubric


@pytest.mark.libreoffice
def test_lost_points_and_checks_appendix(documents: dict[str, Path]) -> None:
    pages = read_pdf(documents["report_004_pdf"])
    text = "".join(page.text for page in pages)
    analysis = text[text.index("扣分指标分析"):text.index("附件：")]
    rubric = load_rubric(SEED_004)
    lost = [leaf for leaf in rubric.leaves() if leaf.published is not None and leaf.published < leaf.weight]
    assert lost
    for leaf in rubric.leaves():
        line = f"{leaf.code}{''.join(leaf.name.split())}：分值{plain(leaf.weight)}分，得分{plain(leaf.published)}分，扣{plain(leaf.weight - leaf.published)}分"
        assert (line in analysis) == (leaf in lost), leaf.label
    appendix = "".join(page.text for page in pages if "附录：校验结果" in page.text)
    assert "RULE_MAX" in appendix and "4.1.1社会效益" in appendix  # seed 004 scores 社会效益 8 against a weight of 7


def _annex_table(document):  # type: ignore[no-untyped-def]
    return next(table for table in document.tables if table.rows[0].cells[-1].text == "得分计算过程")


def same_cell(table, rows: range, column: int) -> bool:  # type: ignore[no-untyped-def]
    cells = [table.cell(r, column)._tc for r in rows]  # kept alive: lxml proxies are compared by identity
    return all(cell is cells[0] for cell in cells) and (rows.stop >= len(table.rows) or table.cell(rows.stop, column)._tc is not cells[0])


def test_docx_structure(tmp_path: Path) -> None:
    output = tmp_path / "附件.docx"
    assert main(["report", str(SEED_000), "-o", str(output)]) == 0
    document = Document(str(output))
    portrait, landscape = document.sections[0], document.sections[-1]
    assert portrait.orientation == WD_ORIENT.PORTRAIT and portrait.page_height > portrait.page_width
    assert landscape.orientation == WD_ORIENT.LANDSCAPE and landscape.page_width > landscape.page_height
    table = _annex_table(document)
    header = table.rows[0]._tr.trPr.find(qn("w:tblHeader"))
    assert header is not None and header.get(qn("w:val")) in ("true", "1")
    assert all(row._tr.trPr is None or row._tr.trPr.find(qn("w:tblHeader")) is None for row in table.rows[1:])
    grid = [int(col.get(qn("w:w"))) for col in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    text_width = (landscape.page_width - landscape.left_margin - landscape.right_margin) / 635  # EMU → twips
    assert sum(grid) <= text_width + 1
    rubric = load_rubric(SEED_000)
    row = 1
    for top in rubric.indicators:
        leaves = [leaf for leaf in top.walk() if leaf.is_leaf]
        assert same_cell(table, range(row, row + len(leaves)), 0), f"{top.name} 应合并为一个单元格"
        assert table.cell(row, 0).text == f"{top.name}\n（{plain(top.weight)}分）"
        for second in top.children:  # 二级 merged over its leaves, too
            count = sum(1 for leaf in second.walk() if leaf.is_leaf)
            assert same_cell(table, range(row, row + count), 1)
            assert table.cell(row, 1).text.startswith(second.name)
            row += count
    restarts = [tc for tc in table._tbl.iter(qn("w:vMerge")) if tc.get(qn("w:val")) == "restart"]
    groups = sum(1 for node in rubric.walk() if node.children and sum(1 for leaf in node.walk() if leaf.is_leaf) > 1)
    assert len(restarts) == groups
    sizes = {document.styles[name].font.size.pt for name in ("表格正文", "表格数字", "表格表头")}
    assert min(sizes) >= 9


def test_firm_word_template(tmp_path: Path) -> None:
    shipped = Path(__file__).resolve().parents[2] / "workbook_templates" / "评价报告附件模板.docx"
    firm = Document(str(shipped))
    from docx.shared import Pt

    firm.styles["表格正文"].font.size = Pt(10.5)
    firm.styles["表格正文"].font.name = "楷体"
    firm.sections[0].left_margin = firm.sections[0].right_margin = Pt(50)
    firm_path = tmp_path / "事务所模板.docx"
    firm.save(str(firm_path))
    default, styled = tmp_path / "默认.docx", tmp_path / "事务所.docx"
    assert main(["report", str(SEED_000), "-o", str(default)]) == 0
    assert main(["report", str(SEED_000), "-o", str(styled), "--template", str(firm_path)]) == 0
    document = Document(str(styled))
    assert document.styles["表格正文"].font.size.pt == 10.5 and document.styles["表格正文"].font.name == "楷体"
    assert document.sections[0].left_margin == Pt(50)
    assert "本模板的正文在生成时被替换" not in "".join(p.text for p in document.paragraphs)
    cells = [[cell.text for cell in row.cells] for row in _annex_table(document).rows]
    assert cells == [[cell.text for cell in row.cells] for row in _annex_table(Document(str(default))).rows]
    assert any(p.style.name == "表格正文" for p in _annex_table(document).rows[1].cells[3].paragraphs)


def test_broken_template_and_bad_input_are_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shipped = Path(__file__).resolve().parents[2] / "workbook_templates" / "评价报告附件模板.docx"
    broken = Document(str(shipped))
    style = broken.styles["表格表头"].element
    style.getparent().remove(style)
    path = tmp_path / "缺样式.docx"
    broken.save(str(path))
    assert main(["report", str(SEED_000), "-o", str(tmp_path / "x.docx"), "--template", str(path)]) == 2
    error = capsys.readouterr().err
    assert "缺少段落样式" in error and "“表格表头”" in error and "“表格正文”" not in error
    assert not (tmp_path / "x.docx").exists()
    assert main(["report", str(tmp_path / "无.xlsx"), "-o", str(tmp_path / "y.docx")]) == 2
    assert "文件不存在" in capsys.readouterr().err
    assert main(["report", str(SEED_000), "-o", str(tmp_path / "附件.pdf")]) == 2
    assert ".docx" in capsys.readouterr().err


@pytest.mark.parametrize("from_book", [False, True])
def test_incomplete_data_says_so(tmp_path: Path, from_book: bool) -> None:
    """The blank frame has no data: no score, no grade, and no partial sum passed off as a total."""
    source = Path(__file__).resolve().parents[2] / "rubrics" / "frame_caiyu_2020_10.yaml"
    if from_book:
        book = tmp_path / "框架.xlsx"
        assert main(["build", str(source), "-o", str(book)]) == 0
        source = book
    output = tmp_path / "框架.docx"
    assert main(["report", str(source), "-o", str(output)]) == 0
    document = Document(str(output))
    text = "".join(p.text for p in document.paragraphs)
    assert "个指标数据未录全" in text and "暂无法得出评价得分和等级" in text and "绩效评定等级为" not in text
    assert "得分待定" in text and "得分0分" not in text
    summary = document.tables[0]
    assert [row.cells[2].text for row in summary.rows[1:]] == ["—"] * (len(summary.rows) - 2) + ["待评"]


def test_many_entities_get_their_ranking_table(tmp_path: Path) -> None:
    rubric_path = Path(__file__).resolve().parents[2] / "rubrics" / "seed001_contracts_2020.yaml"
    output = tmp_path / "合同.docx"
    assert main(["report", str(rubric_path), "-o", str(output)]) == 0
    table = next(t for t in Document(str(output)).tables if t.rows[0].cells[0].text == "排名")
    members = load_rubric(rubric_path).entities.members  # type: ignore[union-attr]
    assert len(table.rows) == len(members) + 1
    printed = {row.cells[1].text + row.cells[2].text: (row.cells[0].text, row.cells[3].text) for row in table.rows[1:]}
    checked = 0
    for member in members:  # the report's own 表1: published rank and total of each contract
        if member.published_rank is not None and member.published_total is not None:
            key = "".join(member.fields.get(field, "") for field in list(member.fields)[:2])
            assert printed[key] == (str(member.published_rank), plain(member.published_total)), member.name
            checked += 1
    assert checked >= len(members) // 2
    spread = next(t for t in Document(str(output)).tables if t.rows[0].cells[1].text == "一级指标" and t.rows[0].cells[-1].text == "分差")
    gaps = {row.cells[0].text: row.cells[5].text for row in spread.rows[1:]}
    published = load_rubric(rubric_path).entities.published_spread  # type: ignore[union-attr]
    assert {"1", "2", "3", "4"} <= set(gaps) & set(published)
    for code, (highest, lowest, _) in published.items():  # the report's 分差表, where it prints both ends
        if code in gaps and highest is not None and lowest is not None:
            assert gaps[code] == plain(highest - lowest), code


def test_demo_writes_the_annex_and_prints_its_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book = tmp_path / "示例评分表.xlsx"
    assert main(["demo", "-o", str(book)]) == 0
    out = capsys.readouterr().out
    annex = tmp_path / "示例评分表附件.docx"
    assert out.rstrip().splitlines()[-1].endswith(str(annex)) and annex.is_file()
    text = "".join(p.text for p in Document(str(annex)).paragraphs)
    assert "绩效评价得分91分，绩效评定等级为“优”" in text  # seed 000's published conclusion


def test_ranking_chart_draws_each_total_to_scale(tmp_path: Path) -> None:
    """The ranking chart's bars, measured in the image: one bar per contract, in rank order, each as
    long as its published total relative to the first (the seed's 表1)."""
    from PIL import Image

    from pingfen.report.charts import BAR, LEFT, ROW, TOP, chinese_font

    if chinese_font() is None:
        pytest.skip("本机没有中文字体，图表从略")
    rubric_path = Path(__file__).resolve().parents[2] / "rubrics" / "seed001_contracts_2020.yaml"
    output = tmp_path / "合同.docx"
    assert main(["report", str(rubric_path), "-o", str(output)]) == 0
    document = Document(str(output))
    assert len(document.inline_shapes) == 3  # 总分排名, 一级分差, 二级分差
    blob = document.inline_shapes[0]._inline.graphic.graphicData.pic.blipFill.blip.embed
    image = Image.open(__import__("io").BytesIO(document.part.related_parts[blob].blob)).convert("RGB")
    lengths = []
    for index in range((image.height - TOP) // ROW):
        y = TOP + ROW * index + ROW // 2
        length = 0
        while image.getpixel((LEFT + 1 + length, y)) == BAR:
            length += 1
        if length:
            lengths.append(length)
    members = sorted(load_rubric(rubric_path).entities.members, key=lambda m: m.published_rank or 99)  # type: ignore[union-attr]
    totals = [float(m.published_total) for m in members if m.published_total is not None]
    assert len(lengths) == len(totals) == len(members)
    for length, total in zip(lengths, totals):
        assert abs(length - lengths[0] * total / totals[0]) <= 2
