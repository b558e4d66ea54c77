"""Start-up of ``pingfen --help`` and ``pingfen rule`` against a bare Python start, and where the time of
``pingfen rule`` goes (issue 13: both within 5× of ``python -c pass``).

    .venv/bin/python benchmarks/startup_report.py [--repeat 9]

Every figure is the median of ``--repeat`` new processes per command, the commands taking turns so a
change in the machine's load hits them alike, after one untimed warm-up each; the command lines are
printed first. Three ways of running, since Python's bytecode cache decides much of it:

- cached:    Python may write its bytecode cache (kept in the work directory through
             ``PYTHONPYCACHEPREFIX``) — as benchmarks/speed_report.py measures, and the figure the goal uses;
- installed: ``PYTHONDONTWRITEBYTECODE=1``, as on this team's machines: Python reads the bytecode
             ``.ci/precompile`` wrote beside the sources (run by ``.ci/setup``) but never writes any;
- source:    the same with a copy of ``addin/`` that has no bytecode (what the editable install gave
             before ``.ci/precompile``: pingfen's modules compiled from source on every start).

The breakdown runs ``pingfen rule`` in one process (best of ``--repeat``), timing the imports of the
command line, the imports of the rule engine (of which creating dataclasses), and the command itself (of
which compiling regular expressions, reading the words they require and making the rule classes it uses:
pingfen.lazy_dataclass makes each on its first use); ``python -X importtime`` gives each module's own
import time. Nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed_report import PINGFEN, PYTHON, ROOT, Runner, _import_times  # noqa: E402

RULE = ["rule", "每下降1%扣0.1分，扣完为止", "--actual", "85%", "--target", "90%", "--full", "5"]
COMMANDS = {"python -c pass": [PYTHON, "-c", "pass"], "pingfen --help": [PINGFEN, "--help"], "pingfen rule": [PINGFEN, *RULE]}

# Run in a new process: the pingfen modules `pingfen rule` loads beyond the command line's, in order.
_ENGINE_MODULES = """
import contextlib, io, json, sys
import pingfen.cli, pingfen.failures
before = set(sys.modules)
with contextlib.redirect_stdout(io.StringIO()):
    pingfen.cli.main(sys.argv[1:])
print(json.dumps([name for name in sys.modules if name not in before and name.startswith("pingfen")]))
"""

# Run in a new process with the module list as its first argument: the phases of `pingfen rule`, in ms.
_PHASES = """
import time
started = time.perf_counter()
import contextlib, importlib, io, json, sys
import dataclasses, re
import pingfen.cli, pingfen.failures
from pingfen.text import lazy_regex

spent = {"compile": 0.0, "patterns": 0, "required_words": 0.0}
created = {}  # module: [dataclasses, ms]

def timed(function, time_key, count_key=None):
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[time_key] += (time.perf_counter() - start) * 1000
            if count_key:
                spent[count_key] += 1
    return wrapper

process_class = dataclasses._process_class

def timed_class(cls, *args, **kwargs):
    start = time.perf_counter()
    try:
        return process_class(cls, *args, **kwargs)
    finally:
        count, ms = created.get(cls.__module__, (0, 0.0))
        created[cls.__module__] = (count + 1, ms + (time.perf_counter() - start) * 1000)

# private names of CPython 3.11-3.13, used only to measure (dataclass() and re.compile() call them)
dataclasses._process_class = timed_class
re._compiler.compile = timed(re._compiler.compile, "compile", "patterns")
lazy_regex.required_words = timed(lazy_regex.required_words, "required_words")
command_line = time.perf_counter()
import gc
gc.disable()  # as `pingfen rule` imports the engine (pingfen.cli.command_rule)
for name in json.loads(sys.argv[1]):
    importlib.import_module(name)
gc.enable()
engine = time.perf_counter()
engine_dataclasses, engine_spent = dict(created), dict(spent)
with contextlib.redirect_stdout(io.StringIO()):
    pingfen.cli.main(sys.argv[2:])
ran = time.perf_counter()
run_dataclasses = {module: (count - engine_dataclasses.get(module, (0, 0.0))[0], ms - engine_dataclasses.get(module, (0, 0.0))[1])
                   for module, (count, ms) in created.items() if count > engine_dataclasses.get(module, (0, 0.0))[0]}
print(json.dumps({
    "command line": (command_line - started) * 1000, "engine": (engine - command_line) * 1000,
    "engine dataclasses": engine_dataclasses, "run": (ran - engine) * 1000, "run dataclasses": run_dataclasses,
    **{f"run {key}": spent[key] - engine_spent[key] for key in spent},
}))
"""


def _environments(work: Path) -> dict[str, dict[str, str]]:
    base = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX", "PYTHONPATH")}
    source = work / "source"
    shutil.copytree(ROOT / "addin" / "pingfen", source / "pingfen", ignore=shutil.ignore_patterns("__pycache__"))
    return {
        "cached": {**base, "PYTHONPYCACHEPREFIX": str(work / "pycache")},
        "installed": {**base, "PYTHONDONTWRITEBYTECODE": "1"},
        "source": {**base, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(source)},  # ahead of the editable install
    }


def _without_current_bytecode() -> list[str]:
    """pingfen's modules whose bytecode beside the source is missing or older than the source."""
    import importlib.util

    stale = []
    for source in sorted((ROOT / "addin" / "pingfen").rglob("*.py")):
        cached = Path(importlib.util.cache_from_source(str(source)))
        if not cached.exists() or cached.stat().st_mtime < source.stat().st_mtime:
            stale.append(str(source.relative_to(ROOT)))
    return stale


