"""Recalculation benchmark: `pingfen recalc` against the `formulas` package and headless LibreOffice.

Run from the repository root:

    .venv/bin/python benchmarks/recalc_bench.py                  # 30, 100 and 300 indicators
    .venv/bin/python benchmarks/recalc_bench.py --sizes 100 --repeat 5 --no-batch --profile

It generates rubrics whose leaf indicators use wordings copied from the seed rubrics
(rubrics/seed*.yaml: rate, threshold, bands, survey steps, 6-community items tables, 5-point
checklists, manual scores with reasons) with their data filled in, builds each workbook once with
``service.build``, then times, in this one process:

- pingfen:     ``service.recalc(path)`` in-process (read the sheets once, compute every formula cell
               through its compiled shape, compare the generated formulas' fingerprints, write the
               sheets whose cached values changed, copy the others as they are); also
               ``pingfen recalc BOOK`` as a new process (start-up and imports included);
- formulas:    ``formulas.ExcelModel().loads(path).finish().calculate()``, the core of
               ``engines.formulas_engine.evaluate_workbook``, after a warm import and patch;
- LibreOffice: ``engines.libreoffice.recalc([path], outdir)``, one soffice process per file as a user
               would run it (start-up + load + recalculate + save); with ``--batch N`` (default 3)
               also one soffice process over N copies, reported per file.

Each figure is the median of ``--repeat`` (≥3) timed runs after one untimed warm-up run, with a
``gc.collect()`` before each run. The targets (pingfen ≥20× faster than formulas and ≥10× faster than
LibreOffice — pingfen's CLI process against soffice's, whole process against whole process — on the
100-indicator workbook) are printed as PASS/MISS; on a MISS (or with
``--profile``) a cProfile of the pingfen recalc follows. This is a script, not a pytest test: figures
depend on the machine, so nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import os
import platform
import pstats
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]

# Targets, on the 100-indicator workbook.
TARGET_SIZE = 100
TARGET_VS_FORMULAS = 20.0
TARGET_VS_LIBREOFFICE = 10.0

COMMUNITIES = ["湖景", "田贝", "笋西", "北站", "笋岗", "田心"]  # seed000 表1-2, six rows per items table

# --------------------------------------------------------------------------------------------------
# Leaf templates: wording copied verbatim from the seed rubrics (file and code noted), weights as in
# the seeds. ``data`` is a function of a random generator so that the filled data varies (some
# 评价要点 not met, some communities below target, surveys at different rates) while staying in the
# shape the seed uses. ``kind`` is the rule kind the template must parse to (checked on generation).
# --------------------------------------------------------------------------------------------------

_CHECKLIST_000 = """评价要点：
①项目立项符合国家法律法规、国民经济发展规划和相关政策（1分）；
②项目立项符合行业发展规划和政策要求（1分）；
③项目立项与部门职责范围相符，属于部门履职所需（1分）；
④项目属于公共财政支持范围，符合中央、地方事权支出责任划分原则（1分）；
⑤项目与相关部门同类项目或部门内部相关项目重复（1分）。
"""
_CHECKLIST_004 = """本指标5分,共5个评价要点:
①项目立项是否符合《福州市城区社区工作服务站专职工作人员报酬专项资金管理办法》(榕财社〔2020〕102号)、《中共福建省委办公厅、省人民政府办公厅关于加强和改进城市社区居民委员会建设的实施意见》(闽委办〔2012〕34号)和中共福州市委办公厅、市人民政府办公厅关于加快推进社区建设发展的意见(榕委办〔2012〕111号)政策;
②项目立项是否符合社区服务管理行业发展和政策要求;
③项目立项是否符合民政部门职责范围,属于民政部门履职所需;
④项目是否属于公共财政支持范围,是否符合地方事权支出责任划分原则;
⑤项目是否与相关部门同类项目或民政局部门内部相关项目重复。
5个评价要点都符合得5分,1个不符合扣1分,最多扣5分。
"""


def _met(rng: random.Random, count: int = 5) -> list[bool]:
    return [rng.random() > 0.15 for _ in range(count)]


def _wan(value: float) -> str:
    return f"{value:.2f}万元"


def _survey(rng: random.Random, credits: list[str], total: int = 40) -> dict[str, Any]:
    first = rng.randint(total // 4, total * 3 // 4)
    second = rng.randint(0, total - first)
    counts = [first, second, total - first - second][: len(credits)]
    if len(credits) == 2:
        counts = [first, total - first]
    return {"counts": counts, "credits": credits}


def _items(rng: random.Random, columns: list[str], targets: list[int]) -> dict[str, Any]:
    rows = {}
    for community in COMMUNITIES:
        # mostly at or above target, now and then a shortfall (seed000: 笋西 7 < 10 个案辅导)
        rows[community] = [max(0, t + rng.choice([-2, -1, 0, 0, 1, 3, 6, 11])) for t in targets]
    return {"items": {"columns": columns, "targets": targets, "rows": rows}}


TEMPLATES: dict[str, list[dict[str, Any]]] = {
    "checklist": [
        {  # seed000 1.1.1
            "name": "立项依据充分性", "weight": 5,
            "explanation": "项目立项符合法律法规、相关政策、发展规划以及部门职责，用以反映和考核项目立项依据情况。",
            "criteria": _CHECKLIST_000,
            "data": lambda rng: {"met": _met(rng)},
        },
        {  # seed004 1.1.1
            "name": "立项依据充分性", "weight": 5,
            "explanation": "项目立项是否符合国家法律法规、发展规划和相关政策;项目立项是否符合行业发展和政策要求;项目立项是否符合部门职责范围,属于部门履职所需;项目是否属于公共财政支持范围,是否符合地方事权支出责任划分原则;项目是否与相关部门同类项目或部门内部相关项目重复。",
            "criteria": _CHECKLIST_004,
            "data": lambda rng: {"met": _met(rng)},
        },
    ],
    "rate": [
        {  # seed001 2.1.2
            "name": "预算执行率", "weight": 4,
            "explanation": "项目预算资金是否按照计划执行,用以反映或考核项目预算执行情况。",
            "criteria": "预算执行率=(实际支出资金/实际到位资金)×100%。得分为预算执行率*4分。\n实际支出资金:一定时期(本年度或项目期)内项目实际拨付的资金。\n",
            "data": lambda rng: (lambda target: {"actual": _wan(target * rng.uniform(0.9, 1.0)), "target": _wan(target)})(rng.uniform(200, 1000)),
        },
        {  # seed000 2.1.1 (criteria is only the definition; the explicit rule supplies the conversion)
            "name": "资金到位率", "weight": 2,
            "explanation": "实际到位资金与预算资金的比率，用以反映和考核资金落实情况对项目实施的总体保障程度。",
            "criteria": "资金到位率=（实际到位资金/预算资金）×100%。\n实际到位资金：一定时期（本年度或项目期）内落实到具体项目的资金。\n预算资金：一定时期（本年度或项目期）内预算安排到具体项目的资金。\n",
            "rule": "得分=资金到位率×2分",
            "data": lambda rng: (lambda target: {"actual": _wan(target * rng.choice([1.0, 1.0, 0.95, 0.8])), "target": _wan(target)})(rng.uniform(100, 500)),
        },
    ],
    "threshold": [
        {  # seed000 2.1.2
            "name": "预算执行率", "weight": 5,
            "explanation": "项目预算资金按照计划执行，用以反映或考核项目预算执行情况。",
            "criteria": "预算执行率=（实际支出资金/实际到位资金）×100%。\n根据预算执行率进行评分：\n①预算执行率≥99%的，得 5分；\n②预算执行率＜99%的，得分=预算执行率×5分。\n",
            "data": lambda rng: (lambda target: {"actual": _wan(target * rng.uniform(0.93, 1.0)), "target": _wan(target)})(rng.uniform(200, 400)),
        },
        {  # seed004 2.1.1
            "name": "资金到位率", "weight": 2,
            "explanation": "当年资金到位率=(实际到位资金/预算资金)×100%",
            "criteria": "本指标2分,当年资金到位率达标值100%得2分,否则不得分。",
            "data": lambda rng: (lambda target: {"actual": _wan(target * rng.choice([1.0, 1.0, 1.0, 0.97])), "target": _wan(target)})(rng.uniform(1000, 7000)),
        },
    ],
    "bands": [
        {  # seed000 4.1.4
            "name": "辖区群众满意率", "weight": 7,
            "explanation": "辖区居民群众对项目实施效果的满意程度。",
            "criteria": "根据对辖区居民开展的满意度调查结果进行评分：\n①满意度≥90%的，得 7分；\n②80%≤满意度＜90%的，得 5分；\n③75%≤满意度＜80%的，得 3分；\n④满意度＜75%的，得 0分。\n",
            "data": lambda rng: {"rate": f"{rng.uniform(72, 99.5):.2f}%"},
        },
    ],
    "steps": [
        {  # seed003 4.1.2 (survey counts)
            "name": "可持续影响", "weight": 6,
            "explanation": "用于评估基层党组织通过经费投入、精准帮扶等举措，在缓解困难群众生活困境、提升其基本生活质量与保障水平方面所取得的实际成效。改善困难群众生活水平90%。",
            "criteria": "每下降5%扣0.5分\n",
            "data": lambda rng: {**_survey(rng, ["100%", "80%", "60%"]), "target": "90%"},
        },
        {  # seed003 4.2.1 (survey counts)
            "name": "群众满意度", "weight": 7,
            "explanation": "辖区党员、困难党员居家养老、儿童托管、流动人员等对象满意率90%",
            "criteria": "满意度90%以上满分，每下降1%，扣0.1分。\n",
            "data": lambda rng: {**_survey(rng, ["100%", "80%", "60%"]), "target": "90%"},
        },
        {  # seed003 4.1.1.1 (survey counts, explicit rule)
            "name": "加强基层服务型党组织建设，为联系服务群众提供经费保障", "weight": 3,
            "explanation": "反映基层党组织服务群众专项经费的投入规模、保障标准及覆盖范围，确保党组织联系服务群众有稳定资金支撑。",
            "criteria": "每下降10%扣0.5分\n",
            "rule": "得分率达到100%得满分，每少10%扣0.5分，扣完为止",
            "data": lambda rng: {**_survey(rng, ["100%", "80%", "50%"]), "target": "90%"},
        },
    ],
    "items": [
        {  # seed000 3.1.2 (4 columns × 6 communities)
            "name": "活动开展次数达标情况", "weight": 4,
            "explanation": "全年社区党群服务中心开展的活动次数是否符合合同约定数量，反映项目开展活动次数是否符合预期目标。",
            "criteria": "活动指小组活动、工作坊、中小型社区活动（50人以上）、大型社区活动（100 人以上）。\n根据所有社区党群服务中心全年实际开展的各类活动数量与合同约定年度服务指标量进行对比评分，每出现 1项活动未按合同约定年度服务指标量完成的，扣 0.5 分，扣完为止。\n",
            "data": lambda rng: _items(rng, ["小组活动", "工作坊", "中小型社区活动", "大型社区活动"], [17, 5, 4, 1]),
        },
        {  # seed000 3.1.4 (1 column × 6 communities)
            "name": "服务档案建立数量", "weight": 3,
            "explanation": "全年社区党群服务中心建立的服务档案数量是否符合合同约定数量，反映项目建立服务档案是否符合预期目标。",
            "criteria": "根据所有社区党群服务中心全年实际建立的服务档案数量与合同约定年度服务指标量进行对比评分，每出现 1个社区党群服务中心未按合同约定年度服务指标量完成的，扣0.5分，扣完为止。",
            "data": lambda rng: _items(rng, ["建立服务档案"], [70]),
        },
        {  # seed000 3.1.5 (2 columns × 6 communities)
            "name": "个案咨询及辅导数量达标情况", "weight": 3,
            "explanation": "全年社区党群服务中心开展的个案咨询及辅导数量是否符合合同约定数量，反映项目开展个案咨询及辅导是否符合预期目标。",
            "criteria": "根据所有社区党群服务中心全年实际开展的个案咨询、辅导数量与合同约定年度服务指标量进行对比评分，每出现 1个社区未按合同约定年度服务指标量完成的，扣 0.5 分，扣完为止。",
            "data": lambda rng: _items(rng, ["个案咨询", "个案辅导"], [17, 10]),
        },
    ],
    "manual": [
        {  # seed000 4.1.1
            "name": "推进社区发展", "weight": 6,
            "explanation": "项目完成对推进社区发展的影响情况，反映项目履职情况。",
            "criteria": "根据项目绩效目标完成情况及工作情况，分析项目工作完成在整合社区资源、为居民提供发展机会方面的影响情况进行评分，存在效果未达到预期情况的，酌情扣分。",
            "score": 5,
            "reason": "酌情扣1分。四（二）3（5）：项目效益仍有提升空间——社工专业能力有待提升、需扩大服务覆盖面、需增强服务对象参与意识、社区服务的深度和广度待提高。",
        },
        {  # seed000 4.1.2
            "name": "提升社区治理水平", "weight": 6,
            "explanation": "项目完成对提升社区治理水平的影响情况，反映项目履职情况。",
            "criteria": "根据项目绩效目标完成情况及工作情况，分析项目工作完成在增加居民参与、服务供给、基层管理、社区宣传、文化引领、依法办事等方面的影响情况进行评分，存在效果未达到预期情况的，酌情扣分。",
            "score": 5,
            "reason": "酌情扣1分。四（二）3（5）：社区居民对社工提供的服务认知有限，服务群体比较固定、服务覆盖面不够广；服务对象参与意识不强，存在随意报名但不如约参加活动的情况。",
        },
        {  # seed000 4.1.3
            "name": "优化社区公共服务", "weight": 6,
            "explanation": "项目完成对优化社区公共服务的影响情况，反映项目履职情况。",
            "criteria": "根据项目绩效目标完成情况及工作情况，分析项社区服务方便快捷、完善、创新等情况进行评分，存在效果未达到预期情况的，酌情扣分。",
            "score": 5,
            "reason": "酌情扣1分。四（二）3（5）：社工在个案对象问题挖掘和延伸性服务开展方面不足；社区服务的深度和广度待提高（如青少年服务中专业元素体现不够）。",
        },
    ],
}

# Kinds in a 20-slot cycle, interleaved so any prefix is mixed: checklist 25 %, items 20 %, rate 15 %,
# threshold/bands/steps/manual 10 % each.
KIND_CYCLE = [
    "checklist", "items", "rate", "manual", "bands", "steps", "threshold", "checklist", "items", "rate",
    "checklist", "items", "steps", "manual", "threshold", "checklist", "items", "bands", "rate", "checklist",
]

# 一级 indicators (seed000's four) and the 二级 names used for groups under them, by rule kind.
LEVEL1 = [
    ("决策", ["项目立项", "绩效目标", "资金投入"], {"checklist"}),
    ("过程", ["资金管理", "组织实施"], {"rate", "threshold"}),
    ("产出", ["产出数量", "产出质量", "产出时效", "产出成本"], {"items"}),
    ("效益", ["项目效益", "满意度"], {"bands", "steps", "manual"}),
]
GROUP_SIZE = 4  # leaves per 二级 indicator


def leaf_kinds(count: int) -> list[str]:
    return [KIND_CYCLE[i % len(KIND_CYCLE)] for i in range(count)]


def make_rubric(count: int, seed: int = 2022) -> dict[str, Any]:
    """A rubric document (the YAML structure of rubrics/README.md) with `count` leaf indicators."""
    rng = random.Random(seed * 1000 + count)
    used: dict[str, int] = {}
    per_kind: dict[str, int] = {}
    by_level1: dict[str, list[dict[str, Any]]] = {name: [] for name, _, _ in LEVEL1}
    for kind in leaf_kinds(count):
        variants = TEMPLATES[kind]
        template = variants[per_kind.get(kind, 0) % len(variants)]
        per_kind[kind] = per_kind.get(kind, 0) + 1
        name = template["name"]
        used[name] = used.get(name, 0) + 1
        leaf: dict[str, Any] = {
            "name": name if used[name] == 1 else f"{name}（{used[name]}）",
            "weight": template["weight"],
            "explanation": template["explanation"],
            "criteria": template["criteria"],
        }
        if "rule" in template:
            leaf["rule"] = template["rule"]
        if "data" in template:
            leaf["data"] = template["data"](rng)
        if kind == "manual":
            deduction = rng.choice([0, 0.5, 1, 1, 1.5, 2])
            leaf["score"] = template["weight"] - deduction
            leaf["reason"] = template["reason"] if deduction else "效果达到预期，得满分。"
        leaf["_kind"] = kind
        home = next(level1 for level1, _, kinds in LEVEL1 if kind in kinds)
        by_level1[home].append(leaf)

    indicators = []
    for number, (level1, group_names, _) in enumerate(LEVEL1, start=1):
        leaves = by_level1[level1]
        if not leaves:
            continue
        groups = []
        for g, start in enumerate(range(0, len(leaves), GROUP_SIZE), start=1):
            chunk = leaves[start:start + GROUP_SIZE]
            base = group_names[(g - 1) % len(group_names)]
            round_ = (g - 1) // len(group_names) + 1
            children = []
            for k, leaf in enumerate(chunk, start=1):
                leaf.pop("_kind")
                children.append({"code": f"{number}.{g}.{k}", **leaf})
            groups.append({
                "code": f"{number}.{g}",
                "name": base if round_ == 1 else f"{base}（{round_}）",
                "weight": sum(child["weight"] for child in children),
                "children": children,
            })
        indicators.append({
            "code": str(number), "name": level1,
            "weight": sum(group["weight"] for group in groups), "children": groups,
        })
    total = sum(indicator["weight"] for indicator in indicators)
    return {
        "project": f"社区党群服务中心运营经费（基准测试，{count}项三级指标）",
        "year": 2022,
        "department": "深圳市罗湖区笋岗街道办事处",
        "evaluator": "笋岗街道绩效评价工作小组",
        # The seed weights are kept, so the total is their sum; the grades are the usual 90/80/60 %.
        "total": total,
        "precision": 2,
        "grades": [
            {"name": "优", "min": _clean(total * Decimal("0.9"))},
            {"name": "良", "min": _clean(total * Decimal("0.8"))},
            {"name": "中", "min": _clean(total * Decimal("0.6"))},
            {"name": "差", "min": 0},
        ],
        "indicators": indicators,
    }


def _clean(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


class _Dumper(yaml.SafeDumper):
    pass


def _text_block(dumper: yaml.SafeDumper, text: str) -> yaml.Node:
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _text_block)


def write_rubric(count: int, path: str | Path, seed: int = 2022) -> Path:
    """Writes the generated rubric as YAML (as an accountant would keep it) and returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.dump(make_rubric(count, seed), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000)
    path.write_text(text, encoding="utf-8")
    return path


