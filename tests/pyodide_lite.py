"""xlwings Lite for real, as far as a machine without Excel allows: the Pyodide distribution (npm package
``pyodide``) under Node.js, offline, with the Lite requirements installed by micropip from local wheel
files, then ``tests/lite_checks.py`` run inside it.

    .venv/bin/python tests/pyodide_lite.py        # prints the checks' results as JSON

What it needs (fetched once into ~/.cache/pingfen/, by the ordinary clients): the npm package pyodide
(its interpreter, standard library and package list, without the packages Pyodide builds itself, which
Lite loads from a CDN this machine cannot reach); from PyPI micropip and the pure-Python or Emscripten
wheels of pingfen's requirements for ``sys_platform == "emscripten"``. PyYAML is the one requirement
only Pyodide builds (PyPI has no wheel Pyodide can install): a pure-Python wheel made from PyYAML's own
sdist (the same ``yaml`` package without the libyaml speed-up) stands in for Pyodide's build. The
package index is pointed at an unreachable address, so a requirement the wheels do not satisfy fails
the install instead of being fetched.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]
PYODIDE_VERSION = "314.0.8"  # Python 3.14.2, the Pyodide of xlwings' pyemscripten_2026_0 wheels
MICROPIP = "micropip==0.11.1"
PYODIDE_PLATFORM = "pyemscripten_2026_0_wasm32"
PYODIDE_PYTHON = "3.14"
PYYAML = "6.0.3"


def cache_dir() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "pingfen" / f"pyodide-{PYODIDE_VERSION}"


def emscripten_environment() -> dict[str, str]:
    """The marker environment of Pyodide (what ``packaging.markers.default_environment()`` gives there)."""
    return {
        "sys_platform": "emscripten", "platform_system": "Emscripten", "os_name": "posix", "platform_machine": "wasm32",
        "implementation_name": "cpython", "platform_python_implementation": "CPython",
        "python_version": PYODIDE_PYTHON, "python_full_version": f"{PYODIDE_PYTHON}.2", "implementation_version": f"{PYODIDE_PYTHON}.2",
        "platform_release": "", "platform_version": "", "extra": "",
    }


def wheel_requirements(wheel: Path) -> list[Requirement]:
    with zipfile.ZipFile(wheel) as archive:
        metadata = next(name for name in archive.namelist() if name.endswith(".dist-info/METADATA"))
        text = archive.read(metadata).decode("utf-8")
    return [Requirement(line.split(":", 1)[1].strip()) for line in text.splitlines() if line.startswith("Requires-Dist:")]


def lite_requirements(wheel: Path) -> list[Requirement]:
    """The wheel's requirements that micropip installs in Pyodide (markers evaluated for Emscripten)."""
    environment = emscripten_environment()
    return [req for req in wheel_requirements(wheel) if req.marker is None or Marker(str(req.marker)).evaluate(environment)]


def _pip(*args: str, cwd: Path | None = None) -> None:
    done = subprocess.run([sys.executable, "-m", "pip", *args, "-q", "--disable-pip-version-check"], capture_output=True, text=True, cwd=cwd)
    if done.returncode != 0:
        raise RuntimeError(f"pip {' '.join(args)} failed:\n{done.stderr[-2000:]}")


def build_pingfen_wheel(target: Path) -> Path:
    """The pingfen wheel, built from a clean copy of the sources (a build in the checkout would reuse
    a stale build/ folder)."""
    with tempfile.TemporaryDirectory(prefix="pingfen-wheel-") as scratch:
        source = Path(scratch) / "src"
        source.mkdir()
        shutil.copy(ROOT / "pyproject.toml", source)
        shutil.copytree(ROOT / "addin" / "pingfen", source / "addin" / "pingfen", ignore=shutil.ignore_patterns("__pycache__"))
        _pip("wheel", "--no-deps", "-w", str(target), str(source))
    return next(target.glob("pingfen-*.whl"))


def pyodide_packages(node_dir: Path) -> dict[str, str]:
    """The packages Pyodide builds itself (its lock file): normalised name → version."""
    lock = json.loads((node_dir / "node_modules" / "pyodide" / "pyodide-lock.json").read_text(encoding="utf-8"))
    return {name.lower().replace("_", "-"): info["version"] for name, info in lock["packages"].items()}


def install_pyodide(node_dir: Path) -> None:
    if (node_dir / "node_modules" / "pyodide" / "pyodide.mjs").exists():
        return
    node_dir.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["npm", "install", "--no-audit", "--no-fund", "--prefix", str(node_dir), f"pyodide@{PYODIDE_VERSION}"], capture_output=True, text=True,
    )
    if done.returncode != 0:
        raise RuntimeError(f"npm install pyodide@{PYODIDE_VERSION} failed:\n{done.stderr[-2000:]}")


def download_wheels(requirements: list[str], target: Path) -> None:
    """Wheels that install in Pyodide (pure Python or built for its Emscripten platform), with their dependencies."""
    _pip(
        "download", "--only-binary=:all:", "--python-version", PYODIDE_PYTHON, "--implementation", "cp", "--abi", "cp314", "--abi", "none",
        "--platform", PYODIDE_PLATFORM, "--platform", "any", "-d", str(target), *requirements,
    )


