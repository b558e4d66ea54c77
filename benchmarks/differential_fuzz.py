"""The differential fuzz at full size: workbooks typed as accountants type, recalculated by pingfen and
by LibreOffice (zh-CN), every formula cell compared (tests/test_differential_fuzz.py runs 200 books).

Run from the repository root:

    .venv/bin/python benchmarks/differential_fuzz.py                     # 1,000 books, 3 rubric sizes
    .venv/bin/python benchmarks/differential_fuzz.py --books 5000 --seed 7 --seeds
    .venv/bin/python benchmarks/differential_fuzz.py --books 200 --items 50 --only-items

``--seeds`` adds the five seed rubrics as bases; ``--items N`` a per-community items table of N rows ×
4 checks (``--only-items``: that table alone). It prints the command line, the counts (books,
regenerated books, formula cells, typed values by kind) and every disagreement (at most 50), and exits
1 if any cell disagrees.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from helpers_fuzz import run_fuzz  # noqa: E402
from helpers_sizes import KINDS, items_rubric, sized_rubric, write_rubric  # noqa: E402

from pingfen.cli import main as pingfen  # noqa: E402


def bases(folder: Path, seeds: bool, items: int = 0, only_items: bool = False) -> list[Path]:
    found = []
    for index, (tops, seconds, leaves) in enumerate(((1, 2, 4), (2, 3, 5), (4, 5, 5))):
        if only_items:
            break
        rubric = folder / f"generated{index}.yaml"
        write_rubric(sized_rubric(tops, seconds, leaves, seed=100 + index, kinds=KINDS), rubric)
        found.append(rubric)
    if items:
        rubric = folder / f"items{items}.yaml"
        write_rubric(items_rubric(items), rubric)
        found.append(rubric)
    if seeds:
        found += sorted((ROOT / "rubrics").glob("seed00*.yaml"))
    books = []
    for rubric in found:
        book = folder / f"base-{rubric.stem}.xlsx"
        if pingfen(["build", str(rubric), "-o", str(book)]) != 0:
            raise SystemExit(f"build failed: {rubric}")
        books.append(book)
    return books


def run() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--books", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--seeds", action="store_true", help="also type into the five seed workbooks")
    parser.add_argument("--items", type=int, default=0, help="also an items table of this many rows × 4 checks")
    parser.add_argument("--only-items", action="store_true", help="the items table alone (with --items)")
    arguments = parser.parse_args()
    print("command:", " ".join([sys.executable, *sys.argv]))
    with tempfile.TemporaryDirectory(prefix="pingfen-fuzz-") as scratch:
        folder = Path(scratch)
        started = time.perf_counter()
        report = run_fuzz(bases(folder, arguments.seeds, arguments.items, arguments.only_items), arguments.books, folder, seed=arguments.seed)
        elapsed = time.perf_counter() - started
    print(report.summary())
    print(f"{elapsed:.1f} s in all ({elapsed / max(1, report.books):.2f} s per book, LibreOffice included)")
    for book, found in report.disagreements[:50]:
        print(f"  {book} {found.cell[0]}!{found.cell[1]}: pingfen {found.pingfen!r}, LibreOffice {found.libreoffice!r}")
    return 1 if report.disagreements else 0


if __name__ == "__main__":
    raise SystemExit(run())
