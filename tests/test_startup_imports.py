"""What `pingfen rule` and `pingfen --help` load at start-up (issue 13: start-up within 5× a bare Python).
Each check runs the command in a new Python process and looks at ``sys.modules`` afterwards; the timings
themselves are printed by benchmarks/speed_report.py and benchmarks/startup_report.py, never asserted here."""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pingfen.text.lazy_regex import LazyPattern, lazy_compile

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "addin" / "pingfen"

_LOADED_AFTER = (
    "import sys\n"
    "from pingfen.cli import main\n"
    "try:\n"
    "    main(sys.argv[1:])\n"
    "except SystemExit:\n"  # --help
    "    pass\n"
    "print('\\n'.join(sorted(sys.modules)), file=sys.stderr)\n"
)


def loaded_by(*arguments: str) -> tuple[str, set[str]]:
    done = subprocess.run([sys.executable, "-c", _LOADED_AFTER, *arguments], capture_output=True, text=True,
                          encoding="utf-8", check=True)
    return done.stdout, set(done.stderr.split())


def _under(modules: set[str], *prefixes: str) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes))


RULE_ARGUMENTS = [
    ["rule", "每少10%扣1分，最多扣5分", "--full", "5", "--actual", "85%", "--target", "100%"],
    ["rule", "每下降1%扣0.1分，扣完为止", "--actual", "85%", "--target", "90%", "--full", "5"],
    ["rule", "每少10%扣1分，最多扣5分", "--full", "5"],  # no data: the input form a 评分表 would give it
]


@pytest.mark.parametrize("arguments", RULE_ARGUMENTS, ids=["actual-target", "step-deduction", "no-data"])
def test_pingfen_rule_loads_the_rule_engine_only(arguments: list[str]) -> None:
    output, modules = loaded_by(*arguments)
    assert "规则类型：阶梯扣分" in output and "Excel 公式" in output
    assert "pingfen.rules.parser" in modules  # the check below is about the right process
    assert _under(modules, "openpyxl", "yaml", "docx", "lxml", "formulas", "xlwings", "python_calamine") == []
    assert _under(modules, "pingfen.workbook", "pingfen.rubric", "pingfen.report", "pingfen.excel", "pingfen.engines",
                  "pingfen.batch", "pingfen.grading") == []  # grading: SCORE_GRADE's, not a rule's
    # what only some rules or options need: --json, the suggestions for an unreadable rule; file paths;
    # argparse: these command lines are read without it (test below)
    assert _under(modules, "json", "difflib", "pathlib", "pingfen.files", "argparse") == []
    # typing's names are for type checkers (pingfen.TYPE_CHECKING): importing typing was 4 ms of every start
    assert _under(modules, "typing") == []



def test_pingfen_rule_on_a_threshold_text_imports_no_reading_it_cannot_use() -> None:
    """The composers compose.py calls through a gate and the helpers the composers and parser.py import on first
    call (rules/lazy_composers.py) stay unloaded for a rule that needs none of them."""
    from pingfen.rules import (checklists, choices, compose, formula_shape, item_deductions, lazy_composers, manual_reading,
                               parser, piecewise_reading)

    lazy = {f"pingfen.rules.{value.module}" for module in (compose, parser, piecewise_reading, choices, checklists,
                                                           item_deductions, manual_reading, formula_shape)
            for value in vars(module).values() if isinstance(value, lazy_composers.Deferred)}
    gated = [composer for composer in compose.COMPOSERS if isinstance(composer, lazy_composers.Gated)]
    assert len(gated) >= 12 and len(lazy) >= 20
    _, modules = loaded_by(*RULE_ARGUMENTS[1])
    assert "pingfen.rules.compose" in modules and _under(modules, *lazy) == []
    # imported inside the one program builder that calls them (a grade map's, counted steps', fault kinds')
    assert _under(modules, "pingfen.rules.met_option", "pingfen.rules.counted_steps", "pingfen.rules.fault_answers") == []
    assert _under(modules, "datetime", "signal", "weakref") == []  # a date, a signal's name, a deep copy (copy runs on first use)


def test_pingfen_rule_on_a_threshold_text_imports_no_text_rewrite_it_cannot_use() -> None:
    """The rewrites normalize.py calls through a gate (text/lazy_rewrites.py) stay unloaded for a text with none of
    their words — all but respective.py, whose uneven rules/parser.py imports for every text."""
    from pingfen.text import lazy_rewrites, normalize

    gated = {f"pingfen.text.{value.module}" for value in vars(normalize).values() if isinstance(value, lazy_rewrites.GatedRewrite)}
    assert len(gated) >= 15
    _, modules = loaded_by(*RULE_ARGUMENTS[1])
    assert "pingfen.text.normalize" in modules and _under(modules, *gated - {"pingfen.text.respective"}) == []