def pure_pyyaml_wheel(target: Path) -> Path:
    """A py3-none-any wheel of PyYAML's pure-Python ``yaml`` package, from its sdist."""
    wheel = target / f"PyYAML-{PYYAML}-py3-none-any.whl"
    if wheel.exists():
        return wheel
    with tempfile.TemporaryDirectory(prefix="pyyaml-") as scratch:
        _pip("download", "--no-deps", "--no-binary=PyYAML", "-d", scratch, f"PyYAML=={PYYAML}")
        sdist = next(Path(scratch).glob("*.tar.gz"))
        files: dict[str, bytes] = {}
        with tarfile.open(sdist) as archive:
            for member in archive.getmembers():
                parts = Path(member.name).parts
                if len(parts) == 4 and parts[1:3] == ("lib", "yaml") and parts[3].endswith(".py"):
                    files[f"yaml/{parts[3]}"] = archive.extractfile(member).read()  # type: ignore[union-attr]
    info = f"PyYAML-{PYYAML}.dist-info"
    files[f"{info}/METADATA"] = f"Metadata-Version: 2.1\nName: PyYAML\nVersion: {PYYAML}\n".encode()
    files[f"{info}/WHEEL"] = b"Wheel-Version: 1.0\nGenerator: pingfen tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    files[f"{info}/top_level.txt"] = b"yaml\n"
    record = [f"{name},sha256={base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b'=').decode()},{len(data)}" for name, data in files.items()]
    files[f"{info}/RECORD"] = ("\n".join(record + [f"{info}/RECORD,,"]) + "\n").encode()
    target.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in sorted(files.items()):
            out.writestr(name, data)
    return wheel


@dataclass
class Prepared:
    node_dir: Path
    wheels: Path  # the folder holding every wheel below
    tools: list[str]  # micropip and packaging: unpacked before micropip can run
    order: list[str]  # what micropip installs, dependencies first, pingfen last
    pingfen: Path


def prepare(scratch: Path) -> Prepared:
    cache = cache_dir()
    node_dir = cache / "node"
    install_pyodide(node_dir)
    wheels = scratch / "wheels"
    wheels.mkdir(parents=True, exist_ok=True)
    pingfen = build_pingfen_wheel(wheels)
    built_by_pyodide = pyodide_packages(node_dir)
    pure = [str(req) for req in lite_requirements(pingfen) if req.name.lower() not in built_by_pyodide]
    downloaded = cache / "wheels"
    stamp = downloaded / "requirements.txt"
    if not stamp.exists() or stamp.read_text(encoding="utf-8") != "\n".join(pure + [MICROPIP]):
        shutil.rmtree(downloaded, ignore_errors=True)
        download_wheels(pure + [MICROPIP], downloaded)
        pure_pyyaml_wheel(downloaded)
        stamp.write_text("\n".join(pure + [MICROPIP]), encoding="utf-8")
    for wheel in downloaded.glob("*.whl"):
        shutil.copy(wheel, wheels)
    tools = [path.name for path in wheels.glob("*.whl") if path.name.startswith(("micropip-", "packaging-"))]
    # dependencies before what needs them, so that each install resolves against installed packages
    first = ("et_xmlfile", "PyYAML", "openpyxl", "xlwings")
    rest = sorted(path.name for path in wheels.glob("*.whl") if path.name not in tools and path != pingfen)
    order = sorted(rest, key=lambda name: next((i for i, prefix in enumerate(first) if name.startswith(prefix + "-")), len(first)))
    return Prepared(node_dir, wheels, tools, order + [pingfen.name], pingfen)


RUNNER = r"""
import { loadPyodide } from "pyodide";
import { readFileSync } from "fs";
const [wheels, repo, plan] = [process.argv[2], process.argv[3], JSON.parse(process.argv[4])];
const py = await loadPyodide();
for (const [dir, at] of [[wheels, "/wheels"], [repo, "/repo"]]) {
  py.FS.mkdirTree(at);
  py.FS.mount(py.FS.filesystems.NODEFS, { root: dir }, at);
}
py.globals.set("plan", py.toPy(plan));
let out;
try {
  out = await py.runPythonAsync(`
import sys, zipfile, json
for name in plan["tools"]:  # micropip itself: unpacked, as micropip installs a pure wheel
    zipfile.ZipFile("/wheels/" + name).extractall("/lib/python3.14/site-packages")
import micropip
micropip.set_index_urls(["http://127.0.0.1:9/simple/{package_name}/"])  # nothing from the network
for name in plan["order"]:
    await micropip.install("emfs:/wheels/" + name)
sys.path.insert(0, "/repo/tests")
import lite_checks
result = lite_checks.run()
result["installed"] = {name: str(version) for name, version in ((p.name, p.version) for p in micropip.list().values())}
json.dumps(result, ensure_ascii=False)
`);
} catch (error) {
  console.error(String(error.message || error));  // the Python traceback, not Pyodide's minified source
  process.exit(1);
}
console.log(out);
"""


def run_in_pyodide(prepared: Prepared, timeout: float = 300) -> dict:
    runner = prepared.node_dir / "run_lite_checks.mjs"
    runner.write_text(RUNNER, encoding="utf-8")
    done = subprocess.run(
        ["node", str(runner), str(prepared.wheels), str(ROOT), json.dumps({"tools": prepared.tools, "order": prepared.order})],
        capture_output=True, text=True, timeout=timeout, cwd=prepared.node_dir,
    )
    if done.returncode != 0:
        raise RuntimeError(f"Pyodide run failed:\n{done.stderr[-4000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="pingfen-lite-") as scratch:
        prepared = prepare(Path(scratch))
        print(f"Pyodide {PYODIDE_VERSION}; micropip installs: {' '.join(prepared.order)}", file=sys.stderr)
        print(json.dumps(run_in_pyodide(prepared), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
