"""Cross-application calls of the ribbon's 生成评分表, counted on the recording fake of xlwings.

Every xlwings property access or method call that would be a round trip into Excel (a COM call on
Windows) is one call. The desktop writer's count must not depend on the size of the rubric:

    .venv/bin/python benchmarks/addin_calls.py            # 30 and 100 indicators
    .venv/bin/python benchmarks/addin_calls.py 30 100 300

The direct writer (xlwings Lite and macOS; Lite batches its calls) is printed for comparison.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the recording fake is test code

from fake_xlwings import FakeApp, book_with_rubric, synthetic_rubric  # noqa: E402

from pingfen.excel.actions import dispatch  # noqa: E402


def count(leaves: int, action: str, writer: str) -> tuple[int, int, float]:
    rubric = synthetic_rubric(leaves)
    app = FakeApp()
    book = book_with_rubric(app, rubric, fullname=f"/tmp/合成{leaves}.xlsx")
    if action != "generate":
        dispatch("generate", book, writer=writer, show=False)
        app.calls.clear()
    started = time.perf_counter()
    outcome = dispatch(action, book, writer=writer, show=False)
    elapsed = time.perf_counter() - started
    if not outcome.ok:
        raise SystemExit(outcome.message)
    cells = sum(len(sheet.cells) for sheet in book._sheets)
    return len(app.calls), cells, elapsed


def main(argv: list[str]) -> int:
    sizes = [int(arg) for arg in argv] or [30, 100]
    print("动作        写入方式  指标数  单元格数  跨进程调用次数  Python耗时(s)")
    for action in ("generate", "regenerate"):
        for writer in ("stamp", "direct"):
            for leaves in sizes:
                calls, cells, elapsed = count(leaves, action, writer)
                print(f"{action:<11} {writer:<8} {leaves:>6} {cells:>9} {calls:>14} {elapsed:>12.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
