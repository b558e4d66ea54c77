"""pingfen.kept: what a start works out from pingfen's own texts is kept between runs, as bytecode is — the
code dataclasses compiles for a class's methods (pingfen.dataclass_code; a class made from kept code is
the one dataclasses compiles itself) and each rule pattern's required words (issue 13: start-up). A start reads
the index of a kept file and only the results it asks for; a damaged result is worked out again, a damaged index
or a file of another format sets the whole file aside."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
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


# -- the file: its index read at start, each result on first use (a start uses a few dozen of a thousand)


def _words(count: int, notes: str = "") -> dict[str, Any]:
    return {f"第{number}条(\\d+)分": ((f"第{number}条",), ("分",), number) + ((notes,) if notes else ()) for number in range(count)}


def _filled(module: Path, count: int, notes: str = "") -> Path:
    kept = Kept(str(module), "words")
    for key, value in _words(count, notes).items():
        kept.put(key, value)
    kept.save()
    return module.parent / "__pycache__" / f"{module.stem}.{sys.implementation.cache_tag}.words"


@pytest.fixture
def writable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(sys, "pycache_prefix", None)


class _Counted:
    """Stands for marshal in pingfen.kept: counts the bytes unmarshalled."""

    def __init__(self) -> None:
        import marshal

        self.read = 0
        self.dumps = marshal.dumps
        self._loads = marshal.loads

    def loads(self, data: bytes) -> Any:
        self.read += len(data)
        return self._loads(data)


@pytest.mark.parametrize("whole", [True, False], ids=["read-whole", "pread"])
def test_a_result_is_read_only_when_it_is_asked_for(tmp_path: Path, writable: None, monkeypatch: pytest.MonkeyPatch, whole: bool) -> None:
    from pingfen import kept as kept_module

    notes = "每少一项扣0.5分" * 20  # results of some hundreds of bytes, as compiled patterns and methods are
    path = _filled(_module(tmp_path), 1000, notes)
    monkeypatch.setattr(kept_module, "_WHOLE", 1 << 30 if whole else 0)  # a small file is read at once, a large one by parts
    counted = _Counted()
    monkeypatch.setattr(kept_module, "marshal", counted)
    kept = Kept(str(tmp_path / "works_out.py"), "words")
    assert kept.get("第7条(\\d+)分") == (("第7条",), ("分",), 7, notes) and kept.get("第993条(\\d+)分") == (("第993条",), ("分",), 993, notes)
    assert kept.get("第1000条(\\d+)分") is None
    assert counted.read < path.stat().st_size / 10  # the index and two results, not the thousand
    read = counted.read
    assert kept.get("第7条(\\d+)分") == (("第7条",), ("分",), 7, notes) and counted.read == read  # read once
    assert len(kept.values()) == 1000  # all of them when asked for


def test_a_damaged_result_is_worked_out_again_and_the_others_are_still_read(tmp_path: Path, writable: None) -> None:
    module = _module(tmp_path)
    path = _filled(module, 100)
    data = bytearray(path.read_bytes())
    at = data.index("第42条".encode())  # inside that result (its key)
    data[at] ^= 0x55
    path.write_bytes(bytes(data))
    kept = Kept(str(module), "words")
    assert kept.get("第42条(\\d+)分") is None  # its checksum no longer matches
    assert kept.get("第41条(\\d+)分") == (("第41条",), ("分",), 41) and len(kept.values()) == 99
    data = bytearray(path.read_bytes())
    at = data.index("第17条".encode(), data.index("第17条".encode()) + 1)  # in its value: still one marshal reads
    data[at + 4] ^= 0x01  # 第17条 → 第16条
    path.write_bytes(bytes(data))
    assert Kept(str(module), "words").get("第17条(\\d+)分") is None
    again = Kept(str(module), "words")
    assert again.get("第43条(\\d+)分") is not None
    again.put("第42条(\\d+)分", "worked out again")
    again.keep()
    assert Kept(str(module), "words").get("第42条(\\d+)分") == "worked out again"
    assert len(Kept(str(module), "words")._opened().index) == 99  # the damaged results left out of the file written
    assert Kept(str(module), "words").values() == {**{k: v for k, v in _words(100).items() if "第17条" not in k}, "第42条(\\d+)分": "worked out again"}

    data = bytearray(path.read_bytes())
    data[10 + int.from_bytes(data[4:8], "little")] ^= 0x01  # in the index, one result's place (as marshal still reads it)
    path.write_bytes(bytes(data))
    assert Kept(str(module), "words").get("第41条(\\d+)分") is None and Kept(str(module), "words").values() == {}


def test_a_file_of_the_format_before_or_not_a_kept_file_at_all_is_set_aside_and_rewritten(tmp_path: Path, writable: None) -> None:
    import marshal
    import zlib

    module = _module(tmp_path)
    path = _filled(module, 3)
    stamp = Kept(str(module), "words")._stamp()
    written = marshal.dumps({"以上": (("以上",),)})
    for content in (marshal.dumps((stamp, zlib.crc32(written), written)),  # what pingfen wrote before (issue 13, 第 21 次)
                    b"pfk3" + path.read_bytes()[4:],  # a format after this one
                    b"", b"pfk2", b"pfk2\xff\xff\xff\x7f\x00\x00\x00\x00", path.read_bytes()[:30], b"\x00not marshal" * 100):
        path.write_bytes(content)
        kept = Kept(str(module), "words")
        assert kept.get("以上") is None and kept.values() == {}
        kept.put("以下", (("以下",),))
        kept.keep()
        assert path.read_bytes()[:4] == b"pfk2"
        assert Kept(str(module), "words").values() == {"以下": (("以下",),)}


def test_str_and_bytes_keys_are_different_keys(tmp_path: Path, writable: None) -> None:
    module = _module(tmp_path)
    kept = Kept(str(module), "words")
    kept.put("扣分", 1)
    kept.put("扣分".encode(), 2)
    kept.put("\udc80", 3)  # a lone surrogate, as marshal writes it
    kept.keep()
    again = Kept(str(module), "words")
    assert (again.get("扣分"), again.get("扣分".encode()), again.get("\udc80")) == (1, 2, 3)
    assert again.values() == {"扣分": 1, "扣分".encode(): 2, "\udc80": 3}


def test_what_another_process_wrote_since_this_one_read_the_file_is_kept(tmp_path: Path, writable: None) -> None:
    module = _module(tmp_path)
    _filled(module, 3)
    first, second = Kept(str(module), "words"), Kept(str(module), "words")
    assert first.get("第0条(\\d+)分") is not None and second.get("第1条(\\d+)分") is not None  # both read the file
    first.put("甲", 1)
    first.keep()
    second.put("乙", 2)  # written over the file first wrote: what it added stays
    second.keep()
    assert Kept(str(module), "words").values() == {**_words(3), "甲": 1, "乙": 2}
    first.put("乙", "changed")  # a result replaced
    first.keep()
    assert Kept(str(module), "words").get("乙") == "changed"
    assert Kept(str(module), "words").values() == {**_words(3), "甲": 1, "乙": "changed"}


def test_a_reader_keeps_reading_the_file_it_opened_when_another_process_replaces_it(tmp_path: Path, writable: None,
                                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from pingfen import kept as kept_module

    monkeypatch.setattr(kept_module, "_WHOLE", 0)  # read by parts, from the file as it was opened
    module = _module(tmp_path)
    _filled(module, 50)
    reader = Kept(str(module), "words")
    assert reader.get("第0条(\\d+)分") is not None
    writer = Kept(str(module), "words")
    writer.values().clear()  # another version of the file, with other results at other places
    for number in range(200):
        writer.put(f"另{number}", number)
    writer.keep()
    assert reader.get("第49条(\\d+)分") == (("第49条",), ("分",), 49)
    assert Kept(str(module), "words").get("第49条(\\d+)分") is None


def test_without_pread_the_file_is_read_whole_and_closed(tmp_path: Path, writable: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from pingfen import kept as kept_module

    module = _module(tmp_path)
    path = _filled(module, 300)
    monkeypatch.setattr(kept_module, "_WHOLE", 0)
    monkeypatch.setattr(kept_module, "_PREAD", False)  # as on Windows: an open file would stand in a writer's way
    kept = Kept(str(module), "words")
    assert kept.get("第299条(\\d+)分") == (("第299条",), ("分",), 299)
    assert kept._file is not None and kept._file.fd is None
    path.unlink()  # nothing holds it
    assert kept.get("第298条(\\d+)分") == (("第298条",), ("分",), 298)


def test_a_folder_that_cannot_be_written_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    blocked = tmp_path / "not a folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setattr(sys, "pycache_prefix", str(blocked))  # the bytecode folder cannot be made
    kept = Kept(str(_module(tmp_path)), "words")
    kept.put("以上", (("以上",),))
    kept.keep()
    assert kept.get("以上") == (("以上",),) and blocked.read_text(encoding="utf-8") == ""


def test_a_file_that_cannot_be_replaced_changes_nothing(tmp_path: Path, writable: None) -> None:
    module = _module(tmp_path)
    path = tmp_path / "__pycache__" / f"works_out.{sys.implementation.cache_tag}.words"
    path.mkdir(parents=True)  # where the file goes: the partial file written cannot be renamed there
    kept = Kept(str(module), "words")
    kept.put("以上", (("以上",),))
    kept.keep()
    assert kept.get("以上") == (("以上",),)
    assert [p.name for p in path.parent.iterdir()] == [path.name] and path.is_dir()  # no partial file left


def test_a_read_only_folder_is_read_and_left_as_it_is(tmp_path: Path, writable: None) -> None:
    module = _module(tmp_path)
    path = _filled(module, 20)
    before = path.read_bytes()
    path.chmod(0o444)
    path.parent.chmod(0o555)
    try:
        kept = Kept(str(module), "words")
        assert kept.get("第3条(\\d+)分") == (("第3条",), ("分",), 3)
        kept.put("以上", (("以上",),))
        kept.keep()  # (root writes there all the same)
        if not os.access(path.parent, os.W_OK):
            assert path.read_bytes() == before
        assert kept.get("以上") == (("以上",),)
        assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no partial file left
    finally:
        path.parent.chmod(0o755)


_WRITER = """
import sys
sys.dont_write_bytecode = False
from pingfen.kept import Kept
module, writer = sys.argv[1], int(sys.argv[2])
kept = Kept(module, "words")
for number in range(40):
    key = f"{writer}:{number}"
    if kept.get(key) is None:
        kept.put(key, (writer, number, "值" * number))
        kept.keep()  # each result written as soon as it is worked out, as lazy_regex does