PLAIN_RULE_LINES = [
    ["rule", "每少10%扣1分", "--full", "5"],
    ["rule", "--full", "5", "每少10%扣1分"],
    ["rule", "--json", "每少10%扣1分", "--full", "5", "--actual", "85%", "--target", "≥90%", "--precision", "3"],
    ["rule", "--full", "5", "--precision", " 4"],
]
PARSED_RULE_LINES = [  # each read by argparse: what it accepts, or its usage error
    ["rule", "每少10%扣1分", "--full=5"], ["rule", "每少10%扣1分", "--ful", "5"], ["rule", "x", "--full", "5", "--full", "6"],
    ["rule", "x", "--full", "5", "--actual", "-5%"], ["rule", "-每少10%扣1分", "--full", "5"], ["rule", "x", "y", "--full", "5"],
    ["rule", "x"], ["rule", "x", "--full"], ["rule", "x", "--full", "5", "--precision", "two"], ["rule", "--", "x", "--full", "5"],
    ["rule", "x", "--full", "5", "--json", "--json"], ["rule", "x", "--full", "5", "-h"],
]


def test_usual_rule_command_lines_are_read_as_the_parser_reads_them() -> None:
    from pingfen.cli import _plain_rule, build_parser

    for arguments in PLAIN_RULE_LINES:
        plain = _plain_rule(arguments)
        assert plain is not None, arguments
        assert vars(plain) == vars(build_parser().parse_args(arguments)), arguments
    for arguments in PARSED_RULE_LINES:
        assert _plain_rule(arguments) is None, arguments


def test_pingfen_help_loads_no_rule_engine() -> None:
    output, modules = loaded_by("--help")
    assert "识别一条评分标准" in output
    assert _under(modules, "pingfen.rules", "pingfen.functions", "pingfen.failures", "dataclasses", "json", "pathlib") == []


def test_pingfen_build_loads_no_reading_side(tmp_path: Path) -> None:
    """A build writes a workbook: the modules that read one back (its cells, comments, the compiled
    formulas of recalc) stay unloaded, while ``service.recalc`` and friends are still there when asked for."""
    book = tmp_path / "评分表.xlsx"
    output, modules = loaded_by("build", str(ROOT / "rubrics" / "seed002_baiyun_shegongzhan_2023.yaml"), "-o", str(book))
    assert "已生成评分表" in output and book.exists() and "pingfen.workbook.xlsx" in modules
    assert _under(modules, "pingfen.workbook.recalc", "pingfen.workbook.read", "pingfen.workbook.comments",
                  "pingfen.workbook.compiled", "pingfen.workbook.file_values", "xml.etree") == []
    from pingfen.workbook import recalc, service

    assert (service.recalc, service.Recalculated, service.formula_findings) == (recalc.recalc, recalc.Recalculated, recalc.formula_findings)
    with pytest.raises(AttributeError):
        service.not_a_job  # noqa: B018 - an unknown name is still an AttributeError


def test_the_rule_parser_alone_gives_the_same_help_and_usage_errors_as_the_full_parser() -> None:
    full = [sys.executable, "-c", "import sys; from pingfen.cli import build_parser; build_parser().parse_args(sys.argv[1:])"]
    quick = [sys.executable, "-c", "import sys; from pingfen.cli import main; main(sys.argv[1:])"]
    for arguments in (["rule", "--help"], ["rule", "每少10%扣1分"], ["rule", "x", "--full", "5", "--precision", "two"],
                      ["rule", "x", "--full", "5", "--bogus"]):  # the last: reported by the top parser
        expected = subprocess.run([*full, *arguments], capture_output=True, text=True, encoding="utf-8")
        got = subprocess.run([*quick, *arguments], capture_output=True, text=True, encoding="utf-8")
        assert expected.returncode in (0, 2) and (expected.stdout or expected.stderr)
        assert (got.returncode, got.stdout, got.stderr) == (expected.returncode, expected.stdout, expected.stderr)


