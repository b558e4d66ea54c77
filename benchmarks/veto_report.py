"""Misreads hunted by inserting a veto: every correctly read corpus row, with 弄虚作假的不得分 said after it (。…), with
如发现弄虚作假，该项不得分 after it, and in a bracket after its first award (…得5分(弄虚作假的不得分)). A reading that accepts
the text must keep the veto — print it, or read it as a zeroing situation that scores 0 when it happened; a reading whose
score the evaluator enters (酌情, tiers) and that does not print it is counted apart ("entered": the score is theirs, but
the 规范写法 should name it); anything else dropped the situation silently.

    .venv/bin/python benchmarks/veto_report.py [--details]

Nothing here asserts: the counts are printed (the fuzz in tests/rule_mutations.py inserts the same veto at random).
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from corpus_judge import judge_wording, load, row_status  # noqa: E402
from pingfen.rules import InputError, RuleError, evaluate_rule, parse_rule  # noqa: E402
from pingfen.rules.model import MANUAL_KINDS  # noqa: E402

VETO = "弄虚作假的不得分"
_AWARD = re.compile(r"(?:得|计|记|给)\s*(?:\d+(?:\.\d+)?\s*分|满分)")


def variants(text: str) -> dict[str, str]:
    said = {"after": text.rstrip("。;；") + f"。{VETO}。", "with 该项": text.rstrip("。;；") + "；如发现弄虚作假，该项不得分。",
            # a comma and no 的: 满意度≥90%，弄虚作假不得分 once read as ≥90%不得分
            "comma": text.rstrip("。;；") + "，弄虚作假不得分。",
            # the cells run together, no separator at all: …≥90%弄虚作假的不得分 / …不得分发生安全事故不得分
            "run on": text.rstrip("。;；") + f"{VETO}。"}
    award = _AWARD.search(text)
    if award:
        said["bracket"] = text[:award.end()] + f"({VETO})" + text[award.end():]
    return said


def verdict(text: str, row: dict) -> tuple[str, str]:
    try:
        rule = parse_rule(text)
    except RuleError:
        return "refused", ""
    if "弄虚作假" not in rule.canonical():
        entered = rule.kind in MANUAL_KINDS or getattr(getattr(rule.scorer, "base", None), "kind", None) in MANUAL_KINDS
        return ("entered", rule.canonical()) if entered else ("dropped", rule.canonical())
    if not rule.zeroing:
        return "kept", ""  # an option of a grade list, a kind of fault: printed, the evaluator answers it
    data = {**(row["cases"][0].get("data") or {}), "zeroed": True}
    try:
        score = evaluate_rule(rule, data, row["full"])
    except InputError:
        return "kept", ""
    return ("kept", "") if score.value in (None, 0) else ("not zeroed", f"{score.value}: {rule.canonical()}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    print("$ " + " ".join([Path(sys.executable).name] + sys.argv))
    rows = [row for row in load("wordings.yaml") if row_status(judge_wording(row)) == "correct"]
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    for row in rows:
        for where, text in variants(row["text"]).items():
            status, detail = verdict(text, row)
            counts[where, status] += 1
            if args.details and status in ("dropped", "not zeroed"):
                print(f"[{where}: {status}] {text[:100]!r}\n    {detail[:200]}")
    print(f"{len(rows)} correctly read rows, a veto inserted five ways")
    for where in ("after", "with 该项", "comma", "run on", "bracket"):
        line = ", ".join(f"{status} {counts[where, status]}" for status in ("kept", "refused", "entered", "dropped", "not zeroed"))
        print(f"  {where:9} {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
