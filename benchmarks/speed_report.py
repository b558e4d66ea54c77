"""Whole process against whole process: every figure of issue 13 measured in one run.

Run from the repository root (about 5–10 minutes with LibreOffice):

    .venv/bin/python benchmarks/speed_report.py
    .venv/bin/python benchmarks/speed_report.py --sizes 30,100 --repeat 3 --no-batch    # quick
    .venv/bin/python benchmarks/speed_report.py --only-recalc --baseline ../main/addin   # before/after
    .venv/bin/python benchmarks/speed_report.py --only-batch --baseline ../main/addin    # the batch, before/after

Every timed thing is a new process started with ``subprocess`` and reaped with ``os.wait4``, so its
wall time includes Python start-up, imports, reading and writing, and its peak memory is the
process's own maximum resident set (``ru_maxrss``, soffice.bin included for LibreOffice). The
command lines are printed before the tables. Each figure is the median of ``--repeat`` runs after
one untimed warm-up run (which also fills the bytecode cache, kept in the work directory through
``PYTHONPYCACHEPREFIX``; one line also shows the start-up with ``PYTHONDONTWRITEBYTECODE=1``, which
reads the bytecode ``.ci/precompile`` wrote beside the sources; benchmarks/startup_report.py has the
start-up without any bytecode and where the time of ``pingfen rule`` goes). Workbooks are generated
评分表 of N leaf indicators (``recalc_bench.make_rubric``: the seed rubrics' wordings with data filled in).

- recalc:      ``pingfen recalc BOOK`` (in place) of a copy of the book with every formula's cached
               value emptied (``stale_copy``: the full path, each sheet with formulas patched and
               written; also shown: the same book with its values current, where nothing is written)
               against LibreOffice headless recalculate-and-save of the same stale copy
               (one soffice process, a prepared profile that forces recalculation on load, as
               ``engines.libreoffice`` uses) and against ``formulas`` (load, compile, calculate in a
               new Python process: only at the sizes in ``--formulas-sizes``; larger sizes are
               extrapolated linearly from the largest measured one and marked "≈"); the floor is
               python-calamine reading every sheet in a new Python process (Python start included).
- build:       ``pingfen build RUBRIC -o BOOK`` against ``pingfen recalc`` of the same book.
- start-up:    ``pingfen --help`` and ``pingfen rule TEXT --actual … --target …`` against ``python -c pass``.
- rubric:      ``pingfen score`` and ``pingfen check`` of the largest generated rubric.
- UDF:         SCORE_RATE called 10,000 times with one rule text (in one process, CPU µs per call).
- batch:       ``pingfen batch`` over ``--batch`` seed-sized workbooks (benchmarks/batch_bench.py) on
               this machine's cores, against one soffice process recalculating and saving 50 of them.

``--baseline DIR`` (the ``addin`` folder of another checkout, e.g. the main branch) also times that
checkout's ``pingfen recalc`` on the same stale copies, run by the same Python with ``PYTHONPATH=DIR``,
interleaved with this checkout's runs: before and after in one run, under the same load.
``--only-recalc`` measures recalc and its references alone (no build, start-up, rubric, UDF or batch);
``--only-batch`` the batch alone (values current and stale, each run on a fresh copy of the books,
the baseline's batch interleaved), with LibreOffice's per-core figure by wall and by CPU time.

Nothing here asserts a timing; the goals of issue 13 are printed as MET/NOT MET.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
PYTHON = sys.executable
PINGFEN = str(Path(PYTHON).with_name("pingfen"))
SCORE_RATE_CALLS = 10_000


class Runner:
    """Runs commands as new processes and keeps their median wall time and peak memory."""

    def __init__(self, work: Path, repeat: int, bytecode: bool = True) -> None:
        self.work = work
        self.repeat = repeat
        self.env = dict(os.environ)
        if bytecode:
            self.env.pop("PYTHONDONTWRITEBYTECODE", None)
            self.env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")  # never writes into the repository
        else:
            self.env["PYTHONDONTWRITEBYTECODE"] = "1"
        self.commands: list[str] = []

    def once(self, command: list[str], env: dict[str, str] | None = None) -> tuple[float, float, float]:
        """(wall seconds, peak resident MiB, CPU seconds) of one run; raises with the output when it fails."""
        with tempfile.TemporaryFile() as output:
            start = time.perf_counter()
            process = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, env=env or self.env, cwd=self.work)
            _, status, usage = os.wait4(process.pid, 0)
            wall = time.perf_counter() - start
            process.returncode = os.waitstatus_to_exitcode(status)
            if process.returncode not in (0, 1):  # 1: pingfen found something to report, still a full run
                output.seek(0)
                raise RuntimeError(f"{shlex.join(command)} → {process.returncode}\n{output.read().decode(errors='replace')[-2000:]}")
        return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime

    def median(self, label: str, command: list[str], repeat: int | None = None, setup: Any = None,
               warmup: bool = True) -> tuple[float, float, float]:
        """Median wall seconds, largest peak MiB, median CPU seconds (user + system, children included)."""
        return self.medians({label: (command, None)}, repeat, setup, warmup)[label]

    def medians(self, runs: dict[str, tuple[list[str], dict[str, str] | None]], repeat: int | None = None, setup: Any = None,
                warmup: bool = True, before: dict[str, Any] | None = None) -> dict[str, tuple[float, float, float]]:
        """``median`` of each labelled (command, environment or None), their runs interleaved: each
        figure taken under the same load as the others. ``before``: what to do before each run of a label
        (after ``setup``)."""
        for label, (command, env) in runs.items():
            if label not in {c.split(":", 1)[0] for c in self.commands}:
                prefix = "".join(f"{name}={value} " for name, value in env.items() if self.env.get(name) != value) if env else ""
                self.commands.append(f"{label}: {prefix}{shlex.join(command)}")
            if warmup:
                if setup:
                    setup()
                self.once(command, env)  # file cache, bytecode cache, soffice profile
        measured: dict[str, tuple[list[float], list[float], list[float]]] = {label: ([], [], []) for label in runs}
        for _ in range(repeat or self.repeat):
            for label, (command, env) in runs.items():
                if setup:
                    setup()
                if before and label in before:
                    before[label]()
                wall, peak, cpu = self.once(command, env)
                walls, peaks, cpus = measured[label]
                walls.append(wall)
                peaks.append(peak)
                cpus.append(cpu)
        return {label: (statistics.median(walls), max(peaks), statistics.median(cpus)) for label, (walls, peaks, cpus) in measured.items()}


_FIRST_RUN = "pingfen recalc, first run (values stale; kept template trees, plans and plan code deleted before each run)"


def _forget_templates(runner: Runner) -> None:
    """Deletes what pingfen keeps of formula templates beside its bytecode (pingfen.workbook.kept_templates:
    the trees, the plans and the code of the functions written for plans)."""
    import importlib.util

    from pingfen.workbook import kept_templates

    prefix = sys.pycache_prefix
    sys.pycache_prefix = runner.env.get("PYTHONPYCACHEPREFIX")
    try:
        stem = os.path.splitext(importlib.util.cache_from_source(kept_templates.__file__))[0]
    finally:
        sys.pycache_prefix = prefix
    for kind in ("templates", "plans", "plan_code", "shape_code"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{stem}.{kind}")


def _python(code: str) -> list[str]:
    return [PYTHON, "-c", code]


def _soffice_command(profile: Path, books: list[Path], outdir: Path) -> list[str]:
    from pingfen.engines import libreoffice

    soffice = libreoffice.soffice_path()
    assert soffice is not None
    return [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", "--nolockcheck",
            "--convert-to", "xlsx", "--outdir", str(outdir), *map(str, books)]


def _lo_profile(work: Path) -> Path:
    from pingfen.engines.libreoffice import _RECALC_ALWAYS

    profile = work / "lo-profile"
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(_RECALC_ALWAYS, encoding="utf-8")
    return profile


_FORMULAS = (
    "import sys, formulas\n"
    "from pingfen.engines.formulas_compat import patch\n"
    "patch()\n"
    "formulas.ExcelModel().loads(sys.argv[1]).finish().calculate()\n"
)
# another checkout's pingfen (PYTHONPATH=its addin folder), started as the console script starts
_BASELINE_CLI = "import sys; from pingfen.cli import run; sys.argv[0] = 'pingfen'; run()"
_CALAMINE = (
    "import sys\n"
    "from python_calamine import CalamineWorkbook\n"
    "book = CalamineWorkbook.from_path(sys.argv[1])\n"
    "[book.get_sheet_by_name(name).to_python() for name in book.sheet_names]\n"
)
_SCORE_RATE = (
    "import time\n"
    "from pingfen.excel.udfs import SCORE_RATE\n"
    "rule = {rule!r}\n"
    "SCORE_RATE({first}, rule, 5)\n"
    "start = time.process_time()  # CPU time: a busy machine's other processes do not count\n"
    f"for i in range({SCORE_RATE_CALLS}):\n"
    "    SCORE_RATE({each}, rule, 5)\n"
    f"print((time.process_time() - start) / {SCORE_RATE_CALLS} * 1e6)\n"
)
# the goal's case (a rate down a column) and one with an actual and a target per row (benchmarks/parse_bench.py)
_SCORE_RATE_RATE = _SCORE_RATE.format(rule="预算执行率≥99%的，得5分；预算执行率＜99%的，得分=预算执行率×5分",
                                      first="0.97, None", each="0.9 + (i % 100) / 1000, None")
_SCORE_RATE_TARGET = _SCORE_RATE.format(rule="实际完成率为100%的得满分，每少10%扣1分，实际完成率不足50%不得分",
                                        first="60, 100", each="50 + i % 60, 100")


def _import_times(runner: Runner, command: list[str]) -> list[tuple[float, str]]:
    """(milliseconds, module) of ``python -X importtime`` for ``command``: each module's own import time
    (its body: classes, dataclasses, compiled patterns), the smallest of ``runner.repeat`` runs."""
    best: dict[str, float] = {}
    full = [PYTHON, "-X", "importtime", *command]
    runner.commands.append(f"imports of pingfen rule: {shlex.join(full)}")
    for _ in range(runner.repeat):
        done = subprocess.run(full, capture_output=True, text=True, env=runner.env, cwd=runner.work, check=True)
        for line in done.stderr.splitlines():
            parts = line.removeprefix("import time:").split("|")
            if len(parts) == 3 and parts[0].strip().isdigit():
                name, own = parts[2].strip(), int(parts[0]) / 1000
                best[name] = min(best.get(name, own), own)
    return sorted(((ms, name) for name, ms in best.items()), reverse=True)


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    lines = ["| " + " | ".join(cell.ljust(width) for cell, width in zip(header, widths)) + " |",
             "|" + "|".join("-" * (width + 2) for width in widths) + "|"]
    lines += ["| " + " | ".join(cell.rjust(width) for cell, width in zip(row, widths)) + " |" for row in rows]
    return "\n".join(lines)


def _s(seconds: float) -> str:
    return f"{seconds:.3f}" if seconds < 1 else f"{seconds:.2f}" if seconds < 100 else f"{seconds:.0f}"


def _verdict(ok: bool) -> str:
    return "MET" if ok else "NOT MET"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="30,100,1000,3000", help="leaf indicators per generated workbook")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per figure (median; default 5)")
    parser.add_argument("--formulas-sizes", default="30,100", help="sizes at which `formulas` runs (slow)")
    parser.add_argument("--batch", type=int, default=1000, help="seed-sized workbooks for the batch figure (0: skip)")
    parser.add_argument("--no-batch", action="store_const", const=0, dest="batch")
    parser.add_argument("--no-libreoffice", action="store_true")
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep it")
    parser.add_argument("--baseline", metavar="DIR", help="another checkout's addin folder: its pingfen recalc timed beside this one's")
    parser.add_argument("--only-recalc", action="store_true", help="recalc and its references only (no build, start-up, rubric, UDF, batch)")
    parser.add_argument("--only-batch", action="store_true", help="batch and LibreOffice's batch only (with --baseline: both checkouts, interleaved)")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    formulas_sizes = {int(s) for s in args.formulas_sizes.split(",") if s.strip()}
    work = Path(args.keep or tempfile.mkdtemp(prefix="pingfen-speed-")).resolve()
    work.mkdir(parents=True, exist_ok=True)
    try:
        return _report(args, sizes, formulas_sizes, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def _report(args: argparse.Namespace, sizes: list[int], formulas_sizes: set[int], work: Path) -> int:
    from pingfen.engines import libreoffice
    from recalc_bench import stale_copy, write_rubric

    runner = Runner(work, max(1, args.repeat))
    use_lo = not args.no_libreoffice and libreoffice.available()
    load = os.getloadavg()[0]
    print(f"pingfen speed report — Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs, "
          f"load {load:.2f}; median of {runner.repeat} runs after a warm-up; work dir {work}\n")
    if args.only_batch:
        return _batch_report(args, runner, work, use_lo, load)

    if not args.only_recalc:  # -- start-up
        bare, bare_peak, bare_cpu = runner.median("python", _python("pass"))
        help_, help_peak, help_cpu = runner.median("pingfen --help", [PINGFEN, "--help"])
        rule_command = [PINGFEN, "rule", "每下降1%扣0.1分，扣完为止", "--actual", "85%", "--target", "90%", "--full", "5"]
        rule, rule_peak, rule_cpu = runner.median("pingfen rule", rule_command)
        cold = Runner(work, runner.repeat, bytecode=False)
        help_cold, _, _ = cold.median("pingfen --help (PYTHONDONTWRITEBYTECODE=1)", [PINGFEN, "--help"])
        cold.commands.clear()
        imports = _import_times(runner, rule_command)

    # -- recalc and build by size
    rows: dict[int, dict[str, float]] = {}
    profile = _lo_profile(work) if use_lo else None
    baseline_env = dict(runner.env, PYTHONPATH=str(Path(args.baseline).resolve())) if args.baseline else None
    for count in sizes:
        rubric = write_rubric(count, work / f"rubric_{count}.yaml")
        book = work / f"book_{count}.xlsx"
        repeat = runner.repeat if count <= 1000 else max(3, runner.repeat - 2)
        row: dict[str, float] = {}
        build = [PINGFEN, "build", str(rubric), "-o", str(book), "--force"]
        if args.only_recalc:
            runner.once(build)
        else:
            row["build"], row["build_peak"], row["build_cpu"] = runner.median("pingfen build", build, repeat)
        # the full path: every cached value stale, so each sheet with formulas is patched and written
        stale, stale_book = work / f"book_{count}_stale.xlsx", work / f"book_{count}_recalc.xlsx"
        stale_copy(book, stale)
        recalcs = {"pingfen recalc (values stale)": ([PINGFEN, "recalc", str(stale_book)], None)}
        if baseline_env:
            recalcs["baseline pingfen recalc (values stale)"] = ([*_python(_BASELINE_CLI), "recalc", str(stale_book)], baseline_env)
        # a first run: nothing of the formula templates kept from an earlier run (the others read trees, plans, plan code)
        recalcs[_FIRST_RUN] = ([PINGFEN, "recalc", str(stale_book)], None)
        measured = runner.medians(recalcs, repeat, setup=lambda: shutil.copy(stale, stale_book), before={_FIRST_RUN: lambda: _forget_templates(runner)})
        row["recalc"], row["recalc_peak"], row["recalc_cpu"] = measured["pingfen recalc (values stale)"]
        row["first"], row["first_peak"], row["first_cpu"] = measured[_FIRST_RUN]
        if baseline_env:
            row["baseline"], row["baseline_peak"], row["baseline_cpu"] = measured["baseline pingfen recalc (values stale)"]
        # values current (as build leaves them, or a second recalc): nothing to write
        row["current"], _, row["current_cpu"] = runner.median("pingfen recalc (values current)", [PINGFEN, "recalc", str(book)], repeat)
        row["calamine"], _, row["calamine_cpu"] = runner.median("calamine read", [*_python(_CALAMINE), str(book)], repeat)
        if use_lo and profile is not None:
            row["lo"], row["lo_peak"], row["lo_cpu"] = runner.median("LibreOffice recalc+save", _soffice_command(profile, [stale], work / "lo-out"), repeat)
        if count in formulas_sizes:
            row["formulas"], row["formulas_peak"], row["formulas_cpu"] = runner.median("formulas", [*_python(_FORMULAS), str(book)], min(repeat, 3))
        rows[count] = row
        print(f"  measured {count} indicators: " + ", ".join(f"{k} {_s(v)}" for k, v in row.items() if not k.endswith(("peak", "cpu"))), flush=True)
    measured_formulas = sorted(c for c in sizes if "formulas" in rows[c])
    per_indicator = rows[measured_formulas[-1]]["formulas"] / measured_formulas[-1] if measured_formulas else None
    if args.only_recalc:
        _print_commands(runner)
        _print_recalc(rows, sizes, per_indicator)
        print("\nGoals of issue 13 (recalc):")
        _recalc_goals(rows, sizes, per_indicator)
        _print_load(load)
        return 0

    # -- rubric scoring and checks at the largest size
    largest = max(sizes)
    score, score_peak, score_cpu = runner.median("pingfen score", [PINGFEN, "score", str(work / f"rubric_{largest}.yaml")], 3)
    check, _, check_cpu = runner.median("pingfen check", [PINGFEN, "check", str(work / f"rubric_{largest}.yaml")], 3)

    # -- UDF
    udf_us, udf_target_us = (
        float(subprocess.run(_python(code), capture_output=True, text=True, env=runner.env, check=True).stdout.split()[-1])
        for code in (_SCORE_RATE_RATE, _SCORE_RATE_TARGET)
    )
    runner.commands.append(f"SCORE_RATE: {PYTHON} -c <{SCORE_RATE_CALLS} calls of pingfen.excel.udfs.SCORE_RATE, one rule text>")

    # -- batch
    batch: dict[str, float] = {}
    if args.batch:
        from batch_bench import generate

        folder = work / "batch"
        folder.mkdir(parents=True, exist_ok=True)
        books = generate(folder, args.batch)
        command = [PINGFEN, "batch", str(folder / "books"), "-o", str(folder / "汇总.xlsx"), "--quiet", "--force"]
        # no warm-up run: the workbooks were just written (in the file cache) and Python's bytecode is cached
        batch["pingfen"], batch["pingfen_peak"], batch["pingfen_cpu"] = runner.median("pingfen batch (values current)", command, 1, warmup=False)
        stale_folder = work / "batch-stale"
        stale_folder.mkdir(parents=True, exist_ok=True)
        generate(stale_folder, args.batch, stale=True)
        stale_command = [PINGFEN, "batch", str(stale_folder / "books"), "-o", str(stale_folder / "汇总.xlsx"), "--quiet", "--force"]
        batch["stale"], _, batch["stale_cpu"] = runner.median("pingfen batch (values stale)", stale_command, 1, warmup=False)
        if use_lo and profile is not None:
            sample = books[:50]
            lo_wall, _, lo_batch_cpu = runner.median("LibreOffice batch (one soffice, 50 books)", _soffice_command(profile, sample, folder / "lo-out"), 1, warmup=False)
            batch["lo_per_file"] = lo_wall / len(sample)

    # -- print
    _print_commands(runner)
    _print_recalc(rows, sizes, per_indicator)

    print("\nbuild against recalc, and peak memory (MiB, max resident set of the process):")
    header = ["indicators", "pingfen build", "build / recalc", "build peak", "recalc peak", "LibreOffice peak"]
    table = [[f"{c:,}", _s(rows[c]["build"]), f"{rows[c]['build'] / rows[c]['recalc']:.2f}×", f"{rows[c]['build_peak']:.0f}",
              f"{rows[c]['recalc_peak']:.0f}", f"{rows[c]['lo_peak']:.0f}" if "lo_peak" in rows[c] else "—"] for c in sizes]
    print(_table(header, table))

    print("\nstart-up, rubric, UDF, batch:")
    other = [
        ["python -c pass", _s(bare), "1.0×", f"{bare_peak:.0f} MiB"],
        ["pingfen --help", _s(help_), f"{help_ / bare:.1f}× (CPU {_s(help_cpu)} s vs {_s(bare_cpu)} s)", f"{help_peak:.0f} MiB"],
        ["pingfen --help, PYTHONDONTWRITEBYTECODE=1", _s(help_cold), f"{help_cold / bare:.1f}×", ""],
        ["pingfen rule … --actual --target", _s(rule), f"{rule / bare:.1f}× (CPU {_s(rule_cpu)} s)", f"{rule_peak:.0f} MiB"],
        [f"pingfen score, {largest:,}-leaf rubric", _s(score), f"CPU {_s(score_cpu)} s", f"{score_peak:.0f} MiB"],
        [f"pingfen check, {largest:,}-leaf rubric", _s(check), f"CPU {_s(check_cpu)} s", ""],
        [f"SCORE_RATE, {SCORE_RATE_CALLS:,} calls, one rule", f"{udf_us:.1f} µs/call (CPU)", "", ""],
        [f"SCORE_RATE with actual and target, {SCORE_RATE_CALLS:,} calls", f"{udf_target_us:.1f} µs/call (CPU)", "", ""],
    ]
    if batch:
        other.append([f"pingfen batch, {args.batch:,} seed-sized books, {os.cpu_count()} cores", _s(batch["pingfen"]),
                      f"{batch['pingfen'] / args.batch * 1000:.1f} ms/book (CPU {_s(batch['pingfen_cpu'])} s)", f"{batch['pingfen_peak']:.0f} MiB"])
        other.append(["  the same books with every cached value stale", _s(batch["stale"]),
                      f"{batch['stale'] / args.batch * 1000:.1f} ms/book (CPU {_s(batch['stale_cpu'])} s)", ""])
        if "lo_per_file" in batch:
            per_core = batch["pingfen"] * (os.cpu_count() or 1) / args.batch
            other.append(["LibreOffice batch, per book (1 process)", _s(batch["lo_per_file"]),
                          f"{batch['lo_per_file'] / per_core:.1f}× pingfen per core", ""])
    print(_table(["what", "seconds", "ratio", "peak"], other))

    own = sum(ms for ms, name in imports if name.split(".")[0] == "pingfen")
    print(f"\nimports of pingfen rule (python -X importtime, each module's own time, best of {runner.repeat}): "
          f"pingfen's modules {own:.1f} ms, all {sum(ms for ms, _ in imports):.1f} ms; the largest: "
          + ", ".join(f"{name} {ms:.1f}" for ms, name in imports[:8]))

    print("\nGoals of issue 13:")
    _recalc_goals(rows, sizes, per_indicator)
    for count in (1000, 3000):
        if count in rows:
            ratio = rows[count]["build"] / rows[count]["recalc"]
            cpu_ratio = rows[count]["build_cpu"] / rows[count]["recalc_cpu"]
            print(f"  build ≤1.5× recalc at {count:,}: {ratio:.2f}× (CPU {cpu_ratio:.2f}×) → {_verdict(ratio <= 1.5)}")
    if 3000 in rows:
        build_peak, recalc_peak = rows[3000]["build_peak"], rows[3000]["recalc_peak"]
        print(f"  peak memory ≤150 MiB at 3,000: build {build_peak:.0f} MiB → {_verdict(build_peak <= 150)}; "
              f"recalc {recalc_peak:.0f} MiB → {_verdict(recalc_peak <= 150)}")
    print(f"  SCORE_RATE ≤20 µs/call: {udf_us:.1f} µs → {_verdict(udf_us <= 20)}")
    print(f"  pingfen --help ≤5× python: {help_ / bare:.1f}× → {_verdict(help_ / bare <= 5)}; "
          f"pingfen rule ≤5×: {rule / bare:.1f}× → {_verdict(rule / bare <= 5)}")
    print(f"  score/check of the {largest:,}-leaf rubric ≤1 s: {_s(score)} / {_s(check)} s (CPU {_s(score_cpu)} / {_s(check_cpu)} s) "
          f"→ {_verdict(max(score, check) <= 1)}")
    if batch:
        print(f"  batch of {args.batch:,} ≤10 s on {os.cpu_count()} cores: {_s(batch['pingfen'])} s (values current), "
              f"{_s(batch['stale'])} s (values stale) → {_verdict(batch['pingfen'] <= 10 * args.batch / 1000)} / {_verdict(batch['stale'] <= 10 * args.batch / 1000)}")
        if "lo_per_file" in batch:
            per_core = batch["pingfen"] * (os.cpu_count() or 1) / args.batch
            print(f"  batch ≥20× LibreOffice per core: {batch['lo_per_file'] / per_core:.1f}× → {_verdict(batch['lo_per_file'] / per_core >= 20)}")
    _print_load(load)
    return 0


def _batch_report(args: argparse.Namespace, runner: Runner, work: Path, use_lo: bool, load: float) -> int:
    """``pingfen batch`` over ``--batch`` seed-sized books (values current, then stale), interleaved with
    the baseline checkout's when given, against one soffice recalculating and saving 50 of them. Per
    core: wall seconds × cores per book (the goal's figure) and CPU seconds per book."""
    from batch_bench import generate

    count = args.batch or 1000
    folder, stale_folder = work / "batch", work / "batch-stale"
    for place in (folder, stale_folder):
        place.mkdir(parents=True, exist_ok=True)
    books = generate(folder, count)
    generate(stale_folder, count, stale=True)
    baseline_env = dict(runner.env, PYTHONPATH=str(Path(args.baseline).resolve())) if args.baseline else None
    figures: dict[str, tuple[float, float, float]] = {}
    for label, source in (("values current", folder / "books"), ("values stale", stale_folder / "books")):
        copy = work / f"run-{label.split()[1]}"

        def fresh(source: Path = source, copy: Path = copy) -> None:  # batch writes a stale book in place
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(source, copy)
        command = ["batch", str(copy), "-o", str(work / "汇总.xlsx"), "--quiet", "--force"]
        runs = {f"pingfen batch ({label})": ([PINGFEN, *command], None)}
        if baseline_env:
            runs[f"baseline pingfen batch ({label})"] = ([*_python(_BASELINE_CLI), *command], baseline_env)
        figures.update(runner.medians(runs, setup=fresh))
    sample = books[:50]
    lo = runner.median(f"LibreOffice batch (one soffice, {len(sample)} books)", _soffice_command(_lo_profile(work), sample, folder / "lo-out"), 1) if use_lo else None
    lo_wall, lo_cpu = (lo[0] / len(sample), lo[2] / len(sample)) if lo else (0.0, 0.0)  # per book
    _print_commands(runner)
    cores = os.cpu_count() or 1
    print(f"\nbatch of {count:,} seed-sized books on {cores} cores (median of {runner.repeat}; per core = seconds × cores / books):")
    table = []
    for label, (wall, peak, cpu) in figures.items():
        row = [label, _s(wall), _s(cpu), f"{wall * cores / count * 1000:.1f}", f"{cpu / count * 1000:.1f}"]
        if lo:
            row += [f"{lo_wall / (wall * cores / count):.1f}×", f"{lo_cpu / (cpu / count):.1f}×"]
        table.append(row + [f"{peak:.0f}"])
    header = ["run", "wall s", "CPU s", "ms/book/core (wall)", "CPU ms/book"]
    if lo:
        header += ["LibreOffice ÷ pingfen per core (wall)", "the same, CPU"]
        print(f"LibreOffice: {len(sample)} books in {_s(lo[0])} s (CPU {_s(lo[2])} s): {lo_wall * 1000:.0f} ms/book wall, {lo_cpu * 1000:.0f} ms CPU")
    print(_table(header + ["peak MiB"], table))
    wall, _, cpu = figures["pingfen batch (values current)"]
    print(f"\nGoals of issue 13 (batch):\n  {count:,} books ≤{_s(10 * count / 1000)} s on {cores} cores: {_s(wall)} s (values current), "
          f"{_s(figures['pingfen batch (values stale)'][0])} s (stale) → {_verdict(wall <= 10 * count / 1000)}")
    if lo:
        print(f"  ≥20× LibreOffice per core: {lo_wall / (wall * cores / count):.1f}× (CPU {lo_cpu / (cpu / count):.1f}×) → "
              f"{_verdict(lo_wall / (wall * cores / count) >= 20)}")
    _print_load(load)
    return 0


def _print_commands(runner: Runner) -> None:
    print("\nCommands (BOOK, RUBRIC: the generated files; cwd is the work dir):")
    for command in runner.commands:
        print("  " + command)


def _print_recalc(rows: dict[int, dict[str, float]], sizes: list[int], per_indicator: float | None) -> None:
    print("\nrecalc, whole process (seconds; × = how many times pingfen's time; pingfen recalc: every cached value stale,")
    print("so every sheet with formulas is rewritten — the figure the goals use; values current: nothing to write):")
    header = ["indicators", "pingfen recalc", "first run", "values current", "LibreOffice recalc+save", "formulas", "calamine read + Python", "pingfen / calamine"]
    table = []
    for count in sizes:
        row = rows[count]
        lo = f"{_s(row['lo'])} ({row['lo'] / row['recalc']:.1f}×)" if "lo" in row else "—"
        if "formulas" in row:
            formulas = f"{_s(row['formulas'])} ({row['formulas'] / row['recalc']:.0f}×)"
        elif per_indicator:
            estimate = per_indicator * count
            formulas = f"≈{_s(estimate)} (≈{estimate / row['recalc']:.0f}×, extrapolated)"
        else:
            formulas = "—"
        table.append([f"{count:,}", _s(row["recalc"]), _s(row["first"]), _s(row["current"]), lo, formulas, _s(row["calamine"]), f"{row['recalc'] / row['calamine']:.1f}×"])
    print(_table(header, table))

    print("\nthe same in CPU seconds (user + system of the process and its children; what a busy machine inflates least;")
    print("first run: nothing of the formula templates kept from an earlier run — pingfen parses, plans and keeps them):")
    header = ["indicators", "pingfen recalc", "first run", "LibreOffice", "formulas", "calamine + Python", "pingfen build", "build / recalc"]
    table = []
    for count in sizes:
        row = rows[count]
        table.append([
            f"{count:,}", _s(row["recalc_cpu"]), _s(row["first_cpu"]),
            f"{_s(row['lo_cpu'])} ({row['lo_cpu'] / row['recalc_cpu']:.1f}×)" if "lo_cpu" in row else "—",
            f"{_s(row['formulas_cpu'])} ({row['formulas_cpu'] / row['recalc_cpu']:.0f}×)" if "formulas_cpu" in row else "—",
            _s(row["calamine_cpu"]), _s(row["build_cpu"]) if "build_cpu" in row else "—",
            f"{row['build_cpu'] / row['recalc_cpu']:.2f}×" if "build_cpu" in row else "—",
        ])
    print(_table(header, table))

    if any("baseline" in rows[count] for count in sizes):
        print("\nbefore and after: the baseline checkout's pingfen recalc against this one's, runs interleaved (median seconds):")
        header = ["indicators", "baseline wall", "this wall", "wall speed-up", "baseline CPU", "this CPU", "CPU speed-up", "peak MiB (baseline / this)"]
        table = [[f"{c:,}", _s(rows[c]["baseline"]), _s(rows[c]["recalc"]), f"{rows[c]['baseline'] / rows[c]['recalc']:.2f}×",
                  _s(rows[c]["baseline_cpu"]), _s(rows[c]["recalc_cpu"]), f"{rows[c]['baseline_cpu'] / rows[c]['recalc_cpu']:.2f}×",
                  f"{rows[c]['baseline_peak']:.0f} / {rows[c]['recalc_peak']:.0f}"] for c in sizes if "baseline" in rows[c]]
        print(_table(header, table))


def _recalc_goals(rows: dict[int, dict[str, float]], sizes: list[int], per_indicator: float | None) -> None:
    for count in sizes:
        row = rows[count]
        if "lo" in row:
            print(f"  {count:>5}: recalc ≥10× LibreOffice: {row['lo'] / row['recalc']:.1f}× (CPU {row['lo_cpu'] / row['recalc_cpu']:.1f}×; "
                  f"first run {row['lo'] / row['first']:.1f}×, CPU {row['lo_cpu'] / row['first_cpu']:.1f}×) → {_verdict(row['lo'] / row['recalc'] >= 10)}")
        formulas_time = row.get("formulas") or (per_indicator * count if per_indicator else None)
        if formulas_time:
            mark = "" if "formulas" in row else " (extrapolated)"
            cpu = f" (CPU {row['formulas_cpu'] / row['recalc_cpu']:.0f}×; first run {formulas_time / row['first']:.0f}×, CPU {row['formulas_cpu'] / row['first_cpu']:.0f}×)" if "formulas_cpu" in row else ""
            print(f"  {count:>5}: recalc ≥50× formulas: {formulas_time / row['recalc']:.0f}×{mark}{cpu} → {_verdict(formulas_time / row['recalc'] >= 50)}")
    if 1000 in rows:
        ratio = rows[1000]["recalc"] / rows[1000]["calamine"]
        print(f"  recalc within 5× of calamine read + Python start at 1,000: {ratio:.1f}× → {_verdict(ratio <= 5)}")


def _print_load(load: float) -> None:
    end_load = os.getloadavg()[0]
    print(f"\nload average {load:.2f} at start, {end_load:.2f} at end"
          + ("  (busy machine: other processes share the cores, wall times are inflated)" if max(load, end_load) > 0.75 * (os.cpu_count() or 1) else ""))


if __name__ == "__main__":
    sys.exit(main())
