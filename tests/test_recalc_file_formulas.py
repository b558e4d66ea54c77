"""``pingfen recalc`` computes the formulas that are in the file, as Excel does: numbers typed as
text, formulas typed into input cells, references across sheets, a generated formula changed by hand
(computed as written, reported as 公式被改动), a function pingfen does not know (reported cell by
cell); and files saved by other editors — LibreOffice's own save, shared formulas, inline strings,
``t="str"`` results, ``_xlfn.`` prefixes, array formulas. LibreOffice's recalculation is the oracle."""

from __future__ import annotations

import json
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from pingfen.cli import main
from pingfen.engines import libreoffice, normalise
from pingfen.engines.differential import compare, engine_value, pingfen_workbook_values
from pingfen.workbook import service
from pingfen.workbook.cached import write_cached_values
from pingfen.workbook.file_values import FileValues
from pingfen.workbook.sheet_xml import read_cells

ROOT = Path(__file__).resolve().parents[1]


def libreoffice_values(path: Path, folder: Path) -> dict[tuple[str, str], object]:
    """LibreOffice's forced recalculation of every formula cell of ``path``."""
    (copy,) = libreoffice.recalc([path], folder)
    return saved_values(copy)


def saved_values(path: Path) -> dict[tuple[str, str], object]:
    """The cached value of every formula cell, as the file holds it."""
    formulas = openpyxl.load_workbook(path)
    values = openpyxl.load_workbook(path, data_only=True)
    found = {}
    for sheet in formulas.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f" or isinstance(cell.value, openpyxl.worksheet.formula.ArrayFormula):
                    saved = values[sheet.title][cell.coordinate]
                    found[(sheet.title, cell.coordinate)] = "" if saved.value is None and saved.data_type in ("s", "str") else normalise(saved.value)
    return found


