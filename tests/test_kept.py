"""pingfen.kept: what a start works out from pingfen's own texts is kept between runs, as bytecode is — the
code dataclasses compiles for a class's methods (pingfen.dataclass_code; a class made from kept code is
the one dataclasses compiles itself) and each rule pattern's required words (issue 13: start-up)."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from pingfen import dataclass_code
from pingfen.kept import Kept
from pingfen.lazy_dataclass import dataclass

ROOT = Path(__file__).resolve().parents[1]


def _declare(decorate: Any) -> type:
    @decorate(frozen=True)
    class Money:
        """An amount with its unit."""

        amount: int
        unit: str = "元"
        notes: tuple[str, ...] = ()

    return Money


def test_a_class_made_from_kept_code_is_the_one_dataclasses_makes(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[str] = []
    monkeypatch.setattr(dataclass_code, "_KEPT", Kept(dataclass_code.__file__, "methods-test"))
    monkeypatch.setattr(Kept, "save", lambda self: None)  # nothing written by this test
    real = compile
    monkeypatch.setattr(dataclass_code, "compile", lambda text, *args, **kwargs: compiled.append(text) or real(text, *args, **kwargs), raising=False)
    first = _declare(dataclass)
    first(1)  # made on first use: each method's text compiled once
    texts = len(compiled)
    assert texts >= 4  # __init__, __repr__, __eq__, __hash__, and the frozen class's __setattr__/__delattr__
    kept = _declare(dataclass)
    made = kept(5, notes=("差旅",))  # the same texts: the kept code runs, nothing is compiled
    assert len(compiled) == texts
    plain = dataclasses.dataclass(frozen=True)(_declare(lambda **_: (lambda cls: cls)))  # dataclasses alone
    same = plain(5, notes=("差旅",))
    assert repr(made) == repr(same)  # the same qualified name, Money declared in _declare
    assert repr(made) == f"{kept.__qualname__}(amount=5, unit='元', notes=('差旅',))"
    assert made == kept(5, "元", ("差旅",)) and made != kept(6) and hash(made) == hash(kept(5, notes=("差旅",)))
    assert [f.name for f in dataclasses.fields(kept)] == [f.name for f in dataclasses.fields(plain)] == ["amount", "unit", "notes"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.amount = 6  # type: ignore[misc]
    with pytest.raises(TypeError):
        kept()  # the amount has no default
    assert kept.__init__.__code__.co_varnames == plain.__init__.__code__.co_varnames
    assert kept.__init__.__defaults__ == plain.__init__.__defaults__ == ("元", ())
    assert "exec" not in vars(dataclasses)  # dataclasses compiles as before once the class is made


_RUN = """
import contextlib, io, json, sys
from pingfen import dataclass_code
compiled = []
real = compile
dataclass_code.compile = lambda text, *args, **kwargs: compiled.append(text) or real(text, *args, **kwargs)
from pingfen.cli import main
with contextlib.redirect_stdout(io.StringIO()) as output:
    main(sys.argv[1:])
