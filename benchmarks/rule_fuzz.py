"""Conservation fuzz of the rule reader: 100,000 mutated criteria by default.

    .venv/bin/python benchmarks/rule_fuzz.py [--count 100000] [--seed 1]

Each text (a real, official, seed or written criterion from tests/data, mutated: other numbers, verbs and
separators, a dropped or doubled clause, a cut-off end, a stray word) must be refused with a RuleError or
read with every number of every scoring clause present in the reading (the 规范写法). Prints the counts
and the first violations.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from rule_mutations import check, mutations  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print("$ " + " ".join([Path(sys.executable).name] + sys.argv))
    counts: collections.Counter[str] = collections.Counter()
    violations: list[tuple[str, str]] = []
    started = time.perf_counter()
    for text in mutations(args.seed, args.count):
        result = check(text)
        if result in ("read", "refused"):
            counts[result] += 1
        else:
            counts["violation"] += 1
            violations.append((text, result))
    elapsed = time.perf_counter() - started
    print(f"{args.count} mutated texts in {elapsed:.1f} s: read {counts['read']}, refused {counts['refused']}, "
          f"violations {counts['violation']}")
    for text, result in violations[:20]:
        print(f"  {text[:100]!r}\n    {result[:200]}")
    return 1 if violations else 0


if __name__ == "__main__":
    raise SystemExit(main())
