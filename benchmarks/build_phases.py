"""Where the time of ``pingfen build`` goes: the CPU seconds of each step of the real command, by size.

Run from the repository root:

    .venv/bin/python benchmarks/build_phases.py                       # 1,000 and 3,000 indicators
    .venv/bin/python benchmarks/build_phases.py --sizes 30,1000 --repeat 5
    .venv/bin/python benchmarks/build_phases.py --instructions --baseline /tmp/base/addin   # needs valgrind

Each run is a new Python process (``python benchmarks/build_phases.py --child RUBRIC BOOK``) that
runs ``pingfen build RUBRIC -o BOOK --force`` through ``pingfen.cli.main`` with a CPU clock around the
functions the command calls (the functions themselves are not changed), so that the figures are the
command's own: start-up and imports, reading the rubric (the YAML, then each 评分标准 read and its data
bound), the rubric's data as the values of input cells, laying the workbook out (its formula texts and
the hidden _pingfen record included), checking each formula against Excel's limits, computing every
formula, scoring the rubric for 校验 (the leaves whose score cell does not give their score), the
checks, the 校验 sheet and the marks on the cells its findings are about, writing the file (the row
heights fitted to wrapped text in the same pass over the cells, the compression thread's CPU included); what is left of the whole process (the
target checked, the old file kept as .bak, the summary printed) is not listed. Each figure is the
median of ``--repeat`` runs after one untimed warm-up run (bytecode cached in the work directory, as
benchmarks/speed_report.py does). The rubrics are recalc_bench's generated 评分表 of N leaf indicators.

``--baseline DIR`` (the ``addin`` folder of another checkout, e.g. a copy taken before a change) also
times the whole ``pingfen build`` process of that checkout and of this one (run by the same Python, the
baseline with ``PYTHONPATH=DIR``), their runs interleaved so that both see the same load: before and
after in one run, CPU and wall seconds, medians of ``--repeat``; also the least CPU of each and in
how many of the interleaved pairs this checkout used less CPU (on a machine that another engineer's
tests share, the median alone moves by several percent between runs). ``--no-phases`` leaves the
phases out (only the whole processes, interleaved).

``--instructions`` counts instead the instructions of one whole ``pingfen build`` process of each
checkout and of one ``pingfen recalc`` of a copy of its book with every cached value emptied (as
benchmarks/speed_report.py times recalc), each after an uncounted warm-up run, under valgrind's
cachegrind (``--cache-sim=no``): a count that another engineer's load on the machine does not change
(it moves by about 0.1% with Python's hash seed), where CPU seconds moved by a third between runs of
the same code. Nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

# (label, module, attribute): each is timed where the build calls it; an indented label runs inside the one above
PHASES = (
    ("read the rubric", "pingfen.rubric", "load_rubric"),
    ("  the YAML", "pingfen.rubric.model", "load_yaml"),
    ("the rubric's data as input values", "pingfen.workbook.service", "_inputs_from_rubric"),
    ("lay the workbook out", "pingfen.workbook.service", "build_layout"),
    ("  the _pingfen record", "pingfen.workbook.layout.Layout", "meta_text"),
    ("    formula texts", "pingfen.workbook.layout", "formula_texts"),
    ("Excel's limits on each formula", "pingfen.workbook.service", "beyond_limits"),
    ("compute every formula", "pingfen.workbook.plan.BookValues", "all"),
    ("score the rubric (for the checks)", "pingfen.workbook.service", "score_rubric"),
    ("checks", "pingfen.workbook.service", "run_checks"),
    ("the checks sheet and its marks", "pingfen.workbook.service", "place_findings"),
    ("write the file", "pingfen.workbook.service", "write_book"),
)
IMPORTS, TOTAL = "start-up and imports", "the whole process"
# a checkout's pingfen started as the console script starts (PYTHONPATH: that checkout's addin folder)
_CLI = "import sys; from pingfen.cli import run; sys.argv[0] = 'pingfen'; run()"


def _child(rubric: str, book: str) -> None:
    from importlib import import_module

    from pingfen import cli
    from pingfen.workbook import layout, service  # noqa: F401 - what the command imports, timed as start-up

    spent: dict[str, float] = {}

    def timed(label: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - start
        return run

    for label, module, name in PHASES:
        try:
            owner: Any = import_module(module)
        except ModuleNotFoundError:  # a class: module.Class
            parent, _, cls = module.rpartition(".")
            owner = getattr(import_module(parent), cls)
        setattr(owner, name, timed(label, getattr(owner, name)))
    imports = time.process_time()  # the process's CPU since it started: the interpreter's start-up included
    cli.main(["build", rubric, "-o", book, "--force"])
    total = time.process_time()
    print(json.dumps({IMPORTS: imports, **spent, TOTAL: total}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,3000", help="leaf indicators per generated rubric")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per size (median; default 3)")
    parser.add_argument("--baseline", metavar="DIR", help="another checkout's addin folder: its whole pingfen build timed beside this one's")
    parser.add_argument("--no-phases", action="store_true", help="with --baseline: only the whole processes, interleaved")
    parser.add_argument("--instructions", action="store_true", help="count the instructions of build and recalc under valgrind instead of timing")
    parser.add_argument("--child", nargs=2, metavar=("RUBRIC", "BOOK"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(*args.child)
        return 0
    import shlex
    import statistics
    import subprocess
    import tempfile

    from recalc_bench import write_rubric

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory(prefix="pingfen-phases-") as folder:
        work = Path(folder)
        env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
        figures: dict[int, dict[str, float]] = {}
        before_after: dict[int, dict[str, tuple[float, ...]]] = {}
        counted: dict[int, dict[str, tuple[int, int]]] = {}
        for count in sizes:
            rubric = write_rubric(count, work / f"rubric_{count}.yaml")
            if args.instructions:
                counted[count] = _instructions(args, env, rubric, work, count == sizes[0])
                continue
            command = [sys.executable, str(Path(__file__).resolve()), "--child", str(rubric), str(work / f"book_{count}.xlsx")]
            if count == sizes[0]:
                print("command (RUBRIC: recalc_bench's generated rubric):", shlex.join(command[:3]), "RUBRIC BOOK")
            runs = []
            for attempt in range(0 if args.no_phases and args.baseline else max(1, args.repeat) + 1):
                done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, check=True)
                if attempt:  # the first run fills the bytecode cache
                    runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
            if runs:
                figures[count] = {label: statistics.median(run.get(label, 0.0) for run in runs) for label in [IMPORTS, *(label for label, _, _ in PHASES), TOTAL]}
            if args.baseline:
                before_after[count] = _before_after(args, env, rubric, work / f"whole_{count}.xlsx", count == sizes[0])
    labels = [IMPORTS, *(label for label, _, _ in PHASES), TOTAL]
    if counted:
        print("\nInstructions of one whole process (valgrind cachegrind, after a warm-up run; millions):")
        print(f"{'indicators':>10} {'checkout':>9} {'build':>9} {'recalc':>9} {'build / recalc':>15}")
        for count, by_checkout in counted.items():
            for label, (build, recalc) in by_checkout.items():
                print(f"{count:>10,} {label:>9} {build / 1e6:>9,.0f} {recalc / 1e6:>9,.0f} {build / recalc:>14.2f}×")
            if "baseline" in by_checkout:
                print(f"{'':>10} {'this / baseline':>19}: build {by_checkout['this'][0] / by_checkout['baseline'][0]:.3f}")
    if figures:
        _print_phases(figures, sizes, labels, args.repeat)
    if before_after:
        print(f"\nThe whole `pingfen build` process, baseline against this checkout, runs interleaved (median of {max(1, args.repeat)}; seconds):")
        print(f"{'indicators':>10} {'baseline CPU':>13} {'this CPU':>9} {'CPU speed-up':>13} {'baseline wall':>14} {'this wall':>10} {'least CPU (baseline, this)':>27} {'pairs this less':>16}")
        for count, pair in before_after.items():
            (before, wall_before, least_before, _), (after, wall_after, least_after, fewer) = pair["baseline"], pair["this"]
            print(f"{count:>10,} {before:>13.3f} {after:>9.3f} {before / after:>12.2f}× {wall_before:>14.3f} {wall_after:>10.3f} "
                  f"{least_before:>13.3f}, {least_after:.3f} {fewer:>10.0f} of {max(1, args.repeat)}")
    load = os.getloadavg()
    print(f"\nload average {load[0]:.2f} (1 min), {load[1]:.2f} (5 min) at the end")
    return 0


def _print_phases(figures: dict[int, dict[str, float]], sizes: list[int], labels: list[str], repeat: int) -> None:
    print(f"\nCPU seconds of `pingfen build`, median of {max(1, repeat)} runs (indented: part of the line above):")
    width = max(map(len, labels))
    print(" " * width + "".join(f"{count:>10,}" for count in sizes) + "   share at " + f"{sizes[-1]:,}")
    last = figures[sizes[-1]]
    whole = last[TOTAL]
    for label in labels:
        print(label.ljust(width) + "".join(f"{figures[count][label]:>10.3f}" for count in sizes) + f"{last[label] / whole:>10.0%}")


def _instructions(args: argparse.Namespace, env: dict[str, str], rubric: Path, work: Path, show: bool) -> dict[str, tuple[int, int]]:
    """(build, recalc) instructions of the baseline checkout (if any) and of this one."""
    import re
    import shlex
    import shutil
    import subprocess

    from recalc_bench import stale_copy

    grind = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
    checkouts = {"baseline": Path(args.baseline).resolve()} if args.baseline else {}
    checkouts["this"] = ROOT / "addin"
    found: dict[str, tuple[int, int]] = {}
    for label, addin in checkouts.items():
        environment = dict(env, PYTHONPATH=str(addin))
        book, stale, copy = (work / f"{name}_{label}_{rubric.stem}.xlsx" for name in ("built", "stale", "recalc"))
        build = [sys.executable, "-c", _CLI, "build", str(rubric), "-o", str(book), "--force"]
        recalc = [sys.executable, "-c", _CLI, "recalc", str(copy)]
        if show:
            print(f"{label}: PYTHONPATH={addin} {shlex.join(grind)} {shlex.join(build[:3])} build RUBRIC -o BOOK --force; … recalc STALE_COPY")
        counts = []
        for command in (build, recalc):
            if command is recalc:
                stale_copy(book, stale)
            for counting in (False, True):  # the first run fills the bytecode cache and pingfen's kept files
                if command is recalc:
                    shutil.copyfile(stale, copy)
                done = subprocess.run(grind + command if counting else command, capture_output=True, text=True, env=environment, cwd=ROOT)
                if done.returncode not in (0, 1):
                    raise RuntimeError(f"{label}: {shlex.join(command)} failed: {done.stderr[-2000:]}")
            refs = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
            if refs is None:
                raise RuntimeError(f"no instruction count from valgrind: {done.stderr[-2000:]}")
            counts.append(int(refs.group(1).replace(",", "")))
        found[label] = (counts[0], counts[1])
    return found


def _before_after(args: argparse.Namespace, env: dict[str, str], rubric: Path, book: Path, show: bool) -> dict[str, tuple[float, ...]]:
    """(median CPU, median wall, least CPU, pairs in which it used less CPU than the other) of the whole
    build process of the baseline checkout and of this one."""
    import shlex
    import statistics
    import subprocess

    commands = {
        "baseline": ([sys.executable, "-c", _CLI, "build", str(rubric), "-o", str(book), "--force"], dict(env, PYTHONPATH=str(Path(args.baseline).resolve()))),
        "this": ([sys.executable, "-c", _CLI, "build", str(rubric), "-o", str(book), "--force"], dict(env, PYTHONPATH=str(ROOT / "addin"))),
    }
    if show:
        for label, (command, environment) in commands.items():
            print(f"{label}: PYTHONPATH={environment['PYTHONPATH']} {shlex.join(command[:3])} build RUBRIC -o BOOK --force")
    times: dict[str, list[tuple[float, float]]] = {label: [] for label in commands}
    for attempt in range(max(1, args.repeat) + 1):
        for label, (command, environment) in commands.items():
            start = time.perf_counter()
            process = subprocess.Popen(command, stdout=subprocess.DEVNULL, env=environment, cwd=ROOT)
            _, status, usage = os.wait4(process.pid, 0)
            wall = time.perf_counter() - start
            if os.waitstatus_to_exitcode(status) not in (0, 1):
                raise RuntimeError(f"{label} build failed: {shlex.join(command)}")
            if attempt:  # the first run of each fills the bytecode cache
                times[label].append((usage.ru_utime + usage.ru_stime, wall))
    fewer = sum(1 for (before, _), (after, _) in zip(times["baseline"], times["this"]) if after < before)
    less = {"baseline": len(times["this"]) - fewer, "this": fewer}
    return {
        label: (statistics.median(cpu for cpu, _ in runs), statistics.median(wall for _, wall in runs), min(cpu for cpu, _ in runs), less[label])
        for label, runs in times.items()
    }


if __name__ == "__main__":
    sys.exit(main())