def _code_sources(addin: Path, *arguments: str) -> dict[str, str]:
    """For each pingfen module ``pingfen rule`` loads from ``addin``: ``"pyc"`` when Python took its
    code from bytecode, ``"py"`` when it compiled the source (``python -v`` says which), with bytecode
    writing off as on this team's machines."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPYCACHEPREFIX"}
    env.update(PYTHONDONTWRITEBYTECODE="1", PYTHONPATH=str(addin))
    script = "import sys\nfrom pingfen.cli import main\nmain(sys.argv[1:])\n"
    done = subprocess.run([sys.executable, "-v", "-c", script, *arguments], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=addin.parent, check=True)
    assert "规则类型：阶梯扣分" in done.stdout
    sources = {}
    for found in re.findall(r"^# code object from '?(.+?)'?$", done.stderr, re.MULTILINE):
        path = Path(found)
        if path.is_relative_to(addin):
            source = Path(importlib.util.source_from_cache(found)) if path.suffix == ".pyc" else path
            sources[source.relative_to(addin).as_posix()] = path.suffix[1:]
    return sources


def test_ci_precompile_makes_every_start_load_pingfen_from_bytecode(tmp_path: Path) -> None:
    """.ci/setup runs .ci/precompile: with bytecode writing off, Python would otherwise compile the rule
    engine from source on every start (`pingfen rule` 20× a bare Python start instead of 9×)."""
    shutil.copytree(PACKAGE, tmp_path / "addin" / "pingfen", ignore=shutil.ignore_patterns("__pycache__"))
    (tmp_path / ".ci").mkdir()
    shutil.copy(ROOT / ".ci" / "precompile", tmp_path / ".ci" / "precompile")
    arguments = RULE_ARGUMENTS[1]
    before = _code_sources(tmp_path / "addin", *arguments)
    assert "pingfen/rules/parser.py" in before and set(before.values()) == {"py"}

    subprocess.run(["bash", str(tmp_path / ".ci" / "precompile"), sys.executable], check=True, capture_output=True)
    after = _code_sources(tmp_path / "addin", *arguments)
    assert len(after) == len(before) and set(after.values()) == {"pyc"}

    edited = tmp_path / "addin" / "pingfen" / "text" / "numbers.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# edited after precompiling\n", encoding="utf-8")
    edited_after = _code_sources(tmp_path / "addin", *arguments)  # never run from the old bytecode
    assert edited_after == {**after, "pingfen/text/numbers.py": "py"}


def test_the_startup_report_runs_and_breaks_pingfen_rule_down() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "startup_report.py"), "--repeat", "1"],
                          capture_output=True, text=True, encoding="utf-8", check=True)
    lines = done.stdout.splitlines()
    assert [line.split(" | ")[0] for line in lines if line.startswith(("| cached", "| installed", "| source"))] == [
        "| cached", "| installed", "| source"]
    created = re.search(r"rule engine imports: [\d.]+, of which creating (\d+) dataclasses [\d.]+", done.stdout)
    assert created is not None and int(created.group(1)) > 0
    assert re.search(r"^  pingfen rule ≤5× python: [\d.]+× → (NOT )?MET$", done.stdout, re.MULTILINE)
    imports = next(line for line in lines if line.startswith("imports of pingfen rule"))
    assert re.search(r"pingfen's modules [\d.]+ ms", imports) and "pingfen.rules." in imports.split("the largest:")[1]


def _module_level_compiles(path: Path, root: Path = PACKAGE.parent) -> list[str]:
    """``NAME = re.compile(...)`` statements at the top level of a module (compiled at import)."""
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        value = node.value if isinstance(node, (ast.Assign, ast.AnnAssign)) else None
        for call in ast.walk(value) if value is not None else ():
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "compile"
                    and isinstance(call.func.value, ast.Name) and call.func.value.id == "re"):
                found.append(f"{path.relative_to(root)}:{node.lineno}")
    return found


def test_the_rule_reader_compiles_no_pattern_at_import() -> None:
    modules = [*sorted((PACKAGE / "rules").glob("*.py")), *sorted((PACKAGE / "text").glob("*.py")),
               PACKAGE / "quantities.py", PACKAGE / "grading.py", PACKAGE / "functions.py", PACKAGE / "cli.py"]
    compiled_at_import = [where for path in modules for where in _module_level_compiles(path)]
    assert compiled_at_import == [], (
        "these patterns are compiled when pingfen rule starts; write lazy_compile(...) "
        f"(pingfen.text.lazy_regex) instead of re.compile(...): {compiled_at_import}"
    )


def test_the_guard_sees_a_module_level_compile(tmp_path: Path) -> None:
    sample = tmp_path / "pingfen" / "sample.py"
    sample.parent.mkdir()
    sample.write_text("import re\n_A = re.compile('a')\n_B = {k: re.compile(k) for k in 'bc'}\n"
                      "def f():\n    return re.compile('d')\n", encoding="utf-8")
    assert _module_level_compiles(sample, tmp_path) == ["pingfen/sample.py:2", "pingfen/sample.py:3"]


def test_a_lazy_pattern_compiles_on_first_use_and_then_acts_as_the_compiled_one(monkeypatch: pytest.MonkeyPatch) -> None:
    source = r"(?P<number>\d+(?:\.\d+)?)([\u4e00-\u9fff]{1,3})"
    compiles: list[str] = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda pattern, flags=0: compiles.append(pattern) or real(pattern, flags))
    pattern = lazy_compile(source)
    assert isinstance(pattern, LazyPattern) and pattern.pattern == source and compiles == []
    found = pattern.search("完成12.5万元，少3个")
    assert found is not None and found.group("number", 2) == ("12.5", "万元") and compiles == [source]
    assert pattern.sub(r"<\1>", "少3个") == "少<3>" and compiles == [source]  # compiled once
    assert [m.group(1) for m in pattern.finditer("3人 4户")] == ["3", "4"]
    assert pattern.groupindex == {"number": 1} and pattern.groups == 2 and pattern.flags == re.UNICODE
    assert lazy_compile("A", re.IGNORECASE).fullmatch("a") is not None
    assert not hasattr(pattern, "__deepcopy__")  # hooks of copy/pickle are not the compiled pattern's