print(json.dumps([output.getvalue(), len(compiled), len(dataclass_code._KEPT.values())]))
"""
_RULE = ["rule", "每下降1%扣0.1分，扣完为止", "--actual", "85%", "--target", "90%", "--full", "5"]


def _run(env: dict[str, str]) -> tuple[str, int, int]:
    done = subprocess.run([sys.executable, "-c", _RUN, *_RULE], capture_output=True, text=True, encoding="utf-8", env=env, check=True)
    output, compiled, kept = json.loads(done.stdout.strip().splitlines()[-1])
    return output, compiled, kept


def _kept_file(prefix: Path) -> Path:
    return prefix / Path(dataclass_code.__file__).parent.relative_to("/") / f"dataclass_code.{sys.implementation.cache_tag}.methods"


def test_the_second_run_compiles_no_method(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path)
    first, compiled, kept = _run(env)
    assert "得分：4.5" in first and compiled > 40 and kept == compiled and _kept_file(tmp_path).exists()
    second, compiled_again, kept_again = _run(env)
    assert second == first and compiled_again == 0 and kept_again == kept

    _kept_file(tmp_path).write_bytes(b"\x00not marshal")  # damaged: ignored, compiled and written again
    third, compiled_third, _ = _run(env)
    assert third == first and compiled_third == compiled
    assert _run(env)[1] == 0


def test_nothing_is_written_without_bytecode_but_precompile_fills_the_file(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONPYCACHEPREFIX=str(tmp_path))
    output, compiled, _ = _run(env)
    assert "得分：4.5" in output and compiled > 40 and not _kept_file(tmp_path).exists()
    done = subprocess.run([sys.executable, "-m", "pingfen.dataclass_code"], capture_output=True, text=True, encoding="utf-8", env=env, check=True)
    assert "个数据类的方法代码已写入" in done.stdout and _kept_file(tmp_path).exists()
    assert _run(env)[1] == 0  # every class the rule makes was filled in


def test_ci_precompile_fills_the_kept_code() -> None:
    script = (ROOT / ".ci" / "precompile").read_text(encoding="utf-8")
    assert "pingfen.dataclass_code pingfen.text.lazy_regex" in script


def _module(tmp_path: Path) -> Path:
    module = tmp_path / "works_out.py"
    module.write_text("# works something out\n", encoding="utf-8")
    return module


def test_kept_values_last_while_the_module_that_works_them_out_is_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(sys, "pycache_prefix", None)
    module = _module(tmp_path)
    kept = Kept(str(module), "words")
    assert kept.get("扣(\\d+)分") is None
    kept.put("扣(\\d+)分", (("扣",), ("分",)))
    kept.keep()
    written = tmp_path / "__pycache__" / f"works_out.{sys.implementation.cache_tag}.words"
    assert written.exists()
    assert Kept(str(module), "words").get("扣(\\d+)分") == (("扣",), ("分",))  # a new process reads it

    module.write_text("# works it out differently now\n", encoding="utf-8")  # edited: set aside, as a .pyc would be
    assert Kept(str(module), "words").values() == {}

    written.write_bytes(b"\x00damaged")
    assert Kept(str(module), "words").values() == {}


def test_nothing_is_kept_where_python_writes_no_bytecode_unless_saved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.setattr(sys, "pycache_prefix", None)
    module = _module(tmp_path)
    kept = Kept(str(module), "words")
    kept.put("以上", (("以上",),))
    kept.keep()
    assert not (tmp_path / "__pycache__").exists()
    kept.save()  # what .ci/precompile does
    assert Kept(str(module), "words").get("以上") == (("以上",),)


_REQUIRED_RUN = """
import contextlib, io, json, sys
from pingfen.text import lazy_regex
worked_out = []
real, read = lazy_regex._required_words, lazy_regex.top_level_words
lazy_regex._required_words = lambda *args: worked_out.append(args[0]) or real(*args)
lazy_regex.top_level_words = lambda *args: worked_out.append(args[0]) or read(*args)
from pingfen.cli import main
with contextlib.redirect_stdout(io.StringIO()) as output:
    main(sys.argv[1:])
print(json.dumps([output.getvalue(), len(worked_out)]))
"""


def _two_runs(script: str, prefix: Path) -> list[tuple[str, int]]:
    """``script`` run twice on the same bytecode folder, with two hash seeds: (pingfen rule's output, what it
    counted) each time."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(prefix)
    return [tuple(json.loads(subprocess.run([sys.executable, "-c", script, *_RULE], capture_output=True, text=True, encoding="utf-8",
                                            env={**env, "PYTHONHASHSEED": str(run)}, check=True).stdout.strip().splitlines()[-1]))
            for run in (1, 2)]  # type: ignore[misc]


def test_the_required_words_are_worked_out_once_for_all_runs(tmp_path: Path) -> None:
    (first, worked_out), (second, again) = _two_runs(_REQUIRED_RUN, tmp_path)
    assert "得分：4.5" in first and second == first and worked_out > 200 and again == 0


