"""workbook_templates/: the shipped templates reproduce pingfen's default output; a firm restyles a
copy (font, column widths) and `build --template` carries the new styles with the same numbers; a
broken template is refused with a message naming what is missing."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.styles import Font, PatternFill
from python_calamine import CalamineWorkbook

from pingfen.cli import main
from pingfen.report.shipped import DOCUMENT_TEMPLATE, WORKBOOK_TEMPLATE, write_templates
from sources import SEED_000, TEMPLATES



def build(tmp_path: Path, name: str, *extra: str) -> Path:
    output = tmp_path / name
    assert main(["build", str(SEED_000), "-o", str(output), *extra]) == 0
    return output


def cached(path: Path, sheet: str) -> list[list[object]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()


def header_columns(ws, row: int) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {cell.value: cell.column_letter for cell in ws[row] if isinstance(cell.value, str)}


def test_shipped_templates_are_current(tmp_path: Path) -> None:
    """The files in workbook_templates/ are what `python -m pingfen.report.shipped` writes today."""
    written = write_templates(tmp_path)
    assert [path.name for path in written] == [WORKBOOK_TEMPLATE, DOCUMENT_TEMPLATE]
    fresh, shipped = load_workbook(written[0]), load_workbook(TEMPLATES / WORKBOOK_TEMPLATE)
    assert fresh.sheetnames == shipped.sheetnames == ["样式", "评分表", "附件评分表", "自评表"]
    for name in fresh.sheetnames:
        a, b = fresh[name], shipped[name]
        assert [[c.value for c in row] for row in a.iter_rows()] == [[c.value for c in row] for row in b.iter_rows()]
        assert {k: v.width for k, v in a.column_dimensions.items()} == {k: v.width for k, v in b.column_dimensions.items()}
        assert [(c.font.name, c.font.sz, c.font.b) for row in a.iter_rows() for c in row] == [(c.font.name, c.font.sz, c.font.b) for row in b.iter_rows() for c in row]


def test_shipped_template_gives_the_default_workbook(tmp_path: Path) -> None:
    default = build(tmp_path, "默认.xlsx")
    templated = build(tmp_path, "模板.xlsx", "--template", str(TEMPLATES / WORKBOOK_TEMPLATE))
    a, b = load_workbook(default), load_workbook(templated)
    for name in ("评分表", "附件评分表"):
        assert {k: v.width for k, v in a[name].column_dimensions.items()} == {k: v.width for k, v in b[name].column_dimensions.items()}
        fonts = lambda ws: [(c.coordinate, c.font.name, c.font.sz, c.font.b, c.fill.fgColor.rgb, c.alignment.wrap_text) for row in ws.iter_rows() for c in row]  # noqa: E731
        assert fonts(a[name]) == fonts(b[name])
    assert cached(default, "评分表") == cached(templated, "评分表")


def test_firm_restyles_font_and_widths(tmp_path: Path) -> None:
    firm = load_workbook(TEMPLATES / WORKBOOK_TEMPLATE)
    styles = firm["样式"]
    row = next(r for r in range(2, styles.max_row + 1) if styles.cell(r, 1).value == "text")
    sample = styles.cell(row, 3)
    sample.font = Font(name="楷体", sz=11)
    header = next(r for r in range(2, styles.max_row + 1) if styles.cell(r, 1).value == "header")
    styles.cell(header, 3).fill = PatternFill("solid", fgColor="FFC000")
    sheet = firm["评分表"]
    criteria_column = header_columns(sheet, 3)["评分标准"]
    sheet.column_dimensions[criteria_column].width = 30
    sheet.page_setup.orientation = "portrait"
    firm_path = tmp_path / "事务所模板.xlsx"
    firm.save(firm_path)

    default = build(tmp_path, "默认.xlsx")
    styled = build(tmp_path, "事务所.xlsx", "--template", str(firm_path))
    book = load_workbook(styled)
    ws = book["评分表"]
    columns = header_columns(ws, 3)
    assert ws.column_dimensions[columns["评分标准"]].width == 30
    assert load_workbook(default)["评分表"].column_dimensions[columns["评分标准"]].width != 30
    assert ws.page_setup.orientation == "portrait"
    criteria = ws[f"{columns['评分标准']}4"]
    assert (criteria.font.name, criteria.font.sz) == ("楷体", 11)
    assert ws["A3"].fill.fgColor.rgb.endswith("FFC000")
    score = ws[f"{columns['得分']}4"]
    assert score.font.name != "楷体"  # only the restyled style changed
    # the same numbers: every cached value of every sheet a reader sees
    for name in ("评分表", "附件评分表", "汇总"):
        assert cached(styled, name) == cached(default, name)
    total = next(row for row in cached(styled, "评分表") if row and row[0] == "合计")
    assert 91 in total


def test_broken_workbook_template_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    firm = load_workbook(TEMPLATES / WORKBOOK_TEMPLATE)
    styles = firm["样式"]
    row = next(r for r in range(2, styles.max_row + 1) if styles.cell(r, 1).value == "header")
    styles.delete_rows(row)
    broken = tmp_path / "缺样式.xlsx"
    firm.save(broken)
    assert main(["build", str(SEED_000), "-o", str(tmp_path / "x.xlsx"), "--template", str(broken)]) == 2
    error = capsys.readouterr().err
    assert "缺少样式" in error and "header（表头）" in error and "text（" not in error
    assert not (tmp_path / "x.xlsx").exists()
    del firm["样式"]
    firm.save(broken)
    assert main(["build", str(SEED_000), "-o", str(tmp_path / "x.xlsx"), "--template", str(broken)]) == 2
    assert "缺少“样式”工作表" in capsys.readouterr().err


def test_firm_template_styles_the_self_assessment_form(tmp_path: Path) -> None:
    from sources import ZIPING_BAIYUN

    firm = load_workbook(TEMPLATES / WORKBOOK_TEMPLATE)
    form = firm["自评表"]
    reasons = next(cell.column_letter for row in form.iter_rows() for cell in row if cell.value == "偏差原因分析及改进措施")
    form.column_dimensions[reasons].width = 20
    styles = firm["样式"]
    row = next(r for r in range(2, styles.max_row + 1) if styles.cell(r, 1).value == "header")
    styles.cell(row, 3).font = Font(name="黑体", sz=10, b=True)
    firm_path = tmp_path / "事务所模板.xlsx"
    firm.save(firm_path)
    output = tmp_path / "自评表.xlsx"
    assert main(["report", str(ZIPING_BAIYUN), "--ziping", "-o", str(output), "--template", str(firm_path)]) == 0
    ws = load_workbook(output)["自评表"]
    column = next(cell.column_letter for row in ws.iter_rows() for cell in row if cell.value == "偏差原因分析及改进措施")
    assert ws.column_dimensions[column].width == 20
    assert ws["D5"].font.name == "黑体"  # 年初预算数 header
    total = next(row for row in cached(output, "自评表") if row and row[0] == "总分")
    assert 97.48 in total
