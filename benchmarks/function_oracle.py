"""External oracles for pingfen's evaluator, no one here wrote: LibreOffice's self-checking function
sheets (sc/qa/unit/data/functions/*/fods in LibreOffice/core), the Excel-saved test book of the
``formulas`` package (test/test_files/test.xlsx in vinci1it2000/formulas: every cached value is what
Microsoft Excel computed) and the cases of its test/test_cell.py.

Run from the repository root:

    .venv/bin/python benchmarks/function_oracle.py            # check every transcribed row
    .venv/bin/python benchmarks/function_oracle.py --no-libreoffice
    .venv/bin/python benchmarks/function_oracle.py fods FILE.fods --source PATH@COMMIT
    .venv/bin/python benchmarks/function_oracle.py book test.xlsx --source PATH@COMMIT
    .venv/bin/python benchmarks/function_oracle.py cases test_cell.py --source PATH@VERSION

``check`` (the default) evaluates each row of tests/data/libreoffice_functions.yaml and
tests/data/formulas_functions.yaml with pingfen's file-formula reader and evaluator and, unless
``--no-libreoffice``, recalculates the same row with LibreOffice headless; it prints, per function,
the rows that agree, the rows excused by engines/divergences.yaml and the rows that disagree, and
exits 1 if any row disagrees.

``fods``, ``book`` and ``cases`` transcribe a source file (fetched to a scratch folder, never
committed) into YAML rows on standard output: the formula, the expected value and the cells the
formula reads, keeping only rows whose functions pingfen implements and printing what was left out
(by reason and by function) on standard error.
"""

from __future__ import annotations

import argparse
import ast
import collections
import json
import re
import sys
import time
import zipfile
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from oracle_rows import DATA_FILES, evaluate, excused, libreoffice_differs, load, load_rows, matches  # noqa: E402

from pingfen.engines import Text  # noqa: E402
from pingfen.rules.evaluate import FUNCTIONS, XlError  # noqa: E402
from pingfen.rules.expr import Area  # noqa: E402
from pingfen.workbook.cached import sheet_parts  # noqa: E402
from pingfen.workbook.formula_text import FormulaError, parse_formula, shift_formula, tokens  # noqa: E402
from pingfen.workbook.plan import get_column_letter  # noqa: E402
from pingfen.workbook.sheet_xml import read_cells  # noqa: E402

_CALL = re.compile(r"([A-Za-z_][\w.]*)\(")
_STRING = re.compile(r'"(?:[^"]|"")*"')
_PREFIXES = ("_XLFN._XLWS.", "_XLFN.", "_XLWS.", "COM.MICROSOFT.")


def functions_of(formula: str) -> set[str]:
    names = set()
    for name in _CALL.findall(_STRING.sub('""', formula)):
        name = name.upper()
        for prefix in _PREFIXES:
            if name.startswith(prefix):
                name = name[len(prefix):]
        names.add(name)
    return names


def main_function(formula: str) -> str:
    """The function a row is counted under: the outermost call, else the operator row's kind."""
    match = _CALL.search(_STRING.sub('""', formula))
    if not match:
        return "(operators)"
    name = match.group(1).upper()
    for prefix in _PREFIXES:
        if name.startswith(prefix):
            name = name[len(prefix):]
    return name


# -- YAML written by hand: numbers keep the digits the source wrote (Excel saves 2.55 as
# 2.5499999999999998, and that difference is what ROUND must absorb).

def yaml_scalar(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, XlError):
        return json.dumps(value.code)
    if isinstance(value, Decimal):
        if value == value.to_integral_value() and abs(value) < Decimal("1e15"):
            return str(int(value))
        mantissa, marker, exponent = str(value).upper().partition("E")
        if "." not in mantissa:  # YAML 1.1 reads a float only with a point and a signed exponent
            mantissa += ".0"
        if not marker:
            return mantissa
        return f"{mantissa}E{'-' if exponent.startswith('-') else '+'}{exponent.lstrip('+-')}"
    if isinstance(value, (int, float)):
        return yaml_scalar(Decimal(repr(value)))
    return json.dumps(str(value), ensure_ascii=False)


def yaml_cells(cells: dict[str, object]) -> str:
    return "{" + ", ".join(f"{address}: {yaml_scalar(value)}" for address, value in cells.items()) + "}"


