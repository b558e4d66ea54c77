"""A generated workbook as openpyxl (a reader we did not write) reads it, one canonical text per sheet
and aspect — cell contents, cached values, looks (font, fill, border, alignment, number format,
protection), merges, validations, conditional formats, widths and heights, panes and page setup —
and the workbook's sheet order, states and defined names; each text kept as its SHA-256.

``tests/data/build_equivalence.json`` holds these digests for the workbooks the main branch built
before the build's writer and layout were rewritten for speed (issue 13); test_build_equivalence.py
builds the same rubrics through ``pingfen build`` and compares. When a change of the rule reader
changes what a workbook says on purpose (an explanation worded otherwise), write the file again
from a checkout whose workbooks are known good (``--show`` prints the texts of one workbook, to diff
two builds line by line):

    PYTHONPATH=addin .venv/bin/python tests/workbook_dump.py --write
    PYTHONPATH=addin .venv/bin/python tests/workbook_dump.py --show BOOK.xlsx > one.txt
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "data" / "build_equivalence.json"
# the rubrics compared: real seeds (one with entities and charts, one 单位自评 with its live form)
# and a generated 1,000-leaf rubric of every rule kind (helpers_sizes.sized_rubric(10, 10, 10))
SEEDS = ("seed000_luohu_dangqun_2022.yaml", "seed001_contracts_2020.yaml", "ziping_baiyun_shegongzhan_2023.yaml")
GENERATED = "generated_1000"


def generated_rubric(folder: Path) -> Path:
    sys.path.insert(0, str(ROOT / "tests"))
    from helpers_sizes import sized_rubric, write_rubric

    path = folder / f"{GENERATED}.yaml"
    write_rubric(sized_rubric(10, 10, 10, seed=13), path)
    return path


def rubric_paths(folder: Path) -> dict[str, Path]:
    paths = {name: ROOT / "rubrics" / name for name in SEEDS}
    paths[GENERATED] = generated_rubric(folder)
    return paths


def build(rubric: Path, book: Path) -> None:
    """``pingfen build`` as a user runs it (whatever pingfen is importable: PYTHONPATH picks the checkout)."""
    command = [sys.executable, "-c", "import sys; from pingfen.cli import run; sys.argv[0] = 'pingfen'; run()", "build", str(rubric), "-o", str(book), "--force"]
    done = subprocess.run(command, capture_output=True, text=True)
    assert done.returncode in (0, 1) and book.exists(), done.stderr


def _color(color: Any) -> str | None:
    if color is None:
        return None
    return f"{color.type}:{color.rgb if color.type == 'rgb' else color.theme if color.type == 'theme' else color.indexed}"


def _look(cell: Any) -> str:
    font, fill, border, align, protection = cell.font, cell.fill, cell.border, cell.alignment, cell.protection
    sides = ",".join(f"{getattr(border, side).style}/{_color(getattr(border, side).color)}" for side in ("left", "right", "top", "bottom"))
    return "|".join(map(str, (
        font.name, font.sz, font.b, font.i, font.u, _color(font.color), fill.fill_type, _color(fill.fgColor), _color(fill.bgColor),
        sides, align.horizontal, align.vertical, align.wrap_text, cell.number_format, protection.locked, protection.hidden,
    )))


def sheet_texts(path: Path) -> dict[str, str]:
    """Each aspect of each sheet (``sheet/aspect``) and of the workbook (``workbook``) as text."""
    book = load_workbook(path)
    values = load_workbook(path, data_only=True)
    texts: dict[str, str] = {}
    texts["workbook"] = "\n".join([
        "sheets: " + " / ".join(f"{ws.title}:{ws.sheet_state}" for ws in book.worksheets),
        f"active: {book.active.title if book.active else None}",
        *sorted(f"name {name}: {defined.attr_text}" for name, defined in book.defined_names.items()),
        *sorted(f"local name {ws.title} {name}: {defined.attr_text}" for ws in book.worksheets for name, defined in ws.defined_names.items()),
        f"print titles: {[(ws.title, ws.print_title_rows, ws.print_title_cols) for ws in book.worksheets]}",
    ])
    with zipfile.ZipFile(path) as package:  # charts and their anchors (openpyxl does not read charts back)
        texts["charts"] = "\n".join(
            f"{name}\t{package.read(name).decode('utf-8')}" for name in sorted(package.namelist()) if name.startswith(("xl/charts/", "xl/drawings/"))
        )
    for ws in book.worksheets:
        cached = values[ws.title]
        cells, computed, looks = [], [], []
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    cells.append(f"{cell.coordinate}\t{cell.data_type}\t{cell.value!r}")
                    if cell.data_type == "f":
                        computed.append(f"{cell.coordinate}\t{cached[cell.coordinate].value!r}")
                if cell.has_style:
                    looks.append(f"{cell.coordinate}\t{_look(cell)}")
                if cell.hyperlink is not None:
                    cells.append(f"{cell.coordinate}\tlink\t{cell.hyperlink.location}\t{cell.hyperlink.target}")
                if cell.comment is not None:
                    cells.append(f"{cell.coordinate}\tcomment\t{cell.comment.author}\t{cell.comment.text}")
        texts[f"{ws.title}/cells"] = "\n".join(cells)
        texts[f"{ws.title}/values"] = "\n".join(computed)
        texts[f"{ws.title}/looks"] = "\n".join(looks)
        texts[f"{ws.title}/merges"] = "\n".join(sorted(str(merge) for merge in ws.merged_cells.ranges))
        texts[f"{ws.title}/validations"] = "\n".join(
            f"{v.sqref}\t{v.type}\t{v.operator}\t{v.formula1}\t{v.formula2}\t{v.allow_blank}\t{v.showErrorMessage}\t{v.showInputMessage}"
            f"\t{v.errorTitle}\t{v.error}\t{v.prompt}"
            for v in ws.data_validations.dataValidation
        )
        texts[f"{ws.title}/highlights"] = "\n".join(
            f"{cf.sqref}\t{rule.type}\t{rule.formula}\t{rule.dxfId}\t{rule.priority}\t{_color(rule.dxf.fill.bgColor) if rule.dxf and rule.dxf.fill else None}"
            for cf in ws.conditional_formatting for rule in cf.rules
        )
        texts[f"{ws.title}/layout"] = "\n".join([
            "widths " + " ".join(f"{key}={dim.width}" for key, dim in sorted(ws.column_dimensions.items()) if dim.customWidth),
            "heights " + " ".join(f"{key}={dim.height}" for key, dim in sorted(ws.row_dimensions.items()) if dim.height),
            f"freeze {ws.freeze_panes}",
            f"protected {ws.protection.sheet} {ws.protection.formatCells} {ws.protection.insertRows} {ws.protection.selectLockedCells}",
            f"page {ws.page_setup.orientation} {ws.page_setup.paperSize} {ws.page_setup.fitToWidth} {ws.page_setup.fitToHeight} {ws.sheet_properties.pageSetUpPr.fitToPage}",
            f"margins {ws.page_margins.left} {ws.page_margins.right} {ws.page_margins.top} {ws.page_margins.bottom} {ws.page_margins.header} {ws.page_margins.footer}",
            f"footer {ws.oddFooter.center.text}",
        ])
    return texts


def digests(path: Path) -> dict[str, str]:
    return {key: hashlib.sha256(text.encode("utf-8")).hexdigest() for key, text in sheet_texts(path).items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"build every compared rubric and write {GOLDEN.relative_to(ROOT)}")
    parser.add_argument("--show", metavar="BOOK", help="print the texts of one workbook")
    args = parser.parse_args(argv)
    if args.show:
        for key, text in sheet_texts(Path(args.show)).items():
            print(f"==== {key}\n{text}")
        return 0
    if not args.write:
        parser.error("--write or --show")
    golden: dict[str, dict[str, str]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for name, rubric in rubric_paths(Path(folder)).items():
            book = Path(folder) / f"{Path(name).stem}.xlsx"
            build(rubric, book)
            golden[name] = digests(book)
    GOLDEN.write_text(json.dumps(golden, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
