"""Reading a rubric keeps what depends only on pingfen's source between runs, as bytecode is (issue 13:
``build`` against ``recalc``): PyYAML's patterns are made from the code ``re`` compiled for them in an
earlier run, and are the patterns ``re.compile`` makes; each rule read from a 评分标准 text is kept
(pickled), and a rule unpickled in a new process is the rule the reader makes of the text — equal, and
compiled into the same trees — so that a workbook built from kept rules is the one built without them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from pingfen.rubric import kept_rules

ROOT = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent


def _writing(prefix: Path) -> dict[str, str]:
    """The environment of a process that keeps what it works out under ``prefix``."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(prefix)
    return env


_YAML_PATTERNS = """
import json, re, sys
import pingfen.rubric.source, yaml
assert re.compile.__module__ == "re" and re.compile is vars(re)["compile"]  # put back after the import
found = []
for name, module in sorted(sys.modules.items()):
    if name.split(".")[0] == "yaml":
        for owner in [module, *(value for value in vars(module).values() if isinstance(value, type))]:
            found += [value for value in vars(owner).values() if isinstance(value, re.Pattern)]
found += [pattern for resolvers in yaml.resolver.Resolver.yaml_implicit_resolvers.values() for _, pattern in resolvers]
print(json.dumps([len(found), all(pattern == re.compile(pattern.pattern, pattern.flags) for pattern in found)]))
"""


def test_yaml_patterns_from_kept_code_are_those_re_compiles(tmp_path: Path) -> None:
    runs = [json.loads(subprocess.run([sys.executable, "-c", _YAML_PATTERNS], capture_output=True, text=True, encoding="utf-8",
                                      env=_writing(tmp_path), check=True).stdout) for _ in range(2)]  # the first run keeps the code, the second reads it
    assert runs[0] == runs[1] and runs[0][0] > 20 and runs[0][1]
    assert any(path.name.endswith(".compiled") for path in tmp_path.rglob("*"))


_PICKLE = """
import pickle, sys
sys.path.insert(0, sys.argv[2])
from corpus_judge import load
from corpus_sample import sampled_texts
from pingfen.rules import RuleError, parse_rule
kept = []
for text in sampled_texts(dict.fromkeys(row["text"] for name in ("wordings.yaml", "refusals.yaml") for row in load(name))):
    try:
        kept.append((text, pickle.dumps(parse_rule(text), protocol=pickle.HIGHEST_PROTOCOL)))
    except RuleError:
        pass
with open(sys.argv[1], "wb") as out:
    pickle.dump(kept, out)
print(len(kept))
"""

# a new process unpickles every rule before the reader makes a single class (the rule classes are made
# on first use, pingfen.lazy_dataclass), then reads each text and compares
_UNPICKLE = """
import json, pickle, sys
from pingfen.rules import InputError, parse_rule
from pingfen.workbook.inputs import default_shape
with open(sys.argv[1], "rb") as kept:
    rules = [(text, pickle.loads(packed)) for text, packed in pickle.load(kept)]

def compiled(rule, shape):
    try:
        return rule.compile(shape)
    except InputError as error:  # data the rule cannot do without
        return str(error)

different = []
for text, rule in rules:
    read = parse_rule(text)
    same = rule == read and type(rule.scorer) is type(read.scorer) and rule.canonical() == read.canonical()
    if same:
        shape = default_shape(read)
        same = default_shape(rule) == shape and compiled(rule, shape) == compiled(read, shape)
    if not same:
        different.append(text)
print(json.dumps([len(rules), different]))
"""


def test_a_rule_unpickled_in_a_new_process_is_the_rule_read_from_its_text(tmp_path: Path) -> None:
    kept = tmp_path / "rules.pickle"
    made = subprocess.run([sys.executable, "-c", _PICKLE, str(kept), str(TESTS)], capture_output=True, text=True, encoding="utf-8", check=True)
    count, different = json.loads(subprocess.run([sys.executable, "-c", _UNPICKLE, str(kept)], capture_output=True, text=True,
                                                 encoding="utf-8", check=True).stdout)
    assert count == int(made.stdout) > 1000 and different == []


def _parts(book: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(book) as archive:  # the time the file was made aside
        return {name: archive.read(name) for name in archive.namelist() if name != "docProps/core.xml"}


def test_a_workbook_built_from_kept_rules_is_the_one_built_without_them(tmp_path: Path) -> None:
    rubric = ROOT / "rubrics" / "seed004_fuzhou_zhuanzhi_2020.yaml"
    # the build, then whether the reader (parser, compose and the readings) was loaded
    build = [sys.executable, "-c", "import sys; from pingfen.cli import main; code = main(sys.argv[1:]); "
             "print('pingfen.rules.parser' in sys.modules, file=sys.stderr); sys.exit(code)", "build", str(rubric), "--force", "-o"]
    reading = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    subprocess.run([*build, str(tmp_path / "read.xlsx")], capture_output=True, env=reading, check=True)
    loaded = {}
    for run in ("first", "kept"):  # the first run keeps the rules, the second builds from them
        done = subprocess.run([*build, str(tmp_path / f"{run}.xlsx")], capture_output=True, text=True, encoding="utf-8",
                              env=_writing(tmp_path / "cache"), check=True)
        loaded[run] = done.stderr.strip().splitlines()[-1]
    assert any(path.name.endswith(".rules") for path in (tmp_path / "cache").rglob("*"))
    assert loaded == {"first": "True", "kept": "False"}  # every rule kept: the reader is not even imported
    assert _parts(tmp_path / "kept.xlsx") == _parts(tmp_path / "first.xlsx") == _parts(tmp_path / "read.xlsx")


def test_the_kept_rules_are_set_aside_when_any_source_of_the_reader_changes() -> None:
    stamped = {Path(path).relative_to(ROOT / "addin" / "pingfen").as_posix() for path in kept_rules._sources()}
    assert {"rules/parser.py", "rules/compose.py", "text/normalize.py", "text/lexicon.py", "quantities.py", "lazy_dataclass.py"} <= stamped
