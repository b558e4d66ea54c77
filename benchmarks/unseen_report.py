"""How the rule reader does on an unseen set: real 评分标准 collected by a helper who never ran pingfen, judged as
the wordings corpus is (read correctly / refused / data / misread; refusals refused, naming another clause, left to the
evaluator's entry — read as no method or as tiers, nothing computed — or accepted, a score computed).

    .venv/bin/python benchmarks/unseen_report.py [--details] [SET ...]     # default: every set in benchmarks/unseen

A set joins tests/data/wordings.yaml and refusals.yaml once its first-pass figure is recorded and its misreads are
settled; until then its rows are no test, and this figure is the reader's generality on tables nobody tuned it for.
Refusal rows the reader still accepts stay behind when their set joins (a set then has only its refusals file here).
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from corpus_judge import Verdict, judge_refusal, judge_wording, row_status  # noqa: E402

UNSEEN = Path(__file__).resolve().parent / "unseen"
# a refusal row read as no method or as a tier the evaluator picks (by design: the score is entered, with its reason)
# is told apart from one the reader computes a score for
_LEFT_TO_THE_EVALUATOR = ("read as manual:", "read as tiers:")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="set names (corpus30 …); default: all")
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    print("$ " + " ".join([Path(sys.executable).name] + sys.argv))
    names = args.sets or sorted({path.name.split("_")[0] for path in UNSEEN.glob("*.yaml")})
    for name in names:
        wordings = _rows(UNSEEN / f"{name}_wordings.yaml")
        refusals = _rows(UNSEEN / f"{name}_refusals.yaml")
        rows: collections.Counter[str] = collections.Counter()
        for row in wordings:
            verdicts = judge_wording(row)
            status = row_status(verdicts)
            rows[status] += 1
            if args.details and status != "correct":
                detail = next(v.detail for v in verdicts if v.status != "correct")
                print(f"[{status}] {row['text'][:100]!r}\n    {detail[:300]}")
        refused: collections.Counter[str] = collections.Counter()
        for row in refusals:
            verdict = judge_refusal(row)
            if verdict.status == "accepted" and verdict.detail.startswith(_LEFT_TO_THE_EVALUATOR):
                verdict = Verdict("entered", verdict.detail)  # nothing computed: the evaluator enters the score
            refused[verdict.status] += 1
            if args.details and verdict.status != "refused":
                print(f"[refusal {verdict.status}] {row['text'][:100]!r}\n    {verdict.detail[:300]}")
        share = f" ({rows['correct'] / len(wordings):.1%})" if wordings else ""
        print(f"{name}: {len(wordings)} texts — read correctly {rows['correct']}{share}, "
              f"refused {rows['refused']}, data {rows['data']}, misread {rows['misread']}; "
              f"{len(refusals)} refusals — refused {refused['refused']}, naming another clause {refused['other_clause']}, "
              f"left to the evaluator's entry {refused['entered']}, accepted {refused['accepted']}")
    return 0


def _rows(path: Path) -> list:
    return (yaml.safe_load(path.read_text(encoding="utf-8")) or []) if path.exists() else []


if __name__ == "__main__":
    raise SystemExit(main())