def cell_value(value: object) -> object:
    """A source cell's value as the rows file holds it: errors as the formula that gives them."""
    if isinstance(value, XlError):
        return f"={value.code}" if value.code != "#N/A" else "=NA()"
    return value


# -- the Excel-saved test book of ``formulas``

def array_cells(path: Path) -> dict[str, set[str]]:
    """Cells holding an array formula or a spilled dynamic-array result, by sheet: Excel caches only
    their first value, which pingfen (no array evaluation) does not reproduce."""
    found: dict[str, set[str]] = {}
    cell = re.compile(r'<c r="([A-Z]+\d+)"([^>]*[^/])?>(.*?)</c>', re.S)
    with zipfile.ZipFile(path) as archive:
        for sheet, part in sheet_parts(archive).items():
            xml = archive.read(part).decode("utf-8")
            found[sheet] = {
                address for address, attributes, body in cell.findall(xml)
                if ' cm="' in (attributes or "") or re.search(r'<f[^>]*\bt="array"', body)
            }
    return found


def referenced(formula: str, home: tuple[int, int]) -> tuple[list[tuple[int, int, int, int]], bool]:
    """The rectangles a formula reads (top, left, bottom, right) and whether it names another sheet
    or a defined name."""
    areas, foreign = [], False
    for kind, value in tokens(formula, home):
        if kind == "name" and str(value).upper() not in ("TRUE", "FALSE"):
            foreign = True
        if kind != "ref":
            continue
        ends = (value.first, value.last) if isinstance(value, Area) else (value, value)
        if any(end.sheet for end in ends):
            foreign = True
        rows = [end.row if end.row_abs else home[0] + end.row for end in ends]
        cols = [end.col if end.col_abs else home[1] + end.col for end in ends]
        areas.append((min(rows), min(cols), max(rows), max(cols)))
    return areas, foreign


def transcribe_book(path: Path, source: str) -> tuple[str, collections.Counter[tuple[str, str]]]:
    book = read_cells(path)
    arrays = array_cells(path)
    left_out: collections.Counter[tuple[str, str]] = collections.Counter()
    out = [f"# {source}: formulas and the values Microsoft Excel cached for them"]
    for sheet, cells in book.items():
        rows, reads = [], {}
        for position, raw in sorted(cells.items()):
            if raw.formula is None:
                continue
            address = f"{get_column_letter(position[1])}{position[0]}"
            text = shift_formula(raw.formula, raw.origin or position, position)
            missing = functions_of(text) - FUNCTIONS
            if missing:
                left_out[("function pingfen does not implement", main_function(text))] += 1
                continue
            if address in arrays.get(sheet, ()):
                left_out[("array formula or spilled result", main_function(text))] += 1
                continue
            try:
                parse_formula(text, position)
                areas, foreign = referenced(text, position)
            except FormulaError:
                left_out[("syntax pingfen refuses (array constants, external books)", main_function(text))] += 1
                continue
            if foreign:
                left_out[("other sheet or defined name", main_function(text))] += 1
                continue
            if raw.value is None:
                left_out[("no cached value", main_function(text))] += 1
                continue
            read = {}
            for top, left, bottom, right in areas:
                for (r, c), other in cells.items():
                    if top <= r <= bottom and left <= c <= right and (r, c) != position and other.value is not None:
                        read[f"{get_column_letter(c)}{r}"] = cell_value(other.value)
            if any(isinstance(v, str) and v.startswith("=") and not v.startswith("=#") and v != "=NA()" for v in read.values()):
                left_out[("reads text that starts with =", main_function(text))] += 1
                continue
            reads.update(read)
            rows.append(f"    - [{json.dumps('=' + text, ensure_ascii=False)}, {yaml_scalar(raw.value)}, {address}]")
        if rows:
            out.append(f"{json.dumps(f'test.xlsx!{sheet}', ensure_ascii=False)}:")
            out.append(f"  cells: {yaml_cells(dict(sorted(reads.items(), key=lambda kv: _position(kv[0]))))}")
            out.append("  rows:")
            out.extend(rows)
    return "\n".join(out) + "\n", left_out


def _position(address: str) -> tuple[int, int]:
    match = re.fullmatch(r"([A-Z]+)(\d+)", address)
    assert match
    letters = 0
    for char in match.group(1):
        letters = letters * 26 + ord(char) - 64
    return int(match.group(2)), letters