"""


def test_processes_writing_the_file_at_once_never_leave_it_damaged(tmp_path: Path) -> None:
    module = _module(tmp_path)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}

    running = [subprocess.Popen([sys.executable, "-c", _WRITER, str(module), str(writer)], env=env) for writer in range(4)]
    assert [process.wait(timeout=120) for process in running] == [0] * 4
    folder = tmp_path / "__pycache__"
    assert [p.name for p in folder.iterdir()] == [f"works_out.{sys.implementation.cache_tag}.words"]  # no partial file left
    found = Kept(str(module), "words").values()
    assert len(found) >= 40  # the last writer's at least: another's may have been written over by one that had not seen them
    assert all(value == (int(key.split(":")[0]), int(key.split(":")[1]), "值" * int(key.split(":")[1])) for key, value in found.items())
    for writer in range(4):  # one after the other: each adds what it misses to what the others wrote
        subprocess.run([sys.executable, "-c", _WRITER, str(module), str(writer)], env=env, check=True, timeout=120)
    assert len(Kept(str(module), "words").values()) == 160


_START_RUN = """
import contextlib, io, json, marshal, re, sys
from pingfen import dataclass_code, kept
from pingfen.text import lazy_regex
read = []

class Counted:  # marshal in pingfen.kept, counting the bytes it unmarshals
    dumps = staticmethod(marshal.dumps)

    @staticmethod
    def loads(data):
        read.append(len(data))
        return marshal.loads(data)

