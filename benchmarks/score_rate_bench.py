"""SCORE_RATE with one rule text, 10,000 calls in one process (CPU µs per call), against another checkout's
code in the same run: each round runs every case once with this checkout and once with ``--baseline``,
alternately, so both are measured under the same load (the machine's speed drifts during the day).

    .venv/bin/python benchmarks/score_rate_bench.py --baseline ../main/addin --rounds 5

The cases are benchmarks/speed_report.py's (the goal of issue 13: a rate down a column; an actual and a
target per row) and one with every actual a number not met before, so no cache of numbers helps.
Prints each round and the medians. Nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed_report import _SCORE_RATE, _SCORE_RATE_RATE, _SCORE_RATE_TARGET  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CASES = {
    "rate, no target": _SCORE_RATE_RATE,
    "actual and target": _SCORE_RATE_TARGET,
    "actual and target, every actual new": _SCORE_RATE.format(
        rule="实际完成率为100%的得满分，每少10%扣1分，实际完成率不足50%不得分", first="60, 100", each="50 + i * 0.00611, 100"),
}


def _run(code: str, addin: Path) -> float:
    env = dict(os.environ, PYTHONPATH=str(addin))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    return float(done.stdout.split()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, help="the addin folder of another checkout (e.g. a clone of main)")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    print("$ " + " ".join([Path(sys.executable).name] + sys.argv))
    checkouts = {"this": ROOT / "addin"}
    if args.baseline:
        checkouts["baseline"] = args.baseline.resolve()
    figures: dict[tuple[str, str], list[float]] = {}
    for number in range(1, args.rounds + 1):
        for case, code in CASES.items():
            line = []
            for name, addin in checkouts.items():
                figure = _run(code, addin)
                figures.setdefault((case, name), []).append(figure)
                line.append(f"{name} {figure:.1f}")
            print(f"round {number} {case}: {', '.join(line)} µs/call", flush=True)
    print("medians (µs per call, CPU):")
    for case in CASES:
        print(f"  {case}: " + ", ".join(f"{name} {statistics.median(figures[case, name]):.1f}" for name in checkouts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
