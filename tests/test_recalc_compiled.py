"""The fast recalculation path gives the plain path's results: formulas compiled once per shape into
closures (``workbook/compiled.py``) against the tree evaluator, cell by cell, on the seed workbooks
with realistic typing and on every function-oracle row; references bound from digit runs against the
tokenizer; sheets whose cached values are current copied as they are, compressed bytes and all; the
written values through ``pingfen recalc``. No timings here (benchmarks/speed_report.py has them)."""

from __future__ import annotations

import hashlib
import io
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from helpers_fuzz import type_into
from oracle_rows import Row, load_rows

from pingfen.cli import main
from pingfen.rules.evaluate import Evaluator, Value, XlError
from pingfen.workbook import compiled
from pingfen.workbook.cached import splice_cached_values, value_xml, write_cached_values
from pingfen.workbook.file_values import FileValues
from pingfen.workbook.formula_text import parse_bound
from pingfen.workbook.plan import coordinates
from pingfen.workbook.sheet_xml import RawCell, read_cells
from pingfen.cells import column_letter as get_column_letter

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "rubrics").glob("seed00[0-4]_*.yaml"))


def tree_values(cells: dict[str, dict[tuple[int, int], RawCell]]) -> dict[tuple[str, tuple[int, int]], Value]:
    """Every formula cell by the tree evaluator alone, each cell over the values of the cells it reads
    (themselves computed by the tree evaluator, on demand)."""
    memo: dict[tuple[str, tuple[int, int]], Value] = {}

    class Source:
        def cell(self, sheet: str, row: int, col: int) -> Value:
            raw = cells.get(sheet, {}).get((row, col)) if sheet in cells else None
            if sheet not in cells:
                return XlError("#REF!")
            if raw is None:
                return None
            return raw.value if raw.formula is None else formula(sheet, (row, col), raw)

        def area(self, sheet: str, first: tuple[int, int], last: tuple[int, int]) -> tuple:
            from pingfen.rules.evaluate import Cells

            if sheet not in cells:
                return Cells((XlError("#REF!"),))
            return Cells(self.cell(sheet, r, c) for r in range(first[0], last[0] + 1) for c in range(first[1], last[1] + 1))

    source = Source()

    def formula(sheet: str, position: tuple[int, int], raw: RawCell) -> Value:
        if (sheet, position) not in memo:
            tree, bound = parse_bound(raw.formula or "", raw.origin or position, position)
            value = Evaluator({}, source=source, home=(sheet, *position), bound=bound)(tree)
            memo[(sheet, position)] = Decimal(0) if value is None else value
        return memo[(sheet, position)]

    return {(sheet, position): formula(sheet, position, raw) for sheet, sheet_cells in cells.items()
            for position, raw in sheet_cells.items() if raw.formula is not None}


def same(mine: Value, theirs: Value) -> bool:
    return type(mine) is type(theirs) and repr(mine) == repr(theirs)


