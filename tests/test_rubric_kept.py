"""Reading a rubric keeps what depends only on pingfen's source between runs, as bytecode is (issue 13:
``build`` against ``recalc``): PyYAML's patterns are made from the code ``re`` compiled for them in an
earlier run, and are the patterns ``re.compile`` makes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path)
    runs = [json.loads(subprocess.run([sys.executable, "-c", _YAML_PATTERNS], capture_output=True, text=True, encoding="utf-8",
                                      env=env, check=True).stdout) for _ in range(2)]  # the first run keeps the code, the second reads it
    assert runs[0] == runs[1] and runs[0][0] > 20 and runs[0][1]
    assert any(path.name.endswith(".compiled") for path in tmp_path.rglob("*"))
