"""Rule reader speed: median uncached parse time per rule over the corpus, and 10,000 SCORE_RATE calls
with one rule text (the parse is cached by text).

    .venv/bin/python benchmarks/parse_bench.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from corpus_judge import load  # noqa: E402

from pingfen.functions import SCORE_RATE  # noqa: E402
from pingfen.rules import RuleError, parse_rule  # noqa: E402


def main() -> int:
    print("$ " + " ".join([Path(sys.executable).name] + sys.argv))
    texts = [row["text"] for row in load("wordings.yaml")] + [row["text"] for row in load("refusals.yaml")]
    times = []
    for _ in range(5):
        for text in texts:
            parse_rule.cache_clear()
            started = time.perf_counter()
            try:
                parse_rule(text)
            except RuleError:
                pass
            times.append(time.perf_counter() - started)
    print(f"uncached parse, {len(texts)} texts × 5: median {statistics.median(times) * 1000:.3f} ms, "
          f"p90 {statistics.quantiles(times, n=10)[-1] * 1000:.3f} ms, max {max(times) * 1000:.3f} ms")
    parse_rule.cache_clear()
    rule = "实际完成率为100%的得满分，每少10%扣1分，实际完成率不足50%不得分"
    started = time.perf_counter()
    for index in range(10_000):
        SCORE_RATE(50 + index % 60, 100, rule, 5)
    elapsed = time.perf_counter() - started
    info = parse_rule.cache_info()
    print(f"SCORE_RATE × 10,000 with one rule text: {elapsed:.2f} s ({elapsed / 10_000 * 1e6:.0f} µs per call); "
          f"parse cache hits {info.hits}, misses {info.misses}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