def _cpu_and_wall(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    assert process.stderr is not None
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{shlex.join(command)} failed:\n{process.stderr.read().decode(errors='replace')}")
    process.stderr.close()
    return wall, usage.ru_utime + usage.ru_stime


def _medians(env: dict[str, str], repeat: int) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) seconds of each command, the commands taking turns."""
    for command in COMMANDS.values():
        _cpu_and_wall(command, env)  # warm-up: file cache, bytecode cache
    times: dict[str, list[tuple[float, float]]] = {label: [] for label in COMMANDS}
    for _ in range(repeat):
        for label, command in COMMANDS.items():
            times[label].append(_cpu_and_wall(command, env))
    return {label: (statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)) for label, runs in times.items()}


def _phases(env: dict[str, str], repeat: int) -> dict[str, Any]:
    found = subprocess.run([PYTHON, "-c", _ENGINE_MODULES, *RULE], env=env, capture_output=True, text=True, check=True)
    modules = found.stdout.strip().splitlines()[-1]
    runs = [json.loads(subprocess.run([PYTHON, "-c", _PHASES, modules, *RULE], env=env, capture_output=True, text=True,
                                      check=True).stdout) for _ in range(repeat)]
    return min(runs, key=lambda run: run["command line"] + run["engine"] + run["run"])  # the least disturbed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=9, help="timed runs per figure (median; default 9)")
    args = parser.parse_args(argv)
    repeat = max(1, args.repeat)
    with tempfile.TemporaryDirectory(prefix="pingfen-startup-") as folder:
        work = Path(folder)
        environments = _environments(work)
        load = os.getloadavg()[0]
        print(f"pingfen start-up — Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load {load:.2f}; "
              f"median of {repeat} runs per figure\n")
        print("Commands:")
        for label, command in COMMANDS.items():
            print(f"  {label}: {shlex.join(command)}")
        print(f"  cached:    PYTHONPYCACHEPREFIX={work / 'pycache'} (bytecode written and read there)\n"
              f"  installed: PYTHONDONTWRITEBYTECODE=1 (reads addin/pingfen/**/__pycache__, written by .ci/precompile)\n"
              f"  source:    PYTHONDONTWRITEBYTECODE=1 PYTHONPATH={work / 'source'} (a copy of addin/pingfen without bytecode)\n")
        stale = _without_current_bytecode()
        if stale:
            print(f"  (installed: {len(stale)} module(s) without current bytecode, e.g. {stale[0]}; run bash .ci/precompile)\n")
        figures = {name: _medians(env, repeat) for name, env in environments.items()}
        phases = _phases(environments["cached"], repeat)
        imports = _import_times(Runner(work, repeat), [PINGFEN, *RULE])  # cached bytecode, in the same folder
    end_load = os.getloadavg()[0]

    print("| bytecode | " + " | ".join(COMMANDS) + " |")
    print("|---|" + "---|" * len(COMMANDS))
    for name, medians in figures.items():
        bare_wall, bare_cpu = medians["python -c pass"]
        cells = [f"{wall * 1000:.1f} ms ({wall / bare_wall:.1f}×; CPU {cpu / bare_cpu:.1f}×)" for wall, cpu in medians.values()]
        print(f"| {name} | " + " | ".join(cells) + " |")

    total = phases["command line"] + phases["engine"] + phases["run"]
    print(f"\npingfen rule in one process (cached bytecode, best of {repeat}; ms after the interpreter started):")
    print(f"  command line (pingfen.cli, decimal, re; pingfen.failures; no argparse for this command line): {phases['command line']:.1f}")
    created = sorted(phases["engine dataclasses"].items(), key=lambda item: -item[1][1])
    print(f"  rule engine imports: {phases['engine']:.1f}, of which creating {sum(n for _, (n, _) in created)} dataclasses "
          f"{sum(ms for _, (_, ms) in created):.1f} (" + ", ".join(f"{module} {n}: {ms:.1f}" for module, (n, ms) in created[:8]) + ")")
    made = phases["run dataclasses"]
    print(f"  running the command (arguments, parse, compile, score, Excel formula): {phases['run']:.1f}, of which compiling "
          f"{phases['run patterns']:.0f} regular expressions {phases['run compile']:.1f}, reading patterns' required words "
          f"{phases['run required_words']:.1f} and making {sum(n for n, _ in made.values())} dataclasses on their first use "
          f"{sum(ms for _, ms in made.values()):.1f} (pingfen.lazy_dataclass)")
    print(f"  total {total:.1f}")
    own = sum(ms for ms, name in imports if name.split(".")[0] == "pingfen")
    print(f"\nimports of pingfen rule (python -X importtime, each module's own time, best of {repeat}): pingfen's modules "
          f"{own:.1f} ms, all {sum(ms for ms, _ in imports):.1f} ms; the largest: "
          + ", ".join(f"{name} {ms:.1f}" for ms, name in imports[:12]))

    cached = figures["cached"]
    bare = cached["python -c pass"][0]
    print("\nGoal of issue 13 (cached bytecode, wall):")
    for label in ("pingfen --help", "pingfen rule"):
        ratio = cached[label][0] / bare
        print(f"  {label} ≤5× python: {ratio:.1f}× → {'MET' if ratio <= 5 else 'NOT MET'}")
    print(f"\nload average {load:.2f} at start, {end_load:.2f} at end"
          + ("  (busy machine: other processes share the cores)" if max(load, end_load) > 0.75 * (os.cpu_count() or 1) else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