kept.marshal = Counted
asked = []
get = kept.Kept.get
kept.Kept.get = lambda self, key: asked.append([self._kind, key]) or get(self, key)
worked_out = []
for name in ("_required_words", "top_level_words"):
    real = getattr(lazy_regex, name)
    setattr(lazy_regex, name, lambda *args, real=real: worked_out.append(args[0]) or real(*args))
compile = re.compile
lazy_regex.re = type(sys)("re")
lazy_regex.re.__dict__.update(re.__dict__)
lazy_regex.re.compile = lambda *args: worked_out.append(args[0]) or compile(*args)
dataclass_code.compile = lambda text, *args, **kwargs: worked_out.append(text) or __builtins__.compile(text, *args, **kwargs)
from pingfen.cli import main
with contextlib.redirect_stdout(io.StringIO()) as output:
    main(sys.argv[1:])
print(json.dumps([output.getvalue(), sum(read), asked, len(worked_out)]))
"""


@pytest.fixture(scope="module")
def precompiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A bytecode folder (``PYTHONPYCACHEPREFIX``) with the kept files as ``.ci/precompile`` fills them."""
    prefix = tmp_path_factory.mktemp("precompiled")
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONPYCACHEPREFIX=str(prefix))
    for module in ("pingfen.dataclass_code", "pingfen.text.lazy_regex"):
        subprocess.run([sys.executable, "-m", module], env=env, check=True, capture_output=True, timeout=300)
    return prefix