_PATTERNS_RUN = """
import json, sys
sys.path.insert(0, sys.argv[1])
from test_kept import _lazy_patterns
print(json.dumps(sorted([pattern.pattern, pattern._flags] for pattern in _lazy_patterns())))
"""


def test_the_rule_patterns_are_the_same_in_every_process() -> None:
    # a pattern joined from a set in its iteration order differs with the hash seed: never found kept,
    # it was worked out and the kept file rewritten at every start
    runs = [subprocess.run([sys.executable, "-c", _PATTERNS_RUN, str(Path(__file__).parent)], capture_output=True, text=True,
                           encoding="utf-8", env={**os.environ, "PYTHONHASHSEED": seed}, check=True).stdout for seed in ("1", "2", "3")]
    assert len(json.loads(runs[0])) > 500 and runs[1] == runs[0] and runs[2] == runs[0]


def _lazy_patterns() -> list[Any]:
    from pingfen.kept import modules_of
    from pingfen.text.lazy_regex import LazyPattern

    found = {}
    for module in modules_of(["pingfen.rules", "pingfen.text", "pingfen.quantities", "pingfen.grading"]):
        for value in list(vars(module).values()):
            for pattern in value if isinstance(value, (list, tuple)) else (value,):
                if isinstance(pattern, LazyPattern):
                    found[(pattern.pattern, pattern._flags)] = pattern
    return list(found.values())


def test_a_pattern_made_from_kept_code_matches_as_re_compiles_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    from pingfen.text import lazy_regex

    monkeypatch.setattr(lazy_regex, "_COMPILED", Kept(lazy_regex.__file__, "compiled-test"))
    monkeypatch.setattr(Kept, "save", lambda self: None)  # nothing written by this test
    texts = [indicator.get("criteria", "") for path in sorted((ROOT / "rubrics").glob("seed*.yaml"))
             for indicator in _leaves(__import__("yaml").safe_load(path.read_text(encoding="utf-8"))["indicators"])]
    texts = [text for text in texts if text][:60] + ["每下降1%扣0.1分，扣完为止", "≥95%得满分", "95%(含)以上", "Ⅰ类 5 分", ""]
    patterns = _lazy_patterns()
    assert len(patterns) > 100
    re.purge()  # a pattern re compiled before in this process comes from re's own cache: nothing to keep
    for pattern in patterns:
        lazy_regex.compiled(pattern.pattern, pattern._flags)  # compiled by re, its code kept
    assert len(lazy_regex._COMPILED.values()) == len(patterns)
    for pattern in patterns:
        kept = lazy_regex.compiled(pattern.pattern, pattern._flags)  # from the kept code
        plain = re.compile(pattern.pattern, pattern._flags)
        assert kept is not plain  # not re's own cache: made by _sre from the kept code
        assert (kept.pattern, kept.flags, kept.groups, kept.groupindex) == (plain.pattern, plain.flags, plain.groups, plain.groupindex)
        for text in texts:
            assert [m.span() + m.groups() for m in kept.finditer(text)] == [m.span() + m.groups() for m in plain.finditer(text)], pattern.pattern


def _leaves(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [leaf for node in nodes for leaf in (_leaves(node["children"]) if node.get("children") else [node])]


_COMPILES_RUN = """
import contextlib, io, json, re, sys
from pingfen.text import lazy_regex
compiles = []
real = re.compile
lazy_regex.re = type(sys)("re")
lazy_regex.re.__dict__.update(re.__dict__)
lazy_regex.re.compile = lambda *args: compiles.append(args[0]) or real(*args)
from pingfen.cli import main
with contextlib.redirect_stdout(io.StringIO()) as output:
    main(sys.argv[1:])
print(json.dumps([output.getvalue(), len(compiles)]))
"""


def test_the_rule_patterns_are_compiled_once_for_all_runs(tmp_path: Path) -> None:
    (first, compiled), (second, again) = _two_runs(_COMPILES_RUN, tmp_path)
    assert "得分：4.5" in first and second == first and compiled >= 5 and again == 0
