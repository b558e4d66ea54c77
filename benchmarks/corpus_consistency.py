"""The whole-corpus consistency checks on every row, as CI runs them on a fixed sixth (tests/corpus_sample.py): the
规范写法 of every correctly read row read back, closures and straight code against the expression tree on every
scored case, SCORE_RATE's shortcuts against its general path on every readable text, the gated composers and rewrites
against calling them all, the reader's patterns against re, and every rule unpickled in a new process.

    .venv/bin/python benchmarks/corpus_consistency.py [-n WORKERS]

Prints the command line it runs, how many rows the corpus has and CI takes, the pytest summary and the time taken;
exits with pytest's status. Run it after a change to the reader (the targeted runs of a session set the same
variable) — CI alone sees a sixth of the rows."""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHECKS = [
    "tests/test_rules_canonical_corpus.py::test_every_canonical_text_reads_back_alike",
    "tests/test_closures.py::test_closures_agree_with_the_tree_on_every_corpus_program",
    "tests/test_closures.py::test_straight_code_agrees_with_the_closures_on_every_corpus_program",
    "tests/test_functions.py::test_score_rate_shortcuts_change_nothing_on_the_corpus",
    "tests/test_rules_composer_gates.py::test_gates_change_no_reading_of_the_corpus",
    "tests/test_text_rewrite_gates.py::test_gates_change_no_normalised_text_of_the_corpus",
    "tests/test_lazy_regex.py::test_every_pattern_of_the_reader_answers_what_re_answers_on_the_corpus",
    "tests/test_rubric_kept.py::test_a_rule_unpickled_in_a_new_process_is_the_rule_read_from_its_text",
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", dest="workers", default="2", help="pytest-xdist workers (default 2; 0 runs in this process's pytest)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "tests"))
    from corpus_judge import load
    from corpus_sample import sampled

    rows = load("wordings.yaml")
    print(f"wordings: {len(rows)} rows; CI's sample: {len(sampled(rows))}")
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *(["-n", args.workers] if args.workers != "0" else []), *CHECKS]
    print("$ PINGFEN_WHOLE_CORPUS=1 " + shlex.join(command), flush=True)
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env={**os.environ, "PINGFEN_WHOLE_CORPUS": "1"})
    print(f"whole-corpus checks: {time.perf_counter() - started:.0f} s, exit {done.returncode}")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