# -- the cases of formulas' test/test_cell.py

_RESULT = re.compile(r"<Ranges>\(([A-Z]+\d+)\)=\[\[(.*)\]\]$", re.S)


def case_value(text: str) -> object:
    text = text.strip()
    if text in ("True", "False"):
        return text == "True"
    if text.startswith("#"):
        return XlError(text)
    if text[:1] in ("'", '"'):
        return ast.literal_eval(text)
    return Decimal(text)


def transcribe_cases(path: Path, source: str) -> tuple[str, collections.Counter[tuple[str, str]]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    left_out: collections.Counter[tuple[str, str]] = collections.Counter()
    rows = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "idata"):
            continue
        for element in node.args[0].elts:  # type: ignore[attr-defined]
            try:
                reference, formula, inputs, result = ast.literal_eval(element)
            except (ValueError, SyntaxError, TypeError):
                left_out[("case not written as literals", main_function("="))] += 1
                continue
            match = _RESULT.match(str(result)) if isinstance(result, str) else None
            if match is None or ":" in reference:
                left_out[("not a single-cell result", main_function(formula))] += 1
                continue
            if functions_of(formula) - FUNCTIONS:
                left_out[("function pingfen does not implement", main_function(formula))] += 1
                continue
            try:
                parse_formula(formula[1:], (1, 1))
            except FormulaError:
                left_out[("syntax pingfen refuses (array constants, unions)", main_function(formula))] += 1
                continue
            if " " in match.group(2).strip() and not match.group(2).strip().startswith(("'", '"')):
                left_out[("not a single-cell result", main_function(formula))] += 1
                continue
            cells = {}
            for address, value in inputs.items():
                if ":" in address:  # a range, its values given row by row
                    (top, left), (bottom, right) = (_position(end) for end in address.split(":"))
                    items = iter(item for line in value for item in line)
                    for r in range(top, bottom + 1):
                        for c in range(left, right + 1):
                            cells[f"{get_column_letter(c)}{r}"] = next(items)
                else:
                    cells[address] = value[0][0] if isinstance(value, list) else value
            row_cells = {a: cell_value(Decimal(repr(v)) if isinstance(v, (int, float)) and not isinstance(v, bool) else v) for a, v in cells.items()}
            rows.append(
                f"    - [{json.dumps(formula, ensure_ascii=False)}, {yaml_scalar(case_value(match.group(2)))}, "
                f"{reference}, {yaml_cells(row_cells)}]  # line {element.lineno}"
            )
    text = f"# {source}: formula, expected value (as the case states it), cell, the cells it reads\n"
    text += '"test_cell.py":\n  cells: {}\n  rows:\n' + "\n".join(rows) + "\n"
    return text, left_out


# -- LibreOffice's self-checking function sheets

_NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "calcext": "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0",
}


def _attribute(element: ElementTree.Element, space: str, name: str) -> str | None:
    return element.get(f"{{{_NS[space]}}}{name}")


def fods_cells(path: Path) -> dict[str, dict[str, tuple[str | None, object]]]:
    """Sheet → address → (formula as written, value as saved) of a flat ODF spreadsheet."""
    text = path.read_text(encoding="utf-8")
    if "<!DOCTYPE" in text or "<!ENTITY" in text:  # a function sheet has neither; refuse entity tricks
        raise SystemExit(f"{path}: 含 DOCTYPE/ENTITY 声明，拒绝读取")
    tree = ElementTree.ElementTree(ElementTree.fromstring(text))
    sheets = {}
    for table in tree.iter(f"{{{_NS['table']}}}table"):
        cells: dict[str, tuple[str | None, object]] = {}
        row_number = 0
        for row in table.iter(f"{{{_NS['table']}}}table-row"):
            repeat_rows = int(_attribute(row, "table", "number-rows-repeated") or 1)
            column = 0
            for cell in row:
                repeat = int(_attribute(cell, "table", "number-columns-repeated") or 1)
                value = _odf_value(cell)
                formula = _attribute(cell, "table", "formula")
                if value is not None or formula:
                    for r in range(repeat_rows if repeat_rows < 100 else 1):
                        for c in range(repeat):
                            cells[f"{get_column_letter(column + c + 1)}{row_number + r + 1}"] = (formula, value)
                column += repeat
            row_number += repeat_rows
        sheets[_attribute(table, "table", "name") or ""] = cells
    return sheets


