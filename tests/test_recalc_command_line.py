"""``pingfen recalc BOOK`` — the whole command line a book alone — is read without argparse (its import,
gettext and the parser's help formatter are a tenth of a small book's recalc); every other form of
the command goes through the parser as before. Both give the same output and the same file."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl

from pingfen.cli import main
from test_startup_imports import loaded_by

ROOT = Path(__file__).resolve().parents[1]


_MODULES_RUN = (
    "import sys\n"
    "from pingfen.cli import main\n"
    "main(sys.argv[1:])\n"
    "print(*('copyfileobj' in vars(sys.modules['shutil']), 'BZ2File' in vars(sys.modules['bz2']), 'LZMAFile' in vars(sys.modules['lzma'])))\n"
)


def _values(path: Path) -> list[tuple[str, str, object]]:
    book = openpyxl.load_workbook(path, data_only=True)
    return [(sheet.title, cell.coordinate, cell.value) for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]


def test_a_book_alone_is_read_without_argparse_and_recalculated_as_through_the_parser(tmp_path: Path) -> None:
    built = tmp_path / "built.xlsx"
    assert main(["build", str(ROOT / "rubrics" / "seed002_baiyun_shegongzhan_2023.yaml"), "-o", str(built)]) == 0
    openpyxl.load_workbook(built).save(built)  # every cached value removed: recalc writes them all
    plain, parsed = tmp_path / "a" / "评分表.xlsx", tmp_path / "b" / "评分表.xlsx"
    for copy in (plain, parsed):
        copy.parent.mkdir()
        shutil.copy(built, copy)
    output, modules = loaded_by("recalc", str(plain))
    assert "pingfen.workbook.recalc" in modules and "argparse" not in modules
    # what zipfile imports for extracting and for bzip2/lzma members is there, its code never run
    ran = subprocess.run([sys.executable, "-c", _MODULES_RUN, "recalc", str(plain)], capture_output=True, text=True, check=True)
    assert ran.stdout.split()[-3:] == ["False", "False", "False"]
    # "--" makes the same command line one the parser reads (the book after it is a positional argument)
    through_parser, parser_modules = loaded_by("recalc", "--", str(parsed))
    assert "argparse" in parser_modules
    assert output.startswith(f"已重新计算：{plain}（") and output.replace(str(plain), str(parsed)) == through_parser
    assert _values(plain) == _values(parsed)
    assert any(value is not None for _, address, value in _values(plain) if address.startswith("K"))  # scores written


def test_other_forms_of_recalc_still_go_through_the_parser() -> None:
    # no book, an option where the book should be: argparse's usage errors, in Chinese
    for arguments in (["recalc"], ["recalc", "--verify"], ["recalc", "-x"]):
        done = subprocess.run([sys.executable, "-m", "pingfen.cli", *arguments], capture_output=True, text=True, encoding="utf-8")
        assert done.returncode == 2, arguments
        assert done.stderr.startswith("用法：pingfen recalc") and "错误：" in done.stderr, done.stderr
