"""Shared test set-up: tests marked `libreoffice` need soffice.

Outside CI a missing soffice skips them with a loud warning; with CI=true it fails them, so a
broken LibreOffice install can never pass CI by skipping the cross-engine checks.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from pingfen.engines import libreoffice

_MISSING = "未找到 LibreOffice（soffice），运行 bash .ci/setup 或安装 libreoffice-calc-nogui"
_skipped: list[str] = []


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def pytest_configure(config: pytest.Config) -> None:
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker:
        # Tests run in parallel workers (.ci/run): each its own temp directory, inherited by the processes it starts,
        # for the add-in writes its outcome and error log under fixed names there.
        own = Path(tempfile.gettempdir()) / f"pingfen-tests-{worker}-{os.getpid()}"
        own.mkdir(exist_ok=True)
        os.environ["TMPDIR"] = str(own)
        tempfile.tempdir = None
        config.stash[_OWN_TEMP] = own


def pytest_unconfigure(config: pytest.Config) -> None:
    own = config.stash.get(_OWN_TEMP, None)
    if own is not None:
        shutil.rmtree(own, ignore_errors=True)


_OWN_TEMP = pytest.StashKey[Path]()


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("libreoffice") is None or libreoffice.available():
        return
    if _in_ci():
        pytest.fail(f"CI 环境缺少 LibreOffice：{_MISSING}", pytrace=False)
    _skipped.append(item.nodeid)
    pytest.skip(_MISSING)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _skipped:
        terminalreporter.write_sep(
            "!", f"警告：{len(_skipped)} 个 LibreOffice 测试被跳过，{_MISSING}", red=True, bold=True
        )
