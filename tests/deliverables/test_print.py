"""Printing: the 评分表 and 附件评分表 of a generated workbook print on A4 landscape, one page wide,
header row repeated, at ≥ 9 pt body text — read from the PDF LibreOffice prints. The sheets name
宋体 (headings) and 仿宋 (body) as the reports do; where neither is installed (here), LibreOffice
prints CJK text with Noto Sans CJK and digits with DejaVu Sans."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pdf_reading import Page, read_pdf

# header cells wide enough not to wrap (一级指标 and 录入得分 wrap in their narrow columns)
SCORE_HEADERS = ("分值", "指标解释", "评分标准", "实际值", "目标值", "理由", "得分", "得分率", "得分计算过程")
APPENDIX_HEADERS = ("指标解释", "评分标准", "得分", "得分计算过程")
FOOTER = re.compile(r"^第\s*\d+\s*页，共\s*\d+\s*页$")
A4 = (842, 595)


def has_headers(page: Page, headers: tuple[str, ...]) -> bool:
    texts = {line.text for line in page.lines}
    return all(header in texts for header in headers)


def body_sizes(page: Page) -> list[float]:
    """Font sizes of every character except the page-number footer."""
    return [size for line in page.lines if not FOOTER.match(line.text) for size in line.sizes]


@pytest.mark.libreoffice
@pytest.mark.parametrize("book", ["book_000", "book_004"])
def test_score_sheets_print_readably(documents: dict[str, Path], book: str) -> None:
    pages = read_pdf(documents[f"{book}_pdf"])
    scoring = [page for page in pages if has_headers(page, SCORE_HEADERS)]
    appendix = [page for page in pages if has_headers(page, APPENDIX_HEADERS) and not has_headers(page, ("实际值",))]
    for sheet in (scoring, appendix):
        assert len(sheet) >= 2  # several pages tall, each with the header row repeated
        first = pages.index(sheet[0])
        assert pages[first:first + len(sheet)] == sheet  # consecutive: no page without the header between
        for page in sheet:
            assert page.landscape and (round(page.width), round(page.height)) == A4
            right = max(line.x1 for line in page.lines)
            assert right <= page.width - 20  # one page wide: nothing runs off the right edge
            sizes = body_sizes(page)
            assert min(sizes) >= 9, f"最小字号 {min(sizes)} pt"
            fonts = {font.split("+")[-1].split("-")[0] for _, _, font in page.sizes}
            assert fonts <= {"NotoSansCJKjp", "NotoSansCJKsc", "NotoSerifCJKsc", "NotoSerifCJKjp", "DejaVuSans"}, fonts
    workbook = load_workbook(documents[book])
    for name in ("评分表", "附件评分表"):
        ws = workbook[name]
        assert ws.page_setup.orientation == "landscape" and str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage and (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
        assert ws.print_title_rows
        names = {cell.font.name for row in ws.iter_rows() for cell in row if cell.value not in (None, "")}
        assert names == {"宋体", "仿宋"}


@pytest.mark.libreoffice
@pytest.mark.parametrize("scale, expected", [(100, 10), (50, 5)])
def test_font_size_reader_on_a_known_scale(tmp_path: Path, scale: int, expected: float) -> None:
    """The size reader itself: 10-pt text printed at a fixed scale of 100% and 50% reads as 10 and
    5 pt (the scale, not pdfminer's glyph-box height, which differs from font to font)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from pingfen.engines import libreoffice

    workbook = Workbook()
    ws = workbook.active
    ws["A1"] = "十点字"
    ws["A1"].font = Font(name="宋体", size=10)
    ws["B1"] = "另一端"
    ws["B1"].font = Font(name="宋体", size=10)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.scale = scale
    ws.column_dimensions["A"].width = 10
    ws.column_dimensions["B"].width = 10
    path = tmp_path / "十点.xlsx"
    workbook.save(path)
    pdf, = libreoffice.to_pdf([path], tmp_path / "pdf")
    sizes = [size for page in read_pdf(pdf) for _, size, _ in page.sizes]
    assert len(sizes) == 6 and all(abs(size - expected) < 0.05 for size in sizes), sizes