def _odf_value(cell: ElementTree.Element) -> object:
    kind = _attribute(cell, "office", "value-type")
    if kind is None:
        return None
    if kind in ("float", "percentage", "currency"):
        return Decimal(_attribute(cell, "office", "value") or "0")
    if kind == "boolean":
        return _attribute(cell, "office", "boolean-value") == "true"
    if kind == "date":
        import datetime as dt

        moment = dt.datetime.fromisoformat(_attribute(cell, "office", "date-value") or "1899-12-30")
        return Decimal((moment - dt.datetime(1899, 12, 30)).days)
    text = "".join("".join(p.itertext()) for p in cell.findall("text:p", _NS))
    if _attribute(cell, "calcext", "value-type") == "error":  # its string-value is empty
        return text
    if _attribute(cell, "office", "string-value") is not None:
        text = _attribute(cell, "office", "string-value") or ""
    return text


_LO_ERRORS = {"#DIV/0!", "#VALUE!", "#N/A", "#NAME?", "#NUM!", "#REF!", "#NULL!"}


def transcribe_fods(path: Path, source: str) -> tuple[str, collections.Counter[tuple[str, str]]]:
    """Sheet2 of a function sheet: column A the formula and LibreOffice's value, column B the
    expected value, column D the formula as FORMULA() writes it (Excel's comma syntax)."""
    sheets = fods_cells(path)
    checks = sheets.get("Sheet2", {})
    left_out: collections.Counter[tuple[str, str]] = collections.Counter()
    rows, reads = [], {}
    for number in range(2, 1 + max((_position(a)[0] for a in checks), default=1)):
        formula, value = checks.get(f"A{number}", (None, None))
        written = checks.get(f"D{number}", (None, None))[1]
        if not formula or not isinstance(written, str) or not written.startswith("="):
            continue
        if functions_of(written) - FUNCTIONS:
            left_out[("function pingfen does not implement", main_function(written))] += 1
            continue
        if isinstance(value, str) and (value.startswith("Err:") or value in _LO_ERRORS or "Chyba" in value):
            value = XlError("#VALUE!" if value.startswith(("Err:", "Chyba")) else value)
        try:
            areas, foreign = referenced(written[1:], (number, 1))
        except FormulaError:
            left_out[("syntax pingfen refuses", main_function(written))] += 1
            continue
        if foreign:
            left_out[("other sheet or defined name", main_function(written))] += 1
            continue
        for top, left, bottom, right in areas:
            for address, (cell_formula, cell_value_) in checks.items():
                r, c = _position(address)
                if top <= r <= bottom and left <= c <= right and cell_value_ is not None:
                    reads[address] = "=" + cell_formula.split("=", 1)[1] if cell_formula else cell_value_
        rows.append(f"    - [{json.dumps(written, ensure_ascii=False)}, {yaml_scalar(value)}]")
    text = f"# {source}\n{path.name}:\n  cells: {yaml_cells(reads)}\n  rows:\n" + "\n".join(rows) + "\n"
    return text, left_out


# -- check

