"""The xlwings Lite route: the wheel's dependencies as micropip resolves them in Pyodide
(markers evaluated for ``sys_platform == "emscripten"``; each requirement either built by Pyodide
and left unpinned, or pinned and available as a wheel Pyodide can install), and the real thing: the
npm Pyodide under Node.js, offline, the Lite requirements installed by micropip from local wheels,
every worksheet function and every Lite script run inside it (``tests/pyodide_lite.py``).

Needs Node.js and npm (part of this machine kind); the first run fetches Pyodide from npm and the
wheels from PyPI into ~/.cache/pingfen (about 15 s), later runs take about 10 s."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement

import lite_checks
import pyodide_lite

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> pyodide_lite.Prepared:
    if not (shutil.which("node") and shutil.which("npm")):
        if os.environ.get("CI"):
            pytest.fail("CI 中需要 Node.js 与 npm（运行 Pyodide）")
        pytest.skip("需要 Node.js 与 npm")
    return pyodide_lite.prepare(tmp_path_factory.mktemp("lite"))


def test_the_wheel_needs_only_what_pyodide_can_install(prepared: pyodide_lite.Prepared) -> None:
    requirements = {req.name.lower(): req for req in pyodide_lite.lite_requirements(prepared.pingfen)}
    # python-calamine and formulas (numpy, scipy) are left out by their markers
    assert set(requirements) == {"openpyxl", "xlwings", "pyyaml"}
    built_by_pyodide = pyodide_lite.pyodide_packages(prepared.node_dir)
    for name, req in requirements.items():
        if name in built_by_pyodide:
            # Lite takes Pyodide's own build, whose version changes with the Pyodide release: never pinned
            assert not any(spec.operator in ("==", "===") for spec in req.specifier), req
            assert req.specifier.contains(built_by_pyodide[name]), (req, built_by_pyodide[name])
            assert req.specifier.contains("6.0.1") and req.specifier.contains("6.0.2")  # older Pyodide releases
        else:
            pinned = [spec.version for spec in req.specifier if spec.operator == "=="]
            assert len(pinned) == 1, req
            wheels = [path.name for path in prepared.wheels.glob("*.whl") if path.name.lower().startswith(f"{name.replace('-', '_')}-{pinned[0]}-")]
            assert wheels and all(w.endswith("-none-any.whl") or pyodide_lite.PYODIDE_PLATFORM in w for w in wheels), (req, wheels)


def test_the_desktop_keeps_its_exact_pins(prepared: pyodide_lite.Prepared) -> None:
    environment = default_environment()
    desktop = {
        str(req).split(";")[0]
        for req in pyodide_lite.wheel_requirements(prepared.pingfen)
        if req.marker is None or req.marker.evaluate({**environment, "extra": ""})
    }
    assert {"PyYAML==6.0.3", "formulas==1.3.4", "python-calamine==0.9.1", "openpyxl==3.1.5", "xlwings==0.37.8"} <= desktop


def test_the_lite_requirements_file_agrees_with_the_wheel(prepared: pyodide_lite.Prepared) -> None:
    lines = [line for line in (ROOT / "addin" / "excel" / "lite" / "requirements.txt").read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    listed = {Requirement(line).name.lower(): Requirement(line) for line in lines if "://" not in line}
    wheel = {req.name.lower(): req for req in pyodide_lite.lite_requirements(prepared.pingfen)}
    assert set(listed) == set(wheel)
    for name, req in listed.items():
        assert str(req.specifier) == ("" if name in pyodide_lite.pyodide_packages(prepared.node_dir) else str(wheel[name].specifier)), name


def test_every_function_and_script_runs_in_pyodide(prepared: pyodide_lite.Prepared) -> None:
    result = pyodide_lite.run_in_pyodide(prepared)
    assert result["platform"] == "emscripten"
    assert set(result["absent"]) == {"python_calamine", "formulas", "numpy"}
    assert result["installed"]["pingfen"] == "0.1.0" and result["installed"]["xlwings"] == "0.37.8"
    # worked out by hand: 924.8/930×4 = 3.9776 → 3.98; two of six communities miss a target → 3 − 2×0.5;
    # met points 1 + 0.5; (15×100% + 15×80% + 10×50%)/40; 88.51 is 良 (80 ≤ total < 90)
    udfs = result["udfs"]
    assert udfs["SCORE_RATE"] == pytest.approx(3.98) and udfs["SCORE_ITEMS"] == pytest.approx(2)
    assert udfs["SCORE_POINTS"] == pytest.approx(1.5) and udfs["SURVEY_RATE"] == pytest.approx(0.8)
    assert udfs["SCORE_GRADE"] == "良" and udfs["RULE_CHECK"].startswith("【阶梯扣分】")
    scripts = result["scripts"]
    assert set(scripts) == set(lite_checks.SCRIPTS) and all(len(messages) == 1 for messages in scripts.values())
    assert scripts["generate"][0].startswith("已按“指标体系”生成评分表（")
    assert scripts["recalculate"][0].startswith("已重新计算") and scripts["validate"][0].startswith("校验完成")
    assert "xlwings 0.37.8" in scripts["about"][0] and "Python 3.14" in scripts["about"][0]
    # the same workbook and messages as the same scripts in CPython
    here = lite_checks.run()
    assert result["sheets"] == here["sheets"]
    assert {k: v for k, v in scripts.items() if k != "about"} == {k: v for k, v in here["scripts"].items() if k != "about"}


def test_the_wheel_ships_no_test_code(prepared: pyodide_lite.Prepared) -> None:
    import zipfile

    names = zipfile.ZipFile(prepared.pingfen).namelist()
    assert "pingfen/addin_files/pingfen.xlam" in names and "pingfen/excel/lite.py" in names
    assert not [name for name in names if "fake" in name or name.startswith("tests/")]  # the recording fake lives in tests/


def test_the_lite_main_points_at_documentation_that_exists() -> None:
    import re

    text = (ROOT / "addin" / "excel" / "lite" / "main.py").read_text(encoding="utf-8")
    assert "README-addin" not in text
    section = re.search(r'README\.md, section "([^"]+)"', text)
    assert section and f"### {section.group(1)}" in (ROOT / "README.md").read_text(encoding="utf-8")
