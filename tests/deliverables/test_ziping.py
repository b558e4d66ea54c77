"""项目支出绩效自评表 (财预〔2020〕10号 附1) from 单位自评 rubrics: the frame and a seed-like
self-assessment (景泰街社工站, with seed 002's figures) as .xlsx with live formulas and as .docx, both
printed by LibreOffice on one A4 page with nothing cut off."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from pdf_reading import column, read_pdf
from pingfen.cli import main
from sources import SEED_000, ZIPING_BAIYUN, ZIPING_FRAME

FORM_WORDS = (
    "项目支出绩效自评表", "项目名称", "主管部门", "实施单位", "年初预算数", "全年预算数", "全年执行数", "执行率",
    "年度总体目标", "预期目标", "实际完成情况", "绩效指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施", "总分",
)
# 景泰街社工站自评, worked out by hand from the rubric's data: 个案62/≥62 → 10; 电访 → 10; 评估良好 → 14;
# 及时性 10; 成本460万元≤460万元 → 5; 知晓率 9.5; 报道28/≥20 → 10; 持续运营 9; 满意度 89.78%/90%×10 = 9.975
# → 9.98; 预算执行率 460/460 → 10. 总分 97.48.
BAIYUN_SCORES = ["10", "10", "14", "10", "5", "9.5", "10", "9", "9.98"]
BAIYUN_TOTAL = "97.48"


@pytest.mark.libreoffice
@pytest.mark.parametrize("name", ["ziping_frame_xlsx", "ziping_frame_docx", "ziping_baiyun_xlsx", "ziping_baiyun_docx"])
def test_form_prints_on_one_page_without_overflow(documents: dict[str, Path], name: str) -> None:
    pages = read_pdf(documents[f"{name}_pdf"])
    assert len(pages) == 1, f"自评表打印为{len(pages)}页"
    page = pages[0]
    assert not page.landscape
    for word in FORM_WORDS:
        assert word in page.text, word
    for line in page.lines:  # nothing beyond the printable area
        assert 20 <= line.x0 and line.x1 <= page.width - 20, line.text
    assert min(size for line in page.lines for size in line.sizes) >= 9
    rubric = ZIPING_BAIYUN if "baiyun" in name else ZIPING_FRAME
    from pingfen.rubric import load_rubric

    names = "".join(leaf.name for leaf in load_rubric(rubric).leaves() if leaf.name != "预算执行率")
    # wrapped cells lose nothing (pdfminer may join a neighbouring cell's text after a space; the
    # centred 总分 of the last row falls in the column too)
    printed = [text.split()[0] for text in column([page], "三级指标", "二级指标") if text != "总分"]
    assert "".join(printed) == names
    if "baiyun" in name:
        for reason in ("疫情期间上门探访改为电话探访，电访量超出服务协议。", "督导发现个别服务记录不完整。"):
            assert reason in page.text


def test_form_workbook_has_live_formulas(tmp_path: Path) -> None:
    output = tmp_path / "自评表.xlsx"
    assert main(["report", str(ZIPING_BAIYUN), "--ziping", "-o", str(output)]) == 0
    ws = load_workbook(output)["自评表"]
    assert ws["H6"].value.startswith("=IF(OR(") and ws["H6"].value.endswith(',"",F6/E6)')
    assert str(ws["I6"].value).startswith("=") and "F6" in ws["I6"].value and "E6" in ws["I6"].value
    total = next(row for row in range(13, ws.max_row + 1) if ws.cell(row, 1).value == "总分")
    assert str(ws.cell(total, 8).value).startswith("=IF(OR(") and "SUM(" in ws.cell(total, 8).value
    grid = CalamineWorkbook.from_path(str(output)).get_sheet_by_name("自评表").to_python()
    assert grid[5][4:9] == [460.0, 460.0, 10.0, 1.0, 10.0]  # 全年预算数, 全年执行数, 分值, 执行率, 得分
    scores = [grid[row][7] for row in range(12, total - 1)]
    assert [format(Decimal(repr(value)).normalize(), "f") for value in scores] == BAIYUN_SCORES
    assert grid[total - 1][7] == float(BAIYUN_TOTAL)
    merges = {str(merged) for merged in ws.merged_cells.ranges}
    assert "A5:A9" in merges and f"A12:A{total - 1}" in merges and "B13:B17" in merges  # 产出指标 over its 5 rows


def test_form_document_carries_the_same_numbers(tmp_path: Path) -> None:
    output = tmp_path / "自评表.docx"
    assert main(["report", str(ZIPING_BAIYUN), "--ziping", "-o", str(output)]) == 0
    table = Document(str(output)).tables[0]
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    budget = next(row for row in rows if row[1] == "年度资金总额")
    assert budget[4:9] == ["460", "460", "10", "100%", "10"]
    header = next(index for index, row in enumerate(rows) if row[0] == "绩效指标" and row[1] == "一级指标")
    total = next(index for index, row in enumerate(rows) if row[0] == "总分")
    assert [row[7] for row in rows[header + 1:total]] == BAIYUN_SCORES
    assert rows[total][6:8] == ["100", BAIYUN_TOTAL]


def test_form_needs_a_self_assessment_rubric(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(SEED_000), "--ziping", "-o", str(tmp_path / "x.xlsx")]) == 2
    assert "不是单位自评评分体系" in capsys.readouterr().err
    assert main(["report", str(ZIPING_FRAME), "-o", str(tmp_path / "x.xlsx")]) == 2
    assert ".docx" in capsys.readouterr().err


def test_form_from_the_workbook_has_the_rubrics_numbers(tmp_path: Path) -> None:
    book = tmp_path / "自评.xlsx"
    assert main(["build", str(ZIPING_BAIYUN), "-o", str(book)]) == 0
    forms = {}
    for source in (ZIPING_BAIYUN, book):
        output = tmp_path / f"{source.stem}_form.docx"
        assert main(["report", str(source), "--ziping", "-o", str(output)]) == 0
        forms[source] = [[cell.text for cell in row.cells] for row in Document(str(output)).tables[0].rows]
    from_rubric, from_book = forms[ZIPING_BAIYUN], forms[book]
    assert len(from_rubric) == len(from_book)
    budget = next(row for row in from_book if row[1] == "年度资金总额")
    assert budget[4:9] == ["460", "460", "10", "100%", "10"]
    assert [row[6:8] for row in from_book] == [row[6:8] for row in from_rubric]  # 分值, 得分, 总分


@pytest.mark.libreoffice
def test_workbook_of_a_self_assessment_has_a_live_form(tmp_path: Path) -> None:
    """`build` of a 单位自评 rubric adds the 自评表 sheet: formulas over 指标体系 and 评分表, which
    LibreOffice computes to the values pingfen cached, and which follow an edit of the 评分表."""
    from pingfen.engines.libreoffice import evaluate_workbook
    from pingfen.workbook.cached import write_cached_values
    from pingfen.workbook.read import read_book

    book = tmp_path / "自评.xlsx"
    assert main(["build", str(ZIPING_BAIYUN), "-o", str(book)]) == 0
    # the accountant types a lower 满意度 into the 评分表: 85%/90%×10 = 9.444… → 9.44, total 97.48 − 9.98 + 9.44 = 96.94
    ref = read_book(book).inputs["3.1.1"]["rate"]
    workbook = load_workbook(book)
    workbook[ref[0]][ref[1]] = 0.85
    workbook.save(book)
    write_cached_values(book, book, {ref: Decimal("0.85")})
    assert main(["recalc", str(book)]) == 0
    grid = CalamineWorkbook.from_path(str(book)).get_sheet_by_name("自评表").to_python()
    total_row = next(index for index, row in enumerate(grid) if row[0] == "总分")
    assert grid[total_row][7] == 96.94
    assert grid[2][1] == "白云区景泰街社工服务站（家庭综合服务中心）项目"  # from 指标体系
    theirs = evaluate_workbook(book)
    ws = load_workbook(book)["自评表"]
    formulas = [cell.coordinate for row in ws.iter_rows() for cell in row if isinstance(cell.value, str) and cell.value.startswith("=")]
    assert len(formulas) >= 25
    for address in formulas:
        row, column = int(address.lstrip("ABCDEFGHI")), ord(address[0]) - 64
        mine = grid[row - 1][column - 1]
        other = theirs[("自评表", address)]
        assert (mine in ("", None) and other in ("", None)) or mine == pytest.approx(other) or mine == other, address
