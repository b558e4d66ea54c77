"""A keyed snapshot of every reading: what the reader makes of each corpus text, to compare two versions of the code.

    .venv/bin/python benchmarks/readings_snapshot.py OUT            # wordings, refusals, unseen sets, 3,000 mutated texts
    .venv/bin/python benchmarks/readings_snapshot.py --compare A B  # the texts whose reading moved, and how

Each line is a text (escaped) and its reading: the kind, the 规范写法 and the rule's repr, or the refusal message.
A change to the reader is kept when no reading moved but the ones it meant to move, or each move was checked by hand.
Run it from another checkout's benchmarks folder with PYTHONPATH=<that checkout>/addin to snapshot that code.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def _texts() -> list[str]:
    from rule_mutations import mutations

    texts: list[str] = []
    for name in ("wordings.yaml", "refusals.yaml"):
        texts += [row["text"] for row in yaml.safe_load((ROOT / "tests" / "data" / name).read_text(encoding="utf-8"))]
    for path in sorted((ROOT / "benchmarks" / "unseen").glob("*.yaml")):
        texts += [row["text"] for row in yaml.safe_load(path.read_text(encoding="utf-8"))]
    texts += list(mutations(7, 3000))
    return list(dict.fromkeys(texts))


def _reading(text: str) -> str:
    from pingfen.rules import RuleError, parse_rule

    try:
        rule = parse_rule(text)
    except RuleError as error:
        return f"refused: {error}"
    return f"{type(rule).__name__}: {rule.canonical()} | {rule!r}"


def snapshot(out: Path) -> None:
    with out.open("w", encoding="utf-8") as stream:
        for text in _texts():
            stream.write(json.dumps([text, _reading(text)], ensure_ascii=False) + "\n")


def compare(before: Path, after: Path) -> int:
    def load(path: Path) -> dict[str, str]:
        return dict(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())

    old, new = load(before), load(after)
    moved = [text for text in old.keys() & new.keys() if old[text] != new[text]]
    for text in sorted(moved):
        print(f"* {text[:160]!r}\n  - {old[text][:400]}\n  + {new[text][:400]}")
    print(f"{len(old.keys() & new.keys())} texts in both, {len(moved)} moved; "
          f"{len(old.keys() - new.keys())} only before, {len(new.keys() - old.keys())} only after")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--compare", action="store_true")
    args = parser.parse_args()
    if args.compare:
        return compare(*args.paths)
    snapshot(args.paths[0])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
