"""How the rule reader keeps a 评分标准's meaning under rewrites that keep it (tests/metamorphic.py): for every
correctly read row of tests/data/wordings.yaml and every variant, whether the variant scores every hand-worked
case alike (same), is refused, cannot take the case's data (data), or scores otherwise (misread — must be 0).

    .venv/bin/python benchmarks/metamorphic_report.py [--details]
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from corpus_judge import judge_wording, load, row_status  # noqa: E402
from metamorphic import VARIANTS, variant_status  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--only", nargs="*", default=None, help="run only the rewrites with these names")
    args = parser.parse_args()
    print("$ " + " ".join([Path(sys.executable).name] + sys.argv))
    rows = [row for row in load("wordings.yaml") if row_status(judge_wording(row)) == "correct"]
    variants = [variant for variant in VARIANTS if args.only is None or variant[0] in args.only]
    counts: dict[str, collections.Counter[str]] = {name: collections.Counter() for name, _, _ in variants}
    for row in rows:
        for name, rewrite, _ in variants:
            status, detail = variant_status(row, rewrite)
            counts[name][status] += 1
            if status == "misread" or (args.details and status in ("refused", "data")):
                print(f"[{status}] {name}: {detail}")
    print(f"{len(rows)} correctly read rows, {len(variants)} rewrites each")
    for name, _, same_text in variants:
        c = counts[name]
        print(f"  {name:<14} rewritten {sum(c.values()) - c['unchanged']:>4}: same {c['same']:>4}, refused {c['refused']:>3}, "
              f"data {c['data']:>2}, misread {c['misread']}{'  (one text after normalising)' if same_text else ''}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