def stale_copy(book: Path, target: Path) -> Path:
    """``book`` with every formula's cached value emptied, as a tool that does not calculate leaves
    it: ``pingfen recalc`` then computes and writes every value (LibreOffice is given the same file)."""
    from pingfen.workbook.cached import write_cached_values
    from pingfen.workbook.file_values import FileValues
    from pingfen.workbook.sheet_xml import read_cells

    write_cached_values(book, target, {ref: None for ref in FileValues(read_cells(book)).all()})
    return target


def load_generated(count: int, directory: str | Path, seed: int = 2022) -> Any:
    """Generates, writes and loads a rubric, checking each leaf parsed to the intended rule kind."""
    from pingfen.rubric import load_rubric

    path = write_rubric(count, Path(directory) / f"rubric_{count}.yaml", seed)
    rubric = load_rubric(path)
    leaves = rubric.leaves()
    kinds = sorted(leaf_kinds(count))
    got = sorted(leaf.rule.kind for leaf in leaves)
    if len(leaves) != count or got != kinds:
        raise AssertionError(f"generated rubric {path}: expected kinds {kinds}, parsed {got}")
    return rubric


# --------------------------------------------------------------------------------------------------
# Timing
# --------------------------------------------------------------------------------------------------


def _cpu() -> float:
    """CPU seconds of this process and of its waited-for children (soffice and soffice.bin)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _median_time(run: Callable[[], Any], repeat: int, warmup: bool = True) -> tuple[float, list[float], float]:
    """Median wall time, all wall times, median CPU time (less sensitive to a busy machine)."""
    if warmup:
        run()
    times, cpus = [], []
    for _ in range(repeat):
        # Collect the previous run's garbage outside the timing: otherwise a gen-2 collection of, say,
        # the ~750 000 objects one formulas run leaves behind lands in whichever run comes next.
        gc.collect()
        cpu = _cpu()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
        cpus.append(_cpu() - cpu)
    return statistics.median(times), times, statistics.median(cpus)


def _formulas_core(path: Path) -> Any:
    """What formulas_engine.evaluate_workbook spends its time on: load, compile, calculate."""
    import formulas

    from pingfen.engines.formulas_compat import patch

    patch()
    model = formulas.ExcelModel().loads(str(path)).finish()
    return model.calculate()


def _cli() -> list[str]:
    script = Path(sys.executable).with_name("pingfen")
    return [str(script)] if script.exists() else [sys.executable, "-m", "pingfen.cli"]


def _peak_memory(path: Path) -> int:
    tracemalloc.start()
    try:
        from pingfen.workbook import service

        service.recalc(path)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _profile(path: Path, top: int = 15) -> str:
    from pingfen.workbook import service

    gc.collect()
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(3):
        service.recalc(path)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    out.write("-- the steps of workbook.recalc.recalc (3 recalcs; cProfile inflates fine-grained Python code) --\n")
    stats.sort_stats("cumulative").print_callees(r"recalc.py:\d+\(recalc\)")
    out.write("-- by cumulative time --\n")
    stats.sort_stats("cumulative").print_stats(top)
    out.write("-- by own time --\n")
    stats.sort_stats("tottime").print_stats(top)
    return out.getvalue()


def _fmt(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    return f"{seconds:.3f}" if seconds < 10 else f"{seconds:.1f}"


def _ratio(slow: float | None, fast: float) -> str:
    return "—" if slow is None else f"{slow / fast:.0f}×"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="30,100,300", help="leaf indicator counts (default 30,100,300)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per engine and size (≥3; default 3)")
    parser.add_argument("--batch", type=int, default=3, help="copies per soffice process for the batch figure (0: skip)")
    parser.add_argument("--no-batch", action="store_const", const=0, dest="batch")
    parser.add_argument("--no-libreoffice", action="store_true", help="skip LibreOffice")
    parser.add_argument("--no-formulas", action="store_true", help="skip the formulas package")
    parser.add_argument("--profile", action="store_true", help="cProfile the pingfen recalc of the target size even on PASS")
    parser.add_argument("--check", action="store_true",
                        help="also check that formulas computes the same values as pingfen (service.verify; untimed)")
    parser.add_argument("--keep", metavar="DIR", help="keep rubrics and workbooks in DIR")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    repeat = max(3, args.repeat)

    from pingfen.engines import libreoffice

    use_lo = not args.no_libreoffice and libreoffice.available()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="pingfen-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"pingfen recalc benchmark — Python {platform.python_version()}, {platform.machine()}, "
          f"median of {repeat} runs after 1 warm-up; work dir {work}")

    rows: dict[int, dict[str, Any]] = {}
    try:
        return _run(args, sizes, repeat, use_lo, work, rows)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def _run(args: argparse.Namespace, sizes: list[int], repeat: int, use_lo: bool, work: Path,
         rows: dict[int, dict[str, Any]]) -> int:
    start_load = os.getloadavg()[0]
    from pingfen.engines import libreoffice
    from pingfen.workbook import service
    from pingfen.workbook.cached import read_formulas

    # Build each workbook once.
    for count in sizes:
        rubric = load_generated(count, work)
        built = service.build(rubric, work / f"book_{count}.xlsx")
        rows[count] = {
            "path": built.path, "built_total": built.total,
            "formula_cells": len(read_formulas(built.path)),
            "kinds": {kind: leaf_kinds(count).count(kind) for kind in TEMPLATES},
        }
        print(f"  built {built.path.name}: {count} leaves, {rows[count]['formula_cells']} formula cells, "
              f"{built.path.stat().st_size // 1024} KiB, total {built.total}")

    # (a) pingfen, in-process, recalculating the file in place (as `pingfen recalc BOOK` does).
    for count in sizes:
        path = rows[count]["path"]
        median, times, cpu = _median_time(lambda: service.recalc(path), repeat)
        result = service.recalc(path)
        if str(result.total) != str(rows[count]["built_total"]):
            raise AssertionError(f"{count}: recalc total {result.total} ≠ build total {rows[count]['built_total']}")
        rows[count]["result"] = result if args.check else None
        rows[count].update(pingfen=median, pingfen_runs=times, pingfen_cpu=cpu, peak=_peak_memory(path))
        print(f"  pingfen {count}: {', '.join(_fmt(t) for t in times)} s")
    pingfen_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux; build + recalc only
    # The same recalc as a user types it: a new Python process (start-up and imports included).
    for count in sizes:
        command = [*_cli(), "recalc", str(rows[count]["path"])]
        median, times, cpu = _median_time(lambda: subprocess.run(command, check=True, capture_output=True), repeat)
        rows[count].update(cli=median, cli_cpu=cpu)
        print(f"  pingfen CLI {count}: {', '.join(_fmt(t) for t in times)} s")
    # Profile now, before formulas and LibreOffice have touched the process; printed on a MISS or --profile.
    profile = _profile(rows[TARGET_SIZE]["path"]) if TARGET_SIZE in rows else ""
    if args.check:
        for count in sizes:
            result = rows[count]["result"]
            differences = service.verify(rows[count]["path"], result)
            print(f"  check {count}: formulas and pingfen differ in {len(differences)} of {len(result.values)} cells"
                  + (f", e.g. {differences[:3]}" if differences else ""))

    # (b) formulas: warm import + patch outside the timing; one warm-up run per size as well.
    if not args.no_formulas:
        from pingfen.engines import formulas_engine  # noqa: F401  (warm import; silences its progress bar)

        for count in sizes:
            path = rows[count]["path"]
            median, times, cpu = _median_time(lambda: _formulas_core(path), repeat)
            rows[count].update(formulas=median, formulas_runs=times, formulas_cpu=cpu)
            print(f"  formulas {count}: {', '.join(_fmt(t) for t in times)} s")

    # (c) LibreOffice: one soffice process per file; batch = one process for several copies.
    if use_lo:
        for count in sizes:
            path = rows[count]["path"]
            out = work / f"lo_{count}"
            median, times, cpu = _median_time(lambda: libreoffice.recalc([path], out), repeat)
            rows[count].update(lo=median, lo_runs=times, lo_cpu=cpu)
            if args.batch:
                sources = work / f"batch_{count}"
                sources.mkdir(exist_ok=True)
                copies = []
                for i in range(args.batch):
                    copies.append(sources / f"book_{count}_{i}.xlsx")
                    shutil.copy2(path, copies[-1])
                start = time.perf_counter()
                libreoffice.recalc(copies, out)
                rows[count]["lo_batch"] = (time.perf_counter() - start) / len(copies)
            print(f"  LibreOffice {count}: {', '.join(_fmt(t) for t in times)} s"
                  + (f"; batch of {args.batch}: {_fmt(rows[count].get('lo_batch'))} s/file" if args.batch else ""))
    elif not args.no_libreoffice:
        print("  LibreOffice (soffice) not found: skipped")

    # Table
    header = ["indicators", "formula cells", "pingfen s", "pingfen CLI s", "formulas s", "LibreOffice s",
              "LO batch s/file", "vs formulas", "vs LibreOffice", "vs LO batch", "pingfen peak MiB"]
    table = [header]
    for count in sizes:
        row = rows[count]
        table.append([
            str(count), str(row["formula_cells"]), _fmt(row["pingfen"]), _fmt(row.get("cli")),
            _fmt(row.get("formulas")), _fmt(row.get("lo")), _fmt(row.get("lo_batch")),
            _ratio(row.get("formulas"), row["pingfen"]), _ratio(row.get("lo"), row["cli"]),
            _ratio(row.get("lo_batch"), row["pingfen"]),
            f"{row['peak'] / 2**20:.1f}",
        ])
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    print()
    for i, r in enumerate(table):
        print("  ".join(cell.rjust(width) for cell, width in zip(r, widths)))
        if i == 0:
            print("  ".join("-" * width for width in widths))
    print("\nLike with like: vs LibreOffice = one soffice process per file / `pingfen recalc BOOK` in a new process\n"
          "(both whole processes, start-up included); vs formulas and vs LO batch (soffice start-up spread over the\n"
          "batch) = that engine's in-process or per-file time / pingfen's in-process time. benchmarks/speed_report.py\n"
          "times every engine as a whole process.")
    cpu_line = ", ".join(
        f"{c}: pingfen {_fmt(rows[c].get('pingfen_cpu'))} (CLI {_fmt(rows[c].get('cli_cpu'))}), formulas {_fmt(rows[c].get('formulas_cpu'))}, "
        f"LibreOffice {_fmt(rows[c].get('lo_cpu'))}" for c in sizes)
    print(f"median CPU s (this process + soffice children): {cpu_line}")
    load = os.getloadavg()[0]
    print(f"load average {start_load:.2f} at start, {load:.2f} at end on {os.cpu_count()} CPUs"
          + ("  ⚠ busy machine: wall times are inflated, compare the CPU figures" if max(load, start_load) > 0.75 * (os.cpu_count() or 1) else ""))
    print("pingfen peak MiB = tracemalloc peak (Python heap) of one pingfen recalc; process max RSS after "
          f"the build + pingfen phase (before formulas/LibreOffice ran): {pingfen_rss / 1024:.0f} MiB")
    print("rule-kind mix: " + "; ".join(
        f"{c}: " + ", ".join(f"{k} {v}" for k, v in rows[c]["kinds"].items()) for c in sizes))

    # Targets
    missed = False
    print(f"\nTargets on the {TARGET_SIZE}-indicator workbook:")
    if TARGET_SIZE not in rows:
        print(f"  (not measured: add {TARGET_SIZE} to --sizes)")
    else:
        row = rows[TARGET_SIZE]
        for label, other, mine, goal in (("formulas (both in-process)", row.get("formulas"), row["pingfen"], TARGET_VS_FORMULAS),
                                         ("LibreOffice (both whole processes)", row.get("lo"), row["cli"], TARGET_VS_LIBREOFFICE)):
            if other is None:
                print(f"  pingfen ≥{goal:.0f}× faster than {label}: not measured")
                continue
            speedup = other / mine
            ok = speedup >= goal
            missed |= not ok
            print(f"  pingfen ≥{goal:.0f}× faster than {label}: {speedup:.1f}× → {'PASS' if ok else 'MISS'}")
        if missed or args.profile:
            print(f"\ncProfile of pingfen recalc, {TARGET_SIZE} indicators (taken right after the pingfen timings):")
            print(profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
