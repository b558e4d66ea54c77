"""What ``pingfen recalc`` leaves out to be fast gives what reading everything gives: the hidden
record read without its "leaves", generated formulas checked against their fingerprints as the cells
are walked, sheets whose cached values are current copied as they are. No timings here
(benchmarks/speed_report.py has them)."""

from __future__ import annotations

import json
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from pingfen.cli import main
from pingfen.workbook import saved, service
from pingfen.workbook.saved import WorkbookError, meta_record

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "rubrics" / "seed000_luohu_dangqun_2022.yaml"


def _pieces(record: dict) -> list[str]:
    """The record as the _pingfen sheet holds it: compact JSON cut into rows (here of 50 characters)."""
    text = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    return [text[start:start + 50] for start in range(0, len(text), 50)]


_READ = {"total": ["评分表", "K40"], "grade": ["评分表", "K41"], "formulas": {"评分表": {"K4": "64725ad8e7"}}, "rubric": "40c38b2c439eedcd"}


@pytest.mark.parametrize(("record", "cut"), [
    pytest.param({"version": 1, "leaves": {"1.1": {"inputs": {"actual": ["数据", "B4"]}}}, **_READ}, True, id="as-written"),
    # keys recalc reads also inside the leaves (an input called total, a text with them in quotes)
    pytest.param({"version": 1, "leaves": {"1.1": {"inputs": {"total": ["数据", "B4"], "grade": ["数据", "B5"]}},
                                           "1.2": {"note": '说明,"total":[1],"formulas":{}'}}, **_READ}, False, id="nested-keys"),
    pytest.param({"version": 1, "formulas": _READ["formulas"], "leaves": {"1.1": {}}, "extra": 3, "total": _READ["total"],
                  "grade": _READ["grade"], "rubric": _READ["rubric"]}, True, id="other-order"),
    pytest.param({"leaves": {"1.1": {"total": {"formulas": 1}}}, "version": 1, **_READ}, True, id="leaves-first"),
    pytest.param({"version": 1, **_READ}, False, id="no-leaves"),
    pytest.param({"version": 1, "leaves": {"1.1": {}}}, False, id="only-leaves"),
])
def test_the_record_read_without_its_leaves_is_the_record_less_its_leaves(record: dict, cut: bool) -> None:
    # the keys recalc reads come out as a full parse gives them, wherever they stand; the leaves are
    # cut out unread where that is safe, else the whole record is parsed
    assert (saved._without_leaves("".join(_pieces(record))) is not None) == cut
    fast = meta_record("book.xlsx", _pieces(record), leaves=False)
    full = meta_record("book.xlsx", _pieces(record))
    assert full == record
    for key in _READ:
        assert fast.get(key) == record.get(key)


def test_a_damaged_record_is_refused_whether_or_not_its_leaves_are_read() -> None:
    record = _pieces({"version": 1, "leaves": {"1.1": {}}, **_READ})
    damaged = [*record[:-1], record[-1][:-3]]  # the last row cut short
    for leaves in (True, False):
        with pytest.raises(WorkbookError, match="_pingfen.*已损坏"):
            meta_record("book.xlsx", damaged, leaves=leaves)


def _generated(tmp_path: Path) -> Path:
    path = tmp_path / "book.xlsx"
    assert main(["build", str(SEED), "-o", str(path)]) == 0
    return path


def test_formulas_changed_and_deleted_by_hand_are_listed_in_the_order_the_record_keeps(tmp_path: Path) -> None:
    path = _generated(tmp_path)
    recorded = list(service.recalc(path, tmp_path / "first.xlsx").meta["formulas"]["评分表"])
    first, second, third = recorded[1], recorded[5], recorded[9]  # in the record's order
    book = openpyxl.load_workbook(path)
    score = book["评分表"]
    score[third] = "=1"  # changed
    score[second] = None  # deleted: no formula, and its fingerprint is not the empty text's
    score[first] = '="手写"'
    book.save(path)
    result = service.recalc(path, tmp_path / "out.xlsx")
    assert result.changed == [("评分表", first), ("评分表", second), ("评分表", third)]
    assert result.values[("评分表", third)] == Decimal(1) and result.values[("评分表", first)] == "手写"
    assert result.rubric_edited is False
    assert "leaves" not in result.meta and result.meta["total"][0] == "评分表"


def test_a_recalculated_book_still_gives_its_layout_and_inputs_from_the_full_record(tmp_path: Path) -> None:
    result = service.recalc(_generated(tmp_path), tmp_path / "out.xlsx")
    layout = result.layout  # read again, leaves and all, as 校验 and batch need them
    assert set(layout.leaves) == {leaf.code for leaf in layout.rubric.leaves()} and len(layout.leaves) > 10
    assert layout.total == tuple(result.meta["total"]) and result.total == 91  # the published total (rubric: total: 91)
    assert not [finding for finding in service.workbook_findings(result) if finding.code.startswith("FORMULA")]