def _start(prefix: Path) -> tuple[str, int, list[list[str]], int]:
    """``pingfen rule`` in a new process that reads the kept files under ``prefix`` and writes none: its output,
    the bytes pingfen.kept unmarshalled, the keys it asked for, and how many results were worked out anew."""
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONPYCACHEPREFIX=str(prefix))
    done = subprocess.run([sys.executable, "-c", _START_RUN, *_RULE], capture_output=True, text=True, encoding="utf-8", env=env,
                          check=True, timeout=120)
    output, read, asked, worked_out = json.loads(done.stdout.strip().splitlines()[-1])
    return output, read, asked, worked_out


def _results(path: Path) -> list[tuple[str, int, int]]:
    """Each result of a kept file (its layout: pingfen.kept): its key, where it starts in the file and its size."""
    import marshal

    data = path.read_bytes()
    start = 12 + int.from_bytes(data[4:8], "little")
    _, index = marshal.loads(data[12:start])
    found = []
    for spot in index.values():
        place, size = start + (spot >> 64), spot >> 32 & 0xFFFFFFFF
        found.append((marshal.loads(data[place:place + size])[0].decode(), place, size))
    return found


def test_a_start_on_precompiled_files_reads_only_the_results_it_uses(precompiled: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    shutil.copytree(precompiled, prefix)
    files = {path.suffix: path for path in prefix.rglob("*.cpython-*") if path.suffix in (".methods", ".required", ".compiled")}
    assert sorted(files) == [".compiled", ".methods", ".required"]
    size = sum(path.stat().st_size for path in files.values())
    output, read, asked, worked_out = _start(prefix)
    assert "得分：4.5" in output and worked_out == 0  # everything it needs was precompiled
    assert {kind for kind, _ in asked} == {"methods", "required", "compiled"}
    assert read < size / 3  # the indexes and the results asked for (reading every result unmarshalled the files twice over)

    # every result of the required words no start asks for damaged: nothing changes for this one
    required = files[".required"]
    used = {key for kind, key in asked if kind == "required"}
    data = bytearray(required.read_bytes())
    results = _results(required)
    for key, place, size in results:
        if key not in used:
            data[place + size // 2] ^= 0x55
    assert len(used) < len(results) / 2
    required.write_bytes(bytes(data))
    assert _start(prefix)[::3] == (output, 0)
    assert required.read_bytes() == data  # (nothing written where Python writes no bytecode)

    data[20] ^= 0x55  # the index: the whole file set aside, its words worked out again
    required.write_bytes(bytes(data))
    again, _, _, worked_out = _start(prefix)
    assert again == output and worked_out > 200 and required.read_bytes() == data