def check(use_libreoffice: bool) -> int:
    rows = load_rows()
    started = time.perf_counter()
    mine = [evaluate(row) for row in rows]
    pingfen_seconds = time.perf_counter() - started
    theirs: list[object] = [_NOT_RUN] * len(rows)
    if use_libreoffice:
        from pingfen.engines.libreoffice import LibreOfficeError, evaluate_many

        books = [{**{a: (Text(v) if isinstance(v, str) and not v.startswith("=") else _lo_input(v)) for a, v in row.cells}, row.address: row.formula} for row in rows]
        started = time.perf_counter()
        for first in range(0, len(books), _BATCH):
            try:
                answers = evaluate_many(books[first:first + _BATCH])
            except LibreOfficeError as error:  # one soffice run per batch: a crash costs only its batch
                print(f"LibreOffice failed on rows {first}…{first + _BATCH - 1}: {str(error)[:120]}")
                continue
            for index, answer in enumerate(answers, start=first):
                theirs[index] = answer[rows[index].address]
        print(f"LibreOffice recalculated {len(books)} one-row books in {time.perf_counter() - started:.1f} s")
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    wrong = []
    lo_differs = []
    unwritable = 0
    for row, result, lo in zip(rows, mine, theirs):
        function = main_function(row.formula)
        if excused(row):
            counts[function]["divergence"] += 1
        elif matches(result, row.expected):
            counts[function]["agree"] += 1
        else:
            counts[function]["disagree"] += 1
            wrong.append((row, result))
        if any(value == "" for _, value in row.cells):  # openpyxl writes an empty text as an empty cell
            unwritable += 1
        elif lo is not _NOT_RUN and not excused(row) and not libreoffice_differs(row) and not matches(_from_engine(lo), row.expected):
            lo_differs.append((row, lo))
    print(f"pingfen evaluated {len(rows)} rows in {pingfen_seconds:.2f} s")
    skipped = skipped_counts()
    for reason, functions in skipped.items():
        for function, number in functions.items():
            if function in FUNCTIONS or function == "(operators)":
                counts[function]["skipped"] += number
    print(f"{'function':<14} {'agree':>6} {'diverg.':>8} {'wrong':>6} {'skipped':>8}")
    for function in sorted(counts):
        c = counts[function]
        print(f"{function:<14} {c['agree']:>6} {c['divergence']:>8} {c['disagree']:>6} {c['skipped']:>8}")
    total = collections.Counter()
    for c in counts.values():
        total.update(c)
    print(f"{'total':<14} {total['agree']:>6} {total['divergence']:>8} {total['disagree']:>6} {total['skipped']:>8}")
    for reason, functions in sorted(skipped.items()):
        print(f"skipped at transcription, {reason}: {sum(functions.values())} rows")
    for row, result in wrong[:50]:
        print(f"WRONG {row.origin} {row.formula}: pingfen {result!r}, expected {row.expected!r}")
    for row, lo in lo_differs[:50]:
        print(f"LibreOffice here differs from the expected value: {row.origin} {row.formula}: {lo!r}, expected {row.expected!r}")
    if use_libreoffice:
        recalculated = sum(1 for lo in theirs if lo is not _NOT_RUN)
        print(f"LibreOffice here differs from the expected value on {len(lo_differs)} of {recalculated} recalculated rows "
              f"(excused rows aside; {unwritable} rows read an empty text, which the xlsx written for LibreOffice cannot hold)")
    return 1 if wrong else 0


_BATCH = 100
_NOT_RUN = object()


def _lo_input(value: object) -> object:
    if isinstance(value, Decimal):
        return float(value)
    return value


def _from_engine(value: object) -> object:
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, str) and value in _LO_ERRORS:
        return XlError(value)
    return value


def skipped_counts() -> dict[str, collections.Counter[str]]:
    """Rows left out at transcription (the data files' ``skipped`` entries): reason → function → rows."""
    found: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for data in DATA_FILES:
        for content in load(data).values():
            for reason, functions in (content.get("skipped") or {}).items():
                found[reason].update({name: int(number) for name, number in functions.items()})
    return found


def skipped_yaml(source: str, left_out: collections.Counter[tuple[str, str]]) -> str:
    lines = [f"{json.dumps(source + ' (left out)', ensure_ascii=False)}:", "  rows: []", "  skipped:"]
    for reason in sorted({reason for reason, _ in left_out}):
        functions = {name: number for (why, name), number in sorted(left_out.items()) if why == reason}
        lines.append(f"    {json.dumps(reason)}: {{{', '.join(f'{json.dumps(n)}: {c}' for n, c in functions.items())}}}")
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", nargs="?", default="check", choices=("check", "fods", "book", "cases"))
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--source", default="", help="repository path and commit (or version) of the file")
    parser.add_argument("--no-libreoffice", action="store_true")
    arguments = parser.parse_args()
    print("command:", " ".join([sys.executable, *sys.argv]), file=sys.stderr)
    if arguments.mode == "check":
        return check(not arguments.no_libreoffice)
    if arguments.file is None:
        parser.error("a file to transcribe is needed")
    transcribe = {"fods": transcribe_fods, "book": transcribe_book, "cases": transcribe_cases}[arguments.mode]
    text, left_out = transcribe(arguments.file, arguments.source or arguments.file.name)
    sys.stdout.write(text + skipped_yaml(arguments.file.name, left_out))
    for (reason, function), number in left_out.most_common():
        print(f"left out: {number} rows of {function} ({reason})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