def test_a_book_whose_values_are_current_is_left_alone_and_a_changed_value_is_written(tmp_path: Path) -> None:
    path = _generated(tmp_path)
    before = path.read_bytes()
    result = service.recalc(path)  # every cached value is what is computed: nothing to write
    assert path.read_bytes() == before
    leaf = next(iter(result.layout.leaves.values()))
    sheet, address = leaf.inputs["entered"]
    book = openpyxl.load_workbook(path)
    book[sheet][address] = 0.5  # an entered score: the leaf's score is 0.5, whatever its data say
    book.save(path)
    result = service.recalc(path)
    assert result.values[leaf.score] == Decimal("0.5")
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet2.xml").decode("utf-8")
    cell = xml.split(f'<c r="{leaf.score[1]}"', 1)[1].split("</c>", 1)[0]
    assert "<v>0.5</v>" in cell


def test_the_batch_summary_writes_every_row_cell_by_cell_with_its_font_and_text_kept_as_text(tmp_path: Path) -> None:
    from pingfen.batch import Row, find_workbooks, write_summary

    rows = [Row(f"/评价/书{index}.xlsx", "社区服务", "2022", 90.5 + index, "优", index, 0, 1) for index in range(3)]
    rows.append(Row("/评价/坏.xlsx", "=HYPERLINK(1)", status="失败：无法读取"))
    xlsx, _, _ = write_summary(rows, tmp_path / "汇总.xlsx")
    sheet = openpyxl.load_workbook(xlsx)["批量汇总"]
    assert sheet.max_row == 5 and sheet.max_column == 10
    assert [cell.value for cell in sheet[3]] == [2, "社区服务", "2022", 91.5, "优", 1, 0, 1, "成功", "/评价/书1.xlsx"]
    assert [cell.value for cell in sheet[5]][:2] == [4, "=HYPERLINK(1)"] and sheet["B5"].data_type == "s" and sheet["B5"].quotePrefix
    assert {cell.font.name for row in sheet.iter_rows(min_row=2) for cell in row} == {"仿宋"}
    # a folder given twice, and a file inside it again, is each workbook once, in order
    for name in ("b.xlsx", "a.xlsx"):
        openpyxl.Workbook().save(tmp_path / name)
    found = find_workbooks([str(tmp_path), str(tmp_path / "a.xlsx"), str(tmp_path)])
    assert [path.name for path in found] == ["a.xlsx", "b.xlsx", "汇总.xlsx"]


def _big_sheet_book(path: Path, rows: int = 6000) -> Path:
    """A workbook whose sheet XML is past the size from which zlib-ng inflates and deflates it."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "S"
    for row in range(1, rows + 1):
        sheet.cell(row, 1, row)
        sheet.cell(row, 2, f"=A{row}*2+0.5")
        sheet.cell(row, 3, f"第{row}行的说明文字")
    book.save(path)
    return path


def _computed(path: Path, target: Path) -> dict:
    """Every formula of ``path`` computed and written into ``target`` (as recalc does, any workbook)."""
    from pingfen.workbook.cached import splice_cached_values
    from pingfen.workbook.file_values import FileValues
    from pingfen.workbook.sheet_xml import read_cells

    checksums: dict[str, int] = {}
    kept: dict[str, bytes] = {}
    computed = FileValues(read_cells(path, checksums, kept))
    values = computed.all()
    splice_cached_values(path, target, computed.placed(computed.stale_sheets()), checksums, level=3, kept=kept)
    return values


@pytest.mark.parametrize("engine", ["zlib-ng", "zlib"])
def test_big_sheets_read_and_written_through_either_codec_hold_what_zipfile_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, engine: str) -> None:
    import zlib as plain

    from pingfen.workbook import members

    monkeypatch.setattr(members, "_codec", plain if engine == "zlib" else None)  # None: looked for again (zlib-ng is installed)
    path = _big_sheet_book(tmp_path / "big.xlsx")
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("xl/worksheets/sheet1.xml").file_size > members._BIG
    values = _computed(path, tmp_path / "out.xlsx")
    assert (members.codec() is plain) == (engine == "zlib")
    assert values[("S", "B5999")] == Decimal("11998.5")  # 5999 × 2 + 0.5
    with zipfile.ZipFile(tmp_path / "out.xlsx") as archive:
        assert archive.testzip() is None  # every CRC and size as zipfile checks them
        xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert '<c r="B5999"><f>A5999*2+0.5</f><v>11998.5</v></c>' in xml and "第5999行的说明文字" in xml
    again = openpyxl.load_workbook(tmp_path / "out.xlsx", data_only=True)["S"]
    assert again["B2"].value == 4.5 and again["C6000"].value == "第6000行的说明文字"


def test_a_big_sheet_with_a_bad_crc_or_more_data_than_declared_is_refused_as_damaged(tmp_path: Path) -> None:
    from pingfen.workbook.saved import open_cells

    path = _big_sheet_book(tmp_path / "big.xlsx")
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    raw = path.read_bytes()
    name = info.filename.encode()
    entry = raw.index(b"PK\x01\x02")
    while raw[entry + 46:entry + 46 + len(name)] != name:  # the sheet's entry in the central directory
        entry = raw.index(b"PK\x01\x02", entry + 4)
    for field, value in ((16, info.CRC ^ 1), (24, info.file_size - 10)):  # its CRC-32, then its unpacked size
        damaged = bytearray(raw)
        damaged[entry + field:entry + field + 4] = value.to_bytes(4, "little")
        target = tmp_path / f"damaged{field}.xlsx"
        target.write_bytes(bytes(damaged))
        with pytest.raises(WorkbookError, match="工作表“S”无法读取"):
            open_cells(target)
