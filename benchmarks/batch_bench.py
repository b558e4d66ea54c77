"""Times `pingfen batch` on 1,000 generated 评分表 workbooks (target: under 60 s on 2 cores).

Run: .venv/bin/python benchmarks/batch_bench.py [--count 1000] [--keep DIR]

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


def generate(folder: Path, count: int, distinct: int = 40) -> list[Path]:
    rng = random.Random(20261123)
    originals = []
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
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="pingfen-batch-"))
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    paths = generate(folder, args.count)
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
    print(f"目标 60 s：{'达成' if elapsed < 60 else '未达成'}")
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