def test_recalc_computes_typed_text_formulas_overrides_and_cross_sheet_references(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "book.xlsx"
    assert main(["build", str(ROOT / "rubrics" / "seed000_luohu_dangqun_2022.yaml"), "-o", str(path)]) == 0
    book = openpyxl.load_workbook(path)
    score, data = book["评分表"], book["数据"]
    score["G11"].value, score["G11"].data_type = "924.8", "s"  # 2.1.1's actual, pasted as text
    score["I12"] = "=286.54/288*2"  # 2.1.2's entered score, typed as a formula
    data["B33"] = '=IF(评分表!D4>0,"是","否")'  # 1.3.2's first point, from another sheet
    score["K5"] = "=1"  # 1.1.2's score formula overridden by hand
    score["I6"] = "=FOOBAR(1)"  # a function pingfen does not know
    book.save(path)
    capsys.readouterr()
    assert main(["recalc", str(path)]) == 0
    out = capsys.readouterr().out
    assert "评分表!K5：公式被改动" in out
    assert "评分表!I6：函数 FOOBAR 无法由 pingfen 计算" in out
    cached = saved_values(path)
    theirs = libreoffice_values(path, tmp_path / "lo")
    assert not compare(cached, theirs), compare(cached, theirs)[:5]
    # by hand: text 924.8 is read as a number (the LibreOffice result: 2 points), the typed
    # formula gives 286.54/288*2 = 1.98986…, the cross-sheet reference answers 是, K5 is 1 as typed
    assert cached[("评分表", "K11")] == 2.0
    assert cached[("评分表", "I12")] == pytest.approx(286.54 / 288 * 2, abs=1e-12)
    assert cached[("数据", "B33")] == "是"
    assert cached[("评分表", "K5")] == 1.0
    assert cached[("评分表", "K6")] == "#NAME?"
    result = service.recalc(path)
    codes = {finding.code for finding in service.workbook_findings(result)}
    assert {"FORMULA_CHANGED", "FORMULA_UNKNOWN"} <= codes
    assert result.changed == [("评分表", "K5")]


def test_workbooks_saved_by_libreoffice_recalculate_to_libreoffice_values(tmp_path: Path) -> None:
    sources = []
    for seed, total in (("seed002_baiyun_shegongzhan_2023", 95.48), ("seed004_fuzhou_zhuanzhi_2020", 94.7)):
        path = tmp_path / f"{seed}.xlsx"
        assert main(["build", str(ROOT / "rubrics" / f"{seed}.yaml"), "-o", str(path)]) == 0
        sources.append((path, total))
    saved = libreoffice.recalc([path for path, _ in sources], tmp_path / "lo")
    for copy, (_, total) in zip(saved, sources):
        assert 'aca="false"' in zipfile.ZipFile(copy).read("xl/worksheets/sheet2.xml").decode()
        theirs = saved_values(copy)
        result = service.recalc(copy, tmp_path / f"{copy.stem}.pingfen.xlsx")
        mine = {ref: engine_value(value) for ref, value in result.values.items()}
        assert len(mine) == len(theirs) > 50
        assert not compare(mine, theirs), compare(mine, theirs)[:5]
        assert result.total == Decimal(str(total)) and not result.changed and not result.problems


_VARIANTS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1"><v>1.5</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2+$A$1</f><v>0</v></c>
<c r="C1" t="inlineStr"><is><r><t>评</t></r><r><t>分</t></r></is></c><c r="D1" t="str"><f aca="false">C1&amp;"表"</f><v>old</v></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve"> 7 </t></is></c><c r="B2"><f t="shared" si="0"/><v>0</v></c><c r="D2" t="e"><f>_xlfn.IFNA(NA(),"缺")</f><v>#N/A</v></c></row>
<row r="3"><c r="A3"><v>4</v></c><c r="B3"><f t="shared" si="0"/></c><c r="D3"><f t="array" ref="D3">SUM(A1:A3)</f><v>0</v></c></row>
<row r="4"><c r="A4" t="b"><v>1</v></c><c r="B4"><f>IF(A4,ROUND(B1/3,4),0)</f></c><c r="D4"><f>COUNT(A1:A3)+COUNTA(A1:C3)</f></c></row>
</sheetData></worksheet>"""


def test_files_from_other_editors_shared_inline_array_and_prefixed_formulas(tmp_path: Path) -> None:
    # Written as Excel and WPS write such cells (shared strings are read in LibreOffice's saves above).
    path = tmp_path / "variants.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.title = "S"
    workbook.save(path)
    rebuilt = tmp_path / "rebuilt.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(rebuilt, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = _VARIANTS.encode("utf-8")
            target.writestr(item, data)
    mine = pingfen_workbook_values(rebuilt)
    theirs = libreoffice_values(rebuilt, tmp_path / "lo")
    # by hand: B1 = 1.5*2+1.5, B2 = " 7 "*2+1.5 (text read as 7), B3 = 4*2+1.5, inline rich text joined,
    # IFNA catches #N/A, the array formula sums the numbers only (1.5+4), COUNT finds 2 numbers in
    # A1:A3 (the text not counted) + COUNTA 7 non-empty cells in A1:C3
    expected = {"B1": 4.5, "B2": 15.5, "B3": 9.5, "D1": "评分表", "D2": "缺", "D3": 5.5, "B4": 1.5, "D4": 9.0}
    assert {address: mine[("S", address)] for address in expected} == expected
    assert not compare(mine, theirs), compare(mine, theirs)
    written = tmp_path / "written.xlsx"
    assert write_cached_values(rebuilt, written, FileValues(read_cells(rebuilt)).all()) == len(expected)
    assert {address: value for (_, address), value in saved_values(written).items()} == expected


def test_regenerate_computes_formulas_typed_into_inputs_that_have_no_cached_value(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The case: =286.54/288 typed (saved by a program that stores no value) used to count as
    # empty (89 / 待评) where LibreOffice computes it.
    path = tmp_path / "book.xlsx"
    assert main(["build", str(ROOT / "rubrics" / "seed000_luohu_dangqun_2022.yaml"), "-o", str(path)]) == 0
    book = openpyxl.load_workbook(path)
    book["评分表"]["G11"] = "=286.54/288*100"
    book["数据"]["B33"] = '=IF(评分表!D4>0,"是","否")'
    book.save(path)
    assert main(["regenerate", str(path)]) == 0
    cached = saved_values(path)
    assert cached[("评分表", "G11")] == pytest.approx(286.54 / 288 * 100, abs=1e-9) and cached[("数据", "B33")] == "是"
    theirs = libreoffice_values(path, tmp_path / "lo")
    assert not compare(cached, theirs), compare(cached, theirs)[:5]


def test_a_workbook_from_an_earlier_pingfen_is_computed_and_said_to_be_unverified(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    assert main(["build", str(ROOT / "rubrics" / "seed000_luohu_dangqun_2022.yaml"), "-o", str(path)]) == 0
    book = openpyxl.load_workbook(path)
    meta_sheet = book["_pingfen"]
    meta = json.loads("".join(str(row[0].value) for row in meta_sheet.iter_rows() if row[0].value))
    del meta["formulas"], meta["rubric"]  # what pingfen wrote before it kept fingerprints
    meta_sheet.delete_rows(1, meta_sheet.max_row)
    meta_sheet["A1"] = json.dumps(meta, ensure_ascii=False)
    book.save(path)
    result = service.recalc(path)
    codes = [finding.code for finding in service.workbook_findings(result)]
    assert "FORMULAS_UNVERIFIED" in codes and "FORMULA_CHANGED" not in codes and "RUBRIC_EDITED" not in codes
    assert result.total == Decimal("91") and result.grade == "优"  # the seed's published result
