"""Times `pingfen batch` on 1,000 generated 评分表 workbooks (target: 10 s on 2 cores, issue 13).

Run: .venv/bin/python benchmarks/batch_bench.py [--count 1000] [--keep DIR] [--stale]

Workbooks are built from the five seed rubrics with their data perturbed (rates, counts, items,
checklists, entered scores), so each file is a realistic, different evaluation; 40 distinct ones
are built and copied with a new name to reach the count (copies cost nothing to make, and the batch
does the full work on each).
"""

from __future__ import annotations

import argparse
import copy
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "addin"))

from pingfen.rubric import load_rubric  # noqa: E402
from pingfen.workbook import service  # noqa: E402

SEEDS = sorted((ROOT / "rubrics").glob("seed00[0-4]_*.yaml"))


def perturb(node: dict, rng: random.Random) -> None:
    data = node.get("data")
    if isinstance(data, dict):
        if "met" in data:
            data["met"] = [rng.random() > 0.15 for _ in data["met"]]
        if "counts" in data:
            data["counts"] = [max(0, int(c) + rng.randint(-3, 3)) for c in data["counts"]]
        if isinstance(data.get("actual"), (int, float)):
            data["actual"] = round(data["actual"] * rng.uniform(0.8, 1.05), 2)
        if "failures" in data:
            data["failures"] = rng.choice([0, 0, 1, 2])
    if node.get("score") is not None and node.get("weight"):
        node["score"] = round(min(float(node["weight"]), max(0.0, float(node["score"]) - rng.choice([0, 0, 0.5, 1]))), 2)
    for child in node.get("children") or []:
        perturb(child, rng)


def generate(folder: Path, count: int, distinct: int = 40, stale: bool = False) -> list[Path]:
    """``count`` workbooks in ``folder / "books"``; ``stale``: every formula's cached value emptied
    (as a tool that does not calculate leaves it), so the batch writes each book."""
    rng = random.Random(20261123)
    originals = []
    distinct = min(distinct, count)  # a small run builds only the books it uses
    for index in range(distinct):
        seed = SEEDS[index % len(SEEDS)]
        document = yaml.safe_load(seed.read_text(encoding="utf-8"))
        document = copy.deepcopy(document)
        for indicator in document["indicators"]:
            perturb(indicator, rng)
        source = folder / f"rubric_{index:03d}.yaml"
        source.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
        target = folder / "books" / f"评价_{index:04d}.xlsx"
        target.parent.mkdir(parents=True, exist_ok=True)
        service.build(load_rubric(source), target)
        if stale:
            from recalc_bench import stale_copy

            stale_copy(target, target)
        originals.append(target)
    paths = list(originals)
    for index in range(distinct, count):
        target = folder / "books" / f"评价_{index:04d}.xlsx"
        shutil.copy(originals[index % distinct], target)
        paths.append(target)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--keep", help="generate into this folder and keep it")
    parser.add_argument("--stale", action="store_true", help="every formula's cached value emptied: each book is written")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="pingfen-batch-"))
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    paths = generate(folder, args.count, stale=args.stale)
    print(f"生成 {len(paths)} 个工作簿：{time.perf_counter() - started:.1f} s（{folder / 'books'}）")
    pingfen = Path(sys.executable).with_name("pingfen")
    command = [str(pingfen), "batch", str(folder / "books"), "-o", str(folder / "汇总.xlsx"), "--quiet"]
    started = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    print(completed.stdout.strip())
    if completed.returncode not in (0, 1):
        print(completed.stderr, file=sys.stderr)
        raise SystemExit(completed.returncode)
    print(f"pingfen batch（{len(paths)} 个工作簿，2 核）：{elapsed:.1f} s，平均 {elapsed / len(paths) * 1000:.0f} ms/个")
    print(f"命令：{' '.join(command)}")
    print(f"目标 10 s（issue 13）：{'达成' if elapsed <= 10 * len(paths) / 1000 else '未达成'}")
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