@pytest.fixture(scope="module")
def seed_books(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("seeds")
    books = []
    for index, seed in enumerate(SEEDS):
        base = folder / f"base{index}.xlsx"
        assert main(["build", str(seed), "-o", str(base)]) == 0
        books.append(base)
        for variant in range(3):  # numbers as text, dates as text, errors, blanks, typed formulas
            typed = folder / f"typed{index}_{variant}.xlsx"
            type_into(base, typed, seed=1000 * index + variant, share=0.5)
            books.append(typed)
    return books


def test_compiled_shapes_compute_what_the_tree_evaluator_computes_on_the_typed_seed_books(seed_books: list[Path]) -> None:
    compared = 0
    for book in seed_books:
        cells = read_cells(book)
        computed = FileValues(cells)
        expected = tree_values(cells)
        for (sheet, position), value in expected.items():
            mine = computed.cell(sheet, *position)
            assert same(mine, value), f"{book.name} {sheet}!{position}: compiled {mine!r}, tree {value!r}"
            compared += 1
    assert compared > 20 * 180  # five seed books and their typed copies, about 180+ formulas each


def test_recalc_writes_the_compiled_values_and_reading_them_back_gives_the_same(seed_books: list[Path], tmp_path: Path) -> None:
    book = tmp_path / "typed.xlsx"
    book.write_bytes(seed_books[1].read_bytes())
    expected = tree_values(read_cells(book))
    assert main(["recalc", str(book)]) == 0
    cached = read_cells(book)
    for (sheet, position), value in expected.items():
        raw = cached[sheet][position]
        assert value_xml(raw.value) == value_xml(value), f"{sheet}!{position}: cached {raw.value!r}, tree {value!r}"


def oracle_cells(row: Row) -> tuple[dict[tuple[int, int], RawCell], tuple[int, int]]:
    """A function-oracle row as the cells of one sheet, and the position of its formula."""
    cells = {}
    for address, value in row.cells:
        position = coordinates(address)
        is_formula = isinstance(value, str) and value.startswith("=")
        cells[position] = RawCell(None, value[1:], position) if is_formula else RawCell(value)
    home = coordinates(row.address)
    cells[home] = RawCell(None, row.formula[1:], home)
    return cells, home


@pytest.mark.parametrize("row", load_rows(), ids=lambda row: f"{row.origin}!{row.address}")
def test_every_function_oracle_row_compiles_to_the_tree_evaluators_value(row: Row) -> None:
    cells, home = oracle_cells(row)
    mine = FileValues({"S": cells}).cell("S", *home)
    theirs = tree_values({"S": cells})[("S", home)]
    assert same(mine, theirs), f"{row.formula}: compiled {mine!r}, tree {theirs!r}"


@pytest.mark.parametrize("mask, collapsed", [
    (b"S!B\x00\x00*\x00+S!B\x00*\x00.\x00", b"S!B\x00*\x00+S!B\x00*\x00.\x00"),
    (b"\x00\x00\x00+A\x00\x00", b"\x00+A\x00"),  # runs first and last
    (b"A\x00", b"A\x00"),
    (b"SUM(A:B)", b"SUM(A:B)"),
], ids=["two lengths", "first and last", "one run", "no run"])
def test_masked_runs_collapse_to_one_mark_each(mask: bytes, collapsed: bytes) -> None:
    assert compiled._runs_collapsed(mask) == collapsed


def _book(path: Path, formulas: dict[str, str], sheet_name: str = "T") -> Path:
    workbook = openpyxl.Workbook()
    data = workbook.active
    data.title = "S"
    for row in range(1, 13):
        data.cell(row, 2, row)  # S!B1:B12 = 1 … 12
    data["C1"] = "2024/7/31"  # a date typed as text
    data["D2"] = '=""'  # a formula whose result is empty text
    sheet = workbook.create_sheet(sheet_name)
    for address, formula in formulas.items():
        sheet[address] = formula
    workbook.save(path)
    return path


def test_digit_plans_read_each_formulas_own_cells_and_constants(tmp_path: Path) -> None:
    # one text without digits, different digits: rows of references move, constants must not be mistaken
    formulas = {
        "A1": "=S!B1*2+S!B2*0.5",
        "A2": "=S!B3*2+S!B4*0.5",
        "A3": "=S!B5*3+S!B6*0.5",  # a constant differs: another template
        "A4": "=S!B7*2+S!B8*0.25",
        "A5": "=SUM(S!B2:B4)*2+S!B1*0.5",
        "A6": "=SUM(S!B9:B5)*2+S!B1*0.5",  # a range written bottom-up
        "A7": "=S!B1*2+S!B0*0.5",  # row 0: #REF!
        "A8": "=SUM(S!B:B)*2+S!B1*0.5",  # a whole column
        "A9": '="第1项"&S!B12&"分"',
        "A10": '="第2项"&S!B11&"分"',  # a digit inside a string is a constant
        "A11": "=S!$B$2*S!B3+1",
        "A12": "=S!$B$5*S!B6+1",
        "A13": '=IF(S!D2="","空","有")&IF(S!D3="","空","有")&IF(S!C1="","空","有")',
        "A14": "=S!B9*2+S!B10*0.5",  # A1's template with a row of two digits: another masked text
        "A15": "=S!B11*3+S!B12*0.5",  # and A3's: its constant 3 is not A1's 2
        "A16": '="第１项"&S!B10&"分"',  # a full-width digit is text of the template, not a run of digits
        "A17": '="第１项"&S!B9&"分"',
        "A18": "=S!B7*3+S!B8*0.5",  # A3's template again: a second plan for A1's masked text
        "A19": "=S!A5*2+S!B4*0.5",  # A1's template (which leaves references out) with another column:
        "A20": "=S!A6*2+S!B5*0.5",  # not read through A1's plan, which names column B
        "B1": "=A1+A2",
        "B2": "=A3+A4",
        # a cell named twice is worked out once (learnt from C2, the template's first plan); C3 has
        # C2's masked text but names two cells there, C4 one again
        "C1": "=S!B1+S!B1*2+S!A1",
        "C2": "=S!B2+S!B2*2+S!A1",
        "C3": "=S!B3+S!B4*2+S!A1",
        "C4": "=S!B5+S!B5*2+S!A1",
    }
    path = _book(tmp_path / "plans.xlsx", formulas)
    compiled._PLANS.clear()
    values = FileValues(read_cells(path)).all()
    # A1, A2, A3 and A18 have one text with their digits masked: the template's plan is made from A2
    # (its second formula); A3's constant 3 is not A2's 2, so that plan gives nothing: A3 is bound as
    # another template, whose plan, made from A18, stands beside the first
    first, second = compiled._PLANS[b"S!B\x00*\x00+S!B\x00*\x00.\x00"]
    assert first.cells(b"3 2 4 0 5".split(), "T") == (("S", 3, 2), ("S", 4, 2))
    assert first.cells(b"5 3 6 0 5".split(), "T") is None
    assert second.cells(b"5 3 6 0 5".split(), "T") == (("S", 5, 2), ("S", 6, 2))
    assert second.cells(b"3 2 4 0 5".split(), "T") is None
    # A14 (a row of two digits) masks otherwise but has the same text between its runs: the same plans
    assert compiled._PLANS[b"S!B\x00*\x00+S!B\x00\x00*\x00.\x00"] is compiled._PLANS[b"S!B\x00*\x00+S!B\x00*\x00.\x00"]
    expected = {  # by hand from S!B1:B12 = 1 … 12
        "A1": Decimal("3.0"), "A2": Decimal("8.0"), "A3": Decimal("18.0"), "A4": Decimal("16.00"),
        "A5": Decimal("18.5"), "A6": Decimal("70.5"), "A7": XlError("#REF!"), "A8": Decimal("156.5"),
        "A9": "第1项12分", "A10": "第2项11分", "A11": Decimal("7"), "A12": Decimal("31"),
        "A13": "空空有", "A14": Decimal("23.0"), "A15": Decimal("39.0"), "A16": "第１项10分", "A17": "第１项9分",
        "A18": Decimal("25.0"), "A19": Decimal("2.0"), "A20": Decimal("2.5"),
        "B1": Decimal("11.0"), "B2": Decimal("34.00"), "C1": Decimal("3"), "C2": Decimal("6"), "C3": Decimal("11"),
        "C4": Decimal("15"),
    }
    assert {address: values[("T", address)] for address in expected} == expected
    # the same values from the tree evaluator, and through the tokenizer for every cell
    tree = tree_values(read_cells(path))
    assert {address: tree[("T", coordinates(address))] for address in expected} == expected


def test_a_sheet_named_with_digits_and_shared_formulas_bind_as_the_tokenizer_does(tmp_path: Path) -> None:
    path = _book(tmp_path / "sheet2.xlsx", {"A1": "=S!B1+1", "A2": "=S!B2+1"}, sheet_name="表2")
    workbook = openpyxl.load_workbook(path)
    other = workbook.create_sheet("汇总3")
    other["A1"] = "=表2!A1*10"
    other["A2"] = "=表2!A2*10"
    other["A3"] = "='表2'!A1*10+汇总3!A1"
    workbook.save(path)
    values = FileValues(read_cells(path)).all()
    assert values[("汇总3", "A1")] == Decimal(20) and values[("汇总3", "A2")] == Decimal(30)
    assert values[("汇总3", "A3")] == Decimal(40)


def _parts(path: Path) -> dict[str, tuple[bytes, int]]:
    """Each member's raw compressed bytes (as stored) and CRC."""
    with zipfile.ZipFile(path) as archive:
        found = {}
        for info in archive.infolist():
            with open(path, "rb") as handle:
                handle.seek(info.header_offset + 26)
                name_length, extra_length = int.from_bytes(handle.read(2), "little"), int.from_bytes(handle.read(2), "little")
                handle.seek(info.header_offset + 30 + name_length + extra_length)
                found[info.filename] = (handle.read(info.compress_size), info.CRC)
        assert archive.testzip() is None
        return found


def test_a_workbook_whose_cached_values_are_current_is_left_byte_for_byte(seed_books: list[Path], tmp_path: Path) -> None:
    book = tmp_path / "current.xlsx"
    book.write_bytes(seed_books[0].read_bytes())
    before = hashlib.sha256(book.read_bytes()).hexdigest()
    assert main(["recalc", str(book)]) == 0
    assert hashlib.sha256(book.read_bytes()).hexdigest() == before
    copy = tmp_path / "copy.xlsx"  # -o writes a copy: every part copied compressed as it is
    assert main(["recalc", str(book), "-o", str(copy)]) == 0
    assert _parts(copy) == _parts(book)


def test_stale_values_are_written_and_every_other_part_is_copied_as_it_was(seed_books: list[Path], tmp_path: Path) -> None:
    book = tmp_path / "stale.xlsx"
    book.write_bytes(seed_books[0].read_bytes())
    current = FileValues(read_cells(book)).all()
    stale = {ref: value for ref, value in current.items() if ref[0] == "评分表"}
    write_cached_values(book, book, {ref: None for ref in stale})  # 评分表's cached values emptied
    before = _parts(book)
    assert main(["recalc", str(book)]) == 0
    after = _parts(book)
    with zipfile.ZipFile(book) as archive:
        from pingfen.workbook.cached import sheet_parts

        score_part = sheet_parts(archive)["评分表"]
    assert {name for name in before if before[name] != after[name]} == {score_part}
    cached = read_cells(book)["评分表"]
    for (_, address), value in stale.items():
        assert value_xml(cached[coordinates(address)].value) == value_xml(value)


@pytest.mark.parametrize("text", ["a&amp;b", "&lt;&gt;&quot;&apos;", "&amp;lt;", "&amp;quot;", "&#8805;90%", "&#x2265;", "&ampx", "&copy;", "5 &amp; 6 &lt; 7", "无"])
def test_xml_text_is_unescaped_as_html_unescape_does(text: str) -> None:
    import html

    from pingfen.workbook.cached import unescaped

    assert unescaped(text) == html.unescape(text)


def test_bound_shapes_are_shared_by_the_cells_of_a_template(tmp_path: Path) -> None:
    path = _book(tmp_path / "shared.xlsx", {f"A{row}": f"=S!B{row}*2+0.125" for row in range(1, 13)})
    values = FileValues(read_cells(path)).all()
    assert [values[("T", f"A{row}")] for row in range(1, 13)] == [Decimal(row * 2) + Decimal("0.125") for row in range(1, 13)]
    shapes = {compiled.bind(f"S!B{row}*2+0.125", (row, 1), ("T", row, 1))[0] for row in range(1, 13)}
    assert len(shapes) == 1


_FORMS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1"><v>1.5</v></c><c r="B1" s="1"><f t="shared" ref="B1:B3" si="0">A1*2+$A$1</f><v>0</v></c><c r="C1" s="2"/><c r="D1" t="str"><f aca="false">"评"&amp;A1</f><v>old</v></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>7</t></is></c><c r="B2"><f t="shared" si="0"/><v>0</v></c><c r="D2" s="3" t="e"><f>1/0</f><v>#N/A</v></c></row>
<row r="3"><c r="A3"><v>4</v></c><c r="B3"><f t="shared" si="0"/></c><c r="D3"><f t="array" ref="D3">SUM(A1:A3)</f><v>0</v></c><c><f>A3&gt;1</f></c></row>
<row r="4"><c r="A4" s="4" t="str"><f>A1&amp;"&lt;"</f><v>x</v></c><c r="B4"><f>IF(A3&gt;3,"大于","")</f><v></v></c><c r="D4"><f>B1</f></c></row>
</sheetData></worksheet>"""


def _with_sheet(path: Path, xml: str) -> Path:
    """A workbook whose one sheet "S" is ``xml`` as written (the forms Excel, WPS and LibreOffice write)."""
    workbook = openpyxl.Workbook()
    workbook.active.title = "S"
    workbook.save(path)
    data = path.read_bytes()
    with zipfile.ZipFile(path.with_suffix(".tmp"), "w", zipfile.ZIP_DEFLATED) as target, zipfile.ZipFile(io.BytesIO(data)) as source:
        for item in source.infolist():
            target.writestr(item, xml.encode("utf-8") if item.filename == "xl/worksheets/sheet1.xml" else source.read(item.filename))
    path.with_suffix(".tmp").replace(path)
    return path


def _sheets_xml(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _placed(cells: dict, values: FileValues) -> dict:
    return {sheet: [(raw.span, position, values.get((sheet, *position))) for position, raw in sheet_cells.items() if raw.formula is not None]
            for sheet, sheet_cells in cells.items()}


def test_values_spliced_at_the_places_read_are_the_bytes_the_search_by_address_writes(seed_books: list[Path], tmp_path: Path) -> None:
    books = [seed_books[0], seed_books[1], _with_sheet(tmp_path / "forms.xlsx", _FORMS)]
    for book in books:
        checksums: dict[str, int] = {}
        cells = read_cells(book, checksums)
        values = FileValues(cells)
        by_address = values.all()
        spliced, searched = tmp_path / "spliced.xlsx", tmp_path / "searched.xlsx"
        assert splice_cached_values(book, spliced, _placed(cells, values), checksums) == write_cached_values(book, searched, by_address)
        assert _sheets_xml(spliced) == _sheets_xml(searched)
    forms = read_cells(spliced)["S"]  # by hand: B1 = 1.5*2+1.5, B2 = "7"*2+1.5, B3 = 4*2+1.5, D2 = 1/0
    assert [forms[position].value for position in ((1, 2), (2, 2), (3, 2), (1, 4), (2, 4), (4, 1), (4, 2))] == [
        Decimal("4.5"), Decimal("15.5"), Decimal("9.5"), "评1.5", XlError("#DIV/0!"), "1.5<", "大于"]
    assert b'<c r="C1" s="2"/>' in _sheets_xml(spliced)["xl/worksheets/sheet1.xml"]  # styled empty cells kept
    assert b"<c><f>A3&gt;1</f></c>" in _sheets_xml(spliced)["xl/worksheets/sheet1.xml"]  # no address: left as it was, as before


def test_pingfen_recalc_of_stale_books_writes_the_bytes_the_tree_evaluator_and_the_search_by_address_write(seed_books: list[Path], tmp_path: Path) -> None:
    # the fast path end to end (sheets read as bytes, shapes compiled, values spliced at byte offsets
    # behind Chinese text) against the slow one: every formula by the tree evaluator, its cell found
    # by address with a regex over the whole sheet
    for book in [seed_books[2], seed_books[4], seed_books[11]]:
        stale = tmp_path / "stale.xlsx"
        write_cached_values(book, stale, {ref: None for ref in FileValues(read_cells(book)).all()})
        expected = {(sheet, f"{get_column_letter(column)}{row}"): value for (sheet, (row, column)), value in tree_values(read_cells(stale)).items()}
        searched = tmp_path / "searched.xlsx"
        write_cached_values(stale, searched, expected)
        assert main(["recalc", str(stale)]) == 0
        assert _sheets_xml(stale) == _sheets_xml(searched), book.name


def test_a_sheet_changed_after_it_was_read_is_filled_by_address(tmp_path: Path) -> None:
    book = _with_sheet(tmp_path / "forms.xlsx", _FORMS)
    checksums: dict[str, int] = {}
    kept: dict[str, bytes] = {}  # the sheet's XML as read: not what is in the file any more
    cells = read_cells(book, checksums, kept)
    assert set(kept) == {"S"}  # the sheet with formulas
    placed = _placed(cells, FileValues(cells))
    _with_sheet(book, _FORMS.replace("<sheetData>", '<sheetData><row r="9"><c r="A9"><v>2</v></c></row>'))  # every place moved
    spliced, searched = tmp_path / "spliced.xlsx", tmp_path / "searched.xlsx"
    splice_cached_values(book, spliced, placed, checksums, kept=kept)
    write_cached_values(book, searched, FileValues(cells).all())
    assert _sheets_xml(spliced) == _sheets_xml(searched)
