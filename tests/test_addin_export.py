"""导出 on a file shaped the way Excel saves a workbook that uses the add-in: worksheet functions stored
as ``[1]!SCORE_RATE(…)`` with an external link to pingfen.xlam, shared formulas, text results, a
second (non add-in) external link, print titles per sheet, a calculation chain and a VBA project."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest

from pingfen.cli import main
from pingfen.excel.export import export_clean
from pingfen.rubric import load_rubric
from pingfen.workbook import service

ROOT = Path(__file__).resolve().parents[1]
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
LINK_TYPE = f"{REL}/externalLink"
CT_LINK = "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"


def _link(target: str) -> tuple[str, str]:
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        f'xmlns:r="{REL}"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames></externalBook></externalLink>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/externalLinkPath" Target="{target}" TargetMode="External"/></Relationships>'
    )
    return xml, rels


@pytest.fixture()
def excel_saved(tmp_path: Path) -> Path:
    built = tmp_path / "built.xlsx"
    service.build(load_rubric(str(ROOT / "rubrics" / "seed000_luohu_dangqun_2022.yaml")), built)
    wb = openpyxl.load_workbook(built)
    ws = wb.create_sheet("测算")
    ws["A1"] = 924.8
    ws["A2"] = 0
    ws.print_title_rows = "1:1"
    wb.save(built)
    with zipfile.ZipFile(built) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    names = re.findall(r'<sheet [^>]*name="([^"]+)"', parts["xl/workbook.xml"].decode())
    assert names[-2:] == ["_pingfen", "测算"]  # the bookkeeping sheet is not the last one
    sheet = f"xl/worksheets/sheet{len(names)}.xml"
    cells = (
        '<c r="B1"><f>[1]!SCORE_RATE(A1,930,"得分为预算执行率*4分",4)</f><v>3.98</v></c>'
        '<c r="C1" t="str"><f>[1]!RULE_CHECK("每少10%扣1分")</f><v>【阶梯扣分】每少10%扣1分</v></c>'
        '<c r="D1"><f t="shared" ref="D1:D2" si="0">[1]!SCORE_RATE(A1,930,,4)</f><v>3.98</v></c>'
        '<c r="E1"><f>A1*2</f><v>1849.6</v></c>'
        '<c r="F1"><f>[2]Sheet1!A1</f><v>5</v></c>'
    )
    xml = parts[sheet].decode()
    xml = re.sub(r'(<row r="1"[^>]*>)(.*?)(</row>)', lambda m: m.group(1) + m.group(2) + cells + m.group(3), xml, count=1, flags=re.S)
    xml = re.sub(r'(<row r="2"[^>]*>)(.*?)(</row>)', lambda m: m.group(1) + m.group(2) + '<c r="D2"><f t="shared" si="0"/><v>0</v></c>' + m.group(3), xml, count=1, flags=re.S)
    parts[sheet] = xml.encode()
    for index, target in ((1, r"file:///C:\Users\评估员\AppData\Roaming\Microsoft\Excel\XLSTART\pingfen.xlam"), (2, "other.xlsx")):
        link, rels = _link(target)
        parts[f"xl/externalLinks/externalLink{index}.xml"] = link.encode()
        parts[f"xl/externalLinks/_rels/externalLink{index}.xml.rels"] = rels.encode()
    workbook = parts["xl/workbook.xml"].decode()
    workbook = workbook.replace("</sheets>", '</sheets><externalReferences><externalReference r:id="rIdL1"/><externalReference r:id="rIdL2"/></externalReferences>', 1)
    parts["xl/workbook.xml"] = workbook.encode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode().replace(
        "</Relationships>",
        f'<Relationship Id="rIdL1" Type="{LINK_TYPE}" Target="externalLinks/externalLink1.xml"/>'
        f'<Relationship Id="rIdL2" Type="{LINK_TYPE}" Target="externalLinks/externalLink2.xml"/>'
        f'<Relationship Id="rIdC" Type="{REL}/calcChain" Target="calcChain.xml"/>'
        '<Relationship Id="rIdV" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
        "</Relationships>",
    )
    parts["xl/_rels/workbook.xml.rels"] = rels.encode()
    parts["xl/calcChain.xml"] = b'<?xml version="1.0" encoding="UTF-8"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B1" i="7"/></calcChain>'
    parts["xl/vbaProject.bin"] = b"not really VBA"
    types = parts["[Content_Types].xml"].decode()
    types = types.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
    types = types.replace(
        "</Types>",
        f'<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="{CT_LINK}"/>'
        f'<Override PartName="/xl/externalLinks/externalLink2.xml" ContentType="{CT_LINK}"/>'
        '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>'
        '<Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
    )
    parts["[Content_Types].xml"] = types.encode()
    path = tmp_path / "项目评分.xlsm"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in parts.items():
            out.writestr(name, data)
    return path


def test_export_cleans_an_excel_saved_workbook(excel_saved: Path, tmp_path: Path) -> None:
    target = tmp_path / "clean.xlsx"
    report = export_clean(excel_saved, target)
    assert report.removed_sheets == ["_pingfen"] and report.removed_macros
    assert sorted(report.converted) == ["测算!B1", "测算!C1", "测算!D1", "测算!D2"]
    assert len(report.removed_links) == 1 and report.removed_links[0].endswith("pingfen.xlam")
    assert "_pingfen" in report.summary() and "4 个" in report.summary()

    with zipfile.ZipFile(target) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        for name in names:
            if name.endswith((".xml", ".rels")):
                ElementTree.fromstring(archive.read(name))
        types = archive.read("[Content_Types].xml").decode()
        workbook = archive.read("xl/workbook.xml").decode()
    assert "xl/vbaProject.bin" not in names and "xl/calcChain.xml" not in names
    assert "macroEnabled" not in types and "vbaProject" not in types
    assert "xl/externalLinks/externalLink1.xml" not in names and "xl/externalLinks/externalLink2.xml" in names
    assert workbook.count("<externalReference ") == 1
    before = openpyxl.load_workbook(excel_saved, keep_vba=True).sheetnames
    clean = openpyxl.load_workbook(target)
    assert clean.sheetnames == [name for name in before if name != "_pingfen"]
    position = clean.sheetnames.index("测算")
    assert f'localSheetId="{position}">\'测算\'' in workbook  # 测算 moved up one place
    ws = clean["测算"]
    assert ws["B1"].value == pytest.approx(3.98) and ws["D1"].value == pytest.approx(3.98) and ws["D2"].value == 0
    assert ws["C1"].value == "【阶梯扣分】每少10%扣1分"
    assert ws["E1"].value == "=A1*2"
    assert ws["F1"].value == "=[1]Sheet1!A1"  # the other link, renumbered
    assert any(str(cell.value).startswith("=") for row in clean["评分表"].iter_rows() for cell in row)  # native formulas stay
    assert clean["测算"].print_title_rows in ("1:1", "$1:$1")


def test_pingfen_export_cli(excel_saved: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(excel_saved)]) == 0
    target = excel_saved.with_name("项目评分（报送版）.xlsx")
    assert target.exists() and "已导出报送版" in capsys.readouterr().out
    assert main(["export", str(excel_saved)]) == 0
    assert excel_saved.with_name("项目评分（报送版）-2.xlsx").exists()


def test_export_refuses_what_is_not_an_xlsx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0 not a zip")
    assert main(["export", str(path)]) == 2
    assert "另存为 .xlsx" in capsys.readouterr().err
